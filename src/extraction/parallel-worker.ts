import { parentPort } from 'node:worker_threads';
import type { Paper } from '../reading/paper.js';
import { extractSafely } from './parallel.js';

// Entry of an extraction worker thread (see parallel.ts): a batch of papers in, their outcomes out, in order.
parentPort?.on('message', (papers: Paper[]) => {
  parentPort?.postMessage(papers.map(extractSafely));
});
