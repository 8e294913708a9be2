/**
 * Server-side cost of the explorer's API on a synthetic corpus of 10,000+ nodes: one-time
 * preparation (graph, communities, layout, search index) and, over real HTTP, the budgeted
 * /api/graph view (time, bytes, gzipped bytes) beside the baseline of sending the whole graph,
 * a focus expansion and search latency.
 *
 *   npm run bench:server              (PAPERGRAPH_BENCH_PAPERS=5500 by default)
 */
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { Corpus } from '../src/graph/corpus.js';
import { MAX_LIMIT } from '../src/server/routes/graph.js';
import { nodeSize } from '../src/graph/view.js';
import { createApp } from '../src/server/app.js';
import type { GraphView } from '../src/server/api-types.js';
import { syntheticCorpus } from './synthetic.js';

const PAPERS = Number(process.env.PAPERGRAPH_BENCH_PAPERS ?? 5500);
const RUNS = 5;
const TARGET_GZIP_BYTES = 1024 * 1024;

interface Fetched {
  ms: number;
  bytes: number;
  body: Buffer;
}

/** One GET with the raw (possibly gzipped) bytes as they crossed the wire. */
function get(base: string, path: string, gzip: boolean): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(base + path, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ ms: performance.now() - started, bytes: body.length, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
const time = <T>(f: () => T): [T, number] => {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
};

async function main(): Promise<void> {
  const papers = [...syntheticCorpus(PAPERS, 42)];
  const [corpus, buildMs] = time(() => new Corpus(papers));
  const [, communitiesMs] = time(() => corpus.communities);
  const [, layoutMs] = time(() => corpus.layout);
  const [, searchMs] = time(() => corpus.search);
  console.log(`synthetic corpus: ${PAPERS} papers -> ${corpus.graph.order} nodes, ${corpus.graph.size} edges, ${corpus.communities.list.length} communities`);
  console.log(`one-time preparation: graph ${buildMs.toFixed(0)} ms, communities ${communitiesMs.toFixed(0)} ms, layout ${layoutMs.toFixed(0)} ms, search index ${searchMs.toFixed(0)} ms`);

  const server = createApp({ corpus }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Baseline: everything, as an unbudgeted API would send it (the same JSON shape, all nodes and edges).
    const full = Buffer.from(JSON.stringify(fullView(corpus)));
    for (const [name, path] of [['default view', '/api/graph'], [`limit=${MAX_LIMIT} (the cap)`, `/api/graph?limit=${MAX_LIMIT}`]] as const) {
      const first = await get(base, `${path}${path.includes('?') ? '&' : '?'}minDegree=0`, true); // cold: computes the view
      const runs: Fetched[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await get(base, path, true));
      const raw = await get(base, path, false);
      const view = JSON.parse(raw.body.toString()) as GraphView;
      const gz = runs[0]!.bytes;
      console.log(
        `${name.padEnd(22)} ${view.nodes.length} nodes, ${view.edges.length} edges of ${view.total.nodes}/${view.total.edges}; ` +
          `cold ${first.ms.toFixed(0)} ms, cached ${median(runs.map((r) => r.ms)).toFixed(1)} ms; ${kb(raw.bytes)} raw, ${kb(gz)} gzipped ` +
          `(${(gz / TARGET_GZIP_BYTES).toFixed(2)}x the 1 MB target, ${(gz / gzipSync(full).length).toFixed(2)}x the whole graph)`,
      );
    }
    console.log(`baseline: the whole graph in one response would be ${kb(full.length)} raw, ${kb(gzipSync(full).length)} gzipped`);

    const hub = corpus.graph.nodes().reduce((a, b) => (corpus.graph.degree(b) > corpus.graph.degree(a) ? b : a));
    const focus = await get(base, `/api/graph?focus=${encodeURIComponent(hub)}&hops=1`, true);
    console.log(`focus on the biggest hub (degree ${corpus.graph.degree(hub)}), 1 hop: ${focus.ms.toFixed(0)} ms, ${kb(focus.bytes)} gzipped`);

    const queries = ['attention', 'atention', 'kv cache', 'qalu', 'benchmark for'];
    const searchRuns: number[] = [];
    for (const q of queries) for (let i = 0; i < RUNS; i++) searchRuns.push((await get(base, `/api/search?q=${encodeURIComponent(q)}`, true)).ms);
    console.log(`search over ${corpus.graph.order} nodes: median ${median(searchRuns).toFixed(1)} ms, max ${Math.max(...searchRuns).toFixed(1)} ms (${queries.length} queries x ${RUNS})`);
  } finally {
    server.close();
  }
}

/** Every node and edge in the API's shape: what an unbudgeted endpoint would send. */
function fullView(corpus: Corpus): unknown {
  const nodes: unknown[] = [];
  corpus.graph.forEachNode((id, a) => {
    const p = corpus.layout.get(id)!;
    const degree = corpus.graph.degree(id);
    nodes.push({ id, label: a.label, kind: a.kind, type: a.kind === 'paper' ? 'Paper' : a.type, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10, size: nodeSize(degree), degree, community: corpus.communities.of.get(id) });
  });
  const edges: unknown[] = [];
  corpus.graph.forEachEdge((_e, a, source, target) => edges.push({ id: `${source}->${target}`, source, target, kind: a.kind, confidence: Math.round(a.confidence * 100) / 100 }));
  return { nodes, edges };
}

await main();
