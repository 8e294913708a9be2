/**
 * The real papergraph app, in-process and in memory, serving the built explorer (web/dist) on
 * a free port: the sample corpus read and extracted as `papergraph serve` would, plus any
 * fixture papers a test adds.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { extractPaper } from '../../src/extraction/extract.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { Corpus } from '../../src/graph/corpus.js';
import type { Paper } from '../../src/reading/paper.js';
import { readPapers } from '../../src/reading/read.js';
import { RelatedIndex } from '../../src/related/index.js';
import { createApp } from '../../src/server/app.js';

export const SAMPLE = join(import.meta.dirname, '../../data/hf-trending-long-context.txt');

export async function sampleCorpus(extra: Paper[] = [], file = SAMPLE): Promise<ExtractedPaper[]> {
  const papers: Paper[] = [];
  for await (const paper of readPapers([file], () => {})) papers.push(paper);
  return [...papers, ...extra].map((paper) => ({ paper, extraction: extractPaper(paper) }));
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(items: ExtractedPaper[]): Promise<RunningServer> {
  return listen(new Corpus(items), RelatedIndex.build(items));
}

export async function listen(corpus: Corpus, related?: RelatedIndex): Promise<RunningServer> {
  const app = createApp(related ? { corpus, related } : { corpus });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
