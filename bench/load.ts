/**
 * `npm run bench:load`: loads a deterministic synthetic corpus (default 100,000 papers) into a real
 * Neo4j with the batched loader and prints papers/s, relationships/s and peak RSS, next to a
 * one-transaction-per-paper baseline on the first papers of the same corpus, in the same run.
 *
 * Uses the Neo4j at NEO4J_URI when set (it must hold no papers other than a previous bench's
 * synthetic ones, which are cleared first); otherwise starts one with the Maven launcher on a free
 * port and a throw-away data directory.
 *
 * Options: --papers N (100000), --baseline N (1000), --batch-size N (the loader's default),
 *          --sweep 100,250,500,1000 (time each batch size on --papers instead of the full run),
 *          --server-pid N (the Neo4j at NEO4J_URI runs on this machine as process N: report its
 *          CPU time too; known without it when the bench starts the server itself),
 *          --warmup N (10000: papers loaded, then cleared, before anything is timed, so that both
 *          loaders meet a JIT-compiled server).
 *
 * CPU time is printed next to wall time because on a shared machine wall time moves with other
 * work; the client's comes from process.cpuUsage(), the server's from /proc (Linux only).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractedPaper } from '../src/extraction/types.js';
import { packagePath } from '../src/package-root.js';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../src/store/config.js';
import { closeDrivers, getDriver, sessionConfig } from '../src/store/driver.js';
import { DEFAULT_BATCH_SIZE, loadPapers } from '../src/store/load.js';
import { syntheticCorpus } from './synthetic.js';

interface Launcher {
  startNeo4j(options: { port: number; dataDir: string; heap?: string }): Promise<{ uri: string; process: { pid?: number }; stop(): Promise<void> }>;
  freePort(): Promise<number>;
}

/** neo4j/launcher.mjs in papergraph's own directory (bench/ runs from the source tree or dist/bench/). */
async function launcher(): Promise<Launcher> {
  return (await import(pathToFileURL(packagePath('neo4j', 'launcher.mjs')).href)) as Launcher;
}

async function write(config: Neo4jConfig, query: string): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    await session.run(query);
  } finally {
    await session.close();
  }
}

async function readNumber(config: Neo4jConfig, query: string): Promise<number> {
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    const result = await session.run(query);
    return Number(result.records[0]?.get(0) ?? 0);
  } finally {
    await session.close();
  }
}

