/**
 * Candidates of unknown names by their shape: name-shaped tokens, plain capitalised words with a naming
 * noun, a version or a release word, measures at a cut-off.
 */
import { matcher } from './active-lexicon.js';
import type { Candidate } from './candidate.js';
import { sentenceAt, type FieldText } from './field-text.js';
import { RELEASE_WORD } from './releases.js';
import { isNameShaped, isPartWord } from './shapes.js';
import type { Token } from './text.js';
import type { EntityType } from './types.js';
import { wordClass } from './words.js';

const MEASURE_AT = /^(\p{L}+)@(?:\d+|k|n)$/u;

/** Unknown name-shaped tokens of a field, and plain capitalised names with a naming noun or version. */
export function addShapeCandidates(f: FieldText, candidates: Candidate[]): void {
  const covered = new Uint8Array(f.text.length + 1);
  for (const c of candidates) if (c.field === f.field) covered.fill(1, c.start, c.end);
  f.tokens.forEach((t, k) => {
    if (anyCovered(covered, t.start, t.end)) return;
    let surface = t.text;
    // "Pass@32", "Avg@4", "Recall@20": a measure at a cut-off is that measure ("Pass@k" where the lexicon has it).
    const cutOff = surface.includes('@') ? MEASURE_AT.exec(surface) : null;
    const measure = cutOff ? matcher().entriesNamed(`${cutOff[1]}@k`).find((e) => e.type === 'Metric') : undefined;
    // An unknown one only in a measure's shape: "DeepConf@512" is a method at a budget.
    if (cutOff && (measure || /^\p{L}\p{Ll}*$/u.test(cutOff[1]!))) {
      candidates.push({ field: f.field, start: t.start, end: t.end, surface, sentence: sentenceAt(f, t.start), type: 'Metric', name: measure?.name ?? surface, source: 'shape', confidence: 0.6 });
      return;
    }
    if (!isNameShaped(surface)) {
      // Only a capitalised word can be a plain name; most tokens stop here.
      const first = t.text.charCodeAt(0);
      if (first < 65 || first > 90) return;
      // "Voxtral Mini", "Orca Pro": a word the dictionary lacks with a release word after it is a model.
      const tier = f.tokens[k + 1];
      // ("Finetunes Small Subnetworks": in a run of Title-Case words the pair is part of a phrase.)
      const runGoesOn = tier && /^ \p{Lu}/u.test(f.text.slice(tier.end, tier.end + 2));
      if (tier && !runGoesOn && /^ $/.test(f.text.slice(t.end, tier.start)) && RELEASE_WORD.test(tier.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && isUnknownWord(t.text)) {
        // "Mercury Coder Mini": a capitalised noun before the line's name is the start of the name ("Unlike
        // Scribe Mini", "Using Scribe Mini", "Our Scribe Mini" are not).
        const lead = f.tokens[k - 1];
        const leadsName = lead !== undefined && /^ $/.test(f.text.slice(lead.end, t.start)) && /^\p{Lu}\p{Ll}+$/u.test(lead.text) && ['noun', 'unknown'].includes(wordClass(lead.text)) && !anyCovered(covered, lead.start, lead.end);
        const start = leadsName ? lead.start : t.start;
        candidates.push({ field: f.field, start, end: tier.end, surface: f.text.slice(start, tier.end), sentence: sentenceAt(f, start), type: 'Model', name: f.text.slice(start, tier.end), source: 'shape', confidence: 0.6 });
        return;
      }
      if (!isPlainNameWord(f, t)) return;
      const named = namedByItsNoun(f, k);
      if (named) candidates.push({ field: f.field, start: t.start, end: t.end, surface: t.text, sentence: sentenceAt(f, t.start), type: named, name: t.text, source: 'shape', confidence: 0.6 });
      // "Prometheus 2": a plain capitalised word with a version is a name, typed by its context.
      const versioned = versionAfter(f, t);
      if (versioned) candidates.push({ field: f.field, start: t.start, end: versioned, surface: f.text.slice(t.start, versioned), sentence: sentenceAt(f, t.start), type: null, name: f.text.slice(t.start, versioned), source: 'shape', confidence: 0.55 });
      return;
    }
    // "non-BERT baselines": what is negated is not named.
    if (/^non-/i.test(surface) || isCompoundModifier(f, t, f.tokens[k + 1])) return;
    // "ClinIns-Llama 3,": a version number written after a hyphenated name is part of it.
    // "InfLLM v2", "OWSM v3.1": a "v" version after any name is part of it.
    const after = f.text.slice(t.end, t.end + 24);
    const version = V_VERSION_AFTER.exec(after) ?? (surface.includes('-') ? VERSION_AFTER.exec(after) : null);
    if (version && !anyCovered(covered, t.end, t.end + version[1]!.length)) surface += version[1]!;
    // "DeepSeek 67B": a parameter count written after a name makes it a released model.
    const sized = SIZE_AFTER.exec(f.text.slice(t.start + surface.length, t.start + surface.length + 12));
    if (sized && !anyCovered(covered, t.start + surface.length, t.start + surface.length + sized[1]!.length)) surface += sized[1]!;
    candidates.push({
      field: f.field, start: t.start, end: t.start + surface.length, surface, sentence: sentenceAt(f, t.start), type: sized ? 'Model' : null, name: surface, source: 'shape', confidence: 0.6,
    });
  });
}

// A space and a parameter count ("DeepSeek 67B", "GritLM 8x7B"), a "v" version ("InfLLM v2"); or a one-digit version, then
// punctuation or a word that is no unit ("X 3 achieves", not "X 3 times").
export const SIZE_AFTER = /^( (?:\d+x)?\d+(?:\.\d+)?B)(?![\p{L}\p{N}-])/u;
const V_VERSION_AFTER = /^( [vV]\d+(?:\.\d+)*)(?![\p{L}\p{N}]|\.\d)/u;
const VERSION_AFTER = /^( [1-9](?:\.\d)?)(?=[,;:)]|\.(?:\s|$)| (?:is|are|was|achieves?|outperforms?|and|with|on|in|to|by|for)\b)/u;

