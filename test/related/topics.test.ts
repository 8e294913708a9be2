import { describe, expect, it } from 'vitest';
import type { SparseVector } from '../../src/related/topics.js';
import { TopicSpace, topicRank } from '../../src/related/topics.js';

/** A unit vector over the given term ids, equal weights. */
const doc = (...ids: number[]): SparseVector => ({ ids, values: ids.map(() => 1 / Math.sqrt(ids.length)) });
const cosine = (a: Float32Array, b: Float32Array): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('TopicSpace', () => {
  // Two lines of work: terms 0–3 (say kv, cache, evict, merge) and 4–7 (video, frame, clip, scene),
  // the first the larger. Papers use pairs of words from one line; some pairs bridge the words of a
  // line together.
  const corpus = [doc(0, 1), doc(1, 2), doc(2, 3), doc(3, 0), doc(0, 2), doc(1, 3), doc(4, 5), doc(5, 6), doc(6, 7), doc(7, 4), doc(4, 6)];

  it('places papers of one line of work together even when they share no word', () => {
    const space = TopicSpace.fit(corpus, 8, 2)!;
    const a = space.embed(doc(0, 1));
    const b = space.embed(doc(2, 3));
    const other = space.embed(doc(4, 5));
    expect(cosine(a, b)).toBeGreaterThan(0.9);
    expect(Math.abs(cosine(a, other))).toBeLessThan(0.2);
  });

  it('is deterministic: the same corpus gives the same topics', () => {
    const first = TopicSpace.fit(corpus, 8, 2)!.embed(doc(1, 3));
    const second = TopicSpace.fit(corpus, 8, 2)!.embed(doc(1, 3));
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('leaves a text whose words it never saw at the origin', () => {
    const space = TopicSpace.fit(corpus, 10, 2)!;
    const position = Array.from(space.embed(doc(9)));
    expect(position.length).toBe(space.dims);
    expect(position.every((x) => x === 0)).toBe(true);
  });

  it('scores two positions by the mean of their cosines on the leading quarter, half and all of the topics', () => {
    const space = TopicSpace.fit(corpus, 8, 4)!;
    expect(space.rank).toBe(4);
    const x = new Float32Array(space.dims);
    const y = new Float32Array(space.dims);
    space.place([1, 0, 0, 0], x, 0);
    space.place([1, 1, 0, 0], y, 0);
    // Leading topic: cosine 1; leading two and all four: 1/√2.
    expect(cosine(x, y)).toBeCloseTo((1 + 2 * Math.SQRT1_2) / 3, 6);
    expect(cosine(x, x)).toBeCloseTo(1, 6);
  });

  it('gives a paper with no weight on the leading topics no say at those resolutions', () => {
    const space = TopicSpace.fit(corpus, 8, 4)!;
    const x = new Float32Array(space.dims);
    const y = new Float32Array(space.dims);
    space.place([0, 0, 1, 0], x, 0);
    space.place([1e-9, 0, 1, 0], y, 0);
    expect(cosine(x, y)).toBeCloseTo(1 / 3, 6);
  });

  it('grows the number of topics with the square root of the corpus, within bounds', () => {
    expect(topicRank(1)).toBe(2);
    expect(topicRank(68)).toBe(16);
    expect(topicRank(10_000)).toBe(64);
  });
});
