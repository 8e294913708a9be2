/**
 * Candidates grouped into entities: linking, typing, roles, and the filters that drop what is no link of the paper.
 */
import { abbreviates } from './acronyms.js';
import { matcher } from './active-lexicon.js';
import { SOURCE_RANK, type Candidate } from './candidate.js';
import { opensWithPreposition, typeFromContext } from './context-type.js';
import type { FieldText } from './field-text.js';
import { TITLE_CASE_ITEM } from './introduced.js';
import { editionKey, familyLineage, nameEndingType, plainWordDataVariant, releaseOfKnownModel } from './known-names.js';
import { entityKey } from './normalise.js';
import { isGenericHead } from './phrases.js';
import { SIZE_LETTER_END, SIZE_TAG, VERSION_END } from './releases.js';
import { isCompared } from './results.js';
import { defaultRole, roleFromContext } from './roles.js';
import { isNameShaped, suffixType } from './shapes.js';
import type { Sentence } from './text.js';
import { ROLES, type EntityType, type Evidence, type ExtractedEntity, type Role } from './types.js';

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
const MEASURING = /\d|\b(?:metrics?|measured?|measuring|report(?:s|ed|ing)?|in terms of|scores?|evaluat\w*|higher|lower|better|worse|outperform\w*|achiev\w*|on par|comparable|competitive|preserv\w*|maintain\w*|sacrific\w*|retain\w*|degrad\w*)\b/i;
// What a run costs (memory, GPU hours, wall-clock time, compression ratio) is a resource, like a
// speedup: an evaluation metric only where the sentence calls it one.
const RESOURCE_MEASURE = /\b(?:memory|footprint|usage|consumption|hours?|time|costs?|budget|ratios?)$/i;
// "a higher Sharpe ratio", "signal-to-noise ratio": a ratio named for a person or of signal to noise scores the outcome.
const OUTCOME_RATIO = /^(?:\p{Lu}\p{Ll}+|signal-to-[\p{L}-]+) ratios?$/u;
// "improvements in both speed and accuracy": accuracy is a measure of how well something does wherever it is named.
const ALWAYS_MEASURE = /^accurac(?:y|ies)$/i;
// "by 3.1%", "a 2x gain", "+4 points": a figure given for a measure.
const FIGURE = /\d(?:\.\d+)?\s?(?:%|×|x(?!\p{L})|points?\b)/u;
const NAMED_AS_MEASURE = /\b(?:metrics?|measured|measures?|in terms of)\b/i;
// "improves perplexity on language modeling", "reducing word error rate (WER)", "perplexity as a performance indicator":
// a known score of how well a model does is measured where the sentence says it changes or calls it an indicator.
// What a run costs changes too ("reduces latency") without being the evaluation measure, and "precision" may be
// numerical precision.
const CHANGE_WORDS = String.raw`improv\w*|reduc\w*|lower\w*|increas\w*|decreas\w*`;
const CHANGE_SAID = new RegExp(String.raw`\b(?:${CHANGE_WORDS}|gains?|drops?|indicators?)\b`, 'i');
const COST_OR_AMBIGUOUS = /\b(?:latency|throughput|flops|utili[sz]ation|speed|precision|recall)\b/i;
const isKnownScoreChanged = (c: Candidate): boolean =>
  c.source === 'lexicon' && CHANGE_SAID.test(c.sentence.text) && !COST_OR_AMBIGUOUS.test(c.name) && !RESOURCE_MEASURE.test(c.name);
// "to minimize decoding latency", "cuts retrieval latency": a quantity a paper moves, right before the term, is a
// measure of it; so is what it evaluates with ("we evaluate X using answer accuracy").
const MOVED_BEFORE = new RegExp(
  String.raw`\b(?:${CHANGE_WORDS}|minimi[sz]\w*|maximi[sz]\w*|rais\w*|boost\w*|enhanc\w*|cut\w*|significant)\s+(?:(?:the|its|their|our)\s+)?(?:[\p{L}-]+\s+)?$` +
    String.raw`|\b(?:evaluat|assess|measur)\w*\b[^.;]*\b(?:using|with|by|via)\s+(?:(?:the|its|their|our)\s+)?$`,
  'iu',
);