/** Empties the bench's database, refusing to touch one that holds real (non-synthetic) papers. */
async function clearSynthetic(config: Neo4jConfig): Promise<void> {
  const real = await readNumber(config, "MATCH (p:Paper) WHERE p.source <> 'synthetic' RETURN count(p)");
  if (real > 0) throw new Error(`The database at ${config.uri} holds ${real} real papers; run the bench against an empty database (unset NEO4J_URI to start a throw-away one).`);
  // Relationships first, in small transactions: a hub entity's thousands of links in one go can exceed the server's transaction memory.
  await write(config, 'MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await write(config, 'MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** Samples RSS while a load runs: peak, and the value at each tenth of the way, to show memory stays flat. */
class MemoryWatch {
  peak = process.memoryUsage().rss;
  readonly checkpoints: number[] = [];
  private readonly timer = setInterval(() => this.sample(), 100);
  sample(): number {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    return rss;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/** CPU seconds (user + system) a local process has used so far, or undefined when it cannot be read. */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // Fields after the command name (which may itself hold ") "): utime and stime are the 12th and
    // 13th, in clock ticks, assumed 100/s (USER_HZ on every mainstream Linux build).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function* take(source: Iterable<ExtractedPaper>, count: number): Generator<ExtractedPaper> {
  let n = 0;
  if (count <= 0) return;
  for (const item of source) {
    yield item;
    if (++n >= count) return;
  }
}

interface Run {
  papers: number;
  relationships: number;
  nodes: number;
  seconds: number;
  clientCpu: number;
  serverCpu: number | undefined;
  peakRss: number;
  checkpoints: number[];
}

async function timedLoad(config: Neo4jConfig, papers: number, batchSize: number, serverPid: number | undefined): Promise<Run> {
  const watch = new MemoryWatch();
  const tenth = Math.max(1, Math.floor(papers / 10));
  let done = 0;
  const serverBefore = processCpuSeconds(serverPid);
  const clientBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const report = await loadPapers(config, take(syntheticCorpus(100_000), papers), {
    extractor: 'synthetic',
    batchSize,
    onBatch: (n) => {
      const before = Math.floor(done / tenth);
      done += n;
      if (Math.floor(done / tenth) > before) {
        watch.checkpoints.push(watch.sample());
        process.stderr.write(`\r  ${done}/${papers} papers`);
      }
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = processCpuSeconds(serverPid);
  watch.stop();
  process.stderr.write('\n');
  return {
    papers: report.papers.created,
    relationships: report.counters.relationshipsCreated,
    nodes: report.counters.nodesCreated,
    seconds,
    clientCpu: (client.user + client.system) / 1e6,
    serverCpu: serverBefore !== undefined && serverAfter !== undefined ? serverAfter - serverBefore : undefined,
    peakRss: watch.peak,
    checkpoints: watch.checkpoints,
  };
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en-US');

function describe(label: string, run: Run): string {
  const server = run.serverCpu === undefined ? 'server CPU n/a (--server-pid)' : `server CPU ${run.serverCpu.toFixed(1)} s`;
  return `${label.padEnd(34)} ${String(run.papers).padStart(7)} papers ${String(run.relationships).padStart(9)} rels ${run.seconds.toFixed(1).padStart(7)} s ${rate(run.papers, run.seconds).padStart(8)} papers/s ${rate(run.relationships, run.seconds).padStart(9)} rels/s  peak RSS ${mb(run.peakRss)}  client CPU ${run.clientCpu.toFixed(1)} s, ${server}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: 'string' }, baseline: { type: 'string' }, 'batch-size': { type: 'string' }, sweep: { type: 'string' }, 'server-pid': { type: 'string' }, warmup: { type: 'string' } } });
  const papers = Number(values.papers ?? 100_000);
  const baselinePapers = Number(values.baseline ?? 1000);
  const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  const warmupPapers = Number(values.warmup ?? 10_000);

  let serverPid = values['server-pid'] ? Number(values['server-pid']) : undefined;
  let server: { uri: string; stop(): Promise<void> } | undefined;
  let dataDir: string | undefined;
  const config = neo4jConfigFromEnv();
  if (!process.env.NEO4J_URI) {
    const { startNeo4j, freePort } = await launcher();
    dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-'));
    process.stderr.write('starting a throw-away Neo4j…\n');
    const started = await startNeo4j({ port: await freePort(), dataDir, heap: '2g' });
    server = started;
    serverPid = started.process.pid;
    config.uri = started.uri;
  }
  try {
    console.log(`bench:load  Neo4j at ${config.uri}, synthetic corpus (seed 42), Node ${process.version}`);
    if (values.sweep) {
      for (const size of values.sweep.split(',').map(Number)) {
        await clearSynthetic(config);
        console.log(describe(`batched, ${size} papers/tx`, await timedLoad(config, papers, size, serverPid)));
      }
      return;
    }
    // Both loaders are measured on a warm JVM: without this the baseline, run first, paid most of the
    // server's JIT compilation and the ratio came out inflated (108.8x against 56-73x when warm).
    process.stderr.write(`warming the server (${warmupPapers} papers batched, ${Math.min(200, warmupPapers)} one per transaction)…\n`);
    await clearSynthetic(config);
    await timedLoad(config, warmupPapers, batchSize, serverPid);
    await clearSynthetic(config);
    await timedLoad(config, Math.min(200, warmupPapers), 1, serverPid);
    await clearSynthetic(config);
    const baseline = await timedLoad(config, baselinePapers, 1, serverPid);
    console.log(describe('baseline: 1 transaction per paper', baseline));
    await clearSynthetic(config);
    const batched = await timedLoad(config, papers, batchSize, serverPid);
    console.log(describe(`batched: ${batchSize} papers per transaction`, batched));
    console.log(`RSS at each tenth of the batched load: ${batched.checkpoints.map(mb).join(', ')}`);
    const ratio = batched.relationships / batched.seconds / (baseline.relationships / baseline.seconds);
    console.log(`speed-up (relationships/s, batched / baseline): ${ratio.toFixed(1)}x   [targets: >= 50,000 rels/s, >= 20x]`);
    const nodes = await readNumber(config, 'MATCH (n) RETURN count(n)');
    const rels = await readNumber(config, 'MATCH ()-[r]->() RETURN count(r)');
    console.log(`graph after the batched load: ${nodes.toLocaleString('en-US')} nodes, ${rels.toLocaleString('en-US')} relationships`);
  } finally {
    await closeDrivers();
    if (server) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
