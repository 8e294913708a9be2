import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Neo4jConfig } from '../../store/config.js';
import { ConsoleError } from '../../store/console/errors.js';
import { consoleLimitsFromEnv, consoleNeo4jConfig, startReadOnlyQuery, type ConsoleLimits } from '../../store/console/read-only-query.js';
import type { CypherErrorBody, SavedQueryInfo } from '../../store/console/types.js';
import { listSavedQueries } from '../../store/saved-queries.js';
import { sendJson } from '../send.js';
import { TokenBuckets, type RateLimit } from '../token-bucket.js';

export interface CypherRouterOptions {
  /** null: Neo4j is not configured, every request is a 503 saying how to connect one. */
  neo4j: Neo4jConfig | null;
  timeoutMs?: number;
  maxRows?: number;
  maxQueryLength?: number;
  maxResultBytes?: number;
  rateLimit?: RateLimit;
  /** Queries running at once across all clients; more is a 429. */
  maxConcurrent?: number;
}

const NOT_CONFIGURED =
  'The Cypher console needs Neo4j, and none is configured. Start one with `npm run neo4j` (Java 17 + Maven) or ' +
  '`docker compose up neo4j`, then restart the server with NEO4J_URI set (and NEO4J_USER / NEO4J_PASSWORD): `papergraph serve` loads its papers into it.';

function positiveFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] || fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${env[name]}".`);
  return value;
}

export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit {
  return { perMinute: positiveFromEnv(env, 'PAPERGRAPH_CYPHER_RATE_PER_MIN', 60), burst: positiveFromEnv(env, 'PAPERGRAPH_CYPHER_BURST', 10) };
}

/**
 * POST /cypher (mounted at /api): the console's guarded read-only query endpoint.
 * Request and response shapes: src/store/console/types.ts. Statuses: 400 rejected or invalid
 * query, 408 timed out, 413 too long, 429 rate-limited or busy, 503 Neo4j unavailable.
 * GET /cypher/saved: the saved queries of cypher/queries, the console's one-click examples.
 */
export function createCypherRouter(options: CypherRouterOptions): Router {
  const fromEnv = consoleLimitsFromEnv();
  const limits: ConsoleLimits = {
    ...fromEnv,
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options.maxRows !== undefined && { maxRows: options.maxRows }),
    ...(options.maxQueryLength !== undefined && { maxQueryLength: options.maxQueryLength }),
    ...(options.maxResultBytes !== undefined && { maxResultBytes: options.maxResultBytes }),
  };
  const neo4j = options.neo4j && consoleNeo4jConfig(options.neo4j);
  const buckets = new TokenBuckets(options.rateLimit ?? rateLimitFromEnv());
  const maxConcurrent = options.maxConcurrent ?? positiveFromEnv(process.env, 'PAPERGRAPH_CYPHER_CONCURRENCY', 4);
  let running = 0;

  const router = Router();
  // Room for the longest query plus its parameters; a bigger body is a 413 before it is parsed.
  router.use('/cypher', express.json({ limit: limits.maxQueryLength * 4 + 64_000 }));
  router.post('/cypher', async (req, res) => {
    const wait = buckets.take(req.ip ?? 'unknown');
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      throw new ConsoleError(429, `Too many console queries from this address; try again in ${wait} s.`);
    }
    if (!neo4j) throw new ConsoleError(503, NOT_CONFIGURED);
    if (running >= maxConcurrent) {
      res.set('Retry-After', '1');
      throw new ConsoleError(429, 'The console is busy with other queries; try again in a moment.');
    }
    const body = (req.body ?? {}) as { query?: unknown; params?: unknown };
    const { response, settled } = startReadOnlyQuery(neo4j, { query: body.query, params: body.params }, limits);
    // The slot is free when the driver is done, not when the client has its answer (see settled).
    running++;
    void settled.finally(() => running--);
    sendJson(req, res, await response);
  });
  let saved: SavedQueryInfo[] | null = null;
  router.get('/cypher/saved', (req, res) => {
    // Read once: the files ship with the package and do not change while the server runs.
    saved ??= listSavedQueries().map(({ name, question, example, cypher, parameters }) => ({ name, question, example, cypher, parameters }));
    sendJson(req, res, saved);
  });
  router.use('/cypher', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = errorStatus(error);
    if (status >= 500 && status !== 503) console.error('papergraph: /api/cypher failed:', error);
    sendJson(req, res, errorBody(error), status);
  });
  return router;
}

function errorStatus(error: unknown): number {
  if (error instanceof ConsoleError) return error.status;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/** Never a stack trace: console errors carry a message meant for the user; others a generic one. */
function errorBody(error: unknown): CypherErrorBody {
  if (error instanceof ConsoleError) return error.position ? { error: error.message, position: error.position } : { error: error.message };
  const { status, type } = error as { status?: number; type?: string };
  if (status === 413) return { error: 'The request body is too large for the console.' };
  if (type === 'entity.parse.failed') return { error: 'The request body is not valid JSON.' };
  if (typeof status === 'number' && status < 500) return { error: 'The request could not be read.' };
  return { error: 'The console failed unexpectedly; the server log has the details.' };
}
