/**
 * Loads extracted papers into Neo4j in batches: one `executeWrite` transaction per batch, each
 * statement an `UNWIND $rows` (MERGE for papers and entities, CREATE for links and results, which
 * are only written where none can exist yet). A paper is written only when its fingerprint (hash of the
 * paper and its extraction) differs from the stored one; a changed paper's old links and results
 * are deleted and its new ones written in the same transaction, so readers never see it without
 * links or with stale ones. Every batch is idempotent, so an interrupted load run again from the
 * start ends with exactly the graph an uninterrupted load gives (committed batches are skipped as
 * unchanged; a batch cut off mid-transaction was rolled back and is written again).
 */
import type { Integer, ManagedTransaction, QueryResult, Transaction } from 'neo4j-driver';
import { ENTITY_TYPES, ROLES, type ExtractedPaper } from '../extraction/types.js';
import type { Neo4jConfig } from './config.js';
import { getDriver, sessionConfig, verifyNeo4j } from './driver.js';
import { batchRows, paperHash, rowCounts, type BatchRows, type LinkRow } from './rows.js';
import { applySchema, awaitFullTextIndexes } from './schema.js';
import * as S from './statements.js';

/** Papers per transaction; chosen by measurement (see cypher/README.md, "Batch size"). */
export const DEFAULT_BATCH_SIZE = 500;

export interface LoadOptions {
  batchSize?: number;
  /** Recorded on every link and result so each can be traced to the extractor version. */
  extractor: string;
  /** Report what would change without writing anything. */
  dryRun?: boolean;
  /** How many times to retry a batch while the server is unreachable (default DEFAULT_RETRIES); 0 gives up at once. */
  retries?: number;
  /** Called before each retry, so a user watching a load that stalls learns why and for how long. */
  onRetry?: (retry: RetryNotice) => void;
  /** Called after every batch (committed, or assessed in a dry run). */
  onBatch?: (papers: number, report: LoadReport) => void;
}

/**
 * Retries of a batch while Neo4j is unreachable: waits of 1, 2, 4, 8 and then 16 s, 111 s in all,
 * enough to outlast a server restart (the loader's patience when the driver retried first, 30 s a time).
 */
export const DEFAULT_RETRIES = 10;

/** A batch is about to be retried: which retry of how many, after how long, and the error that caused it. */
export interface RetryNotice {
  attempt: number;
  of: number;
  delayMs: number;
  error: unknown;
}

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

export interface LoadReport {
  dryRun: boolean;
  papers: { read: number; created: number; updated: number; unchanged: number };
  /** From the driver's summary counters (zero in a dry run). */
  counters: Counters;
  /** Dry run only: what the write would do. */
  wouldCreate?: { entities: number; links: number; results: number };
  wouldReplace?: { links: number; results: number };
  batches: number;
  /** Batches that found Neo4j unavailable at least once (each may have been retried several times). */
  interruptions: number;
  /** Retries of those batches, all told. */
  retries: number;
}

const emptyCounters = (): Counters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 });

function addCounters(into: Counters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
  into.propertiesSet += u.propertiesSet;
  into.labelsAdded += u.labelsAdded;
}

