import { describe, expect, it } from 'vitest';
import { charGrams, paperGramCounts, paperTermCounts, stem, tokenise } from '../../src/related/tokenise.js';

describe('tokenise', () => {
  it('drops stop words and numbers, keeps unigrams and bigrams of adjacent content words', () => {
    expect(tokenise('We propose a novel KV cache, evaluated on 3 benchmarks').map((t) => t.term)).toEqual(['kv', 'cach', 'kv cach', 'evaluated', 'benchmark']);
  });

  it('never joins words across punctuation or a stop word', () => {
    const terms = tokenise('sparse attention. Memory of cache').map((t) => t.term);
    expect(terms).not.toContain('attention memory');
    expect(terms).not.toContain('memory cache');
  });

  it('splits hyphenated words but keeps them adjacent', () => {
    expect(tokenise('long-context').map((t) => t.term)).toEqual(['long', 'context', 'long context']);
  });

  it('stems plurals lightly and leaves technical words alone', () => {
    const words = ['models', 'model', 'queries', 'query', 'caches', 'cache', 'patches', 'patch', 'images', 'image', 'attention', 'class'];
    expect(words.map(stem)).toEqual(['model', 'model', 'query', 'query', 'cach', 'cach', 'patch', 'patch', 'imag', 'imag', 'attention', 'class']);
  });

  it('weighs title words twice and remembers how a term was written', () => {
    const counts = paperTermCounts('Retrieval Heads', 'Retrieval heads explain recall.');
    expect(counts.get('retrieval')).toEqual({ count: 3, surface: 'retrieval' });
    expect(counts.get('retrieval head')).toEqual({ count: 3, surface: 'retrieval heads' });
  });

  it('cuts a word into character 4-grams with its ends marked, a short word into one gram', () => {
    expect(charGrams('cach')).toEqual(['_cac', 'cach', 'ach_']);
    expect(charGrams('kv')).toEqual(['_kv_']);
  });

  it('counts the grams of stemmed title and abstract words, the title weighted up', () => {
    const all = paperGramCounts('Caches', 'The cache hits.');
    expect(all.get('cach')).toBe(3);
    expect(all.get('_hit')).toBe(1);
    // Stop words have no grams.
    expect(all.has('_the')).toBe(false);
  });
});
