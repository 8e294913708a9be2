import { describe, expect, it } from 'vitest';
import { sentencesOf, splitSentences, tokenize, urlSpans } from '../../src/extraction/text.js';

describe('splitSentences', () => {
  it('does not split at abbreviations, decimals or version dots', () => {
    const text = 'Models such as Qwen2.5 reach 49.4 points, e.g. on long inputs, i.e. books. Smith et al. report this vs. older work. A second sentence follows.';
    const parts = splitSentences(text, 'abstract').map((s) => s.text);
    expect(parts).toEqual([
      'Models such as Qwen2.5 reach 49.4 points, e.g. on long inputs, i.e. books.',
      'Smith et al. report this vs. older work.',
      'A second sentence follows.',
    ]);
  });

  it('does not split at "v.s.", written for "vs."', () => {
    expect(splitSentences('INT v.s. FP on Kite. Next.', 'abstract').map((s) => s.text)).toEqual(['INT v.s. FP on Kite.', 'Next.']);
  });

  it('keeps offsets that point back into the field text', () => {
    const text = '  First one.  Second (with 3.5x gains)! Third?';
    const sentences = splitSentences(text, 'abstract');
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second (with 3.5x gains)!', 'Third?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('makes the title a sentence of its own, index 0, field title', () => {
    const [title, first] = sentencesOf('Tiny: A Title. With a dot', 'One. Two.');
    expect(title).toMatchObject({ field: 'title', index: 0, text: 'Tiny: A Title. With a dot' });
    expect(first).toMatchObject({ field: 'abstract', index: 1, text: 'One.' });
  });
});

describe('tokenize', () => {
  it('keeps names with digits, dots, carets and Greek letters whole', () => {
    const words = tokenize('We test Qwen2.5-7B-Instruct-1M, E^2-LLM and μ-Bench (v0.2).').map((t) => t.text);
    expect(words).toEqual(['We', 'test', 'Qwen2.5-7B-Instruct-1M', 'E^2-LLM', 'and', 'μ-Bench', 'v0.2']);
  });

  it('splits a missing space after a full stop but keeps e.g. together', () => {
    expect(tokenize('the dataset.We use e.g. this').map((t) => t.text)).toEqual(['the', 'dataset', 'We', 'use', 'e.g', 'this']);
  });

  it('keeps a short title word dotted onto capitals whole ("Dr.LLM", "En.QA"), and still splits "the dataset.We"', () => {
    expect(tokenize('We introduce Dr.LLM and report En.QA in the dataset.We').map((t) => t.text)).toEqual(['We', 'introduce', 'Dr.LLM', 'and', 'report', 'En.QA', 'in', 'the', 'dataset', 'We']);
  });

  it('finds web addresses so their parts are not taken for names', () => {
    const text = 'Code: https://github.com/SomeLab/CoolNet and demo.github.io here';
    const spans = urlSpans(text).map((u) => text.slice(u.start, u.end));
    expect(spans).toEqual(['https://github.com/SomeLab/CoolNet', 'demo.github.io']);
  });
});