const BARE_ABILITY = /^reasoning$/i;

const LIST_FOLLOWS = /^\s*,?\s*(?:including|such as|like|e\.g\.|namely)\s/u;
const LIST_ITEM_BEFORE = /(?:,|\band|\bsuch as|\bincluding)\s+$/;

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
  // "Premier-TACO" after "temporal action contrastive learning (TACO)": a tail the paper defines is another thing.
  const defined = new Set(kept.filter((c) => c.source === 'acronym' || c.source === 'lexicon').map((c) => entityKey(c.surface)));
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
      if (tail.length >= 4 && isNameShaped(tail) && !/[-\s]/.test(tail) && unknown.has(entityKey(tail)) && !defined.has(entityKey(tail))) out.push([key, entityKey(tail)]);
    }
  }
  return out;
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
export function groupEntities(kept: Candidate[], links: [string, string][], fields: readonly FieldText[]): ExtractedEntity[] {
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
  const context: GroupContext = { fields, bySentence: candidatesBySentence(kept), ownFrom, backgroundEnd: ownPartFrom < (abstractSentences.at(-1)?.index ?? -1) ? ownPartFrom : -1 };
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
  bySentence: CandidatesBySentence;
  /** Index of the first sentence where the paper speaks of itself. */
  ownFrom: number;
  /** Index of the first sentence after the background that weak links are read from; -1 when there is none. */
  backgroundEnd: number;
}

/** One entity from the mentions of one name: its type, role, evidence and aliases; null when it is no typed link. */
function entityOfGroup(group: Candidate[], context: GroupContext): ExtractedEntity | null {
  // The first mention of the best-ranked source (an introduced span ranks as a shape).
  const rank = (c: Candidate): number => SOURCE_RANK[c.source === 'intro' ? 'shape' : c.source];
  let best = group[0]!;
  for (const c of group) if (rank(c) < rank(best)) best = c;
  const introduced = group.some((c) => c.introduced);
  const type = groupType(group, best, introduced, context);
  if (!type || (!introduced && isDroppedTerm(group, type, best, context.fields))) return null;
  if (introduced && type === 'Technique' && group.every(isKindDescription)) return null;
  // "We propose a novel zero-shot generalist GAD approach X": graph anomaly detection is a task the lexicon already knows;
  // the paper works on it, it does not introduce it.
  const knownTask = type === 'Task' && group.some((c) => c.source === 'lexicon');
  const linkRole = groupRole(group, type, introduced && !knownTask, context.ownFrom);
  if (isWeakPhraseLink(group, type, linkRole, context)) return null;
  if (isProcessUsed(group, type, linkRole, best) || isKnownStepUsed(group, type, linkRole, best)) return null;
  // "Existing benchmarks, such as L-Eval and LongBench, focus on QA": a cue in the background tells what earlier work
  // did with the thing; the paper only cites it. (The filters above keep reading the cue: they judge the link.)
  const role = linkRole !== 'introduces' && isBackground(group, context.ownFrom) ? 'mentions' : linkRole;
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
    confidence: group.reduce((m, c) => Math.max(m, c.confidence), 0),
  };
  const family = group.find((c) => c.family)?.family;
  if (family && entityKey(family) !== entity.key) {
    entity.family = family;
    const lineage = familyLineage(family);
    if (lineage.length) entity.lineage = lineage;
  }
  const aliases = [...new Set(group.flatMap((c) => [...(c.aliases ?? []), ...(c.name !== name ? [c.name] : [])]))].filter((a) => a !== name);
  if (aliases.length) entity.aliases = aliases;
  return entity;
}

