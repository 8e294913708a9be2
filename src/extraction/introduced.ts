/**
 * Names the paper presents as its own (the title's name, the objects of "we introduce/propose ...", its
 * listed contributions and parts), and their candidates.
 */
import { matcher } from './active-lexicon.js';
import type { Candidate, IntroSpan } from './candidate.js';
import { capitalisedAround, capitalisedRun, CLASS_OF_LANGUAGE_MODELS, DESCRIBES_NEXT } from './capitalised-runs.js';
import { occurrences, sentenceAt, type FieldText } from './field-text.js';
import { nameEndingType } from './known-names.js';
import { isNamedAsTask } from './named-tasks.js';
import { isGenericHead, isJudgingWord, termHeadType } from './phrases.js';
import { INTRO_CUE, INTRO_CUE_DIRECT, SAYS_BY_MAKING } from './roles.js';
import { SIZE_AFTER } from './shape-candidates.js';
import { headNounType, isNameShaped } from './shapes.js';
import type { Sentence } from './text.js';
import { titleMeansSpans } from './title-means.js';
import { singularInAbstract, titleNameSpans } from './title-names.js';
import type { EntityType } from './types.js';
import { wordClass } from './words.js';

// Nouns of a study the paper runs: "a replication study of BERT", "a novel human-in-the-loop study".
const STUDY_WORDS = 'study|studies|analysis|analyses|investigation|replication|evaluation|survey|comparison|examination|reproduction|experiments?';
const STUDY_NOUN = new RegExp(`^(?:${STUDY_WORDS})$`, 'i');
const STUDY_OF = new RegExp(`\\b(?:${STUDY_WORDS})\\s+of\\b`, 'i');
// What a paper makes with a known method, after the method's name (a short form or one word may stand between):
// "a supervised fine-tuning (SFT) dataset", "a curriculum learning procedure", "a trajectory-level RL formulation".
const MADE_THING_AFTER = /^\s+(?:\([^()]{1,12}\)\s+)?(?:[\p{Ll}-]+\s+)?(?:datasets?|data|corpus|corpora|collections?|procedures?|protocols?|process|paradigms?|strateg(?:y|ies)|methods?|frameworks?|pipelines?|approach(?:es)?|recipes?|mixtures?|formulations?|objectives?|architectures?|designs?|systems?|environments?)\b/iu;
// What is built on a known platform or library: "we implement custom CUDA kernels", "a PyTorch implementation".
const ARTIFACT_NOUN = /^(?:kernels?|implementations?|librar(?:y|ies)|code|codebase|backends?|plugins?|extensions?|ports?|wrappers?|bindings|operators?)$/i;

/** A lower-case word that can describe a noun: an adjective, a hyphened compound or a word the dictionary lacks. */
const isDescribing = (w: string | undefined): boolean => !!w && /^\p{Ll}/u.test(w) && (w.includes('-') || ['adj', 'unknown'].includes(wordClass(w)));

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
    // "a simple yet effective framework, X": a conjunction between two describing words stays in the phrase.
    if (beforeKindNoun && c === 'conj' && /^(?:and|yet|but)$/.test(w) && isDescribing(words[k - 1]) && isDescribing(words[k + 1])) continue;
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
const OUR_DEFINED = /\b[Oo]ur\s+(?:(?:new|own|proposed|novel|resulting|final)\s+)?/gu;
// "denoted as X", "referred to as X", "a novel strategy, namely X", "a new proposed X": a name being given.
const NAME_GIVEN =
  /\b(?:denoted as|referred to as|(?:our|the) (?:newly )?proposed|(?<!so-|commonly |often |also |usually )(?:called|named|dubbed|termed)|(?:a|an) (?:novel|new) (?:[\w-]+\s+){0,3}?(?:benchmark|dataset|corpus|method|framework|model|approach|technique|algorithm|metric|system|pipeline|architecture)\s*,|(?:novel|new|proposed)\s+(?:[\w-]+,?\s+){0,4}?(?:called|named|dubbed|termed|namely)|(?:introduces|proposes|presents|introduced|proposed)\s+(?:a|an)\s+(?:novel|new)(?:\s+proposed)?|a new proposed)\s+/gi;
