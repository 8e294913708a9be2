import { memoize } from './memo.js';

/**
 * The normalised form that identifies an entity across papers: case, hyphens, spaces, dots and
 * other punctuation do not distinguish names ("LLaMA-2", "Llama 2" -> "llama2"). Greek letters and
 * other letters survive, so "μ-Bench" keeps its own key. Names repeat within a paper (each candidate
 * is keyed several times) and across papers, so a memo answers most calls.
 */
export const entityKey: (name: string) => string = memoize(keyOf);

/** Does the entity go by this key, as its name or as a form the paper writes ("Gemini Pro" for "Gemini 1.0 Pro")? */
export const isCalled = (entity: { readonly key: string; readonly mentions: readonly string[] }, key: string): boolean =>
  entity.key === key || entity.mentions.some((m) => entityKey(m) === key);

/** entityKey without the memo, for one-off text too long to be worth keeping (a whole field). */
export function keyOf(name: string): string {
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
