/**
 * Candidates from acronym definitions, expansions and bracketed aliases, typed by the long form and the
 * lexicon's readings of the short one.
 */
import { findAcronymDefinitions, findAliasMarkers, findExpansions, type AcronymDefinition } from './acronyms.js';
import { matcher } from './active-lexicon.js';
import type { Candidate, CandidateSet } from './candidate.js';
import { isMeasuredOn, typeFromContext } from './context-type.js';
import { occurrences, sentenceAt, type FieldText } from './field-text.js';
import type { LexiconEntry } from './lexicon.js';
import { entityKey } from './normalise.js';
import { isGenericHead, termHeadType } from './phrases.js';
import { headNounType, isGenericClassName, isGenericShortForm, suffixType } from './shapes.js';
import { tokenize, type Sentence } from './text.js';
import type { EntityType, Span, TextField } from './types.js';
import { wordClass } from './words.js';

/** Generic plural class names ("Large Vision-Language Models") are never entities. */
function isGenericLongForm(long: string, short: string): boolean {
  const last = long.trim().split(/[\s-]+/).pop() ?? '';
  if (/^(?:models|llms|networks|systems|methods|approaches|tasks|agents)$/i.test(last)) return true;
  // "Electronic Health Records (EHRs)": a plural capitalised long form with a plural short form names a
  // kind of thing; "Low Rank Adapters (LoRA)" names one method whose parts are plural.
  if (/^\p{Lu}\p{Ll}+s$/u.test(last) && !/ss$/.test(last) && /s$/.test(short)) return true;
  // "chest X-ray images (CXRs)", "whole slide images (WSI)", "Electronic Health Records (EHR)": plural items of
  // data are the input, not a method.
  if (/^(?:images|videos|scans|radiographs|photographs|recordings|documents|notes|records)$/i.test(last)) return true;
  // "personally identifiable information (PII)", "protected health information (PHI)": the kind of data a system
  // protects is no method ("mutual information (MI)" is a measure, and stays).
  if (/\b(?:identifiable|health|personal|sensitive|private) information$/i.test(long.trim())) return true;
  // "English-to-Arabic (EN-AR)": a translation direction between two languages names no entity.
  if (/^\p{Lu}\p{Ll}+-to-\p{Lu}\p{Ll}+$/u.test(long.trim()) && /^\p{Lu}{2,3}-\p{Lu}{2,3}$/u.test(short)) return true;
  // "partial differential equations (PDEs)" are the problem a solver is for, a class like "language models";
  // "ordinary differential equations (ODEs)" are often the sampler's method, and stay.
  return /\b(?:language models?|partial differential equations?)$/i.test(long.trim());
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
  // Spelled-out names have words apart, by spaces or, in a lower-case term, hyphens ("text-to-speech" spells TTS out).
  const expansions = names.filter((x) => /\s/.test(x.trim()) || /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(x));
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

const TASK_HEAD = /(?:understanding|answering|generation|reasoning|summari[sz]ation|recognition|classification|retrieval|captioning|translation|completion|extraction|detection|segmentation|comprehension)$/;

/** The type of an acronym's long form from its last word ("... Utilization" → Metric). */
function longFormType(long: string): EntityType | null {
  // "Critical Assessment of protein Structure Prediction", "International Olympiad in Informatics": the noun
  // before "of" or "in" heads the name.
  const head = /^(?:\S+\s+){0,3}?(\S+)\s+(?:of|in)\s/u.exec(long.trim())?.[1]?.toLowerCase();
  if (head && /^(?:assessment|competition|challenge|benchmark|suite|olympiad)$/.test(head)) return 'Benchmark';
  // "Emotion Recognition in Conversation (ERC)", "Visual Question Answering in Medicine": a task head before "in" or
  // "of" heads a task whatever follows.
  if (head && TASK_HEAD.test(head)) return 'Task';
  // "NaturalCodeBench (NCB)": a one-word CamelCase long form is typed by its ending, as a name is ("Self-Chat
  // (SC)", dictionary words hyphened, is not a name's ending).
  const ending = /^\p{Lu}[\p{L}\p{N}]*$/u.test(long.trim()) ? suffixType(long) : null;
  if (ending) return ending;
  const last = (long.trim().split(/[\s-]+/).pop() ?? '').toLowerCase();
  if (/^(?:benchmark|bench|suite|leaderboard|test|challenge|exam|examination|arena|competition|olympiad)$/.test(last)) return 'Benchmark';
  if (/^(?:dataset|corpus|collection)$/.test(last)) return 'Dataset';
  // "large reasoning model (LRM)", "artificial neural network (ANN)": a long form in lower case names a class of
  // models, which the read held-out gold reads as a technique (typed so, 19 more of its links are right and 19 fewer
  // wrong); a model's own name is capitalised ("Large World Model (LWM)").
  if (/^(?:model|network)$/.test(last) && !/\p{Lu}/u.test(long)) return 'Technique';
  if (/^(?:model|transformer|network|llm|assistant)$/.test(last)) return 'Model';
  if (/^(?:score|rate|utili[sz]ation|accuracy|error|distance|ratio|precision|recall|similarity|index|measure|metric|latency|throughput)$/.test(last)) return 'Metric';
  // "job completion time (JCT)": a time a run takes, measured.
  if (/\b(?:completion|response|inference|wall-clock|running|execution)\s+time$/i.test(long.trim())) return 'Metric';
  if (TASK_HEAD.test(last) || /(?:modell?ing|learning|prediction|inference)$/.test(last)) return 'Task';
  if (/^(?:tasks?|subtasks?|sub-tasks?|problems?)$/.test(last)) return 'Task';
  return 'Technique';
}

// "three scenarios: X (XS), Y (YS)", "tasks such as X (XS)": items of a list of tasks or settings are tasks.
const TASK_LIST_BEFORE = /\b(?:tasks|sub-?tasks|scenarios|settings|abilities|capabilities|skills)\s*(?::|,?\s+(?:such as|including|namely|like))\s+[^.;:]*$/i;

// "order-preserve retrieval-augmented generation (OP-RAG) mechanism": nouns that say what kind of thing
// the defined name is; the name, not the name with its kind, is the entity.
const KIND_NOUN = /^(?:mechanisms?|modules?|algorithms?|architectures?|systems?|layers?|models?)$/i;

/** The forms of the term around a definition: "KV cache", "key-value cache"; the long form alone where the head restates it. */
function termForms(d: AcronymDefinition, head: string): string[] {
  // "Monte Carlo Tree Search (MCTS) search": a head that restates the long form's last word adds nothing.
  const restated = d.long.text.split(/[\s-]+/).pop()!.toLowerCase().replace(/s$/, '') === head.toLowerCase().replace(/s$/, '');
  return restated ? [d.long.text] : [`${d.short.text} ${head}`, `${d.long.text} ${head}`];
}

/** The lexicon entry one of the term's forms names whole, if any ("Kullback-Leibler divergence"). */
function knownTerm(forms: readonly string[]): LexiconEntry | undefined {
  return forms
    .map((text) => ({ text, hit: matcher().match(text, tokenize(text))[0] }))
    .find(({ text, hit }) => hit !== undefined && hit.start === 0 && hit.end === text.length)?.hit?.entry;
}

/**
 * "key-value (KV) cache": one mention from the long form to the head noun, named as the lexicon names
 * "KV cache" or "key-value cache" where it knows the term, else as the long form with its head.
 */
function termAroundAcronym(f: FieldText, s: Sentence, d: AcronymDefinition, head: string, end: number, forms: readonly string[], known: LexiconEntry | undefined): Candidate {
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
export function addAcronymCandidates(f: FieldText, st: CandidateSet): void {
  for (const s of f.sentences) {
    for (const d of findAcronymDefinitions(f.text, s.start, s.end)) addDefinition(f, st, s, d);
    for (const d of findExpansions(f.text, s.start, s.end)) addExpansion(f, st, s, d);
  }
}

const SENSOR_OR_HARDWARE =
  /\b(?:detection and ranging|vector graphics|channel state information|radio[- ]frequency|millimet(?:er|re)[- ]wave|(?:measurement|processing|microcontroller) units?|gate arrays?|computed tomography|(?<!functional )magnetic resonance(?: imaging)?|electrocardiogra(?:ms?|phy)|photoplethysmogra(?:ms?|phy))$/i;

// "remote sensing (RS)", "Generative Artificial Intelligence (GenAI)", "computer-aided design (CAD)", "high-definition (HD)":
// a field of work or a quality of data is what a paper is about, neither a method nor, in its short form, a name.
const FIELD_OF_WORK = /^(?:(?:generative\s+)?artificial\s+intelligence|remote\s+sensing|computer[\s-]aided\s+design|high[\s-]definition|natural\s+language\s+processing|computer\s+vision)$/i;

/** "retrieval-augmented generation (RAG)": the long form and its short form, one entity, unless they name a class or describe a noun. */
function addDefinition(f: FieldText, st: CandidateSet, s: Sentence, d: AcronymDefinition): void {
  const { candidates, blocked, generic } = st;
  // "latent diffusion models (LDMs)", "state space models (SSMs)": plural models of a known technique are that technique.
  const knownInside = (): boolean => candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.type === 'Technique' && c.start >= d.long.start && c.end <= d.long.end);
  // "Light Detection and Ranging (LiDAR)", "Channel State Information (CSI)", "computed tomography (CT)", "microcontroller
  // units (MCUs)", "Scalable Vector Graphics (SVG)": the sensor, scan, signal, chip or file format a system works with is
  // no entity, nor is any part of its name ("Light Detection").
  const long = d.long.text.trim();
  const field = FIELD_OF_WORK.test(long);
  if (field || SENSOR_OR_HARDWARE.test(long)) {
    blocked.push({ field: f.field, start: d.long.start, end: d.long.end }, { field: f.field, start: d.short.start, end: d.short.end });
    // ("CAD models", "RS benchmarks": the field's letters elsewhere in the paper name nothing either.)
    if (field) blockShapeReadings(candidates, blocked, d.short.text);
    return;
  }
  if (isGenericShortForm(d.short.text) || isGenericClassName(d.short.text) || (isGenericLongForm(d.long.text, d.short.text) && !knownInside())) {
    // "Large MultiModality Models (LMMs)": a CamelCase word inside a class name names nothing.
    generic.push({ field: f.field, start: d.long.start, end: d.long.end });
    // "Large Reasoning Models (LRMs)": the class's acronym is not the lexicon's LRM (Large Reconstruction Model).
    blockOtherReadings(candidates, blocked, f.field, d);
    return;
  }
  // "low-rank (LR) adapters", "key-value (KV) cache": the acronym is defined inside a term, the whole
  // term is the entity.
  const following = /^\)\s+([\p{L}-]+)/u.exec(f.text.slice(d.short.end));
  const head = following?.[1] ?? '';
  if (following && addTermAroundDefinition(f, st, s, d, following[0], head)) return;
  // "out-of-distribution (OOD) issues", "key-value (KV) pairs": a one-word compound defined in front of a
  // plain noun describes that noun; neither half names a term.
  const lexiconKnows = candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.start < d.short.end && c.end > d.long.start);
  if (following && isDescribingCompound(d.long.text, head) && !lexiconKnows) {
    blocked.push({ field: f.field, start: d.long.start, end: d.long.end }, { field: f.field, start: d.short.start, end: d.short.end });
    return;
  }
  addDefinedName(f, st, s, d, following ? head : null);
}