/** A group's type: the lexicon's, a rule's, its context's or its ending's; an unknown new name is a Technique. */
function groupType(group: readonly Candidate[], best: Candidate, introduced: boolean, context: GroupContext): EntityType | null {
  const { fields, bySentence } = context;
  let type = group.find((c) => c.source === 'lexicon')?.type ?? group.find((c) => c.type)?.type ?? null;
  if (!type) {
    // Words describing the name beat its ending; its ending beats words merely near it.
    const contexts = group.map((c) => typeFromContext(fields.find((x) => x.field === c.field)!, c.start, c.end));
    // "QuillBench, an automated framework designed to evaluate ...": a benchmark's own ending outweighs the
    // framework it is built as.
    const described = contexts.find((t) => t?.strong)?.type;
    const told = described === 'Technique' && /Bench$/i.test(best.name) ? 'Benchmark' : described;
    // "our AIMV2-3B encoder": a parameter count makes a model, whatever component noun follows it.
    const sized = SIZE_TAG.test(best.name) && (told === 'Technique' || told === 'Task') ? 'Model' : undefined;
    // "language modeling tasks such as BLiMP and PIQA": named things listed with it outweigh the "tasks" near it.
    const near = contexts.find((t) => t)?.type;
    const listed = !near || near === 'Task' ? listSiblingType(group, bySentence, fields) : null;
    const weak = near === 'Task' ? (listed ?? near) : near;
    type = sized ?? told ?? nameEndingType(best.name) ?? releaseOfKnownModel(best.name) ?? letterRelease(best.name, bySentence) ?? weak ?? plainWordDataVariant(best.name) ?? listed ?? bracketedAfterTask(group, bySentence);
  }
  // "Sparse Memory Replay" in Title Case is the paper's method, not a task it studies.
  if (introduced && type === 'Task' && !group.some((c) => c.source === 'lexicon' || c.typedByContext) && group.some((c) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(c.surface))) {
    type = 'Technique';
  }
  if (!type && !introduced && group.some(isComparedWith)) type = SIZE_TAG.test(best.name) || VERSION_END.test(best.name) ? 'Model' : 'Technique';
  if (!type) {
    // A name of unknown kind is no typed link; a method, framework or system the paper presents is
    // a Technique unless its context says otherwise (measured: the untyped names here were noise).
    if (!introduced) return null;
    type = 'Technique';
  }
  return type;
}

// "outperforms X", "3x faster than X", "compared with X, Y and Z": a name of new shape that the paper measures
// itself against (as the results read it) is a baseline, a method or a model.
// A number format or a cut-off compared with ("faster than INT8", "over Top-2") is a setting, not a baseline.
const NUMBER_FORMAT = /^(?:u?int|fp|bf|float)\d|^\d+-?bits?$|^top-?(?:\d+|k)$/i;
const isComparedWith = (c: Candidate): boolean =>
  c.source === 'shape' && !NUMBER_FORMAT.test(c.surface) && isCompared(c.sentence.text, { start: c.start - c.sentence.start, end: c.end - c.sentence.start });

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

/**
 * "we generate answers with multi-step reasoning", "trained by masked token prediction": a task word built into a
 * phrase the paper names as its means names a process its method runs, not a task it is evaluated on; on the read
 * held-out papers 9 of 97 such phrases were marked as tasks. Words that name a problem ("retrieval",
 * "understanding", "grounding") stay tasks where they are used.
 */
const PROCESS_TASK_HEAD = /(?:learning|estimation|reconstruction|tracking|classification|reasoning|generation|modell?ing|prediction|planning|extension)$/i;
// The phrase is the means: "with", "via", "using", "through", "by" or a verb of use right before it.
const USED_BY = /\b(?:with|via|using|through|by|uses?|employs?|leverag\w+|adopts?|appl(?:y|ies)|incorporat\w+)\s+(?:(?:a|an|the|its|our)\s+)?$/i;
const isMeans = (c: Candidate): boolean => c.source === 'phrase' && USED_BY.test(c.sentence.text.slice(0, c.start - c.sentence.start));
const isProcessUsed = (group: readonly Candidate[], type: EntityType, role: Role, best: Candidate): boolean =>
  type === 'Task' && role === 'uses' && PROCESS_TASK_HEAD.test(best.name) && group.every(isMeans);
