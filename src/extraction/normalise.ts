/**
 * The normalised form that identifies an entity across papers: case, hyphens, spaces, dots and
 * other punctuation do not distinguish names ("LLaMA-2", "Llama 2" -> "llama2"). Greek letters and
 * other letters survive, so "μ-Bench" keeps its own key.
 */
export function entityKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}+]/gu, '');
}
