import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { boundedDistance, boundedPrefixDistance } from '../../src/graph/search.js';
import { fixtureCorpus, paper } from './fixtures.js';

describe('SearchIndex', () => {
  const search = new Corpus(fixtureCorpus()).search;
  const ids = (q: string, limit = 10) => search.search(q, limit).map((h) => h.id);

  it('ranks the exact entity first, then prefix matches (LongBench before LongBench v2 and the paper)', () => {
    const hits = search.search('LongBench', 10);
    expect(hits[0]).toMatchObject({ id: 'e:Benchmark:longbench', kind: 'entity', type: 'Benchmark', label: 'LongBench' });
    expect(hits.map((h) => h.id)).toContain('e:Benchmark:longbenchv2');
    expect(hits.map((h) => h.id)).toContain('p:2308.14508');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('ignores case, spaces and punctuation', () => {
    expect(ids('longbench')[0]).toBe('e:Benchmark:longbench');
    expect(ids('video mme')[0]).toBe('e:Benchmark:videomme');
  });

  it('completes prefixes', () => {
    expect(ids('Snap')[0]).toBe('e:Technique:snapkv');
    expect(ids('Qwen2')).toEqual(expect.arrayContaining(['e:Model:qwen2vl', 'e:Model:qwen2vl7b']));
  });

  it('tolerates typos, ranking them below exact and prefix matches', () => {
    expect(ids('LongBnech')[0]).toBe('e:Benchmark:longbench');
    expect(ids('SnpaKV')[0]).toBe('e:Technique:snapkv');
    const exact = search.search('SnapKV', 1)[0]!.score;
    const typo = search.search('SnpaKV', 1)[0]!.score;
    expect(typo).toBeLessThan(exact);
  });

  it('finds papers by a word of their title and entities by an alias', () => {
    expect(ids('Heavy-Hitter')).toContain('p:2306.14048');
    const alias = search.search('Long Bench', 5)[0]!;
    expect(alias.id).toBe('e:Benchmark:longbench');
  });

  it('finds a Greek letter by its Latin name and by itself ("mu-bench" and "μ-bench" find μ-Bench)', () => {
    const micro = paper('2408.13773', 'μ-Bench: A Vision-Language Benchmark for Microscopy Understanding', 'We introduce μ-Bench.', [
      { name: 'μ-Bench', type: 'Benchmark', role: 'introduces' },
    ]);
    const index = new Corpus([...fixtureCorpus(), micro]).search;
    for (const q of ['mu-bench', 'MuBench', 'μ-bench']) expect(index.search(q, 1)[0]?.label, q).toBe('μ-Bench');
    expect(index.search('mu', 5).map((h) => h.label)).toContain('μ-Bench');
  });

  it('returns nothing for text without letters or digits, and respects the limit', () => {
    expect(search.search('!!!', 10)).toEqual([]);
    const many = search.search('long', 10);
    expect(many.length).toBeGreaterThan(2);
    expect(search.search('long', 2)).toEqual(many.slice(0, 2));
  });
});

describe('boundedDistance', () => {
  it('counts substitutions, insertions, deletions and transpositions, giving up past the bound', () => {
    expect(boundedDistance('snapkv', 'snapkv', 2)).toBe(0);
    expect(boundedDistance('snpakv', 'snapkv', 2)).toBe(1);
    expect(boundedDistance('snapk', 'snapkv', 2)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('boundedPrefixDistance', () => {
  it('finds a typo in the beginning of a longer name', () => {
    expect(boundedPrefixDistance('longbnch', 'longbenchv2', 2)).toBe(1);
    expect(boundedPrefixDistance('snapkv', 'snapkvcompression', 1)).toBe(0);
    expect(boundedPrefixDistance('xyzw', 'longbench', 1)).toBe(2);
  });
});
