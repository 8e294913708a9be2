import { CHAT_TUNING, EDITION_TIER_END, MODEL_SIZE_WORD, PATCH_SIZE_END } from './releases.js';
import { wordClass } from './words.js';
import type { EntityType } from './types.js';
import { memoize } from './memo.js';

/**
 * Acronyms and words that name a class of things, not one thing ("LLMs", "a VLM", "GPUs"): they have
 * a name's shape but are never entities of the contract.
 */
// Acronyms of a class of models ("LLMs", "a VLM"; "MLM" is also masked language modeling, an objective).
const MODEL_CLASS_ACRONYMS = new Set(['llm', 'llms', 'lm', 'lms', 'vlm', 'vlms', 'lvlm', 'lvlms', 'mllm', 'mllms', 'lmm', 'lmms', 'slm', 'slms', 'vla', 'vlas']);

/** "LLM", "VLMs": an acronym that names a class of models. */
export const isModelClassAcronym = (word: string): boolean => MODEL_CLASS_ACRONYMS.has(word.toLowerCase());

const GENERIC_ACRONYMS = new Set(
  [
    ...MODEL_CLASS_ACRONYMS, 'mlm', 'mlms', 'ai', 'agi', 'nlp', 'cv',
    'gpu', 'gpus', 'cpu', 'cpus', 'tpu', 'tpus', 'npu', 'api', 'apis', 'pdf', 'pdfs', 'html', 'url', 'urls', 'sota', 'ml', 'dl', 'nn', 'dnn',
    'gui', 'guis', 'io', 'ram', 'hbm', 'sram', 'dram', 'ssd', 'os', 'ui', 'id', 'ids', 'gb', 'tb', 'mb', 'kb', 'ms', 'us', 'usa', 'uk', 'eu', 'fps', 'hz',
    'i', 'ii', 'iii', 'iv', 'vi', 'en', 'zh', 'q', 'a', 'qa', 'faq', 'gt', 'vs', 'tflops', 'flops', 'pflops', 'json', 'xml', 'csv', 'sql',
    'github', 'arxiv', 'http', 'https', 'www', 'com', 'org', 'code', 'data', 'ok', 'mcq', 'mcqs', 'llmbased', 'lvlmbased', 'cot',
    'nl', 'usd', 'eur', 'gbp', 'cny', 'rmb', 'jpy', 'videollm', 'videollms', 'lclm', 'lclms', 'lalm', 'lalms', 'alm', 'alms', 't2vm', 't2vms',
  ],
);

// Sensors, scans, signals and chips a system reads or runs on ("RGB-D", "LiDAR", "IMU", "CT", "MRI", "ECG", "MCUs", "FPGA") and a
// file format ("SVG"): alone they name nothing, but a definition may give one of them to a name of its own ("Sparse
// VideoGen (SVG)", "the Retrieval-Augmented Generation Benchmark (RGB)"), so there the long form decides.
const SENSOR_ACRONYMS = new Set(['rgb', 'rgbd', 'lidar', 'lidars', 'imu', 'imus', 'ct', 'mri', 'ecg', 'ecgs', 'ppg', 'mcu', 'mcus', 'fpga', 'fpgas', 'asic', 'asics', 'svg', 'svgs']);

/** An acronym's key in the sets below: lower case, without hyphens or other signs ("RGB-D" → "rgbd"). */
const acronymKey = (s: string): string => (/^[a-z0-9]*$/i.test(s) ? s.toLowerCase() : s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));

// Parts named by their role ("KV states", "QK norms"): alone they name nothing; the term is what they
// make up ("KV cache"), found by the lexicon or an acronym's definition.
const ROLE_PARTS = /^(?:KV|QK|QKV)$/;
export const isRolePart = (token: string): boolean => ROLE_PARTS.test(token);