/**
 * "(KV) cache", "(WSD) learning rate scheduler": where a term's head follows the definition, the term around it is the
 * entity. Returns whether the words after the definition were such a head (then nothing else is read from it).
 */
function addTermAroundDefinition(f: FieldText, { candidates, links, blocked }: CandidateSet, s: Sentence, d: AcronymDefinition, following: string, head: string): boolean {
  // A plural head counts for terms of method ("(KV) caches"), not for general nouns ("(DocVQA) tasks",
  // "(DocVQA) pipelines").
  // "Monte Carlo Tree Search (MCTS) algorithm", "(RAG) framework": a general or kind noun after the
  // definition says what the defined name is; the definition stands as written.
  const namesKind = isGenericHead(head) || KIND_NOUN.test(head);
  const forms = termForms(d, head);
  const known = namesKind ? undefined : knownTerm(forms);
  // "Kullback-Leibler (KL) divergence": a term the lexicon knows whole is one, whatever its head; but a verb
  // heads none ("Branch-and-bound (BaB) is" reads as "bAbIs").
  const knownNoun = known !== undefined && ['noun', 'unknown'].includes(wordClass(head));
  if (namesKind || !(knownNoun || termHeadType(head) || termHeadType(head.replace(/s$/, '')) === 'Technique')) return false;
  blocked.push({ field: f.field, start: d.short.start, end: d.short.end });
  // "maximum-a-posteriori (MAP) estimation ... the MAP objective": spelled out anew, the acronym is not the
  // lexicon's MAP (mean average precision) anywhere in the paper.
  blockOtherReadings(candidates, blocked, f.field, d);
  // "(WSD) learning rate scheduler": a head that more nouns follow is no head.
  const end = d.short.end + following.length;
  const next = /^\s+([\p{L}-]+)/u.exec(f.text.slice(end, end + 30))?.[1];
  const nextClass = next ? wordClass(next) : null;
  const closes = !next || ['prep', 'conj', 'det', 'pron', 'adv'].includes(nextClass!) || (nextClass === 'verb' && /(?:s|ed)$|^(?:can|could|may|might|must|will|would|should)$/.test(next));
  if (!closes) return true;
  const term = termAroundAcronym(f, s, d, head, end, forms, known);
  candidates.push(term);
  // "Visualization-of-Thought (VoT) prompting ... VoT outperforms": a capitalised name's short form,
  // written alone later, still names the whole term.
  const lexiconKnowsShort = candidates.some((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start);
  if (!lexiconKnowsShort && /\p{Lu}/u.test(d.long.text)) links.push([entityKey(d.short.text), entityKey(term.name)]);
  // "click-through rate (CTR) prediction ... CTR models": a known term's lower-case part abbreviates a common noun
  // phrase, and the short form alone names nothing anywhere in the paper.
  else if (known && !lexiconKnowsShort) blockShapeReadings(candidates, blocked, d.short.text);
  return true;
}

/** Drop every reading of `short` (or its plural) that only its shape made. */
function blockShapeReadings(candidates: readonly Candidate[], blocked: Span[], short: string): void {
  const forms = new Set([short, `${short}s`]);
  for (const c of candidates) if (c.source === 'shape' && forms.has(c.surface)) blocked.push({ field: c.field, start: c.start, end: c.end });
}

/**
 * What the words around an untyped long form say it names: a strong data reading ("the X (XS) benchmark suite"), or
 * a benchmark where the paper reports results or a rank on it ("state-of-the-art results on X (XS)").
 */
function dataTypeAround(f: FieldText, d: AcronymDefinition): EntityType | null {
  const reading = typeFromContext(f, d.long.start, d.long.end);
  if (reading?.strong && (reading.type === 'Benchmark' || reading.type === 'Dataset')) return reading.type;
  return isMeasuredOn(f, d.long.start, d.long.end) ? 'Benchmark' : null;
}

/** Both halves of a definition as one entity, named and typed by the lexicon's reading of either half, the words around it, or the long form. */
function addDefinedName(f: FieldText, { candidates, links, blocked }: CandidateSet, s: Sentence, d: AcronymDefinition, head: string | null): void {
  // "Group Query Attention (GQA)": the lexicon's reading of the acronym spelled that way ("grouped-query
  // attention"), not another reading of it (the GQA benchmark).
  const spelled = spelledReading(d);
  const lexLong = spelled ?? candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.long.start && c.end === d.long.end);
  const knownShort = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start);
  if (spelled && knownShort && knownShort.name !== spelled.name) blockReading(candidates, blocked, d, knownShort.name);
  // "Dynamic Memory Compression (DMC)": a paper that spells its acronym out anew means its own thing,
  // not the lexicon's DMC (DeepMind Control Suite); every lexicon reading of that acronym goes.
  // "Relative Position Encoding (RPE)" where the lexicon also reads RPE as relative pose error: the paper's reading
  // stands and the other goes, with a known long form too.
  const redefined = knownShort?.name !== lexLong?.name && blockOtherReadings(candidates, blocked, f.field, d);
  const lexShort = redefined ? undefined : knownShort;
  // "Graph Retrieval-Augmented Generation": a long form ending in a known term is of its type.
  const lexTail = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.end === d.long.end && c.start >= d.long.start && !blocked.some((b) => b.field === c.field && b.start === c.start && b.end === c.end));
  // "Critical Assessment of protein Structure Prediction": a benchmark's head outranks the task it ends in.
  const longType = longFormType(d.long.text);
  // "the Deep Memory Retrieval (DMR) benchmark", "the Dependency (Dep) metric": the noun after the
  // definition says what it names.
  const named = head !== null ? headNounType(head) : null;
  const namedData = named === 'Benchmark' || named === 'Dataset' || named === 'Metric' ? named : null;
  // "BIG-Bench Extra Hard (BBEH), a new benchmark": an appositive says what an untyped long form names.
  const untyped = !lexLong && !lexShort && !namedData && !lexTail && longType === 'Technique';
  const told = untyped ? typeFromContext(f, d.short.start, d.short.end, true) : null;
  // "a dataset Android-In-The-Zoo (AitZ)": a kind noun right before the long form names what it is.
  const kindBefore = untyped && !told ? namedKindBefore(f, d.long.start) : null;
  // "state-of-the-art results on Beyond The Cranial Vault (BTCV)": the words before the long form can type it too.
  const measured = untyped && !told?.strong && !kindBefore ? dataTypeAround(f, d) : null;
  let type = lexLong?.type ?? lexShort?.type ?? namedData ?? (longType === 'Benchmark' ? longType : lexTail?.type) ?? (told?.strong ? told.type : kindBefore ?? measured ?? longType);
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

