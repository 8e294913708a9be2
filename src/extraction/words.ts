import nlp from 'compromise';
import { memoize } from './memo.js';

/**
 * Word classes from compromise's lexicon: a dictionary look-up, not its tagger, so it costs a hash
 * probe per word. Enough to tell a noun-phrase modifier from a verb, preposition or determiner.
 */
export type WordClass = 'noun' | 'adj' | 'cmp' | 'verb' | 'gerund' | 'adv' | 'det' | 'prep' | 'conj' | 'pron' | 'num' | 'unknown';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const CLASS_OF_TAG: Record<string, WordClass> = {
  Determiner: 'det', Preposition: 'prep', Conjunction: 'conj', Pronoun: 'pron', Possessive: 'pron', Adverb: 'adv', Negative: 'adv',
  QuestionWord: 'pron', Modal: 'verb', Copula: 'verb', Auxiliary: 'verb', PastTense: 'verb', PresentTense: 'verb', Infinitive: 'verb',
  Participle: 'verb', Verb: 'verb', Gerund: 'gerund', Adjective: 'adj', Comparative: 'cmp', Superlative: 'cmp', Value: 'num', Cardinal: 'num',
  Ordinal: 'num', Singular: 'noun', Plural: 'noun', Uncountable: 'noun', Noun: 'noun', ProperNoun: 'noun',
};

// Closed-class words compromise files under other tags (or leaves out) that must stop a noun phrase. A Map, like
// every look-up by a word of the text: an object would answer "constructor" with a function.
const FUNCTION_WORDS = new Map(Object.entries<WordClass>({
  that: 'pron', which: 'pron', while: 'conj', whereas: 'conj', via: 'prep', per: 'prep', across: 'prep', within: 'prep', without: 'prep',
  than: 'prep', as: 'prep', such: 'det', both: 'det', each: 'det', all: 'det', only: 'adv', also: 'adv', even: 'adv', not: 'adv',
}));

// Languages describe data and benchmarks ("a Chinese benchmark", "an English corpus"); compromise files
// them as proper nouns only when capitalised, so its dictionary lacks them ("Polish" is left out: "polish"
// is a verb).
const LANGUAGES = new Set([
  'english', 'chinese', 'mandarin', 'cantonese', 'japanese', 'korean', 'german', 'french', 'spanish', 'portuguese', 'italian', 'dutch',
  'russian', 'ukrainian', 'czech', 'swedish', 'norwegian', 'danish', 'finnish', 'greek', 'turkish', 'arabic', 'hebrew', 'persian',
  'hindi', 'bengali', 'urdu', 'tamil', 'telugu', 'marathi', 'indonesian', 'malay', 'vietnamese', 'thai', 'tagalog', 'filipino', 'swahili',
  'yoruba', 'hausa', 'amharic', 'latin',
]);

// Words repeat across abstracts: the memo answers most look-ups without case folding and the probe
// into compromise's large dictionary object (~200 ns each).
export const wordClass: (word: string) => WordClass = memoize(lookUp);

function lookUp(word: string): WordClass {
  const w = word.toLowerCase();
  const fw = FUNCTION_WORDS.get(w);
  if (fw) return fw;
  if (LANGUAGES.has(w)) return 'adj';
  const first = w.charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first >= 128 && /^\p{N}/u.test(w))) return 'num';
  const tag = Object.hasOwn(lexicon, w) ? lexicon[w] : undefined;
  const main = Array.isArray(tag) ? tag[0] : tag;
  if (!main) return 'unknown';
  return CLASS_OF_TAG[main] ?? 'unknown';
}

/** "extensively", "randomly": an adverb compromise knows or an -ly word it does not ("apply" is a verb). */
export function isAdverb(word: string): boolean {
  const c = wordClass(word.toLowerCase());
  return c === 'adv' || (c === 'unknown' && /^\p{Ll}{3,}ly$/u.test(word));
}

/**
 * A verb's -ing form, also of a prefixed verb the dictionary lacks ("Rethinking", "Demystifying",
 * "Reassessing"): what a title opens with when it studies something rather than names it.
 */
export function isVerbIng(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith('ing')) return false;
  const cls = wordClass(w);
  if (cls === 'gerund' || cls === 'verb') return true;
  const bare = w.replace(/^(?:re|de|un|mis|over|under|out|co|pre)(?=\p{L}{3})/u, '');
  if (bare === w) return false;
  const stem = bare.slice(0, -3);
  return [stem, stem + 'e', stem.slice(0, -1)].some((v) => v.length > 2 && wordClass(v) === 'verb');
}

