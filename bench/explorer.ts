/**
 * Explorer speed in headless chromium: time to the first rendered frame and to interactive, for
 * the sample corpus and for a synthetic corpus of 10,000+ nodes, and the initial payload
 * (HTML + JS + CSS + the first /api/graph), gzipped. Each page load uses a fresh browser profile
 * (cold cache). The server is warmed first: its one-time layout is not the explorer's time.
 *
 *   npm run bench:explorer            (PAPERGRAPH_BENCH_RUNS=3 by default)
 */
import { gzipSync } from 'node:zlib';
import { Corpus } from '../src/graph/corpus.js';
import { launchBrowser } from '../test/support/browser.js';
import { assertWebBuilt, listen, sampleCorpus, type RunningServer } from '../test/web/explorer-server.js';
import { syntheticCorpus } from './synthetic.js';

const TARGET_FIRST_RENDER_MS = 2000;
const TARGET_PAYLOAD_BYTES = 1024 * 1024;
const RUNS = Number(process.env.PAPERGRAPH_BENCH_RUNS ?? 3);
/** Papers of the synthetic corpus: about 1.9 graph nodes per paper, so 10,000+ nodes. */
const SYNTHETIC_PAPERS = 5500;
const SETTLE_MS = 2000;

interface Load {
  graphFetchedMs: number;
  sigmaDrawnMs: number;
  firstFrameMs: number;
  interactiveMs: number;
  nodesDrawn: number;
}

/** The explorer's debug handle, as far as the bench reads it (this file compiles without DOM types). */
type PageGlobal = { __papergraph?: { renderedNodes: () => string[] } };

async function loadOnce(url: string): Promise<Load> {
  const browser = await launchBrowser();
  try {
    // Chromium spends its first second or so on its own start-up work (WebUI renderers); let it
    // settle so the figures are the explorer's, measured from navigation start.
    const page = browser.context.pages()[0] ?? (await browser.newPage());
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('papergraph:first-frame').length > 0 && (globalThis as PageGlobal).__papergraph !== undefined, null, {
      timeout: 60_000,
    });
    return await page.evaluate(() => ({
      graphFetchedMs: performance.getEntriesByName('papergraph:graph-fetched')[0]!.startTime,
      sigmaDrawnMs: performance.getEntriesByName('papergraph:sigma-drawn')[0]!.startTime,
      firstFrameMs: performance.getEntriesByName('papergraph:first-frame')[0]!.startTime,
      interactiveMs: performance.getEntriesByName('papergraph:interactive')[0]!.startTime,
      nodesDrawn: (globalThis as PageGlobal).__papergraph!.renderedNodes().length,
    }));
  } finally {
    await browser.close();
  }
}

/** What a first visit downloads, each response gzipped as a compressing proxy would send it. */
async function payload(url: string): Promise<{ apiGraph: number; total: number; raw: number }> {
  const html = await (await fetch(url)).text();
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const bodies = [Buffer.from(html)];
  for (const asset of assets) bodies.push(Buffer.from(await (await fetch(new URL(asset, url))).arrayBuffer()));
  const graph = Buffer.from(await (await fetch(new URL('api/graph', url))).arrayBuffer());
  bodies.push(graph);
  return {
    apiGraph: gzipSync(graph).length,
    total: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
  };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function measure(name: string, corpus: Corpus): Promise<void> {
  const warm = performance.now();
  const server: RunningServer = await listen(corpus);
  try {
    const view = (await (await fetch(new URL('api/graph', server.url))).json()) as { nodes: unknown[]; total: { nodes: number } };
    const warmMs = performance.now() - warm;
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(server.url));
    const size = await payload(server.url);
    const first = median(loads.map((l) => l.firstFrameMs));
    const interactive = median(loads.map((l) => l.interactiveMs));
    console.log(`\n${name}: graph ${corpus.graph.order.toLocaleString()} nodes / ${corpus.graph.size.toLocaleString()} edges; initial view ${view.nodes.length.toLocaleString()} nodes (server warm-up ${(warmMs / 1000).toFixed(1)} s, not counted)`);
    console.log(`  first rendered frame  ${first.toFixed(0)} ms  (median of ${RUNS}; ${(first / TARGET_FIRST_RENDER_MS).toFixed(2)}× the 2 s target)`);
    console.log(`    of which: /api/graph received ${median(loads.map((l) => l.graphFetchedMs)).toFixed(0)} ms, sigma's first draw call done ${median(loads.map((l) => l.sigmaDrawnMs)).toFixed(0)} ms`);
    console.log(`  interactive           ${interactive.toFixed(0)} ms`);
    console.log(`  nodes drawn           ${loads[0]!.nodesDrawn.toLocaleString()}`);
    console.log(`  payload (gzipped)     ${kb(size.total)} total, of which /api/graph ${kb(size.apiGraph)}; ${kb(size.raw)} uncompressed  (${(size.total / TARGET_PAYLOAD_BYTES).toFixed(2)}× the 1 MB target)`);
  } finally {
    await server.close();
  }
}

assertWebBuilt();
await measure('sample corpus', new Corpus(await sampleCorpus()));
await measure(`synthetic corpus (${SYNTHETIC_PAPERS.toLocaleString()} papers)`, new Corpus(syntheticCorpus(SYNTHETIC_PAPERS, 7)));
