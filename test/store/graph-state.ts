import type { Neo4jConfig } from '../../src/store/config.js';
import { getDriver, sessionConfig } from '../../src/store/driver.js';
import { toPlain } from '../../src/store/plain.js';

async function read<T>(config: Neo4jConfig, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map((r) => toPlain(r.toObject()) as T);
  } finally {
    await session.close();
  }
}

export async function clearDatabase(config: Neo4jConfig): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    // Relationships first, in small transactions: a hub entity's thousands of links in one go can exceed the server's transaction memory.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function graphCounts(config: Neo4jConfig): Promise<{ nodes: number; relationships: number }> {
  const [row] = await read<{ nodes: number; relationships: number }>(
    config,
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

/**
 * Every node (labels, identifying key, properties) and relationship (start key, type, end key,
 * properties) as sorted strings: two graphs are the same when their dumps are equal.
 */
export async function canonicalDump(config: Neo4jConfig): Promise<{ nodes: string[]; relationships: string[] }> {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]))
      : value;
  const id = 'coalesce(n.id, n.uid, n.key)';
  const nodes = await read<{ labels: string[]; props: unknown }>(config, `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await read<{ s: string; type: string; e: string; props: unknown }>(
    config,
    `MATCH (a)-[r]->(b) RETURN ${id.replaceAll('n.', 'a.')} AS s, type(r) AS type, ${id.replaceAll('n.', 'b.')} AS e, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), sorted(n.props)])).sort(),
    relationships: rels.map((r) => JSON.stringify([r.s, r.type, r.e, sorted(r.props)])).sort(),
  };
}

export { read as readRows };
