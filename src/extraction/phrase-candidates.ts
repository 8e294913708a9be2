/**
 * Multiword terms found by their head noun, and the phrases that name no term of the paper.
 */
import type { Candidate, CandidateSet } from './candidate.js';
import { tokenIndexAt, type FieldText } from './field-text.js';
import { TASK_DESCRIBES_THING } from './known-names.js';
import { ADJECTIVE_LIKE, findElidedTerms, findPhrases, opensWithManner, type CoveredRange, type PhraseCandidate } from './phrases.js';
import type { Sentence, Token } from './text.js';
import { entityKey, keyOf } from './normalise.js';
import { memoize } from './memo.js';
import type { EntityType } from './types.js';

const wordsKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/s$/, '');

/** Do `rest`'s words repeat the end of the known name or one of its aliases ("position embeddings")? */
function restatesName(known: Candidate, rest: string): boolean {
  const tail = wordsKey(rest);
  if (!tail) return false;
  return [known.name, ...(known.aliases ?? [])].some((form) => {
    const k = wordsKey(form);
    return k.length > tail.length && k.endsWith(` ${tail}`);
  });
}

// Whole research fields are no task of a paper ("advances in machine learning").
const RESEARCH_FIELD = /^(?:machine learning|deep learning|statistical learning|natural language processing|computer vision|artificial intelligence|data science|data mining|signal processing)$/i;

// "tasks like X", "applications such as A, B or X", "scenarios: X": X is named as a task.
const TASK_CONTEXT_BEFORE = /\b(?:tasks?|sub-?tasks?|applications?|scenarios|use cases|problems)\b[^.;:]{0,30}?(?:\b(?:such as|like|including|e\.g\.,?|namely)|:)\s+[^.;:]*$/i;

/** The last word of a name, lower case and singular: the head noun DESCRIBING_HEADS is keyed by. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/**
 * Heads that, closing words the rules put together, mostly describe a thing rather than name a term: "video
 * diffusion models", "visual embeddings", "adaptive KV cache", "sample selection", "multimodal RL", "LoRA tuning",
 * "repo-level coding", "temporal consistency". On the read held-out sets such word-built terms were 0-25% right:
 * the annotators name the known term inside, or nothing.
 */
const DESCRIBING_HEADS: Partial<Record<EntityType, ReadonlySet<string>>> = {
  Technique: new Set(['model', 'embedding', 'cache', 'compression', 'selection', 'tuning', 'reasoning', 'rl']),
  Task: new Set(['verification', 'coding']),
  Metric: new Set(['consistency']),
};

// A figure, not a digit inside a name or a size ("3.1%", "of 0.82"; not "Lark-9", "GPT-4o", "13B", "3D").
const STANDALONE_NUMBER = /(?<![\p{L}\p{N}.-])\d+(?:\.\d+)?(?![\p{L}\p{N}.-])/u;

/** The name of a phrase's term: as written, without the noun of its kind, or with a known term's full name. */
function phraseName(text: string, toks: readonly Token[], p: PhraseCandidate, inField: readonly Candidate[]): string {
  const kindLast = p.generic || KIND_NOUN_LAST.test(toks[p.last]!.text);
  return (kindLast ? withoutGeneralNoun(text, toks, p) : withKnownName(text, p, inField)) ?? text.slice(p.start, p.end);
}

// "a causal transformer architecture", "a generalized linear attention paradigm": nouns of a method's kind, as the
// general nouns ("method", "framework") are.
const KIND_NOUN_LAST = /^(?:architecture|paradigm)$/;

/**
 * "an image inversion method", "a knowledge-sharding mechanism": the noun closing a method's phrase names its
 * kind, so the method is named without it ("image inversion"), and the phrase as written stays its mention.
 * One plain word left is too little to name a method ("a training pipeline" is no "training").
 */
function withoutGeneralNoun(text: string, toks: readonly Token[], p: PhraseCandidate): string | null {
  const rest = text.slice(p.start, toks[p.last - 1]!.end);
  const words = p.last - p.first;
  // ("a likelihood-free framework", "a human-AI collaborative pipeline": a describing word cannot end a name; "a
  // multimodal agent framework" is built around agents, not one.)
  if (describes(toks[p.last - 1]!.text) || /^(?:agents?|networks?|data|models?|LLMs?)$/.test(toks[p.last - 1]!.text)) return null;
  return words >= 2 || (words === 1 && rest.includes('-')) ? rest : null;
}

// Describing words of the phrase rules, and the compound adjectives that say how a method runs.
const describes = (word: string): boolean => ADJECTIVE_LIKE(word) || /(?:-free|-like|-stage[sd]?|-aware|-wise)$/i.test(word);

