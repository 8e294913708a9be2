import { afterAll, describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/store/cypher-files.js';
import { closeDrivers, getDriver, sessionConfig } from '../../src/store/driver.js';
import { applySchema, schemaStatements } from '../../src/store/schema.js';
import { testNeo4jConfig } from '../support/neo4j.js';

const config = testNeo4jConfig();
afterAll(async () => {
  await closeDrivers();
});

describe('schema', () => {
  it('splits a script on line-ending semicolons, dropping comment lines', () => {
    const script = "// header\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y);\n\n// next\nRETURN 'a;b' AS s;\nRETURN 1";
    expect(splitStatements(script)).toEqual(['CREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y)', "RETURN 'a;b' AS s", 'RETURN 1']);
  });

  it('applies every constraint and index, and applying it again changes nothing', async () => {
    expect(schemaStatements().every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
    await applySchema(config);
    const schemaNow = async (): Promise<string[]> => {
      const session = getDriver(config).session(sessionConfig(config, 'READ'));
      try {
        const rows = await session.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint RETURN name, type, labelsOrTypes, properties, owningConstraint');
        return rows.records.map((r) => JSON.stringify(r.toObject())).sort();
      } finally {
        await session.close();
      }
    };
    const afterFirst = await schemaNow();
    await applySchema(config);
    expect(await schemaNow()).toEqual(afterFirst);
    const session = getDriver(config).session(sessionConfig(config, 'READ'));
    try {
      const constraints = (await session.run('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type')).records.map((r) => r.toObject());
      const unique = constraints.filter((c) => c.type === 'UNIQUENESS').map((c) => `${c.labelsOrTypes}.${c.properties}`);
      expect(unique).toEqual(
        expect.arrayContaining(['Paper.id', 'Entity.uid', 'Model.key', 'Benchmark.key', 'Dataset.key', 'Technique.key', 'Task.key', 'Metric.key', 'Result.key']),
      );
      const fulltext = (await session.run("SHOW INDEXES YIELD name, type, properties WHERE type = 'FULLTEXT' RETURN name, properties")).records.map((r) => `${r.get('name')}:${r.get('properties')}`);
      expect(fulltext.sort()).toEqual(['entity_names:name,aliases', 'paper_text:title,abstract']);
    } finally {
      await session.close();
    }
  });
});
