/**
 * The normalised form that identifies an entity across papers: case, hyphens, spaces, dots and
 * other punctuation do not distinguish names ("LLaMA-2", "Llama 2" -> "llama2"). Greek letters and
 * other letters survive, so "μ-Bench" keeps its own key.
 */
export function entityKey(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const key = keyOf(name);
  memo.set(name, key);
  return key;
}

// Names repeat within a paper (each candidate is keyed several times) and across papers: a bounded memo
// answers most calls.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

function keyOf(name: string): string {
  // Most names are ASCII: a character loop keys them without normalising, folding and a regex pass.
  let key = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43) key += name[i];
    else if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
  }
  return key;
}