/**
 * "open-domain QA" in a paper that also writes "open-domain question answering": a phrase ending in a known
 * term's short form is named with the term's own name where the paper spells it out too, so its two spellings
 * are one entity. Elsewhere it keeps the paper's own spelling (results name their subject as written).
 */
function withKnownName(text: string, p: PhraseCandidate, inField: readonly Candidate[]): string | null {
  const known = inField.find((c) => c.source === 'lexicon' && c.end === p.end && c.start > p.start && c.aliases !== undefined);
  if (!known || !/^[\p{Lu}\p{N}-]+s?$/u.test(known.surface) || entityKey(known.surface) === entityKey(known.name)) return null;
  const spelledOut = text.slice(p.start, known.start) + known.name;
  return fieldKey(text).includes(entityKey(spelledOut)) ? spelledOut : null;
}

// A field's text keyed like a name, so a name can be looked for in it; the last few fields are kept.
const fieldKey = memoize(keyOf, 16);

// "a contrastive alignment loss", "the KL-Top loss": the loss a method trains with is written as the method's name and
// "loss"; that written form is one more mention of the method (the read held-out gold wrote such terms with their
// "loss" 197 times, without it 15 times). Known names keep their own extent.
const LOSS_AFTER = /^\s+loss(?:es)?\b/u;

/** Widens each new method term of `f` followed by "loss" to take the word in. */
export function widenToLoss(f: FieldText, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.field !== f.field || c.source === 'lexicon' || c.source === 'intro' || (c.type !== 'Technique' && c.type !== null)) continue;
    const loss = LOSS_AFTER.exec(f.text.slice(c.end, c.end + 12));
    if (!loss) continue;
    c.end += loss[0].length;
    c.surface = f.text.slice(c.start, c.end);
  }
}

/** Multiword terms by head noun, sentence by sentence. */
export function addPhraseCandidates(f: FieldText, st: CandidateSet): void {
  const { candidates } = st;
  // Candidates in text order, walked once alongside the sentences.
  const inField = candidates.filter((c) => c.field === f.field).sort((a, b) => a.start - b.start);
  let ci = 0;
  let first = 0;
  for (const s of f.sentences) {
    while (first < f.tokens.length && f.tokens[first]!.start < s.start) first++;
    let last = first;
    while (last < f.tokens.length && f.tokens[last]!.start < s.end) last++;
    const toks = f.tokens.slice(first, last);
    const covered: CoveredRange[] = [];
    while (ci < inField.length && inField[ci]!.start < s.start) ci++;
    for (let k = ci; k < inField.length && inField[k]!.start < s.end; k++) {
      const c = inField[k]!;
      const a = tokenIndexAt(f.tokens, c.start) - first;
      const b = tokenIndexAt(f.tokens, c.end - 1) - first;
      if (a >= 0 && b >= a) covered.push({ first: a, last: b, type: c.type ?? 'Model' });
    }
    if (toks.length === 0) continue;
    const phrases = findPhrases(f.text, toks, covered, f.field === 'title');
    for (const p of phrases) addPhrase(f, st, s, toks, p, phrases, inField);
    for (const t of findElidedTerms(f.text, toks, phrases, covered)) {
      if (isPlainInference(t.type, t.name)) continue;
      candidates.push({ field: f.field, start: t.start, end: t.end, surface: f.text.slice(t.start, t.end), sentence: s, type: t.type, name: t.name, source: 'phrase', confidence: 0.5 });
    }
  }
}