// Organisations and hardware: capitalised like model names, but neither models nor methods.
const ORGANISATIONS_AND_HARDWARE = new Set(
  `openai google meta microsoft anthropic nvidia deepmind huggingface alibaba baidu tencent apple amazon ibm salesforce bytedance
   nvlink infiniband pcie cuda a100 a800 h100 h800 h200 v100 b200 rtx tpuv4 tpuv5`.split(/\s+/),
);

// "RTX5090", "L40S", "A100-80GB", "MI300X": accelerators, keyed without their hyphens.
const GPU_MODEL = /^(?:rtx\d{3,4}|gtx\d{3,4}|[ahbv]\d{2,3}|l40s?|mi\d{3}x?)(?:\d{2,3}gb)?$/;

// "CC-BY-4.0", "Apache-2.0", "OpenRAIL-M", "GPLv3": licences a release is under, keyed without their hyphens.
const LICENCE = /^(?:ccby(?:sa|nc|nd)*\d*|cc0|apache\d*|openrail\w*|gplv?\d*|agplv?\d*|lgplv?\d*)$/;

// "traditional VL tasks", "ID and OOD tasks", "STEM tasks": the domain or setting a task is in. Alone they name
// nothing; after a name they tag its modality ("Florence-VL"), so they are no class name the way "-LLMs" is.
const DOMAIN_ACRONYMS = new Set(['vl', 'ood', 'iid', 'stem']);

/** An acronym that names nothing alone, a sensor's aside: the test for a definition's short form, where the long form decides a sensor's. */
export const isGenericShortForm = (s: string): boolean => {
  const k = acronymKey(s);
  // "RT-X" is a model, "RTX" a graphics card: a brand is written without a hyphen between its letters.
  const brand = ORGANISATIONS_AND_HARDWARE.has(k) && !/\p{L}-\p{L}/u.test(s);
  return GENERIC_ACRONYMS.has(k) || DOMAIN_ACRONYMS.has(k) || brand || GPU_MODEL.test(k) || LICENCE.test(k);
};

/** "MoE", "RGB-D", "H100": an acronym that names nothing alone. */
export const isGenericAcronym = (s: string): boolean => isGenericShortForm(s) || SENSOR_ACRONYMS.has(acronymKey(s));

// "CodeLLMs", "AudioLLMs", "videoLMs": a modality or domain written solid before a plural class acronym
// (introduced families like "SeaLLMs" or "TriLMs" name their own prefix).
const MODALITY = 'Audio|Speech|Code|Image|Video|Vision|Visual|Music|Text|Math|Med|Medical|Bio|Legal|Robot|Graph|Table|Web|Omni';
const SOLID_CLASS = new RegExp(`^(?:${MODALITY})(?:LLMs|LMs|VLMs|MLLMs|LMMs|SLMs)$`, 'u');
const MODALITY_WORD = new RegExp(`^(?:${MODALITY}|Multi)$`, 'u');

/** "Video-LLMs", "AV-LLM", "Code-LLMs", "CodeLLMs": a class of models named by a prefix, not one model. */
export function isGenericClassName(s: string): boolean {
  if (SOLID_CLASS.test(s.charAt(0).toUpperCase() + s.slice(1))) return true;
  if (!s.includes('-')) return false;
  const parts = s.split('-');
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  // "Gym-QA", "Sports-QA": a capitalised word closed by "-QA" names a question set, not a class of things ("Video-QA" is
  // a modality's task).
  if (!GENERIC_ACRONYMS.has(last.toLowerCase()) || (last === 'QA' && parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!) && !MODALITY_WORD.test(parts[0]!))) return false;
  if (/s$/.test(last)) return true;
  const first = parts[0]!;
  // "8-GPU", "4-GPUs": a count of a class of things.
  return /^\p{Lu}\p{Ll}+$/u.test(first) || /^\p{Lu}{1,2}$/u.test(first) || /^\d+$/.test(first);
}