/** Loads papers (any iterable, streamed batch by batch) and reports what changed. */
export async function loadPapers(
  config: Neo4jConfig,
  papers: Iterable<ExtractedPaper> | AsyncIterable<ExtractedPaper>,
  options: LoadOptions,
): Promise<LoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  await verifyNeo4j(config);
  if (!options.dryRun) await applySchema(config);
  const report: LoadReport = {
    dryRun: Boolean(options.dryRun),
    papers: { read: 0, created: 0, updated: 0, unchanged: 0 },
    counters: emptyCounters(),
    batches: 0,
    interruptions: 0,
    retries: 0,
  };
  if (options.dryRun) {
    report.wouldCreate = { entities: 0, links: 0, results: 0 };
    report.wouldReplace = { links: 0, results: 0 };
  }
  const dryRunEntities = new Set<string>();
  // The same paper id twice in one batch: the later record wins (as it would across batches).
  let pending = new Map<string, ExtractedPaper>();
  // One transaction at a time, in input order; the next batch is read and turned into rows while
  // the current one is written, so the client's work overlaps the server's.
  let inflight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  const settle = async () => {
    await inflight;
    if (failure) throw failure.error;
  };
  const flush = async () => {
    if (pending.size === 0) return;
    const batch = prepare([...pending.values()], options.extractor);
    pending = new Map();
    await settle();
    const work = options.dryRun
      ? assessBatch(config, batch, options.extractor, report, dryRunEntities)
      : withReconnect({ retries: options.retries ?? DEFAULT_RETRIES, onRetry: options.onRetry }, report, () => writeBatch(config, batch, options.extractor, report));
    inflight = work.then(
      () => {
        report.batches++;
        options.onBatch?.(batch.items.length, report);
      },
      (error: unknown) => {
        failure = { error };
      },
    );
  };
  for await (const item of papers) {
    // A synchronous source never yields to the event loop; let the driver's I/O in now and then.
    if (++report.papers.read % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    pending.delete(item.paper.id);
    pending.set(item.paper.id, item);
    if (pending.size >= batchSize) await flush();
  }
  await flush();
  await settle();
  if (report.papers.created + report.papers.updated > 0 && !options.dryRun) await awaitFullTextIndexes(config);
  return report;
}

/** Waits before retry `attempt` (1-based): 1, 2, 4, 8, 16 s, then 16 s, so a restarting server has time to come back. */
export const retryDelayMs = (attempt: number): number => 1000 * 2 ** Math.min(attempt - 1, 4);

export interface RetryPolicy {
  retries: number;
  onRetry?: ((retry: RetryNotice) => void) | undefined;
  /** How to wait; a test passes one that does not. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Retries a batch while the server is down or restarting, announcing each retry; the last error is
 * thrown once the retries are spent.
 */
export async function withReconnect(policy: RetryPolicy, report: Pick<LoadReport, 'interruptions' | 'retries'>, work: () => Promise<void>): Promise<void> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isConnectionError(error) || attempt > policy.retries) throw error;
      if (attempt === 1) report.interruptions++;
      report.retries++;
      const delayMs = retryDelayMs(attempt);
      policy.onRetry?.({ attempt, of: policy.retries, delayMs, error });
      await sleep(delayMs);
    }
  }
}

/** True for errors that mean the server went away or is busy: worth retrying, or resuming later. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || (error as { retriable?: boolean }).retriable === true || code.startsWith('Neo.TransientError');
}

/** A batch with its papers' fingerprints and the rows to write if every paper in it is new (the common case). */
interface PreparedBatch {
  items: ExtractedPaper[];
  hashes: Map<string, string>;
  rows: BatchRows;
}

function prepare(items: ExtractedPaper[], extractor: string): PreparedBatch {
  const hashes = new Map(items.map((item) => [item.paper.id, paperHash(item, extractor)]));
  return { items, hashes, rows: batchRows(items, extractor, hashes) };
}

/** Splits a batch by what is stored: new papers, changed ones (different fingerprint), the rest unchanged. */
function classify(batch: PreparedBatch, stored: Map<string, string | null>): { created: ExtractedPaper[]; changed: ExtractedPaper[] } {
  const created = batch.items.filter((p) => !stored.has(p.paper.id));
  const changed = batch.items.filter((p) => stored.has(p.paper.id) && stored.get(p.paper.id) !== batch.hashes.get(p.paper.id));
  return { created, changed };
}

