import type { Neo4jConfig } from './config.js';
import { getDriver, sessionConfig } from './driver.js';
import { readCypherFile, splitStatements } from './cypher-files.js';

/** The statements of cypher/schema.cypher, in file order. */
export function schemaStatements(): string[] {
  return splitStatements(readCypherFile('schema.cypher'));
}

/**
 * Applies cypher/schema.cypher (every statement is IF NOT EXISTS, so this is safe on every load)
 * and waits until the indexes are online, so the load that follows uses them.
 */
export async function applySchema(config: Neo4jConfig): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    // Schema commands cannot share a transaction with other writes; each runs on its own.
    for (const statement of schemaStatements()) await session.executeWrite((tx) => tx.run(statement));
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

/**
 * Waits until the eventually consistent full-text indexes have applied every committed write, so
 * a search run after a load finds all it wrote.
 */
export async function awaitFullTextIndexes(config: Neo4jConfig): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    await session.run('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  } finally {
    await session.close();
  }
}
