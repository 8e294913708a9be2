import { STOP_WORDS } from './stopwords.js';

/** One index term as it occurs in the text: `term` is what is matched, `surface` what is shown. */
export interface TermOccurrence {
  term: string;
  surface: string;
}

/** Punctuation that ends a phrase: a bigram never spans it. Hyphens and slashes join words. */
const PHRASE_BREAK = /[.,;:!?()[\]{}"“”‘’]+|\s[-–—]+\s/u;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const NUMBER = /^\p{N}+$/u;

/**
 * Light stemming: plurals and a final "e" go, so that singular and plural meet ("caches" and
 * "cache" → "cach", "patches" and "patch" → "patch", "queries" → "query"), while words keep a
 * recognisable shape and technical terms are not conflated the way a full Porter stemmer
 * conflates them ("attention" and "attend" stay apart). Stems are only matched, never shown.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && !/[aeo]es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(us|ss|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** A word that carries meaning: not a stop word, not a bare number, longer than one character. */
function contentWord(lower: string): boolean {
  return lower.length > 1 && !STOP_WORDS.has(lower) && !NUMBER.test(lower);
}

/**
 * Unigram stems plus bigrams of adjacent content words within a phrase ("kv cache", "long
 * context"): bigrams are what make "KV cache compression" closer to "KV cache eviction" than to
 * any paper that mentions a cache.
 */
export function tokenise(text: string): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  for (const phrase of text.split(PHRASE_BREAK)) {
    let previous: TermOccurrence | null = null;
    for (const raw of phrase.split(WORD_SPLIT)) {
      if (!raw) continue;
      const lower = raw.toLowerCase();
      if (!contentWord(lower)) {
        previous = null;
        continue;
      }
      const current = { term: stem(lower), surface: lower };
      out.push(current);
      if (previous) out.push({ term: `${previous.term} ${current.term}`, surface: `${previous.surface} ${current.surface}` });
      previous = current;
    }
  }
  return out;
}

/** The title counts as much as this many abstract occurrences: it names what the paper is about. */
export const TITLE_WEIGHT = 2;

/** How often a term occurs in a paper (title occurrences weighted up) and how it was first written. */
export interface TermCount {
  count: number;
  surface: string;
}

/** Length of the character n-grams of words. */
const GRAM_LENGTH = 4;

/**
 * Character 4-grams of a word, with its boundaries marked ("_kv_", "_cach", "cach_"); a word that
 * short is one gram. ML names are built from shared pieces (Long-, MM-, Video-, -Bench, -Doc, -KV)
 * and words from shared stems: in topic space, grams let "MathBench" meet "Math-BigBench" and
 * "multimodal" meet "multi-modal", which whole words never do.
 */
export function charGrams(word: string): string[] {
  const marked = `_${word}_`;
  if (marked.length <= GRAM_LENGTH) return [marked];
  const out: string[] = [];
  for (let i = 0; i + GRAM_LENGTH <= marked.length; i++) out.push(marked.slice(i, i + GRAM_LENGTH));
  return out;
}

/** Character-gram counts of the stemmed content words (not bigrams) of a title and an abstract, the title weighted up. */
export function paperGramCounts(title: string, abstract: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [text, weight] of [[title, TITLE_WEIGHT], [abstract, 1]] as const) {
    for (const { term } of tokenise(text)) {
      if (term.includes(' ')) continue;
      for (const gram of charGrams(term)) counts.set(gram, (counts.get(gram) ?? 0) + weight);
    }
  }
  return counts;
}

/** Term frequencies of a paper's title and abstract, the title weighted up. */
export function paperTermCounts(title: string, abstract: string): Map<string, TermCount> {
  const counts = new Map<string, TermCount>();
  for (const [text, weight] of [[title, TITLE_WEIGHT], [abstract, 1]] as const) {
    for (const { term, surface } of tokenise(text)) {
      const seen = counts.get(term);
      if (seen) seen.count += weight;
      else counts.set(term, { count: weight, surface });
    }
  }
  return counts;
}