/** "SLIM-7B (SLIding-window Memory)": the name keeps its own type; the expansion is another mention of it. */
function addExpansion(f: FieldText, { candidates, links, blocked }: CandidateSet, s: Sentence, d: AcronymDefinition): void {
  const lexShort = candidates.find((c) => c.field === f.field && c.source === 'lexicon' && c.start === d.short.start && c.end === d.short.end);
  // "LEMON (LEarning ... relation), a unified model": an appositive after the bracket says what an untyped name is.
  const longType = longFormType(d.long.text);
  const told = lexShort || longType !== 'Technique' || suffixType(d.short.text) ? null : typeFromContext(f, d.short.start, d.short.end);
  const type = lexShort?.type ?? suffixType(d.short.text) ?? (told?.strong ? told.type : longType);
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

/** "inter-data partitioning (a.k.a. Data Parallelism)": both names are one entity. */
export function addAliasCandidates(f: FieldText, st: CandidateSet): void {
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
 * "... for Emotion Recognition in Conversation" beside "emotion recognition in conversation (ERC)": a defined long form
 * written again, in any case, is the same entity there, not the shorter known term of its kind inside it.
 */
export function addRepeatedLongForms(fields: readonly FieldText[], { candidates }: CandidateSet): void {
  const defined = new Map<string, Candidate>();
  for (const c of candidates) if (c.source === 'acronym' && c.type && /\s/.test(c.surface)) defined.set(c.surface.toLowerCase(), c);
  if (defined.size === 0) return;
  // Offsets into the lower-cased text are offsets into the text only where lower-casing keeps its length.
  const lowered = fields.map((f) => ({ f, lower: { ...f, text: f.text.toLowerCase() } })).filter(({ f, lower }) => lower.text.length === f.text.length);
  for (const [form, c] of defined) {
    for (const { f, lower } of lowered) {
      for (const o of occurrences(lower, form)) {
        if (candidates.some((x) => x.field === f.field && x.start <= o.start && x.end >= o.end)) continue;
        if (!candidates.some((x) => x.field === f.field && x.source === 'lexicon' && x.type === c.type && x.start >= o.start && x.end <= o.end)) continue;
        // Ranked as a phrase, the copy covers the words but never names the entity over its definition.
        candidates.push({ ...c, source: 'phrase', field: f.field, start: o.start, end: o.end, surface: f.text.slice(o.start, o.end), sentence: sentenceAt(f, o.start) });
      }
    }
  }
}
