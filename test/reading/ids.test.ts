import { describe, expect, it } from 'vitest';
import { arxivIdFrom, arxivVersion, normaliseTitle, recordArxivId, titleId } from '../../src/reading/ids.js';

describe('arxivIdFrom', () => {
  it('strips the version from new-style ids, prefixes and URLs', () => {
    expect(arxivIdFrom('2407.01523v2')).toBe('2407.01523');
    expect(arxivIdFrom('arXiv:2407.01523')).toBe('2407.01523');
    expect(arxivIdFrom('http://arxiv.org/abs/2407.01523v2')).toBe('2407.01523');
    expect(arxivIdFrom('https://arxiv.org/pdf/2407.01523v1.pdf')).toBe('2407.01523');
    expect(arxivIdFrom('https://huggingface.co/papers/2407.01523')).toBe('2407.01523');
    expect(arxivIdFrom('0704.0001')).toBe('0704.0001');
  });

  it('recognises old-style archive/number ids', () => {
    expect(arxivIdFrom('hep-th/9901001')).toBe('hep-th/9901001');
    expect(arxivIdFrom('http://arxiv.org/abs/math.GT/0309136v1')).toBe('math.GT/0309136');
  });

  it('gives nothing for ids that are not arXiv ids', () => {
    expect(arxivIdFrom('10.1145/3292500')).toBeUndefined();
    expect(arxivIdFrom('https://example.org/paper/2407.01523')).toBeUndefined();
    expect(arxivIdFrom('paper-7')).toBeUndefined();
  });
});

describe('arxivVersion', () => {
  it('reads the version an arXiv id or URL names, and nothing from other ids', () => {
    expect([arxivVersion('2407.01523v3'), arxivVersion('http://arxiv.org/abs/hep-th/9901001v12'), arxivVersion('2407.01523'), arxivVersion('paper-v2')]).toEqual([3, 12, undefined, undefined]);
  });

  it('reads the version wherever arxivIdFrom reads the id: a URL with a query or fragment, a PDF, an arXiv: prefix', () => {
    const values = ['https://arxiv.org/abs/2407.01523v3?context=cs', 'https://arxiv.org/abs/hep-th/9901001v2#S1', 'https://arxiv.org/pdf/2407.01523v4.pdf', 'arXiv:2407.01523v5'];
    expect(values.map((v) => [arxivIdFrom(v), arxivVersion(v)])).toEqual([
      ['2407.01523', 3],
      ['hep-th/9901001', 2],
      ['2407.01523', 4],
      ['2407.01523', 5],
    ]);
  });
});

describe('ids', () => {
  it('takes the arXiv id from the id field, then the URL', () => {
    expect(recordArxivId({ id: '2407.01523v2', url: 'https://arxiv.org/abs/2501.00001' })).toBe('2407.01523');
    expect(recordArxivId({ id: 'W42', url: 'https://arxiv.org/abs/2501.00001' })).toBe('2501.00001');
    expect(recordArxivId({})).toBeUndefined();
    expect(titleId('Some Title')).toMatch(/^t-[0-9a-f]{12}$/);
  });

  it('derives the same id from titles differing only in case, spacing and punctuation', () => {
    expect(normaliseTitle('  LongBench:  A Bilingual,\nMultitask Benchmark ')).toBe('longbench a bilingual multitask benchmark');
    expect(titleId('LongBench: A Bilingual, Multitask Benchmark')).toBe(titleId('longbench  a bilingual multitask benchmark!'));
    expect(titleId('LongBench: A Bilingual, Multitask Benchmark')).not.toBe(titleId('LongBench: A Monolingual Benchmark'));
  });
});
