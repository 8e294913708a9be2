import type { Record as Neo4jRecord, Transaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { getDriver, sessionConfig } from '../driver.js';
import { toPlain } from '../plain.js';
import { ConsoleError, fromDriverError, timeoutError } from './errors.js';
import { GraphCollector } from './graph-elements.js';
import { toCypherParams } from './params.js';
import { estimateSize } from './result-size.js';
import { checkPlan, type PlannedQuery } from './plan-guard.js';
import { checkStatically } from './static-guard.js';
import type { CypherResponse } from './types.js';

/** What one console query may cost. */
export interface ConsoleLimits {
  /** Transaction timeout, enforced by Neo4j. */
  timeoutMs: number;
  /** Rows returned at most; streaming stops at the next one. */
  maxRows: number;
  maxQueryLength: number;
  /** Estimated JSON size of the rows at most; a guard against few but huge rows. */
  maxResultBytes: number;
}

export const DEFAULT_LIMITS: ConsoleLimits = { timeoutMs: 5_000, maxRows: 1_000, maxQueryLength: 10_000, maxResultBytes: 8_000_000 };

const ENV_NAMES: Record<keyof ConsoleLimits, string> = {
  timeoutMs: 'PAPERGRAPH_CYPHER_TIMEOUT_MS',
  maxRows: 'PAPERGRAPH_CYPHER_MAX_ROWS',
  maxQueryLength: 'PAPERGRAPH_CYPHER_MAX_LENGTH',
  maxResultBytes: 'PAPERGRAPH_CYPHER_MAX_BYTES',
};

export function consoleLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof ConsoleLimits)[]) {
    const raw = env[ENV_NAMES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${ENV_NAMES[key]} must be a positive whole number, got "${raw}".`);
    limits[key] = value;
  }
  return limits;
}

/**
 * The Neo4j the console connects to: the app's, or, where the server has roles (Enterprise,
 * Aura), a user of its own with the built-in `reader` role, so the database itself refuses writes too.
 */
export function consoleNeo4jConfig(base: Neo4jConfig, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const user = env.PAPERGRAPH_CYPHER_NEO4J_USER;
  return user ? { ...base, user, password: env.PAPERGRAPH_CYPHER_NEO4J_PASSWORD ?? '' } : base;
}

/** The console puts this line in front of the user's query to plan it; error positions are shifted back. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';
/** How long past the transaction timeout the console waits before answering 408 itself. */
const WATCHDOG_GRACE_MS = 2_000;
/** Graph elements drawn at most; a result with more is still fully in `rows`. */
const MAX_GRAPH_ELEMENTS = 5_000;

/**
 * Runs a user's Cypher with every guard of the console: the static check, EXPLAIN and its plan
 * check, a READ-mode session and transaction with a server-side timeout, a row cap that stops
 * the stream, and a rollback at the end, so even a write that slipped through is never committed.
 * Used by both `POST /api/cypher` and `papergraph query`.
 */
export function runReadOnlyQuery(config: Neo4jConfig, request: { query: unknown; params?: unknown }, limits: ConsoleLimits = DEFAULT_LIMITS): Promise<CypherResponse> {
  return startReadOnlyQuery(config, request, limits).response;
}

/**
 * runReadOnlyQuery, also telling when the driver's work is over (`settled`): after the watchdog
 * has answered 408, a huge value can keep the driver busy receiving it, and a caller that limits
 * concurrent queries should count that query until then.
 */
export function startReadOnlyQuery(
  config: Neo4jConfig,
  request: { query: unknown; params?: unknown },
  limits: ConsoleLimits = DEFAULT_LIMITS,
): { response: Promise<CypherResponse>; settled: Promise<void> } {
  const started = performance.now();
  let run: Promise<Omit<CypherResponse, 'elapsedMs'>>;
  try {
    if (typeof request.query !== 'string') throw new ConsoleError(400, '`query` must be a string of Cypher.');
    run = guardedRun(config, checkStatically(request.query, limits.maxQueryLength), toCypherParams(request.params), limits);
  } catch (error) {
    return { response: Promise.reject(error), settled: Promise.resolve() };
  }
  const settled = run.then(
    () => undefined,
    () => undefined, // when the watchdog answers first, a late failure has no one to tell
  );
  // Neo4j enforces the transaction timeout; this watchdog covers what it cannot see: a server
  // that stops answering, or a huge value still on its way to us.
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(limits.timeoutMs)), limits.timeoutMs + WATCHDOG_GRACE_MS);
  });
  const response = Promise.race([run, watchdog])
    .then((result) => ({ ...result, elapsedMs: Math.round(performance.now() - started) }))
    .finally(() => clearTimeout(timer));
  return { response, settled };
}

async function guardedRun(config: Neo4jConfig, statement: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<Omit<CypherResponse, 'elapsedMs'>> {
  const session = getDriver(config).session({ ...sessionConfig(config, 'READ'), fetchSize: limits.maxRows + 1 });
  let tx: Transaction | undefined;
  try {
    tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'papergraph-console' } });
    const plan = await driverStep(config, limits, 1, () => tx!.run(EXPLAIN_PREFIX + statement, params).summary());
    checkPlan(plan as PlannedQuery);
    return await driverStep(config, limits, 0, () => stream(tx!, statement, params, limits));
  } catch (error) {
    throw error instanceof ConsoleError ? error : fromDriverError(error, { uri: config.uri, user: config.user, timeoutMs: limits.timeoutMs, shift: { lines: 0, chars: 0 } });
  } finally {
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

/** Runs a driver call and maps its errors, shifting positions when the query text was prefixed. */
async function driverStep<T>(config: Neo4jConfig, limits: ConsoleLimits, prefixLines: number, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConsoleError) throw error;
    const shift = { lines: prefixLines, chars: prefixLines ? EXPLAIN_PREFIX.length : 0 };
    throw fromDriverError(error, { uri: config.uri, user: config.user, timeoutMs: limits.timeoutMs, shift });
  }
}

async function stream(tx: Transaction, statement: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<Omit<CypherResponse, 'elapsedMs'>> {
  const result = tx.run(statement, params);
  const columns = (await result.keys()) as string[];
  const rows: Record<string, unknown>[] = [];
  const collector = new GraphCollector(MAX_GRAPH_ELEMENTS);
  let bytes = 0;
  let truncated = false;
  // Breaking out of the loop makes the driver DISCARD the rest: with fetchSize = maxRows + 1 the
  // server never sends more than one batch, however many rows the query would produce.
  for await (const record of result as AsyncIterable<Neo4jRecord>) {
    if (rows.length === limits.maxRows) {
      truncated = true;
      break;
    }
    bytes += estimateSize(record.toObject(), limits.maxResultBytes - bytes);
    if (bytes > limits.maxResultBytes) {
      if (rows.length === 0) throw new ConsoleError(413, `The first row alone is larger than the console's ${limits.maxResultBytes.toLocaleString('en')}-byte limit (PAPERGRAPH_CYPHER_MAX_BYTES). Return fewer or smaller values.`);
      truncated = true;
      break;
    }
    rows.push(toPlain(record.toObject()) as Record<string, unknown>);
    record.forEach((value) => collector.add(value));
  }
  await addMissingEndpoints(tx, collector);
  return { columns, rows, graph: collector.graph(), truncated };
}

/** A result of relationships alone still draws: fetch their end nodes in the same read transaction. */
async function addMissingEndpoints(tx: Transaction, collector: GraphCollector): Promise<void> {
  const ids = collector.missingEndpoints().slice(0, MAX_GRAPH_ELEMENTS);
  if (ids.length === 0) return;
  const result = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids });
  for (const record of result.records) collector.addNode(record.get('n'));
}