async function writeBatch(config: Neo4jConfig, batch: PreparedBatch, extractor: string, report: LoadReport): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    const outcome = await inTransaction(session.beginTransaction(), async (tx) => {
      const counters = emptyCounters();
      const stored = await storedHashes(tx, batch.items.map((p) => p.paper.id));
      const { created, changed } = classify(batch, stored);
      const toWrite = [...created, ...changed];
      if (toWrite.length === 0) return { counters, created: 0, updated: 0 };

      // replan=skip: a growing graph makes the server see its cached plans as stale and plan the
      // same statements again every few seconds; these plans (UNWIND, lookups by unique key or
      // id) do not depend on the statistics, so the cached one is always right.
      const run = async (query: string, params: Record<string, unknown>) => {
        const result = await tx.run(`CYPHER replan=skip ${query}`, params);
        addCounters(counters, result);
        return result;
      };
      let orphanCandidates: string[] = [];
      if (changed.length > 0) {
        const ids = changed.map((p) => p.paper.id);
        const deleted = await run(S.DELETE_PAPER_LINKS, { ids });
        orphanCandidates = (deleted.records[0]?.get('uids') as string[] | undefined) ?? [];
        await run(S.DELETE_PAPER_RESULTS, { ids });
      }
      const rows = created.length === batch.items.length ? batch.rows : batchRows(toWrite, extractor, batch.hashes);
      await writeRows(run, rows, extractor);
      // Variants, then families left without variants, up the lineage until a round deletes nothing.
      while (orphanCandidates.length) {
        const deleted = await run(S.DELETE_ORPHANS, { uids: orphanCandidates });
        orphanCandidates = (deleted.records[0]?.get('families') as string[] | undefined) ?? [];
      }
      return { counters, created: created.length, updated: changed.length };
    });
    for (const key of Object.keys(outcome.counters) as (keyof Counters)[]) report.counters[key] += outcome.counters[key];
    report.papers.created += outcome.created;
    report.papers.updated += outcome.updated;
    report.papers.unchanged += batch.items.length - outcome.created - outcome.updated;
  } finally {
    await session.close();
  }
}

/**
 * An explicit transaction rather than the driver's executeWrite, whose own retries kept a load silent
 * for 30 s before the loader could say the server was gone: withReconnect retries, and says so.
 */
async function inTransaction<T>(tx: Transaction, work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    const value = await work(tx);
    await tx.commit();
    return value;
  } catch (error) {
    // On a lost connection the rollback fails too; the error worth reporting is the first.
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

/**
 * Writes a batch's rows in two pipelined rounds. The first merges papers and entities and creates
 * results, each statement returning the internal id of every row's node; the second creates the
 * relationships, finding both ends by id. An id read in a transaction stays valid in it (Neo4j
 * reuses a deleted node's id only after every transaction open at the deletion has closed), and a
 * lookup by id costs the server far less than the locking unique-index seek a lookup by key is in a
 * writing query (see cypher/README.md, "Load benchmark").
 */
async function writeRows(run: Run, rows: BatchRows, extractor: string): Promise<void> {
  const types = ENTITY_TYPES.filter((type) => rows.entities[type].length > 0);
  const [papers, results, ...entities] = await Promise.all([
    run(S.MERGE_PAPERS, { rows: rows.papers, extractor }),
    // In the same round as the papers (statements run in order), so it finds its paper by key:
    // about one result per paper, against some twelve relationships per paper found by id below.
    rows.results.length ? run(S.CREATE_RESULTS, { rows: rows.results, extractor }) : undefined,
    ...types.map((type) => run(S.MERGE_ENTITIES[type], { rows: rows.entities[type] })),
  ]);
  const paperIds = nodeIds(papers!);
  const resultIds = results ? nodeIds(results) : new Map<string, number>();
  const entityIds = new Map<string, number>();
  for (const result of entities) nodeIds(result!, entityIds);
  const id = (ids: Map<string, number>, key: string): number => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`loader bug: no node written for ${key} in this batch`);
    return found;
  };

  // Relationship statements; `links` counts the relationships a CREATE must make (null for a MERGE).
  const statements: { query: string; params: Record<string, unknown>; links: number | null }[] = [];
  for (const role of ROLES) {
    const rowsById = rows.links[role].map((link) => linkById(link, id(paperIds, link.paper), id(entityIds, link.uid)));
    if (rowsById.length) statements.push({ query: S.CREATE_LINKS[role], params: { rows: rowsById, extractor }, links: rowsById.length });
  }
  if (rows.families.length) {
    const rowsById = rows.families.map((f) => ({ v: id(entityIds, S.entityUid('Model', f.variant)), f: id(entityIds, S.entityUid('Model', f.family)) }));
    statements.push({ query: S.MERGE_FAMILIES, params: { rows: rowsById }, links: null });
  }
  for (const field of S.RESULT_FIELDS) {
    const rowsById = rows.resultLinks[field].map((l) => ({ r: id(resultIds, l.result), e: id(entityIds, l.uid) }));
    if (rowsById.length) statements.push({ query: S.CREATE_RESULT_LINKS[field], params: { rows: rowsById }, links: rowsById.length });
  }
  const written = await Promise.all(statements.map(({ query, params }) => run(query, params)));
  // Every CREATE row must have found both its ends: a node deleted by a concurrent transaction
  // would silently drop its links, so that fails the batch (which then rolls back).
  written.forEach((result, i) => {
    const expected = statements[i]!.links;
    const made = result.summary.counters.updates().relationshipsCreated;
    if (expected !== null && made !== expected) throw new Error(`expected to create ${expected} relationships, created ${made}: a node of this batch was deleted concurrently`);
  });
}