const DIGIT = /\p{N}/u;
// "Top-K", "Table 2", "Theorem 1", "Stage-II": the parts of a paper and the steps of a procedure are
// numbered like releases but name nothing; compromise's dictionary lacks many of these words.
const NOT_NAME_HEADS =
  /^(?:Top|Type|Part|Plan|Class|Level|Phase|Stage|Step|Group|Table|Figure|Fig|Section|Appendix|Round|Task|Track|Set|Tier|Grade|Lemma|Theorem|Corollary|Proposition|Algorithm|Chapter|Equation|Eq|Example|Definition|Assumption|Season|Episode|Day|Week|Version|Module|Scenario|Category|Case|Claim|Rule|Block|Layer|Epoch|Iteration|Experiment|Setting|Game|Question|Problem|Exercise|Listing|Box|Panel|Row|Column|Subtask|Checkpoint|Split|Trial|Run|Scale|Size|Wave)$/;

/** A word that numbers a part of the paper or a step ("Table", "Theorem", "Stage"), never a name. */
export const isPartWord = (word: string): boolean => NOT_NAME_HEADS.test(word);
const GREEK_OR_SYMBOL = /[\u0370-\u03ff^∞]/u;

/**
 * Does a token look like a proper ML name written by its authors? CamelCase ("LongBench", "mPLUG"),
 * letters with digits ("M3Retr", "VCap-2M"), acronyms ("SWIM"), Greek letters or carets ("μ-Bench",
 * "E^2-LLM"), or hyphenated capitalised parts ("Graph-RAG"). Ordinary words, numbers, sizes ("7B")
 * and class acronyms ("LLMs") do not.
 */
/** An ASCII word of lower-case letters and hyphens, starting with a letter: checked without a regex. */
function isPlainLowerAscii(token: string): boolean {
  const first = token.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
}

function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
    else if (c >= 128 && /\p{L}/u.test(s[i]!)) n++;
  }
  return n;
}

// Tokens repeat within and across abstracts: the memo answers most shape tests (a dozen regexes each).
const nameShapedMemo = memoize(nameShaped);

export function isNameShaped(token: string): boolean {
  // Plain lower-case words: the common case, decided fast.
  return !isPlainLowerAscii(token) && nameShapedMemo(token);
}

