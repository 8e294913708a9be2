/**
 * The paper's own names in its title: the name before the colon, typed by the rest of the title.
 */
import { matcher } from './active-lexicon.js';
import type { IntroSpan } from './candidate.js';
import { typeFromContext } from './context-type.js';
import { occurrences, type FieldText } from './field-text.js';
import { isJudgingWord, termHeadType } from './phrases.js';
import { RELEASE_WORD } from './releases.js';
import { headNounType, isNameShaped, suffixType } from './shapes.js';
import type { EntityType } from './types.js';
import { isVerbIng, wordClass } from './words.js';

interface TitleNameSpan {
  start: number;
  end: number;
  verbLike: boolean;
}

// "LongBench: A Bilingual ..." — the name before a title's colon is the paper's own contribution.
function titleName(title: string): TitleNameSpan | null {
  const colon = title.indexOf(':');
  const head = colon > 0 ? title.slice(0, colon) : (/^(.+?)\s+Technical Report\b/i.exec(title)?.[1] ?? '');
  // "Phi-9 Technical Report: ...": the report is about the name before it.
  // "xGen-MM (BLIP-3): ...": the name before its bracketed other name.
  const trimmed = head.trim().replace(/\s+(?:Technical|Tech)\s+Report$/i, '').replace(/\s*\([^()]*\)$/u, '');
  // "s1: Simple test-time scaling": a lower-case name carries a digit.
  if (!trimmed || trimmed.split(/\s+/).length > 5 || !/\p{Lu}|\p{L}-?\p{N}/u.test(trimmed) || isClauseOrLabel(trimmed)) return null;
  const coined = coinedWordOf(trimmed);
  if (coined !== undefined) return coined === null ? null : spanIn(title, coined, false);
  // "Understanding X", "Rethinking X": a title opening with a verb's -ing form studies X, it does not name it.
  const opening = /^(\p{Lu}\p{Ll}+ing)\s/u.exec(trimmed)?.[1];
  if (opening && isVerbIng(opening)) return null;
  // A name, not a phrase: "Challenges in Deploying X" has prepositions and verbs, a name has neither.
  const words = trimmed.split(/\s+/);
  // "Multilingual coreference resolution: ...", "Clinical Text Summarization: ...": plain words closed by a known task of
  // two words or more name that task in a setting, the paper's topic, unless the rest says what they are for ("Visual
  // Context Window Extension: A New Perspective for Long Video Understanding" is a method).
  if (!words.some(isNameShaped) && endsInKnownTask(words) && !/\bfor\b/i.test(title.slice(colon + 1))) return null;
  // "Instruction Pre-Training", "Critique Fine-Tuning": a training noun hyphened to its kind is a method's name.
  const verbal = (w: string): boolean => !/-(?:Training|Tuning|Learning)$/.test(w) && (['prep', 'verb', 'gerund', 'conj', 'det'].includes(wordClass(w)) || /ing$/i.test(w));
  // "Late Chunking", "Judge Decoding": a closing -ing word after nouns and adjectives is the head noun of a
  // name; before a term's head noun ("Decoding") a word that can be a verb is its modifier.
  const last = words.length - 1;
  const headed = termHeadType(words[last]!) !== null;
  const noun = (w: string, k: number): boolean => (k === last ? /ing$/i.test(w) : headed && wordClass(w) === 'verb') && !['prep', 'conj', 'det'].includes(wordClass(w));
  const plainWords = words.length > 1 && !words.some(isNameShaped);
  if (plainWords && words.some((w, k) => verbal(w) && !noun(w, k))) return null;
  // Such a name could as well be a topic ("Speculative Decoding: A Survey") or a slogan ("Keep Learning: ..."):
  // the caller asks the abstract.
  return spanIn(title, trimmed, plainWords && words.some(verbal));
}

const spanIn = (title: string, name: string, verbLike: boolean): TitleNameSpan => {
  const start = title.indexOf(name);
  return { start, end: start + name.length, verbLike };
};

