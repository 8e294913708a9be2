import type { ExtractedPaper, ExtractedResult } from '../../src/extraction/types.js';
import { paper as fixturePaper, type EntitySpec } from '../support/paper-fixture.js';

/** A paper whose entities' evidence and spans are found in its own abstract only (like most of the extractor's). */
export function paper(
  id: string,
  title: string,
  abstract: string,
  entities: EntitySpec[],
  results: Omit<ExtractedResult, 'evidence'>[] = [],
  published = '2024-06-01',
): ExtractedPaper {
  return fixturePaper(id, title, abstract, entities, results, { fields: ['abstract'], published, source: 'fixture.json' });
}

/** Two papers on long-context evaluation that share a benchmark, a metric and a technique. */
export function corpusA(): ExtractedPaper[] {
  return [
    paper(
      '2401.00001',
      'RingBench: Testing Long Context',
      'We introduce RingBench, a benchmark for long-context retrieval. We evaluate Qwix-7B and Lumo-13B on RingBench with accuracy. Qwix-7B reaches 61.5% accuracy on RingBench compared to Lumo-13B. Both use rotary embeddings.',
      [
        { name: 'RingBench', type: 'Benchmark', role: 'introduces' },
        { name: 'Qwix-7B', type: 'Model', role: 'evaluates', family: 'Qwix' },
        { name: 'Lumo-13B', type: 'Model', role: 'evaluates', family: 'Lumo' },
        { name: 'accuracy', type: 'Metric', role: 'evaluates' },
        { name: 'rotary embeddings', type: 'Technique', role: 'mentions', aliases: ['RoPE'] },
        { name: 'long-context retrieval', type: 'Task', role: 'evaluates' },
      ],
      [{ subject: 'Qwix-7B', benchmark: 'RingBench', metric: 'accuracy', value: 61.5, unit: '%', compared_to: 'Lumo-13B' }],
      '2024-01-10',
    ),
    paper(
      '2402.00002',
      'Sparse Windows for Long Inputs',
      'We propose sparse windows, an attention method that uses rotary embeddings. On RingBench, Lumo-13B with sparse windows reaches 70.2% accuracy. We train on PileLong.',
      [
        { name: 'sparse windows', type: 'Technique', role: 'introduces' },
        { name: 'rotary embeddings', type: 'Technique', role: 'uses' },
        { name: 'RingBench', type: 'Benchmark', role: 'evaluates' },
        { name: 'Lumo-13B', type: 'Model', role: 'uses', family: 'Lumo' },
        { name: 'accuracy', type: 'Metric', role: 'evaluates' },
        { name: 'PileLong', type: 'Dataset', role: 'uses' },
      ],
      [{ subject: 'Lumo-13B', benchmark: 'RingBench', metric: 'accuracy', value: 70.2, unit: '%', compared_to: null }],
      '2024-02-20',
    ),
  ];
}

/** A second corpus: one new paper that reuses RingBench and Qwix-7B from corpus A. */
export function corpusB(): ExtractedPaper[] {
  return [
    paper(
      '2403.00003',
      'Chunked Prefill at Scale',
      'We study chunked prefill for Qwix-7B. We evaluate on RingBench and report latency.',
      [
        { name: 'chunked prefill', type: 'Technique', role: 'introduces' },
        { name: 'Qwix-7B', type: 'Model', role: 'uses', family: 'Qwix' },
        { name: 'RingBench', type: 'Benchmark', role: 'evaluates' },
        { name: 'latency', type: 'Metric', role: 'evaluates' },
      ],
      [],
      '2024-03-05',
    ),
  ];
}

/**
 * One paper reporting accuracy on one benchmark both as factors and as percentages, their values interleaved, and a
 * margin over chance (a change, not a score).
 */
export function mixedUnits(): ExtractedPaper {
  const dial = { subject: 'Dial-1', benchmark: 'DialBench', metric: 'accuracy', compared_to: null };
  return paper(
    'mixed-units',
    'Dial Gains',
    'On DialBench, Dial-1 gains 5x and 3x accuracy over chance and reaches 4% and 2% accuracy, beating chance by 9%.',
    [
      { name: 'DialBench', type: 'Benchmark', role: 'evaluates' },
      { name: 'Dial-1', type: 'Model', role: 'evaluates' },
      { name: 'accuracy', type: 'Metric', role: 'evaluates' },
    ],
    [
      ...[5, 3, 4, 2].map((value, i) => ({ ...dial, value, unit: i < 2 ? 'x' : '%' })),
      { ...dial, value: 9, unit: '%', change: true as const },
    ],
    '2023-06-01', // older than the dated fixtures: the recently-introduced window counts back from the newest paper
  );
}