// Nouns that say a capitalised word names a model or a data set: "the Helium models", "an audio codec, Mimi,".
// A singular "model" after a plain word is mostly a scientific model ("the Poisson model"), so only the
// plural counts there, and only for a word the text repeats.
const NAMING_NOUN_AFTER = new Map(Object.entries<EntityType>({ models: 'Model', checkpoints: 'Model', benchmark: 'Benchmark', dataset: 'Dataset', corpus: 'Dataset' }));
const NAMING_NOUN_BEFORE = new Map(Object.entries<EntityType>({ backbone: 'Model', codec: 'Model', model: 'Model', benchmark: 'Benchmark', dataset: 'Dataset', corpus: 'Dataset' }));

const anyCovered = (covered: Uint8Array, start: number, end: number): boolean => {
  for (let p = start; p < end; p++) if (covered[p] === 1) return true;
  return false;
};

/**
 * A word neither compromise's small dictionary knows nor English derivational endings mark as common
 * ("Evaluation", "Alignment", "Benchmarking"), and no numbered part of a paper ("Table").
 */
function isUnknownWord(word: string): boolean {
  return !/(?:tion|sion|ment|ness|ity|ance|ence|ing|ure|ism|ship|ogy|ics|able|ible|ive|ous)$/.test(word) && wordClass(word) === 'unknown' && !isPartWord(word);
}

/**
 * A capitalised word the dictionary lacks, inside a sentence ("Minitron", "Helium"), may be a name where
 * its neighbours say so; a known word ("Large", "Base") or a numbered part ("Table") never is.
 */
function isPlainNameWord(f: FieldText, t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  return isUnknownWord(t.text) && sentenceAt(f, t.start).start !== t.start;
}

/** "the Tessel models", "an audio codec, Mirra,": the noun beside a plain name word says what it names. */
function namedByItsNoun(f: FieldText, k: number): EntityType | null {
  const t = f.tokens[k]!;
  const next = f.tokens[k + 1];
  const after = next && /^ $/.test(f.text.slice(t.end, next.start)) ? NAMING_NOUN_AFTER.get(next.text) : undefined;
  const prev = f.tokens[k - 1];
  // "the Large Language models": a capitalised adjective or noun before it makes a class name of the run
  // ("Using Helium models", "The Helium models" open the sentence with a verb or an article).
  const prevClass = prev ? wordClass(prev.text.toLowerCase()) : 'unknown';
  const inRun = prev !== undefined && /^ $/.test(f.text.slice(prev.end, t.start)) && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && prevClass !== 'unknown' && (prevClass === 'adj' || prevClass === 'noun' || prev.start > sentenceAt(f, t.start).start);
  if (after && !inRun && (after !== 'Model' || f.text.indexOf(t.text, t.end) >= 0 || f.text.lastIndexOf(t.text, t.start - 1) >= 0)) return after;
  if (prev && /^, $/.test(f.text.slice(prev.end, t.start)) && NAMING_NOUN_BEFORE.has(prev.text) && /^,/.test(f.text.slice(t.end, t.end + 1))) return NAMING_NOUN_BEFORE.get(prev.text)!;
  return null;
}

/** End of "Prometheus 2" / "Aria 1.5" / "Bielik v3": a version written after a plain name word. */
function versionAfter(f: FieldText, t: Token): number | null {
  const after = f.text.slice(t.end, t.end + 24);
  const v = V_VERSION_AFTER.exec(after) ?? VERSION_AFTER.exec(after);
  return v ? t.end + v[1]!.length : null;
}

/** "KV pairs", "KL constraint": a short acronym in front of a noun modifies it and names nothing. */
function isCompoundModifier(f: FieldText, t: Token, next: Token | undefined): boolean {
  if (!next || !/^\p{Lu}{2,3}$/u.test(t.text) || !/^ $/.test(f.text.slice(t.end, next.start)) || !/^\p{Ll}+$/u.test(next.text)) return false;
  const c = wordClass(next.text);
  return c === 'noun' || (c === 'unknown' && !/s$/.test(next.text));
}