// "which we call X", "We call the resulting model X", "which we name X": a name the paper gives.
const WE_NAME = /\bwe (?:call|name|dub|term|coin)(?:\s+(?:it|this|them|these|the (?:resulting|new|final|proposed) [\w-]+|our (?:[\w-]+ )?[\w-]+))?\s+/gi;
// "LM-Infinite, which involves only A and B": the parts of the paper's own method are its own too.
const COMPONENTS_CUE = /\b(?:involves|consists of|comprises|is composed of|includes|including|incorporates|features|contains)\b(?:\s+(?:only|two|three|four|several|key|main|core|novel|components?|modules?|parts?|techniques?)\b|[:,])*\s*/gi;
// "we use GPT-4 to generate LongFact, a prompt set", "we curate videos from X to create Y": what a "we" clause makes at its end.
const MADE_TO_CUE = /\bwe\s+[^.;]{0,80}?\bto\s+(?:create|build|construct|generate|produce|obtain|curate|synthesi[sz]e|derive)\s+/gi;
const TRAINED_CUE = /\bwe (?:also |further |then )?(?:train|trained|fine-tune|fine-tuned|finetune|finetuned|pre-train|pre-trained|pretrain|pretrained)\s+/gi;
// "(1) ", "(ii) ", "2) ": the markers of a numbered list inside a sentence.
const ENUMERATOR = /(?:^|[\s,;:])\(?(?:[1-9]|i{1,3}|iv|v|vi)\)\s+(?:(?:and|or)\s+)?/gu;
// Between two items of one list: "X, Y, and Z".
// ", an agent-based pipeline" after a name describes it (an appositive); it is not the next item.
const LIST_GAP = /^(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s*,?\s+(?:and|as well as)\s+(?:(?:a|an|the|our)\s+)?(?:(?:novel|new)\s+)?)$/i;

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

/** The candidate a cue introduces, and the items listed with it. */
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
  // A known method before what the paper makes with it says what that is for or how it works; it is used, not made.
  const namesThingMade = (c: Candidate): boolean => c.type === 'Technique' && MADE_THING_AFTER.test(abstract.text.slice(c.end, c.end + 30));
  const describesMade = (c: Candidate): boolean => c.source === 'lexicon' && (isGenericHead(nounAfter(c)) || namesThingMade(c));
  const [known, next] = after;
  if (known && next && describesMade(known) && /^\s+[\p{L}]+\s*,?\s*$/u.test(abstract.text.slice(known.end, next.start))) after.shift();
  const first = after[0];
  // "we implement custom CUDA kernels": what is made is the kernels; the known platform is what they run on.
  if (first && first.source === 'lexicon' && ARTIFACT_NOUN.test(nounAfter(first)) && isNounPhraseGap(abstract.text.slice(anchor, first.start))) return [];
  const madeOfKnown = strict || !first ? null : newKindOfKnown(abstract, anchor, first, nounAfter(first));
  if (madeOfKnown) return [madeOfKnown];
  // "we propose a simple hallucination detection model": the task says what the new model is for.
  const taskOfThing = (c: Candidate): boolean => c.type === 'Task' && /^(?:models?|detectors?|classifiers?|systems?|tools?|agents?|networks?|method|approach|framework|pipeline)$/.test(nounAfter(c));
  // "we design a novel human-in-the-loop study": what is made is the study, the known term says how it is run.
  const studyOf = (c: Candidate): boolean => c.source === 'lexicon' && STUDY_NOUN.test(nounAfter(c));
  const hit = first && !DESCRIBES_NEXT.test(abstract.text.slice(first.end, first.end + 16)) && !/^\s+results?\b/u.test(abstract.text.slice(first.end, first.end + 10)) && !describesMade(first) && !taskOfThing(first) && !studyOf(first) ? first : undefined;
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
  if (run) return [run];
  const lower = lowerCaseRun(abstract.text, anchor);
  return lower ? [lower] : [];
}

