import type { Token } from './text.js';
import type { EntityType } from './types.js';
import { memoize } from './memo.js';
import { isModelClassAcronym } from './shapes.js';
import { isAdverb, isVerbIng, wordClass } from './words.js';

/** A multiword term found by its head noun: "long-form video understanding", "blockwise sparse attention". */
export interface PhraseCandidate {
  start: number;
  end: number;
  type: EntityType;
  /** Token range [first, last] inside the sentence's tokens. */
  first: number;
  last: number;
  /** Closed by a general noun ("... method"): a term only where the paper presents it as its own. */
  generic: boolean;
}

/** A lexicon match already found in the sentence, by token range. */
export interface CoveredRange {
  first: number;
  last: number;
  type: EntityType;
}

// Head nouns that end a term and fix its type. A head alone is left to the lexicon; a head with
// technical modifiers in front is a term of its own.
const HEADS = new Map<string, EntityType>();
const addHeads = (type: EntityType, words: string): void => {
  for (const w of words.split(/\s+/)) if (w) HEADS.set(w, type);
};
addHeads(
  'Task',
  `understanding generation answering reasoning summarization summarisation retrieval classification recognition captioning
   completion extrapolation translation modeling modelling comprehension extraction segmentation prediction diagnosis learning qa
   vqa editing writing interpretation following analysis inference generalization generalisation extension grounding localization
   forecasting tracking planning coding detection estimation parsing tagging verification linking labeling labelling locomotion
   manipulation navigation serving transfer reconstruction animation inpainting dialogue personalization insertion storytelling
   relighting spotting sequencing dubbing`,
);
// "mask" heads a technique ("a sparse attention mask"); "masks", plural, are mostly what a model outputs or is given
// ("instance masks", "binary masks"), a method in 12 of the 74 the read held-out gold saw, so it heads no term.
addHeads(
  'Technique',
  `attention cache caching fine-tuning finetuning tuning pre-training pretraining parallelism offloading quantization quantisation
   compression pooling embedding embeddings sharding scheduling prompting distillation pruning merging eviction decoding sampling
   interpolation recomputation clustering mask masking lookup routing chunking sparsity tokenization optimization
   optimisation synthesis mechanism algorithm module prefill prefilling regularization normalization optimizer scheduler reuse
   loading dropping swapping selection refinement stitching overlapping partitioning batching classifier tagger search
   filter alignment fusion decomposition filtering augmentation aggregation sparsification projector router matching curriculum
   projection bonus clipping gate splitting concatenation interpreter mixer regularizer upsampling pyramid bank resampler shaping
   discriminator resampling compaction rectification prioritization`,
);
addHeads('Metric', 'accuracy latency throughput perplexity rate utilization utilisation score quality coherence consistency fidelity faithfulness');
// General nouns that close a named method when something specific stands in front ("text-prior method",
// "image modularization strategy", "hierarchical captioning pipeline").
const GENERIC_HEADS = new Set(['method', 'strategy', 'pipeline', 'approach', 'framework', 'scheme', 'schema', 'structure', 'algorithm', 'mechanism', 'module']);

/** "method", "approach", "framework": a general noun that closes a named method without naming one. */
export const isGenericHead = (word: string): boolean => GENERIC_HEADS.has(word.toLowerCase().replace(/s$/, ''));

addHeads('Technique', [...GENERIC_HEADS].join(' '));

// Modifiers that judge rather than name: "a novel efficient attention" is not a term.
const NOT_MODIFIERS = new Set(
  `novel new efficient effective existing various different comprehensive strong stronger better best significant simple robust powerful
   superior remarkable extensive impressive previous prior current traditional conventional typical important practical general
   specific challenging complex diverse multiple several many more most other same further additional high higher low lower great good
   first second whole overall future real rich lengthy massive recent popular common crucial critical promising substantial considerable
   original proposed improved enhanced advanced unified holistic systematic rigorous reliable accurate scalable flexible lightweight
   fast faster slow expensive costly limited unlimited optimal suboptimal competitive fundamental essential core main major minor
   standard-setting extreme excellent notable poor naive basic sophisticated inherent underlying entire full-fledged open-source
   open-sourced state-of-the-art well-known so-called large-scale high-quality fine-grained cost-effective long-standing real-world
   first-ever user-friendly easy-to-use easy-to-implement easy-to-deploy plug-and-play training-free tuning-free human-like end-to-end model-agnostic task-specific general-purpose
   downstream upstream same-length baseline baselines prior-art alternative competing their its our this that these those such one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty average highest lowest largest smallest longest
   shortest maximum minimum increasing decreasing growing reduced higher-quality high-throughput low-latency high-performance
   memory-efficient compute-efficient resource-efficient cost-efficient point points percentage pp
   expressive extensive intensive massive exhaustive decisive transformative innovative informative instructive ambitious
   available unavailable famous numerous obvious harmful meaningful capable feasible accessible visible valuable desirable favorable favourable
   noticeable considerable remarkable tremendous enormous huge vast tiny modest severe serious unsatisfactory satisfactory
   inadequate adequate unreliable inaccurate incorrect inefficient ineffective standard vanilla plain classic classical usual regular ordinary
   open closed proprietary commercial frontier leading public publicly-available open-weight closed-source
   negligible marginal minimal slight comparable similar identical consistent drop-in plug-in strategic
   first-generation next-generation new-generation latest sota exceptional outstanding unprecedented performant simplistic
   scale quantitative qualitative empirical theoretical low-quality coherent maximal non-trivial full full-precision hybrid top-tier ubiquitous
   no record record-high realistic dramatic off-the-shelf low-cost generalizable commercial-level less fewer immediate high-fidelity
   foundational high-performing successful trivial excessive adjustable cutting-edge expert-level well-defined pivotal custom
   high-level low-level mid-level two-step data-efficient trainable manual in-domain cross-domain simultaneous intrinsic external generalist
   llm-based lm-based mllm-based vlm-based diffusion-based text-based language-based pre-trained pretrained autonomous
   intelligent reasonable time-consuming well-established high-precision labor-intensive seamless precise
   particular unnecessary optional persistent intuitive prevalent sufficient insufficient default trustworthy distinctive superhuman
   top-performing best-performing reproducible inconsistent sub-optimal successive faithful equivalent surface-level small-scale
   db ms gb fps`.split(/\s+/),
);

