/**
 * The real papergraph app, in-process and in memory, serving the built explorer (web/dist) on
 * a free port: the sample corpus read and extracted as `papergraph serve` would, plus any
 * fixture papers a test adds.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { extractPaper } from '../../src/extraction/extract.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { Corpus } from '../../src/graph/corpus.js';
import type { Paper } from '../../src/reading/paper.js';
import { readPapers } from '../../src/reading/read.js';
import { RelatedIndex } from '../../src/related/index.js';
import { packagePath } from '../../src/package-root.js';
import { createApp, type AppOptions } from '../../src/server/app.js';

// From the package root, not this module: bench/explorer.ts runs this file compiled, from dist/test/web/.
export const SAMPLE = packagePath('data', 'hf-trending-long-context.txt');

/** The built explorer the tests load; PAPERGRAPH_WEB_DIST points elsewhere. */
export const STATIC_DIR = process.env.PAPERGRAPH_WEB_DIST || packagePath('web', 'dist');

/** A Neo4j nobody listens on: the app keeps its console, and every query finds the server down. */
export const UNREACHABLE_NEO4J = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' };

/** Browser tests load the built explorer: say how to build it rather than fail on a blank page. */
export function assertWebBuilt(): void {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) throw new Error(`${STATIC_DIR} is not built: run \`npm run build\` first`);
}

/** Loads the explorer at `url` in `page` and waits until its app has started. */
export async function openExplorer(page: Page, url: string, timeout = 30_000): Promise<void> {
  await page.goto(url);
  // (The page's global, named through globalThis: this module is compiled for Node too, for bench/explorer.ts.)
  await page.waitForFunction(() => (globalThis as { __papergraph?: unknown }).__papergraph !== undefined, null, { timeout });
}

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
  return listen(new Corpus(items), { related: RelatedIndex.build(items) });
}

export async function listen(corpus: Corpus, options: Omit<AppOptions, 'corpus'> = {}): Promise<RunningServer> {
  const app = createApp({ staticDir: STATIC_DIR, ...options, corpus });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // A page still open on the server keeps its connections; closing must not wait on the browser.
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