// "we use summarization to compress the history", "recommendation serves as a downstream signal": a one-word known
// task the paper only uses is a step of its method; on the read held-out papers 10 of 33 such links were marked.
const isKnownStepUsed = (group: readonly Candidate[], type: EntityType, role: Role, best: Candidate): boolean =>
  type === 'Task' && role === 'uses' && !/\s/.test(best.name) && group.some((c) => c.source === 'lexicon');

// "we propose a masking strategy", "an evaluation framework": one plain word before a general noun of method
// describes the paper's new method without naming it, as "a novel framework" does ("a token-routing pipeline"
// is named by its compound).
const isKindDescription = (c: Candidate): boolean =>
  (c.source === 'phrase' || c.source === 'intro') &&
  ((KIND_WORDS.test(c.surface) && isGenericHead(c.surface.slice(c.surface.lastIndexOf(' ') + 1))) || DATA_PIPELINE.test(c.surface));
// "a masking strategy", "a prompt-based approach", "a data-driven method": what the method works from is no name
// either; nor is how it is staged or applied ("a two-stage approach", "a semi-automated pipeline", "a layer-wise
// strategy"). A compound of the method's own content stays a name ("a token-routing pipeline").
const KIND_WORDS = /^(?:\p{Ll}+|[\p{Ll}-]+-(?:based|driven|guided|inspired)|(?:two|three|four|multi|single|one|semi|well|full|bottom|top|coarse|fine|post|pre)-[\p{Ll}-]+|[\p{Ll}-]+-(?:wise|time|stage|fold|faceted|designed|level|step|shot))\s+\p{Ll}+$/u;
// "a data curation pipeline", "a dataset creation pipeline": the machinery that builds a benchmark's data, named by
// what it does to the data, not a method of the paper's own.
const DATA_PIPELINE = /^(?:data|dataset)\s+(?:\p{Ll}+\s+)?pipelines?$/u;

const AFTER_PREPOSITION = /\b(?:for|of|in|on|to|via|through|towards?)\s+$/i;
const CLOSING_SENTENCE = /\b(?:available|released|open-?sourced?|publicly|github|https?:)|\bto (?:the best of )?our knowledge\b|\bwe hope\b|\baccepted (?:to|at|by)\b/i;