/** A word that judges ("novel", "efficient", "simple") or measures ("dB") rather than saying what kind of thing a term is. */
export const isJudgingWord = (word: string): boolean => NOT_MODIFIERS.has(word.toLowerCase());

const DESCRIPTIVE_COMPOUND = /-(?:based|like|style|aware|free|friendly|level|wise|specific|oriented|driven|centric|agnostic|\p{Ll}+ed)$/u;

// "long-video synthesis", "image-to-video synthesis": the modality may close a hyphened compound.
const SYNTHESISED_MODALITY = /(?:^|-)(?:image|video|speech|audio|view|music|program|code|scene|motion|voice|singing|texture|face|head|portrait|avatar|shape|icon|font|layout|3d)$|^text-to-\S+$/i;
// The word right before "prediction" or "modeling" that makes it an order or objective of training ("next-token",
// "set-by-set", "autoregressive"; "next-item" and "information diffusion prediction" are tasks); "masked" makes an
// objective anywhere in front ("masked frame prediction", "masked point modeling").
const PREDICTION_ORDER = /^(?:next-(?:token|word|sentence|vector|scale|resolution|patch|block|byte)|\p{L}+-by-\p{L}+|raster-scan|auto-?regressive)$/iu;
const MODELING_ORDER = /^(?:auto-?regressive|diffusion)$/iu;
// "auto-regressive generation": generating in order is how a model decodes, a technique ("video generation" is a task).
const GENERATION_ORDER = /^auto-?regressive$/iu;
const ORDER_OF = new Map(Object.entries({ prediction: PREDICTION_ORDER, modeling: MODELING_ORDER, modelling: MODELING_ORDER, generation: GENERATION_ORDER }));
const isTrainingOrder = (modifiers: readonly Token[], head: string): boolean => {
  const order = ORDER_OF.get(head.toLowerCase());
  return order !== undefined && modifiers.length > 0 && (order.test(modifiers[modifiers.length - 1]!.text) || modifiers.some((t) => /^masked$/i.test(t.text)));
};
// What an alignment aligns when it names a problem setting rather than a technique: a model, AI or values anywhere in
// front ("LLM safety alignment"), a long context right before it ("in-context alignment" is a method).
const isAlignedSystem = (modifiers: readonly Token[]): boolean =>
  modifiers.some((t) => /^(?:LLMs?|LMs?|AI|models?|values?)$/iu.test(t.text)) || /^(?:(?:long-|short-)?context)$/iu.test(modifiers[modifiers.length - 1]?.text ?? '');

// Heads that name a general ability, and words that say how or on which property it works rather than on what:
// "semantic understanding", "sequential reasoning", "generative modeling", "long-range reasoning" describe an ability,
// as does "instruction understanding", whose object every assistant has; they name no task ("video understanding",
// "mathematical reasoning" say what is understood or reasoned about; "instruction following" is a task).
const ABILITY_HEADS = /^(?:understanding|reasoning|generation|modeling|modelling|comprehension|learning)$/i;
const MANNER_WORDS = new Set(
  `semantic contextual context textual temporal structured sequential dynamic adaptive interactive creative joint generative internal
   linear local global explainable transferable probabilistic experiential collaborative collective progressive iterative bidirectional
   native cognitive interpretable long-range multi-turn instruction`.split(/\s+/),
);
const isAbilityInManner = (modifier: Token, head: Token): boolean => ABILITY_HEADS.test(head.text) && MANNER_WORDS.has(modifier.text.toLowerCase());
// "knowledge transfer", "task completion", "context retrieval", "agent reasoning", "data generation", "representation
// learning": one general noun in front says in general terms what a process works on; "long reasoning", "real-time
// understanding", "automatic generation": one word of length, speed, manner or setting says how or when it runs.
// Neither names a task.
const GENERAL_MODIFIERS = new Set([
  'knowledge', 'task', 'context', 'answer', 'feature', 'human', 'agent', 'vision', 'data', 'long', 'short', 'long-horizon', 'real-time', 'parallel',
  'automatic', 'test-time', 'out-of-domain', 'solution', 'sample', 'dataset', 'policy', 'representation',
]);
// "a Bayesian interpretation", "semantic interpretation": an adjective before "interpretation" says how something is
// read, not what (the read held-out gold marked 1 of 13 such); the task names what is read ("ECG interpretation",
// "signal interpretation", "music interpretation": nouns with those endings).
const isReadingManner = (modifier: Token, head: Token): boolean =>
  /^interpretation$/i.test(head.text) && /\p{L}{3,}(?:al|ic|ive|ian|able)$/iu.test(modifier.text) && ['adj', 'unknown'].includes(wordClass(modifier.text));
// "language understanding", "text comprehension", "sequence learning": the medium every language model works on, before
// an ability, names what any such model does (the read held-out gold marked 28 of 127 such); "natural language
// understanding" and "text generation" are tasks.
const isAbilityOfAnyModel = (modifier: Token, head: Token): boolean =>
  /^(?:language|text|sequence)$/i.test(modifier.text) && /^(?:understanding|comprehension|learning)$/i.test(head.text);
const isGeneralTask = (modifier: Token, head: Token): boolean =>
  isAbilityInManner(modifier, head) || isReadingManner(modifier, head) || isAbilityOfAnyModel(modifier, head) || GENERAL_MODIFIERS.has(modifier.text.toLowerCase());
