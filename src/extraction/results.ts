import type { Sentence } from './text.js';
import type { EntityType, Evidence, ExtractedResult } from './types.js';

/** An entity mention inside one sentence, with offsets relative to the sentence start. */
export interface SentenceMention {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  introduced: boolean;
}

// A number with the unit that makes it a claim: "42.7%", "4x", "1.34×", "6.4 points", "128K tokens".
const VALUE =
  /(?<![\p{L}\p{N}.\-])(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)\s*(%|×|x(?![\p{L}\p{N}])|times\b|-?fold\b|(?:percentage\s+)?points?\b|pts\b|([kKM])?\s*(tokens|words|hours)\b)/gu;

// What comes before a length that makes it a capability ("up to 128K tokens"), not a data count.
const LENGTH_CUE = /\b(?:up to|to|beyond|over|exceeding|exceeds?|than|surpassing|as long as|reaching|reaches|extends?|extending|handles?|processes?|supports?|of)\s+$/iu;
const COUNT_CUE = /\b(?:average|averaging|mean|total|comprising|contains?|containing|consisting)\b[^.]{0,30}$/iu;
// "33.2% of the questions": a share of the data, not a result.
const SHARE_OF_DATA = /^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?!the\s+(?:baseline|original|full|state))\p{L}/iu;
const COMPARED = /\b(?:compared (?:to|with)|than|over|vs\.?|versus|relative to|against|surpass\w*|outperform\w*|beat\w*)\s+$/iu;
const SELF_SUBJECT = /\b(?:we|our|it|this|its)\b/iu;

function unitOf(raw: string): string {
  const u = raw.toLowerCase().replace(/\s+/g, ' ');
  if (u === '%') return '%';
  if (u === '×' || u === 'x' || u === 'times' || u.endsWith('fold')) return 'x';
  if (u.includes('point') || u === 'pts') return 'points';
  return u.replace(/^[km]\s*/, '');
}

function valueOf(num: string, multiplier: string | undefined): number {
  const v = Number(num.replace(/,/g, ''));
  if (multiplier === 'k' || multiplier === 'K') return v * 1000;
  if (multiplier === 'M') return v * 1_000_000;
  return v;
}

/** The nearest mention of the given types ending before `pos`, skipping those in a comparison. */
function nearestBefore(text: string, mentions: readonly SentenceMention[], pos: number, types: ReadonlySet<EntityType>): SentenceMention | null {
  let best: SentenceMention | null = null;
  for (const m of mentions) {
    if (m.end > pos || !types.has(m.type)) continue;
    if (COMPARED.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set(['Model', 'Technique']);
const BENCH_TYPES: ReadonlySet<EntityType> = new Set(['Benchmark', 'Dataset']);
const METRIC_TYPES: ReadonlySet<EntityType> = new Set(['Metric']);

/**
 * Numeric claims of one sentence. The subject is the nearest model or method before the value,
 * or the paper's own contribution when the sentence speaks of "we/our/it"; the benchmark and metric
 * are the nearest ones named; compared_to is what follows "compared to/than/over".
 */
export function findResults(sentence: Sentence, mentions: readonly SentenceMention[], paperSubject: string | null, paperBenchmark: string | null): ExtractedResult[] {
  const text = sentence.text;
  const out: ExtractedResult[] = [];
  const evidence: Evidence = { field: sentence.field, sentence: text, start: sentence.start, end: sentence.end };
  if (sentence.field === 'title') return out;
  for (const m of text.matchAll(VALUE)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length);
    const before = text.slice(0, at);
    const unitWord = m[4];
    if (m[2] === '%' && SHARE_OF_DATA.test(after)) continue;
    if (unitWord && (!LENGTH_CUE.test(before) || COUNT_CUE.test(before))) continue;
    const value = valueOf(m[1]!, m[3]);
    if (!Number.isFinite(value)) continue;
    const own = nearestBefore(text, mentions, at, SUBJECT_TYPES);
    const selfish = SELF_SUBJECT.test(before.slice(own ? own.end : 0));
    const subject = own && !(selfish && paperSubject) ? own.name : paperSubject;
    if (!subject) continue;
    const compared = mentions.find((x) => x.start >= at && x.type !== 'Metric' && COMPARED.test(text.slice(Math.max(0, x.start - 30), x.start)));
    out.push({
      subject,
      benchmark: nearestBefore(text, mentions, text.length, BENCH_TYPES)?.name ?? paperBenchmark,
      metric: nearestBefore(text, mentions, at, METRIC_TYPES)?.name ?? mentions.find((x) => x.type === 'Metric' && x.start > at)?.name ?? null,
      value,
      unit: unitOf(m[2]!),
      compared_to: compared?.name ?? null,
      evidence,
    });
  }
  return out;
}
