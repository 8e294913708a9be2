import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { load } from '../../src/cli/commands/load.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { clearDatabase, graphCounts } from './graph-state.js';

const config = testNeo4jConfig();
let dir: string;
let file: string;

/** Runs `papergraph load ARGS` in-process with NEO4J_URI set to `uri`; returns exit code and stdout/stderr. */
async function runLoad(args: string[], uri = config.uri): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  const saved = process.env.NEO4J_URI;
  process.env.NEO4J_URI = uri;
  try {
    return { code: await load.run(args), out: out.join('\n'), err: err.join('') };
  } finally {
    process.env.NEO4J_URI = saved;
    log.mockRestore();
    write.mockRestore();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papergraph-load-'));
  file = join(dir, 'papers.json');
  writeFileSync(
    file,
    JSON.stringify([
      { id: '2405.00011', title: 'A Study of LongBench', abstract: 'We evaluate GPT-4 and Llama 2 on LongBench and report accuracy.', published: '2024-05-01' },
      { id: '2405.00012', title: 'Ring Attention for Long Inputs', abstract: 'We introduce ring attention and evaluate it on LongBench with Llama 2.', published: '2024-05-02' },
    ]),
  );
  await clearDatabase(config);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('papergraph load', () => {
  it('prints what it created, then nothing changed on the second run', async () => {
    const first = await runLoad([file]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/papers read\s+2/);
    expect(first.out).toMatch(/created\s+2/);
    expect(first.out).toMatch(/relationships created\s+[1-9]/);
    expect(first.err).toMatch(/load\s+2 papers\s+[\d.]+\/s/);
    const counts = await graphCounts(config);
    const second = await runLoad([file]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/unchanged\s+2/);
    expect(second.out).toMatch(/relationships created\s+0/);
    expect(await graphCounts(config)).toEqual(counts);
  });

  it('--dry-run writes nothing', async () => {
    await clearDatabase(config);
    const dry = await runLoad([file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/would create\s+2/);
    expect(dry.out).toContain('dry run: nothing was written');
    expect(await graphCounts(config)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('exits 3 with a message saying how to start Neo4j when none is reachable', async () => {
    const down = await runLoad([file], 'bolt://127.0.0.1:1');
    expect(down.code).toBe(3);
    expect(down.err).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1.*npm run neo4j/);
  });

  it('exits 1 saying no papers were read, with no table of zeros, when every file is refused', async () => {
    const missing = `${file}.missing`;
    const none = await runLoad([missing]);
    expect(none.code).toBe(1);
    expect(none.err).toContain(`papergraph: load: no papers read from ${missing}`);
    expect(none.out).toBe('');
  });

  it('exits 3 naming NEO4J_USER and NEO4J_PASSWORD when Neo4j refuses the password', async () => {
    const saved = process.env.NEO4J_PASSWORD;
    process.env.NEO4J_PASSWORD = 'not-the-password';
    try {
      const refused = await runLoad([file]);
      expect(refused.code).toBe(3);
      expect(refused.err).toMatch(/refused the credentials of user "neo4j".*NEO4J_USER and NEO4J_PASSWORD/);
    } finally {
      if (saved === undefined) delete process.env.NEO4J_PASSWORD;
      else process.env.NEO4J_PASSWORD = saved;
    }
  });
});