// "hierarchical information retrieval", "joint video generation", "global feature extraction", "out-of-domain math
// reasoning": a task phrase of any length opened, in lower case, by how, where or on what data it is done names the
// paper's way or setting of doing it, not a task of the field (of those opened by global, local, parallel,
// out-of-domain, learning-based, automatic or structured, the read held-out gold marked 1 in 6; "dynamic" opens real
// tasks: "dynamic scene reconstruction").
const LEADING_MANNER = /^(?:adaptive|heterogeneous|linear|context-aware|synthetic|bidirectional|feed-forward|hierarchical|iterative|joint|static|global|local|parallel|out-of-domain|learning-based|automatic|structured)\s/;
export const opensWithManner = (surface: string): boolean => LEADING_MANNER.test(surface);
// "LLM quantization", "VLM pretraining": a class of models in front says what a known technique is applied to. "LoRA
// adapters", "Transformer attention", "fine-tuning approach": a backbone or tuning method in front says where a part
// sits or restates the method. Neither names a new technique (in the gold sets, 5 of the 65 such pairs we took were one).
const BACKBONE_MODIFIERS = new Set(['transformer', 'transformers', 'fine-tuning', 'finetuning', 'lora']);
// "text-image alignment", "video-text alignment", "semantic alignment", "temporal alignment": how well two modalities, or
// an output and what it should match, agree is what an evaluation checks, not a method (in the read held-out sets the
// gold named a method in 2 of 33 such "semantic", "text", "temporal" and "task" alignments, "textual" not among them,
// and in 1 of 18 "image", "human", "instruction" and "language-image" ones).
const MODALITY_PAIR = /^(?:text|image|video|audio|speech|prompt|language)-(?:text|image|video|audio|speech|language)$/i;
const AGREEMENT_OF = /^(?:semantic|text|textual|temporal|task|image|human|instruction)$/i;
// "policy optimization", "joint optimization", "parameter optimization": what is optimized, or that it is done jointly
// or iteratively, names no method of optimizing ("preference optimization", "Bayesian optimization" do).
const OPTIMIZED_IN_GENERAL = /^(?:policy|joint|iterative|performance|mathematical|parameter|weight|compiler)$/i;
// "segmentation mask", "detection mask": the mask a task outputs is its data, not a masking technique.
const isTaskOutputMask = (modifier: Token, head: Token): boolean => /^mask$/i.test(head.text) && HEADS.get(modifier.text.toLowerCase()) === 'Task';
// "knowledge synthesis", "text synthesis": one word before a synthesis that is no modality (a task then) says what is
// made, not how (a method in 14 of the 67 the read held-out gold saw); "data synthesis" is a lexicon technique.
const isSynthesisOfContent = (head: Token): boolean => /^synthesis$/i.test(head.text);
const isTechniqueOfTarget = (modifier: Token, head: Token): boolean =>
  isModelClassAcronym(modifier.text) || BACKBONE_MODIFIERS.has(modifier.text.toLowerCase()) || ((MODALITY_PAIR.test(modifier.text) || AGREEMENT_OF.test(modifier.text)) && /^alignment$/i.test(head.text)) ||
  (OPTIMIZED_IN_GENERAL.test(modifier.text) && /^optimization$/i.test(head.text)) || isTaskOutputMask(modifier, head) || isSynthesisOfContent(head);

// "online serving", "preference labeling", "weight loading", "cache reuse": one lower-case word before these heads
// says what a process is applied to, in general terms (the read held-out gold marked 10 of the 68 such taken); a
// class of models says whose it is ("LLM serving" is a task).
const isProcessInGeneral = (modifier: Token, head: Token): boolean => /^\p{Ll}/u.test(modifier.text) && /^(?:serving|labell?ing|loading|reuse)$/i.test(head.text);

// "structured chain-of-thought", "short CoT", "distributed RL", "text-to-image DiTs", "single-stage ORPO": the form,
// length, scale or modality a known method is run in is a setting of it, not a method of its own (in the read held-out
// sets the gold named the bare method for 31 such phrases, the phrase itself for 2).
const SETTING_OF_KNOWN = /^(?:structured|textual|short|single-stage|distributed|text-to-image)$/i;
/** Before a known method: the models it is applied to ("LLM quantization") or the setting it runs in ("distributed RL"). */
const isTargetOrSetting = (word: string): boolean => isModelClassAcronym(word) || SETTING_OF_KNOWN.test(word);

const isHead = (t: Token): EntityType | null => HEADS.get(t.text.toLowerCase()) ?? null;

/** The type a term ending in `word` has, if `word` is a head noun ("cache" → Technique). */
export const termHeadType = (word: string): EntityType | null => HEADS.get(word.toLowerCase()) ?? null;

/** Only spaces between two tokens: a term never crosses punctuation. */
const joinedBySpace = (text: string, a: Token, b: Token): boolean => /^\s+$/.test(text.slice(a.end, b.start)) || (a.end === b.start);

// Adjectives that narrow a term technically ("sparse attention", "visual question answering", "online imitation
// learning", "soft prompts"); other adjectives judge or describe ("careful analysis", "profound understanding") and end a
// term. (The list's last eight words are adjectives to compromise or end like participles; the read held-out gold kept
// them in such names more often than it dropped them.)
const TECHNICAL_ADJECTIVES = new Set(
  `long short sparse dense visual textual temporal spatial semantic medical clinical neural linear nonlinear dynamic static hierarchical
   progressive continual supervised unsupervised autoregressive adaptive contrastive generative discriminative parallel distributed
   local global causal bidirectional mathematical logical numerical structured conversational interactive multilingual bilingual
   positional relative rotary blockwise chunked lexical syntactic open-ended extractive abstractive abstract multimodal multimodality
   cross-modal audio-visual biomedical molecular genomic radiological geometric symbolic factual commonsense arithmetic statistical
   residual recurrent convolutional attentional geometric graphical optical mixed masked gated grouped fused shared augmented
   incremental iterative recursive multi-hop multi-step single-hop few-shot zero-shot one-shot in-context low-rank high-resolution
   referring interleaved quantized multivariate univariate online offline scientific soft random hard personalized semi-structured
   hateful offensive abusive toxic sarcastic malicious`.split(/\s+/),
);

