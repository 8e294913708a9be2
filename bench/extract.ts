// npm run bench:extract — abstracts per second of extractPaper on one core, beside compromise's full
// tagger on the same text in the same process, and peak memory.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractPaper, EXTRACTOR_VERSION } from '../src/extraction/extract.js';
import type { Paper } from '../src/reading/paper.js';
import { readPapers } from '../src/reading/read.js';

const PAPERS = 5_000;
const TAGGER_PAPERS = 300;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, 'data', 'hf-trending-long-context.txt');

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

/** Runs `work` over `papers` and returns abstracts per second. */
function rate(papers: readonly Paper[], work: (p: Paper) => unknown): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < papers.length; i++) {
    const out = work(papers[i]!);
    if (out) sink++;
    if (i % 250 === 0) sampleMemory();
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink !== papers.length) throw new Error('a run produced no output');
  return papers.length / seconds;
}

async function main(): Promise<void> {
  const sample: Paper[] = [];
  for await (const p of readPapers([corpus], () => undefined)) sample.push(p);
  if (sample.length === 0) throw new Error(`no papers read from ${corpus}`);
  // The sample repeated, each copy its own id so nothing can be cached by paper.
  const papers = Array.from({ length: PAPERS }, (_, i) => ({ ...sample[i % sample.length]!, id: `bench-${i}` }));
  const text = (p: Paper): string => `${p.title}. ${p.abstract}`;

  rate(papers.slice(0, 200), extractPaper); // warm-up: lexicon load and JIT
  const ours = rate(papers, extractPaper);
  rate(papers.slice(0, 20), (p) => nlp(text(p)).json());
  const tagger = rate(papers.slice(0, TAGGER_PAPERS), (p) => nlp(text(p)).json());
  sampleMemory();

  const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`${EXTRACTOR_VERSION} on ${sample.length} sample papers repeated to ${PAPERS} (one core, ${process.version})`);
  console.log(`extractPaper                 ${ours.toFixed(0).padStart(6)} abstracts/s`);
  console.log(`compromise nlp(text).json()  ${tagger.toFixed(0).padStart(6)} abstracts/s (full tagger, ${TAGGER_PAPERS} papers)`);
  console.log(`ratio                        ${(ours / tagger).toFixed(1)}x the tagger`);
  console.log(`target >= 1000 abstracts/s:  ${ours >= 1000 ? 'ok' : 'BELOW'}`);
  console.log(`peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}`);
}

await main();
