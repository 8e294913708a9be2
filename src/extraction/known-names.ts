/**
 * Candidates of the names the lexicon knows: which hits name something here, how far a name runs as written
 * (variants, sizes, editions), and the type a name built on a known one takes.
 */
import { matcher } from './active-lexicon.js';
import type { Candidate } from './candidate.js';
import { sentenceAt, tokenIndexAt, type FieldText } from './field-text.js';
import { isFigureAfter } from './figures.js';
import type { LexiconEntry } from './lexicon.js';
import type { LexiconMatch } from './matcher.js';
import { entityKey } from './normalise.js';
import { isSize, MODEL_VARIANT_WORD, RELEASE_WORD, SIZE_LETTER_END, SIZE_TAG } from './releases.js';
import { suffixType } from './shapes.js';
import { tokenize, type Token } from './text.js';
import type { EntityType } from './types.js';
import { wordClass } from './words.js';

// "Mamba-based", "GPT-style", "RAG-free": the name stays the name, the suffix makes an adjective; in a
// title's capitals too ("GPT-Generated Image Dataset", "GPT-4o-Level Image Generation").
const ADJECTIVE_SUFFIX =
  /^-(?:based|like|style|aware|free|friendly|level|wise|specific|only|oriented|driven|related|centric|agnostic|guided|powered|enhanced|augmented|compatible|generated|scale|sized|size|length|class|type|series|family|networks|models|agents|systems)$/iu;
// "DeepSeek-R1-Distilled", "Big-Math-Reformulated": a capitalised participle may be the release's own word.
const PARTICIPLE_SUFFIX = /^-\p{Ll}+ed$/u;
const isAdjectiveSuffix = (rest: string): boolean => ADJECTIVE_SUFFIX.test(rest) || PARTICIPLE_SUFFIX.test(rest);

const TASK_AS_MODIFIER = /^[\s-]+(?:benchmarks?|datasets?|performance|data|pairs|samples|accuracy|scores?)\b/i;
// "text extraction tools", "retrieval patterns", "the answer generation process", "diagnosis rates": a task
// word in front of an artefact, a process or a rate names what that thing does or counts, not a task.
export const TASK_DESCRIBES_THING = /^[\s-]+(?:tools?|patterns?|process(?:es)?|pipelines?|modules?|components?|engines?|toolkits?|libraries|library|rates?)\b/i;

// "by fine-tuning video generation models", "fine-tuning the LLM", "by counting only valid tokens", "clustering around
// rare entities": a gerund with an object is the verb of a clause, not the name of a method or task. Common gerunds
// the lexicon knows take more objects than training ones ("counting on larger models"; "fine-tuning on X" is the method).
const TRAINING_GERUND = /^(?:fine-?tuning|pre-?training|post-?training|training|tuning)$/i;
const COMMON_GERUND = /^(?:counting|clustering|batching|checkpointing|annealing|infilling)$/i;
const VERB_OBJECT =
  /^\s+(?:(?:a|an|the|our|its|their|these|this|those|existing|open-source|pretrained|pre-trained|off-the-shelf)\b|(?:[\p{L}\p{N}-]+\s+){0,3}(?:models?|LLMs?|LVLMs?|MLLMs?|LMMs?|VLMs?|LMs?|networks?|encoders?|decoders?|transformers?)\b)/u;
const COMMON_GERUND_OBJECT = /^\s+(?:(?:all|only|around|each|every|coefficients?)\b|on\s+\p{Ll})/u;
const isVerbWithObject = (surface: string, after: string): boolean =>
  (TRAINING_GERUND.test(surface) && VERB_OBJECT.test(after)) || (COMMON_GERUND.test(surface) && (VERB_OBJECT.test(after) || COMMON_GERUND_OBJECT.test(after)));

// "a data analysis of our logs", "deep research into pruning", "the backdoor criterion": an activity, or another
// field's term, written with a known term's words.
const ACTIVITY_TERM = /^(?:data analysis|deep research)$/i;
// The hit's form decides first, so the common case reads no text around it.
function isPlainWordUse(f: FieldText, m: LexiconMatch): boolean {
  const after = (): string => f.text.slice(m.end, m.end + 16);
  if (/^backdoor$/i.test(m.form)) return /^\s+(?:criterion|adjustment|paths?)\b/u.test(after());
  return ACTIVITY_TERM.test(m.form) && (/^\s+(?:(?:of|into)\s|on\s+\p{Ll})/u.test(after()) || /\b(?:exploratory|statistical|detailed)\s+$/i.test(f.text.slice(Math.max(0, m.start - 14), m.start)));
}

// A common word is a technique only where the sentence applies it: "via probing", "using distillation".
const STRONG_TECHNIQUE_CUE = /\b(?:via|using|with|through|apply|applying|applies|employ|employs|employing|adopt|adopts|adopting|by)\s+$/i;