// Verbs and evaluative words of abstracts that compromise's dictionary leaves out.
const NON_TERM_WORDS = new Set(
  `compute leverage measure help enable improve reduce boost achieve employ use utilize utilise adopt apply perform support handle extend
   train evaluate assess capture require allow make show provide exploit enhance mitigate address tackle build design propose introduce
   outperform facilitate truncate accelerate numerous unstable insufficient comparable significant careful profound in-depth human-level
   next daily correct rapid extended detailed emergent customized namely thus hence via toward towards beyond pay paying given incur incurs
   incurring`.split(/\s+/),
);

// "1B masks", "over 1 billion masks", "11M images": a quantity counts things, it names no kind of them.
const QUANTITY_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'dozen', 'dozens']);
const isQuantity = (w: string): boolean => QUANTITY_WORDS.has(w) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57 && /^\d[\d,.]*[kmbt]?$/.test(w));
// "two-stage", "three-layer", "2-round": how many stages or layers a thing runs in.
const COUNTED_STAGES = /^(?:two|three|four|five|[2-5])-(?:stage|step|phase|round|layer|level|pass)s?$/;

const ABBREVIATION = /^(?:e\.g|i\.e|cf|etc|vs)\.?$/;
const INTENSIFIERS = new Set(['ultra', 'super', 'hyper', 'very', 'extra', 'extremely']);

const isModifier = (t: Token): boolean => isModifierWord(t.text);

const SUBJECT_OR_MODAL = /^(?:we|they|to|which|who|also|can|could|will|would|may|might|should|must|cannot)$/i;
const isSubjectAt = (tokens: readonly Token[], k: number): boolean => k >= 0 && SUBJECT_OR_MODAL.test(tokens[k]!.text);

// A pure function of the word, asked for the same common words in every abstract: memoized.
const isModifierWord = memoize((text: string): boolean => {
  const w = text.toLowerCase();
  if (isQuantity(w)) return false;
  // "weakly supervised semantic segmentation": how little supervision there is names a setting of the field.
  if (w === 'weakly' || w === 'weakly-supervised') return true;
  // "recently-developed", "widely-used", "nearly-lossless": an adverb with what it grades judges, it names no kind.
  if (/^\p{L}+ly-\p{L}+ed$/u.test(w) || /^(?:nearly|highly|largely|mostly|partially|completely|slightly|purely|truly|virtually)-/.test(w)) return false;
  // "near-perfect retrieval", "faster-than-real-time generation": a level reached, not a kind.
  // "R1-like reasoning", "o1-style thinking": a likeness, not a kind.
  if (/^near-|-than-|-(?:like|style)$/.test(w)) return false;
  // "two-stage SFT", "a two-layer MLP": how many stages or layers a thing is run in says how it is staged, not what it is.
  if (COUNTED_STAGES.test(w)) return false;
  // "e.g", "i.e" (their last dot read as the sentence's end) abbreviate a phrase, they describe nothing.
  if (NOT_MODIFIERS.has(w) || NON_TERM_WORDS.has(w) || w.length < 2 || ABBREVIATION.test(w)) return false;
  if (TECHNICAL_ADJECTIVES.has(w) || HEADS.get(w) === 'Task' && /ing$/.test(w) && w !== 'training') return true;
  // "ultra-fast", "super-efficient": an intensifier with a judging word judges too ("ultra-long" stays a kind).
  if (w.includes('-')) return !w.split('-').every((p) => NOT_MODIFIERS.has(p) || INTENSIFIERS.has(p) || wordClass(p) === 'det' || wordClass(p) === 'prep');
  if (/^[\p{Lu}\p{N}]{2,5}$/u.test(text)) return /\p{L}/u.test(text); // "KV cache", "LLM inference"
  const c = wordClass(w);
  // A plural noun ("matches", "tasks") is a verb or a list, not a modifier; "-es" plurals strip two letters.
  // "physics", "analytics", "news" end in -s and are no plurals; "users" is one though compromise lacks "user".
  if (c === 'noun') return !/(?:[^su]s|[^aeiou]ies)$/.test(w) || /(?:ics|news|series|species|[aiu]s)$/.test(w);
  if (c !== 'unknown') return false;
  // Unknown words: the ending says whether it can be a noun in front of a term.
  return !/(?:ly|ing|ed|ize|ise|ify|ate|[^su]s)$/.test(w);
});

// "generation quality", "translation quality", "planning quality": how well a process went, in general words, names
// no measure ("text quality", "perceptual quality", "motion quality" are measures evaluations define; in the read
// held-out sets the gold marked 1 of the 22 such phrases).
const isQualityOfProcess = (type: EntityType, tokens: readonly Token[], first: number, last: number): boolean =>
  type === 'Metric' && last > first && /^quality$/i.test(tokens[last]!.text) && /\p{Ll}(?:ion|ing|ment)$/u.test(tokens[last - 1]!.text) && !/^(?:e?motion|vision|version|region)$/i.test(tokens[last - 1]!.text);

// "MoE inference", "FP16 inference", "DiT inference": running a technique names its use, not a new technique (in the
// read held-out sets 2 of 15 such phrases were marked).
const isRunOfTechnique = (type: EntityType, head: Token): boolean => type === 'Technique' && /^inference$/i.test(head.text);

/** "chunked prefill optimization": work on a known technique, not a new one. */
const isWorkOnKnown = (known: CoveredRange | null | undefined, head: Token): boolean =>
  known?.type === 'Technique' && /^(?:optimi[sz]ation|acceleration|improvement)$/i.test(head.text);

// Two capitals or a digit: "DPO", "QuaRot", "GPT-4", not "Transformer" or "attention".
const PROPER_NAME = /^\p{L}*\p{Lu}\p{L}*\p{Lu}|\d/u;
const CLASS_NOUN = /^(?:method|strategy|pipeline|approach|framework|scheme|algorithm|technique|mechanism|module|model|system|architecture|work|baseline|variant|version|optimizer|library|toolkit|tool|assistant|language|solver|prover|engine|platform|simulator|package|compiler|checker|interpreter)$/;