// "we introduce splatted feature rendering, which ...": two to four lower-case words right after the cue, closed by a clause.
const LOWER_RUN = /^\s+(?:(?:a|an|the)\s+)?((?:[\p{Ll}][\p{Ll}-]*\s+){1,3}[\p{Ll}][\p{Ll}-]*)(?=\s*,\s*(?:which|that|where)\b|\s+(?:which|that)\b)/u;
// What is introduced may also be data, a finding or a part of the text, not a method ("a key insight that").
// (Studies, data sets and benchmarks are told by STUDY_NOUN and headNounType.)
const NOT_A_METHOD = /^(?:recipes?|data|findings?|insights?|conclusions?|observations?|questions?|hypothes[ie]s|modifications|types|tasks?|terms?|videos?|images?|tokens|systems?|suites|objectives?|toolkits?|workflows?|stacks?|architectures?)$/;

/** A method the cue names in lower-case words ("we introduce splatted feature rendering, which ..."), or null. */
function lowerCaseRun(text: string, anchor: number): { start: number; end: number; type: EntityType } | null {
  const m = LOWER_RUN.exec(text.slice(anchor, anchor + 80));
  if (!m || !namesMethod(m[1]!.split(/\s+/))) return null;
  const start = anchor + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, type: 'Technique' };
}

/** No judging word, adverb, verb or small word, and a last word that is no general noun, data, finding or participle. */
function namesMethod(words: readonly string[]): boolean {
  if (words.some((w) => isJudgingWord(w) || /ly$/.test(w) || ['verb', 'prep', 'conj', 'pron', 'det', 'adv'].includes(wordClass(w)))) return false;
  const last = words[words.length - 1]!;
  // "a controlled experiment showing": a participle after a noun starts what the noun does.
  const participle = /ing$/.test(last) && wordClass(words[words.length - 2] ?? '') === 'noun';
  const kind = headNounType(last);
  return !isGenericHead(last) && !NOT_A_METHOD.test(last) && !STUDY_NOUN.test(last) && !participle && kind !== 'Dataset' && kind !== 'Benchmark';
}

// "a multi-turn online reinforcement learning (RL) approach, ": the kind of thing a cue makes, described;
// "a training-free compression framework (KiteKV)": its name may follow in brackets.
const DESCRIBED_KIND =
  /^\s*(?:a|an)\s+((?:[^\s.;,:]+\s+){0,7}?)(approach|method|framework|algorithm|model|benchmark|dataset|architecture|system|technique|pipeline|strategy|mechanism|module|suite|paradigm|recipe|agent|library|metric|corpus|baseline|tool|toolkit|engine|platform|environment|LLM|MLLM|VLM)\s*(,|\()\s*(?:i\.e\.,?\s*|namely,?\s*)?/u;

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
  if (kinds.length === 0 || kinds.some((_, j) => judges(first + j)) || !kinds.every(([w]) => isDescribing(w))) return null;
  return { start: known.start - run[1]!.length + kinds[0]!.index!, end: known.end, type: 'Technique' };
}

// The kinds said before a name that type it; a method's kinds ("framework", "system") leave that to the name.
const KIND_TYPES_NAME: ReadonlySet<EntityType> = new Set(['Benchmark', 'Dataset', 'Metric', 'Model']);

