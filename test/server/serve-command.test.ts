import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphView, Health } from '../../src/server/api-types.js';
import { closeDrivers } from '../../src/store/driver.js';
import { fixtureCorpus } from '../graph/fixtures.js';
import { clearDatabase } from '../store/graph-state.js';
import { testNeo4jConfig } from '../support/neo4j.js';

// End to end through the compiled CLI (npm test builds dist/ first), as a user runs it.
const MAIN = join(import.meta.dirname, '../../dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'papergraph-serve-'));
const FILE = join(dir, 'papers.jsonl');

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [MAIN, 'serve', ...args], { env: { ...env, PAPERGRAPH_QUIET: '1' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /at (http:\/\/\S+?)\/? /.exec(stdout)?.[1];
      if (url) resolve({ child, url, exited });
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

const withoutNeo4j = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  return env;
};

beforeAll(() => {
  writeFileSync(FILE, fixtureCorpus().map(({ paper }) => JSON.stringify({ id: paper.id, title: paper.title, abstract: paper.abstract })).join('\n') + '\n');
});
afterAll(() => closeDrivers());

describe('papergraph serve', () => {
  it('serves the files in memory, prints the URL, and stops cleanly on Ctrl-C', async () => {
    const { child, url, exited } = await start([FILE, '--port', '0'], withoutNeo4j());
    const health = (await (await fetch(`${url}/api/health`)).json()) as Health;
    expect(health).toMatchObject({ status: 'ok', neo4j: 'not configured', source: 'memory', papers: 6 });
    const view = (await (await fetch(`${url}/api/graph`)).json()) as GraphView;
    expect(view.nodes.filter((n) => n.kind === 'paper')).toHaveLength(6);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('loads into Neo4j when NEO4J_URI is set and serves what Neo4j holds', async () => {
    const config = testNeo4jConfig();
    await clearDatabase(config);
    const { child, url, exited } = await start([FILE, '--port', '0'], { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password });
    const health = (await (await fetch(`${url}/api/health`)).json()) as Health;
    expect(health).toMatchObject({ neo4j: 'connected', source: 'neo4j', papers: 6 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('exits 3 saying how to start Neo4j when NEO4J_URI points at nothing', async () => {
    const child = spawn(process.execPath, [MAIN, 'serve', FILE, '--port', '0'], { env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', PAPERGRAPH_QUIET: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(3);
    expect(stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(stderr).toMatch(/npm run neo4j/);
  });

  it('exits 1 instead of serving an empty graph when no paper could be read', async () => {
    const missing = `${FILE}.missing`;
    const child = spawn(process.execPath, [MAIN, 'serve', missing, '--port', '0'], { env: { ...withoutNeo4j(), PAPERGRAPH_QUIET: '1' } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr).toContain(`papergraph: serve: no papers read from ${missing}`);
    expect(stdout).not.toMatch(/serving/);
  });

  it('exits 3 with a message when the port is taken, and 2 on a bad port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = spawn(process.execPath, [MAIN, 'serve', FILE, '--port', String(port)], { env: { ...withoutNeo4j(), PAPERGRAPH_QUIET: '1' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(3);
      expect(stderr).toMatch(new RegExp(`port ${port} is in use`));
    } finally {
      blocker.close();
    }
    const bad = spawn(process.execPath, [MAIN, 'serve', '--port', 'eighty']);
    expect(await new Promise((resolve) => bad.on('exit', resolve))).toBe(2);
  });
});