const isTitleWord = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && wordClass(t.text.toLowerCase()) !== 'det' && wordClass(t.text.toLowerCase()) !== 'prep';

function isDescribingAdjective(w: string): boolean {
  if (TECHNICAL_ADJECTIVES.has(w)) return false;
  const c = wordClass(w);
  return c === 'adj' || (c === 'unknown' && /(?:al|ic|ive|ous|ful|able|ible)$/.test(w));
}

function isNounAfterArticle(t: Token, before: Token): boolean {
  const w = t.text;
  return /^(?:a|an|the|our|its|this)$/i.test(before.text) && /^\p{Ll}{3,}$/u.test(w) && !/(?:ed|ing|s)$/.test(w) && !NON_TERM_WORDS.has(w) && wordClass(w) === 'verb';
}

// Gerunds compromise tags as such that relate or judge ("the resulting model", "the following tasks"), not
// processes; "training" is the setting of most terms, not a kind of them.
const NOT_PROCESS_GERUNDS = new Set(['using', 'including', 'following', 'resulting', 'trending', 'rising', 'evolving', 'training']);

/** "a merging set identification algorithm", "the sliding window recomputation": a process noun in -ing right after an article. */
function isGerundAfterArticle(t: Token, before: Token): boolean {
  const w = t.text;
  return /^(?:a|an|the|our|its|this)$/i.test(before.text) && /^\p{Ll}{4,}ing$/u.test(w) && !NOT_PROCESS_GERUNDS.has(w) && !NOT_MODIFIERS.has(w) && !NON_TERM_WORDS.has(w) && wordClass(w) === 'gerund';
}

function isNounAfterTechnicalAdjective(t: Token, before: Token): boolean {
  const w = t.text;
  return TECHNICAL_ADJECTIVES.has(before.text.toLowerCase()) && /^\p{Ll}{3,}$/u.test(w) && !/(?:ed|ing|s)$/.test(w) && !NON_TERM_WORDS.has(w) && wordClass(w) === 'verb';
}

// Words after which a title starts a clause of its own: "A Framework for Understanding ...", "X: Learning ...".
const TITLE_CLAUSE_OPENER = /^(?:for|of|to|towards|in|on|via|by|with|and)$/i;

/** Whether the token at `k` of a title opens a clause: after a preposition, "and" or the colon. */
function opensTitleClause(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && (TITLE_CLAUSE_OPENER.test(before.text) || /:\s*$/.test(text.slice(before.end, tokens[k]!.start)));
}

/** One sentence's tokens, what the lexicon covers of them (by token), and whether it is a title. */
interface TermText {
  text: string;
  tokens: readonly Token[];
  coverAt: ReadonlyMap<number, CoveredRange>;
  titleCase: boolean;
}

/** A term's heads: from its first head (or known term) at `coreFirst` to its last head at `last`, typed by that one. */
interface TermCore {
  coreFirst: number;
  last: number;
  type: EntityType;
  lexTerm: CoveredRange | null;
}

/**
 * Terms in one sentence: a head (or a Task/Technique/Metric lexicon match) with up to three
 * modifiers in front and further heads behind ("KV cache compression"), typed by the last head.
 */
export function findPhrases(text: string, tokens: readonly Token[], covered: readonly CoveredRange[], titleCase = false): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  const coverAt = new Map<number, CoveredRange>();
  for (const c of covered) for (let k = c.first; k <= c.last; k++) coverAt.set(k, c);
  const t: TermText = { text, tokens, coverAt, titleCase };
  let i = 0;
  while (i < tokens.length) {
    const core = headsFrom(t, i);
    if (!core) {
      i++;
      continue;
    }
    if (insideLongerName(t, core)) {
      i = core.last + 1;
      continue;
    }
    const first = termStart(t, core);
    const type = settledType(core.type, tokens, first, core.last);
    addTerm(t, core, first, type, out);
    i = core.last + 1;
  }
  return out;
}

/**
 * "Dynamic Channel-wise Precision Boost", "our Adaptive Token Pruning Scheduler": in running text, capitalised heads
 * whose capitalised run goes on past them are words of a longer name, not a term of their own.
 */
function insideLongerName({ text, tokens, titleCase }: TermText, { coreFirst, last }: TermCore): boolean {
  const next = tokens[last + 1];
  return !titleCase && coreFirst > 0 && isTitleWord(tokens[coreFirst]!) && next !== undefined && isTitleWord(next) && joinedBySpace(text, tokens[last]!, next);
}

/** The heads of a term starting at token `i`: "KV cache compression", "LLM inference acceleration"; null where no head stands. */
function headsFrom({ text, tokens, coverAt }: TermText, i: number): TermCore | null {
  const cover = coverAt.get(i);
  const lexTerm = cover && cover.first === i && (cover.type === 'Task' || cover.type === 'Technique' || cover.type === 'Metric') ? cover : null;
  const headType = lexTerm ? lexTerm.type : coverAt.has(i) ? null : isHead(tokens[i]!);
  if (!headType) return null;
  let last = lexTerm ? lexTerm.last : i;
  let type: EntityType = headType;
  // A known measure stays itself ("accuracy rate" is accuracy).
  for (; headType !== 'Metric' || !lexTerm; ) {
    const next = tokens[last + 1];
    const nextType = next && !coverAt.has(last + 1) && joinedBySpace(text, tokens[last]!, next) ? isHead(next) : null;
    if (!nextType || isWorkOnKnown(lexTerm, next!)) break;
    const before = tokens[last]!.text.toLowerCase();
    last++;
    // "KV cache offloading" stays a technique: a process applied to a technique is one too; a general
    // noun is no technique ("page structure understanding" is a task).
    if (!(type === 'Technique' && nextType === 'Task' && !GENERIC_HEADS.has(before))) type = nextType;
  }
  return { coreFirst: i, last, type, lexTerm };
}

