/**
 * Measures named by their context rather than the lexicon ("the X metric", "metrics such as X", "GPT-4 score").
 */
import type { Candidate } from './candidate.js';
import { endsDescribing } from './capitalised-runs.js';
import { sentenceAt, type FieldText } from './field-text.js';
import { headNounType } from './shapes.js';
import { wordClass } from './words.js';

// "the Weighted Hit Gain metric", "a new Consistency score": capitalised words a measure noun closes.
const NAMED_MEASURE = /\b(?:the|a|an|our|new|novel|proposed)\s+((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,4})(?:metric|measure|score|index)\b/gu;
// "metrics such as X, Y and Z", "measured by X": the listed items are measures.
const MEASURE_LIST = /\b(?:metrics?|measures?|criteria)\s*,?\s*(?:such as|like|including|namely|:)\s+|\b(?:metrics?|measures?|criteria|evaluation (?:aspects|dimensions))\b[^.;:]{1,60}?\b(?:such as|including)\s+|\b(?:measured|quantified|assessed) (?:by|with|via|using)\s+(?:the\s+)?/gi;
const MEASURE_ITEM = /^((?:[\p{L}][\p{L}\p{N}@'’/-]*)(?:\s+[\p{L}][\p{L}\p{N}@'’/-]*){0,2}?)(?=\s*(?:,|\b(?:and|or|on|in|for|of|across|with)\b|[.;)]|$))/u;
// A model's name before "score" names a judge-based measure: "GPT-4 score", "CLIP score"; "Claude 3 Opus
// score below 20%", "X score reasonably well" use the verb.
const MODEL_SCORE = /^\s+score\b(?!\s+(?:below|above|under|over|at|up|well|poorly|highly|higher|lower|best|worst|only|just|reasonably|\d))/u;

/** A known benchmark or data set (or, with `orMetric`, measure) the lexicon found. */
const isKnownData = (c: Candidate, orMetric: boolean): boolean =>
  c.source === 'lexicon' && (c.type === 'Benchmark' || c.type === 'Dataset' || (orMetric && c.type === 'Metric'));

/** Measures named by their context rather than the lexicon, as Metric candidates. */
export function metricCandidates(f: FieldText, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, name: string): void => {
    out.push({ field: f.field, start, end, surface: f.text.slice(start, end), sentence: sentenceAt(f, start), type: 'Metric', name, source: 'shape', confidence: 0.6 });
  };
  // Most abstracts name no measure word at all: one cheap test spares the three scans below.
  if (!/metric|measure|score|index|criteria|aspects|dimensions/i.test(f.text)) return out;
  for (const m of f.text.matchAll(NAMED_MEASURE)) {
    const run = m[1]!.trimEnd();
    if (/^(?:We|Our|This|The|In|It)$/u.test(run.split(/\s+/)[0]!)) continue;
    // "an LLM-based metric", "a CLIP-style score": a run ending in a describing suffix says how it measures, not what.
    if (endsDescribing(run)) continue;
    const runStart = (m.index ?? 0) + m[0].indexOf(m[1]!);
    // "the GLUE score": a known benchmark's score is measured on the benchmark, it names no new measure;
    // "an FID score" is the known measure itself.
    if (found.some((c) => isKnownData(c, true) && c.start <= runStart && c.end >= runStart + run.length)) continue;
    // "the LaSOT SUC score": a known benchmark in front is where the measure is taken, not part of its name.
    const on = found.find((c) => isKnownData(c, false) && c.start === runStart && f.text.charAt(c.end) === ' ');
    const start = on ? on.end + 1 : runStart;
    // "score" and "index" are part of a measure's name ("Global Coherence score"); "metric" is not.
    const end = /(?:score|index)$/.test(m[0]) ? (m.index ?? 0) + m[0].length : runStart + run.length;
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