// "we present three novel sequence models, Moneta, Yaad, and Memora, that": a counted kind, then its names.
const DESCRIBED_KINDS =
  /^\s*(?:two|three|four|five|six|several|a family of|a series of|the)\s+((?:[^\s.;,:]+\s+){0,5}?)(approaches|methods|frameworks|algorithms|models|benchmarks|datasets|architectures|systems|techniques|variants|agents|metrics|corpora)\s*(?:,|:)\s*/u;

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
  if (!name || !/^\s*(?:[,().;:]|which\b|that\b|$)/u.test(f.text.slice(name.end, name.end + 8))) return null;
  // In brackets, the whole bracket is the name, and not the short form of the words before it ("a mixture-of-experts model (MoE)").
  if (kind[3] === '(' && (f.text[name.end] !== ')' || sorted.some((c) => c.start === name.start && c.source === 'acronym'))) return null;
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
export const TITLE_CASE_ITEM = /^[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?:\s+(?:(?:of|for|with|in|and|via|to)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*){0,5}$/u;

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

// The list's first marker, and the words that announce the list: "two key innovations: (1) ...".
const FIRST_MARKER = /(?:^|[\s,;:])\(?(?:1|a|i)\)\s/gu;
// What the list is: the paper's own parts ...
const OWN_PARTS_LEAD = /\b(?:components?|modules?|designs?|innovations?|techniques?|methods|contributions?|strategies|mechanisms?|parts|ingredients|key ideas|stages|consists? of|comprises?|composed of|incorporat\w*|features|introduc\w*|propos\w*|present\w*|develop\w*|devis\w*)\b/gi;
// ... or what it studies or compares: "two challenges: (1) Limited Context, which ...", "three baselines: (i) ...".
const OTHER_LIST_LEAD = /\b(?:challenges?|limitations?|findings?|observations?|failure|baselines?|settings?|dimensions?|covers?|compar\w*|evaluat\w*|find|issues?|problems?|questions?|aspects?|categories|tasks?|types?|bottlenecks?|shortcomings?|drawbacks?)\b/gi;

/**
 * Does the list that `itemStart` belongs to announce the paper's own parts? The word nearest the list's first
 * marker says: "we address this challenge by introducing two key techniques: (1)" announces techniques.
 */
function announcesOwnParts(f: FieldText, itemStart: number): boolean {
  const from = Math.max(0, itemStart - 800);
  let first = -1;
  for (const m of f.text.slice(from, itemStart).matchAll(FIRST_MARKER)) first = from + (m.index ?? 0);
  if (first < 0) return false;
  const lead = f.text.slice(Math.max(sentenceAt(f, first).start, first - 150), first);
  const lastAt = (re: RegExp): number => Math.max(-1, ...[...lead.matchAll(re)].map((m) => m.index ?? -1));
  const own = lastAt(OWN_PARTS_LEAD);
  return own >= 0 && own > lastAt(OTHER_LIST_LEAD);
}

/** Numbered items that name a part of the paper's method and describe it; a part is a method unless its name's head says otherwise. */
function describedItems(f: FieldText, found: readonly Candidate[], s: Sentence): ListedSpan[] {
  const out: ListedSpan[] = [];
  for (const m of s.text.matchAll(DESCRIBED_ITEM)) {
    const start = s.start + (m.index ?? 0) + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    // A name another rule reads as a measure, model or data keeps that reading ("(2) High Latency, which"); a known
    // name is used, not made. (A Title-Case part read as a task is the paper's method: see groupType.)
    const readAs = found.find((c) => c.start === start && c.end === end);
    if ((readAs && (readAs.source === 'lexicon' || (readAs.type && readAs.type !== 'Technique' && readAs.type !== 'Task'))) || CLASS_OF_LANGUAGE_MODELS.test(m[1]!) || !announcesOwnParts(f, start)) continue;
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
    // "First, we scale ...", "Firstly, we introduce ...": a one-word item the dictionary knows, an ordinal or an
    // adverb in -ly is prose, not a name.
    const prose = !/\s/.test(item) && (wordClass(item) !== 'unknown' || /^(?:first|second|third|fourth|fifth|then|next)$|\p{L}{3}ly$/iu.test(item));
    if (TITLE_CASE_ITEM.test(item) && !prose) out.push({ start: at, end: at + item.length, type: listType });
    else if (found1) out.push({ start: found1.start, end: found1.end, type: listType });
    else break;
    at += m[0].length;
  }
  return out;
}

/**
 * After "our NAME": a comma, a verb or a kind noun ends the name, so it is what is ours; in "our EHRSHOT results",
 * "our FP4 attention" the name describes the noun after it.
 */
function isOwnNameEnd(after: string): boolean {
  const next = /^\s*(?:([,;:.)/]|$)|(\p{L}+))/u.exec(after);
  return next !== null && (next[1] !== undefined || headNounType(next[2]!) !== null || ['verb', 'adv'].includes(wordClass(next[2]!)));
}