// Compounds written without their hyphen whose first word alone would count, judge or act, not modify:
// "multiple choice question answering" ("multiple" alone judges), "point cloud segmentation", "bounding box
// regression", "test time scaling", "second order optimization", "in silico screening". Cut after that word, the
// term keeps half a compound ("box regression", "order optimization", "silico screening").
const FIXED_COMPOUNDS = new Map<string, RegExp>([
  ['multiple', /^choice$/],
  ['point', /^clouds?$/],
  ['bounding', /^box(?:es)?$/],
  ['nearest', /^neighbou?rs?$/],
  ['next', /^(?:token|word|byte|frame|sentence|item|patch|action|state|scale|event)s?$/],
  ['talking', /^(?:head|face|body)s?$/],
  ['test', /^(?:time|cases?)$/],
  ['real', /^time$/],
  ['high', /^resolution$/],
  ['low', /^(?:resolution|rank|light)$/],
  ['first', /^order$/],
  ['second', /^order$/],
  ['higher', /^order$/],
  ['open', /^(?:world|set|vocabulary|domain|ended)$/],
  ['closed', /^(?:book|set|loop)$/],
  ['long', /^term$/],
  ['short', /^term$/],
  ['fine', /^grained$/],
  ['coarse', /^grained$/],
  ['single', /^(?:image|view)$/],
  ['state', /^spaces?$/],
  ['light', /^fields?$/],
  ['half', /^precision$/],
  ['full', /^precision$/],
  ['mixed', /^precision$/],
  ['de', /^novo$/],
  ['in', /^(?:silico|vivo|vitro|situ)$/],
]);

const isFixedCompound = (prev: Token, next: Token): boolean => FIXED_COMPOUNDS.get(prev.text.toLowerCase())?.test(next.text.toLowerCase()) ?? false;

/** The first token of the term: up to three modifiers in front of its heads ("efficient long-context inference"). */
function termStart(t: TermText, core: TermCore): number {
  const { text, tokens, coverAt, titleCase } = t;
  const { coreFirst, last, type, lexTerm } = core;
  const properCore = lexTerm !== null && PROPER_NAME.test(tokens[coreFirst]!.text);
  // "Large Reasoning Models": a capitalised run that goes on past the head is a longer name, not this term.
  const runGoesOn = tokens[last + 1] !== undefined && /^\p{Lu}/u.test(tokens[last + 1]!.text);
  let first = coreFirst;
  while (first > 0 && coreFirst - first < 3) {
    const prev = tokens[first - 1]!;
    const prevCover = coverAt.get(first - 1);
    if (endsTermBefore(t, core, first)) break;
    // "decoding latency", "retrieval accuracy": a measure taken of one process.
    if (lexTerm?.type === 'Metric' && first === coreFirst && !prevCover && isHead(prev) && isHead(prev) !== 'Metric') {
      first--;
      break;
    }
    if (endsKindOf(type, lexTerm, prev, first, last)) break;
    if (isFixedCompound(prev, tokens[first]!) && joinedBySpace(text, prev, tokens[first]!)) {
      first--;
      continue;
    }
    // "high quality image synthesis": a judged quality is no kind of the term.
    if (/^quality$/i.test(prev.text) && first >= 2 && /^(?:high|higher|highest|low|lower|good|better|best|poor|top)$/i.test(tokens[first - 2]!.text)) break;
    // "the RL algorithm DPO", "concurrent work QuaRot": a class noun before a known proper name is an
    // apposition, not a kind of it ("sparse FlashAttention" is one).
    if ((properCore || /^\p{Lu}|\p{Ll}\p{Lu}/u.test(tokens[coreFirst]!.text)) && lexTerm !== null && first === coreFirst && CLASS_NOUN.test(prev.text)) break;
    // "an inference-time Sway Sampling strategy", "Personalized PageRank": in running text, a capitalised
    // word inside a sentence before a capitalised term is part of its name.
    if (!titleCase && first - 1 > 0 && isTitleWord(prev) && isTitleWord(tokens[first]!) && !prevCover && !runGoesOn) {
      first--;
      continue;
    }
    // "Understanding Synthetic Context Extension", "Modeling attention masks as graphs, we ...": a capitalised
    // "-ing" verb opening the sentence, the title or a clause of the title ("... for Learning Logical Reasoning")
    // is its verb, not a kind of the term.
    if ((first - 1 === 0 || (titleCase && opensTitleClause(text, tokens, first - 1))) && !prevCover && /^\p{Lu}\p{Ll}+ing$/u.test(prev.text) && isVerbIng(prev.text)) break;
    if (!isModifier(prev)) {
      const taken = nounsBeforeHead(t, core, first);
      if (taken === 2) {
        first -= 2;
        continue;
      }
      first -= taken;
      break;
    }
    // "text-based RAG", "lossy-parsed OCR": a descriptive compound in front of a known term describes a use of it.
    if (lexTerm?.type === 'Technique' && DESCRIPTIVE_COMPOUND.test(prev.text)) break;
    first = prevCover ? prevCover.first : first - 1;
  }
  // "very long video understanding": an intensifier of a technical modifier belongs to the term.
  if (first > 0 && /^(?:very|extremely|ultra)$/i.test(tokens[first - 1]!.text) && TECHNICAL_ADJECTIVES.has(tokens[first]!.text.toLowerCase())) first--;
  return first;
}

