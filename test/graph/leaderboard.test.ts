/** A benchmark's leaderboard as the explorer review asked for it: scores only, one ranking per metric and unit, subjects by their entity name. */
import { describe, expect, it } from 'vitest';
import type { ExtractedResult } from '../../src/extraction/types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { entityDetail } from '../../src/graph/details.js';
import { paper } from './fixtures.js';

type Row = Omit<ExtractedResult, 'evidence'>;
const row = (subject: string, value: number, unit: string | null, metric: string | null = 'accuracy'): Row => ({ subject, benchmark: 'MMLU', metric, value, unit, compared_to: null });

function board(results: Row[]): [string, number, string | null][] {
  const item = paper('r1', 'Results on MMLU', 'We evaluate gpt-4 and Llama on MMLU.', [
    { name: 'MMLU', type: 'Benchmark', role: 'evaluates' },
    { name: 'GPT-4', type: 'Model', role: 'evaluates', aliases: ['gpt-4'] },
  ], results);
  return entityDetail(new Corpus([item]), 'e:Benchmark:mmlu')!.leaderboard.map((r) => [r.subject, r.value, r.unit]);
}

describe('leaderboard', () => {
  it('ranks only scores: a time, a token count, a factor or memory is no row of the board', () => {
    const rows = board([row('A', 71.2, '%'), row('LOGO', 16, 'hours'), row('B', 32000, 'tokens'), row('C', 6, 'x'), row('D', 12, 'GB'), row('E', 23.3, 'points'), row('F', 2.71, 'out of 5', 'rating')]);
    expect(rows.map(([subject]) => subject).sort()).toEqual(['A', 'E', 'F']);
  });

  it('groups by metric and unit, so a percentage never ranks beside points of the same metric', () => {
    const rows = board([row('A', 40, '%'), row('B', 55, 'points'), row('C', 61, '%'), row('D', 30, 'points'), row('E', 50, '%')]);
    expect(rows).toEqual([['C', 61, '%'], ['E', 50, '%'], ['A', 40, '%'], ['B', 55, 'points'], ['D', 30, 'points']]);
  });

  it('names a linked subject by its entity rather than the form the sentence wrote', () => {
    expect(board([row('gpt-4', 80, '%')])).toEqual([['GPT-4', 80, '%']]);
  });
});
