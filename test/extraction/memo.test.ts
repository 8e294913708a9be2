import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/extraction/memo.js';

describe('memoize', () => {
  it('computes each key once and answers repeats from the memo', () => {
    const seen: string[] = [];
    const upper = memoize((s) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect([upper('kv'), upper('kv'), upper('rag')]).toEqual(['KV', 'KV', 'RAG']);
    expect(seen).toEqual(['kv', 'rag']);
  });

  it('stays bounded: a full memo is cleared, and a cleared key is computed again', () => {
    const seen: string[] = [];
    const id = memoize((s) => {
      seen.push(s);
      return s;
    }, 2);
    for (const k of ['a', 'b', 'c', 'a']) id(k);
    // "c" found the memo full and cleared it, so "a" is computed a second time.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
