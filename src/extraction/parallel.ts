import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Paper } from '../reading/paper.js';
import { extractPaper } from './extract.js';
import type { PaperExtraction } from './types.js';

/** What extracting one paper gave: the extraction, or the error that stopped it. */
export type Outcome = { extraction: PaperExtraction } | { error: string };

/** Extracts one paper without letting one bad paper end a long run; used by both the threads and the main thread. */
export function extractSafely(paper: Paper): Outcome {
  try {
    return { extraction: extractPaper(paper) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export interface ParallelOptions {
  /** Worker threads; 1 extracts in this thread. Default: `defaultWorkers()` once the input exceeds `threshold` papers. */
  workers?: number;
  /** Papers read before deciding that an input is large enough for threads. */
  threshold?: number;
  /** Papers per message to a worker. */
  batchSize?: number;
}

// Each worker thread warms up on its own (JIT, the word memos): here its first 3,000 papers took 4.7 s against
// 2.6 s once warm, so threads only pay back on inputs well past that.
export const DEFAULT_THRESHOLD = 10_000;
const DEFAULT_BATCH = 64;
/** Batches queued per worker: one being extracted, one waiting, so no worker idles while the next is posted. */
const BATCHES_PER_WORKER = 2;

/**
 * Extracts papers in input order. Small inputs are extracted in this thread; large ones (or any
 * input when `workers` > 1 is given) in a pool of worker threads, with a bounded number of batches
 * in flight so that memory stays bounded however long the input is. Output is the same either way.
 */
export async function* extractAll(papers: AsyncIterable<Paper>, options: ParallelOptions = {}): AsyncGenerator<{ paper: Paper; outcome: Outcome }> {
  const source = papers[Symbol.asyncIterator]();
  let workers = options.workers;
  const head: Paper[] = [];
  if (workers === undefined) {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    let next = await source.next();
    while (!next.done && head.length < threshold) {
      head.push(next.value);
      if (head.length < threshold) next = await source.next();
    }
    workers = head.length < threshold ? 1 : defaultWorkers();
  }
  const all = prepend(head, source);
  if (workers <= 1) {
    for await (const paper of all) yield { paper, outcome: extractSafely(paper) };
    return;
  }
  yield* pooled(all, new ExtractPool(workers), options.batchSize ?? DEFAULT_BATCH);
}

/**
 * Worker threads for a large input: one per core but the one this thread needs for reading, JSON and writing, and
 * none when that leaves a single worker (on 2 cores two workers took 10.2-10.8 s for 5,000 papers, this thread alone
 * 3.5-5.6 s: bench:extract prints the comparison).
 */
export function defaultWorkers(): number {
  const workers = availableParallelism() - 1;
  return workers >= 2 ? workers : 1;
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* pooled(papers: AsyncGenerator<Paper>, pool: ExtractPool, batchSize: number): AsyncGenerator<{ paper: Paper; outcome: Outcome }> {
  const maxInFlight = pool.size * BATCHES_PER_WORKER;
  const inFlight: Array<{ papers: Paper[]; outcomes: Promise<Outcome[]> }> = [];
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && inFlight.length < maxInFlight) {
      const batch: Paper[] = [];
      while (batch.length < batchSize) {
        const next = await papers.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batch.push(next.value);
      }
      if (batch.length === 0) break;
      const outcomes = pool.run(batch);
      // Awaited in order below; marked handled now so a later batch's failure is not reported as unhandled first.
      outcomes.catch(() => undefined);
      inFlight.push({ papers: batch, outcomes });
    }
  };
  try {
    await fill();
    while (inFlight.length > 0) {
      const { papers: batch, outcomes } = inFlight.shift()!;
      const results = await outcomes;
      await fill();
      for (let i = 0; i < batch.length; i++) yield { paper: batch[i]!, outcome: results[i]! };
    }
  } finally {
    await pool.close();
  }
}

/** Worker threads running extractSafely on batches; each answers its batches in the order it got them. */
class ExtractPool {
  private readonly workers: Array<{ worker: Worker; waiting: Array<{ resolve: (o: Outcome[]) => void; reject: (e: Error) => void }> }> = [];

  constructor(readonly size: number) {
    const entry = new URL('./parallel-worker.js', import.meta.url);
    if (!existsSync(fileURLToPath(entry))) {
      throw new Error(`worker threads run the compiled build, and ${fileURLToPath(entry)} is missing: run \`npm run build\` first`);
    }
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(entry), waiting: [] as ExtractPool['workers'][number]['waiting'] };
      const fail = (error: Error) => {
        for (const job of slot.waiting.splice(0)) job.reject(error);
      };
      slot.worker.on('message', (outcomes: Outcome[]) => slot.waiting.shift()?.resolve(outcomes));
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      this.workers.push(slot);
    }
  }

  run(papers: Paper[]): Promise<Outcome[]> {
    const slot = this.workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise((resolve, reject) => {
      slot.waiting.push({ resolve, reject });
      slot.worker.postMessage(papers);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
