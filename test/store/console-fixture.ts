import type { Neo4jConfig } from '../../src/store/config.js';
import { getDriver, sessionConfig } from '../../src/store/driver.js';
import { readRows } from './graph-state.js';

/**
 * A small graph for the console's tests, written by the test's own WRITE session: two papers
 * evaluating one benchmark (so paths, relationships and explorer ids appear in results) and
 * `count` unconnected :ConsoleFixture nodes (enough for a cartesian product that runs for minutes).
 */
export async function seedConsoleFixture(config: Neo4jConfig, count = 300): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(
        `MERGE (b:Entity:Benchmark {key: 'consolebench'}) SET b.name = 'ConsoleBench', b.aliases = []
         WITH b UNWIND [['console-1', 'A console paper'], ['console-2', 'Another console paper']] AS p
         MERGE (paper:Paper {id: p[0]}) SET paper.title = p[1]
         MERGE (paper)-[r:EVALUATES]->(b) SET r.confidence = 0.9`,
      );
      await tx.run('UNWIND range(1, $count) AS i CREATE (:ConsoleFixture {v: i})', { count });
    });
  } finally {
    await session.close();
  }
}

export async function removeConsoleFixture(config: Neo4jConfig): Promise<void> {
  const session = getDriver(config).session(sessionConfig(config, 'WRITE'));
  try {
    await session.run(`MATCH (n) WHERE n:ConsoleFixture OR n.id IN ['console-1', 'console-2'] OR n.key = 'consolebench' DETACH DELETE n`);
  } finally {
    await session.close();
  }
}

/** Everything a write could change: counts, total property count, labels, types, indexes and constraints. */
export async function databaseFingerprint(config: Neo4jConfig): Promise<unknown> {
  const [data] = await readRows(
    config,
    `CALL { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties, sum(n.v) AS fixtureSum }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProperties }
     CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels }
     CALL { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
     RETURN nodes, nodeProperties, fixtureSum, relationships, relProperties, labels, types`,
  );
  const indexes = await readRows(config, 'SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const constraints = await readRows(config, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  return { data, indexes, constraints };
}
