import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatProblem, inputFiles, PaperInput } from '../../src/cli/input.js';
import { fixture } from '../reading/collect.js';
import { MAIN } from '../support/cli.js';

/** The compiled CLI with `input` on its stdin. */
function papergraphWithStdin(args: string[], input: Buffer | string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, PAPERGRAPH_QUIET: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe('stdin', () => {
  const record = '{"id": "2401.00042", "title": "Piped In", "abstract": "A paper read from standard input."}\n';

  it('reads "-" and /dev/stdin as the paper list piped in, gzip or not', async () => {
    for (const [file, input] of [['-', record], ['/dev/stdin', record], ['-', gzipSync(record)]] as const) {
      const { code, stdout, stderr } = await papergraphWithStdin(['extract', file, '--json'], input);
      expect([code, stderr]).toEqual([0, '']);
      expect((JSON.parse(stdout) as Array<{ id: string }>).map((p) => p.id)).toEqual(['2401.00042']);
    }
  });

  it('names stdin in its problems and refuses it when nothing was piped in', async () => {
    const { code, stderr } = await papergraphWithStdin(['extract', '-'], '');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^stdin: the file is empty; file refused$/m);
  });
});

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
