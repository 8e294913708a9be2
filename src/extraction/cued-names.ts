/**
 * Candidates a cue types: items listed after "tasks:" or "benchmarks such as", capitalised runs closed by a
 * benchmark word or a method's kind noun, and software names.
 */
import type { Candidate } from './candidate.js';
import { CLASS_OF_LANGUAGE_MODELS, endsDescribing } from './capitalised-runs.js';
import { sentenceAt, type FieldText } from './field-text.js';
import { isGenericAcronym, isNameShaped, suffixType } from './shapes.js';

// "four types of tasks: A, B, and C", "three tasks (A, B, C)": what follows names the tasks ("tasks such as
// X" more often lists benchmarks).
const TASK_LIST_CUE = /\b(?:tasks|task types|task categories|subtasks|sub-tasks)\b[^.:;()]{0,40}?[:(]\s*/gu;
// One listed item in Title Case: "Spotlight Locating", "Chain of Reasoning", "Needle Counting".
const TITLE_ITEM = /^\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of|and|&|in|for)?\s*\p{Lu}[\p{L}\p{N}-]*){0,3}$/u;

/** Title-Case items of two or more words listed after "tasks:" are tasks, named or not. */
export function addListedTasks(f: FieldText, candidates: Candidate[]): void {
  if (!f.text.includes('task')) return;
  for (const cue of f.text.matchAll(TASK_LIST_CUE)) {
    let at = (cue.index ?? 0) + cue[0].length;
    // "tasks (such as DocVQA, ChartVQA)" gives examples, mostly benchmarks.
    if (/^(?:such as|e\.g\.|including|like)\s/u.test(f.text.slice(at, at + 12))) continue;
    const end = f.text.slice(at).search(/[.;:)]|$/u) + at;
    for (const part of f.text.slice(at, end).split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u)) {
      const item = part.trim();
      // Title-Case words ("Needle Counting") name the task. A one-word name ("WebSRC", "MoTIF") or a
      // benchmark-shaped one ("Multi-page DocVQA") is a data set's name, typed by the usual rules; one plain
      // word ("Logic", "Puzzle", "Swahili") is a category or a language the tasks are grouped by.
      if (/\s/.test(item) && TITLE_ITEM.test(item) && !isGenericAcronym(item) && suffixType(item) !== 'Benchmark') {
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

const NOT_DATA_ITEM = /^(?:Table|Tables|Fig|Figure|Figures|Section|Sec|Appendix)\b|\b(?:Split|Splits|Domain|Domains)$/u;

/** Title-Case items listed as examples of benchmarks or data sets, in order, until one is no such item. */
export function addListedData(f: FieldText, candidates: Candidate[]): void {
  for (const cue of f.text.matchAll(DATA_LIST_CUE)) {
    let at = (cue.index ?? 0) + cue[0].length;
    const end = f.text.slice(at).search(/[.;:)]|$/u) + at;
    for (const part of f.text.slice(at, end).split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/u)) {
      const item = part.trim();
      if (/^,|^(?:and|or)$/.test(item)) {
        at += part.length;
        continue;
      }
      // One capitalised word ("Arxiv", "Code") names a source or a domain as often as a data set; "Table 2", "Train
      // Split", "In Domain" point at the paper or split the data.
      if (!DATA_ITEM.test(item) || endsDescribing(item) || NOT_DATA_ITEM.test(item)) break;
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

export function addSoftwareNames(f: FieldText, candidates: Candidate[]): void {
  if (!f.text.includes('.cpp') && !f.text.includes('.js')) return;
  for (const m of f.text.matchAll(SOFTWARE_NAME)) {
    const start = m.index ?? 0;
    candidates.push({ field: f.field, start, end: start + m[0].length, surface: m[0], sentence: sentenceAt(f, start), type: 'Technique', name: m[0], source: 'shape', confidence: 0.6 });
  }
}

/** "BMJ Diagnosis Challenge", "Open Science Benchmark": a capitalised run ending in a benchmark word. */
export function addBenchmarkRuns(f: FieldText, candidates: Candidate[]): void {
  // Most abstracts have no capitalised benchmark word: a plain search spares the run's costly scan.
  if (!BENCHMARK_WORD.test(f.text)) return;
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
const METHOD_KIND = String.raw`(?:strategy|method|framework|technique|mechanism|module|algorithm|approach|architecture|scheme|paradigm|pipeline|objective)(?![\p{L}\p{N}-])`;
const KIND_NAMED_RUN = new RegExp(
  String.raw`(?<=[\p{Ll}\p{N},;:(]\s)((?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*\s+){2,6}|\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*-\p{Lu}[\p{L}\p{N}]*\s+)${METHOD_KIND}`,
  'gu',
);
// A capitalised word right before such a noun: most abstracts have none, and this look-up is cheaper than the run's.
const KIND_NAMED = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}-]*\s+${METHOD_KIND}`, 'u');

/** Capitalised runs a method's kind noun closes, as Technique candidates named without the noun. */
export function addKindNamedRuns(f: FieldText, candidates: Candidate[]): void {
  if (!KIND_NAMED.test(f.text)) return;
  for (const run of f.text.matchAll(KIND_NAMED_RUN)) {
    const start = run.index ?? 0;
    const surface = run[1]!.trimEnd();
    // "a Diffusion Transformer-based framework", "a Rao-Blackwellized objective", "a Multi-Stage approach", "a
    // Text-to-SQL pipeline": the run describes the noun, it does not name it.
    if (endsDescribing(surface) || /\p{Ll}ed$/u.test(surface) || CLASS_OF_LANGUAGE_MODELS.test(surface) || DESCRIPTIVE_COMPOUND.test(surface)) continue;
    // "the Stage II module": a numbered step names no method.
    if (/\s(?:[IVX]+|\d+)$/u.test(surface)) continue;
    // "the XLM-RoBERTa architecture": a name the lexicon or its shape already reads keeps that reading.
    if (candidates.some((c) => c.field === f.field && c.start === start && c.end === start + surface.length)) continue;
    candidates.push({
      field: f.field, start, end: start + surface.length, surface, sentence: sentenceAt(f, start), type: 'Technique', name: surface, source: 'shape', confidence: 0.6,
    });
  }
}

// Title-Case compounds that say how many stages, which way or what kind, not which method.
const DESCRIPTIVE_COMPOUND = /^(?:Multi|Two|Three|Single|One|End|Plug|Coarse|Low|High|Cross|Teacher)-\p{L}|-to-(?:SQL|Text|Image|Video|Speech|Audio|3D|Code|Music|Motion)$/u;

// One to four capitalised words (the first may be a name like "BMJ") closed by a capitalised benchmark word.
const BENCHMARK_WORD = /Challenge|Bench|Dataset|Corpus|Suite|Arena|Leaderboard|Exam|Test/;
const BENCHMARK_RUN =
  /(?<![\p{L}\p{N}-])(?!\p{Lu}\p{Ll}+ing\s)(?:(?!(?:The|A|An|Our|We|This|These|In|On|For)\s)[\p{Lu}][\p{L}\p{N}-]*\s+){1,4}(?:Challenge|Benchmark|Bench|Dataset|Corpus|Suite|Arena|Leaderboard|Exam|Test)(?![\p{L}\p{N}-])/gu;

// "a Face-Sync Controller", "our Head-Sync Stabilizer", "the Semantic-Guided Frame Selector": capitalised words
// closed by a capitalised noun for a part of a model name that part (on the held-out sets the gold marks 332 of
// the 387 such runs); a capitalised word after the noun goes on with the name ("Hierarchical Block Sparse Attention").
const COMPONENT_NOUNS =
  'Controller|Stabilizer|Generator|Module|Encoder|Decoder|Adapter|Block|Layer|Network|Head|Projector|Extractor|Selector|Router|Refiner|Aggregator|Estimator|Predictor|Injector|Sampler|Tokenizer|Planner|Retriever|Verifier|Bank|Gate|Loss';
const COMPONENT_WORD = new RegExp(`(?:${COMPONENT_NOUNS})\\b`);
const COMPONENT_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?!(?:The|A|An|Our|We|This|These|Its|In|On|For|Unlike|As|With|Then|Finally)\\s)\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*\\s+){1,4}(?:${COMPONENT_NOUNS})(?![\\p{L}\\p{N}-]|\\s+\\p{Lu})`,
  'gu',
);

/** Capitalised runs a capitalised component noun closes, as Technique candidates. */
export function addComponentRuns(f: FieldText, candidates: Candidate[]): void {
  // Most abstracts have no capitalised component noun: a plain search spares the run's scan.
  if (!COMPONENT_WORD.test(f.text)) return;
  for (const run of f.text.matchAll(COMPONENT_RUN)) {
    const start = run.index ?? 0;
    const surface = run[0];
    if (candidates.some((c) => c.field === f.field && c.start === start && c.end === start + surface.length)) continue;
    candidates.push({ field: f.field, start, end: start + surface.length, surface, sentence: sentenceAt(f, start), type: 'Technique', name: surface, source: 'shape', confidence: 0.6 });
  }
}
