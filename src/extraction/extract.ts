import type { Paper } from '../reading/paper.js';
import { findAcronymDefinitions, findAliasMarkers, findExpansions, type AcronymDefinition } from './acronyms.js';
import { loadLexicon, type LexiconEntry } from './lexicon.js';
import { LexiconMatcher, type LexiconMatch } from './matcher.js';
import { entityKey } from './normalise.js';
import { findElidedTerms, findPhrases, isGenericHead, isJudgingWord, termHeadType, type CoveredRange } from './phrases.js';
import { isSize, MODEL_VARIANT_WORD, RELEASE_TAIL, RELEASE_WORD, SIZE_TAG } from './releases.js';
import { isFigureAfter } from './figures.js';
import { findResults, type SentenceMention } from './results.js';
import { defaultRole, INTRO_CUE, roleFromContext } from './roles.js';
import { headNounType, isGenericAcronym, isGenericClassName, isNameShaped, isPartWord, isRolePart, suffixType } from './shapes.js';
import { sentencesOf, tokenize, urlSpans, type Sentence, type Token } from './text.js';
import { ROLES, type EntityType, type Evidence, type ExtractedEntity, type ExtractedResult, type PaperExtraction, type Role, type Span, type TextField } from './types.js';
import { isVerbIng, wordClass } from './words.js';

export const EXTRACTOR_VERSION = 'papergraph-extractor/0.99.25';

type Source = 'lexicon' | 'acronym' | 'intro' | 'shape' | 'phrase';

/** One surface form found in the text, before mentions are grouped into entities. */
interface Candidate {
  field: TextField;
  start: number;
  end: number;
  surface: string;
  sentence: Sentence;
  /** null while an unknown name waits for its type from context. */
  type: EntityType | null;
  name: string;
  source: Source;
  confidence: number;
  family?: string;
  aliases?: string[];
  introduced?: boolean;
  /** A term closed by a general noun ("text-prior method"): kept only when introduced. */
  generic?: boolean;
  /** The rule whose name and type this candidate carries, when another rule found the same span. */
  naming?: Source;
  /** Typed by the words around it ("three scenarios: X (XS)"), which outrank its casing. */
  typedByContext?: boolean;
  /** The known benchmark a written year or version makes this an edition of ("AIME24": AIME, "24"). */
  edition?: { of: string; key: string };
}

const SOURCE_RANK: Record<Source, number> = { intro: 0, lexicon: 1, acronym: 2, shape: 3, phrase: 4 };
const NAMING_RANK: Record<Source, number> = { lexicon: 0, acronym: 1, intro: 2, shape: 3, phrase: 4 };

let sharedMatcher: LexiconMatcher | null = null;
function matcher(): LexiconMatcher {
  sharedMatcher ??= new LexiconMatcher(loadLexicon());
  return sharedMatcher;
}

/** Use another lexicon (tests, other domains); the default is data/lexicon of this checkout. */
export function setLexicon(entries: readonly LexiconEntry[]): void {
  sharedMatcher = new LexiconMatcher(entries);
}


