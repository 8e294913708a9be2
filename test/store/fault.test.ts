import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM launcher shared with `npm run neo4j`
import { freePort, startNeo4j } from '../../neo4j/launcher.mjs';
import { syntheticCorpus } from '../../bench/synthetic.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import type { Neo4jConfig } from '../../src/store/config.js';
import { closeDrivers } from '../../src/store/driver.js';
import { loadPapers, type LoadReport, type RetryNotice } from '../../src/store/load.js';
import { canonicalDump, clearDatabase, graphCounts } from './graph-state.js';

/**
 * Faults against a real server of this test's own (its own port and data directory), stopped and
 * restarted mid-load: the graph must end exactly as after an uninterrupted load.
 */
interface Server {
  uri: string;
  process: { kill(signal: string): void; once(event: 'exit', listener: () => void): void };
  stop(): Promise<void>;
}

const corpus: ExtractedPaper[] = [...syntheticCorpus(1200, 3)];
const batchSize = 100;
const extractor = 'fault-test';
let port: number;
let dataDir: string;
let server: Server;
let config: Neo4jConfig;
let reference: Awaited<ReturnType<typeof canonicalDump>>;

const start = async (): Promise<Server> => (await startNeo4j({ port, dataDir })) as Server;
/** Kills the server with `signal` and resolves once the process is gone. */
const kill = (signal: 'SIGKILL') =>
  new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill(signal);
  });

beforeAll(async () => {
  port = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'papergraph-fault-'));
  server = await start();
  config = { uri: server.uri, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'papergraph' };
  await loadPapers(config, corpus, { extractor, batchSize });
  reference = await canonicalDump(config);
}, 400_000);

afterAll(async () => {
  await closeDrivers();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('loading through a server failure', () => {
  it('retries when the server is killed mid-load and restarted, ending with the uninterrupted graph', async () => {
    await clearDatabase(config);
    let restarted: Promise<void> | undefined;
    let backAt = Infinity;
    const notices: RetryNotice[] = [];
    const report: LoadReport = await loadPapers(config, corpus, {
      extractor,
      batchSize,
      retries: 10,
      onRetry: (notice) => notices.push(notice),
      onBatch: (_papers, progress) => {
        if (progress.batches === 3 && !restarted) {
          restarted = kill('SIGKILL').then(async () => {
            server = await start();
            backAt = Date.now();
          });
        }
      },
    });
    const doneAt = Date.now();
    await restarted;
    // The load outlived the killed server and finished on the restarted one, the loader's retries
    // carrying the interrupted batch over.
    expect(doneAt).toBeGreaterThan(backAt);
    expect(report.papers.created + report.papers.unchanged).toBe(corpus.length);
    expect(await canonicalDump(config)).toEqual(reference);
    // The driver does not retry first in silence: every retry was announced as it happened, which is
    // what `papergraph load` prints, and the one interrupted batch counted once.
    expect(notices.length).toBeGreaterThan(0);
    expect(report.retries).toBe(notices.length);
    expect(report.interruptions).toBe(1);
    notices.forEach((notice, i) => expect(notice).toMatchObject({ attempt: i + 1, of: 10 }));
  }, 600_000);

  it('ends with the uninterrupted graph when a load cut off by a killed server is simply run again', async () => {
    await clearDatabase(config);
    let stopped: Promise<void> | undefined;
    const first = loadPapers(config, corpus, {
      extractor,
      batchSize,
      retries: 0,
      onBatch: (_papers, progress) => {
        if (progress.batches === 4 && !stopped) stopped = kill('SIGKILL');
      },
    });
    await expect(first).rejects.toThrow();
    await stopped;
    server = await start();
    const partial = await graphCounts(config);
    expect(partial.nodes).toBeGreaterThan(0);
    const second = await loadPapers(config, corpus, { extractor, batchSize });
    // The batches committed before the stop are recognised as unchanged and skipped.
    expect(second.papers.unchanged).toBeGreaterThanOrEqual(4 * batchSize);
    expect(second.papers.created + second.papers.unchanged).toBe(corpus.length);
    expect(await canonicalDump(config)).toEqual(reference);
  }, 600_000);
});
