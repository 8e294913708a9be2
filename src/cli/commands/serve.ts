import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { extractFiles } from '../extracted.js';
import { counted } from '../counted.js';
import { inputFiles, noPapersRead } from '../input.js';
import { Progress } from '../progress.js';
import { retryNotice } from '../retry-notice.js';
import { EXTRACTOR_VERSION } from '../../extraction/extract.js';
import type { ExtractedPaper } from '../../extraction/types.js';
import { Corpus } from '../../graph/corpus.js';
import { RelatedIndex } from '../../related/index.js';
import { createApp } from '../../server/app.js';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../../store/config.js';
import { closeDrivers } from '../../store/driver.js';
import { Neo4jConnectionError } from '../../store/errors.js';
import { loadPapers } from '../../store/load.js';
import { readCorpus } from '../../store/read-corpus.js';

const HELP = `Usage: papergraph serve [FILE...] [--port N] [--host H]

Reads paper lists, extracts them and serves the explorer and its JSON API (under /api).
With NEO4J_URI set, the papers are first loaded into Neo4j (idempotently, like
\`papergraph load\`) and the server serves what Neo4j holds, including papers loaded
before (read once at start: restart to show papers loaded later); the Cypher console
(POST /api/cypher) queries that database. Without NEO4J_URI the
graph is held in memory and the console says how to connect Neo4j.

  FILE...      paper lists (trending-page text, JSON, JSON Lines, arXiv Atom XML); "-" reads
               stdin, a .gz file is decompressed as it streams.
               Default: the bundled sample data/hf-trending-long-context.txt
  --port N     port to listen on (default: PORT, else 3000)
  --host H     interface to listen on (default: HOST, else 127.0.0.1; 0.0.0.0 for all)
  -h, --help   show this help

Neo4j: NEO4J_URI, NEO4J_USER (neo4j), NEO4J_PASSWORD (papergraph), NEO4J_DATABASE.
Ctrl-C stops the server and closes the Neo4j connection.
Exit status: 0 stopped cleanly, 2 usage error, 3 Neo4j unavailable or port in use.

Examples:
  papergraph serve
  PORT=8080 papergraph serve papers.jsonl
  NEO4J_URI=bolt://localhost:7687 papergraph serve data/hf-trending-long-context.txt`;

interface Options {
  files: string[];
  port: number;
  host: string;
}

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Options {
  const { values, positionals } = parseCommandArgs('serve', argv, { port: { type: 'string' }, host: { type: 'string' } });
  const rawPort = values.port ?? env.PORT ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new UsageError(`serve: the port must be a number from 0 to 65535 (got "${rawPort}")`);
  return { files: inputFiles(positionals), port, host: values.host ?? env.HOST ?? '127.0.0.1' };
}

/** Loads into Neo4j, then reads back everything it holds: the served graph is the stored one. */
async function throughNeo4j(config: Neo4jConfig, papers: ExtractedPaper[]): Promise<ExtractedPaper[]> {
  const progress = new Progress('load', papers.length, 'papers');
  const report = await loadPapers(config, papers, {
    extractor: EXTRACTOR_VERSION,
    onBatch: (n) => progress.tick(n),
    onRetry: (retry) => progress.note(retryNotice('serve', retry)),
  });
  progress.finish();
  process.stderr.write(`papergraph: Neo4j at ${config.uri}: ${report.papers.created} papers created, ${report.papers.updated} updated, ${report.papers.unchanged} unchanged\n`);
  return readCorpus(config);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv, process.env);
  const neo4j = process.env.NEO4J_URI ? neo4jConfigFromEnv() : undefined;
  // Bind first: a taken port is reported at once, not after minutes of extraction, and early
  // requests get a clear 503 instead of a refused connection.
  let handler: RequestListener = stillLoading;
  const http = createServer((req, res) => handler(req, res));
  try {
    await listen(http, options.port, options.host);
    const { papers: extracted } = await extractFiles(options.files);
    if (extracted.length === 0) {
      noPapersRead('serve', options.files);
      return 1;
    }
    const papers = neo4j ? await throughNeo4j(neo4j, extracted) : extracted;
    const started = Date.now();
    const corpus = new Corpus(papers).prepare();
    const related = RelatedIndex.build(papers);
    process.stderr.write(`papergraph: layout, communities and indexes for ${corpus.graph.order} nodes in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
    handler = createApp(neo4j ? { corpus, related, neo4j } : { corpus, related });

    const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
    const { port } = http.address() as AddressInfo;
    console.log(
      `papergraph: serving ${counted(corpus.counts.papers, 'paper')} and ${counted(corpus.counts.entities, 'entity', 'entities')} ` +
        `(${neo4j ? `from Neo4j at ${neo4j.uri}` : 'in memory'}) at http://${shownHost}:${port}/  (Ctrl-C to stop)`,
    );
    await untilSignal();
    process.stderr.write('papergraph: stopping\n');
    return 0;
  } catch (error) {
    if (error instanceof Neo4jConnectionError) {
      process.stderr.write(`papergraph: serve: ${error.message}\n`);
      return 3;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(`papergraph: serve: port ${options.port} is in use; pass --port N (or PORT=N), or stop the other server\n`);
      return 3;
    }
    throw error;
  } finally {
    if (http.listening) {
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections(); // open keep-alive sockets would otherwise hold close() open
      await closed;
    }
    await closeDrivers();
  }
}

const STILL_LOADING = 'papergraph is still reading and extracting the corpus';

/** A browser opened too early waits on this page, which reloads itself until the explorer answers. */
const LOADING_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>papergraph: loading…</title></head>
<body><p>Loading… ${STILL_LOADING}; this page reloads itself when it is ready.</p></body>
</html>
`;

/** Answers until the app is ready: a page for a browser navigating to one, JSON for the API and scripts. */
export const stillLoading: RequestListener = (req, res) => {
  if (!/^\/api(?:[/?]|$)/.test(req.url ?? '/') && (req.headers.accept ?? '').includes('text/html')) {
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '2' });
    res.end(LOADING_PAGE);
    return;
  }
  res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
  res.end(JSON.stringify({ error: `${STILL_LOADING}; try again in a moment` }));
};

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export const serve: Command = { help: HELP, run };