/** "our channel-independent X (XS)": at most two describing words, no verb ("Our model leverages X (XS)"). */
function isModifierGap(gap: string): boolean {
  if (!/^(?:[\w-]+\s+){0,2}$/u.test(gap)) return false;
  return gap.split(/\s+/).filter(Boolean).every((w) => !headNounType(w) && !['verb', 'prep', 'conj', 'pron', 'det', 'adv'].includes(wordClass(w)));
}

/** What every introducing cue of the abstract reads: the abstract, its candidates by start, and the new ones among them. */
interface IntroContext {
  abstract: FieldText;
  found: readonly Candidate[];
  /** New parts: unknown names, terms, and variants of known models ("Qwen9-7B-Instruct"). */
  newParts: readonly Candidate[];
  /** Terms the lexicon does not know: phrases, and measures named by their context ('metrics such as X'). */
  newTerms: readonly Candidate[];
  /**
   * Names the lexicon does not know as written: unknown shapes and extended known names that are no
   * known family's variant ("Llama-9-7B-Chat" is fine-tuned, not made, by the paper).
   */
  newNames: readonly Candidate[];
}

function introContext(abstract: FieldText, candidates: readonly Candidate[]): IntroContext {
  const found = byStart(candidates);
  return {
    abstract,
    found,
    newParts: found.filter((c) => c.source === 'phrase' || c.source === 'shape' || (c.source === 'lexicon' && c.name === c.surface && !!c.family)),
    newTerms: found.filter((c) => c.source === 'phrase' || (c.source === 'shape' && c.type === 'Metric')),
    newNames: found.filter((c) => c.source === 'shape' || (c.source === 'lexicon' && c.name === c.surface && c.confidence < 0.9 && !c.family)),
  };
}

/** Names the paper presents as its own: the title's name and the objects of "we introduce/propose ...". */
export function introducedSpans(fields: readonly FieldText[], candidates: readonly Candidate[]): IntroSpan[] {
  const out: IntroSpan[] = [];
  const [title, abstract] = fields;
  if (title) out.push(...titleNameSpans(title, abstract), ...titleMeansSpans(title, abstract));
  if (!abstract) return out;
  const ctx = introContext(abstract, candidates);
  const ownNames = new Set<string>();
  let namedSoFar = 0;
  for (const s of abstract.sentences) {
    addCueObjects(ctx, s, out);
    addTrainedAndMade(ctx, s, out);
    addOurNames(ctx, s, out);
    if (s.text.includes(')')) for (const sp of describedItems(abstract, ctx.found, s)) out.push({ ...sp, field: 'abstract', primary: false });
    // Components listed right after one of the paper's own names.
    for (; namedSoFar < out.length; namedSoFar++) {
      const o = out[namedSoFar]!;
      ownNames.add(fields.find((x) => x.field === o.field)!.text.slice(o.start, o.end));
    }
    if ([...ownNames].some((n) => s.text.includes(n))) addComponents(ctx, s, out);
  }
  for (const sp of out) {
    if (sp.field !== 'abstract' || (sp.type && sp.type !== 'Technique') || !isNamedAsTask(abstract, sp.start, sp.end)) continue;
    sp.type = 'Task';
    sp.typedByContext = true;
  }
  return out;
}

