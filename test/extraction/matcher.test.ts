import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../src/extraction/lexicon.js';
import { LexiconMatcher } from '../../src/extraction/matcher.js';
import { tokenize } from '../../src/extraction/text.js';

const entry = (name: string, type: LexiconEntry['type'], aliases: string[] = [], ambiguous = false): LexiconEntry => ({ name, type, aliases, ambiguous });

const LEXICON = [
  entry('Zephyr-2', 'Model', ['Zephyr 2']),
  entry('Zephyr', 'Model'),
  entry('sliding window attention', 'Technique', ['SWA']),
  entry('MultiPX-E', 'Benchmark'),
  entry('Needle in a Haystack', 'Benchmark', ['NIAH']),
  entry('Gauge', 'Metric', [], true),
  entry('tokens per second', 'Metric', ['tokens/s']),
  entry("Brier's coefficient", 'Metric'),
  entry('kite accuracy', 'Metric'),
  entry('Canary', 'Model'),
];
const matcher = new LexiconMatcher(LEXICON);
/** Each match in `text` as [surface, entry name]; the shared lexicon unless a test builds its own. */
const found = (text: string, lexicon: LexiconMatcher = matcher) => lexicon.match(text, tokenize(text)).map((m) => [text.slice(m.start, m.end), m.entry.name]);

