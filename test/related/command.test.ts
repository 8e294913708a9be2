import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN, papergraph } from '../support/cli.js';


const dir = mkdtempSync(join(tmpdir(), 'papergraph-related-'));
const corpus = join(dir, 'papers.json');

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npx tsc -p tsconfig.json before these tests`);
  writeFileSync(
    corpus,
    JSON.stringify([
      { id: '2401.00001', title: 'Evicting KV cache entries for fast decoding', abstract: 'We evict KV cache entries by attention score so that decoding of long prompts stays fast.' },
      { id: '2401.00002', title: 'Weather forecasting from satellite images', abstract: 'Satellite images of clouds predict storms a day ahead.' },
      { id: '2401.00003', title: 'Merging KV cache entries instead of evicting them', abstract: 'Merging similar KV cache entries keeps decoding of long prompts fast without dropping context.' },
    ]),
  );
});

describe('papergraph related', () => {
  it('prints its help', async () => {
    const { code, stdout } = await papergraph(['related', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('papergraph related --all [--top K] [--json] [FILE...]');
  });

  it('says in its help that it reads only the files (default the bundled sample), never Neo4j', async () => {
    const { stdout } = await papergraph(['related', '--help']);
    expect(stdout).toContain('What it reads: only the FILE arguments');
    expect(stdout).toContain('default the bundled sample data/hf-trending-long-context.txt');
    expect(stdout).toContain('It never reads Neo4j: NEO4J_URI is ignored');
  });

  it('ranks from the files alone, with NEO4J_URI pointing at no server', async () => {
    const saved = process.env.NEO4J_URI;
    process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
    try {
      const { code, stdout } = await papergraph(['related', '2401.00003', '--top', '1', '--json', corpus]);
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { related: { paperId: string }[] }).related.map((r) => r.paperId)).toEqual(['2401.00001']);
    } finally {
      if (saved === undefined) delete process.env.NEO4J_URI;
      else process.env.NEO4J_URI = saved;
    }
  });

  it('--all --json prints every paper with its related papers and reasons, leaving out papers that share nothing', async () => {
    const { code, stdout } = await papergraph(['related', '--all', '--top', '2', '--json', corpus]);
    expect(code).toBe(0);
    const lists = JSON.parse(stdout) as { paperId: string; title: string; related: { paperId: string; title: string; score: number; why: string[] }[] }[];
    expect(lists.map((l) => l.title)).toEqual(['Evicting KV cache entries for fast decoding', 'Weather forecasting from satellite images', 'Merging KV cache entries instead of evicting them']);
    // Titles need not be unique: every entry carries its paper's id, like `related ID --json`.
    expect(lists.map((l) => l.paperId)).toEqual(['2401.00001', '2401.00002', '2401.00003']);
    // The weather paper shares no word, entity or family with the KV cache papers: never related.
    const first = lists[0]!.related;
    expect(first.map((r) => [r.paperId, r.title])).toEqual([['2401.00003', 'Merging KV cache entries instead of evicting them']]);
    expect(first[0]!.score).toBeGreaterThan(0);
    expect(first[0]!.why.join(' ')).toMatch(/kv cache/i);
    expect(lists[1]!.related).toEqual([]);
  });

  it('--all without --json prints the same lists as text, one "Related to:" block per paper', async () => {
    const { code, stdout } = await papergraph(['related', '--all', '--top', '2', corpus]);
    expect(code).toBe(0);
    expect(stdout.match(/^Related to: .*$/gm)).toEqual([
      'Related to: Evicting KV cache entries for fast decoding',
      'Related to: Weather forecasting from satellite images',
      'Related to: Merging KV cache entries instead of evicting them',
    ]);
    expect(stdout).toContain('1. Merging KV cache entries instead of evicting them');
  });

  it('finds a paper by part of its title and ranks for it', async () => {
    const { code, stdout } = await papergraph(['related', 'merging kv cache', '--top', '1', '--json', corpus]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { title: string; related: { paperId: string }[] };
    expect(result.title).toBe('Merging KV cache entries instead of evicting them');
    expect(result.related.map((r) => r.paperId)).toEqual(['2401.00001']);
  });

  it('ranks a pasted paper given with --abstract', async () => {
    const { code, stdout } = await papergraph(['related', 'Cloud tracking', '--abstract', 'Tracking clouds in satellite images to forecast storms.', '--top', '1', '--json', corpus]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { related: { paperId: string }[] }).related[0]!.paperId).toBe('2401.00002');
  });

  it('says --abstract needs a title first when none is given', async () => {
    const { code, stderr } = await papergraph(['related', '--abstract', 'Tracking clouds.']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--abstract needs the new paper's title first/);
  });

  it('says which papers an ambiguous title matches', async () => {
    const { code, stderr } = await papergraph(['related', 'kv cache', corpus]);
    expect(code).toBe(2);
    expect(stderr).toContain('matches 2 papers');
  });
});

describe('papergraph related <arXiv id>', () => {
  // Its own corpus: an old-style id with a slash, and new-style ids the reader stores without version.
  const ids = join(dir, 'ids.json');
  beforeAll(() => {
    writeFileSync(
      ids,
      JSON.stringify([
        { id: 'arXiv:2106.09685v2', title: 'Low-rank adapters for fine-tuning language models', abstract: 'Low-rank adapters fine-tune large language models with few trainable weights.' },
        { id: 'hep-th/9901001v1', title: 'Strings on a lattice', abstract: 'We put strings on a lattice.' },
        { id: '2402.09353', title: 'Weight-decomposed low-rank adapters', abstract: 'Decomposing weights improves low-rank adapters for fine-tuning language models.' },
      ]),
    );
  });

  it.each([
    ['2106.09685v2', 'Low-rank adapters for fine-tuning language models'],
    ['arXiv:2106.09685v7', 'Low-rank adapters for fine-tuning language models'],
    ['hep-th/9901001v3', 'Strings on a lattice'],
    ['hep-th/9901001', 'Strings on a lattice'],
  ])('resolves the versioned or prefixed id %s to the stored paper', async (id, title) => {
    const { code, stdout, stderr } = await papergraph(['related', id, '--top', '1', '--json', ids]);
    expect(code, stderr).toBe(0);
    expect((JSON.parse(stdout) as { title: string }).title).toBe(title);
  });

  it('still says no paper has an unknown versioned id', async () => {
    const { code, stderr } = await papergraph(['related', '2106.09686v2', ids]);
    expect(code).toBe(2);
    expect(stderr).toContain('no paper with id or title "2106.09686v2"');
  });
});
