/**
 * The means a title names ("...: Language Modeling with Explicit Memory"): how the paper does what it does.
 */
import { matcher } from './active-lexicon.js';
import type { IntroSpan } from './candidate.js';
import { occurrences, type FieldText } from './field-text.js';
import { isJudgingWord, termHeadType } from './phrases.js';
import { headNounType } from './shapes.js';
import { wordClass } from './words.js';

// "Ada-KV: ... by Adaptive Budget Allocation", "X: ... via Homologous Models' Guidance": how the title says the paper does it.
// Title case writes the cue capitalised too ("... Using Adaptive Budget Allocation").
export const TITLE_MEANS = /\b(?:[Vv]ia|[Tt]hrough|[Bb]y|[Ww]ith|[Uu]sing|[Bb]ased [Oo]n)\s+(?:[Aa]n?\s+|[Tt]he\s+)?(\p{Lu}.*)$/u;

// Two to six capitalised words ("Head-wise Offloading", "Sentence-Level Semantic KV Caching"), up to a small word or a comma.
const MEANS_RUN = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){1,5}(?=\s+\p{Ll}|\s*[,;:(]|\s*$)/u;

// Nouns that name a mechanism a method adds ("Explicit Memory", "Zero-Computation Experts", "Momentum Reset").
const MECHANISM_NOUN = /^(?:memory|experts?|heads?|tokens?|transformers?|trees?|blocks?|layers?|states?|codec|predictor|pool|queries|windows|feedback|guidance|penalty|reset|supervision|learning|reinforcement|diffusion)$/i;
// A process noun: "Allocation", "Expansion", "Self-Improvement", "Condensing".
const PROCESS_NOUN = /\p{Ll}(?:ing|tion|sion|ment|ism)$/u;

// "with Human Feedback", "Curated by Domain Experts": who does the work, not a method of the paper's.
const PEOPLE_WORD = /^(?:humans?|experts?|domain|physicians?|crowds?|annotators?|people)$/i;
// "with Private Information", "through Human Evaluation", "Inspired by Human Cognition": data, judgements and
// faculties the paper draws on, not a method it makes.
const DATA_NOUN = /^(?:information|annotations?|evaluations?|judg(?:e)?ments?|instructions?|imaging|cognition|experimentation|demonstrations?)$/i;
// "with Constant Memory", "with Long Context Windows": a property the model has, not the method that gives it.
const PROPERTY_WORD = /^(?:constant|sublinear|persistent|long|bounded|fixed|infinite)$/i;

function isMethodHead(word: string): boolean {
  const w = word.slice(word.lastIndexOf('-') + 1);
  // "via Self-Evolving Curriculum Reinforcement Learning": as a title's means, learning is how, though it heads tasks too.
  if (/^learning$/i.test(w)) return true;
  // "Thought Generation", "Fine-Grained Chinese Understanding": what is done, not how; "Distortion Rate": a measure.
  if (termHeadType(w) === 'Task' || termHeadType(w) === 'Metric') return false;
  return MECHANISM_NOUN.test(w) || PROCESS_NOUN.test(w) || termHeadType(w) === 'Technique' || headNounType(w) === 'Technique';
}

/**
 * "motion-aware memory selection": written as the start of a longer term, the means is that term's modifier;
 * "... Dependency Measurement (LADM)": before a short form that does not start with it, a part of a longer name.
 */
function isPartOfLongerName(after: string, run: string): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
  if (termHeadType(next) !== null || headNounType(next) !== null) return true;
  const short = /^\s*\((\p{Lu}[\p{L}\p{N}-]*)\)/u.exec(after)?.[1];
  return short !== undefined && short[0] !== run[0]!.toUpperCase();
}

/** Whole-word occurrences of `name` in any case, and of its singular where it ends in "s". */
function anyCaseOccurrences(f: FieldText, name: string): { start: number; end: number }[] {
  const lower = f.text.toLowerCase();
  if (lower.length !== f.text.length) return [];
  const forms = /\p{Ll}s$/u.test(name) ? [name, name.slice(0, -1)] : [name];
  const seen = new Set<number>();
  return forms.flatMap((form) => occurrences({ ...f, text: lower }, form.toLowerCase())).filter((o) => !seen.has(o.start) && seen.add(o.start));
}

/**
 * "Memory3: Language Modeling with Explicit Memory": capitalised words a title names as its means, closed by a
 * mechanism or process noun and used again in the abstract, are the paper's own method; a term the lexicon
 * knows ("with Reinforcement Learning") is used, not made.
 */
export function titleMeansSpans(title: FieldText, abstract: FieldText | undefined): IntroSpan[] {
  // "Accurate KV Cache Quantization with Outlier Tokens Tracing": a title names its means with or without a colon.
  const colon = Math.max(0, title.text.indexOf(':'));
  const rest = TITLE_MEANS.exec(title.text.slice(colon));
  const run = rest ? MEANS_RUN.exec(rest[1]!)?.[0] : undefined;
  if (!rest || !run || !abstract) return [];
  // "LLMs Struggle with Long In-context Learning": after a verb, the words say what the subject struggles with, no means.
  // (A word ending in "s" is let through: compromise's dictionary files plural nouns such as "Models" and "Plans" as
  // verbs, and "Language Models with ..." names its means; a verb in "-s", "Struggles with", slips through with them.)
  const before = /(\S+)\s+$/u.exec(title.text.slice(0, colon + rest.index))?.[1] ?? '';
  if (wordClass(before) === 'verb' && !/s$/.test(before)) return [];
  const words = run.split(/\s+/u);
  const last = words[words.length - 1]!;
  if (isJudgingWord(words[0]!) || PEOPLE_WORD.test(words[0]!) || PROPERTY_WORD.test(words[0]!) || DATA_NOUN.test(last) || !isMethodHead(last)) return [];
  if (matcher().entriesNamed(run).length > 0) return [];
  const inAbstract = anyCaseOccurrences(abstract, run).filter((o) => !isPartOfLongerName(abstract.text.slice(o.end, o.end + 30), run));
  if (inAbstract.length === 0) return [];
  const start = colon + rest.index + rest[0].length - rest[1]!.length;
  return [
    { start, end: start + run.length, field: 'title', type: 'Technique', primary: false },
    ...inAbstract.map((o) => ({ ...o, field: 'abstract' as const, type: 'Technique' as const, primary: false })),
  ];
}