/** A link row as sent: ends by id; `evidenceField` only when set (a missing key reads as null). */
function linkById(link: LinkRow, p: number, e: number): Record<string, unknown> {
  const row: Record<string, unknown> = { p, e, confidence: link.confidence, evidence: link.evidence, start: link.start, end: link.end };
  if (link.evidenceField) row.evidenceField = link.evidenceField;
  return row;
}

/** The node id of each key a statement returned (its rows' keys and the nodes it wrote for them). */
function nodeIds(result: QueryResult, into = new Map<string, number>()): Map<string, number> {
  const record = result.records[0];
  const keys = (record?.get('keys') ?? []) as string[];
  const nodes = (record?.get('nodes') ?? []) as Integer[];
  keys.forEach((key, i) => into.set(key, nodes[i]!.toNumber()));
  return into;
}

async function storedHashes(tx: ManagedTransaction | Transaction, ids: string[]): Promise<Map<string, string | null>> {
  const result = await tx.run(S.STORED_HASHES, { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('hash') as string | null]));
}

/** Dry run: classifies the batch and counts what a load would create or replace, writing nothing. */
async function assessBatch(config: Neo4jConfig, batch: PreparedBatch, extractor: string, report: LoadReport, seenEntities: Set<string>): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    await session.executeRead(async (tx) => {
      const stored = await storedHashes(tx, batch.items.map((p) => p.paper.id));
      const { created, changed } = classify(batch, stored);
      report.papers.created += created.length;
      report.papers.updated += changed.length;
      report.papers.unchanged += batch.items.length - created.length - changed.length;
      const rows = batchRows([...created, ...changed], extractor, batch.hashes);
      const uids = ENTITY_TYPES.flatMap((t) => rows.entities[t].map((e) => e.uid)).filter((uid) => !seenEntities.has(uid));
      const missing = (await tx.run(S.MISSING_ENTITIES, { uids })).records[0]?.get('missing') as string[];
      for (const uid of missing) seenEntities.add(uid);
      const counts = rowCounts(rows);
      report.wouldCreate!.entities += missing.length;
      report.wouldCreate!.links += counts.links;
      report.wouldCreate!.results += counts.results;
      if (changed.length) {
        const existing = (await tx.run(S.EXISTING_LINKS, { ids: changed.map((p) => p.paper.id) })).records[0];
        report.wouldReplace!.links += Number(existing?.get('links') ?? 0);
        report.wouldReplace!.results += Number(existing?.get('results') ?? 0);
      }
    });
  } finally {
    await session.close();
  }
}