/** One phrase as a candidate term, unless a known name or a bracket bounds it, or the words make it prose. */
function addPhrase(f: FieldText, { candidates, blocked }: CandidateSet, s: Sentence, toks: readonly Token[], p: PhraseCandidate, phrases: readonly PhraseCandidate[], inField: readonly Candidate[]): void {
  const surface = f.text.slice(p.start, p.end);
  // "global key-value (KV) caches": a term never runs across a bracket, even one inside a known term.
  if (surface.includes('(')) return;
  // "a divide-and-conquer style Monte Carlo Tree Search (MCTS)": an acronym's definition delimits the term.
  if (inField.some((c) => c.source === 'acronym' && c.end === p.end && c.start > p.start)) return;
  if (namesKnownTerm(p, toks, inField) || isProse(f, p, surface)) return;
  // "RoPE position embeddings": a known short name followed by the words its long name ends in
  // says the name twice; the whole is that known entity.
  const known = inField.find((c) => c.source === 'lexicon' && c.start === p.start && c.end < p.end && c.type === p.type);
  if (known && restatesName(known, f.text.slice(known.end, p.end))) {
    blocked.push({ field: f.field, start: known.end, end: p.end });
    return;
  }
  // "retrieval-aware tuning approach" is named by its term, "retrieval-aware tuning".
  const inner = p.generic ? phrases.find((q) => q !== p && q.start === p.start && q.end < p.end) : undefined;
  const name = inner ? f.text.slice(inner.start, inner.end) : phraseName(f.text, toks, p, inField);
  // "an in-depth performance analysis": an analysis is the paper's own activity unless the sentence
  // lists it among tasks or applications ("tasks like document analysis").
  const activity = /\banalys[ie]s$/i.test(surface) && !TASK_CONTEXT_BEFORE.test(f.text.slice(s.start, p.start));
  // "visual embeddings", "video diffusion models": a describing head makes a description, kept only when the
  // paper introduces it (a known term inside stands as itself) or, for a measure, a figure stands by it.
  const figureBy = (): boolean => STANDALONE_NUMBER.test(f.text.slice(Math.max(0, p.start - 24), p.start)) || STANDALONE_NUMBER.test(f.text.slice(p.end, p.end + 24));
  const describing = DESCRIBING_HEADS[p.type]?.has(lastWord(surface)) === true && !(p.type === 'Metric' && figureBy());
  candidates.push({ field: f.field, start: p.start, end: p.end, surface, sentence: s, type: p.type, name, source: 'phrase', confidence: 0.55, generic: p.generic || activity || describing });
}

/**
 * "a reinforcement learning approach", "a sparse attention method", "the self-attention mechanism": a known term
 * with a general noun is that known term, not a new method of the paper's; so is a known one-word technique with
 * the noun of its kind ("the Adam optimizer", "the Mamba architecture"; a "KV cache optimizer" is a new thing that
 * optimises one), and a capitalised method name with the noun of its kind ("the Routing Replay strategy").
 */
function namesKnownTerm(p: PhraseCandidate, toks: readonly Token[], inField: readonly Candidate[]): boolean {
  const kindNounLast = /^(?:optimi[sz]ers?|architectures?)$/i.test(toks[p.last]?.text ?? '');
  const namesKnown = (c: Candidate): boolean => p.generic || (kindNounLast && c.type === 'Technique' && !/\s/u.test(c.surface));
  const namesMethod = (c: Candidate): boolean => c.source === 'shape' && c.type === 'Technique' && p.generic;
  const namesTerm = (c: Candidate): boolean => (c.source === 'lexicon' && namesKnown(c)) || namesMethod(c);
  return inField.some((c) => c.start === p.start && c.end === toks[p.last - 1]?.end && namesTerm(c));
}

/** Whether the phrase is prose here: a task describing a thing, an understanding of something, a field, a manner, a model's process. */
function isProse(f: FieldText, p: PhraseCandidate, surface: string): boolean {
  if (p.type === 'Task' && TASK_DESCRIBES_THING.test(f.text.slice(p.end, p.end + 16))) return true;
  // "a mechanistic understanding of their function": an understanding of something is prose, not a task.
  if (p.type === 'Task' && /understanding$/i.test(surface) && /^\s+of\s/u.test(f.text.slice(p.end, p.end + 5))) return true;
  if (RESEARCH_FIELD.test(surface)) return true;
  if (p.type === 'Task' && opensWithManner(surface)) return true;
  // "LLM inference", "LLM reasoning": whose process it is, not a kind of it ("LLM serving" is a task).
  return LLM_PROCESS.test(surface) || isPlainInference(p.type, surface);
}

// Inference as running a model is a task only for a kind of input that makes it hard ("long-context inference");
// "batch inference", "edge LLM inference", "per-image inference", "test-time inference" say how, where or when it
// runs. Inference as reasoning is a task of its own kind ("multi-hop inference", "natural language inference"); a
// known technique run at inference stays that technique's use ("mixed-precision inference" is no task).
const INFERENCE_KIND = /^(?:long|long-context|long-sequence|long-range|context|sequence|logical|multi-hop|transductive|inductive|deductive|abductive|causal|language|commonsense|natural)$/i;
// "offloading-based", "MLA-specific", "per-image": a describing compound says how or for what it runs, whatever the type.
const DESCRIBED_RUN = /^(?:[\p{L}-]+-(?:based|specific|optimal|speed|wise|user|demand|efficient)|per-[\p{L}-]+)\s+inference$/iu;
const isPlainInference = (type: EntityType, surface: string): boolean =>
  DESCRIBED_RUN.test(surface) || (type === 'Task' && /\sinference$/i.test(surface) && !surface.split(/\s+/).some((w) => INFERENCE_KIND.test(w)));
const LLM_PROCESS = /^LLMs?\s+(?:inference|reasoning|generation|prefill(?:ing)?|pre-?training|training|decoding|RL)$/i;