/** Terms not introduced by the paper that are no link of it: measures not used as measures, generic and title-only wording. */
function isDroppedTerm(group: readonly Candidate[], type: EntityType, best: Candidate, fields: readonly FieldText[]): boolean {
  const textOf = (c: Candidate): string => fields.find((f) => f.field === c.field)?.text ?? '';
  if (type === 'Metric' && !group.some((c) => MEASURING.test(c.sentence.text) || ALWAYS_MEASURE.test(c.surface) || isKnownScoreChanged(c))) return true;
  // "a structured learning rate", "tokens with low attention scores": a setting of training or a quantity a model
  // computes inside, not a measure of its outcome.
  if (type === 'Metric' && /\b(?:learning rates?|attention scores?)$/i.test(best.name)) return true;
  const figureGiven = (): boolean => group.some((c) => FIGURE.test(textOf(c).slice(Math.max(0, c.start - 30), c.end + 30)));
  // "a 16x compression rate", "a compression ratio of 576×": a ratio given as a figure is the measure reported.
  if (type === 'Metric' && RESOURCE_MEASURE.test(best.name) && !OUTCOME_RATIO.test(best.name) && !group.some((c) => NAMED_AS_MEASURE.test(c.sentence.text)) && !(/ratios?$/i.test(best.name) && figureGiven())) return true;
  // "while maintaining output quality", "in terms of visual quality": a quality no lexicon knows is a measure only as an
  // item of a list of metrics (the read held-out gold marked 10 of the 76 others, a figure beside them or not); "with
  // long-range coherence": an output's coherence, consistency and fidelity are measures where a list of measures names
  // them or a figure is given.
  const phrasesOnly = group.every((c) => c.source === 'phrase');
  const listedAsMetric = (c: Candidate): boolean => /\bmetrics\b/i.test(c.sentence.text) && LIST_ITEM_BEFORE.test(textOf(c).slice(Math.max(0, c.start - 12), c.start));
  if (type === 'Metric' && /\bquality$/i.test(best.name) && phrasesOnly && !group.some(listedAsMetric)) return true;
  if (type === 'Metric' && /\b(?:coherence|consistency|fidelity)$/i.test(best.name) && phrasesOnly && !group.some((c) => NAMED_AS_MEASURE.test(c.sentence.text)) && !figureGiven()) return true;
  // "assigns a relevance score to each sentence": a measure no lexicon knows is one where a figure, the word "metric"
  // or a change to it ("cuts retrieval latency") says it is measured; elsewhere the read gold marks a quarter of them.
  const measuredHere = (c: Candidate): boolean => NAMED_AS_MEASURE.test(c.sentence.text) || /\d/.test(c.sentence.text) || MOVED_BEFORE.test(c.sentence.text.slice(0, c.start - c.sentence.start));
  if (type === 'Metric' && phrasesOnly && !group.some(measuredHere)) return true;
  // "assess video quality including scene cuts and motion": the measures are the listed items; the
  // aspect that heads the list is what they measure.
  if (type === 'Metric' && group.every((c) => c.source === 'phrase' && LIST_FOLLOWS.test(textOf(c).slice(c.end, c.end + 16)))) return true;
  if (group.every((c) => c.generic)) return true;
  // "in reasoning, mathematics, and code generation": a bare ability is no task, even listed with tasks;
  // the task is a kind of it ("multi-hop reasoning").
  if (type === 'Task' && group.every((c) => BARE_ABILITY.test(c.surface))) return true;
  // A Title-Case technique or measure only in the title ("Efficient Streaming LLM Serving") is the title's
  // wording; so is a task it names outside a prepositional phrase ("Memory-Based Real-Time Understanding for
  // Long Video Streams"). The task a title names after one ("... for Image Recognition") is the paper's task.
  const titleWording = (c: Candidate): boolean =>
    c.source === 'phrase' && c.field === 'title' && (type !== 'Task' || (/^\p{Lu}/u.test(c.surface) && !AFTER_PREPOSITION.test(textOf(c).slice(0, c.start))));
  if (group.every(titleWording)) return true;
  return false;
}

/** A name no lexicon knows, written in Title Case words and defined with a short form ("Adaptive Quantization Noise (AQN)"). */
const isNewDefinedName = (group: readonly Candidate[]): boolean =>
  !group.some((c) => c.source === 'lexicon') && group.some((c) => c.surface.includes(' ') && TITLE_CASE_ITEM.test(c.surface)) && group.some((c) => c.source === 'acronym');

/** Whether every mention sits in the abstract's background, before the paper first speaks of itself. */
const isBackground = (group: readonly Candidate[], ownFrom: number): boolean => group.every((c) => c.field === 'abstract' && c.sentence.index < ownFrom);

/** The strongest role any mention's cue gives; background mentions are cited; else the type's usual role. */
function groupRole(group: readonly Candidate[], type: EntityType, introduced: boolean, ownFrom: number): Role {
  let cued: Role | null = introduced ? 'introduces' : null;
  for (const c of introduced ? [] : group) {
    // Cues sit within a few words before the mention: 80 characters are plenty.
    const r = roleFromContext(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 80), c.start - c.sentence.start), type);
    if (r && (!cued || roleRank(r) < roleRank(cued))) cued = r;
  }
  // Named only in the background sentences before the paper first speaks of itself: cited, not used.
  const background = isBackground(group, ownFrom);
  // "At its core is Continual Context Distillation (CCD)": a new method the paper names and abbreviates, once it
  // speaks of itself, with no cue saying it is used or measured, is one of its own parts.
  if (!cued && type === 'Technique' && isNewDefinedName(group) && group.some((c) => c.field === 'abstract' && c.sentence.index >= ownFrom)) return 'introduces';
  return cued ?? (background ? 'mentions' : defaultRole(type));
}

// "YOLOv10-N / YOLOv11-N": names written as alternatives are a list too.
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or|vs\.?|versus)\s+|\s*\/\s*)$/u;