function nameShaped(token: string): boolean {
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(token)) return false;
  const t = token.replace(/['’]s$/u, '');
  if (t.length < 2 || isGenericAcronym(t) || isGenericClassName(t) || isRolePart(t)) return false;
  const letterCount = countLetters(t);
  if (letterCount === 0) return false;
  if (/^\p{N}+(\.\p{N}+)?[kKmMbBtT]?$/u.test(t)) return false; // numbers and sizes
  if (/^\p{N}+[\p{L}]{1,2}$/u.test(t)) return false; // "3D", "7B", "2nd"
  if (/^\p{N}+(?:\.\p{N}+)?(?:hrs?|hours?|mins?|secs?|days?|[kMGT]B|k?Hz|fps|kbps)$/u.test(t)) return false; // "200hrs", "16kHz"
  // "STeering", "REcycling", "EXpert": capitals that spell an acronym out inside a dictionary word.
  if (/^\p{Lu}{2,}\p{Ll}{3,}$/u.test(t) && wordClass(t.toLowerCase()) !== 'unknown') return false;
  if (/^[\d.]+[kKmMbB]?(?:-[\d.]+[kKmMbB]?)+$/u.test(t)) return false; // size ranges "4K-32K"
  if (/^\p{N}+(?:\.\p{N}+)?(?:times|x)/u.test(t)) return false; // "4times" (a lost ×)
  if (/^(?:sub|under|over|super)-\d/i.test(t)) return false; // "sub-2B": a size class
  if (/^[\p{Lu}]+s$/u.test(t) && t.length <= 6) return false; // plural class acronyms "GPUs"
  const parts = t.split('-');
  const last = parts[parts.length - 1]!;
  // "mE5-large", "bge-small": a size word after a name is a release of it.
  if (parts.length > 1 && MODEL_SIZE_WORD.test(last) && isNameShaped(parts.slice(0, -1).join('-'))) return true;
  // "Dream-Instruct", "Orca-Chat": a tuning after a capitalised word names a released model.
  if (parts.length === 2 && CHAT_TUNING.test(last) && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!)) return true;
  // "GPT-based", "2K-token", "PDF-formatted": a compound adjective, not a name; so is a number or size
  // before any lower-case word ("64k-length"), and any word after a participle compromise lacks ("RLCF-optimized").
  if (parts.length > 1 && /^\p{Ll}+$/u.test(last) && (wordClass(last) !== 'unknown' || /^\p{Ll}{3,}ed$/u.test(last) || /^\p{N}+(?:\.\p{N}+)?\p{L}?$/u.test(parts[0]!))) return false;
  // "human-LLM interaction", "multi-LLM debate": a plain word joined to a class acronym describes, it names nothing.
  if (parts.length === 2 && /^\p{Ll}+$/u.test(parts[0]!) && isGenericAcronym(last)) return false;
  // "Zeta-Bench", "Physics-Attention", "Wave-Former": a capitalised word closed by a benchmark or
  // architecture word names one.
  if (/^\p{Lu}[\p{L}\p{N}]*-(?:Bench|Eval|Arena|Attention|Former|Net)$/u.test(t)) return true;
  // "H-Reducer", "Q-Filters": one capital letter joined to a capitalised word is a coined name.
  if (/^\p{Lu}-\p{Lu}\p{Ll}{2,}$/u.test(t)) return true;
  // "Gecko-M", "Sana-S": a capitalised word with a short capital tag.
  if (/^\p{Lu}\p{Ll}+-\p{Lu}{1,3}\p{N}*$/u.test(t) && !NOT_NAME_HEADS.test(parts[0]!)) return true;
  if (GREEK_OR_SYMBOL.test(t) && letterCount >= 2) return true;
  // CamelCase inside one part ("LongBench", "mPLUG"), not capitals after hyphens ("Vision-Language").
  const camel = parts.some((p) => /\p{Ll}\p{Lu}/u.test(p) || /\p{Lu}\p{Lu}/u.test(p));
  const startsLower = /^\p{Ll}/u.test(t);
  // "pixelSplat", "iTransformer": a lower-case start and a capitalised word after it.
  if (camel && (!startsLower || (t.match(/\p{Lu}/gu) ?? []).length >= 2 || /^\p{Ll}+\p{Lu}\p{Ll}{2,}/u.test(t))) return true;
  if (/^[\p{Lu}\p{N}\-&+.]+$/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 2) return true; // acronyms
  if (DIGIT.test(t) && letterCount >= 2 && !startsLower) return true;
  if (DIGIT.test(t) && letterCount >= 2 && /\p{L}\p{N}|\p{N}\p{L}/u.test(t)) return true;
  return false;
}

interface SuffixCue {
  re: RegExp;
  type: EntityType;
}