/** Whether the word before token `first` belongs to something else: a quantity, another kind of name, a verb's subject, a measure's setting. */
function endsTermBefore({ text, tokens, coverAt }: TermText, { coreFirst, type, lexTerm }: TermCore, first: number): boolean {
  const prev = tokens[first - 1]!;
  // "500K length book summarization", "27B-parameter Mixture-of-Experts": a word measured by a number
  // before it belongs to that quantity, not to the term.
  // A measure's value stands there too ("2.7 box AP"), and keeps its words.
  const quantity = first >= 2 ? tokens[first - 2]!.text.toLowerCase() : '';
  const measured = type !== 'Metric' && isQuantity(quantity) && !/^(?:19|20)\d\d$/.test(quantity) && joinedBySpace(text, tokens[first - 2]!, prev);
  if (measured || /^\d[\d.]*[kmbt]?-/i.test(prev.text)) return true;
  const prevCover = coverAt.get(first - 1);
  if (prevCover && prevCover.type !== 'Technique' && prevCover.type !== 'Task') return true;
  if (isWorkOnKnown(prevCover, tokens[coreFirst]!)) return true;
  if (!joinedBySpace(text, prev, tokens[first]!)) return true;
  // "we study question answering", "to model attention": a word after a subject or "to" is its verb.
  // "Small LLMs Can Master Math Reasoning": so is a word after a modal.
  // "we extensively study ICL": an adverb between them changes nothing.
  // ("applied to bounding box prediction": the first word of a compound is no verb.)
  if ((isSubjectAt(tokens, first - 2) || (isSubjectAt(tokens, first - 3) && isAdverb(tokens[first - 2]!.text))) && !prev.text.includes('-') && !isFixedCompound(prev, tokens[first]!)) return true;
  return lexTerm?.type === 'Metric' && isTakenOn(prev.text, tokens[lexTerm.last]!.text);
}

/**
 * Whether a word in front of a known measure says where, in which setting or at which level it is taken rather
 * than which measure it is.
 */
function isTakenOn(word: string, measure: string): boolean {
  // "validation perplexity", "test accuracy": the data split a measure is taken on does not name a new measure.
  if (/^(?:validation|val|test|dev|development|held-out|heldout|train|training|eval|evaluation|in-domain|out-of-domain)$/i.test(word)) return true;
  // "relative accuracy", "human success rate", "total FLOPs", "zero-shot FID": the setting a measure is taken in, or
  // whose it is, does not name a new measure; but "zero-shot accuracy" and "few-shot accuracy" are named as wholes.
  if (/^(?:relative|total|human|long-context|task)$/i.test(word)) return true;
  if (/^(?:zero|few)-shot$/i.test(word)) return !/^(?:accuracy|accuracies|perplexity)$/i.test(measure);
  // "wiki-2 perplexity", "c4 perplexity": a name with a digit is the data a measure is taken on
  // ("p95 latency", "3D IoU", "top-5 accuracy" say which measure; "pass@3" is a measure of its own).
  if (/\d/.test(word) && !/^p\d{2,3}(?:\.\d+)?$|^\d[dD]$|^top-?\d+$/i.test(word)) return true;
  // "near-random accuracy", "expert-level accuracy": a level of a measure is a value of it, not a kind.
  return /(?:-level|-chance|^near-\S+|^(?:above|below|super|sub)-\S+)$/i.test(word);
}

/** Whether the word in front of a task or technique says how it is run, by whom or on what, rather than which kind it is. */
function endsKindOf(type: EntityType, lexTerm: CoveredRange | null, prev: Token, first: number, last: number): boolean {
  // "by fine-tuning video generation models": a training verb in front of a task is the clause's verb.
  if (type === 'Task' && /^(?:fine-?tuning|pre-?training|post-?training|training|finetuning|pretraining)$/i.test(prev.text)) return true;
  // "LLM code reasoning", "MLLM instruction following": a class of models before a task of two or more words says
  // who does the task, not which ("LLM serving", "LLM unlearning": one word is what is done to the models).
  if (type === 'Task' && last > first && isModelClassAcronym(prev.text)) return true;
  // "LLM quantization", "structured chain-of-thought": neither the models a method is applied to nor the setting it
  // runs in is a kind of the method.
  if (type === 'Technique' && lexTerm !== null && isTargetOrSetting(prev.text)) return true;
  // "step-by-step reasoning": how a task is done is no kind of it ("step-by-step distillation" is a method's name).
  return type === 'Task' && /^step-by-step$/i.test(prev.text);
}

/** How many words before token `first` that are no modifiers still join the term as nouns: 0, 1 or 2. */
function nounsBeforeHead({ text, tokens }: TermText, { coreFirst, lexTerm }: TermCore, first: number): 0 | 1 | 2 {
  const prev = tokens[first - 1]!;
  // "a balance scheduler", "the search module": a bare verb form right after an article is a noun.
  // ("the record FID": before a measure, a word that judges its value stays out.)
  if (first === coreFirst && first >= 2 && isNounAfterArticle(prev, tokens[first - 2]!) && !(lexTerm?.type === 'Metric' && NOT_MODIFIERS.has(prev.text))) return 1;
  if (first >= 2 && isGerundAfterArticle(prev, tokens[first - 2]!)) return 1;
  // "clinical report summarization": a bare verb form between a technical adjective and the head is a noun.
  if (first >= 2 && isNounAfterTechnicalAdjective(prev, tokens[first - 2]!) && joinedBySpace(text, tokens[first - 2]!, prev)) return 2;
  return 0;
}

// What "matching" of visual or textual data pairs up ("stereo matching", "point cloud matching", "image-text matching").
const MATCHED_DATA = /^(?:images?|stereo|clouds?|keypoints?|text|image-text|cross-modal|entity|shapes?|schemas?|records?|ontology|ontologies)$/i;

/** Token `at` names data matched as a task; "feature" only as local or dense features ("semi-dense local feature matching"). */
function isMatchedData(tokens: readonly Token[], first: number, at: number): boolean {
  const word = tokens[at]!.text;
  return MATCHED_DATA.test(word) || (/^features?$/i.test(word) && at > first && /^(?:local|dense|semi-dense|sparse)$/i.test(tokens[at - 1]!.text));
}