/** The objects of "we introduce / propose / present ...", the contributions it lists, and what "by ..." says they work by. */
function addCueObjects({ abstract, found, newTerms }: IntroContext, s: Sentence, out: IntroSpan[]): void {
  // Sentences that say neither "we", "this" nor "our" introduce nothing: plain look-ups spare the cue's scan.
  const mayIntroduce = s.text.includes('we ') || s.text.includes('We ') || s.text.includes('his ') || s.text.includes('our ') || s.text.includes('Our ');
  if (!mayIntroduce) return;
  for (const cue of s.text.matchAll(SAYS_BY_MAKING.test(s.text) ? INTRO_CUE : INTRO_CUE_DIRECT)) {
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
}

/** "we fine-tuned Orca-9B-Med": a new name trained by the paper is its own model; "we ... to create X" made it. */
function addTrainedAndMade({ abstract, found, newNames }: IntroContext, s: Sentence, out: IntroSpan[]): void {
  if (!s.text.includes('we ') && !s.text.includes('We ')) return;
  for (const m of s.text.matchAll(TRAINED_CUE)) {
    const anchor = s.start + (m.index ?? 0) + m[0].length;
    const hit = introducedAfter(abstract, newNames, anchor, Math.min(s.end, anchor + 40), true)[0];
    // "We fine-tune Llama-2-7B": a known model, even when no rule calls it new, is trained, not made.
    const known = hit && found.some((c) => c.source === 'lexicon' && !newNames.includes(c) && c.start <= hit.start && c.end >= hit.end);
    if (hit && !known) out.push({ ...hit, field: 'abstract', type: 'Model', primary: false });
  }
  for (const m of s.text.matchAll(MADE_TO_CUE)) {
    const anchor = s.start + (m.index ?? 0) + m[0].length;
    const made = introducedAfter(abstract, newNames, anchor, Math.min(s.end, anchor + 60), false, false)[0];
    if (made) out.push({ ...made, field: 'abstract', type: made.type ?? null, primary: false });
  }
}

/** "our X (XS)", "our X model", "a new model called X", "which we call X": names given as the paper's own. */
function addOurNames({ abstract, found }: IntroContext, s: Sentence, out: IntroSpan[]): void {
  // Most sentences say neither "our" nor "we call": cheap look-ups spare the scans below.
  const saysOur = s.text.includes('our') || s.text.includes('Our');
  const saysName = / (?:call|name|dub|term|coin)\s/i.test(s.text);
  const saysOurNoun = saysOur || /[Tt]he\s+(?:proposed|resulting|final)\s/.test(s.text);
  const givesName = /denoted|referred|propos|called|named|dubbed|termed|novel|new\s/i.test(s.text);
  for (const m of saysOur ? s.text.matchAll(OUR_DEFINED) : []) {
    const anchor = s.start + (m.index ?? 0) + m[0].length;
    for (let k = firstAtOrAfter(found, anchor); k < found.length && found[k]!.start - anchor < 40; k++) {
      const c = found[k]!;
      // "Our UltraNet-8B, built on X, achieves": a name of new shape right after "our" is the paper's own.
      const ownShape = c.start === anchor && c.source === 'shape' && isOwnNameEnd(abstract.text.slice(c.end, c.end + 24));
      if (!ownShape && ((c.source !== 'acronym' && c.source !== 'lexicon') || !isModifierGap(abstract.text.slice(anchor, c.start)) || !/^\s*\(/u.test(abstract.text.slice(c.end, c.end + 3)))) continue;
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
      // "our encoder-decoder architecture": a general term in lower case says what the thing is built as, it names nothing.
      if (re === OUR_NAMED && !found.some((c) => c.start === anchor && c.source !== 'phrase' && c.type !== 'Task' && !(c.source === 'lexicon' && /^[\p{Ll}\s-]+$/u.test(c.surface)))) continue;
      // "presents a new vision Transformer, called Swin": the name after "called" is the new thing.
      if (re === NAME_GIVEN && !strict && /^[^.;]{0,60}?,?\s+(?:called|named|dubbed|termed|namely)\s/i.test(s.text.slice(anchor - s.start))) continue;
      // "our MAE approach": the name, not the name with its general noun.
      const names = re === OUR_NAMED ? found.filter((c) => c.source !== 'phrase') : found;
      for (const sp of introducedAfter(abstract, names, anchor, Math.min(s.end, anchor + 60), strict)) {
        out.push({ ...sp, field: 'abstract', type: sp.type ?? null, primary: re !== NAME_GIVEN && re !== WE_NAME });
      }
    }
  }
}

/** In a sentence about one of the paper's own names, the parts it "consists of" or "includes" are new too. */
function addComponents({ abstract, newParts, newTerms }: IntroContext, s: Sentence, out: IntroSpan[]): void {
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

/** The paper's own names, and their later mentions where they have no name shape ("Goldfish"). */
export function addIntroCandidates(fields: readonly FieldText[], introduced: readonly IntroSpan[], candidates: Candidate[]): void {
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
      ...(typed || sp.typedByContext ? { typedByContext: true } : {}),
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