// Name endings that say what a new name is ("TabBench", "DocVQA", "Qwen2-VL", "ChartRAG").
const SUFFIX_CUES: SuffixCue[] = [
  // A parameter count or chat/instruct tag anywhere marks a released model: "Lumo-7B-Instruct-1M".
  { re: /-\d+(?:\.\d+)?[bB](?:-|$)|-(?:instruct|chat)(?:-|$)/i, type: 'Model' },
  // "LongEval", "MT-Eval", "Medeval", but not "DeepRetrieval": "eval" closes a name as a word of its own.
  { re: /(bench|benchmark|arena|\bqa|vqa|-test|-eval|(?<!tri)eval|-hard)$/i, type: 'Benchmark' },
  { re: /-(\d+(\.\d+)?[kKmM])$/, type: 'Dataset' },
  // "OmniCorpus", "Arxiv-Corpus": a capitalised "Corpus" closing a name names a data set.
  { re: /[\p{L}\p{N}-]Corpus$/u, type: 'Dataset' },
  // "F5-TTS", "YourTTS", "X-Codec", "CosyVoice", "Qwen2-Audio", "Fish-Speech": speech systems are released models
  // (capitals count: "Text-to-Speech" is a task; "StepEval-Audio" is a benchmark's audio part).
  { re: /^(?!.*(?:Eval|Bench))(?:.*(?:-|[\p{Ll}\d])(?:TTS|Codec|Voice)|.*(?<!-to)-(?:Audio|Speech))$/u, type: 'Model' },
  { re: /(-?rag|-?attention|-?kv|-?cache|-?former)$/i, type: 'Technique' },
  {
    re: /(-vl|-lm|llm|-gpt|gpt|bert|gan|llama|-\d+(\.\d+)?[bBmM]|-instruct|-chat|-base|-large|-small|-tiny|-medium|-xxl|-xl|-vision|-v\d+(\.\d+)?|-it|llava|-mini|-pro|-turbo|-coder|-math|-omni|-r1|-o1)$/i,
    type: 'Model',
  },
];

/** The type a name's ending suggests, if any. */
export function suffixType(name: string): EntityType | null {
  // "CodeArena-2405", "LongBench v2": a release tag after the name does not change what it is.
  // "VideoGPT+", "HumanEval+": a plus marks an improved edition of what the name is.
  // "DiT-XL/2": nor does a patch size.
  // "Orca-Coder-Lite", "WebArena-Lite", "Qwen-VL-Max": nor does a tier word (a lighter, larger or faster edition).
  const t = name.trim().replace(/\++$/u, '').replace(/(?:[-\s]v?\d+(?:\.\d+)*)$/u, '').replace(PATCH_SIZE_END, '').replace(EDITION_TIER_END, '');
  // "ARC-Challenge", "MedExam", "Hard Test", but not "GPT-4o-latest": the word must stand on its own.
  if (/(?:^|[-\s_])(?:challenge|test|exam)$/i.test(t) || /(?:Challenge|Test|Exam)$/.test(t)) return 'Benchmark';
  // "gpt-3.5-turbo-16k", "Claude-100k": a context-window size after a name marks a model release; data
  // sets carry counts ("ToolInstruct-6k", "VCap-2M").
  if (/-(?:4|8|16|32|64|128|256|100|200)[kK]$/.test(t)) return 'Model';
  // "BERTScore", "VeriScore", "Judge-Score": a name closed by a capitalised "Score" is a measure.
  if (/(?:\p{L}|-)Score$/u.test(t)) return 'Metric';
  // "VCGBench-Diverse", "MMBench-Video", "ChemBench-Mini": a benchmark's name with a subset, domain or tier behind it.
  if (/^[\p{L}\p{N}]*(?:Bench|Eval|QA)-\p{L}/u.test(t)) return 'Benchmark';
  // "OSS-Instruct", "MAVIS-Instruct": "-Instruct" closing a name with no size or version names instruction data or the
  // method that makes it as often as a tuned model; the words around it decide ("Kite-7B-Instruct" is a model).
  if (/-instruct$/i.test(t) && !/\d/.test(name)) return null;
  for (const cue of SUFFIX_CUES) if (cue.re.test(t)) return cue.type;
  // "JudgeLM", "CodeLM", "TriLMs": a capital LM closing a CamelCase name (case counts: "llm" words are no names);
  // "FiLM" (one capital before it) is a layer, not a model.
  if (/\p{Lu}\p{Ll}{2,}LMs?$/u.test(t)) return 'Model';
  return null;
}

