/** Abstract marks: a name inside a link is part of the address, no mention. */
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { paperDetail } from '../../src/graph/details.js';
import { paper } from './fixtures.js';

describe('marks', () => {
  it('skips a mention inside a URL of the abstract', () => {
    const item = paper('u1', 'Long documents', 'We build MMLongBench-Doc. Code: https://mayubo2333.github.io/MMLongBench-Doc and more.', [
      { name: 'MMLongBench-Doc', type: 'Benchmark', role: 'introduces' },
    ]);
    const detail = paperDetail(new Corpus([item]), 'u1')!;
    expect(detail.marks.map((m) => m.start)).toEqual([detail.abstract.indexOf('MMLongBench-Doc')]);
  });
});
