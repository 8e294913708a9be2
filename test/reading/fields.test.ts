import { describe, expect, it } from 'vitest';
import { authorList } from '../../src/reading/fields.js';

describe('authorList', () => {
  it('reads authors written with a long run of whitespace, in linear time', () => {
    const started = performance.now();
    expect(authorList(`A${' '.repeat(100_000)}x, B`)).toEqual(['A x', 'B']);
    expect(authorList([`A${' '.repeat(100_000)}x et al.`, 'B'])).toEqual(['A x', 'B']);
    // A generous bound, not a benchmark: vitest cannot time out a synchronous call, and the quadratic rescan of the
    // whitespace took 27 s here (a few ms since whitespace is collapsed first).
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