/** "Distil-Whisper", "Med-Llama-3": a name ending in a known model's name is a model made from it. */
export function releaseOfKnownModel(name: string): EntityType | null {
  const dash = name.indexOf('-');
  if (dash > 0 && namesKnownModel(name.slice(dash + 1))) return 'Model';
  // "MobileSAM", "GeoCLIP", "EfficientViT": a word written onto a known model's name makes a model of its line, as
  // shapes.ts's endings say of "-GPT", "-BERT" and "-LLaMA". The model's name must be written as the lexicon writes
  // it: "RedCode-Gen" is not made on CodeGen, nor "CodeMonkeys" on Monkey.
  const glued = /^\p{Lu}\p{Ll}{2,}(\p{Lu}[\p{L}\p{N}.-]*)$/u.exec(name)?.[1];
  if (!glued) return null;
  const hit = matcher().match(glued, tokenize(glued))[0];
  return hit?.start === 0 && hit.entry.type === 'Model' && glued.slice(0, hit.end) === hit.form && /^(?:[-.]?[\p{N}\p{L}][-.\p{N}\p{L}]*)?$/u.test(glued.slice(hit.end)) ? 'Model' : null;
}

/** Is `text` as a whole a known model's name ("Mistral", "Llama-2-7B")? */
function namesKnownModel(text: string): boolean {
  const hit = matcher().match(text, tokenize(text))[0];
  return hit !== undefined && hit.start === 0 && hit.entry.type === 'Model' && /^[-.\p{N}\p{L}]*$/u.test(text.slice(hit.end));
}

/** The part of a name before its first dash ("V" of "V-NIAH"), or '' when it has none. */
const beforeDash = (name: string): string => name.slice(0, Math.max(0, name.indexOf('-')));

/** The kind of the known data set or benchmark a name ends in after its first dash ("V-NIAH": NIAH's). */
function knownDataAfterDash(name: string): EntityType | undefined {
  return matcher().entriesNamed(name.slice(name.indexOf('-') + 1)).find((e) => e.type === 'Dataset' || e.type === 'Benchmark')?.type;
}

/**
 * "Codec-SUPERB", "Dynamic-SUPERB": a plain capitalised word that names nothing known, before a known benchmark,
 * makes a new one of its kind where nothing around the name says otherwise ("the judge model Kite-QuillQA").
 */
export function plainWordDataVariant(name: string): EntityType | undefined {
  const prefix = beforeDash(name);
  return /^\p{Lu}\p{Ll}+$/u.test(prefix) && matcher().entriesNamed(prefix).length === 0 ? knownDataAfterDash(name) : undefined;
}

/**
 * The type a name's ending gives; a release word on a known method's name ("Adam-mini") keeps the method's
 * kind, and a plain word on a known data set's name keeps the data set's.
 */
export function nameEndingType(name: string): EntityType | null {
  const t = suffixType(name);
  // "Recap-DataComp-1B": a plain word before a known data set's counted name makes a new one of its kind,
  // though the count reads like a model's size; "V-NIAH": so does a one- or two-letter modality mark
  // ("KiteNet-COCO", "Kite-MNLI" are models named for their data and keep their type).
  const prefix = beforeDash(name);
  const variant = /^\p{Lu}{1,2}$/u.test(prefix) || (SIZE_TAG.test(name) && /^\p{Lu}?\p{Ll}+$/u.test(prefix));
  const data = variant ? knownDataAfterDash(name) : undefined;
  if (data) return data;
  if (t !== 'Model' || SIZE_TAG.test(name)) return t;
  const last = name.lastIndexOf('-');
  // "DiT-XL", "Transformer-XL": a size letter after an architecture names a model of it.
  if (SIZE_LETTER_END.test(name)) return t;
  return last > 0 && matcher().entriesNamed(name.slice(0, last)).some((e) => e.type === 'Technique') ? 'Technique' : t;
}

/** A common task word ("reasoning") that counts only where it is listed with known tasks. */
interface ListedTask {
  start: number;
  end: number;
  entry: LexiconEntry;
  readings: readonly LexiconEntry[] | undefined;
}

/** "captioning and VQA benchmarks": a task's acronym before "benchmarks" names the task they are benchmarks of. */
const isTaskAcronymOfBenchmarks = (f: FieldText, m: LexiconMatch): boolean =>
  /^\p{Lu}{3,}$/u.test(f.text.slice(m.start, m.end)) && /^\s+benchmarks?\b/i.test(f.text.slice(m.end, m.end + 12));

/** "LLMs for recommendation", "reasoning tasks": a common task word, singular, named as the field a thing serves. */
const isTaskNamedAsField = (f: FieldText, m: LexiconMatch): boolean =>
  m.entry.type === 'Task' && !/s$/u.test(m.form) && (/\bfor\s+$/u.test(f.text.slice(Math.max(0, m.start - 5), m.start)) || /^\s+tasks\b/u.test(f.text.slice(m.end, m.end + 8)));

/** "a self-reflection mechanism", "a self-verification step": a common-word technique named as a part of a method. */
const APPLIED_AS_PART = /^\s+(?:mechanisms?|modules?|steps?|stages?|loops?|strateg(?:y|ies))\b/i;
const isAppliedAsPart = (f: FieldText, m: LexiconMatch): boolean => m.entry.type === 'Technique' && APPLIED_AS_PART.test(f.text.slice(m.end, m.end + 14));

