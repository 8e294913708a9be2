import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleError } from '../../src/store/console/errors.js';
import { tokenize } from '../../src/store/console/lexer.js';
import { toCypherParams } from '../../src/store/console/params.js';
import { checkPlan, type PlannedQuery } from '../../src/store/console/plan-guard.js';
import { DEFAULT_LIMITS, consoleLimitsFromEnv, consoleNeo4jConfig, runReadOnlyQuery } from '../../src/store/console/read-only-query.js';
import { checkStatically } from '../../src/store/console/static-guard.js';
import { closeDrivers, getDriver, sessionConfig } from '../../src/store/driver.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { removeConsoleFixture, seedConsoleFixture } from './console-fixture.js';

const config = testNeo4jConfig();

function rejection(run: () => unknown): ConsoleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConsoleError) return error;
    throw error;
  }
  throw new Error('expected a ConsoleError');
}

async function asyncRejection(run: () => Promise<unknown>): Promise<ConsoleError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConsoleError) return error;
    throw error;
  }
  throw new Error('expected a ConsoleError');
}

/** The EXPLAIN summary Neo4j gives for a query, through the test's own session. */
async function explain(query: string): Promise<PlannedQuery> {
  const session = getDriver(config).session(sessionConfig(config, 'READ'));
  try {
    return (await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`).summary())) as unknown as PlannedQuery;
  } finally {
    await session.close();
  }
}

describe('lexer', () => {
  it('keeps strings, comments and quoted names whole, so keywords inside them are not code', () => {
    const tokens = tokenize("MATCH (n) // CREATE\nWHERE n.t = 'a;\\'b' /* ; */ RETURN n.`we;ird` AS `x``y`");
    expect(tokens.filter((t) => t.kind === 'comment').map((t) => t.text)).toEqual(['// CREATE', '/* ; */']);
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.text)).toEqual(["'a;\\'b'"]);
    expect(tokens.filter((t) => t.kind === 'quoted').map((t) => t.value)).toEqual(['we;ird', 'x`y']);
    expect(tokens.some((t) => t.text === ';')).toBe(false);
  });

  it('reports an unterminated comment with its position', () => {
    const error = rejection(() => tokenize('RETURN 1\n  /* never closed'));
    expect(error.status).toBe(400);
    expect(error.position).toEqual({ line: 2, column: 3, offset: 11 });
  });
});

describe('static guard (no database needed)', () => {
  it('allows one trailing ; and strips it', () => {
    expect(checkStatically('RETURN 1 ; // done', 100)).toBe('RETURN 1');
  });

  it('refuses what Neo4j itself plans as a harmless read: LOAD CSV, SHOW, TERMINATE', () => {
    for (const query of ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'SHOW TRANSACTIONS', "TERMINATE TRANSACTIONS 'x'"]) {
      expect(rejection(() => checkStatically(query, 1000)).status).toBe(400);
    }
  });

  it('points at the offending procedure name', () => {
    const error = rejection(() => checkStatically('MATCH (n)\nCALL dbms.components()', 1000));
    expect(error.message).toMatch(/dbms\.components is not allowed/);
    expect(error.position).toEqual({ line: 2, column: 6, offset: 15 });
  });

  it('does not mistake properties, labels or map keys named like keywords for clauses', () => {
    const query = 'MATCH (n:Paper) WHERE n.use = 1 AND n.call IS NULL RETURN {load: 1, transactions: 2} AS m, n.csv';
    expect(checkStatically(query, 1000)).toBe(query);
  });

  it('refuses a namespaced function outside the built-in namespaces, even when backtick-quoted', () => {
    expect(rejection(() => checkStatically('RETURN `apoc`.text.join(["a"], ",")', 1000)).message).toMatch(/apoc\.text\.join/);
    expect(checkStatically("RETURN datetime.fromepoch(0) AS t, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d", 1000)).toMatch(/^RETURN/);
  });

  it('answers 413 for a query over the maximum length', () => {
    expect(rejection(() => checkStatically('RETURN 1', 7)).status).toBe(413);
  });
});