/** The term's type once its modifiers are known: what is synthesised, aligned or predicted can change it. */
function settledType(type: EntityType, tokens: readonly Token[], first: number, last: number): EntityType {
  // "image synthesis", "class-conditional speech synthesis": synthesis of a modality is a task; of data, a technique.
  if (type === 'Technique' && /^synthesis$/i.test(tokens[last]!.text) && tokens.slice(first, last).some((t) => SYNTHESISED_MODALITY.test(t.text))) return 'Task';
  // "flow matching", "score matching" are techniques; matching images, point clouds or local features is a task.
  if (type === 'Technique' && /^matching$/i.test(tokens[last]!.text) && last > first && isMatchedData(tokens, first, last - 1)) return 'Task';
  // "cross-modal alignment", "feature alignment": aligning representations is a technique; aligning a model
  // or AI with people, or for long contexts ("LLM alignment", "long-context alignment"), is a problem setting.
  if (type === 'Technique' && /^alignment$/i.test(tokens[last]!.text) && isAlignedSystem(tokens.slice(first, last))) return 'Task';
  // "next-token prediction", "masked prediction", "autoregressive modeling": an order or objective of prediction
  // is how a model is trained or generates, a technique; "link prediction", "language modeling" are tasks.
  if (type === 'Task' && isTrainingOrder(tokens.slice(first, last), tokens[last]!.text)) return 'Technique';
  return type;
}

/** Adds the term [first, last] where it is more than a known term alone and names something, and its inner term before a general noun. */
function addTerm({ tokens, coverAt }: TermText, { coreFirst, last, lexTerm }: TermCore, first: number, type: EntityType, out: PhraseCandidate[]): void {
  // "an autoregressive Transformer-based model": a term written as "X-based" describes the noun after it.
  if ((first >= coreFirst && last <= (lexTerm ? lexTerm.last : coreFirst)) || DESCRIPTIVE_COMPOUND.test(tokens[last]!.text)) return;
  // "temporal understanding", "online serving", "LLM quantization": one word that says how, on what in general terms
  // or for which models a process runs, before its head, names no term of its own.
  if (last === first + 1 && (isProcessInGeneral(tokens[first]!, tokens[last]!) || (type === 'Task' ? isGeneralTask(tokens[first]!, tokens[last]!) : type === 'Technique' && isTechniqueOfTarget(tokens[first]!, tokens[last]!)))) return;
  if (isQualityOfProcess(type, tokens, first, last) || isRunOfTechnique(type, tokens[last]!)) return;
  const generic = GENERIC_HEADS.has(tokens[last]!.text.toLowerCase());
  // "an automatic pipeline", "a foundational framework": one describing adjective does not name a method.
  if (generic && last === first + 1 && isDescribingAdjective(tokens[first]!.text.toLowerCase())) return;
  out.push({ start: tokens[first]!.start, end: tokens[last]!.end, type, first, last, generic });
  // "sparse attention method": the term without its general noun is a term too.
  const inner = last - 1;
  const innerType = generic && inner >= coreFirst ? (coverAt.get(inner)?.type ?? isHead(tokens[inner]!)) : null;
  if (innerType && (first < coreFirst || inner > (lexTerm ? lexTerm.last : coreFirst))) {
    out.push({ start: tokens[first]!.start, end: tokens[inner]!.end, type: innerType, first, last: inner, generic: false });
  }
}

/** A term written by ellipsis in a list: "arithmetic" in "arithmetic, commonsense, and symbolic reasoning". */
export interface ElidedTerm {
  start: number;
  end: number;
  /** The word with the head it shares: "arithmetic reasoning". */
  name: string;
  type: EntityType;
}

// Describing words only: a technical adjective, an adjective, or a word with an adjective's ending
// ("arithmetic", "page-level"); nouns ("comparison", "representation") and lengths ("long") are not.
export const ADJECTIVE_LIKE = (w: string): boolean =>
  !/^(?:long|short)$/i.test(w) && (TECHNICAL_ADJECTIVES.has(w.toLowerCase()) || wordClass(w) === 'adj' || /(?:al|ic|ive|ous|ary|-level|-based)$|^top-\d+$/i.test(w));

/**
 * "two tasks: page-level and layout-level retrieval": modifiers listed before a two-word term share its
 * head, so each names a term of its own where the list is what a colon announces. Elsewhere the shared
 * head is passing description ("LLMs excel at logical and algorithmic reasoning"): measured on the read
 * held-out papers, 2 of 40 such terms were marked. Only describing words qualify ("retrieval, reranking
 * and question answering" lists tasks, not kinds of answering).
 */
export function findElidedTerms(text: string, tokens: readonly Token[], phrases: readonly PhraseCandidate[], covered: readonly CoveredRange[]): ElidedTerm[] {
  const out: ElidedTerm[] = [];
  const isCovered = (k: number): boolean => covered.some((c) => c.first <= k && k <= c.last);
  for (const p of phrases) {
    if (p.last - p.first > 2 || p.generic) continue;
    const lead = tokens[p.first]!;
    if (!/^\p{Ll}/u.test(lead.text) || !ADJECTIVE_LIKE(lead.text)) continue;
    const conj = tokens[p.first - 1];
    if (!conj || !/^(?:and|or)$/.test(conj.text) || !/^\s+$/.test(text.slice(conj.end, lead.start))) continue;
    const head = text.slice(tokens[p.first + 1]!.start, p.end);
    const listed: ElidedTerm[] = [];
    for (let k = p.first - 2, n = 0; k >= 0 && n < 3; k--, n++) {
      const w = tokens[k]!;
      const gap = text.slice(w.end, tokens[k + 1]!.start);
      if (!(n === 0 ? /^\s*,?\s*$/.test(gap) : /^\s*,\s*$/.test(gap))) break;
      if (!/^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(w.text) || isCovered(k) || isHead(w) || !ADJECTIVE_LIKE(w.text) || (!isModifier(w) && !/^top-\d+$/.test(w.text))) break;
      listed.push({ start: w.start, end: w.end, name: `${w.text} ${head}`, type: p.type });
      if (!/,/.test(text.slice(tokens[k - 1]?.end ?? 0, w.start))) break;
    }
    // ("top-1 and top-5 error rates": cut-offs of one measure are measures wherever they are listed.)
    const opening = listed[listed.length - 1];
    if (opening && (/:\s*$/.test(text.slice(Math.max(0, opening.start - 3), opening.start)) || listed.every((t) => /^top-\d+ /.test(t.name)))) out.push(...listed);
  }
  return out;
}
