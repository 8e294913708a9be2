import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN, papergraph, ROOT } from '../support/cli.js';

// End to end through the compiled CLI, as a user runs it.
const fixture = (name: string) => join(ROOT, 'test/fixtures/reading', name);

const dir = mkdtempSync(join(tmpdir(), 'papergraph-extract-'));

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (or npx tsc -p tsconfig.json) before these tests`);
});

describe('papergraph extract', () => {
  it('prints its help with --help', async () => {
    const { code, stdout } = await papergraph(['extract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: papergraph extract \[FILE\.\.\.\] \[--json\] \[--out FILE\] \[--workers N\]/);
    expect(stdout).toMatch(/--workers N/);
  });

  it('prints the 68 papers of the bundled sample as a JSON array in the scorer\'s shape, from any directory', async () => {
    const { code, stdout, stderr } = await papergraph(['extract', '--json'], tmpdir());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const papers = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(papers).toHaveLength(68);
    expect(papers[0]!.title).toBe('MMLongBench-Doc: Benchmarking Long-context Document Understanding with Visualizations');
    for (const paper of papers) {
      expect(Object.keys(paper)).toEqual(['id', 'title', 'entities', 'results']);
      expect(Array.isArray(paper.entities) && Array.isArray(paper.results)).toBe(true);
    }
  });

  it('prints a summary table without --json', async () => {
    const { code, stdout } = await papergraph(['extract', fixture('trending-small.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^papers\s+2$/m);
    for (const type of ['Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric']) expect(stdout).toMatch(new RegExp(`^  ${type}\\s+\\d+$`, 'm'));
  });

  it('writes the array to --out and the table to stdout', async () => {
    const out = join(dir, 'out.json');
    const { code, stdout } = await papergraph(['extract', fixture('papers.json'), '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^papers\s+3$/m);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Array<{ id: string }>).map((p) => p.id)).toEqual(['2407.01523', 'hep-th/9901001', expect.stringMatching(/^t-/)]);
  });

  it('exits 1 and names file and line when input was skipped or refused, still printing the good papers', async () => {
    const { code, stdout, stderr } = await papergraph(['extract', '--json', fixture('papers.jsonl'), fixture('empty.txt')]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Array<{ title: string }>).map((p) => p.title)).toEqual(['First Good Record', 'Last Good Record']);
    expect(stderr).toContain(`${fixture('papers.jsonl')}:2: invalid JSON`);
    expect(stderr).toContain(`${fixture('papers.jsonl')}:6: note: "First Good Record, Again" (id 2501.00001) was already read; kept the first`);
    expect(stderr).toContain(`${fixture('empty.txt')}: the file is empty; file refused`);
    expect(stderr).toContain('papergraph: input problems: 4 skipped, 1 file refused, 1 duplicate left out');
  });

  it('exits 0 when the only problem is a duplicate', async () => {
    const file = join(dir, 'dupes.jsonl');
    writeFileSync(file, '{"id":"2501.00009","title":"A","abstract":"a"}\n{"id":"2501.00009v2","title":"A","abstract":"a"}\n');
    const { code, stderr } = await papergraph(['extract', '--json', file]);
    expect(code).toBe(0);
    expect(stderr).toContain(`${file}:2: note:`);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['--workers', '0'], ['--workers', 'two'], ['--nope']]) {
      const { code, stderr, stdout } = await papergraph(['extract', ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^papergraph: extract: /);
    }
  });

  it('names a mistyped option and where the options are listed', async () => {
    const { code, stderr } = await papergraph(['extract', '--jsn']);
    expect(code).toBe(2);
    expect(stderr).toBe('papergraph: extract: unknown option --jsn; see papergraph extract --help\n');
  });

  it('refuses an --out path it cannot write before extracting anything', async () => {
    const { code, stderr, stdout } = await papergraph(['extract', '--out', join(dir, 'no-such-dir', 'out.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^papergraph: extract: cannot write --out .*out\.json: its directory does not exist\n$/);
  });

  it('says no papers were read, with no table of zeros, when every file is refused', async () => {
    const missing = join(dir, 'missing.jsonl');
    const { code, stderr, stdout } = await papergraph(['extract', missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`papergraph: extract: no papers read from ${missing}`);
    const json = await papergraph(['extract', missing, '--json']);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it('stops quietly with exit 0 when the reader of its output goes away', async () => {
    const pipeline = `"${process.execPath}" "${MAIN}" extract --json | head -c 100 > /dev/null`;
    const child = spawn('bash', ['-o', 'pipefail', '-c', pipeline], { cwd: ROOT, env: { ...process.env, PAPERGRAPH_QUIET: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('gives byte-identical output with worker threads and without', async () => {
    // Distinct papers: the sample's abstracts under numbered titles, 3 copies.
    const lines = readFileSync(join(ROOT, 'data/hf-trending-long-context.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const start = lines.findIndex((l) => l.startsWith('MMLongBench-Doc'));
    const records: string[] = [];
    for (let copy = 0; copy < 3; copy++) {
      for (let i = start; i + 1 < lines.length; i += 2) records.push(JSON.stringify({ title: `${lines[i]} (${copy})`, abstract: lines[i + 1] }));
    }
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${records.join('\n')}\n`);
    const single = await papergraph(['extract', '--json', '--workers', '1', file]);
    const threaded = await papergraph(['extract', '--json', '--workers', '2', file]);
    expect(single.code).toBe(0);
    expect(threaded.code).toBe(0);
    expect(JSON.parse(single.stdout)).toHaveLength(records.length);
    expect(threaded.stdout).toBe(single.stdout);
  });
});
