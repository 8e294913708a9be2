import { describe, expect, it } from 'vitest';
import { IdfTable, KeyCounts, Postings, idf } from '../../src/related/postings.js';

describe('KeyCounts', () => {
  it('gives keys dense ids in order of first sight and -1 to a key it was not asked to create', () => {
    const keys = new KeyCounts();
    expect(keys.id('_cac', true)).toBe(0);
    expect(keys.id('ach_', true)).toBe(1);
    expect(keys.id('_cac', true)).toBe(0);
    expect(keys.id('nope')).toBe(-1);
    expect(keys.size).toBe(2);
  });

  it('counts the documents holding a key, which IDF tables turn into rarity', () => {
    const keys = new KeyCounts();
    const common = keys.id('_the', true);
    const rare = keys.id('quil', true);
    for (let doc = 0; doc < 3; doc++) keys.count(common);
    keys.count(rare);
    const table = new IdfTable(keys);
    table.refresh(4);
    expect(keys.df(common)).toBe(3);
    expect(table.get(rare, 4)).toBe(idf(4, 1));
    expect(table.get(rare, 4)).toBeGreaterThan(table.get(common, 4));
  });
});

describe('Postings', () => {
  it('shares the id scheme: one list per key, created on first sight', () => {
    const postings = new Postings(4);
    const id = postings.id('kv cach', true);
    postings.add(id, 7, 3);
    expect(postings.id('kv cach')).toBe(id);
    expect(postings.df(id)).toBe(1);
    expect(postings.list(id)).toEqual([(7 << 4) | 3]);
    expect(postings.id('unseen')).toBe(-1);
  });
});