/** Field state: its text, tokens and sentences. */
interface FieldText {
  field: TextField;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

function sentenceAt(f: FieldText, pos: number): Sentence {
  let lo = 0;
  let hi = f.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return f.sentences[lo]!;
}

function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

// "Mamba-based", "GPT-style", "RAG-free": the name stays the name, the suffix makes an adjective.
const ADJECTIVE_SUFFIX =
  /^-(?:based|like|style|aware|free|friendly|level|wise|specific|only|oriented|driven|related|centric|agnostic|guided|powered|enhanced|augmented|compatible|generated|scale|sized|size|length|class|type|series|family|\p{Ll}+ed|[Nn]etworks|[Mm]odels|[Aa]gents|[Ss]ystems)$/u;

// "VITS-based", "GPT-style": a name written in front of these suffixes describes something else.
const DESCRIBES_NEXT = /^-(?:based|like|style|aware|free|driven|guided|powered|enhanced|augmented|centric|oriented|specific|inspired|empowered)\b/u;

const TASK_AS_MODIFIER = /^[\s-]+(?:benchmarks?|datasets?|performance|data|pairs|samples|accuracy|scores?)\b/i;
// "text extraction tools", "retrieval patterns", "the answer generation process", "diagnosis rates": a task
// word in front of an artefact, a process or a rate names what that thing does or counts, not a task.
const TASK_DESCRIBES_THING = /^[\s-]+(?:tools?|patterns?|process(?:es)?|pipelines?|modules?|components?|engines?|toolkits?|libraries|library|rates?)\b/i;

// "by fine-tuning video generation models", "fine-tuning the LLM": a training gerund with an object
// is the verb of a clause, not the name of a method.
const TRAINING_GERUND = /^(?:fine-?tuning|pre-?training|post-?training|training|tuning)$/i;
const VERB_OBJECT =
  /^\s+(?:(?:a|an|the|our|its|their|these|this|those|existing|open-source|pretrained|pre-trained|off-the-shelf)\b|(?:[\p{L}\p{N}-]+\s+){0,3}(?:models?|LLMs?|LVLMs?|MLLMs?|LMMs?|VLMs?|LMs?|networks?|encoders?|decoders?|transformers?)\b)/u;
const isVerbWithObject = (surface: string, after: string): boolean => TRAINING_GERUND.test(surface) && VERB_OBJECT.test(after);

// A common word is a technique only where the sentence applies it: "via probing", "using distillation".
const STRONG_TECHNIQUE_CUE = /\b(?:via|using|with|through|apply|applying|applies|employ|employs|employing|adopt|adopts|adopting|by)\s+$/i;

/** "Distil-Whisper", "Med-Llama-3": a name ending in a known model's name is a model made from it. */
function releaseOfKnownModel(name: string): EntityType | null {
  const dash = name.indexOf('-');
  return dash > 0 && namesKnownModel(name.slice(dash + 1)) ? 'Model' : null;
}

/** Is `text` as a whole a known model's name ("Mistral", "Llama-2-7B")? */
function namesKnownModel(text: string): boolean {
  const hit = matcher().match(text, tokenize(text))[0];
  return hit !== undefined && hit.start === 0 && hit.entry.type === 'Model' && /^[-.\p{N}\p{L}]*$/u.test(text.slice(hit.end));
}

/**
 * The type a name's ending gives; a release word on a known method's name ("Adam-mini") keeps the method's
 * kind, and a plain word on a known data set's name keeps the data set's.
 */
function nameEndingType(name: string): EntityType | null {
  const t = suffixType(name);
  // "Recap-DataComp-1B": a plain word before a known data set's counted name makes a new one of its kind,
  // though the count reads like a model's size; "V-NIAH": so does a one- or two-letter modality mark
  // ("KiteNet-COCO", "Kite-MNLI" are models named for their data and keep their type).
  const dash = name.indexOf('-');
  const prefix = dash > 0 ? name.slice(0, dash) : '';
  const variant = /^\p{Lu}{1,2}$/u.test(prefix) || (SIZE_TAG.test(name) && /^\p{Lu}?\p{Ll}+$/u.test(prefix));
  const data = variant ? matcher().entriesNamed(name.slice(dash + 1)).find((e) => e.type === 'Dataset' || e.type === 'Benchmark') : undefined;
  if (data) return data.type;
  if (t !== 'Model' || SIZE_TAG.test(name)) return t;
  const last = name.lastIndexOf('-');
  return last > 0 && matcher().entriesNamed(name.slice(0, last)).some((e) => e.type === 'Technique') ? 'Technique' : t;
}

/** A common task word ("reasoning") that counts only where it is listed with known tasks. */
interface ListedTask {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** Hits that name nothing here: a common word not applied, negated names, words that describe data or a score. */
function skipsHit(f: FieldText, m: LexiconMatch, listedTasks: ListedTask[]): boolean {
  const e = m.entry;
  // A lower-case common word ("reasoning") is an entity only where applied; "o1" with its digit is a name.
  if (e.ambiguous && !/[\p{Lu}\p{N}]/u.test(m.form) && !STRONG_TECHNIQUE_CUE.test(f.text.slice(Math.max(0, m.start - 25), m.start))) {
    if (e.type === 'Task') listedTasks.push({ start: m.start, end: m.end, entry: e });
    return true;
  }
  // "a question-answering benchmark", "QA performance", "2,500 QAs": the task word describes data or a score.
  // "non-BERT baselines": what is negated is not named.
  if (/non-$/i.test(f.text.slice(Math.max(0, m.start - 4), m.start))) return true;
  // "lower precision (bfloat16) formats", "mixed precision": the precision of numbers, not the measure.
  if (e.type === 'Metric' && /^precision$/i.test(m.form) && /\b(?:lower|low|half|mixed|reduced|full|single|double|numerical|floating-point|higher)\s+$/i.test(f.text.slice(Math.max(0, m.start - 16), m.start))) return true;
  if (e.type === 'Task' && (TASK_AS_MODIFIER.test(f.text.slice(m.end, m.end + 16)) || TASK_DESCRIBES_THING.test(f.text.slice(m.end, m.end + 16)) || /^\p{Lu}{2,3}s$/u.test(f.text.slice(m.start, m.end)))) return true;
  if (e.type === 'Technique' && isVerbWithObject(f.text.slice(m.start, m.end), f.text.slice(m.end, m.end + 60))) return true;
  // "a fine-tuning-free approach", "RAG-free": the method named is the one left out.
  if (/^-(?:free|less)\b/u.test(f.text.slice(m.end, m.end + 6))) return true;
  // "GPT-based agents", "LLaMA-style architecture": a model family named as a kind describes the next noun;
  // a release ("Llama 3.0-based") is the model used.
  if (e.type === 'Model' && !/\d/.test(m.form) && /^-(?:based|like|style|powered|inspired|distilled)\b/u.test(f.text.slice(m.end, m.end + 12))) return true;
  return false;
}

/** A known term opening a longer capitalised name: the whole is a new name, or null. */
function compoundOfKnownTerm(f: FieldText, m: LexiconMatch): Candidate | null {
  const e = m.entry;
  // "DAPO-Math-17K", "RAG-Fusion": a known term opening a longer capitalised name is not that name; the
  // whole is a new name, of the kind its ending says, else of the term's kind.
  // "KV Cache-Centric" is an adjective made of the term, and no new name.
  const compound = /^-[\p{Lu}\p{N}]/u.test(f.text.slice(m.end, m.end + 2)) ? f.tokens[tokenIndexAt(f.tokens, m.end)] : undefined;
  const compoundRest = compound ? f.text.slice(m.end, compound.end) : '';
  // "Summarization-Heavy", "LoRA-Adapters": Title Case puts a dictionary word behind the term, no new name.
  const plainRest = /^-\p{L}+$/u.test(compoundRest) && wordClass(compoundRest.slice(1).toLowerCase().replace(/s$/, '')) !== 'unknown';
  if ((e.type === 'Technique' || e.type === 'Task' || e.type === 'Metric') && compound && !ADJECTIVE_SUFFIX.test(compoundRest.toLowerCase()) && !/^-\d+(?:\.\d+)?[BbMm]$/u.test(compoundRest) && (!plainRest || namesKnownModel(compoundRest.slice(1)))) {
    const surface = f.text.slice(m.start, compound.end).replace(/['’]s$/u, '');
    // "LongRoPE-Mistral", "YaRN-Llama-2": a method's name on a known model's names the model it made.
    const onModel = namesKnownModel(surface.slice(m.end - m.start + 1));
    return { field: f.field, start: m.start, end: m.start + surface.length, surface, sentence: sentenceAt(f, m.start), type: onModel ? 'Model' : (suffixType(surface) ?? e.type), name: surface, source: 'shape', confidence: 0.6 };
  }
  return null;

}

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

function hitExtent(f: FieldText, m: LexiconMatch): HitExtent {
  const e = m.entry;
  let end = m.end;
  let extended = false;
  if (e.type === 'Model' || e.type === 'Benchmark' || e.type === 'Dataset') {
    // The token the match ends in: "SQuAD v2" is matched inside "SQuAD v2.0".
    const tok = f.tokens[tokenIndexAt(f.tokens, m.end - 1)];
    // "Mistral-7B-Instruct-v0.2", "LongBench-Chat": the written compound is the name.
    // "Llama 3.0-based": the version is part of the name, the describing suffix after it is not.
    const described = tok ? /-\p{L}+$/u.exec(f.text.slice(end, tok.end)) : null;
    const tokEnd = tok && described && ADJECTIVE_SUFFIX.test(described[0]) ? tok.end - described[0].length : (tok?.end ?? end);
    const rest = f.text.slice(end, tokEnd);
    if (tokEnd > end && /^[-.\p{N}]/u.test(rest) && !ADJECTIVE_SUFFIX.test(rest)) {
      end = tokEnd;
      extended = true;
    }
    if (e.type === 'Model') {
      // "Qwen2-VL 7B", "Llama 3.1 8B Instruct".
      let k = tokenIndexAt(f.tokens, end - 1) + 1;
      while (k > 0 && k < f.tokens.length && f.tokens.length) {
        const next = f.tokens[k]!;
        if (!/^ $/.test(f.text.slice(end, next.start))) break;
        // "GLM-4 1) rivals ...": a number closed by a bracket no "(" before it in the sentence opened numbers a
        // list item ("(GPT-4o and Gemini 2)" closes a bracket around the names).
        if (/^\d+$/.test(next.text) && f.text[next.end] === ')' && !opensBracket(f.text.slice(sentenceAt(f, next.start).start, next.start))) break;
        // "makes ChatGLM2 50% faster", "Llama-2-7B 2.5 times faster": a number with a percent or a factor is a
        // figure, not a size or version ("GPT-4 3 times per sample" counts calls).
        if (/^\d+(?:\.\d+)?$/.test(next.text) && isFigureAfter(f.text.slice(next.end, next.end + 24))) break;
        // "Whisper large-v2": a lower-case size word is a release only with its version.
        // "BitNet b1.58", "BitNet a4.8": a letter before a decimal version tags a release too ("x1.8" is a factor).
        if (!/^(?:tiny|base|small|medium|large)-v\d+$|^[a-wyz]\d+\.\d+$/.test(next.text)) {
          if (!MODEL_VARIANT_WORD.test(next.text)) break;
          if (!isSize(next.text) && !/^(?:v?\d|[A-Z])/.test(next.text)) break;
        }
        end = next.end;
        extended = true;
        k++;
      }
    }
  }
  // "ILSVRC 2015", "MLPerf 1.1": a year or a version written after a known benchmark is part of its name.
  if ((e.type === 'Benchmark' || e.type === 'Dataset') && !extended) {
    // "LiveCodeBench v5" (or "V6"), "AIME'25" (or "AIME '25"), "LibriSpeech test-clean", "ImageNet 256x256": a version, a year, a
    // standard split or an image resolution too.
    const edition = /^(?: (?:(?:19|20)\d{2}|[vV]?\d+\.\d+|[vV]\d+|\d{2,4}\s?[x×]\s?\d{2,4})| ?['’]\d{2}| (?:test|dev)-(?:clean|other))(?![\p{L}\p{N}%-]|\.\d)/u.exec(f.text.slice(end, end + 14));
    // "GEdit 6.94→7.25": a decimal an arrow follows is a score that changes, not an edition.
    const score = edition && /^ \d+\.\d+$/.test(edition[0]) && /^\s*(?:→|->)/u.test(f.text.slice(end + edition[0].length, end + edition[0].length + 4));
    if (edition && !score) {
      end += edition[0].length;
      extended = true;
    }
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
  let sizedArchitecture = false;
  if (e.type === 'Technique') {
    const tok = f.tokens[tokenIndexAt(f.tokens, m.start)];
    // "Mamba-2 2.7B reaches", "RWKV 7B, ...": the count must end the phrase; "LoRA 4M parameters",
    // "Transformer 1B training tokens" count something else.
    const spacedSize = /^ \d+(?:\.\d+)?[BbM](?=[,.;:)]|$|\s+(?:models?|checkpoints?|and|or|is|was|achieves?|reaches|outperforms?|matches|on|with)\b)/u.exec(f.text.slice(end, end + 24));
    if (tok && tok.end > end && /^(?:-\d+(?:\.\d+)?|\.\d+)[BbMm]$/u.test(f.text.slice(end, tok.end))) {
      end = tok.end;
      extended = true;
      sizedArchitecture = true;
    } else if (tok?.end === end && spacedSize) {
      // "Mamba-2 2.7B": the parameter count may stand apart.
      end += spacedSize[0].length;
      extended = true;
      sizedArchitecture = true;
    }
  }
  // "8-bit GaLore", "4-bit Adam": a method run at a bit width is a variant of it, named as written.
  const bitWidth = e.type === 'Technique' ? /(?:^|[\s(])(\d{1,2}-bit )$/u.exec(f.text.slice(Math.max(0, m.start - 8), m.start)) : null;
  const start = bitWidth ? m.start - bitWidth[1]!.length : m.start;
  if (bitWidth) extended = true;
  return { start, end, extended, sizedArchitecture, benchHead };
}

// The noun after a name that says it names data: "the Vicuna benchmark", "the LLaVA-CoT-100k dataset".
const DATA_NOUN_AFTER = /^\s+(benchmarks?|datasets?|corpus|test set|evaluation set|leaderboard)\b/i;

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
  // "VicunaChat-QA" is a benchmark named after a model, not a variant of it.
  // "WebShop-Pro", "MMLU-Pro", "LongBench-Chat" stay benchmarks: only a size makes a benchmark's name a
  // model's ("Vicuna-13B").
  const retyped = extended ? suffixType(surface) : null;
  const modelTag = SIZE_TAG.test(f.text.slice(m.end, end));
  if ((retyped === 'Benchmark' || (retyped === 'Model' && (e.type === 'Technique' || modelTag))) && e.type !== retyped) c.type = retyped;
  // "the LLaVA-CoT-100k dataset": a new name made from a model's, with the noun saying it is data.
  const dataNoun = benchHead ?? (extended ? DATA_NOUN_AFTER.exec(f.text.slice(end, end + 20)) : null);
  if (dataNoun) c.type = /dataset|corpus/i.test(dataNoun[1]!) ? 'Dataset' : 'Benchmark';
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

/**
 * "in reasoning, mathematics, and code generation": a common word listed with a known task is that task.
 * "tasks such as OCR, action recognition": a known technique listed as a task is named as one.
 */
function typeListedTasks(f: FieldText, out: Candidate[], listedTasks: readonly ListedTask[]): void {
  for (const c of out) {
    if (c.type !== 'Technique' || !/\btasks\s+(?:such|including|like|e\.g)/u.test(c.sentence.text)) continue;
    if (TASK_ITEMS_BEFORE.test(f.text.slice(c.sentence.start, c.start))) c.type = 'Task';
  }
  const knownTasks = listedTasks.length ? out.filter((c) => c.type === 'Task') : [];
  for (const t of listedTasks) {
    const sentence = sentenceAt(f, t.start);
    const listedWith = knownTasks.some((c) => c.type === 'Task' && c.start >= sentence.start && c.end <= sentence.end && TASK_LIST_GAP.test(c.start > t.end ? f.text.slice(t.end, c.start) : f.text.slice(c.end, t.start)));
    if (!listedWith) continue;
    out.push({
      field: f.field, start: t.start, end: t.end, surface: f.text.slice(t.start, t.end), sentence, type: 'Task', name: t.entry.name, source: 'lexicon', confidence: 0.7,
      ...(t.entry.aliases.length ? { aliases: t.entry.aliases } : {}),
    });
  }
}

/** Lexicon hits; model and benchmark names written with a variant suffix become that variant. */
function lexiconCandidates(f: FieldText): Candidate[] {
  const out: Candidate[] = [];
  const listedTasks: ListedTask[] = [];
  for (const m of matcher().match(f.text, f.tokens)) {
    if (skipsHit(f, m, listedTasks)) continue;
    out.push(compoundOfKnownTerm(f, m) ?? knownNameCandidate(f, m, hitExtent(f, m)));
  }
  typeListedTasks(f, out, listedTasks);
  return out;
}

// "tasks such as X, Y and": only list items (up to four words each) between the cue and the name.
const TASK_ITEMS_BEFORE = /\b(?:tasks|sub-?tasks)\s+(?:such as|including|like|e\.g\.,?)\s+(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+))*$/u;

// Between two items of a list, with at most three other one- or two-word items in between.
const TASK_LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[\p{L}-]+(?:\s[\p{L}-]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}$/u;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

// Words that may stand between a kind noun and the names it introduces: "benchmarks such as X", "a model called X".
const LIST_OR_NAMING = /^(?:including|such|as|like|e\.g|namely|and|or|called|named|dubbed|termed)$/i;

/** The type the words around a name give it: "the X benchmark", "X, a new dataset", "a framework called X". */
/** A type read from the words around a name; `strong` when the words describe the name itself. */
interface ContextType {
  type: EntityType;
  strong: boolean;
}

// A claim of doing better than something, right after a name ("reaches 0.8" or "reduces toxicity" is said of data and measures too).
const OUTPERFORMS_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:outperforms|surpasses|improves|beats|accelerates|speeds up)\b/u;
// What a sized model line scores: "Kite-L achieves 52.1 AP" (a size letter makes it a model whatever it does).
const SCORES_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:achieves|attains|reaches|obtains|scores)\b/u;
// "TetraLong" beside "TetraLong-8B": a parameter count after another mention of the name.
const SIZED_AFTER = /^[-\s](?:\d+x)?\d+(?:\.\d+)?B(?![\p{L}\p{N}-])/u;

function typeFromContext(f: FieldText, start: number, end: number, shortForm = false): ContextType | null {
  const strong = (type: EntityType): ContextType => ({ type, strong: true });
  const weak = (type: EntityType): ContextType => ({ type, strong: false });
  const i = tokenIndexAt(f.tokens, start);
  const j = tokenIndexAt(f.tokens, end - 1);
  if (i < 0 || j < 0) return null;
  const sentence = sentenceAt(f, start);
  // After the name: the next word, or an appositive "X, a (new ...) benchmark".
  const next = f.tokens[j + 1];
  if (next && next.start < sentence.end && /^\s+$/.test(f.text.slice(end, next.start))) {
    const t = headNounType(next.text);
    // "the DexWorld tasks", "Atari games": a suite named by its tasks is a benchmark; the tasks are its items.
    if (t === 'Task' && /s$/i.test(next.text)) return strong('Benchmark');
    if (t) return strong(t);
  }
  // "X (XS), a new benchmark", "Continuous Autoregressive Language Models (CALM), a paradigm": the appositive
  // after a short form's bracket describes the name it abbreviates ("a dataset (QuillSet), a model (KiteLM)"
  // lists things instead).
  const written = f.text.slice(end, next?.start ?? end);
  const abbreviates = shortForm || /\p{Lu}[\p{L}\p{N}-]*\s*\($/u.test(f.text.slice(Math.max(0, start - 40), start));
  const gap = abbreviates && f.text[start - 1] === '(' && written.startsWith(')') ? written.slice(1) : written;
  // "On X, Y raises ...": the comma closes an opening phrase; what follows is the clause, not an appositive.
  const opening = i >= 1 && f.tokens[i - 1]!.start <= sentence.start + 1 && wordClass(f.tokens[i - 1]!.text) === 'prep';
  if (next && !(opening && /^\s*,/.test(gap)) && /^\s*(?:,|\(|—|–|-{1,2})\s*/.test(gap) || (next && f.field === 'abstract' && /^\s*:/.test(gap)) || (next && /^(?:is|are)$/i.test(next.text))) {
    // The head of the appositive noun phrase is its last head noun: "X, a novel LLM training framework".
    let found: EntityType | null = null;
    let family = false;
    for (let k = j + 1; k < Math.min(f.tokens.length, j + 12); k++) {
      const t = f.tokens[k]!;
      if (t.start >= sentence.end) break;
      const between = f.text.slice(f.tokens[k - 1]!.end, t.start);
      // "X, a Text-to-Speech (TTS) model": a short form in brackets does not end the phrase.
      const shortFormEnds = (): boolean => /^\)\s+$/.test(between) && k >= 2 && /\(\s*$/.test(f.text.slice(f.tokens[k - 2]!.end, f.tokens[k - 1]!.start));
      const ownBracket = k === j + 1 && gap !== written;
      if ((/[;.:)]/.test(between) && !shortFormEnds() && !ownBracket) || (found && /,/.test(between))) break;
      if (/^(?:of)$/i.test(t.text) && /^(?:series|family|suite|set|collection)$/i.test(f.tokens[k - 1]!.text)) {
        family ||= /^family$/i.test(f.tokens[k - 1]!.text);
        continue;
      }
      // "X, which finetunes an LLM": a relative clause says what X does, not what X is; "X, and a 0.9B
      // parser ..." coordinates another thing.
      if (/^(?:which|that|who|where|whose)$/i.test(t.text) || (k === j + 1 && /^(?:and|or|but|while|whereas)$/i.test(t.text))) break;
      const head = headNounType(t.text);
      if (head) {
        // "X, a comprehensive evaluation framework": a framework for evaluating is a benchmark.
        // ("a human-aligned evaluation method" is a method).
        found = /^frameworks?$/i.test(t.text) && /^(?:evaluation|benchmarking)$/i.test(f.tokens[k - 1]!.text) ? 'Benchmark' : head;
        continue;
      }
      // "X, a family of 1.5B and 7B models", "X, a large-scale and carefully balanced dataset": words joined
      // inside the phrase, before its noun, do not end it.
      if (/^(?:and|or)$/i.test(t.text) && (isSize(f.tokens[k - 1]!.text) || !found)) continue;
      const c = wordClass(t.text);
      if (k > j + 1 && (c === 'verb' || c === 'prep' || c === 'pron' || c === 'conj')) break;
      // "The proposed approach, X, uses a language model": a verb in "-s" right after the comma makes X its
      // subject; the noun phrase after it is the object, not what X is.
      if (k === j + 1 && c === 'verb' && /\p{Ll}s$/u.test(t.text) && /,/.test(gap)) break;
      if (c === 'gerund' && (k === j + 1 || /,/.test(between))) break; // "X, enabling ..." but not "X, a training method"
      // "X, a new benchmark featuring complex tasks": a participle after the phrase's noun starts what it does.
      // ("an LLM training framework": a gerund before a noun heads nothing).
      if (found && /\p{Ll}ing$/u.test(t.text) && (c === 'gerund' || c === 'verb' || c === 'unknown') && !headNounType(f.tokens[k + 1]?.text ?? '')) break;
    }
    // "X, a family of generalist vision encoders": a family of trained components is a model family.
    if (found) return strong(family && found === 'Technique' ? 'Model' : found);
  }
  // "results on X", "evaluated on X and Y": an unknown name measured on is a benchmark.
  const prevText = f.text.slice(Math.max(sentence.start, start - 40), start);
  // "On X and Y, our model ..." opens a sentence as often as "results on X" ends one.
  // "ranks 1st in X", "placing second on the X leaderboard": a ranking is read off a benchmark.
  if (/\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|top(?:s|ped)?)\s+(?:[\p{L}\p{N}/]+\s+){0,2}(?:in|on)\s+(?:the\s+)?$/u.test(prevText) && /^[\p{Lu}\p{N}]/u.test(f.text[start] ?? '')) {
    return weak('Benchmark');
  }
  // A list closed by "and" ends there: in "On X and Y, Z improves", Z is the subject, not a third item.
  const listed = /\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?(?:[\p{L}\p{N}-]+,\s*)*(?:[\p{L}\p{N}-]+,?\s+and\s+)?$/u.exec(prevText);
  if (listed && /\b(?:evaluat|experiment|result|test|perform|benchmark|accura|score|achiev|outperform|surpass|improv)/i.test(sentence.text)) {
    // "Fine-tuning X on GSM8K, Kite attains ...": after an opening phrase's comma, a name the list does not
    // go on from is the clause's subject ("Experiments on QuoRef, HotPot show ..." lists both).
    const opener = f.tokens[tokenIndexAt(f.tokens, sentence.start)] ?? f.tokens.find((t) => t.start >= sentence.start);
    const opensWithPhrase = opener !== undefined && (/^\p{L}[\p{L}-]*ing$/u.test(opener.text) || wordClass(opener.text) === 'prep');
    const goesOn = !opensWithPhrase || !/,\s*$/.test(listed[0]) || /^\s*(?:,|\(|and\b|or\b)/.test(f.text.slice(end, end + 5));
    if (goesOn && /^[\p{Lu}\p{N}]/u.test(f.text[start] ?? '')) return weak('Benchmark');
  }
  // Before the name: "a new benchmark called X", "the benchmark X".
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = f.tokens[k]!;
    if (t.start < sentence.start) break;
    const head = headNounType(t.text);
    if (head) {
      // "the Defects4J dataset demonstrates X's": a plain word right after the noun ends the noun's phrase.
      const next = f.tokens[k + 1]!;
      const names = k === i - 1 || LIST_OR_NAMING.test(next.text) || isNameShaped(next.text) || /^\s*[,(:]/.test(f.text.slice(t.end, next.start));
      return names ? weak(head) : null;
    }
    // "techniques, including H2O and CaM", "two subsets, X and Y": look through the list; a name not
    // followed by a list mark ends it ("the benchmark AIME demonstrate X's": the noun is AIME's).
    if (LIST_OR_NAMING.test(t.text)) continue;
    if (isNameShaped(t.text)) {
      const after = f.tokens[k + 1]!;
      if (/^\s*[,/]\s*$/.test(f.text.slice(t.end, after.start)) || /^(?:and|or)$/i.test(after.text)) continue;
      break;
    }
    const c = wordClass(t.text);
    // "on the X benchmark, where it outperforms Y": a clause boundary or a comparison ends the phrase
    // the name belongs to; the noun before it describes something else.
    if (c === 'verb' || c === 'prep' || c === 'gerund' || c === 'pron' || /^(?:outperform|surpass|beat|exceed|rival)\w*$/i.test(t.text)) break;
  }
  // As the clause's subject only ("adding MathPile improves ..." is said of something else): "Kite-L outperforms",
  // "Kite-L achieves" make a model ("-T", "-L": the size letters of a model line); "TetriInfer improves TTFT" a
  // method, unless the name has a sized release elsewhere ("Kite" beside "Kite-8B"), which it is left to.
  const before = i > 0 && f.tokens[i - 1]!.start >= sentence.start ? f.tokens[i - 1]!.text : '';
  const subject = !before || /^(?:and|that|which|while|whereas|but|then|thus|hence|finally|overall|notably|moreover|further|furthermore|specifically|also)$/i.test(before) || /[,;:]\s*$/u.test(f.text.slice(Math.max(sentence.start, start - 3), start));
  if (!subject) return null;
  const after = f.text.slice(end, Math.min(sentence.end, end + 40));
  const name = f.text.slice(start, end);
  const doesBetter = OUTPERFORMS_AFTER.test(after);
  if (/-(?:T|S|B|L|H|G|N|XL)$/u.test(name) && (doesBetter || SCORES_AFTER.test(after))) return weak('Model');
  if (!doesBetter || occurrences(f, name).some((o) => SIZED_AFTER.test(f.text.slice(o.end, o.end + 12)))) return null;
  return weak('Technique');
}

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

/** Generic plural class names ("Large Vision-Language Models") are never entities. */
function isGenericLongForm(long: string, short: string): boolean {
  const last = long.trim().split(/[\s-]+/).pop() ?? '';
  if (/^(?:models|llms|networks|systems|methods|approaches|tasks|agents)$/i.test(last)) return true;
  // "Electronic Health Records (EHRs)": a plural capitalised long form with a plural short form names a
  // kind of thing; "Low Rank Adapters (LoRA)" names one method whose parts are plural.
  if (/^\p{Lu}\p{Ll}+s$/u.test(last) && !/ss$/.test(last) && /s$/.test(short)) return true;
  return /\blanguage models?$/i.test(long.trim());
}

/** Word stems of a long form, for comparing two spellings of one name ("optimisation", "optimization"). */
const stems = (text: string): string[] =>
  text.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2 && !FUNCTION_WORD.test(w)).map((w) => w.slice(0, 4));
const FUNCTION_WORD = /^(?:and|the|for|from|with|via|into|onto|over|using|based)$/;

/**
 * A known acronym none of whose spelled-out names in the lexicon is the text's long form: written with as
 * many words, one word differs ("Large Reasoning Models" is not "Large Reconstruction Model"); otherwise
 * no word is shared ("Dynamic Memory Compression", "DeepMind Control Suite").
 */
function expandsOtherwise(known: Candidate, long: string): boolean {
  const names = [known.name, ...(known.aliases ?? [])];
  const expansions = names.filter((x) => /\s/.test(x.trim()));
  // "Video large language models (VLLMs)": a name the lexicon knows only as a word of its own casing
  // ("vLLM"), written with other capitals, is the paper's acronym for something else.
  if (expansions.length === 0) return !names.some((x) => x === known.surface.replace(/s$/, '') || x === known.surface);
  const words = stems(long);
  return expansions.every((x) => {
    const other = stems(x);
    return other.length === words.length ? other.some((w, k) => w !== words[k]) : !other.some((w) => words.includes(w));
  });
}

/**
 * A paper that spells an acronym out anew means its own thing: every lexicon reading of that acronym
 * (singular or plural) whose spelled-out names share no word with the text's goes. True when it blocked.
 */
function blockOtherReadings(candidates: readonly Candidate[], blocked: Span[], field: TextField, d: AcronymDefinition): boolean {
  const known = candidates.find((c) => c.field === field && c.source === 'lexicon' && c.start === d.short.start);
  if (!known || !expandsOtherwise(known, d.long.text)) return false;
  blockReading(candidates, blocked, d, known.name);
  return true;
}

/** Drop the lexicon's reading `name` of an acronym wherever the paper writes it. */
function blockReading(candidates: readonly Candidate[], blocked: Span[], d: AcronymDefinition, name: string): void {
  const forms = new Set([d.short.text, d.short.text.replace(/s$/, '')]);
  for (const c of candidates) if (c.source === 'lexicon' && forms.has(c.surface.replace(/s$/, '')) && c.name === name) blocked.push({ field: c.field, start: c.start, end: c.end });
}

/** The lexicon entry that has the acronym as a form and a spelled-out form with the long form's word stems. */
function spelledReading(d: AcronymDefinition): { type: EntityType; name: string } | undefined {
  const readings = matcher().entriesNamed(d.short.text);
  if (readings.length === 0) return undefined;
  const words = stems(d.long.text).join(' ');
  return readings.find((e) => [e.name, ...e.aliases].some((x) => /\s|-/.test(x.trim()) && stems(x).join(' ') === words));
}

/** A lower-case hyphenated compound ("key-value", "Out-Of-Distribution") before a plain noun ("pairs"): it describes the noun. */
const isDescribingCompound = (long: string, next: string): boolean =>
  (/^\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)+$/u.test(long) || /^\p{L}+(?:-\p{L}+)*-(?:of|to|the|for)-\p{L}+$/iu.test(long)) &&
  /^\p{Ll}+$/u.test(next) && ['noun', 'unknown', 'adj'].includes(wordClass(next));

/** The type of an acronym's long form from its last word ("... Utilization" → Metric). */
function longFormType(long: string): EntityType | null {
  // "Critical Assessment of protein Structure Prediction", "International Olympiad in Informatics": the noun
  // before "of" or "in" heads the name.
  const head = /^(?:\S+\s+){0,3}?(\S+)\s+(?:of|in)\s/u.exec(long.trim())?.[1]?.toLowerCase();
  if (head && /^(?:assessment|competition|challenge|benchmark|suite|olympiad)$/.test(head)) return 'Benchmark';
  // "NaturalCodeBench (NCB)": a one-word CamelCase long form is typed by its ending, as a name is ("Self-Chat
  // (SC)", dictionary words hyphened, is not a name's ending).
  const ending = /^\p{Lu}[\p{L}\p{N}]*$/u.test(long.trim()) ? suffixType(long) : null;
  if (ending) return ending;
  const last = (long.trim().split(/[\s-]+/).pop() ?? '').toLowerCase();
  if (/^(?:benchmark|bench|suite|leaderboard|test|challenge|exam|examination|arena|competition|olympiad)$/.test(last)) return 'Benchmark';
  if (/^(?:dataset|corpus|collection)$/.test(last)) return 'Dataset';
  if (/^(?:model|transformer|network|llm)$/.test(last)) return 'Model';
  if (/^(?:score|rate|utili[sz]ation|accuracy|error|distance|ratio|precision|recall|similarity|index|measure|metric|latency|throughput)$/.test(last)) return 'Metric';
  // "job completion time (JCT)": a time a run takes, measured.
  if (/\b(?:completion|response|inference|wall-clock|running|execution)\s+time$/i.test(long.trim())) return 'Metric';
  if (/(?:understanding|answering|generation|reasoning|summari[sz]ation|recognition|classification|retrieval|captioning|translation|completion|extraction|detection|segmentation|comprehension|modell?ing|learning|prediction|inference)$/.test(last)) return 'Task';
  if (/^(?:tasks?|subtasks?|sub-tasks?|problems?)$/.test(last)) return 'Task';
  return 'Technique';
}

// Whole research fields are no task of a paper ("advances in machine learning").
const RESEARCH_FIELD = /^(?:machine learning|deep learning|statistical learning|natural language processing|computer vision|artificial intelligence|data science|data mining|signal processing)$/i;

// "tasks like X", "applications such as A, B or X", "scenarios: X": X is named as a task.
const TASK_CONTEXT_BEFORE = /\b(?:tasks?|sub-?tasks?|applications?|scenarios|use cases|problems)\b[^.;:]{0,30}?(?:\b(?:such as|like|including|e\.g\.,?|namely)|:)\s+[^.;:]*$/i;
// "three scenarios: X (XS), Y (YS)", "tasks such as X (XS)": items of a list of tasks or settings are tasks.
const TASK_LIST_BEFORE = /\b(?:tasks|sub-?tasks|scenarios|settings|abilities|capabilities|skills)\s*(?::|,?\s+(?:such as|including|namely|like))\s+[^.;:]*$/i;

// "LongBench: A Bilingual ..." — the name before a title's colon is the paper's own contribution.
function titleName(title: string): { start: number; end: number; verbLike: boolean } | null {
  const colon = title.indexOf(':');
  const head = colon > 0 ? title.slice(0, colon) : (/^(.+?)\s+Technical Report\b/i.exec(title)?.[1] ?? '');
  // "Phi-9 Technical Report: ...": the report is about the name before it.
  // "xGen-MM (BLIP-3): ...": the name before its bracketed other name.
  const trimmed = head.trim().replace(/\s+(?:Technical|Tech)\s+Report$/i, '').replace(/\s*\([^()]*\)$/u, '');
  // "s1: Simple test-time scaling": a lower-case name carries a digit.
  if (!trimmed || trimmed.split(/\s+/).length > 5 || !/\p{Lu}|\p{L}-?\p{N}/u.test(trimmed)) return null;
  // "From Hours to Minutes: ...": a question or a journey before the colon, not a name.
  // "Don't Do RAG: ...": an imperative or a negation is advice, not a name.
  if (/^(?:a|an|the|on|from|towards?|beyond|why|how|what|when|is|are|can|do|does|let['’]s|stop|never|(?:do|does|can|is|are|wo)n['’]t)(?![\p{L}\p{N}'’])/iu.test(trimmed)) return null;
  // "X Memorizes, Y Generalizes": a clause or a list before the colon, not a name; "o3-mini vs DeepSeek-R1": a match-up.
  if (trimmed.includes(',') || /\s(?:vs\.?|versus)\s/iu.test(trimmed)) return null;
  // "Understanding X", "Rethinking X": a title opening with a verb's -ing form studies X, it does not name it.
  const opening = /^(\p{Lu}\p{Ll}+ing)\s/u.exec(trimmed)?.[1];
  if (opening && isVerbIng(opening)) return null;
  // A name, not a phrase: "Challenges in Deploying X" has prepositions and verbs, a name has neither.
  const words = trimmed.split(/\s+/);
  // "Instruction Pre-Training", "Critique Fine-Tuning": a training noun hyphened to its kind is a method's name.
  const verbal = (w: string): boolean => !/-(?:Training|Tuning|Learning)$/.test(w) && (['prep', 'verb', 'gerund', 'conj', 'det'].includes(wordClass(w)) || /ing$/i.test(w));
  // "Late Chunking", "Judge Decoding": a closing -ing word after nouns and adjectives is the head noun of a
  // name; before a term's head noun ("Decoding") a word that can be a verb is its modifier.
  const last = words.length - 1;
  const headed = termHeadType(words[last]!) !== null;
  const noun = (w: string, k: number): boolean => (k === last ? /ing$/i.test(w) : headed && wordClass(w) === 'verb') && !['prep', 'conj', 'det'].includes(wordClass(w));
  const plainWords = words.length > 1 && !words.some(isNameShaped);
  if (plainWords && words.some((w, k) => verbal(w) && !noun(w, k))) return null;
  const start = title.indexOf(trimmed);
  // Such a name could as well be a topic ("Speculative Decoding: A Survey") or a slogan ("Keep Learning: ..."):
  // the caller asks the abstract.
  return { start, end: start + trimmed.length, verbLike: plainWords && words.some(verbal) };
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
function titleNameSpans(title: FieldText, abstract: FieldText | undefined): IntroSpan[] {
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
  return release ? spans.map((sp) => (sp.type ? sp : { ...sp, type: 'Model' as const })) : spans;
}

/** Type of a title name from the rest of the title ("...: A Benchmark for ..."). */
// ": An Open Source Language Model Specialized in Evaluating ...": a rest whose head noun phrase (the words
// before its first preposition) ends in a model noun says the name is a model, whatever the rest goes on
// to do; "A Benchmark for Large Language Models" is headed by "Benchmark", "Model Merging at Scale" by
// "Merging", and "Can LLMs Serve as ..." asks a question.
// "On-device language model for ...": a preposition hyphened into a word is no preposition.
const TITLE_REST_HEAD = /^\s*((?:(?!(?:for|of|on|in|with|to|via|at|from|by|through|towards?|beyond|under|without|over|across|using|into|and)\b(?!-))[\p{L}\p{N}'’-]+\s*){1,8})/iu;
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
  if (!two || !isNameOfWords(two[1]!) || !isNameOfWords(two[2]!)) return [{ ...tn, field: 'title', type: typeFromTitleRest(rest), primary: true }];
  // "X and Y: A Benchmark and a Model for ...": each name its kind; one kind for both otherwise.
  const kinds = rest.split(/\s+and\s+/u);
  const [firstType, secondType] = kinds.length === 2 ? kinds.map(typeFromTitleRest) : [typeFromTitleRest(rest), typeFromTitleRest(rest)];
  const second = tn.start + two[0].lastIndexOf(two[2]!);
  return [
    { start: tn.start, end: tn.start + two[1]!.length, field: 'title', type: firstType ?? null, primary: true },
    { start: second, end: second + two[2]!.length, field: 'title', type: secondType ?? null, primary: true },
  ];
}

function typeFromTitleRest(rest: string): EntityType | null {
  const head = TITLE_REST_HEAD.exec(rest.replace(/^\s*:/u, ''))?.[1]?.trim() ?? '';
  if (HEADED_BY_MODEL.test(head)) return 'Model';
  // "A Family of Fully Open Unified Multimodal Models—Architecture, Training and Dataset": what the family is of.
  if (FAMILY_OF_MODELS.test(rest)) return 'Model';
  // "...: Build Data Flywheel for LLMs via Simulated Chatbot Arena": the means says nothing of what the name is ("with a
  // Large-Scale Dataset", "Through a Dataset of Puzzles" often do).
  const said = rest.split(/\b(?:via|using)\b/iu)[0]!;
  if (/\b(?:benchmark(?:ing|s)?|evaluat\w*|test suite|leaderboard|arena)\b/i.test(said)) return 'Benchmark';
  if (/\b(?:dataset|corpus)\b/i.test(said)) return 'Dataset';
  if (/\b(?:technical report)\b/i.test(rest)) return 'Model';
  return null;
}

/** Every occurrence of `name` written as a whole word in a field. */
function occurrences(f: FieldText, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!name) return out;
  for (let at = f.text.indexOf(name); at >= 0; at = f.text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!isWordChar(f.text[at - 1]) && !isWordChar(f.text[end])) out.push({ start: at, end });
  }
  return out;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * "a High-resolution DocReader module", "Med-Owl Multimodal (Med-Owl M)": Title-Case words written
 * right against a new name, inside the noun phrase, are part of it.
 */
function capitalisedAround(f: FieldText, hit: Candidate, anchor: number): { start: number; end: number; type?: EntityType } {
  const titleWord = (t: Token | undefined): t is Token =>
    t !== undefined &&
    /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(t.text) &&
    !DESCRIBES_NEXT.test(t.text.slice(t.text.lastIndexOf('-'))) &&
    !['det', 'prep', 'pron', 'conj', 'verb', 'adv'].includes(wordClass(t.text)) &&
    sentenceAt(f, t.start).start !== t.start;
  let start = hit.start;
  let end = hit.end;
  let k = tokenIndexAt(f.tokens, hit.start) - 1;
  for (let n = 0; n < 3 && titleWord(f.tokens[k]) && f.tokens[k]!.start >= anchor && /^ $/.test(f.text.slice(f.tokens[k]!.end, start)); n++, k--) start = f.tokens[k]!.start;
  k = tokenIndexAt(f.tokens, hit.end - 1) + 1;
  for (let n = 0; n < 2 && titleWord(f.tokens[k]) && /^ $/.test(f.text.slice(end, f.tokens[k]!.start)) && /^\s*[(,]/.test(f.text.slice(f.tokens[k]!.end)); n++, k++) end = f.tokens[k]!.end;
  // A known model's name grown by a Title-Case word ("Med-Owl Multimodal") is a new model of that line.
  const grown = start < hit.start || end > hit.end;
  return grown && hit.source === 'lexicon' && hit.type === 'Model' ? { start, end, type: 'Model' } : { start, end };
}

// Class words and "Language Model", or any plural "... Language Models": a class of models, not a name.
const CLASS_OF_LANGUAGE_MODELS = /^(?:(?:Multimodal|Multi-Modal|Large|Small|Vision|Visual|Vision-Language|Pretrained|Pre-trained|Foundation)\s+)*Language Models?$|\bLanguage Models$/u;

/** A capitalised run right after an introducing cue: "we propose Folded Attention, ...". */
function capitalisedRun(f: FieldText, from: number, limit: number): { start: number; end: number } | null {
  let k = tokenIndexAt(f.tokens, from);
  if (k < 0) {
    k = f.tokens.findIndex((t) => t.start >= from);
    if (k < 0) return null;
  }
  // "we propose the Adaptability metric", "we present a novel Shifted Thinking Window": step over an article
  // and the word that calls the thing new.
  if (/^(?:a|an|the)$/i.test(f.tokens[k]!.text) && k + 1 < f.tokens.length) k++;
  const calledNew = /^(?:novel|new)$/.test(f.tokens[k]!.text) && /^(?:a|an|the)$/i.test(f.tokens[k - 1]?.text ?? '') && k + 1 < f.tokens.length;
  if (calledNew) k++;
  const first = f.tokens[k]!;
  const dash = first.text.lastIndexOf('-');
  if (dash > 0 && DESCRIBES_NEXT.test(first.text.slice(dash))) return null;
  if (first.start >= limit || !/^\p{Lu}/u.test(first.text) || first.text.length < 2 || !/^\s*(?:(?:a|an|the)\s+(?:(?:novel|new)\s+)?)?["“'‘]?$/iu.test(f.text.slice(from, first.start))) return null;
  // "we propose a KV sharing variant": a part named by its role names no new thing.
  if (isRolePart(first.text)) return null;
  let end = first.end;
  for (let n = k + 1; n < f.tokens.length && n < k + 4; n++) {
    let t = f.tokens[n]!;
    // "the Curse of Depth", "Chain of Spreadsheet": "of" between capitalised words stays inside the name.
    if (t.text === 'of' && n + 1 < f.tokens.length && /^\p{Lu}/u.test(f.tokens[n + 1]!.text) && /^ $/.test(f.text.slice(end, t.start))) t = f.tokens[++n]!;
    if (t.start >= limit || !/^ $/.test(f.text.slice(f.tokens[n - 1]!.end, t.start)) || !/^[\p{Lu}\p{N}]/u.test(t.text)) break;
    // "we train PPO 4M parameters": a count followed by what it counts is no part of the name.
    if (isSize(t.text) && /^\s+\p{Ll}/u.test(f.text.slice(t.end, t.end + 3))) break;
    end = t.end;
  }
  // "we finetune LLMs on ...", "we train a Multimodal Large Language Model to ...", "Continuous Autoregressive
  // Language Models": a class of models is no new name ("The AI Scientist", "Kite Language Model" are names).
  if (end === first.end && (isGenericAcronym(first.text) || isGenericClassName(first.text))) return null;
  if (CLASS_OF_LANGUAGE_MODELS.test(f.text.slice(first.start, end))) return null;
  // "a novel RLHF study": after "a novel", a name with a noun after it describes that noun, the new thing.
  if (calledNew && !/^(?:\s*[,(.;:]|\s+(?:for|to|that|which|with)\b|$)/u.test(f.text.slice(end, end + 8))) return null;
  // "called the Time series Pile": a plain word whose name goes on in lower case cannot be told apart.
  if (end === first.end && wordClass(first.text.toLowerCase()) !== 'unknown' && /^ \p{Ll}+\b/u.test(f.text.slice(end, end + 20))) return null;
  return { start: first.start, end };
}

interface IntroSpan {
  start: number;
  end: number;
  field: TextField;
  type: EntityType | null;
  /** The paper's main contribution (title name, "we introduce X"), not one of its parts. */
  primary: boolean;
}

// Nouns of a study the paper runs: "a replication study of BERT", "a novel human-in-the-loop study".
const STUDY_WORDS = 'study|studies|analysis|analyses|investigation|replication|evaluation|survey|comparison|examination|reproduction|experiments?';
const STUDY_NOUN = new RegExp(`^(?:${STUDY_WORDS})$`, 'i');
const STUDY_OF = new RegExp(`\\b(?:${STUDY_WORDS})\\s+of\\b`, 'i');

/** Words between a cue and a name that keep the name the cue's object: "a novel, efficient framework, ". */
function isNounPhraseGap(gap: string, beforeKindNoun = false): boolean {
  // "three evaluation settings: X, Y and Z" — a colon may end the gap, never sit inside it.
  if (/[.;]/.test(gap) || /:(?!\s*$)/.test(gap)) return false;
  const words = gap.split(/[\s,():]+/);
  const capital = (w: string | undefined): boolean => w === undefined || w === '' || /^\p{Lu}/u.test(w);
  for (const [k, w] of words.entries()) {
    if (!w || /^(?:of|a|an|the|our|its|new|novel)$/i.test(w) || w.includes('-') || headNounType(w) || /^\p{Lu}/u.test(w)) continue;
    // "Agents Grounded in Persistent Memory (X)": a small word inside a Title-Case name, after one of its
    // words ("we developed for X" has none).
    if (/^(?:with|for|in|on|and|to|via)$/.test(w) && k > 0 && words[k - 1] !== '' && capital(words[k - 1]) && capital(words[k + 1])) continue;
    const c = wordClass(w);
    if (c === 'verb' || c === 'prep' || c === 'conj' || c === 'pron' || c === 'adv') return false;
    // "a new benchmark covering camera pose estimation": what the new thing covers is not the new thing
    // (before the kind noun itself, "a model merging approach", the gerund is a modifier).
    if (!beforeKindNoun && c === 'gerund' && k > 0 && headNounType(words[k - 1] ?? '')) return false;
  }
  return true;
}

// "our method, TokenSieve,", "the proposed framework, X": X is the paper's own.
// The noun is lower case: "Our Benchmark, Training Dataset, and Model are available" lists artefacts.
// "our fine-tuned model SWE-Llama": the name may follow the noun without a comma.
const OUR_NOUN =
  /\b(?:[Oo]ur|[Tt]he proposed|[Tt]he resulting|[Tt]he final)\s+(?:[\w-]+\s+){0,3}?(?:method|model|approach|framework|system|benchmark|dataset|technique|algorithm|pipeline|architecture|solution|suite|library|agent)(?:\s*[,:]\s*|\s+)/gu;
// "our Mamba-3B model", "our NCF framework": a name between "our" and what it is.
const OUR_NAMED =
  /\b[Oo]ur\s+(?:(?:new|own|proposed|novel)\s+)?(?=\S+\s+(?:method|model|approach|framework|system|benchmark|dataset|technique|algorithm|pipeline|architecture|suite|library|agent)s?\b)/gu;
// "our new Colossal Clean Crawled Corpus (C4)", "Our latent diffusion models (LDMs)": a name the paper
// defines right after "our" is its own.
const OUR_DEFINED = /\b[Oo]ur\s+(?:(?:new|own|proposed|novel)\s+)?/gu;
// "denoted as X", "referred to as X", "a novel strategy, namely X", "a new proposed X": a name being given.
const NAME_GIVEN =
  /\b(?:denoted as|referred to as|(?:our|the) (?:newly )?proposed|(?<!so-|commonly |often |also |usually )(?:called|named|dubbed|termed)|(?:a|an) (?:novel|new) (?:[\w-]+\s+){0,3}?(?:benchmark|dataset|corpus|method|framework|model|approach|technique|algorithm|metric|system|pipeline|architecture)\s*,|(?:novel|new|proposed)\s+(?:[\w-]+,?\s+){0,4}?(?:called|named|dubbed|termed|namely)|(?:introduces|proposes|presents|introduced|proposed)\s+(?:a|an)\s+(?:novel|new)(?:\s+proposed)?|a new proposed)\s+/gi;
// "which we call X", "We call the resulting model X", "which we name X": a name the paper gives.
const WE_NAME = /\bwe (?:call|name|dub|term|coin)(?:\s+(?:it|this|them|these|the (?:resulting|new|final|proposed) [\w-]+|our (?:[\w-]+ )?[\w-]+))?\s+/gi;
// "LM-Infinite, which involves only A and B": the parts of the paper's own method are its own too.
const COMPONENTS_CUE = /\b(?:involves|consists of|comprises|is composed of|includes|including|incorporates|features|contains)\b(?:\s+(?:only|two|three|four|several|key|main|core|novel|components?|modules?|parts?|techniques?)\b|[:,])*\s*/gi;
const TRAINED_CUE = /\bwe (?:also |further |then )?(?:train|trained|fine-tune|fine-tuned|finetune|finetuned|pre-train|pre-trained|pretrain|pretrained)\s+/gi;
// "(1) ", "(ii) ", "2) ": the markers of a numbered list inside a sentence.
const ENUMERATOR = /(?:^|[\s,;:])\(?(?:[1-9]|i{1,3}|iv|v|vi)\)\s+(?:(?:and|or)\s+)?/gu;
// Between two items of one list: "X, Y, and Z".
// ", an agent-based pipeline" after a name describes it (an appositive); it is not the next item.
const LIST_GAP = /^(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s*,?\s+(?:and|as well as)\s+(?:(?:a|an|the|our)\s+)?(?:(?:novel|new)\s+)?)$/i;

/** The candidate a cue introduces, and the items listed with it. */
/** Abstract candidates sorted by start (longest first at one start), for range look-ups. */
function byStart(found: readonly Candidate[]): Candidate[] {
  return found.filter((c) => c.field === 'abstract').sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first candidate of a start-sorted list that starts at or after `pos`. */
function firstAtOrAfter(sorted: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function introducedAfter(
  abstract: FieldText,
  sorted: readonly Candidate[],
  anchor: number,
  limit: number,
  strict: boolean,
  capitalisedFallback = true,
): { start: number; end: number; type?: EntityType }[] {
  const listed = strict ? [] : describedNames(abstract, sorted, anchor, limit);
  if (listed.length) return listed;
  const described = strict ? null : describedName(abstract, sorted, anchor, limit);
  if (described) return [described];
  const lo = firstAtOrAfter(sorted, anchor);
  // The first name must sit near the cue; the list it opens may run on to the end of the sentence.
  const sentenceEnd = sentenceAt(abstract, anchor).end;
  const after: Candidate[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < sentenceEnd; k++) after.push(sorted[k]!);
  if (after[0] && after[0].start >= limit) after.length = 0;
  // "we propose a VITS-based system": the name describes the new thing, it is not the new thing.
  // "we present image synthesis results": what is presented is results on the term, not the term.
  // "we propose a sparse attention method": a known term with a general noun is used, not made; the name
  // that follows it ("..., KiteAttn, that") is the new thing.
  const nounAfter = (c: Candidate): string => /^\s+([\p{L}]+)/u.exec(abstract.text.slice(c.end, c.end + 16))?.[1] ?? '';
  const [known, next] = after;
  if (known && next && known.source === 'lexicon' && isGenericHead(nounAfter(known)) && /^\s+[\p{L}]+\s*,\s*$/u.test(abstract.text.slice(known.end, next.start))) after.shift();
  const first = after[0];
  const madeOfKnown = strict || !first ? null : newKindOfKnown(abstract, anchor, first, nounAfter(first));
  if (madeOfKnown) return [madeOfKnown];
  // "we propose a simple hallucination detection model": the task says what the new model is for.
  const taskOfThing = (c: Candidate): boolean => c.type === 'Task' && /^(?:models?|detectors?|classifiers?|systems?|tools?|agents?|networks?|method|approach|framework|pipeline)$/.test(nounAfter(c));
  // "we design a novel human-in-the-loop study": what is made is the study, the known term says how it is run.
  const studyOf = (c: Candidate): boolean => c.source === 'lexicon' && STUDY_NOUN.test(nounAfter(c));
  const hit = first && !DESCRIBES_NEXT.test(abstract.text.slice(first.end, first.end + 16)) && !/^\s+results?\b/u.test(abstract.text.slice(first.end, first.end + 10)) && !(first.source === 'lexicon' && isGenericHead(nounAfter(first))) && !taskOfThing(first) && !studyOf(first) ? first : undefined;
  const gap = hit ? abstract.text.slice(anchor, hit.start) : '';
  // "we present a replication study of BERT": a study of a thing does not make it.
  if (hit && !strict && STUDY_OF.test(gap)) return [];
  // "we introduce Pelican, a multilingual embedding model": a capitalised word right after the cue is
  // the new name, not the term its description ends in.
  // "we propose Chain of Kites for table understanding": a name and what it is for.
  const unfoundName = !strict && /^\s*["“]?\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}-]*){0,3}["”]?(?:\s*,|\s+(?:for|to|that|which)\s)/u.test(gap);
  if (hit && !unfoundName && (strict ? /^\s*$/.test(gap) : isNounPhraseGap(gap))) {
    const out = [capitalisedAround(abstract, hit, anchor)];
    let prev = hit;
    for (const c of after) {
      if (c.start < prev.end) continue;
      const gap = abstract.text.slice(prev.end, c.start);
      if (/^\s*\($/.test(gap)) continue; // the item's own short form: "X (XS), Y (YS)"
      if (!LIST_GAP.test(gap)) break;
      out.push({ start: c.start, end: c.end });
      prev = c;
    }
    return out;
  }
  if (!capitalisedFallback) return [];
  const run = capitalisedRun(abstract, anchor + (abstract.text.slice(anchor).length - abstract.text.slice(anchor).trimStart().length), limit);
  return run ? [run] : [];
}

// "a multi-turn online reinforcement learning (RL) approach, ": the kind of thing a cue makes, described.
const DESCRIBED_KIND =
  /^\s*(?:a|an)\s+((?:[^\s.;,:]+\s+){0,7}?)(approach|method|framework|algorithm|model|benchmark|dataset|architecture|system|technique|pipeline|strategy|mechanism|module|suite|paradigm|recipe|agent|library|metric|corpus)\s*,\s*/u;

// "a novel block-wise approximate ", "a confidence-aware ": the article, then words that describe.
const DESCRIBING_RUN = /\b(?:a|an|the|our)\s+((?:[\p{Ll}][\p{Ll}\p{N}]*(?:-[\p{L}\p{N}]+)*\s+){1,3})$/u;

/**
 * "we introduce a novel block-wise approximate KV Cache mechanism", "a confidence-aware parallel decoding
 * strategy": describing words before a known technique and a general noun make a new method of it.
 */
function newKindOfKnown(f: FieldText, anchor: number, known: Candidate, noun: string): { start: number; end: number; type: EntityType } | null {
  if (known.source !== 'lexicon' || known.type !== 'Technique' || !isGenericHead(noun)) return null;
  const run = DESCRIBING_RUN.exec(f.text.slice(anchor, known.start));
  if (!run) return null;
  const words = [...run[1]!.matchAll(/\S+/g)];
  // "novel", "highly efficient": judging words, and an adverb with what it grades, lead; the rest must describe.
  const judges = (k: number): boolean => isJudgingWord(words[k]![0]) || /ly$/.test(words[k]![0]) || /ly$/.test(words[k - 1]?.[0] ?? '');
  let first = 0;
  while (first < words.length && judges(first)) first++;
  const kinds = words.slice(first);
  if (kinds.length === 0 || kinds.some((_, j) => judges(first + j)) || !kinds.every(([w]) => w.includes('-') || ['adj', 'unknown'].includes(wordClass(w)))) return null;
  return { start: known.start - run[1]!.length + kinds[0]!.index!, end: known.end, type: 'Technique' };
}

// The kinds said before a name that type it; a method's kinds ("framework", "system") leave that to the name.
const KIND_TYPES_NAME: ReadonlySet<EntityType> = new Set(['Benchmark', 'Dataset', 'Metric', 'Model']);

// "we present three novel sequence models, Moneta, Yaad, and Memora, that": a counted kind, then its names.
const DESCRIBED_KINDS =
  /^\s*(?:two|three|four|five|six|several|a family of|a series of)\s+((?:[^\s.;,:]+\s+){0,5}?)(approaches|methods|frameworks|algorithms|models|benchmarks|datasets|architectures|systems|techniques|variants|agents|metrics|corpora)\s*(?:,|:)\s*/u;

/** The names a counted kind lists after the cue ("three sequence models, A, B, and C"), typed by that kind. */
function describedNames(f: FieldText, sorted: readonly Candidate[], anchor: number, limit: number): { start: number; end: number; type?: EntityType }[] {
  const kind = DESCRIBED_KINDS.exec(f.text.slice(anchor, limit));
  if (!kind || !isNounPhraseGap(kind[1]!, true)) return [];
  const type = headNounType(kind[2]!);
  const out: { start: number; end: number; type?: EntityType }[] = [];
  const sentenceEnd = sentenceAt(f, anchor).end;
  for (let at = anchor + kind[0].length; at < sentenceEnd; ) {
    const named = sorted[firstAtOrAfter(sorted, at)];
    const name = named && named.start === at && named.source !== 'phrase' ? named : capitalisedRun(f, at, sentenceEnd);
    if (!name) break;
    // "three methods, LoRA, DoRA and PiSSA": a known name in the list is used, not made.
    if (!(named === name && named.source === 'lexicon')) out.push(type && KIND_TYPES_NAME.has(type) ? { start: name.start, end: name.end, type } : { start: name.start, end: name.end });
    const next = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/u.exec(f.text.slice(name.end, sentenceEnd));
    if (!next) break;
    at = name.end + next[0].length;
  }
  // A list names at least two; one name after a counted kind is something else ("two models, Kite, outperform").
  return out.length >= 2 ? out : [];
}

/** "we develop a multi-turn RL approach, SCoRe, that": the cue makes the name after its described kind, not the terms describing it. */
function describedName(f: FieldText, sorted: readonly Candidate[], anchor: number, limit: number): { start: number; end: number; type?: EntityType } | null {
  const kind = DESCRIBED_KIND.exec(f.text.slice(anchor, limit));
  if (!kind || !isNounPhraseGap(kind[1]!, true)) return null;
  const at = anchor + kind[0].length;
  const named = sorted[firstAtOrAfter(sorted, at)];
  const name = named && named.start === at && named.source !== 'phrase' ? named : capitalisedRun(f, at, limit);
  // "a framework, Language Models Augmented with ...": a run cut short by a small word is no whole name.
  if (!name || !/^\s*(?:[,(.;:]|which\b|that\b|$)/u.test(f.text.slice(name.end, name.end + 8))) return null;
  // "a bilingual benchmark, AutoWebBench, for ...", "a new model, X,": the kind said before the name types
  // it; a method's kinds leave it to the name and the words after it.
  const type = headNounType(kind[2]!);
  return type && KIND_TYPES_NAME.has(type) ? { start: name.start, end: name.end, type } : { start: name.start, end: name.end };
}

// "we introduce four key techniques of our algorithm ...: A, B, C, and D": the cue's object announces a list.
// The announced things must be the cue's own object ("four key techniques of our algorithm", "three
// benchmarks for ...:"): "we propose X and test it on three benchmarks: A, B" lists what X is measured on.
const ANNOUNCED_LIST = /^\s*((?:[\p{L}\p{N}-]+\s+){0,4}?)(techniques|components|strategies|methods|modules|innovations|contributions|designs|mechanisms|datasets|benchmarks|models)\b[^.;:]{0,80}:\s*/u;
const isObjectWord = (w: string): boolean => !['verb', 'conj', 'prep', 'pron', 'adv'].includes(wordClass(w)) || /^(?:a|an|the|our)$/i.test(w);
const LIST_ITEM = /^(.+?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|$)/u;
// A Title-Case item: capitalised words (hyphened parts too), small words inside.
const TITLE_CASE_ITEM = /^[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:\s+(?:(?:of|for|with|in|and|via|to)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*){0,5}$/u;

// "(1) IcePop stabilizes ...; (2) C3PO++ improves ...": a numbered item opens with its contribution's name.
const NUMBERED_ITEM = /(?:^|[\s;,:])\((?:[1-9]|i{1,3}|iv|v|vi)\)\s+/gu;

type ListedSpan = { start: number; end: number; type: EntityType | null };

// A coined name: capitals after a lower-case letter ("IcePop", "WrenSys") or a "++" edition ("C3PO++"); not
// "Stage-1" or "INT4".
const COINED_NAME = /^\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$|^\p{Lu}[\p{L}\p{N}]*\+\+$/u;

/** The new names that open the numbered items of an announced list ("three innovations: (1) X ..., (2) Y ..."). */
function numberedContributions(f: FieldText, found: readonly Candidate[], from: number, s: Sentence, type: EntityType | null): ListedSpan[] {
  const out: ListedSpan[] = [];
  for (const m of f.text.slice(from, s.end).matchAll(NUMBERED_ITEM)) {
    const at = from + m.index + m[0].length;
    // A known name, a known model's variant ("SigLIP-So400m") or a known term's acronym ("SD") is not the paper's.
    if (found.some((c) => c.start === at && (c.source === 'lexicon' || (c.source === 'acronym' && matcher().entriesNamed(c.name).length > 0)))) continue;
    const term = found.find((c) => c.start === at);
    const word = /^[\p{L}\p{N}][\p{L}\p{N}+-]*[\p{L}\p{N}+]/u.exec(f.text.slice(at, s.end))?.[0];
    if (term && (term.source !== 'shape' || COINED_NAME.test(term.surface))) out.push({ start: term.start, end: term.end, type });
    else if (!term && word && COINED_NAME.test(word)) out.push({ start: at, end: at + word.length, type });
  }
  return out;
}

// "(1) Residual Autoencoding, where we ...", "(b) Shortcut-connected MoE, which ...": a numbered item that opens
// with a Title-Case name and goes on to say what it does names a part of the paper's method. An item closed by
// a colon is often a heading ("(1) Improved Scalability:"), so only a clause after the name counts.
const DESCRIBED_ITEM =
  /(?:^|[\s,;:])\(?(?:[1-9]|[a-d]|i{1,3}|iv|v|vi)\)\s+(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:\s+(?:(?:of|for|with|in|via|to)\s+)?\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*){1,6})(?=\s*,\s*(?:which|where|that|an?|leveraging|using|enabling|allowing)\s|\s+(?:which|that|to)\s)/gu;

/** Numbered items that name a part of the paper's method and describe it; a part is a method unless its name's head says otherwise. */
function describedItems(found: readonly Candidate[], s: Sentence): ListedSpan[] {
  const out: ListedSpan[] = [];
  for (const m of s.text.matchAll(DESCRIBED_ITEM)) {
    const start = s.start + (m.index ?? 0) + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // A known name listed there is used, not made.
    if (found.some((c) => c.source === 'lexicon' && c.start === start && c.end === end) || CLASS_OF_LANGUAGE_MODELS.test(m[1]!)) continue;
    out.push({ start, end, type: nameEndingType(m[1]!) ?? 'Technique' });
  }
  return out;
}

/** The items of a list the paper announces as its own, in order, until one is no name; typed by the list's noun. */
function listedContributions(f: FieldText, found: readonly Candidate[], cueEnd: number, s: Sentence): ListedSpan[] {
  const head = ANNOUNCED_LIST.exec(f.text.slice(cueEnd, s.end));
  if (!head || !head[1]!.split(/\s+/).filter(Boolean).every(isObjectWord)) return [];
  // "three benchmarks: Speech TriviaQA, ...": the announcing noun says what the items are.
  const listType = /^(?:datasets|benchmarks|models)$/.test(head[2]!) ? headNounType(head[2]!) : null;
  // From the character before the first item, so that NUMBERED_ITEM's separator matches it too.
  if (/^\((?:1|i)\)/.test(f.text.slice(cueEnd + head[0].length, s.end))) return numberedContributions(f, found, cueEnd + head[0].length - 1, s, listType);
  const out: ListedSpan[] = [];
  let at = cueEnd + head[0].length;
  while (at < s.end) {
    const m = LIST_ITEM.exec(f.text.slice(at, s.end));
    if (!m) break;
    const item = m[1]!.replace(/\s*\([^()]*\)$/u, '').replace(/[.]$/u, '');
    // A new term the rules found, never a known name (the paper does not make what the lexicon lists).
    const found1 = found.find((c) => c.start === at && c.end - c.start >= item.length - 1 && c.source !== 'lexicon');
    // "First, we scale ...": a one-word item the dictionary knows, or an ordinal, is prose, not a name.
    const prose = !/\s/.test(item) && (wordClass(item) !== 'unknown' || /^(?:first|second|third|fourth|fifth|finally|lastly|then|next)$/i.test(item));
    if (TITLE_CASE_ITEM.test(item) && !prose) out.push({ start: at, end: at + item.length, type: listType });
    else if (found1) out.push({ start: found1.start, end: found1.end, type: listType });
    else break;
    at += m[0].length;
  }
  return out;
}

/** "our channel-independent X (XS)": at most two describing words, no verb ("Our model leverages X (XS)"). */
function isModifierGap(gap: string): boolean {
  if (!/^(?:[\w-]+\s+){0,2}$/u.test(gap)) return false;
  return gap.split(/\s+/).filter(Boolean).every((w) => !headNounType(w) && !['verb', 'prep', 'conj', 'pron', 'det', 'adv'].includes(wordClass(w)));
}

/** Names the paper presents as its own: the title's name and the objects of "we introduce/propose ...". */
function introducedSpans(fields: readonly FieldText[], candidates: readonly Candidate[]): IntroSpan[] {
  const out: IntroSpan[] = [];
  const found = byStart(candidates);
  // New parts: unknown names, terms, and variants of known models ("Qwen9-7B-Instruct").
  const newParts = found.filter((c) => c.source === 'phrase' || c.source === 'shape' || (c.source === 'lexicon' && c.name === c.surface && !!c.family));
  // Terms the lexicon does not know: phrases, and measures named by their context ('metrics such as X').
  const newTerms = found.filter((c) => c.source === 'phrase' || (c.source === 'shape' && c.type === 'Metric'));
  // Names the lexicon does not know as written: unknown shapes and extended known names that are no
  // known family's variant ("Llama-9-7B-Chat" is fine-tuned, not made, by the paper).
  const newNames = found.filter((c) => c.source === 'shape' || (c.source === 'lexicon' && c.name === c.surface && c.confidence < 0.9 && !c.family));
  const ownNames = new Set<string>();
  let namedSoFar = 0;
  const [title, abstract] = fields;
  if (title) out.push(...titleNameSpans(title, abstract));
  if (!abstract) return out;
  for (const s of abstract.sentences) {
    // Sentences that say neither "we", "this" nor "our" introduce nothing: plain look-ups spare the cue's scan.
    const saysWe = s.text.includes('we ') || s.text.includes('We ');
    const mayIntroduce = saysWe || s.text.includes('his ') || s.text.includes('our ') || s.text.includes('Our ');
    for (const cue of mayIntroduce ? s.text.matchAll(INTRO_CUE) : []) {
      const cueEnd = s.start + (cue.index ?? 0) + cue[0].length;
      const naming = /\b(?:called|named|dubbed|termed|coined|namely)\s+/gi;
      naming.lastIndex = cueEnd - s.start;
      const named = naming.exec(s.text);
      const isNamed = named !== null;
      const anchor = named ? s.start + named.index + named[0].length : cueEnd;
      const own = introducedAfter(abstract, found, anchor, Math.min(s.end, anchor + (isNamed ? 60 : 120)), isNamed);
      for (const sp of own) out.push({ ...sp, field: 'abstract', type: sp.type ?? null, primary: true });
      for (const sp of listedContributions(abstract, found, cueEnd, s)) out.push({ ...sp, field: 'abstract', primary: false });
      // "we build an optimizer, which removes X by data-aware sharding": how the new thing works is new too.
      if (own.length === 0) continue;
      for (const m of s.text.slice(cueEnd - s.start).matchAll(/\b(?:by|through)\s+/gu)) {
        const at = cueEnd + (m.index ?? 0) + m[0].length;
        const part = introducedAfter(abstract, newTerms, at, Math.min(s.end, at + 40), true, false)[0];
        if (part) out.push({ ...part, field: 'abstract', type: part.type ?? null, primary: false });
      }
    }
    // "we fine-tuned Orca-9B-Med": a new name trained by the paper is its own model.
    for (const m of saysWe ? s.text.matchAll(TRAINED_CUE) : []) {
      const anchor = s.start + (m.index ?? 0) + m[0].length;
      const hit = introducedAfter(abstract, newNames, anchor, Math.min(s.end, anchor + 40), true)[0];
      if (hit) out.push({ ...hit, field: 'abstract', type: 'Model', primary: false });
    }
    // Most sentences say neither "our" nor "we call": cheap look-ups spare the scans below.
    const saysOur = s.text.includes('our') || s.text.includes('Our');
    const saysName = / (?:call|name|dub|term|coin)\s/i.test(s.text);
    const saysOurNoun = saysOur || /[Tt]he\s+(?:proposed|resulting|final)\s/.test(s.text);
    const givesName = /denoted|referred|propos|called|named|dubbed|termed|novel|new\s/i.test(s.text);
    for (const m of saysOur ? s.text.matchAll(OUR_DEFINED) : []) {
      const anchor = s.start + (m.index ?? 0) + m[0].length;
      for (let k = firstAtOrAfter(found, anchor); k < found.length && found[k]!.start - anchor < 40; k++) {
        const c = found[k]!;
        if ((c.source !== 'acronym' && c.source !== 'lexicon') || !isModifierGap(abstract.text.slice(anchor, c.start)) || !/^\s*\(/u.test(abstract.text.slice(c.end, c.end + 3))) continue;
        out.push({ start: c.start, end: c.end, field: 'abstract', type: null, primary: true });
        break;
      }
    }
    for (const re of [OUR_NOUN, OUR_NAMED, NAME_GIVEN, WE_NAME]) {
      if ((re === OUR_NAMED && !saysOur) || (re === WE_NAME && !saysName) || (re === OUR_NOUN && !saysOurNoun) || (re === NAME_GIVEN && !givesName)) continue;
      for (const m of s.text.matchAll(re)) {
        const anchor = s.start + (m.index ?? 0) + m[0].length;
        const strict = re !== NAME_GIVEN || !/novel|new/i.test(m[0]) || /called|named|dubbed|termed|namely|proposed\s+$|,\s*$/i.test(m[0]);
        // "our TTS model": a task before the noun says what the paper's thing is for ("our MAE approach" names it).
        if (re === OUR_NAMED && !found.some((c) => c.start === anchor && c.source !== 'phrase' && c.type !== 'Task')) continue;
        // "presents a new vision Transformer, called Swin": the name after "called" is the new thing.
        if (re === NAME_GIVEN && !strict && /^[^.;]{0,60}?,?\s+(?:called|named|dubbed|termed|namely)\s/i.test(s.text.slice(anchor - s.start))) continue;
        // "our MAE approach": the name, not the name with its general noun.
        const names = re === OUR_NAMED ? found.filter((c) => c.source !== 'phrase') : found;
        for (const sp of introducedAfter(abstract, names, anchor, Math.min(s.end, anchor + 60), strict)) {
          out.push({ ...sp, field: 'abstract', type: sp.type ?? null, primary: re !== NAME_GIVEN && re !== WE_NAME });
        }
      }
    }
    if (s.text.includes(')')) for (const sp of describedItems(found, s)) out.push({ ...sp, field: 'abstract', primary: false });
    // Components listed right after one of the paper's own names.
    for (; namedSoFar < out.length; namedSoFar++) {
      const o = out[namedSoFar]!;
      ownNames.add(fields.find((x) => x.field === o.field)!.text.slice(o.start, o.end));
    }
    if ([...ownNames].some((n) => s.text.includes(n))) {
      for (const m of s.text.matchAll(COMPONENTS_CUE)) {
        const anchor = s.start + (m.index ?? 0) + m[0].length;
        // "including" also lists what is evaluated ("benchmarks including X"): only new terms count there.
        // A task listed there ("spans 11 tasks, including report summarization") is measured, not made.
        const parts = introducedAfter(abstract, /including/i.test(m[0]) ? newTerms.filter((c) => c.type !== 'Task') : newParts, anchor, s.end, false, false);
        for (const sp of parts) out.push({ ...sp, field: 'abstract', type: sp.type ?? null, primary: false });
        // "includes three components: (1) an X that ..., (2) a Y ...": each numbered item opens with a part.
        for (const e of s.text.slice(anchor - s.start).matchAll(ENUMERATOR)) {
          const at = anchor + (e.index ?? 0) + e[0].length;
          const first = introducedAfter(abstract, newParts, at, Math.min(s.end, at + 60), false, false)[0];
          if (first) out.push({ ...first, field: 'abstract', type: first.type ?? null, primary: false });
        }
      }
    }
  }
  return out;
}

/** What the rules collect for one paper: candidates, names linked as one entity, and spans ruled out. */
interface CandidateSet {
  candidates: Candidate[];
  links: [string, string][];
  /** Spans whose candidates are dropped (a short form that only modifies a term, words restating a name). */
  blocked: Span[];
  /** Long forms of class names ("Large MultiModality Models"): shapes inside them name nothing. */
  generic: Span[];
}

const MEASURE_AT = /^(\p{L}+)@(?:\d+|k|n)$/u;

/** Unknown name-shaped tokens of a field, and plain capitalised names with a naming noun or version. */
function addShapeCandidates(f: FieldText, candidates: Candidate[]): void {
  const covered = new Uint8Array(f.text.length + 1);
  for (const c of candidates) if (c.field === f.field) covered.fill(1, c.start, c.end);
  f.tokens.forEach((t, k) => {
    if (anyCovered(covered, t.start, t.end)) return;
    let surface = t.text;
    // "Pass@32", "Avg@4", "Recall@20": a measure at a cut-off is that measure ("Pass@k" where the lexicon has it).
    const cutOff = MEASURE_AT.exec(surface);
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

// "four types of tasks: A, B, and C", "three tasks (A, B, C)": what follows names the tasks ("tasks such as
// X" more often lists benchmarks).
const TASK_LIST_CUE = /\b(?:tasks|task types|task categories|subtasks|sub-tasks)\b[^.:;()]{0,40}?[:(]\s*/gu;
// One listed item in Title Case: "Spotlight Locating", "Chain of Reasoning", "Needle Counting".
const TITLE_ITEM = /^\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of|and|&|in|for)?\s*\p{Lu}[\p{L}\p{N}-]*){0,3}$/u;

/** Title-Case items listed after "tasks:" are tasks, named or not. */
function addListedTasks(f: FieldText, candidates: Candidate[]): void {
  if (!f.text.includes('task')) return;
  for (const cue of f.text.matchAll(TASK_LIST_CUE)) {
    let at = (cue.index ?? 0) + cue[0].length;
    // "tasks (such as DocVQA, ChartVQA)" gives examples, mostly benchmarks.
    if (/^(?:such as|e\.g\.|including|like)\s/u.test(f.text.slice(at, at + 12))) continue;
    const end = f.text.slice(at).search(/[.;:)]|$/u) + at;
    for (const part of f.text.slice(at, end).split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u)) {
      const item = part.trim();
      // A one-word name ("WebSRC", "MoTIF") or a benchmark-shaped one ("Multi-page DocVQA") is a data set's
      // name, typed by the usual rules; Title-Case words ("Needle Counting") name the task.
      const named = (!/\s/.test(item) && isNameShaped(item)) || suffixType(item) === 'Benchmark';
      if (item && !/^,|^(?:and|or)$/.test(item) && TITLE_ITEM.test(item) && !isGenericAcronym(item) && !named) {
        const start = at + part.indexOf(item);
        candidates.push({ field: f.field, start, end: start + item.length, surface: item, sentence: sentenceAt(f, start), type: 'Task', name: item, source: 'shape', confidence: 0.6, typedByContext: true });
      }
      at += part.length;
    }
  }
}

// "benchmarks such as GSM8K and Last Letter Concatenation", "ranking benchmarks (HHH Alignment, Auto-J Eval)":
// the examples a plural of data names are data sets, Title Case or not name-shaped.
const DATA_LIST_CUE = /\b(benchmarks|datasets|test sets|leaderboards)(?:\s+(?:such as|including|like|e\.g\.,?)\s+|\s*\(\s*(?:e\.g\.,?\s*|including\s+)?|\s*:\s*)/gu;
const DATA_ITEM = /^\p{Lu}[\p{L}\p{N}'*-]*(?:\s+(?:of\s+|in\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'*-]*){0,4}$/u;

/** Title-Case items listed as examples of benchmarks or data sets, in order, until one is no such item. */
function addListedData(f: FieldText, candidates: Candidate[]): void {
  for (const cue of f.text.matchAll(DATA_LIST_CUE)) {
    let at = (cue.index ?? 0) + cue[0].length;
    const end = f.text.slice(at).search(/[.;:)]|$/u) + at;
    for (const part of f.text.slice(at, end).split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u)) {
      const item = part.trim();
      if (/^,|^(?:and|or)$/.test(item)) {
        at += part.length;
        continue;
      }
      // One capitalised word ("Arxiv", "Code") names a source or a domain as often as a data set.
      if (!DATA_ITEM.test(item) || DESCRIBES_NEXT.test((/-[\p{L}]+$/u.exec(item)?.[0] ?? '').toLowerCase())) break;
      const start = at + part.indexOf(item);
      const known = candidates.some((c) => c.field === f.field && c.start < start + item.length && start < c.end);
      if (!known && (/\s/.test(item) || isNameShaped(item))) {
        candidates.push({
          field: f.field, start, end: start + item.length, surface: item, sentence: sentenceAt(f, start), type: cue[1] === 'datasets' ? 'Dataset' : 'Benchmark', name: item, source: 'shape', confidence: 0.6, typedByContext: true,
        });
      }
      at += part.length;
    }
  }
}

// "bitnet.cpp", "whisper.cpp": a name with a source file's extension is a piece of software, a technique.
// A file in a path or link ("src/attn.cpp", "github.com/x/demo.js") is no name.
const SOFTWARE_NAME = /(?<![\p{L}\p{N}./-])\p{L}[\p{L}\p{N}-]*\.(?:cpp|js)(?![\p{L}\p{N}/])/gu;

function addSoftwareNames(f: FieldText, candidates: Candidate[]): void {
  if (!f.text.includes('.cpp') && !f.text.includes('.js')) return;
  for (const m of f.text.matchAll(SOFTWARE_NAME)) {
    const start = m.index ?? 0;
    candidates.push({ field: f.field, start, end: start + m[0].length, surface: m[0], sentence: sentenceAt(f, start), type: 'Technique', name: m[0], source: 'shape', confidence: 0.6 });
  }
}

/** "BMJ Diagnosis Challenge", "Open Science Benchmark": a capitalised run ending in a benchmark word. */
function addBenchmarkRuns(f: FieldText, candidates: Candidate[]): void {
  for (const run of f.text.matchAll(BENCHMARK_RUN)) {
    const start = run.index ?? 0;
    const surface = run[0];
    const cue = /(\S+)$/.exec(surface)![1]!.toLowerCase();
    candidates.push({
      field: f.field, start, end: start + surface.length, surface, sentence: sentenceAt(f, start), type: /^(?:dataset|corpus)$/.test(cue) ? 'Dataset' : 'Benchmark',
      name: surface, source: 'shape', confidence: 0.65,
    });
  }
}

// "the Routing Replay strategy", "a Mixture-of-Grounding technique": capitalised words inside a sentence (two
// or more, or one Title-Case compound), then a lower-case noun for a kind of method, name that method; the
// noun only says what kind it is.
const KIND_NAMED_RUN =
  /(?<=[\p{Ll}\p{N},;:(]\s)((?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*\s+){2,6}|\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*-\p{Lu}[\p{L}\p{N}]*\s+)(?:strategy|method|framework|technique|mechanism|module|algorithm|approach|architecture|scheme|paradigm|pipeline|objective)(?![\p{L}\p{N}-])/gu;

/** Capitalised runs a method's kind noun closes, as Technique candidates named without the noun. */
function addKindNamedRuns(f: FieldText, st: CandidateSet): void {
  for (const run of f.text.matchAll(KIND_NAMED_RUN)) {
    const start = run.index ?? 0;
    const surface = run[1]!.trimEnd();
    // "a Diffusion Transformer-based framework", "a Rao-Blackwellized objective": the run describes the noun, it does not name it.
    if (DESCRIBES_NEXT.test((/-[\p{L}]+$/u.exec(surface)?.[0] ?? '').toLowerCase()) || /\p{Ll}ed$/u.test(surface) || CLASS_OF_LANGUAGE_MODELS.test(surface)) continue;
    // "the XLM-RoBERTa architecture": a name the lexicon or its shape already reads keeps that reading.
    if (st.candidates.some((c) => c.field === f.field && c.start === start && c.end === start + surface.length)) continue;
    st.candidates.push({
      field: f.field, start, end: start + surface.length, surface, sentence: sentenceAt(f, start), type: 'Technique', name: surface, source: 'shape', confidence: 0.6,
    });
    // The paper may make the whole phrase its own ("we propose a Routing Replay strategy"): one entity.
    st.links.push([entityKey(surface), entityKey(run[0])]);
  }
}

// "order-preserve retrieval-augmented generation (OP-RAG) mechanism": nouns that say what kind of thing
// the defined name is; the name, not the name with its kind, is the entity.
const KIND_NOUN = /^(?:mechanisms?|modules?|algorithms?|architectures?|systems?|layers?|models?)$/i;

/**
 * "key-value (KV) cache": one mention from the long form to the head noun, named as the lexicon names
 * "KV cache" or "key-value cache" where it knows the term, else as the long form with its head.
 */
function termAroundAcronym(f: FieldText, s: Sentence, d: AcronymDefinition, head: string, end: number): Candidate {
  // "Monte Carlo Tree Search (MCTS) search": a head that restates the long form's last word adds nothing.
  const restated = d.long.text.split(/[\s-]+/).pop()!.toLowerCase().replace(/s$/, '') === head.toLowerCase().replace(/s$/, '');
  const forms = restated ? [d.long.text] : [`${d.short.text} ${head}`, `${d.long.text} ${head}`];
  const known = forms
    .map((text) => ({ text, hit: matcher().match(text, tokenize(text))[0] }))
    .find(({ text, hit }) => hit !== undefined && hit.start === 0 && hit.end === text.length)?.hit?.entry;
  const surface = f.text.slice(d.long.start, end);
  const type = known?.type ?? termHeadType(head.replace(/s$/, '')) ?? termHeadType(head);
  return { field: f.field, start: d.long.start, end, surface, sentence: s, type, name: known?.name ?? forms[forms.length - 1]!, source: 'acronym', confidence: 0.8 };
}

// "we construct a dataset X (XS)", "introduce a new benchmark X (XS)": the kind of data the paper makes, right before its name.
const MADE_KIND_BEFORE = /\b(?:construct|build|collect|curate|create|introduce|present|release|propose|develop)\w*\s+(?:a|an)\s+(?:(?:new|novel)\s+)?(?:[\p{L}-]+\s+)?(dataset|benchmark|corpus)\s+$/u;

/** The kind of data the paper says it makes right before a name ("a dataset X"). */
function namedKindBefore(f: FieldText, start: number): EntityType | null {
  const noun = MADE_KIND_BEFORE.exec(f.text.slice(Math.max(0, start - 80), start))?.[1];
  return noun ? headNounType(noun) : null;
}

/** Acronym definitions and expansions: both halves one entity. */
function addAcronymCandidates(f: FieldText, st: CandidateSet): void {
  const { candidates, links, blocked, generic } = st;
  for (const s of f.sentences) {
    for (const d of findAcronymDefinitions(f.text, s.start, s.end)) {
      // "latent diffusion models (LDMs)", "state space models (SSMs)": plural models of a known technique are that technique.
      const knownInside = (): boolean => candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.type === 'Technique' && c.start >= d.long.start && c.end <= d.long.end);
      if (isGenericAcronym(d.short.text) || isGenericClassName(d.short.text) || (isGenericLongForm(d.long.text, d.short.text) && !knownInside())) {
        // "Large MultiModality Models (LMMs)": a CamelCase word inside a class name names nothing.
        generic.push({ field: f.field, start: d.long.start, end: d.long.end });
        // "Large Reasoning Models (LRMs)": the class's acronym is not the lexicon's LRM (Large Reconstruction Model).
        blockOtherReadings(candidates, blocked, f.field, d);
        continue;
      }
      // "low-rank (LR) adapters", "key-value (KV) cache": the acronym is defined inside a term, the whole
      // term is the entity.
      const following = /^\)\s+([\p{L}-]+)/u.exec(f.text.slice(d.short.end));
      const head = following?.[1] ?? '';
      // A plural head counts for terms of method ("(KV) caches"), not for general nouns ("(DocVQA) tasks",
      // "(DocVQA) pipelines").
      // "Monte Carlo Tree Search (MCTS) algorithm", "(RAG) framework": a general or kind noun after the
      // definition says what the defined name is; the definition stands as written.
      const namesKind = isGenericHead(head) || KIND_NOUN.test(head);
      if (following && !namesKind && (termHeadType(head) || termHeadType(head.replace(/s$/, '')) === 'Technique')) {
        blocked.push({ field: f.field, start: d.short.start, end: d.short.end });
        // "(WSD) learning rate scheduler": a head that more nouns follow is no head.
        const end = d.short.end + following[0].length;
        const next = /^\s+([\p{L}-]+)/u.exec(f.text.slice(end, end + 30))?.[1];
        const nextClass = next ? wordClass(next) : null;
        const closes = !next || ['prep', 'conj', 'det', 'pron', 'adv'].includes(nextClass!) || (nextClass === 'verb' && /(?:s|ed)$|^(?:can|could|may|might|must|will|would|should)$/.test(next));
        if (!closes) continue;
        const term = termAroundAcronym(f, s, d, head, end);
        candidates.push(term);
        // "Visualization-of-Thought (VoT) prompting ... VoT outperforms": a capitalised name's short form,
        // written alone later, still names the whole term.
        const lexiconKnowsShort = candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start);
        if (!lexiconKnowsShort && /\p{Lu}/u.test(d.long.text)) links.push([entityKey(d.short.text), entityKey(term.name)]);
        continue;
      }
      // "out-of-distribution (OOD) issues", "key-value (KV) pairs": a one-word compound defined in front of a
      // plain noun describes that noun; neither half names a term.
      const lexiconKnows = candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.start < d.short.end && c.end > d.long.start);
      if (following && isDescribingCompound(d.long.text, head) && !lexiconKnows) {
        blocked.push({ field: f.field, start: d.long.start, end: d.long.end }, { field: f.field, start: d.short.start, end: d.short.end });
        continue;
      }
      // "Group Query Attention (GQA)": the lexicon's reading of the acronym spelled that way ("grouped-query
      // attention"), not another reading of it (the GQA benchmark).
      const spelled = spelledReading(d);
      const lexLong = spelled ?? candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.long.start && c.end === d.long.end);
      const knownShort = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start);
      if (spelled && knownShort && knownShort.name !== spelled.name) blockReading(candidates, blocked, d, knownShort.name);
      // "Dynamic Memory Compression (DMC)": a paper that spells its acronym out anew means its own thing,
      // not the lexicon's DMC (DeepMind Control Suite); every lexicon reading of that acronym goes.
      const redefined = !lexLong && blockOtherReadings(candidates, blocked, f.field, d);
      const lexShort = redefined ? undefined : knownShort;
      // "Graph Retrieval-Augmented Generation": a long form ending in a known term is of its type.
      const lexTail = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.end === d.long.end && c.start >= d.long.start);
      // "Critical Assessment of protein Structure Prediction": a benchmark's head outranks the task it ends in.
      const longType = longFormType(d.long.text);
      // "the Deep Memory Retrieval (DMR) benchmark", "the Dependency (Dep) metric": the noun after the
      // definition says what it names.
      const named = following ? headNounType(head) : null;
      const namedData = named === 'Benchmark' || named === 'Dataset' || named === 'Metric' ? named : null;
      // "BIG-Bench Extra Hard (BBEH), a new benchmark": an appositive says what an untyped long form names.
      const told = (lexLong || lexShort || namedData || lexTail || longType !== 'Technique') ? null : typeFromContext(f, d.short.start, d.short.end, true);
      // "a dataset Android-In-The-Zoo (AitZ)": a kind noun right before the long form names what it is.
      const kindBefore = told || lexLong || lexShort || namedData || lexTail || longType !== 'Technique' ? null : namedKindBefore(f, d.long.start);
      let type = lexLong?.type ?? lexShort?.type ?? namedData ?? (longType === 'Benchmark' ? longType : lexTail?.type) ?? (told?.strong ? told.type : kindBefore ?? longType);
      const listed = type === 'Technique' && !lexLong && !lexShort && !lexTail && TASK_LIST_BEFORE.test(f.text.slice(s.start, d.long.start));
      const taskByContext = listed || /\bTasks?$/u.test(d.long.text);
      if (taskByContext) type = 'Task';
      const name = lexLong?.name ?? lexShort?.name ?? d.long.text;
      for (const part of [d.long, d.short]) {
        candidates.push({
          field: f.field, start: part.start, end: part.end, surface: part.text, sentence: s, type, name, source: 'acronym', confidence: 0.8, typedByContext: taskByContext,
        });
      }
      links.push([entityKey(d.short.text), entityKey(name)]);
    }
    // "SLIM-7B (SLIding-window Memory)": the name keeps its own type; the expansion is another mention of it.
    for (const d of findExpansions(f.text, s.start, s.end)) {
      const lexShort = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start && c.end === d.short.end);
      const type = lexShort?.type ?? suffixType(d.short.text) ?? longFormType(d.long.text);
      const name = lexShort?.name ?? d.short.text;
      // "FILM-7B (FILl-in-the-Middle)": a new model's name spelled from a known term is the model; the
      // term the letters come from is not named.
      if (!lexShort && type === 'Model') {
        for (const c of candidates) if (c.field === f.field && c.source === 'lexicon' && c.type !== 'Model' && c.start >= d.long.start && c.end <= d.long.end) blocked.push({ field: c.field, start: c.start, end: c.end });
      }
      for (const part of [d.short, d.long]) {
        candidates.push({ field: f.field, start: part.start, end: part.end, surface: part.text, sentence: s, type, name, source: 'acronym', confidence: 0.75 });
      }
      links.push([entityKey(d.long.text), entityKey(name)]);
    }
  }
}

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

/** Multiword terms by head noun, sentence by sentence. */
function addPhraseCandidates(f: FieldText, st: CandidateSet): void {
  const { candidates, blocked } = st;
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
    for (const p of phrases) {
      const surface = f.text.slice(p.start, p.end);
      // "global key-value (KV) caches": a term never runs across a bracket, even one inside a known term.
      if (surface.includes('(')) continue;
      // "a divide-and-conquer style Monte Carlo Tree Search (MCTS)": an acronym's definition delimits the term.
      if (inField.some((c) => c.source === 'acronym' && c.end === p.end && c.start > p.start)) continue;
      // "retrieval-aware tuning approach" is named by its term, "retrieval-aware tuning".
      const inner = p.generic ? phrases.find((q) => q !== p && q.start === p.start && q.end < p.end) : undefined;
      // "a reinforcement learning approach", "a sparse attention method", "the self-attention mechanism": a
      // known term with a general noun is that known term, not a new method of the paper's; so is a known
      // one-word technique with the noun of its kind ("the Adam optimizer", "the Mamba architecture"; a
      // "KV cache optimizer" is a new thing that optimises one).
      const kindNounLast = /^(?:optimi[sz]ers?|architectures?)$/i.test(toks[p.last]?.text ?? '');
      const namesKnown = (c: Candidate): boolean => p.generic || (kindNounLast && c.type === 'Technique' && !/\s/u.test(c.surface));
      if (inField.some((c) => c.source === 'lexicon' && c.start === p.start && c.end === toks[p.last - 1]?.end && namesKnown(c))) continue;
      const name = inner ? f.text.slice(inner.start, inner.end) : surface;
      // "an in-depth performance analysis": an analysis is the paper's own activity unless the sentence
      // lists it among tasks or applications ("tasks like document analysis").
      const activity = /\banalys[ie]s$/i.test(surface) && !TASK_CONTEXT_BEFORE.test(f.text.slice(s.start, p.start));
      if (p.type === 'Task' && TASK_DESCRIBES_THING.test(f.text.slice(p.end, p.end + 16))) continue;
      // "a mechanistic understanding of their function": an understanding of something is prose, not a task.
      if (p.type === 'Task' && /understanding$/i.test(surface) && /^\s+of\s/u.test(f.text.slice(p.end, p.end + 5))) continue;
      if (RESEARCH_FIELD.test(surface)) continue;
      // "LLM inference", "LLM reasoning": whose process it is, not a kind of it ("LLM serving" is a task).
      if (LLM_PROCESS.test(surface) || isPlainInference(surface)) continue;
      // "RoPE position embeddings": a known short name followed by the words its long name ends in
      // says the name twice; the whole is that known entity.
      const known = inField.find((c) => c.source === 'lexicon' && c.start === p.start && c.end < p.end && c.type === p.type);
      if (known && restatesName(known, f.text.slice(known.end, p.end))) {
        blocked.push({ field: f.field, start: known.end, end: p.end });
        continue;
      }
      // "visual embeddings", "video diffusion models": a describing head makes a description, kept only when the
      // paper introduces it (a known term inside stands as itself) or, for a measure, a figure stands by it.
      const figureBy = (): boolean => STANDALONE_NUMBER.test(f.text.slice(Math.max(0, p.start - 24), p.start)) || STANDALONE_NUMBER.test(f.text.slice(p.end, p.end + 24));
      const describing = DESCRIBING_HEADS[p.type]?.has(lastWord(surface)) === true && !(p.type === 'Metric' && figureBy());
      candidates.push({ field: f.field, start: p.start, end: p.end, surface, sentence: s, type: p.type, name, source: 'phrase', confidence: 0.55, generic: p.generic || activity || describing });
    }
    for (const t of findElidedTerms(f.text, toks, phrases, covered)) {
      candidates.push({ field: f.field, start: t.start, end: t.end, surface: f.text.slice(t.start, t.end), sentence: s, type: t.type, name: t.name, source: 'phrase', confidence: 0.5 });
    }
  }
}

/** "inter-data partitioning (a.k.a. Data Parallelism)": both names are one entity. */
function addAliasCandidates(f: FieldText, st: CandidateSet): void {
  const { candidates, links } = st;
  if (!f.text.includes('(')) return;
  for (const s of f.sentences) {
    for (const a of findAliasMarkers(f.text, s.start, s.end)) {
      const longest = (list: Candidate[]): Candidate | undefined => list.sort((p, q) => q.end - q.start - (p.end - p.start))[0];
      const named = longest(candidates.filter((c) => c.field === f.field && c.end === a.before && c.type));
      if (!named) continue;
      let alias = longest(candidates.filter((c) => c.field === f.field && c.start === a.alias.start && c.end === a.alias.end));
      if (!alias) {
        alias = { field: f.field, start: a.alias.start, end: a.alias.end, surface: a.alias.text, sentence: s, type: named.type, name: a.alias.text, source: 'acronym', confidence: 0.75 };
        candidates.push(alias);
      }
      links.push([entityKey(named.name), entityKey(alias.name)]);
    }
  }
}

/**
 * A short form that only modifies a term ("(KV) cache") is no entity of its own; nor are the words
 * that restate a known name ("position embeddings" after "RoPE").
 */
function dropBlocked(st: CandidateSet): void {
  const { candidates, blocked, generic } = st;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.source === 'shape' && generic.some((g) => g.field === c.field && c.start >= g.start && c.end <= g.end)) candidates.splice(k, 1);
    else if (c.source !== 'intro' && c.source !== 'acronym' && blocked.some((b) => b.field === c.field && (c.source === 'shape' ? b.start === c.start : c.start >= b.start && c.end <= b.end))) candidates.splice(k, 1);
  }
}

/**
 * "Cautious Optimizers: ..." in the title, "Cautious Optimizer" in the abstract: the singular of a plural
 * title name, where the abstract writes only that, as written (case and whole words); else null.
 */
function singularInAbstract(abstract: FieldText, name: string): string | null {
  const singular = name.replace(/(?<=\p{Ll})s$/u, '');
  return singular !== name && occurrences(abstract, name).length === 0 && occurrences(abstract, singular).length > 0 ? singular : null;
}

/** The paper's own names, and their later mentions where they have no name shape ("Goldfish"). */
function addIntroCandidates(fields: readonly FieldText[], introduced: readonly IntroSpan[], candidates: Candidate[]): void {
  const introducedAt = new Set(introduced.map((sp) => `${sp.field}:${sp.start}`));
  const abstract = fields.find((x) => x.field === 'abstract');
  const seen = new Set<string>();
  for (const sp of introduced) {
    const f = fields.find((x) => x.field === sp.field)!;
    const surface = f.text.slice(sp.start, sp.end);
    const name = (sp.field === 'title' && abstract && singularInAbstract(abstract, surface)) || surface;
    // "we design three tasks: A, B": the words around a name that type it still type it once it is the paper's own.
    const typed = candidates.find((c) => c.typedByContext && c.field === sp.field && c.start === sp.start && c.end === sp.end);
    candidates.push({
      field: sp.field, start: sp.start, end: sp.end, surface, sentence: sentenceAt(f, sp.start), type: typed?.type ?? sp.type, name, source: 'intro', confidence: 0.8, introduced: true,
      ...(typed ? { typedByContext: true } : {}),
    });
    if (seen.has(name)) continue;
    seen.add(name);
    // "PaTH Attention: ..." then "PaTH improves ...": the coined word of a title's name, written alone, is that name.
    const words = name.split(' ');
    const coined = sp.field === 'title' && words.length === 2 && isNameShaped(words[0]!) && termHeadType(words[1]!) ? words[0]! : null;
    for (const g of coined ? fields.filter((x) => x.field === 'abstract') : []) {
      for (const o of occurrences(g, coined!)) {
        if (g.text.startsWith(name, o.start)) continue;
        candidates.push({ field: g.field, start: o.start, end: o.end, surface: coined!, sentence: sentenceAt(g, o.start), name, source: 'intro', confidence: 0.7, type: sp.type });
      }
    }
    // Later mentions of a new name that has no name shape ("Goldfish", "Folded Attention").
    for (const g of fields) {
      for (const o of occurrences(g, name)) {
        if (introducedAt.has(`${g.field}:${o.start}`)) continue;
        // "Lingma SWE-GPT 72B resolves ...": a parameter count after the new name is one of its sized releases.
        const sized = sp.type === 'Benchmark' || sp.type === 'Dataset' ? undefined : SIZE_AFTER.exec(g.text.slice(o.end, o.end + 12))?.[1];
        const surface = sized ? name + sized : name;
        candidates.push({
          field: g.field, start: o.start, end: o.start + surface.length, surface, sentence: sentenceAt(g, o.start), name: surface, source: 'intro', confidence: 0.75,
          ...(sized ? { type: 'Model', family: name } : { type: sp.type }),
        });
      }
    }
  }
}

/** Candidates of one paper from every rule, before overlaps are resolved. */
function collectCandidates(fields: readonly FieldText[]): { candidates: Candidate[]; links: [string, string][]; introduced: IntroSpan[] } {
  const st: CandidateSet = { candidates: [], links: [], blocked: [], generic: [] };
  const { candidates } = st;
  for (const f of fields) candidates.push(...lexiconCandidates(f));
  for (const f of fields) addShapeCandidates(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addBenchmarkRuns(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addKindNamedRuns(f, st);
  for (const f of fields) if (f.field === 'abstract') candidates.push(...metricCandidates(f, candidates));
  for (const f of fields) if (f.field === 'abstract') addListedTasks(f, candidates);
  for (const f of fields) if (f.field === 'abstract') addListedData(f, candidates);
  for (const f of fields) addSoftwareNames(f, candidates);
  for (const f of fields) addAcronymCandidates(f, st);
  for (const f of fields) addPhraseCandidates(f, st);
  for (const f of fields) addAliasCandidates(f, st);
  dropBlocked(st);
  const introduced = introducedSpans(fields, candidates);
  addIntroCandidates(fields, introduced, candidates);
  return { candidates, links: st.links, introduced };
}

/**
 * A term inside a longer term is named by the longer one, the most complete form written ("KV cache"
 * in "KV cache compression" is no mention of its own; a standalone "KV cache" elsewhere is). Two
 * exceptions: a term closed by a general noun ("sparse attention method") keeps its inner term, and a
 * judge model stays named inside its score ("GPT-4 score").
 */
function isNestedTerm(inner: Candidate, outer: Candidate): boolean {
  if (inner.start < outer.start || inner.end > outer.end) return false;
  if (outer.type === 'Metric' && outer.source === 'shape') return inner.source === 'lexicon' && inner.type === 'Model';
  return outer.generic === true;
}

/**
 * Which kept candidates cover each character of a field: overlap checks stay local to a span. Most
 * characters have at most one owner (a typed array, holding owner + 1 so that a fresh array means none);
 * a nested term's second owner goes to a map.
 */
class Coverage {
  private readonly first: Int32Array;
  private readonly more = new Map<number, number[]>();
  constructor(length: number) {
    this.first = new Int32Array(length + 1);
  }
  add(start: number, end: number, owner: number): void {
    for (let p = start; p < end; p++) {
      if (this.first[p] === 0) this.first[p] = owner + 1;
      else {
        const list = this.more.get(p);
        if (list) list.push(owner);
        else this.more.set(p, [owner]);
      }
    }
  }
  /** The lowest owner in [start, end) for which `clashes` holds, or -1. */
  lowestClash(start: number, end: number, clashes: (owner: number) => boolean): number {
    let lowest = -1;
    for (let p = start; p < end; p++) {
      const k = this.first[p]! - 1;
      if (k < 0) continue;
      if ((lowest < 0 || k < lowest) && clashes(k)) lowest = k;
      if (this.more.size === 0) continue;
      for (const extra of this.more.get(p) ?? []) if ((lowest < 0 || extra < lowest) && clashes(extra)) lowest = extra;
    }
    return lowest;
  }
}

/** Keep the longest candidate where several overlap; among equals, the more trusted source. */
function resolveOverlaps(candidates: Candidate[], fields: readonly FieldText[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const kept: Candidate[] = [];
  const owners = new Map<TextField, Coverage>(fields.map((f) => [f.field, new Coverage(f.text.length)]));
  for (const c of sorted) {
    const at = owners.get(c.field)!;
    const clashIndex = at.lowestClash(c.start, c.end, (k) => !isNestedTerm(c, kept[k]!));
    const clash = clashIndex >= 0 ? kept[clashIndex] : undefined;
    if (!clash) {
      at.add(c.start, c.end, kept.length);
      kept.push(c);
    }
    else if (clash.start === c.start && clash.end === c.end) {
      // Same span from two rules: keep the trusted one, remember what the other knew.
      if (c.introduced) clash.introduced = true;
      if (!clash.type && c.type) clash.type = c.type;
      if (c.source === 'phrase' && clash.source === 'intro') {
        clash.name = c.name;
        clash.generic = c.generic;
      }
      // The lexicon, then an acronym definition, knows the name and type best.
      if ((c.source === 'lexicon' || c.source === 'acronym') && NAMING_RANK[c.source] < NAMING_RANK[clash.naming ?? clash.source]) {
        clash.name = c.name;
        clash.type = c.type;
        clash.confidence = Math.max(clash.confidence, c.confidence);
        clash.naming = c.source;
        if (c.family) clash.family = c.family;
      }
    }
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

const roleRank = (r: Role): number => ROLES.indexOf(r);
// The first sentence where the paper speaks of itself ends the background.
const SELF_REFERENCE = /\b(?:we|our|this (?:paper|work|study|report)|in this (?:paper|work))\b/i;

// A measure is a metric of the paper where something is measured with it: a number, a score, a
// comparison. "reduces the memory footprint" names a resource, not an evaluation measure.
const MEASURING = /\d|\b(?:metrics?|measured?|measuring|in terms of|scores?|evaluat\w*|higher|lower|better|worse|outperform\w*|achiev\w*|on par|comparable|competitive|preserv\w*|maintain\w*|sacrific\w*|retain\w*|degrad\w*)\b/i;
// What a run costs (memory, GPU hours, wall-clock time, compression ratio) is a resource, like a
// speedup: an evaluation metric only where the sentence calls it one.
const RESOURCE_MEASURE = /\b(?:memory|footprint|usage|consumption|hours?|time|costs?|budget|ratios?)$/i;
// "improvements in both speed and accuracy": accuracy is a measure of how well something does wherever it is named.
const ALWAYS_MEASURE = /^accurac(?:y|ies)$/i;
const NAMED_AS_MEASURE = /\b(?:metrics?|measured|measures?|in terms of)\b/i;

// "generative inference", "batch inference", "offloading-based inference": running a model, described,
// not a task or method of its own ("long-context inference", "variational inference" are).
const PLAIN_INFERENCE_WORDS = new Set([
  'generative', 'autoregressive', 'auto-regressive', 'probabilistic', 'batch', 'batched', 'lossless', 'edge', 'distributed', 'quantized',
  'interactive', 'serving', 'economical', 'efficient', 'fast', 'forward', 'feed-forward', 'peak', 'real-time', 'run-time',
]);
const PLAIN_INFERENCE = /^([\p{L}-]+)(?:\s+(?:LLM|LM|VLM|MLLM|model))?\s+inference$/iu;
// "offloading-based", "high-speed", "segment-wise", "single-user", "per-image": how, where or for whom it runs
// ("mixed-precision", "test-time" and "linear-time inference" are techniques or settings of their own).
const PLAIN_INFERENCE_SUFFIX = /-(?:based|specific|optimal|speed|wise|user|demand|efficient)$|^per-/iu;
const isPlainInference = (surface: string): boolean => {
  const word = PLAIN_INFERENCE.exec(surface)?.[1];
  return word !== undefined && (PLAIN_INFERENCE_WORDS.has(word.toLowerCase()) || PLAIN_INFERENCE_SUFFIX.test(word));
};
const LLM_PROCESS = /^LLMs?\s+(?:inference|reasoning|generation|prefill(?:ing)?|pre-?training|training|decoding|RL)$/i;
const BARE_ABILITY = /^reasoning$/i;

const LIST_FOLLOWS = /^\s*,?\s*(?:including|such as|like|e\.g\.|namely)\s/u;

// One to four capitalised words (the first may be a name like "BMJ") closed by a capitalised benchmark word.
const BENCHMARK_RUN =
  /(?<![\p{L}\p{N}-])(?!\p{Lu}\p{Ll}+ing\s)(?:(?!(?:The|A|An|Our|We|This|These|In|On|For)\s)[\p{Lu}][\p{L}\p{N}-]*\s+){1,4}(?:Challenge|Benchmark|Bench|Dataset|Corpus|Suite|Arena|Leaderboard|Exam|Test)(?![\p{L}\p{N}-])/gu;

// "the Weighted Hit Gain metric", "a new Consistency score": capitalised words a measure noun closes.
const NAMED_MEASURE = /\b(?:the|a|an|our|new|novel|proposed)\s+((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,4})(?:metric|measure|score|index)\b/gu;
// "metrics such as X, Y and Z", "measured by X": the listed items are measures.
const MEASURE_LIST = /\b(?:metrics?|measures?|criteria)\s*,?\s*(?:such as|like|including|namely|:)\s+|\b(?:metrics?|measures?|criteria|evaluation (?:aspects|dimensions))\b[^.;:]{1,60}?\b(?:such as|including)\s+|\b(?:measured|quantified|assessed) (?:by|with|via|using)\s+(?:the\s+)?/gi;
const MEASURE_ITEM = /^((?:[\p{L}][\p{L}\p{N}@'’/-]*)(?:\s+[\p{L}][\p{L}\p{N}@'’/-]*){0,2}?)(?=\s*(?:,|\b(?:and|or|on|in|for|of|across|with)\b|[.;)]|$))/u;
// A model's name before "score" names a judge-based measure: "GPT-4 score", "CLIP score"; "Claude 3 Opus
// score below 20%", "X score reasonably well" use the verb.
const MODEL_SCORE = /^\s+score\b(?!\s+(?:below|above|under|over|at|up|well|poorly|highly|higher|lower|best|worst|only|just|reasonably|\d))/u;

/** Measures named by their context rather than the lexicon, as Metric candidates. */
function metricCandidates(f: FieldText, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, name: string): void => {
    out.push({ field: f.field, start, end, surface: f.text.slice(start, end), sentence: sentenceAt(f, start), type: 'Metric', name, source: 'shape', confidence: 0.6 });
  };
  // Most abstracts name no measure word at all: one cheap test spares the three scans below.
  if (!/metric|measure|score|index|criteria|aspects|dimensions/i.test(f.text)) return out;
  for (const m of f.text.matchAll(NAMED_MEASURE)) {
    const run = m[1]!.trimEnd();
    if (/^(?:We|Our|This|The|In|It)$/u.test(run.split(/\s+/)[0]!)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    // "the GLUE score": a known benchmark's score is measured on the benchmark, it names no new measure;
    // "an FID score" is the known measure itself.
    if (found.some((c) => c.source === 'lexicon' && (c.type === 'Benchmark' || c.type === 'Dataset' || c.type === 'Metric') && c.start <= start && c.end >= start + run.length)) continue;
    // "score" and "index" are part of a measure's name ("Global Coherence score"); "metric" is not.
    const end = /(?:score|index)$/.test(m[0]) ? (m.index ?? 0) + m[0].length : start + run.length;
    add(start, end, f.text.slice(start, end));
  }
  if (/\bscore\b/.test(f.text)) {
    for (const c of found) {
      if (c.field !== f.field || c.type !== 'Model' || !MODEL_SCORE.test(f.text.slice(c.end, c.end + 30))) continue;
      const end = c.end + f.text.slice(c.end).indexOf('score') + 5;
      add(c.start, end, f.text.slice(c.start, end));
    }
  }
  for (const m of f.text.matchAll(MEASURE_LIST)) {
    // "metrics to assess video quality including X, Y and Z": a later list names lower-case measures only.
    const loose = /(?:such as|including)\s+$/.test(m[0]) && !/^(?:metrics?|measures?|criteria)\s*,?\s*(?:such as|including)\s+$/i.test(m[0]);
    // "metrics on tasks including summarization": the list belongs to the nearer noun.
    if (loose && /\b(?:benchmarks?|tasks?|datasets?|models?|methods?|domains?|languages?)\b/i.test(m[0])) continue;
    let at = (m.index ?? 0) + m[0].length;
    for (let n = 0; n < 6; n++) {
      const item = MEASURE_ITEM.exec(f.text.slice(at, at + 60));
      if (!item) break;
      const words = item[1]!.split(/\s+/);
      if (loose && /\p{Lu}/u.test(item[1]!)) break;
      // Items are noun phrases: a preposition, determiner or past verb means the list has ended
      // (present verbs stay: "span overlap", "exact match" are nouns here).
      if (words.some((w) => ['prep', 'det', 'pron', 'conj'].includes(wordClass(w)) || (/ed$/.test(w) && wordClass(w) === 'verb'))) break;
      const last = words[words.length - 1]!;
      // "metrics like perplexity and synthetic tasks": an item headed by another kind of thing is no measure.
      const other = headNounType(last) ?? headNounType(last.replace(/s$/, ''));
      // "as measured by AlignBench": a benchmark's name is where it is measured, not the measure ("QuestEval"
      // and "UniEval" are measures).
      const benchmarkName = words.length === 1 && /\p{Ll}Bench$/u.test(last);
      if (!/^(?:performance|efficiency|effectiveness|quality|results?)$/i.test(last) && (!other || other === 'Metric') && !benchmarkName) add(at, at + item[1]!.length, item[1]!);
      const rest = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u.exec(f.text.slice(at + item[1]!.length));
      if (!rest) break;
      at += item[1]!.length + rest[0].length;
    }
  }
  return out;
}

// A space and a parameter count ("DeepSeek 67B", "GritLM 8x7B"), a "v" version ("InfLLM v2"); or a one-digit version, then
// punctuation or a word that is no unit ("X 3 achieves", not "X 3 times").
const SIZE_AFTER = /^( (?:\d+x)?\d+(?:\.\d+)?B)(?![\p{L}\p{N}-])/u;
const V_VERSION_AFTER = /^( [vV]\d+(?:\.\d+)*)(?![\p{L}\p{N}]|\.\d)/u;
const VERSION_AFTER = /^( [1-9](?:\.\d)?)(?=[,;:)]|\.(?:\s|$)| (?:is|are|was|achieves?|outperforms?|and|with|on|in|to|by|for)\b)/u;

// Nouns that say a capitalised word names a model or a data set: "the Helium models", "an audio codec, Mimi,".
// A singular "model" after a plain word is mostly a scientific model ("the Poisson model"), so only the
// plural counts there, and only for a word the text repeats.
const NAMING_NOUN_AFTER: Record<string, EntityType> = { models: 'Model', checkpoints: 'Model', benchmark: 'Benchmark', dataset: 'Dataset', corpus: 'Dataset' };
const NAMING_NOUN_BEFORE: Record<string, EntityType> = { backbone: 'Model', codec: 'Model', model: 'Model', benchmark: 'Benchmark', dataset: 'Dataset', corpus: 'Dataset' };

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
  const after = next && /^ $/.test(f.text.slice(t.end, next.start)) ? NAMING_NOUN_AFTER[next.text] : undefined;
  if (after && (after !== 'Model' || f.text.indexOf(t.text, t.end) >= 0 || f.text.lastIndexOf(t.text, t.start - 1) >= 0)) return after;
  const prev = f.tokens[k - 1];
  if (prev && /^, $/.test(f.text.slice(prev.end, t.start)) && NAMING_NOUN_BEFORE[prev.text] && /^,/.test(f.text.slice(t.end, t.end + 1))) return NAMING_NOUN_BEFORE[prev.text]!;
  return null;
}

/** End of "Prometheus 2" / "Aria 1.5": a version written after a plain name word. */
function versionAfter(f: FieldText, t: Token): number | null {
  const v = VERSION_AFTER.exec(f.text.slice(t.end, t.end + 24));
  return v ? t.end + v[1]!.length : null;
}

/** "KV pairs", "KL constraint": a short acronym in front of a noun modifies it and names nothing. */
function isCompoundModifier(f: FieldText, t: Token, next: Token | undefined): boolean {
  if (!next || !/^\p{Lu}{2,3}$/u.test(t.text) || !/^ $/.test(f.text.slice(t.end, next.start)) || !/^\p{Ll}+$/u.test(next.text)) return false;
  const c = wordClass(next.text);
  return c === 'noun' || (c === 'unknown' && !/s$/.test(next.text));
}

function toEvidence(s: Sentence): Evidence {
  return { field: s.field, sentence: s.text, start: s.start, end: s.end };
}

/**
 * Names of one paper that the field writes for the same thing: "short video comprehension" and
 * "short video understanding"; a term and its plural; a new name and its prefix-free short name ("xLab-DocReader2", "DocReader2").
 */
function sameThingLinks(kept: readonly Candidate[]): [string, string][] {
  const out: [string, string][] = [];
  const keys = new Set(kept.map((c) => entityKey(c.name)));
  const unknown = new Set(kept.filter((c) => c.source === 'shape' || c.source === 'intro').map((c) => entityKey(c.name)));
  for (const c of kept) {
    const key = entityKey(c.name);
    if (c.type === 'Task' && /comprehension$/i.test(c.name)) {
      const alt = entityKey(c.name.replace(/comprehension$/i, 'understanding'));
      if (keys.has(alt)) out.push([key, alt]);
    }
    // "long-context transformers" and "long context transformer": a term and its plural.
    if (c.source === 'phrase' && key.length > 4 && key.endsWith('s') && keys.has(key.slice(0, -1))) out.push([key, key.slice(0, -1)]);
    const dash = c.name.indexOf('-');
    if (dash > 0 && (c.source === 'shape' || c.source === 'intro')) {
      const tail = c.name.slice(dash + 1);
      if (tail.length >= 4 && isNameShaped(tail) && !/[-\s]/.test(tail) && unknown.has(entityKey(tail))) out.push([key, entityKey(tail)]);
    }
  }
  return out;
}

/**
 * The year or version a written name adds to a known benchmark's, one key however it is spelled ("AIME 2024"
 * and "AIME'24": "24"; "AlpacaEval 2.0" and "AlpacaEval 2": "2"), or null.
 */
function editionKey(written: string, base: string): string | null {
  const w = entityKey(written);
  const b = entityKey(base);
  const version = /(\d+(?:\.\d+)*)\s*$/u.exec(written)?.[1];
  if (!version || !w.startsWith(b) || !/^v?\d+$/.test(w.slice(b.length))) return null;
  return version.replace(/(?:\.0+)+$/u, '').replace(/^20(\d\d)$/u, '$1');
}

/**
 * "AIME24 and AIME25", "SQuAD v1.1 and v2.0": a paper that writes two editions of one benchmark means two test
 * sets; one edition alone stays the benchmark the lexicon knows. An edition is named by the lexicon's fullest
 * form of it ("AIME 2024" for "AIME24"), so that papers spelling it differently meet, else as first written.
 */
function nameEditions(kept: readonly Candidate[]): void {
  const byBase = new Map<string, Candidate[]>();
  for (const c of kept) if (c.edition) byBase.set(c.edition.of, [...(byBase.get(c.edition.of) ?? []), c]);
  for (const [base, editions] of byBase) {
    const names = new Map<string, string>();
    const known = matcher().entriesNamed(base).flatMap((e) => (e.name === base ? e.aliases : []));
    for (const c of editions) {
      const k = c.edition!.key;
      const fullest = known.filter((a) => editionKey(a, base) === k).sort((a, b) => b.length - a.length)[0];
      if (!names.has(k)) names.set(k, fullest ?? c.surface);
    }
    if (names.size < 2) continue;
    for (const c of editions) {
      c.name = names.get(c.edition!.key)!;
      delete c.aliases;
    }
  }
}

/** Group candidates into entities: same key, or linked as acronym and long form. */
function groupEntities(kept: Candidate[], links: [string, string][], fields: readonly FieldText[]): ExtractedEntity[] {
  const abstractSentences = fields.find((f) => f.field === 'abstract')?.sentences ?? [];
  const ownFrom = abstractSentences.find((s) => SELF_REFERENCE.test(s.text))?.index ?? Infinity;
  nameEditions(kept);
  const uf = new UnionFind();
  for (const c of kept) uf.union(entityKey(c.surface), entityKey(c.name));
  for (const [a, b] of links) uf.union(a, b);
  for (const [a, b] of sameThingLinks(kept)) uf.union(a, b);
  // Where the background ends for weak links: "Our code is available", "To our knowledge", "We hope" close an
  // abstract, they do not open the paper's own part.
  const ownPartFrom = abstractSentences.find((s) => SELF_REFERENCE.test(s.text) && !CLOSING_SENTENCE.test(s.text))?.index ?? Infinity;
  const context: GroupContext = { fields, names: namesBySentence(kept), ownFrom, backgroundEnd: ownPartFrom < (abstractSentences.at(-1)?.index ?? -1) ? ownPartFrom : -1 };
  const groups = new Map<string, Candidate[]>();
  for (const c of kept) {
    const root = uf.find(entityKey(c.name));
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  }
  const entities: ExtractedEntity[] = [];
  const headedTasks: ExtractedEntity[] = [];
  for (const group of groups.values()) {
    const entity = entityOfGroup(group, context);
    if (!entity) continue;
    entities.push(entity);
    if (entity.role === 'introduces' && entity.type === 'Task' && !group.some((c) => c.source === 'lexicon' || c.typedByContext)) headedTasks.push(entity);
  }
  sizedReleases(entities, fields);
  // "we propose Selective Language Modeling", "dual-level retrieval": what a method paper introduces under
  // a task's head noun is its method; a paper that builds a benchmark or data set introduces tasks with it.
  if (!entities.some((e) => e.role === 'introduces' && (e.type === 'Benchmark' || e.type === 'Dataset'))) {
    for (const e of headedTasks) e.type = 'Technique';
  }
  return entities;
}

// "Cambrian-7M, an instruction tuning dataset", "Cambrian-7M dataset", "Cambrian-7M of 7M samples".
const SAID_DATA_AFTER =
  /^(?:\s*,\s*(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,5}(?:dataset|corpus|collection|benchmark)\b|\s+(?:dataset|corpus|benchmark)\b|\s*,?\s+(?:of|with)\s+[\d.,]+\s*[KMB]?\s+(?:samples|pairs|examples|instructions)\b)/u;

/**
 * "MobileLLM-R1-950M" where the paper introduces the model MobileLLM-R1: a count after the paper's own model
 * name is its parameter count, not the size of a data set ("LVD-2M" names no model), unless the text says it
 * is data ("Cambrian-7M, an instruction tuning dataset of 7M samples").
 */
function sizedReleases(entities: ExtractedEntity[], fields: readonly FieldText[]): void {
  const ownModelNames = new Map(entities.filter((e) => e.type === 'Model' && e.role === 'introduces').map((e) => [e.key, e.name]));
  const saidData = (e: ExtractedEntity): boolean => e.spans.some((sp) => SAID_DATA_AFTER.test(fields.find((f) => f.field === sp.field)!.text.slice(sp.end, sp.end + 80)));
  for (const e of entities) {
    const sized = e.type === 'Dataset' || e.type === 'Benchmark' ? /^(.+)-\d+(?:\.\d+)?[MB]$/u.exec(e.name) : null;
    const base = sized ? ownModelNames.get(entityKey(sized[1]!)) : undefined;
    if (!base || saidData(e)) continue;
    e.type = 'Model';
    e.family = base;
  }
}

/** What typing and roles read beyond a group's own mentions. */
interface GroupContext {
  fields: readonly FieldText[];
  names: NamesBySentence;
  /** Index of the first sentence where the paper speaks of itself. */
  ownFrom: number;
  /** Index of the first sentence after the background that weak links are read from; -1 when there is none. */
  backgroundEnd: number;
}

/** One entity from the mentions of one name: its type, role, evidence and aliases; null when it is no typed link. */
function entityOfGroup(group: Candidate[], context: GroupContext): ExtractedEntity | null {
  const best = [...group].sort((a, b) => SOURCE_RANK[a.source === 'intro' ? 'shape' : a.source] - SOURCE_RANK[b.source === 'intro' ? 'shape' : b.source])[0]!;
  const introduced = group.some((c) => c.introduced);
  const type = groupType(group, best, introduced, context);
  if (!type || (!introduced && isDroppedTerm(group, type, best, context.fields))) return null;
  const role = groupRole(group, type, introduced, context.ownFrom);
  if (isWeakPhraseLink(group, type, role, context)) return null;
  const mentions = [...new Set(group.map((c) => c.surface))];
  const evidence = [...new Set(group.map((c) => c.sentence))].map(toEvidence);
  const name = best.name;
  const entity: ExtractedEntity = {
    name,
    key: entityKey(name),
    type,
    mentions,
    spans: group.map((c) => ({ field: c.field, start: c.start, end: c.end })),
    role,
    evidence,
    confidence: Math.max(...group.map((c) => c.confidence)),
  };
  const family = group.find((c) => c.family)?.family;
  if (family && entityKey(family) !== entity.key) entity.family = family;
  const aliases = [...new Set(group.flatMap((c) => [...(c.aliases ?? []), ...(c.name !== name ? [c.name] : [])]))].filter((a) => a !== name);
  if (aliases.length) entity.aliases = aliases;
  return entity;
}

/** A group's type: the lexicon's, a rule's, its context's or its ending's; an unknown new name is a Technique. */
function groupType(group: readonly Candidate[], best: Candidate, introduced: boolean, context: GroupContext): EntityType | null {
  const { fields, names } = context;
  let type = group.find((c) => c.source === 'lexicon')?.type ?? group.find((c) => c.type)?.type ?? null;
  if (!type) {
    // Words describing the name beat its ending; its ending beats words merely near it.
    const contexts = group.map((c) => typeFromContext(fields.find((x) => x.field === c.field)!, c.start, c.end));
    const told = contexts.find((t) => t?.strong)?.type;
    // "our AIMV2-3B encoder": a parameter count makes a model, whatever component noun follows it.
    const sized = SIZE_TAG.test(best.name) && (told === 'Technique' || told === 'Task') ? 'Model' : undefined;
    type = sized ?? told ?? nameEndingType(best.name) ?? releaseOfKnownModel(best.name) ?? contexts.find((t) => t)?.type ?? listSiblingType(group, names, fields) ?? null;
  }
  // "Sparse Memory Replay" in Title Case is the paper's method, not a task it studies.
  if (introduced && type === 'Task' && !group.some((c) => c.source === 'lexicon' || c.typedByContext) && group.some((c) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(c.surface))) {
    type = 'Technique';
  }
  if (!type) {
    // A name of unknown kind is no typed link; a method, framework or system the paper presents is
    // a Technique unless its context says otherwise (measured: the untyped names here were noise).
    if (!introduced) return null;
    type = 'Technique';
  }
  return type;
}

/**
 * A method or measure built from words alone (no known name, acronym or name shape) that the paper names
 * only in its background, before it first speaks of itself: what earlier work did, cited in passing, is
 * seldom a link worth keeping when it has no name of its own. The background ends at the first sentence that
 * speaks of the paper and does not close it ("Our code is available", "To our knowledge"), and only before the
 * last sentence: an abstract that first says "we" at its end has no background to tell apart.
 */
function isWeakPhraseLink(group: readonly Candidate[], type: EntityType, role: Role, context: GroupContext): boolean {
  if (role !== 'mentions' || (type !== 'Technique' && type !== 'Metric')) return false;
  return group.every((c) => c.source === 'phrase' && c.field === 'abstract' && c.sentence.index < context.backgroundEnd);
}

const CLOSING_SENTENCE = /\b(?:available|released|open-?sourced?|publicly|github|https?:)|\bto (?:the best of )?our knowledge\b|\bwe hope\b|\baccepted (?:to|at|by)\b/i;

/** Terms not introduced by the paper that are no link of it: measures not used as measures, generic and title-only wording. */
function isDroppedTerm(group: readonly Candidate[], type: EntityType, best: Candidate, fields: readonly FieldText[]): boolean {
  const textOf = (c: Candidate): string => fields.find((f) => f.field === c.field)?.text ?? '';
  if (type === 'Metric' && !group.some((c) => MEASURING.test(c.sentence.text) || ALWAYS_MEASURE.test(c.surface))) return true;
  // "a structured learning rate": a setting of training, not a measure of its outcome.
  if (type === 'Metric' && /\blearning rates?$/i.test(best.name)) return true;
  if (type === 'Metric' && RESOURCE_MEASURE.test(best.name) && !group.some((c) => NAMED_AS_MEASURE.test(c.sentence.text))) return true;
  // "while maintaining output quality": a quality is a measure where a list of measures names it.
  if (type === 'Metric' && /\bquality$/i.test(best.name) && group.every((c) => c.source === 'phrase') && !group.some((c) => NAMED_AS_MEASURE.test(c.sentence.text))) return true;
  // "assess video quality including scene cuts and motion": the measures are the listed items; the
  // aspect that heads the list is what they measure.
  if (type === 'Metric' && group.every((c) => c.source === 'phrase' && LIST_FOLLOWS.test(textOf(c).slice(c.end, c.end + 16)))) return true;
  if (group.every((c) => c.generic)) return true;
  // "in reasoning, mathematics, and code generation": a bare ability is no task, even listed with tasks;
  // the task is a kind of it ("multi-hop reasoning").
  if (type === 'Task' && group.every((c) => BARE_ABILITY.test(c.surface))) return true;
  // A Title-Case technique or measure only in the title ("Efficient Streaming LLM Serving") is the
  // title's wording; the task a title names ("... for Image Recognition") is the paper's task.
  if (type !== 'Task' && group.every((c) => c.source === 'phrase' && c.field === 'title')) return true;
  return false;
}

/** The strongest role any mention's cue gives; background mentions are cited; else the type's usual role. */
function groupRole(group: readonly Candidate[], type: EntityType, introduced: boolean, ownFrom: number): Role {
  let cued: Role | null = introduced ? 'introduces' : null;
  for (const c of introduced ? [] : group) {
    // Cues sit within a few words before the mention: 80 characters are plenty.
    const r = roleFromContext(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 80), c.start - c.sentence.start));
    if (r && (!cued || roleRank(r) < roleRank(cued))) cued = r;
  }
  // Named only in the background sentences before the paper first speaks of itself: cited, not used.
  const background = group.every((c) => c.field === 'abstract' && c.sentence.index < ownFrom);
  return cued ?? (background ? 'mentions' : defaultRole(type));
}

// "YOLOv10-N / YOLOv11-N": names written as alternatives are a list too.
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or|vs\.?|versus)\s+|\s*\/\s*)$/u;

/** The names of each sentence (no terms), in text order: the siblings a list can type a name by. */
type NamesBySentence = Map<Sentence, Candidate[]>;

function namesBySentence(kept: readonly Candidate[]): NamesBySentence {
  const out: NamesBySentence = new Map();
  for (const c of kept) {
    if (c.source === 'phrase') continue;
    const list = out.get(c.sentence);
    if (list) list.push(c);
    else out.set(c.sentence, [c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

// A list is read at most this many items away from the name: enough for real lists, and a 3,000-item one
// stays linear.
const SIBLING_REACH = 4;

/**
 * "LeetCode, AtCoder, and Codeforces": a name of unknown kind listed with named things of one kind is
 * of that kind. Only names count as siblings (models, benchmarks, data sets, named methods), not terms.
 */
function listSiblingType(group: readonly Candidate[], names: NamesBySentence, fields: readonly FieldText[]): EntityType | null {
  for (const c of group) {
    // A title's "with X and Y" names the paper's own things, often of two kinds (a benchmark and a model).
    if (c.source !== 'shape' || c.field === 'title') continue;
    const inSentence = names.get(c.sentence) ?? [];
    const at = inSentence.indexOf(c);
    const text = c.sentence.text;
    const gap = (a: Candidate, b: Candidate): string => text.slice(a.end - c.sentence.start, b.start - c.sentence.start);
    for (const step of [-1, 1]) {
      for (let k = at + step, n = 0; k >= 0 && k < inSentence.length && n < SIBLING_REACH; k += step, n++) {
        const near = inSentence[k]!;
        const [left, right] = step < 0 ? [near, inSentence[k + 1]!] : [inSentence[k - 1]!, near];
        if (!COORDINATION.test(gap(left, right))) break;
        const kind = near.type ?? suffixType(near.name) ?? (near.source === 'shape' ? toldType(near, fields) : null);
        if (kind && kind !== 'Task' && kind !== 'Metric') return kind;
      }
    }
  }
  return null;
}

/** The type the words right around a name state ("X models", "X, a benchmark"), if they state one. */
function toldType(c: Candidate, fields: readonly FieldText[]): EntityType | null {
  const t = typeFromContext(fields.find((x) => x.field === c.field)!, c.start, c.end);
  return t?.strong ? t.type : null;
}


/**
 * "We introduce OLMoE ... OLMoE-1B-7B-Instruct reaches ...": the sized releases of the paper's own model
 * line are its own too, and a line the paper releases in sizes is a model, whatever its cue called it.
 */
function claimOwnReleases(entities: ExtractedEntity[]): void {
  const own = new Map(entities.filter((e) => e.role === 'introduces' && (e.type === 'Model' || e.type === 'Technique')).map((e) => [e.key, e]));
  if (own.size === 0) return;
  for (const e of entities) {
    // "Moonshine Tiny" beside the paper's model "Moonshine": a release word after its own model's name.
    const tier = / (\S+)$/u.exec(e.name);
    const tierOf = tier && MODEL_VARIANT_WORD.test(tier[1]!) ? own.get(entityKey(e.name.slice(0, tier.index))) : undefined;
    if (tierOf?.type === 'Model') e.type = 'Model';
    if (e.type !== 'Model') continue;
    const line = own.get(entityKey(e.family ?? '')) ?? own.get(entityKey(e.name.replace(RELEASE_TAIL, ''))) ?? tierOf;
    if (!line || line === e) continue;
    e.role = 'introduces';
    line.type = 'Model';
  }
  // "Hunyuan3D-DiT" beside "Hunyuan3D 2.0", "Pairwise-J1" beside "J1": a model or part named with the paper's
  // own name as a hyphened part is the paper's too ("LongRoPE-Mistral" is the model LongRoPE made).
  const lines = [...own.values()].map((o) => o.name.replace(/\s+v?\d+(?:\.\d+)*$/u, ''));
  const ownParts = new Set(lines.filter((n) => isNameShaped(n) || /\p{L}\p{N}/u.test(n)).map(entityKey));
  for (const e of entities) {
    if (e.role === 'introduces' || (e.type !== 'Model' && e.type !== 'Technique')) continue;
    const parts = e.name.split('-');
    if (parts.length > 1 && (ownParts.has(entityKey(parts[0]!)) || ownParts.has(entityKey(parts[parts.length - 1]!)))) e.role = 'introduces';
  }
  // "PixMo" and "PixMo-Cap", "Nemotron-4 340B" and "Nemotron-4-340B-Base": a name that goes on from one the
  // paper introduces names a part or release of it.
  const named = entities.filter((o) => o.role === 'introduces' && o.type !== 'Task' && o.type !== 'Metric' && isNameShaped(o.name));
  for (const e of entities) {
    if (e.role === 'introduces' || e.type === 'Task' || e.type === 'Metric') continue;
    if (named.some((o) => extendsName(e.name, o.name))) e.role = 'introduces';
  }
}

// "Ada-KV: ... by Adaptive Budget Allocation", "X: ... via Homologous Models' Guidance": how the title says the paper does it.
const TITLE_MEANS = /\b(?:via|through|by|with|using|based on)\s+(?:an?\s+|the\s+)?(\p{Lu}.*)$/u;

/** A new term the abstract uses that the title names as the paper's means is the paper's own method. */
function claimTitleMethods(entities: ExtractedEntity[], title: string): void {
  const means = TITLE_MEANS.exec(title)?.[1]?.toLowerCase();
  if (!means || !entities.some((e) => e.role === 'introduces')) return;
  for (const e of entities) {
    // A method the lexicon knows ("Attention with Linear Biases") is used, whatever the title says.
    if (e.type !== 'Technique' || e.role === 'introduces' || matcher().entriesNamed(e.name).length > 0) continue;
    if (e.mentions.some((m) => m.includes(' ') && containsWords(means, m.toLowerCase()))) e.role = 'introduces';
  }
}

/** Whether `text` has `words` as whole words ("budget folding" in "via budget folding", not in "sub-budget foldings"). */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!NAME_CHAR.test(text[at - 1] ?? ' ') && !NAME_CHAR.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}

const NAME_CHAR = /[\p{L}\p{N}]/u;

/** Whether `name` is `base` followed by more parts ("PixMo-Cap", "MolmoE"), not a longer number ("Mamba-2.8B" of "Mamba-2"). */
function extendsName(name: string, base: string): boolean {
  let i = 0;
  for (const ch of base) {
    if (!NAME_CHAR.test(ch)) continue;
    while (i < name.length && !NAME_CHAR.test(name[i]!)) i++;
    if (i >= name.length || name[i]!.toLowerCase() !== ch.toLowerCase()) return false;
    i++;
  }
  const next = name[i];
  if (next === undefined) return false;
  return /[\s\-_/]/u.test(next) || (/\p{Lu}/u.test(next) && /\p{Ll}/u.test(name[i - 1]!));
}

function fieldText(field: TextField, text: string, sentences: Sentence[]): FieldText {
  const urls = urlSpans(text);
  const all = tokenize(text);
  const tokens = urls.length === 0 ? all : all.filter((t) => !urls.some((u) => overlaps(u, t)));
  return { field, text, tokens, sentences: sentences.filter((s) => s.field === field) };
}

/** Entities, roles, results and evidence of one paper, from its title and abstract only. */
export function extractPaper(paper: Paper): PaperExtraction {
  const title = paper.title ?? '';
  const abstract = paper.abstract ?? '';
  const sentences = sentencesOf(title, abstract);
  const fields = [fieldText('title', title, sentences), fieldText('abstract', abstract, sentences)];
  const { candidates, links, introduced } = collectCandidates(fields);
  const kept = resolveOverlaps(candidates, fields);
  const entities = groupEntities(kept, links, fields);
  claimOwnReleases(entities);
  claimTitleMethods(entities, title);
  const results = paperResults(sentences, fields, kept, entities, introduced);
  return { id: paper.id, title: paper.title, entities, results };
}

/** The numeric results of each sentence, with the paper's own method and benchmark as fallback subject and benchmark. */
function paperResults(
  sentences: readonly Sentence[],
  fields: readonly FieldText[],
  kept: readonly Candidate[],
  entities: readonly ExtractedEntity[],
  introduced: readonly IntroSpan[],
): ExtractedResult[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const e of entities) for (const m of e.mentions) byKey.set(entityKey(m), e);
  const own = entities.filter((e) => e.role === 'introduces');
  // The subject of "we/our method" results: the main contribution, a method or model if there is one.
  const primary = introduced
    .filter((sp) => sp.primary)
    .map((sp) => byKey.get(entityKey(fields.find((f) => f.field === sp.field)!.text.slice(sp.start, sp.end))))
    .filter((e): e is ExtractedEntity => e !== undefined && e.role === 'introduces');
  const isMethod = (e: ExtractedEntity): boolean => e.type === 'Technique' || e.type === 'Model';
  const ownMain = primary.find(isMethod) ?? own.find(isMethod) ?? own[0];
  const paperSubject = ownMain ? { name: ownMain.name, type: ownMain.type } : null;
  // A benchmark the paper builds is where its numbers are measured before a training set it builds.
  const paperBenchmark = (own.find((e) => e.type === 'Benchmark') ?? own.find((e) => e.type === 'Dataset'))?.name ?? null;
  // The one model the paper builds on, if there is exactly one: where its "from X to Y" gains start.
  const usedModels = entities.filter((e) => e.type === 'Model' && e.role === 'uses');
  const paperBase = usedModels.length === 1 ? usedModels[0]!.name : null;
  const results: ExtractedResult[] = [];
  const keptBySentence = new Map<Sentence, Candidate[]>();
  for (const c of kept) {
    const list = keptBySentence.get(c.sentence);
    if (list) list.push(c);
    else keptBySentence.set(c.sentence, [c]);
  }
  for (const s of sentences) {
    const inSentence: SentenceMention[] = [];
    for (const c of keptBySentence.get(s) ?? []) {
      if (c.start < s.start || c.end > s.end) continue;
      const e = byKey.get(entityKey(c.surface));
      if (!e) continue;
      // A known technique ("KV cache", "FlashAttention") is what a method uses, not what reports a result.
      const known = (c.naming ?? c.source) === 'lexicon';
      const named = !known && c.source !== 'phrase' && e.mentions.some((m) => isNameShaped(m));
      inSentence.push({ name: e.name, type: e.type, start: c.start - s.start, end: c.end - s.start, primary: primary.includes(e), named });
    }
    results.push(...findResults(s, inSentence, paperSubject, paperBenchmark, paperBase));
  }
  return results;
}