/** A title part that is a question, advice, a clause, a list, a match-up, a meeting, a claim or a label, not a name. */
function isClauseOrLabel(part: string): boolean {
  // "From Hours to Minutes: ...": a question or a journey before the colon, not a name.
  // "Don't Do RAG: ...": an imperative or a negation is advice, not a name.
  if (/^(?:a|an|the|on|from|towards?|beyond|why|how|what|when|is|are|can|do|does|let['’]s|stop|never|(?:do|does|can|is|are|wo)n['’]t)(?![\p{L}\p{N}'’])/iu.test(part)) return true;
  // "X Memorizes, Y Generalizes": a clause or a list before the colon, not a name; "o3-mini vs DeepSeek-R1": a match-up.
  // "DoG is SGD's Best Friend": a copula makes a sentence of it, even around a name.
  if (part.includes(',') || /\s(?:vs\.?|v\.s\.|versus)\s/iu.test(part) || /\s(?:is|are|was|were)\s/iu.test(part)) return true;
  // "Tracking Meets LoRA", "LLaMA Beyond English", "Every Token Counts", "Vision Matters", "Position: ...": a meeting, a
  // claim or a position paper's label before the colon, not a name.
  return /\s(?:meets?|beyond)\s/iu.test(part) || /\s(?:matters|counts|compared|required)$/iu.test(part) || /^position$/iu.test(part);
}

/**
 * The coined word a title part names on its own ("WildTeaming at Scale", "CLIPN for Zero-Shot OOD Detection"); null
 * where such a part names nothing ("Data Selection at Scale", "TimeGPT in Load Forecasting"); undefined where the part
 * has neither form.
 */
function coinedWordOf(part: string): string | null | undefined {
  // "WildTeaming at Scale: ...": a coined name done at scale is the name; plain words at scale are a study.
  const scaled = /^(.+?)\s+at\s+scale$/iu.exec(part)?.[1];
  if (scaled) return /\s/u.test(scaled) || !isNameShaped(scaled) ? null : scaled;
  // "CLIPN for Zero-Shot OOD Detection: ...": a coined name the lexicon does not know, then what it is for; the name is
  // the word alone ("Code Generation with AlphaCodium" opens with no such word).
  const used = /^(\S+)\s+(?:for|with|via|in|on)\s/u.exec(part)?.[1];
  if (!used) return undefined;
  const known = matcher().entriesNamed(used);
  if (isNameShaped(used) && known.length === 0) return used;
  // "TimeGPT in Load Forecasting: ...", "GPT-4V with Emotion: ...": a known model put to a use is the paper's topic.
  return known.some((e) => e.type === 'Model') ? null : undefined;
}

/** Whether the last two or more of `words` are a task the lexicon knows ("... Text Summarization"). */
function endsInKnownTask(words: readonly string[]): boolean {
  for (let k = 1; k < words.length - 1; k++) if (matcher().entriesNamed(words.slice(k).join(' ')).some((e) => e.type === 'Task')) return true;
  return false;
}

// "U-Net", "V-JEPA": a capital letter hyphened to a word is a name, not a plain word. "Mip-Splatting": a word
// the dictionary lacks hyphened to a capitalised word is a coined name too.
const isCoinedWord = (w: string): boolean =>
  isNameShaped(w) || /^\p{Lu}-\p{Lu}/u.test(w) || (/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(w) && wordClass(w.slice(0, w.indexOf('-')).toLowerCase()) === 'unknown');

// Words a number counts on without naming a release: "Phase 2:", "Part 2:".
const SEQUENCE_WORD = /^(?:part|phase|round|stage|step|chapter|volume|level|season|episode|lesson|day|week|year|version|edition|release)$/i;

/**
 * "Octopus v2:", "Nemotron Nano 2:": plain words with a version after them name a release. Not a year
 * ("Trends 2025:"), not a counted sequence ("Phase 2:"), not a kind of thing with a number ("Quill Benchmark
 * 2:"), not a known term that is no model ("Tree Search 2:").
 */
function isReleaseName(words: readonly string[]): boolean {
  const version = words[words.length - 1]!;
  const before = words[words.length - 2];
  if (!before || !/^[vV]?\d+(?:\.\d+)*$/.test(version) || /^(?:19|20)\d{2}$/.test(version)) return false;
  if (SEQUENCE_WORD.test(before) || termHeadType(before) || headNounType(before)) return false;
  return matcher().entriesNamed(words.slice(0, -1).join(' ')).every((e) => e.type === 'Model');
}

/** The name before the title's colon as the paper's own contribution(s), where the title gives one. */
export function titleNameSpans(title: FieldText, abstract: FieldText | undefined): IntroSpan[] {
  const tn = titleName(title.text);
  if (!tn) return [];
  const name = title.text.slice(tn.start, tn.end);
  const words = name.split(/\s+/);
  // "Judge Decoding: ..." is a name where the abstract uses it again, is no known term, and opens with no judging word.
  if (tn.verbLike && (!abstract?.text.toLowerCase().includes(name.toLowerCase()) || isJudgingWord(words[0]!) || matcher().entriesNamed(name).length > 0)) return [];
  const plainWords = !words.some(isCoinedWord);
  // A release is a model unless the rest of the title says otherwise.
  const release = plainWords && isReleaseName(words);
  // "Context Clues: Evaluating ...": plain words before the colon, not closed by a term's head noun
  // ("... Window Extension"), are a name only where the abstract uses them again.
  const plain = !release && plainWords && !termHeadType(words[words.length - 1] ?? '');
  if (plain && !abstract?.text.toLowerCase().includes(name.toLowerCase()) && !(abstract && singularInAbstract(abstract, name))) return [];
  const spans = titleNames(title.text, tn);
  // "VeriScore: Evaluating ...": a measure's name says what it is, unless the rest names another kind
  // ("WorldScore: A Unified Evaluation Benchmark", "ArenaScore: A Leaderboard", "HalluScore: Benchmarking ...").
  const measure = spans.length === 1 && suffixType(name) === 'Metric' && !KIND_IN_REST.test(title.text.slice(tn.end));
  if (!release && !measure) return spans;
  // "Think-on-Graph 2.0: ..." and "we introduce Think-on-Graph 2.0, a hybrid RAG framework": what the abstract
  // calls a release or a "...Score" says what it is ("FinScore is a suite of tasks"); a release is a model, and a
  // "...Score" a measure, where it says nothing.
  const said = abstract ? occurrences(abstract, name).map((o) => describedAs(abstract, o)).find((t) => t?.strong)?.type : undefined;
  if (measure) return [{ ...spans[0]!, type: said ?? 'Metric' }];
  return spans.map((sp) => (sp.type ? sp : { ...sp, type: said ?? 'Model' }));
}

/** What the words after a name say it is, read after its short form where one follows ("X (XS), a framework"). */
function describedAs(f: FieldText, o: { start: number; end: number }): ReturnType<typeof typeFromContext> {
  const short = /^\s*\(([^()\s]{2,20})\)/u.exec(f.text.slice(o.end, o.end + 24));
  if (!short) return typeFromContext(f, o.start, o.end);
  const end = o.end + short[0].length - 1;
  return typeFromContext(f, end - short[1]!.length, end, true);
}

/** Type of a title name from the rest of the title ("...: A Benchmark for ..."). */
// ": An Open Source Language Model Specialized in Evaluating ...": a rest whose head noun phrase (the words
// before its first preposition) ends in a model noun says the name is a model, whatever the rest goes on
// to do; "A Benchmark for Large Language Models" is headed by "Benchmark", "Model Merging at Scale" by
// "Merging", and "Can LLMs Serve as ..." asks a question.
// "On-device language model for ...": a preposition hyphened into a word is no preposition.
const TITLE_PREPOSITION = String.raw`(?:for|of|on|in|with|to|via|at|from|by|through|towards?|beyond|under|without|over|across|using|into)`;
const TITLE_REST_HEAD = new RegExp(String.raw`^\s*((?:(?!(?:${TITLE_PREPOSITION}|and)\b(?!-))[\p{L}\p{N}'’-]+\s*){1,8})`, 'iu');
const TITLE_PREPOSITION_WORD = new RegExp(String.raw`\b${TITLE_PREPOSITION}\b`, 'iu');
const HEADED_BY_MODEL = /^(?!(?:can|could|do|does|is|are|how|what|why|when|which|will|should|may|might|must)\b)(?:(?![\p{L}-]*ing\b|benchmark|dataset|corpus)[\p{L}\p{N}'’-]+\s+)*?(?:(?:model|LLM)(?:\s+[\p{L}-]+ed)?|(?:models|LLMs)(?:\s+[\p{L}-]+(?:ed|ing))?)\s*$/iu;

const FAMILY_OF_MODELS = /^\s*:?\s*(?:an?\s+)?(?:family|series)\s+of\s+(?:(?!(?:benchmarks?|datasets?|corpora|for|to|of|on|with)\b)[\p{L}\p{N}-]+\s+){0,5}?(?:models|LLMs|MLLMs|VLMs|LMMs)\b/iu;

// "ChartX & ChartVLM": two names before the colon.
// "X and Y: ...", "HumanEval Pro and MBPP Pro: ...": two names of up to three words each.
const TWO_NAMES = /^(\S+(?:\s+\S+){0,2}?)\s+(?:&|and)\s+(\S+(?:\s+\S+){0,2})$/u;
// Each a name, its other words names or release words too ("DPO Meets PPO and GRPO" is a clause).
const isNameOfWords = (name: string): boolean => name.split(/\s+/u).every((w, k) => isNameShaped(w) || (k > 0 && RELEASE_WORD.test(w)));

/** The paper's own names in its title, each typed by what the rest of the title calls it ("A Benchmark and Foundation Model"). */
function titleNames(title: string, tn: { start: number; end: number }): IntroSpan[] {
  const rest = title.slice(tn.end);
  const two = TWO_NAMES.exec(title.slice(tn.start, tn.end));
  if (!two || !isNameOfWords(two[1]!) || !isNameOfWords(two[2]!)) {
    const name = title.slice(tn.start, tn.end);
    return [{ ...tn, field: 'title', type: modelAmongKinds(name, rest) ?? typeFromTitleRest(rest) ?? dataKindOf(name), primary: true }];
  }
  // "X and Y: A Benchmark and a Model for ...": each name its kind; one kind for both otherwise.
  const kinds = rest.split(/\s+and\s+/u);
  const [firstType, secondType] = kinds.length === 2 ? kinds.map(typeFromTitleRest) : [typeFromTitleRest(rest), typeFromTitleRest(rest)];
  const second = tn.start + two[0].lastIndexOf(two[2]!);
  return [
    { start: tn.start, end: tn.start + two[1]!.length, field: 'title', type: firstType ?? null, primary: true },
    { start: second, end: second + two[2]!.length, field: 'title', type: secondType ?? null, primary: true },
  ];
}

/**
 * "AffectGPT: A New Dataset, Model, and Benchmark", "RSGPT: A Remote Sensing Vision Language Model and Benchmark": where
 * the title lists kinds, before any preposition, a model among data, and the name ends as models do, it is the model.
 */
function modelAmongKinds(name: string, rest: string): EntityType | null {
  const kinds = rest.replace(/^\s*:/u, '').split(TITLE_PREPOSITION_WORD)[0]!;
  return /\b(?:models?|LLMs?)\b/iu.test(kinds) && /\b(?:benchmarks?|datasets?)\b/iu.test(kinds) && suffixType(name) === 'Model' ? 'Model' : null;
}

/** "DrivingDojo Dataset:", "SIFo Benchmark:": a name closed by a data noun is that kind of data ("Latent Consistency Models" may be a method). */
function dataKindOf(name: string): EntityType | null {
  const kind = headNounType(name.split(/\s+/).pop() ?? '');
  return kind === 'Benchmark' || kind === 'Dataset' ? kind : null;
}

const KIND_IN_REST = /\b(?:benchmark(?:ing|s)?|leaderboards?|arena|datasets?|corpus|suite|test(?:bed| set)?|models?|LLMs?)\b/i;

function typeFromTitleRest(rest: string): EntityType | null {
  const head = TITLE_REST_HEAD.exec(rest.replace(/^\s*:/u, ''))?.[1]?.trim() ?? '';
  if (HEADED_BY_MODEL.test(head)) return 'Model';
  // "A Family of Fully Open Unified Multimodal Models—Architecture, Training and Dataset": what the family is of.
  if (FAMILY_OF_MODELS.test(rest)) return 'Model';
  // "CDM: A Reliable Metric for ...", "HWD: A Novel Evaluation Score for ...": a rest headed by a measure noun
  // ("Evolving Symbolic Pruning Metric" is what the method does).
  if (/\b(?:score|metric|measure)s?$/iu.test(head) && !isVerbIng(head.split(/\s+/u)[0]!)) return 'Metric';
  // "...: Build Data Flywheel for LLMs via Simulated Chatbot Arena": the means says nothing of what the name is ("with a
  // Large-Scale Dataset", "Through a Dataset of Puzzles" often do).
  const said = rest.split(/\b(?:via|using)\b/iu)[0]!;
  if (/\b(?:benchmark(?:ing|s)?|evaluat\w*|test suite|leaderboard|arena)\b/i.test(said)) return 'Benchmark';
  if (/\b(?:dataset|corpus)\b/i.test(said)) return 'Dataset';
  if (/\b(?:technical report)\b/i.test(rest)) return 'Model';
  return null;
}

/**
 * "Cautious Optimizers: ..." in the title, "Cautious Optimizer" in the abstract: the singular of a plural
 * title name, where the abstract writes only that, as written (case and whole words); else null.
 */
export function singularInAbstract(abstract: FieldText, name: string): string | null {
  const singular = name.replace(/(?<=\p{Ll})s$/u, '');
  return singular !== name && occurrences(abstract, name).length === 0 && occurrences(abstract, singular).length > 0 ? singular : null;
}