/** The candidates of each sentence, terms too, in text order: where a name's list siblings and the task before its bracket are read. */
type CandidatesBySentence = Map<Sentence, Candidate[]>;

/**
 * "EfficientVMamba-S", "D-FINE-L" beside "EfficientVMamba", "D-FINE": a size letter after a name the paper uses makes a
 * model of it; of a data set ("AgentTraj-L" beside "AgentTraj"), a larger cut of the data.
 */
function letterRelease(name: string, bySentence: CandidatesBySentence): EntityType | null {
  if (!SIZE_LETTER_END.test(name)) return null;
  const key = entityKey(name.replace(SIZE_LETTER_END, ''));
  for (const list of bySentence.values()) {
    const base = list.find((c) => entityKey(c.name) === key);
    if (base) return base.type === 'Dataset' || base.type === 'Benchmark' ? base.type : 'Model';
  }
  return null;
}

function candidatesBySentence(kept: readonly Candidate[]): CandidatesBySentence {
  const out: CandidatesBySentence = new Map();
  for (const c of kept) {
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
function listSiblingType(group: readonly Candidate[], bySentence: CandidatesBySentence, fields: readonly FieldText[]): EntityType | null {
  for (const c of group) {
    // A title's "with X and Y" names the paper's own things, often of two kinds (a benchmark and a model).
    if (c.source !== 'shape' || c.field === 'title') continue;
    const inSentence = (bySentence.get(c.sentence) ?? []).filter((x) => x.source !== 'phrase');
    const at = inSentence.indexOf(c);
    const text = c.sentence.text;
    const gap = (a: Candidate, b: Candidate): string => text.slice(a.end - c.sentence.start, b.start - c.sentence.start);
    for (const step of [-1, 1]) {
      for (let k = at + step, n = 0; k >= 0 && k < inSentence.length && n < SIBLING_REACH; k += step, n++) {
        const near = inSentence[k]!;
        const [left, right] = step < 0 ? [near, inSentence[k + 1]!] : [inSentence[k - 1]!, near];
        if (!COORDINATION.test(gap(left, right))) break;
        if (step < 0 && right === c && closesOpeningPhrase(c, left, fields)) break;
        const kind = near.type ?? suffixType(near.name) ?? (near.source === 'shape' ? toldType(near, fields) : null);
        if (kind && kind !== 'Task' && kind !== 'Metric') return kind;
      }
    }
  }
  return null;
}

/**
 * "On ImageNet 512x512, KiteAE-f64 delivers ...": a comma after the object of an opening preposition closes that phrase;
 * the name after it, when no list goes on from it, is the clause's subject, not an item listed with the object.
 */
function closesOpeningPhrase(c: Candidate, before: Candidate, fields: readonly FieldText[]): boolean {
  const f = fields.find((x) => x.field === c.field)!;
  return /^\s*,\s*$/.test(f.text.slice(before.end, c.start)) && opensWithPreposition(f, c.sentence.start, before.start) && !/^\s*(?:[,;]|and\b|or\b)/.test(f.text.slice(c.end, c.end + 6));
}

/** "program repair (Defects4J)": a new name in brackets right after a task is the data the task is measured on. */
function bracketedAfterTask(group: readonly Candidate[], bySentence: CandidatesBySentence): EntityType | null {
  for (const c of group) {
    if (c.source !== 'shape' || c.sentence.text[c.end - c.sentence.start] !== ')') continue;
    const before = (bySentence.get(c.sentence) ?? []).find((x) => x.type === 'Task' && /^\s*\($/u.test(c.sentence.text.slice(x.end - c.sentence.start, c.start - c.sentence.start)));
    // "image-to-video (I2V)": the task's own short form, not data.
    if (before && !abbreviates(c.surface, before.surface)) return 'Benchmark';
  }
  return null;
}

/** The type the words right around a name state ("X models", "X, a benchmark"), if they state one. */
function toldType(c: Candidate, fields: readonly FieldText[]): EntityType | null {
  const t = typeFromContext(fields.find((x) => x.field === c.field)!, c.start, c.end);
  return t?.strong ? t.type : null;
}
