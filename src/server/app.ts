import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Corpus } from '../graph/corpus.js';
import { packagePath } from '../package-root.js';
import type { Neo4jConfig } from '../store/config.js';
import { Neo4jConnectionError } from '../store/errors.js';
import type { RelatedSource, ServerContext } from './context.js';
import { HttpError } from './http-error.js';
import { createCypherRouter } from './routes/cypher.js';
import { entitiesRouter } from './routes/entities.js';
import { graphRouter } from './routes/graph.js';
import { healthRouter } from './routes/health.js';
import { papersRouter } from './routes/papers.js';
import { relatedRouter } from './routes/related.js';
import { searchRouter } from './routes/search.js';
import { sendJson } from './send.js';

export interface AppOptions {
  corpus: Corpus;
  /** The Neo4j the corpus was loaded into, if any: health reports on it. */
  neo4j?: Neo4jConfig;
  related?: RelatedSource;
  /** The built explorer; default `web/dist` of the package. */
  staticDir?: string;
}

/** Endpoints that take POST only: another method gets 405 saying so, not "no endpoint". */
const POST_ONLY = new Set(['/cypher', '/related']);

/** The papergraph HTTP server: the JSON API under /api and the explorer's static files. */
export function createApp(options: AppOptions): Express {
  const ctx: ServerContext = { corpus: options.corpus, source: options.neo4j ? 'neo4j' : 'memory' };
  if (options.neo4j) ctx.neo4j = options.neo4j;
  if (options.related) ctx.related = options.related;

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'weak');
  app.use(securityHeaders);

  // Bodies are parsed per route, each with its own size limit (the console's is larger).
  const api = express.Router();
  for (const router of [graphRouter, papersRouter, entitiesRouter, searchRouter, relatedRouter, healthRouter]) api.use(router(ctx));
  // Without Neo4j the console answers 503 with how to connect one.
  api.use(createCypherRouter({ neo4j: options.neo4j ?? null }));
  api.use((req, res) => {
    // "GET /api/cypher": the endpoint exists, for another method; say which.
    const post = req.method !== 'POST' && POST_ONLY.has(req.path);
    if (post) res.setHeader('Allow', 'POST');
    sendJson(req, res, { error: post ? `${req.method} /api${req.path} is not supported; send POST with a JSON body (see the README's JSON API)` : `no API endpoint ${req.method} /api${req.path}` }, post ? 405 : 404);
  });
  app.use('/api', api);

  const staticDir = options.staticDir ?? packagePath('web', 'dist');
  app.use(express.static(staticDir, { index: 'index.html', setHeaders: cacheHeaders }));
  app.use(spaFallback(staticDir));
  app.use(errorHandler);
  return app;
}

/**
 * The explorer draws with WebGL and runs ForceAtlas2 in a blob worker; nothing else is allowed,
 * so a paper title that smuggles markup has nowhere to load a script from.
 */
const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
      "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
};

/** Vite's assets carry a content hash in their name and never change; index.html must be revalidated to pick up a new build. */
function cacheHeaders(res: express.Response, path: string): void {
  res.set('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** Client-side routes (the view lives in the URL) get index.html; missing assets stay 404. */
function spaFallback(staticDir: string): RequestHandler {
  const indexFile = join(staticDir, 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!req.accepts('html') || /\.[a-z0-9]+$/i.test(req.path)) return next();
    if (!existsSync(indexFile)) {
      res.status(404).type('text/plain').send('The explorer is not built: run `npm run build` (the API is under /api).');
      return;
    }
    res.sendFile(indexFile, { headers: { 'Cache-Control': 'no-cache' } });
  };
}

/** Every error becomes `{error}` with a fitting status; details go to the server log, not the client. */
const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const { status, message } = describe(error);
  if (status >= 500 && !(error instanceof HttpError)) console.error(`papergraph serve: ${req.method} ${req.originalUrl}:`, error);
  sendJson(req, res, { error: message }, status);
};

function describe(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  const parserError = error as { type?: string; status?: number };
  if (parserError.type === 'entity.too.large') return { status: 413, message: 'request body too large' };
  if (parserError.type === 'entity.parse.failed') return { status: 400, message: 'request body is not valid JSON' };
  if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return { status: parserError.status, message: 'bad request' };
  }
  if (error instanceof Neo4jConnectionError) return { status: 503, message: error.message };
  return { status: 500, message: 'internal server error' };
}

