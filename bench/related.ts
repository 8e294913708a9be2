/**
 * Related-papers speed at scale: builds the index over the synthetic corpus and times queries,
 * beside a brute-force baseline (cosine of the query's TF-IDF vector against every paper) in the
 * same process.
 *
 *   npm run bench:related                      # 100,000 papers, 200 queries
 *   node dist/bench/related.js 20000 100       # papers, queries
 */
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { ExtractedPaper } from '../src/extraction/types.js';
import { RelatedIndex } from '../src/related/index.js';
import { idf } from '../src/related/postings.js';
import { paperTermCounts } from '../src/related/tokenise.js';
import { syntheticCorpus } from './synthetic.js';

const papersWanted = Number(process.argv[2] ?? 100_000);
const queries = Number(process.argv[3] ?? 200);
/** Brute force is slow by design; a few dozen queries give its median well enough. */
const baselineQueries = Math.min(queries, 30);
const K = 10;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

/**
 * Wall-clock and CPU time of each call. On a shared machine wall time includes waiting for a
 * core; CPU time (this process, all threads) is what the query itself costs.
 */
function timed(calls: (() => unknown)[]): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const call of calls) {
    const c = process.cpuUsage();
    const t = performance.now();
    call();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
const report = (label: string, t: { wall: number[]; cpu: number[] }): void => {
  console.log(`${label}\n  wall: ${stats(t.wall)}\n  cpu:  ${stats(t.cpu)}`);
};

/**
 * V8's pauses while a timed block runs, by kind: the slowest queries of a run are usually those a
 * pause fell into, and this says how much of the tail is the collector rather than the query.
 */
function gcPauses(): { stop: () => Promise<string> } {
  const byKind = new Map<string, number[]>();
  const name = (kind: number): string => (kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'mark-compact' : kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'scavenge' : 'other');
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = name((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? -1);
      const pauses = byKind.get(kind) ?? [];
      pauses.push(entry.duration);
      byKind.set(kind, pauses);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // gc entries are delivered asynchronously
      observer.disconnect();
      const parts = [...byKind].map(([kind, ms]) => `${ms.length} ${kind} (max ${Math.max(...ms).toFixed(1)} ms, total ${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms)`);
      return parts.join(', ') || 'none';
    },
  };
}

/** Sparse unit TF-IDF vectors for every paper, as sorted (term id, weight) arrays. */
function bruteForceVectors(papers: ExtractedPaper[]): { ids: Int32Array; weights: Float64Array }[] {
  const termIds = new Map<string, number>();
  const counts = papers.map(({ paper }) => paperTermCounts(paper.title, paper.abstract));
  const df: number[] = [];
  for (const c of counts) {
    for (const term of c.keys()) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = df.length;
        termIds.set(term, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  return counts.map((c) => {
    const entries = [...c].map(([term, { count: n }]) => [termIds.get(term)!, (1 + Math.log(n)) * idf(papers.length, df[termIds.get(term)!]!)] as const).sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { ids: Int32Array.from(entries.map(([id]) => id)), weights: Float64Array.from(entries.map(([, w]) => w / norm)) };
  });
}

function bruteForceTop(vectors: { ids: Int32Array; weights: Float64Array }[], q: number, k: number): number[] {
  const a = vectors[q]!;
  const scores: [number, number][] = [];
  for (let d = 0; d < vectors.length; d++) {
    if (d === q) continue;
    const b = vectors[d]!;
    let s = 0;
    for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
      if (a.ids[i]! === b.ids[j]!) s += a.weights[i++]! * b.weights[j++]!;
      else if (a.ids[i]! < b.ids[j]!) i++;
      else j++;
    }
    scores.push([s, d]);
  }
  return scores.sort((x, y) => y[0] - x[0]).slice(0, k).map(([, d]) => d);
}

/** Papers added one at a time after the build: just over 1%, so the next query refreshes. */
const ADDED = Math.floor(papersWanted / 100) + 1;
const all = [...syntheticCorpus(papersWanted + ADDED, 7)];
const papers = all.slice(0, papersWanted);
global.gc?.();
const before = process.memoryUsage();
const started = performance.now();
const buildCpu = process.cpuUsage();
const index = RelatedIndex.build(papers);
const buildMs = performance.now() - started;
const buildUsage = process.cpuUsage(buildCpu);
const buildCpuMs = (buildUsage.user + buildUsage.system) / 1000;
global.gc?.();
const after = process.memoryUsage();
console.log(`related index over ${papers.length} synthetic papers`);
console.log(`build ${(buildMs / 1000).toFixed(1)} s wall (${(buildCpuMs / 1000).toFixed(1)} s cpu), heap +${mb(after.heapUsed - before.heapUsed)} (${mb(after.heapUsed)} in use; papers themselves ${mb(before.heapUsed)}), rss ${mb(after.rss)}`);

// Query papers spread evenly over the corpus (deterministic).
const picks = Array.from({ length: queries }, (_, i) => Math.floor(((i + 0.5) * papers.length) / queries));
for (const q of picks.slice(0, 5)) index.related(papers[q]!.paper.id, K); // warm-up
const pauses = gcPauses();
const ours = timed(picks.map((q) => () => index.related(papers[q]!.paper.id, K)));
report(`papergraph related (top ${K}, with explanations), ${queries} queries:`, ours);
console.log(`  garbage-collection pauses during them: ${await pauses.stop()}`);

const textQueries = picks.slice(0, 20).map((q) => papers[q]!.paper);
report('relatedToText (extraction of the pasted text included), 20 queries:', timed(textQueries.map((p) => () => index.relatedToText(p.title, p.abstract, K))));

// Incremental updates: papers added one by one are searchable at once; IDF, norms and topic
// positions are refreshed by the first query after the corpus has grown by 1%.
const adding = timed(all.slice(papersWanted).map((p) => () => index.add(p)));
const firstAfter = timed([() => index.related(papers[picks[0]!]!.paper.id, K)]);
const afterRefresh = timed(picks.slice(0, 20).map((q) => () => index.related(papers[q]!.paper.id, K)));
report(`add ${ADDED} papers one at a time:`, adding);
console.log(`first query after adding them (refreshes IDF tables and norms; topics refit only after 20% growth): ${firstAfter.wall[0]!.toFixed(0)} ms wall, ${firstAfter.cpu[0]!.toFixed(0)} ms cpu`);
report('queries after the refresh, 20 queries:', afterRefresh);

const vectors = bruteForceVectors(papers);
const base = timed(picks.slice(0, baselineQueries).map((q) => () => bruteForceTop(vectors, q, K)));
report(`baseline: brute-force TF-IDF cosine against every paper, ${baselineQueries} queries:`, base);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`median query vs baseline: ${(median(base.wall) / median(ours.wall)).toFixed(1)}x faster (wall), ${(median(base.cpu) / median(ours.cpu)).toFixed(1)}x (cpu); target < 50 ms per query`);
