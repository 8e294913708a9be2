// npm run bench:extract — abstracts per second of extractPaper on one core, beside compromise's full
// tagger on the same text in the same process, and peak memory; then extractAll's wall time with one
// thread against worker threads (the default's count, or two where the default is one thread).
import { createHash } from 'node:crypto';
import nlp from 'compromise';
import { extractPaper, EXTRACTOR_VERSION } from '../src/extraction/extract.js';
import { defaultWorkers, extractAll } from '../src/extraction/parallel.js';
import { packagePath } from '../src/package-root.js';
import type { Paper } from '../src/reading/paper.js';
import { readPapers } from '../src/reading/read.js';

const PAPERS = 5_000;
const TAGGER_PAPERS = 300;
const corpus = packagePath('data', 'hf-trending-long-context.txt');

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

interface Rate {
  /** Papers per wall-clock second. */
  wall: number;
  /** Papers per second of this process's CPU time: the per-core figure, fair on a shared machine. */
  cpu: number;
}

/** Runs `work` over `papers` and returns abstracts per second. */
function rate(papers: readonly Paper[], work: (p: Paper) => unknown): Rate {
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < papers.length; i++) {
    const out = work(papers[i]!);
    if (out) sink++;
    if (i % 250 === 0) sampleMemory();
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  if (sink !== papers.length) throw new Error('a run produced no output');
  return { wall: papers.length / seconds, cpu: papers.length / ((cpu.user + cpu.system) / 1e6) };
}

/** The rate over several equal-sized runs: total papers over total time. */
function combine(parts: readonly Rate[], perPart: number): Rate {
  const total = perPart * parts.length;
  return {
    wall: total / parts.reduce((s, r) => s + perPart / r.wall, 0),
    cpu: total / parts.reduce((s, r) => s + perPart / r.cpu, 0),
  };
}

async function main(): Promise<void> {
  const sample: Paper[] = [];
  for await (const p of readPapers([corpus], () => undefined)) sample.push(p);
  if (sample.length === 0) throw new Error(`no papers read from ${corpus}`);
  // The sample repeated, each copy its own id so nothing can be cached by paper.
  const papers = Array.from({ length: PAPERS }, (_, i) => ({ ...sample[i % sample.length]!, id: `bench-${i}` }));
  const text = (p: Paper): string => `${p.title}. ${p.abstract}`;

  rate(papers.slice(0, 200), extractPaper); // warm-up: lexicon load and JIT
  rate(papers.slice(0, 20), (p) => nlp(text(p)).json());
  // Interleaved rounds, so both run under the same load of a shared machine.
  const rounds = 10;
  const oursParts: Rate[] = [];
  const taggerParts: Rate[] = [];
  for (let r = 0; r < rounds; r++) {
    oursParts.push(rate(papers.slice((r * PAPERS) / rounds, ((r + 1) * PAPERS) / rounds), extractPaper));
    taggerParts.push(rate(papers.slice((r * TAGGER_PAPERS) / rounds, ((r + 1) * TAGGER_PAPERS) / rounds), (p) => nlp(text(p)).json()));
  }
  const ours = combine(oursParts, PAPERS / rounds);
  const tagger = combine(taggerParts, TAGGER_PAPERS / rounds);
  // One "abstract" made of every sample abstract in a row: extraction time must grow linearly with length.
  // The median of three runs after a first one, so that one-time work (a regex first met) is not counted.
  const long: Paper = { ...sample[0]!, id: 'bench-long', abstract: sample.map((p) => p.abstract).join(' ') };
  const longRun = (i: number): number => {
    const start = process.hrtime.bigint();
    extractPaper({ ...long, id: `bench-long-${i}` });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  longRun(0);
  const longMs = [longRun(1), longRun(2), longRun(3)].sort((a, b) => a - b)[1]!;
  // One character beyond Latin-1 ("μ-Bench") makes V8 keep the whole text two-byte, which regexes scan more slowly.
  const twoByte = /[^\u0000-\u00ff]/u.test(long.abstract);
  const perPaperMs = 1000 / ours.wall;
  sampleMemory();

  const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${EXTRACTOR_VERSION} on ${sample.length} sample papers repeated to ${PAPERS} (one core, ${process.version})`);
  const row = (name: string, r: Rate): string => `${name.padEnd(28)} ${r.cpu.toFixed(0).padStart(6)} abstracts/s per CPU-second, ${r.wall.toFixed(0).padStart(6)} per wall second`;
  console.log(row('extractPaper', ours));
  console.log(row('compromise nlp(text).json()', tagger) + ` (full tagger, ${TAGGER_PAPERS} papers)`);
  console.log(`ratio                        ${(ours.cpu / tagger.cpu).toFixed(1)}x the tagger (CPU time), ${(ours.wall / tagger.wall).toFixed(1)}x (wall)`);
  console.log(`target >= 1000 abstracts/s per core (CPU time): ${ours.cpu >= 1000 ? 'ok' : 'BELOW'}; >= 15x the tagger: ${ours.cpu / tagger.cpu >= 15 ? 'ok' : 'BELOW'}`);
  console.log(
    `one ${(long.abstract.length / 1024).toFixed(0)} KB abstract (all ${sample.length} joined): ${longMs.toFixed(0)} ms (${(longMs / perPaperMs / sample.length).toFixed(1)}x the time of its ${sample.length} parts${twoByte ? '; two-byte text, as one part is' : ''})`,
  );
  console.log(`peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}`);
  await threadsAgainstOne(papers);
}

/** Wall time and output digest of `papergraph extract`'s path (extractAll) with the given worker count. */
async function extractAllRun(papers: readonly Paper[], workers: number): Promise<{ seconds: number; digest: string }> {
  async function* source(): AsyncGenerator<Paper> {
    yield* papers;
  }
  const hash = createHash('sha256');
  const t0 = process.hrtime.bigint();
  for await (const { outcome } of extractAll(source(), { workers })) hash.update(JSON.stringify(outcome));
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, digest: hash.digest('hex') };
}

/**
 * One thread against the worker threads a large input gets by default (two where the default is one thread, to show
 * why), alternated (1, N, N, 1) so both meet the same load of a shared machine.
 */
async function threadsAgainstOne(papers: readonly Paper[]): Promise<void> {
  const workers = Math.max(2, defaultWorkers());
  const order = [1, workers, workers, 1];
  const runs: { seconds: number; digest: string }[] = [];
  for (const count of order) runs.push(await extractAllRun(papers, count));
  const mean = (at: number[]): number => at.reduce((s, i) => s + runs[i]!.seconds, 0) / at.length;
  const one = mean([0, 3]);
  const threaded = mean([1, 2]);
  const same = new Set(runs.map((r) => r.digest)).size === 1;
  console.log(
    `extractAll on ${papers.length} papers: one thread ${one.toFixed(2)} s, ${workers} worker threads ${threaded.toFixed(2)} s ` +
      `(${(one / threaded).toFixed(2)}x; mean of two runs each, alternated; default here: ${defaultWorkers() === 1 ? 'one thread' : `${defaultWorkers()} workers`}); output identical: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) process.exitCode = 1;
}

await main();