describe('plan guard on real EXPLAIN summaries (the second line of defence)', () => {
  it.each([
    ['a procedure outside the allow-list', 'CALL dbms.components()'],
    ['LOAD CSV, which Neo4j types as a read', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"],
    ['SHOW TRANSACTIONS, typed as a read', 'SHOW TRANSACTIONS'],
    ['TERMINATE TRANSACTIONS, typed as a read', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['a write', 'CREATE (n:Hack)'],
    ['a schema change', 'CREATE INDEX hack_idx IF NOT EXISTS FOR (n:Hack) ON (n.x)'],
  ])('rejects %s on its own', async (_what, query) => {
    const summary = await explain(query);
    expect(rejection(() => checkPlan(summary)).status).toBe(400);
  });

  it('accepts allow-listed procedures and plain reads', async () => {
    for (const query of ['CALL db.labels()', "CALL db.schema.visualization()", 'MATCH (n) RETURN n LIMIT 1']) {
      const summary = await explain(query);
      expect(() => checkPlan(summary)).not.toThrow();
    }
  });
});

describe('parameters', () => {
  it('turns whole numbers into Cypher integers and keeps other values', () => {
    const params = toCypherParams({ n: 3, x: 1.5, s: 'a', list: [1, 'b'], map: { k: null } });
    expect(String(params.n)).toBe('3');
    expect(typeof params.n).toBe('object');
    expect(params.x).toBe(1.5);
    expect(params.s).toBe('a');
    expect(params.map).toEqual({ k: null });
  });

  it('refuses names that are not parameter names', () => {
    expect(rejection(() => toCypherParams({ 'a b': 1 })).status).toBe(400);
  });
});

describe('limits from the environment', () => {
  it('reads each limit and refuses nonsense', () => {
    expect(consoleLimitsFromEnv({ PAPERGRAPH_CYPHER_TIMEOUT_MS: '1500', PAPERGRAPH_CYPHER_MAX_ROWS: '20' })).toEqual({ ...DEFAULT_LIMITS, timeoutMs: 1500, maxRows: 20 });
    expect(() => consoleLimitsFromEnv({ PAPERGRAPH_CYPHER_MAX_ROWS: '-1' })).toThrow(/PAPERGRAPH_CYPHER_MAX_ROWS/);
  });
});

describe('console Neo4j user', () => {
  it('uses a separate read-only user when one is configured, and the app\u2019s otherwise', () => {
    const base = { uri: 'bolt://db:7687', user: 'neo4j', password: 'secret', database: 'papers' };
    expect(consoleNeo4jConfig(base, {})).toBe(base);
    expect(consoleNeo4jConfig(base, { PAPERGRAPH_CYPHER_NEO4J_USER: 'console', PAPERGRAPH_CYPHER_NEO4J_PASSWORD: 'pw' })).toEqual({ ...base, user: 'console', password: 'pw' });
  });
});

describe('runReadOnlyQuery against the real Neo4j', () => {
  beforeAll(async () => {
    await removeConsoleFixture(config);
    await seedConsoleFixture(config, 50);
  });
  afterAll(async () => {
    await removeConsoleFixture(config);
    await closeDrivers();
  });

  it('returns columns, plain rows and graph elements with explorer ids', async () => {
    const response = await runReadOnlyQuery(config, { query: "MATCH (p:Paper {id: $id})-[r:EVALUATES]->(b) RETURN p, r, b.name AS name", params: { id: 'console-1' } });
    expect(response.columns).toEqual(['p', 'r', 'name']);
    expect(response.rows).toHaveLength(1);
    const row = response.rows[0]!;
    expect(row.name).toBe('ConsoleBench');
    expect((row.p as { properties: { id: string } }).properties.id).toBe('console-1');
    expect((row.r as { properties: { confidence: number } }).properties.confidence).toBe(0.9);
    const byGraphId = new Map(response.graph.nodes.map((n) => [n.graphId, n]));
    expect(byGraphId.get('p:console-1')?.label).toBe('A console paper');
    expect(byGraphId.get('e:Benchmark:consolebench')?.label).toBe('ConsoleBench');
    expect(response.graph.edges).toEqual([
      expect.objectContaining({ type: 'EVALUATES', source: byGraphId.get('p:console-1')!.id, target: byGraphId.get('e:Benchmark:consolebench')!.id }),
    ]);
  });

  it('fetches the end nodes of relationships returned alone, so they can be drawn', async () => {
    const response = await runReadOnlyQuery(config, { query: "MATCH (:Paper)-[r:EVALUATES]->(:Benchmark {key: 'consolebench'}) RETURN r" });
    expect(response.graph.edges).toHaveLength(2);
    expect(response.graph.nodes.map((n) => n.graphId).sort()).toEqual(['e:Benchmark:consolebench', 'p:console-1', 'p:console-2']);
  });

  it('passes whole-number parameters as integers (LIMIT $n works)', async () => {
    const response = await runReadOnlyQuery(config, { query: 'MATCH (n:ConsoleFixture) RETURN n.v AS v ORDER BY v LIMIT $n', params: { n: 2 } });
    expect(response.rows).toEqual([{ v: 1 }, { v: 2 }]);
  });

  it('stops at the row cap and says so', async () => {
    const response = await runReadOnlyQuery(config, { query: 'MATCH (n:ConsoleFixture) RETURN n.v AS v ORDER BY v' }, { ...DEFAULT_LIMITS, maxRows: 10 });
    expect(response.rows).toHaveLength(10);
    expect(response.truncated).toBe(true);
    const exact = await runReadOnlyQuery(config, { query: 'MATCH (n:ConsoleFixture) RETURN n.v AS v' }, { ...DEFAULT_LIMITS, maxRows: 50 });
    expect(exact.truncated).toBe(false);
  });

  it('stops when the rows grow past the size cap', async () => {
    const response = await runReadOnlyQuery(config, { query: "UNWIND range(1, 100) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'xxxxxxxxxx') AS big" }, { ...DEFAULT_LIMITS, maxResultBytes: 5_000 });
    expect(response.truncated).toBe(true);
    expect(response.rows.length).toBeLessThan(5);
  });

  it('refuses with 413 a first row larger than the size cap, without converting it', async () => {
    const error = await asyncRejection(() => runReadOnlyQuery(config, { query: 'RETURN range(1, 200000) AS r' }, { ...DEFAULT_LIMITS, maxResultBytes: 100_000 }));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/PAPERGRAPH_CYPHER_MAX_BYTES/);
  });

  it("reports a syntax error at Neo4j's position in the user's text (not shifted by the EXPLAIN line)", async () => {
    const error = await asyncRejection(() => runReadOnlyQuery(config, { query: 'MATCH (n)\nRETURN n ORDER BY' }));
    expect(error.status).toBe(400);
    expect(error.position).toEqual({ line: 2, column: 18, offset: 27 });
    expect(error.message).toMatch(/\(line 2, column 18 \(offset: 27\)\)/);
  });

  it('reports a runtime error as a 400 with Neo4j\u2019s message', async () => {
    const error = await asyncRejection(() => runReadOnlyQuery(config, { query: 'UNWIND [1, 0] AS x RETURN 1 / x' }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/by zero/i);
  });

  it('stops a query at the transaction timeout with 408', async () => {
    const started = Date.now();
    const error = await asyncRejection(() =>
      runReadOnlyQuery(config, { query: 'MATCH (a:ConsoleFixture), (b:ConsoleFixture), (c:ConsoleFixture), (d:ConsoleFixture), (e:ConsoleFixture) RETURN count(a.v + b.v + c.v + d.v + e.v)' }, { ...DEFAULT_LIMITS, timeoutMs: 1_000 }),
    );
    expect(error.status).toBe(408);
    expect(error.message).toMatch(/1 s limit/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