describe('LexiconMatcher', () => {
  it('lists every entry one of whose forms a whole name is, and none for a part of one', () => {
    const twoReadings = new LexiconMatcher([entry('SWA', 'Benchmark', [], true), ...LEXICON]);
    expect(twoReadings.entriesNamed('SWA').map((e) => e.type)).toEqual(['Benchmark', 'Technique']);
    expect(twoReadings.entriesNamed('Zephyr 2').map((e) => e.name)).toEqual(['Zephyr-2']);
    expect(twoReadings.entriesNamed('Zeph')).toEqual([]);
  });

  it('matches case, hyphen and space variants of a name to one entry', () => {
    expect(found('zephyr 2 and ZEPHYR-2 and Zephyr2')).toEqual([
      ['zephyr 2', 'Zephyr-2'],
      ['ZEPHYR-2', 'Zephyr-2'],
      ['Zephyr2', 'Zephyr-2'],
    ]);
  });

  it('never reads a word in lower case as a name written all in capitals ("a 2D ellipse" is not the ELLIPSE corpus)', () => {
    const caps = new LexiconMatcher([entry('ELLIPSE', 'Dataset'), entry('COGS', 'Benchmark')]);
    const names = (text: string) => caps.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(names('We flatten it into an ellipse with cogs, then test on ELLIPSE and COGS.')).toEqual(['ELLIPSE', 'COGS']);
  });

  it('reads no article as the first part of a name written as one word ("A Real-World" is not "AReaL")', () => {
    const oneWord = new LexiconMatcher([entry('AReaL', 'Technique'), entry('ThePile', 'Dataset')]);
    const names = (text: string) => oneWord.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(names('Kite: A Real-World Benchmark. We train on The Pile.')).toEqual([]);
    expect(names('We train with AReaL on ThePile.')).toEqual(['AReaL', 'ThePile']);
  });

  it('reads no Roman numeral written apart as the last letter of a name written as one word ("Part I" is not "Parti")', () => {
    const oneWord = new LexiconMatcher([entry('Kitei', 'Model')]);
    const names = (text: string) => oneWord.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(names('Scaling Kites, Kite I: a study. We compare with Kitei.')).toEqual(['Kitei']);
  });

  it('matches the British spellings of an American-spelled name ("kite behaviour modelling", "kite optimisers")', () => {
    const british = new LexiconMatcher([entry('kite behavior modeling', 'Task'), entry('kite optimizer', 'Technique')]);
    const text = 'We study kite behaviour modelling with kite optimisers.';
    expect(found(text, british)).toEqual([
      ['kite behaviour modelling', 'kite behavior modeling'],
      ['kite optimisers', 'kite optimizer'],
    ]);
  });

  it('prefers the longest match and tolerates a plural s', () => {
    expect(found('We add Sliding-Window Attentions to Zephyr.')).toEqual([
      ['Sliding-Window Attentions', 'sliding window attention'],
      ['Zephyr', 'Zephyr'],
    ]);
  });

  it('reads no plural s after a last part of one letter written apart ("KiteNet as well" is not the "KiteNet-A" variant)', () => {
    const variant = new LexiconMatcher([entry('KiteNet', 'Benchmark'), entry('KiteNet-A', 'Benchmark'), entry('KNN-T', 'Technique')]);
    const text = 'We test on KiteNet as well as on KiteNet-A with two KNN-Ts.';
    expect(found(text, variant)).toEqual([
      ['KiteNet', 'KiteNet'],
      ['KiteNet-A', 'KiteNet-A'],
      ['KNN-Ts', 'KNN-T'],
    ]);
  });

  it('matches a plural in "-ies" of a name ending in "y" ("kite accuracies"), only as a whole word', () => {
    expect(found('Kite accuracies rise; kite accuracy too.')).toEqual([
      ['Kite accuracies', 'kite accuracy'],
      ['kite accuracy', 'kite accuracy'],
    ]);
    expect(found('kite accuraciesx and kite accuracie')).toEqual([]);
    // "Canaries with high entropy": a proper name takes no "-ies" plural.
    expect(found('Canaries and Canary')).toEqual([['Canary', 'Canary']]);
  });

  it('matches a plural in "-es" of a name ending in a hissing sound ("kite losses"), only as a whole word', () => {
    const hissing = new LexiconMatcher([entry('kite loss', 'Metric'), entry('kite bias', 'Technique'), entry('kite', 'Model')]);
    const text = 'Kite losses fall and kite biases shrink; kite lossesx stay.';
    expect(found(text, hissing)).toEqual([
      ['Kite losses', 'kite loss'],
      ['kite biases', 'kite bias'],
      ['kite', 'kite'],
    ]);
  });

  it('reads an apostrophe inside a name as a joint, written or not', () => {
    expect(found("Brier's coefficient, Brier’s coefficient and Briers coefficient")).toEqual([
      ["Brier's coefficient", "Brier's coefficient"],
      ['Brier’s coefficient', "Brier's coefficient"],
      ['Briers coefficient', "Brier's coefficient"],
    ]);
  });

  it('reads a possessive after a name as no plural of it ("the reward model\'s generalization")', () => {
    const plural = new LexiconMatcher([entry('reward model', 'Technique', ['reward models'])]);
    const text = "The reward model's generalization and the reward models grow.";
    expect(plural.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end))).toEqual(['reward model', 'reward models']);
  });

  it('never matches inside a longer word', () => {
    expect(found('Zephyrus and preZephyr are other names')).toEqual([]);
  });

  it('matches short capital acronyms only as written', () => {
    expect(found('we use SWA, not swa')).toEqual([['SWA', 'sliding window attention']]);
  });

  it('does not take a dictionary word for a name spelled with capitals', () => {
    expect(found('multiple runs on MultiPX-E')).toEqual([['MultiPX-E', 'MultiPX-E']]);
    // Two capitals mark a name as CamelCase does: "beats" is not "BEATs".
    const caps = new LexiconMatcher([entry('BEATs', 'Model')]);
    const text = 'Kite beats BEATs.';
    expect(caps.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end))).toEqual(['BEATs']);
  });

  it('keeps every casing an entry matched only in its own casing lists ("o9" and "O9" both name it, "o9" written "O9" does not)', () => {
    const cased = new LexiconMatcher([entry('o9', 'Model', ['O9'], true)]);
    const hits = (text: string) => cased.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(hits('We compare o9 and O9.')).toEqual(['o9', 'O9']);
    expect(new LexiconMatcher([entry('o9', 'Model', [], true)]).match('We use O9.', tokenize('We use O9.'))).toEqual([]);
  });

  it('requires the lexicon casing for ambiguous entries', () => {
    expect(found('we gauge it with Gauge')).toEqual([['Gauge', 'Gauge']]);
  });

  it('keeps "/" literal so "tokens/s" does not match every "tokens"', () => {
    expect(found('1,000 tokens at 50 tokens/s')).toEqual([['tokens/s', 'tokens per second']]);
  });

  it('keeps "&" literal and reads it whether or not spaces surround it ("Rocks & Rivers", "P&Q")', () => {
    const amp = new LexiconMatcher([entry('Rocks & Rivers', 'Benchmark'), entry('P&Q', 'Metric'), entry('PQ', 'Model')]);
    const text = 'On Rocks & Rivers and Rocks&Rivers we report P&Q, not PQ; Rocks Rivers is no match.';
    expect(found(text, amp)).toEqual([
      ['Rocks & Rivers', 'Rocks & Rivers'],
      ['Rocks&Rivers', 'Rocks & Rivers'],
      ['P&Q', 'P&Q'],
      ['PQ', 'PQ'],
    ]);
  });

  it('matches names with Greek and accented letters through the non-ASCII branch', () => {
    const greek = new LexiconMatcher([entry('μ-Gauge', 'Benchmark'), entry('Mélange-7', 'Model')]);
    const text = 'scores on μ-gauge and MÉLANGE 7';
    expect(greek.match(text, tokenize(text)).map((m) => text.slice(m.start, m.end))).toEqual(['μ-gauge', 'MÉLANGE 7']);
  });

  it('still matches when the trie outgrows 16-bit node numbers', () => {
    // 9,000 made-up scattered names put over 65,536 nodes in the trie: the table switches to 32-bit cells.
    const names = Array.from({ length: 9000 }, (_, k) => `Q${((k * 2654435761) >>> 0).toString(36)}${((k * 40503) % 99991).toString(36)}`);
    const big = new LexiconMatcher(names.map((n) => entry(n, 'Model')));
    const text = names.join(' and ');
    expect(big.match(text, tokenize(text)).map((m) => m.entry.name)).toEqual(names);
  });
});