/** Hits that name nothing here: a common word not applied, negated names, words that describe data or a score. */
function skipsHit(f: FieldText, m: LexiconMatch, listedTasks: ListedTask[]): boolean {
  const e = m.entry;
  // A lower-case common word ("reasoning") is an entity only where applied; "o1" with its digit is a name.
  if (e.ambiguous && !/[\p{Lu}\p{N}]/u.test(m.form) && !STRONG_TECHNIQUE_CUE.test(f.text.slice(Math.max(0, m.start - 25), m.start)) && !isTaskNamedAsField(f, m) && !isAppliedAsPart(f, m)) {
    if (e.type === 'Task') listedTasks.push({ start: m.start, end: m.end, entry: e, readings: m.readings });
    return true;
  }
  // "a question-answering benchmark", "QA performance", "2,500 QAs": the task word describes data or a score.
  // "non-BERT baselines": what is negated is not named.
  if (/non-$/i.test(f.text.slice(Math.max(0, m.start - 4), m.start))) return true;
  // "lower precision (bfloat16) formats", "mixed precision", "FP8 precision", "in different precisions", "precision
  // levels": the precision of numbers, not the measure.
  if (e.type === 'Metric' && /^precision$/i.test(m.form) && isNumberPrecision(f.text.slice(Math.max(0, m.start - 16), m.start), f.text.slice(m.start + 9, m.start + 20))) return true;
  // "struggle to recall the critical pairs", "cannot recall and use": the verb, not the measure.
  if (e.type === 'Metric' && /^recalls?$/i.test(m.form) && isRecallVerb(m.form, f.text.slice(Math.max(0, m.start - 24), m.start), f.text.slice(m.end, m.end + 16))) return true;
  // "recall-intensive tasks", "the recall-memory tradeoff": the ability to recall, not the measure.
  if (e.type === 'Metric' && /^recall$/i.test(m.form) && RECALL_ABILITY_AFTER.test(f.text.slice(m.end, m.end + 16))) return true;
  // "11.68 tokens per second", "30 tokens/s": a token rate after its number is the value's unit; "(TPS)" after it names the measure.
  if (e.type === 'Metric' && /^tokens?\b/i.test(m.form) && /\d\s*$/u.test(f.text.slice(Math.max(0, m.start - 3), m.start)) && !/^\s*\(/u.test(f.text.slice(m.end, m.end + 3))) return true;
  if (e.type === 'Task' && ((TASK_AS_MODIFIER.test(f.text.slice(m.end, m.end + 16)) && !isTaskAcronymOfBenchmarks(f, m)) || TASK_DESCRIBES_THING.test(f.text.slice(m.end, m.end + 16)) || /^\p{Lu}{2,3}s$/u.test(f.text.slice(m.start, m.end)))) return true;
  if ((e.type === 'Technique' || e.type === 'Task') && isVerbWithObject(f.text.slice(m.start, m.end), f.text.slice(m.end, m.end + 60))) return true;
  if ((e.type === 'Technique' || e.type === 'Task') && isPlainWordUse(f, m)) return true;
  // "akin to finding a needle in a haystack": a benchmark named for an idiom, used as the idiom.
  if (e.type === 'Benchmark' && !/\p{Lu}/u.test(f.text.slice(m.start, m.end)) && /\b(?:find(?:ing)?|search(?:ing)? for|look(?:ing)? for)\s+an?\s+$/i.test(f.text.slice(Math.max(0, m.start - 24), m.start))) return true;
  // "Dynamic Channel-wise Precision Boost": a lower-case term written capitalised inside a longer capitalised name
  // in running text is a word of that name.
  if (f.field === 'abstract' && !/[\p{Lu}\p{N}]/u.test(e.name) && isWordOfLongerName(f.text, m)) return true;
  // "a fine-tuning-free approach", "RAG-free": the method named is the one left out.
  if (/^-(?:free|less)\b/u.test(f.text.slice(m.end, m.end + 6))) return true;
  // "GPT-based agents", "GPT-style decoding": GPT named as a kind describes the next noun; any other model before
  // "-based", "-style" or "-like" ("CLIP-style pre-training", "BERT-based encoders") is the model the paper builds on.
  if (e.type === 'Model' && /^GPT$/u.test(m.form) && /^-(?:based|like|style|powered|inspired|distilled)\b/u.test(f.text.slice(m.end, m.end + 12))) return true;
  return false;
}

/** Capitalised words right before and after the hit, joined to it by one space, and the hit capitalised too. */
function isWordOfLongerName(text: string, m: LexiconMatch): boolean {
  if (!/^\p{Lu}/u.test(text.slice(m.start, m.start + 1))) return false;
  return /(?:^|[^.!?]\s)\p{Lu}[\p{L}-]*\s$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^\s\p{Lu}\p{Ll}+\b/u.test(text.slice(m.end, m.end + 20));
}

// "to recall", "LLMs partially recall knowledge", "it recalls tokens": the verb.
const RECALL_VERB_BEFORE = /\b(?:to|cannot|can|could|must|should|will|may|never|always|LLMs|models|they|we|who|which|that)\s+(?:\p{L}+ly\s+)?$/iu;
const RECALL_VERB_OBJECT = /^\s+(?:the|a|an|them|it|particular|specific|relevant|past|previous|earlier|information|memories|facts|knowledge|tokens|objects)\b/iu;
const isRecallVerb = (form: string, before: string, after: string): boolean =>
  /s$/i.test(form) || RECALL_VERB_BEFORE.test(before) || RECALL_VERB_OBJECT.test(after);
const RECALL_ABILITY_AFTER = /^(?:-(?:intensive|oriented|heavy|throughput|memory)\b|\s+(?:tasks?|abilit(?:y|ies)|capabilit(?:y|ies))\b)/i;

const NUMBER_PRECISION_BEFORE = /\b(?:lower|low|half|mixed|reduced|full|single|double|numerical|floating[- ]point|higher|narrower|finite|arbitrary|original|\d+(?:\.\d+)?-bit|(?:NV|MX)?(?:FP|INT|BF)\d+|b?float\d+)\s+$/i;
// "with high precision" is of numbers too, unless a measure or a value goes with it ("high precision and recall").
const isNumberPrecision = (before: string, after: string): boolean =>
  NUMBER_PRECISION_BEFORE.test(before) || /^(?:s\b|[\s-]+(?:levels?|aware|formats?|issues?|loss|medicine)\b)/i.test(after) || (/\bhigh\s+$/i.test(before) && !/^\s*(?:(?:and|or|,)\s+(?:high\s+)?(?:recall|F1|accuracy)|\(\s*\d)/i.test(after));

/** A known term opening a longer capitalised name: the whole is a new name, or null. */
function compoundOfKnownTerm(f: FieldText, m: LexiconMatch): Candidate | null {
  const e = m.entry;
  // "DAPO-Math-17K", "RAG-Fusion": a known term opening a longer capitalised name is not that name; the
  // whole is a new name, of the kind its ending says, else of the term's kind.
  // "KV Cache-Centric" is an adjective made of the term, and no new name.
  // "LoRA-Pro", "Adam-mini": a release tier behind a known method names a new method of its line.
  const tierAfter = /^-(\p{L}+)(?![\p{L}\p{N}-])/u.exec(f.text.slice(m.end, m.end + 12))?.[1];
  // ("Transformer-Small", "Mamba-Tiny": a size word after an architecture sizes a model of it, no new method.)
  const tier = tierAfter !== undefined && !/^(?:tiny|small|medium|large|base|nano)$/i.test(tierAfter) && RELEASE_WORD.test(tierAfter.charAt(0).toUpperCase() + tierAfter.slice(1));
  const compound = /^-[\p{Lu}\p{N}]/u.test(f.text.slice(m.end, m.end + 2)) || tier ? f.tokens[tokenIndexAt(f.tokens, m.end)] : undefined;
  const compoundRest = compound ? f.text.slice(m.end, compound.end) : '';
  // "Summarization-Heavy", "LoRA-Adapters": Title Case puts a dictionary word behind the term, no new name (one
  // capital letter is a tag, "Transformer-M", whatever word its lower case spells).
  const plainRest = !tier && /^-\p{L}{2,}$/u.test(compoundRest) && wordClass(compoundRest.slice(1).toLowerCase().replace(/s$/, '')) !== 'unknown';
  if ((e.type === 'Technique' || e.type === 'Task' || e.type === 'Metric') && compound && !isAdjectiveSuffix(compoundRest.toLowerCase()) && !/^-\d+(?:\.\d+)?[BbMm]$/u.test(compoundRest) && (!plainRest || namesKnownModel(compoundRest.slice(1)))) {
    const surface = f.text.slice(m.start, compound.end).replace(/['’]s$/u, '');
    // "LongRoPE-Mistral", "YaRN-Llama-2": a method's name on a known model's names the model it made.
    const onModel = namesKnownModel(surface.slice(m.end - m.start + 1));
    const named = surface + patchSizeAfter(f.text.slice(m.start + surface.length, m.start + surface.length + 4), surface);
    // "the TAP-Vid benchmark": the noun after says the new name is data, whatever the term's kind.
    const type = onModel ? 'Model' : (nameEndingType(named) ?? dataNounType(f.text.slice(m.start + named.length, m.start + named.length + 20)) ?? e.type);
    return { field: f.field, start: m.start, end: m.start + named.length, surface: named, sentence: sentenceAt(f, m.start), type, name: named, source: 'shape', confidence: 0.6 };
  }
  return null;

}

// "DiT-XL/2", "U-ViT-H/2": the patch size written after a size letter is part of the release's name.
const PATCH_SIZE = /^\/\d{1,2}(?![\p{L}\p{N}])/u;
const patchSizeAfter = (after: string, name: string): string => (SIZE_LETTER_END.test(name) ? (PATCH_SIZE.exec(after)?.[0] ?? '') : '');

/** Does `text` leave a bracket open ("(GPT-4o and Gemini")? */
const opensBracket = (text: string): boolean => (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);

/** How far a known name runs as written: variant suffixes, sizes, editions, a bit width, a benchmark head. */
interface HitExtent {
  start: number;
  end: number;
  extended: boolean;
  sizedArchitecture: boolean;
  benchHead: RegExpExecArray | null;
}

/** Whether `next`, after a known model's name ending at `end`, is part of that release's name ("Qwen2-VL 7B", "Llama 3.1 8B Instruct"). */
function continuesModelName(f: FieldText, end: number, next: Token): boolean {
  const gap = f.text.slice(end, next.start);
  // "Code Llama - Python", "Mixtral 8x7B - Instruct": a spaced dash before a release word joins it too.
  if (/ [-–] $/u.test(gap)) return RELEASE_WORD.test(next.text) || /^(?:Base|Python|chat|instruct)$/.test(next.text);
  if (!/^ $/.test(gap)) return false;
  // "GLM-4 1) rivals ...": a number closed by a bracket no "(" before it in the sentence opened numbers a
  // list item ("(GPT-4o and Gemini 2)" closes a bracket around the names).
  if (/^\d+$/.test(next.text) && f.text[next.end] === ')' && !opensBracket(f.text.slice(sentenceAt(f, next.start).start, next.start))) return false;
  // "makes ChatGLM2 50% faster", "Llama-2-7B 2.5 times faster": a number with a percent or a factor is a
  // figure, not a size or version ("GPT-4 3 times per sample" counts calls).
  if (/^\d+(?:\.\d+)?$/.test(next.text) && isFigureAfter(f.text.slice(next.end, next.end + 24))) return false;
  // "Minerva 34.2": a decimal of two or more digits before its point is a score; versions count from one ("Llama 3.1").
  if (/^\d{2,}\.\d+$/.test(next.text)) return false;
  // "Whisper large-v2": a lower-case size word is a release only with its version.
  // "BitNet b1.58", "BitNet a4.8": a letter before a decimal version tags a release too ("x1.8" is a factor).
  if (/^(?:tiny|base|small|medium|large)-v\d+$|^[a-wyz]\d+\.\d+$/.test(next.text)) return true;
  return MODEL_VARIANT_WORD.test(next.text) && (isSize(next.text) || /^(?:v?\d|[A-Z])/.test(next.text));
}

/** How far a lexicon match reaches as written: a release's version and size, a benchmark's edition, a data noun, a bit width. */
function hitExtent(f: FieldText, m: LexiconMatch): HitExtent {
  const e = m.entry;
  const named = e.type === 'Model' || e.type === 'Benchmark' || e.type === 'Dataset' ? writtenNameEnd(f, m) : m.end;
  let end = named;
  let extended = named > m.end;
  // "ILSVRC 2015", "MLPerf 1.1": a year or a version written after a known benchmark is part of its name.
  const edition = (e.type === 'Benchmark' || e.type === 'Dataset') && !extended ? editionAfter(f.text.slice(end, end + 14), f.text.slice(end, end + 18)) : null;
  if (edition) {
    end += edition.length;
    extended = true;
  }
  // "DCASE 2023 Challenge Task 2", "SemEval-2024 Task 4": a shared task of a known benchmark's edition is named with it.
  const challenge = e.type === 'Benchmark' || e.type === 'Dataset' ? challengeAfter(f.text.slice(m.start, end), f.text.slice(end, end + 28)) : null;
  if (challenge) {
    end += challenge.length;
    extended = true;
  }
  // "the Vicuna benchmark": a known model's name before the head noun of a benchmark names the benchmark.
  // Not a plural: "Gorilla datasets" are data a model was named for, not one benchmark.
  const noun = e.type === 'Model' && !extended ? DATA_NOUN_AFTER.exec(f.text.slice(end, end + 20)) : null;
  const benchHead = noun && !/(?:benchmark|dataset)s$/i.test(noun[1]!) ? noun : null;
  if (benchHead) {
    end += benchHead[0].length;
    extended = true;
  }
  // "Mamba-2.8B", "RWKV-7B": an architecture written with a parameter count is a released model of it.
  const sizedEnd = e.type === 'Technique' ? sizedArchitectureEnd(f, m.start, end) : end;
  const sizedArchitecture = sizedEnd > end;
  if (sizedArchitecture) {
    end = sizedEnd;
    extended = true;
  }
  // "8-bit GaLore", "4-bit Adam": a method run at a bit width is a variant of it, named as written.
  const bitWidth = e.type === 'Technique' ? /(?:^|[\s(])(\d{1,2}-bit )$/u.exec(f.text.slice(Math.max(0, m.start - 8), m.start)) : null;
  const start = bitWidth ? m.start - bitWidth[1]!.length : m.start;
  if (bitWidth) extended = true;
  return { start, end, extended, sizedArchitecture, benchHead };
}

/** Where a known model's or benchmark's name ends as written: "Mistral-7B-Instruct-v0.2", "LongBench-Chat", "Qwen2-VL 7B". */
function writtenNameEnd(f: FieldText, m: LexiconMatch): number {
  let end = m.end;
  // The token the match ends in: "SQuAD v2" is matched inside "SQuAD v2.0".
  const tok = f.tokens[tokenIndexAt(f.tokens, m.end - 1)];
  // "Mistral-7B-Instruct-v0.2", "LongBench-Chat": the written compound is the name.
  // "Llama 3.0-based": the version is part of the name, the describing suffix after it is not.
  const described = tok ? /-\p{L}+$/u.exec(f.text.slice(end, tok.end)) : null;
  const tokEnd = tok && described && isAdjectiveSuffix(described[0]) ? tok.end - described[0].length : (tok?.end ?? end);
  const rest = f.text.slice(end, tokEnd);
  if (tokEnd > end && /^(?:[-.\p{N}]|[vV]\d)/u.test(rest) && !isAdjectiveSuffix(rest)) {
    end = tokEnd;
    end += patchSizeAfter(f.text.slice(end, end + 4), f.text.slice(m.start, end)).length;
  }
  if (m.entry.type !== 'Model') return end;
  // "Qwen2-VL 7B", "Llama 3.1 8B Instruct".
  let k = tokenIndexAt(f.tokens, end - 1) + 1;
  while (k > 0 && k < f.tokens.length && continuesModelName(f, end, f.tokens[k]!)) {
    end = f.tokens[k]!.end;
    k++;
  }
  return end;
}

/**
 * The edition written after a benchmark's name, if any: "LiveCodeBench v5" (or "V6"), "AIME'25" (or "AIME '25"),
 * "LibriSpeech test-clean", "ImageNet 256x256": a version, a year, a standard split or an image resolution.
 */
function editionAfter(after: string, further: string): string | null {
  // A bare decimal is an edition only as one digit and a tenth ("AlpacaEval 2.0"): "AIME24 56.7" gives a score.
  const edition = /^(?: (?:(?:19|20)\d{2}|[vV]\d+\.\d+|\d\.\d|[vV]\d+|\d{2,4}\s?[x×]\s?\d{2,4})| ?['’]\d{2}| (?:test|dev)-(?:clean|other))(?![\p{L}\p{N}%-]|\.\d)/u.exec(after);
  if (!edition) return null;
  // "GEdit 6.94→7.25": a decimal an arrow follows is a score that changes, not an edition.
  const score = /^ \d+\.\d+$/.test(edition[0]) && /^\s*(?:→|->)/u.test(further.slice(edition[0].length, edition[0].length + 4));
  return score ? null : edition[0];
}

// A challenge, and its task or track; a task or track alone only after a year ("SemEval-2024 Task 4", not "MMLU Task 2").
const CHALLENGE_AFTER = /^ Challenge(?: (?:Task|Track) \d{1,2}[a-z]?)?(?![\p{L}\p{N}])/u;
const TASK_AFTER = /^ (?:Task|Track) \d{1,2}[a-z]?(?![\p{L}\p{N}])/u;
const EDITION_YEAR = /(?:19|20)\d{2}$/u;

function challengeAfter(name: string, after: string): string | null {
  return CHALLENGE_AFTER.exec(after)?.[0] ?? (EDITION_YEAR.test(name) ? (TASK_AFTER.exec(after)?.[0] ?? null) : null);
}

/** Where an architecture's name ends with a parameter count after it ("Mamba-2.8B", "Mamba-2 2.7B"), else `end`. */
function sizedArchitectureEnd(f: FieldText, start: number, end: number): number {
  const tok = f.tokens[tokenIndexAt(f.tokens, start)];
  // "Mamba-2 2.7B reaches", "RWKV 7B, ...": the count must end the phrase; "LoRA 4M parameters",
  // "Transformer 1B training tokens" count something else.
  const spacedSize = /^ \d+(?:\.\d+)?[BbM](?=[,.;:)]|$|\s+(?:models?|checkpoints?|and|or|is|was|achieves?|reaches|outperforms?|matches|on|with)\b)/u.exec(f.text.slice(end, end + 24));
  if (tok && tok.end > end && /^(?:-\d+(?:\.\d+)?|\.\d+)[BbMm]$/u.test(f.text.slice(end, tok.end))) return tok.end;
  // "Mamba-2 2.7B": the parameter count may stand apart.
  if (tok?.end === end && spacedSize) return end + spacedSize[0].length;
  return end;
}

// The noun after a name that says it names data: "the Vicuna benchmark", "the LLaVA-CoT-100k dataset".
const DATA_NOUN_AFTER = /^\s+(benchmarks?|datasets?|corpus|test set|evaluation set|leaderboard)\b/i;
const dataNounType = (after: string): 'Benchmark' | 'Dataset' | null => {
  const noun = DATA_NOUN_AFTER.exec(after)?.[1];
  return noun === undefined ? null : /dataset|corpus/i.test(noun) ? 'Dataset' : 'Benchmark';
};

/** The candidate of a known name, typed and tied to its family by what the written extent adds. */
function knownNameCandidate(f: FieldText, m: LexiconMatch, x: HitExtent): Candidate {
  const e = m.entry;
  const { start, end, extended, sizedArchitecture, benchHead } = x;
  const surface = f.text.slice(start, end);
  const c: Candidate = {
    field: f.field,
    start,
    end,
    surface,
    sentence: sentenceAt(f, m.start),
    type: e.type,
    name: extended ? surface : e.name,
    source: 'lexicon',
    confidence: e.ambiguous ? 0.75 : extended ? 0.85 : 0.95,
  };
  // "VicunaChat-QA" is a benchmark named after a model, not a variant of it; "CLIP-Image-Score" a measure.
  // "WebShop-Pro", "MMLU-Pro", "LongBench-Chat" stay benchmarks: only a size makes a benchmark's name a
  // model's ("Vicuna-13B").
  const retyped = extended ? suffixType(surface) : null;
  const modelTag = SIZE_TAG.test(f.text.slice(m.end, end));
  if ((retyped === 'Benchmark' || retyped === 'Metric' || (retyped === 'Model' && (e.type === 'Technique' || modelTag))) && e.type !== retyped) c.type = retyped;
  // "the LLaVA-CoT-100k dataset": a new name made from a model's, with the noun saying it is data.
  const dataNoun = benchHead ? dataNounType(benchHead[0]) : extended ? dataNounType(f.text.slice(end, end + 20)) : null;
  if (dataNoun) c.type = dataNoun;
  // "InternVL2-8B" is a variant of InternVL2 itself; "Llama-2-7B-Chat" of Llama 2, as the sized entry says.
  if (sizedArchitecture) {
    c.type = 'Model';
    c.family = e.name;
  } else if (extended && c.type === 'Model' && e.type === 'Model') c.family = e.family && /\d+(?:\.\d+)?[BbMm]\b/.test(e.name) ? e.family : e.name;
  else if (e.family && !benchHead) c.family = e.family;
  if (!extended && e.aliases.length) c.aliases = e.aliases;
  const edition = e.type === 'Benchmark' || e.type === 'Dataset' ? editionKey(surface, e.name) : null;
  if (edition !== null) c.edition = { of: e.name, key: edition };
  // "OpenAI GPT-4V": the lexicon's "OpenAI GPT" (a maker's word before the entry's own name) runs on into a
  // model it knows by itself; that model is named. "Wide ResNet-50" is no maker's alias of ResNet.
  const matched = f.text.slice(m.start, m.end);
  const makersAlias = extended && e.type === 'Model' && entityKey(matched.replace(/^\S+\s+/u, '')) === entityKey(e.name) && /\s/u.test(matched);
  const itself = makersAlias ? matcher().entriesNamed(surface.replace(/^\S+\s+/u, '')).find((k) => k.type === 'Model') : undefined;
  if (itself) {
    c.name = itself.name;
    c.family = itself.family;
  }
  return c;
}

/** The families the lexicon gives above a model family, nearest first; a name met twice ends the walk. */
export function familyLineage(family: string): string[] {
  const lineage: string[] = [];
  const seen = new Set([entityKey(family)]);
  let next = knownModel(family)?.family;
  while (next && !seen.has(entityKey(next))) {
    lineage.push(next);
    seen.add(entityKey(next));
    next = knownModel(next)?.family;
  }
  return lineage;
}

const knownModel = (name: string): LexiconEntry | undefined => matcher().entriesNamed(name).find((e) => e.type === 'Model');

/**
 * "in reasoning, mathematics, and code generation": a common word listed with a known task is that task.
 * "tasks such as OCR, action recognition": a known technique listed as a task is named as one.
 */
function typeListedTasks(f: FieldText, out: Candidate[], listedTasks: readonly ListedTask[], readings: Map<Candidate, readonly LexiconEntry[]>): void {
  for (const c of out) {
    if (c.type !== 'Technique' || !/\btasks\s+(?:such|including|like|e\.g)/u.test(c.sentence.text)) continue;
    // ("tasks like LoRA fine-tuning": a technique that modifies the item's noun is what the task uses.)
    if (TASK_ITEMS_BEFORE.test(f.text.slice(c.sentence.start, c.start)) && ITEM_ENDS.test(f.text.slice(c.end, c.end + 8))) c.type = 'Task';
  }
  const knownTasks = listedTasks.length ? out.filter((c) => c.type === 'Task') : [];
  for (const t of listedTasks) {
    const sentence = sentenceAt(f, t.start);
    const listedWith = knownTasks.some((c) => c.type === 'Task' && c.start >= sentence.start && c.end <= sentence.end && TASK_LIST_GAP.test(c.start > t.end ? f.text.slice(t.end, c.start) : f.text.slice(c.end, t.start)));
    if (!listedWith) continue;
    const c: Candidate = {
      field: f.field, start: t.start, end: t.end, surface: f.text.slice(t.start, t.end), sentence, type: 'Task', name: t.entry.name, source: 'lexicon', confidence: 0.7,
      ...(t.entry.aliases.length ? { aliases: t.entry.aliases } : {}),
    };
    if (t.readings) readings.set(c, t.readings);
    out.push(c);
  }
}

/** Lexicon hits; model and benchmark names written with a variant suffix become that variant. */
export function lexiconCandidates(f: FieldText): Candidate[] {
  const out: Candidate[] = [];
  const listedTasks: ListedTask[] = [];
  // The readings of hits whose form names several kinds, for the candidate written exactly as the form.
  const readings = new Map<Candidate, readonly LexiconEntry[]>();
  for (const m of matcher().match(f.text, f.tokens)) {
    if (skipsHit(f, m, listedTasks)) continue;
    const c = compoundOfKnownTerm(f, m) ?? knownNameCandidate(f, m, hitExtent(f, m));
    if (m.readings && c.start === m.start && c.end === m.end) readings.set(c, m.readings);
    out.push(c);
  }
  typeListedTasks(f, out, listedTasks, readings);
  readAmbiguousByList(f, out, readings);
  readAmbiguousByMeasure(f, readings);
  return out;
}

// "an MAE of 0.019", "MAE = 0.12", "in terms of MAE", "a lower MAE": what has a value or is lowered is a measure.
const VALUE_AFTER = /^\s*(?:of|=|:)?\s*[-−]?\d/u;
const MEASURED_BEFORE = /\b(?:in terms of|lower|higher|reduc\w*|improv\w*)\s+(?:the\s+)?$/i;

/** A name with a measure among its readings ("MAE": masked autoencoder, mean absolute error) takes it where it is measured. */
function readAmbiguousByMeasure(f: FieldText, readingsOf: ReadonlyMap<Candidate, readonly LexiconEntry[]>): void {
  for (const [c, readings] of readingsOf) {
    const measure = c.type !== 'Metric' ? readings.find((e) => e.type === 'Metric') : undefined;
    if (!measure || !(VALUE_AFTER.test(f.text.slice(c.end, c.end + 12)) || MEASURED_BEFORE.test(f.text.slice(Math.max(0, c.start - 30), c.start)))) continue;
    takeReading(c, measure);
  }
}

/**
 * "MHA, MQA, GQA and MLA": a name with readings of several kinds ("GQA" the benchmark and grouped-query
 * attention) listed beside known names of one of those kinds takes that reading.
 */
function readAmbiguousByList(f: FieldText, out: Candidate[], readingsOf: ReadonlyMap<Candidate, readonly LexiconEntry[]>): void {
  for (const [c, readings] of readingsOf) {
    const sentence = c.sentence;
    const siblings = out.filter((o) => o !== c && o.sentence === sentence && TASK_LIST_GAP.test(o.start > c.end ? f.text.slice(c.end, o.start) : f.text.slice(o.end, c.start)));
    const reading = readings.find((e) => e.type !== c.type && siblings.length > 0 && siblings.every((o) => o.type === e.type));
    if (!reading) continue;
    takeReading(c, reading);
  }
}

/** The candidate of an ambiguous name becomes its other reading: that entry's type, name and aliases. */
function takeReading(c: Candidate, reading: LexiconEntry): void {
  c.type = reading.type;
  c.name = reading.name;
  if (reading.aliases.length) c.aliases = reading.aliases;
  else delete c.aliases;
}

// "tasks such as X, Y and": only list items (up to four words each, none a preposition: "LoRA fine-tuning for LLMs and
// diffusion models" is no list of tasks) between the cue and the name.
const ITEM_WORD = String.raw`(?!(?:for|of|on|in|with|to|from|by)\b)[\p{L}\p{N}-]+`;
const TASK_ITEMS_BEFORE = new RegExp(String.raw`\b(?:tasks|sub-?tasks)\s+(?:such as|including|like|e\.g\.,?)\s+(?:${ITEM_WORD}(?:\s+${ITEM_WORD}){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))*$`, 'u');
// The name ends its list item: a comma, a conjunction, a bracket or the sentence's end follows it.
const ITEM_ENDS = /^\s*(?:[,;.)]|(?:and|or)\b|$)/u;

// Between two items of a list, with at most three other one- or two-word items in between.
const TASK_LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[\p{L}-]+(?:\s[\p{L}-]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}$/u;

/**
 * The year or version a written name adds to a known benchmark's, one key however it is spelled ("AIME 2024"
 * and "AIME'24": "24"; "AlpacaEval 2.0" and "AlpacaEval 2": "2"), or null.
 */
export function editionKey(written: string, base: string): string | null {
  const w = entityKey(written);
  const b = entityKey(base);
  const version = /(\d+(?:\.\d+)*)\s*$/u.exec(written)?.[1];
  if (!version || !w.startsWith(b) || !/^v?\d+$/.test(w.slice(b.length))) return null;
  return version.replace(/(?:\.0+)+$/u, '').replace(/^20(\d\d)$/u, '$1');
}