// Nouns that say what a named thing is when they follow or precede it ("the X benchmark",
// "X, a new dataset", "a framework called X").
// A Map, not an object: "constructor" or "__proto__" in an abstract must find nothing.
const HEAD_NOUNS = new Map(Object.entries<EntityType>({
  benchmark: 'Benchmark', benchmarks: 'Benchmark', testbed: 'Benchmark', leaderboard: 'Benchmark', suite: 'Benchmark', arena: 'Benchmark',
  dataset: 'Dataset', datasets: 'Dataset', corpus: 'Dataset', corpora: 'Dataset', collection: 'Dataset',
  subset: 'Benchmark', subsets: 'Benchmark', split: 'Benchmark', splits: 'Benchmark',
  model: 'Model', models: 'Model', llm: 'Model', llms: 'Model', mllm: 'Model', mllms: 'Model', lmm: 'Model', lmms: 'Model', vlm: 'Model', vlms: 'Model', lvlm: 'Model', lvlms: 'Model', assistant: 'Model', chatbot: 'Model',
  framework: 'Technique', frameworks: 'Technique', method: 'Technique', methods: 'Technique', approach: 'Technique', approaches: 'Technique',
  technique: 'Technique', techniques: 'Technique', mechanism: 'Technique', mechanisms: 'Technique', algorithm: 'Technique', algorithms: 'Technique',
  strategies: 'Technique', baselines: 'Technique',
  strategy: 'Technique', pipeline: 'Technique', system: 'Technique', architecture: 'Technique', module: 'Technique', paradigm: 'Technique', recipe: 'Technique',
  scheme: 'Technique', library: 'Technique', toolkit: 'Technique', engine: 'Technique', protocol: 'Technique', objective: 'Technique', loss: 'Technique',
  layer: 'Technique', kernel: 'Technique', optimizer: 'Technique', solution: 'Technique', agent: 'Technique', tool: 'Technique',
  component: 'Technique', components: 'Technique', adapter: 'Technique', block: 'Technique', controller: 'Technique', planner: 'Technique',
  scaffold: 'Technique', harness: 'Technique', attack: 'Technique', defense: 'Technique', toolbox: 'Technique', tagger: 'Technique', classifier: 'Technique', parser: 'Technique', decoder: 'Technique', retriever: 'Technique',
  // Trained components released as weights: "X, a decoder-only transformer", "X, a neural audio codec", "X, a vision
  // encoder", "X, an RNN with gated linear recurrences", "X, a long CoT verifier".
  transformer: 'Model', codec: 'Model', tokenizer: 'Model', generator: 'Model', backbone: 'Model', autoencoder: 'Model', vocoder: 'Model',
  encoder: 'Model', rnn: 'Model', rnns: 'Model', verifier: 'Model', detector: 'Model',
  metric: 'Metric', metrics: 'Metric', measure: 'Metric', score: 'Metric',
  task: 'Task', tasks: 'Task',
}));

// "an evaluation framework", "a test set", "a benchmarking platform": a thing kept for evaluation is a benchmark (a
// "set" or "platform" alone may be anything; "a human-aligned evaluation method" is a method).
const EVALUATION_WORD = /^(?:evaluation|benchmarking|test|validation)$/i;
const EVALUATION_HEAD = /^(?:frameworks?|sets?|platforms?)$/i;

/** A two-word head that names a benchmark ("test set", "evaluation framework"), or null. */
export const evaluationHeadType = (before: string | undefined, word: string): 'Benchmark' | null =>
  before !== undefined && EVALUATION_WORD.test(before) && EVALUATION_HEAD.test(word) ? 'Benchmark' : null;

export function headNounType(word: string): EntityType | null {
  const w = word.toLowerCase();
  const dash = w.lastIndexOf('-');
  // "a novel Video-LLM", "a Code-LLM": a hyphened compound closed by a model noun is one.
  return HEAD_NOUNS.get(w) ?? (dash > 0 && HEAD_NOUNS.get(w.slice(dash + 1)) === 'Model' ? 'Model' : null);
}
