import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, inputFiles, PaperInput } from '../../src/cli/input.js';
import { fixture } from '../reading/collect.js';

describe('formatProblem', () => {
  it('names file and line, or file and record, or the file alone', () => {
    expect(formatProblem({ file: 'a.jsonl', line: 4, record: 3, message: 'invalid JSON; skipped', severity: 'skipped' })).toBe('a.jsonl:4: invalid JSON; skipped');
    expect(formatProblem({ file: 'a.json', record: 2, message: 'record has no title; skipped', severity: 'skipped' })).toBe('a.json: record 2: record has no title; skipped');
    expect(formatProblem({ file: 'a.txt', message: 'the file is empty; file refused', severity: 'refused' })).toBe('a.txt: the file is empty; file refused');
    expect(formatProblem({ file: 'a.jsonl', line: 6, message: 'already read', severity: 'note' })).toBe('a.jsonl:6: note: already read');
  });
});

describe('inputFiles', () => {
  it('defaults to the bundled sample corpus', () => {
    const [sample] = inputFiles([]);
    expect(sample).toMatch(/data[/\\]hf-trending-long-context\.txt$/);
    expect(existsSync(sample!)).toBe(true);
    expect(inputFiles(['x.jsonl'])).toEqual(['x.jsonl']);
  });
});

describe('PaperInput', () => {
  async function drain(input: PaperInput): Promise<number> {
    let count = 0;
    for await (const _ of input.papers()) count++;
    return count;
  }

  it('prints each problem, caps the messages per file and totals them at the end', async () => {
    const printed: string[] = [];
    const input = new PaperInput([fixture('papers.jsonl'), fixture('empty.txt')], { maxMessagesPerFile: 2, print: (line) => printed.push(line) });
    expect(await drain(input)).toBe(2);
    input.finish();
    expect(input.incomplete).toBe(true);
    expect(printed).toEqual([
      expect.stringMatching(/papers\.jsonl:2: invalid JSON/),
      expect.stringMatching(/papers\.jsonl:3: record has no title \(its fields: .*\); skipped$/),
      expect.stringMatching(/empty\.txt: the file is empty; file refused$/),
      expect.stringMatching(/papers\.jsonl: 3 more problems not shown$/),
      'papergraph: input problems: 4 skipped, 1 file refused, 1 duplicate left out',
    ]);
  });

  it('does not count a duplicate as incomplete input', async () => {
    const printed: string[] = [];
    const input = new PaperInput([fixture('feed.xml'), fixture('papers.json')], { print: (line) => printed.push(line) });
    await drain(input);
    expect(input.incomplete).toBe(true); // feed.xml has an entry without a summary
    const duplicatesOnly = new PaperInput([fixture('papers.json'), fixture('papers.json')], { print: () => undefined });
    expect(await drain(duplicatesOnly)).toBe(3);
    expect(duplicatesOnly.notes).toBe(3);
    expect(duplicatesOnly.incomplete).toBe(false);
  });
});
