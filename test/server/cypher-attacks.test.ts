import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCypherRouter, type CypherRouterOptions } from '../../src/server/routes/cypher.js';
import { TokenBuckets } from '../../src/server/token-bucket.js';
import { closeDrivers } from '../../src/store/driver.js';
import { bindParameters, listSavedQueries, parseParamArgs } from '../../src/store/saved-queries.js';
import type { CypherErrorBody, CypherResponse } from '../../src/store/console/types.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { databaseFingerprint, removeConsoleFixture, seedConsoleFixture } from '../store/console-fixture.js';

const config = testNeo4jConfig();
/** Shorter than the 5 s default so the suite stays quick; the limit is configurable, which this also shows. */
const TIMEOUT_MS = 2_000;

const servers: Server[] = [];
async function serve(options: CypherRouterOptions, trustProxy = false): Promise<string> {
  const app = express();
  if (trustProxy) app.set('trust proxy', true);
  app.use('/api', createCypherRouter(options));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cypher`;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: CypherResponse & CypherErrorBody; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as CypherResponse & CypherErrorBody, headers: response.headers };
}

let url: string;
/** Ordinary reads get a generous limit: a loaded CI machine must not turn them into timeouts. */
let readsUrl: string;
let before: unknown;
beforeAll(async () => {
  await removeConsoleFixture(config);
  await seedConsoleFixture(config);
  before = await databaseFingerprint(config);
  url = await serve({ neo4j: config, timeoutMs: TIMEOUT_MS, rateLimit: { perMinute: 1e6, burst: 1e6 } });
  readsUrl = await serve({ neo4j: config, timeoutMs: 20_000, rateLimit: { perMinute: 1e6, burst: 1e6 } });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await removeConsoleFixture(config);
  await closeDrivers();
});

/** [what the attack tries, the query, the expected status]; params where the attack needs them. */
const attacks: [string, string, number][] = [
  ['CREATE', 'CREATE (n:Hack) RETURN n', 400],
  ['MERGE', "MERGE (n:Hack {x: 1}) RETURN n", 400],
  ['SET', 'MATCH (n:ConsoleFixture) SET n.hacked = true', 400],
  ['REMOVE', 'MATCH (n:ConsoleFixture) REMOVE n.v', 400],
  ['SET label', 'MATCH (n:ConsoleFixture) SET n:Hack', 400],
  ['DELETE', 'MATCH (n:ConsoleFixture) DELETE n', 400],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 400],
  ['DELETE a relationship', 'MATCH ()-[r:EVALUATES]->() DELETE r', 400],
  ['FOREACH with CREATE', 'FOREACH (i IN range(1, 3) | CREATE (:Hack {i: i}))', 400],
  ['FOREACH with SET', 'MATCH (n:ConsoleFixture) FOREACH (x IN [1] | SET n.y = x)', 400],
  ['CREATE INDEX', 'CREATE INDEX hack_idx FOR (n:Hack) ON (n.x)', 400],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hack_c FOR (n:Hack) REQUIRE n.x IS UNIQUE', 400],
  ['CREATE FULLTEXT INDEX', 'CREATE FULLTEXT INDEX hack_ft FOR (n:Hack) ON EACH [n.x]', 400],
  ['DROP INDEX', 'DROP INDEX hack_idx IF EXISTS', 400],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT hack_c IF EXISTS', 400],
  ['write after a block comment', '/* just reading */ CREATE (n:Hack)', 400],
  ['write after a line comment', '// MATCH (n) RETURN n\nCREATE (n:Hack)', 400],
  ['write after a comment holding a ;', 'MATCH (n) /* ; */ WITH n LIMIT 1 CREATE (m:Hack)', 400],
  ['write in a CALL subquery', 'MATCH (n:ConsoleFixture) WITH n LIMIT 1 CALL { WITH n SET n.hacked = true } RETURN 1', 400],
  ['write in a unit CALL subquery', 'CALL { CREATE (:Hack) } RETURN 1', 400],
  ['write in a scoped CALL subquery', 'MATCH (n:ConsoleFixture) CALL (n) { SET n.hacked = true } RETURN count(*)', 400],
  ['write in a UNION branch', 'RETURN 1 AS x UNION ALL MATCH (n:ConsoleFixture) SET n.h = 1 RETURN 2 AS x', 400],
  ['write after ;', 'RETURN 1; CREATE (n:Hack)', 400],
  ['delete after ; and spaces', 'MATCH (n) RETURN n LIMIT 1 ;   MATCH (n) DETACH DELETE n', 400],
  ['write after a ; hidden by a string', 'MATCH (n) RETURN "; " AS s; CREATE (n:Hack)', 400],
  ['mixed-case write', 'cReAtE (n:Hack)', 400],
  ['lower-case detach delete', 'match (n) detach delete n', 400],
  ['backtick-quoted label write', 'CREATE (n:`Hack`)', 400],
  ['fullwidth unicode CREATE', 'ＣＲＥＡＴＥ (n:Hack)', 400],
  ['zero-width space in CREATE', 'CRE\u200bATE (n:Hack)', 400],
  ['LOAD CSV of /etc/passwd', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 400],
  ['load csv over http, lower case', "load csv with headers from 'http://127.0.0.1:1/x.csv' AS r RETURN r", 400],
  ['LOAD CSV after a comment', "/* x */ LOAD /* y */ CSV FROM 'file:///etc/passwd' AS line RETURN line", 400],
  ['dbms.security.createUser', "CALL dbms.security.createUser('eve', 'secret123', false)", 400],
  ['dbms.killQueries', "CALL dbms.killQueries(['query-1'])", 400],
  ['dbms.listConfig', 'CALL dbms.listConfig()', 400],
  ['dbms.components (harmless but not allowed)', 'CALL dbms.components()', 400],
  ['dbms procedure with backticks', 'CALL `dbms`.`components`()', 400],
  ['dbms procedure split by comments', 'CALL /* sneaky */ dbms . /* */ components ( )', 400],
  ['OPTIONAL CALL dbms', 'OPTIONAL CALL dbms.components() YIELD name RETURN name', 400],
  ['dbms in a UNION branch', 'RETURN "x" AS name UNION CALL dbms.components() YIELD name RETURN name', 400],
  ['dbms in a subquery', 'CALL { CALL dbms.components() YIELD name RETURN name } RETURN name', 400],
  ['db.createLabel', "CALL db.createLabel('Hack')", 400],
  ['db.createProperty', "CALL db.createProperty('hack')", 400],
  ['apoc procedure', "CALL apoc.load.json('file:///etc/passwd')", 400],
  ['apoc function', 'RETURN apoc.version() AS v', 400],
  ['CALL IN TRANSACTIONS with a write', 'MATCH (n:ConsoleFixture) CALL { WITH n SET n.h = 1 } IN TRANSACTIONS OF 10 ROWS', 400],
  ['CALL IN TRANSACTIONS, read-only body', 'MATCH (n:ConsoleFixture) CALL { WITH n RETURN n.v AS v } IN TRANSACTIONS RETURN v', 400],
  ['SHOW TRANSACTIONS (other sessions\u2019 queries)', 'SHOW TRANSACTIONS', 400],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 400],
  ['SHOW USERS', 'SHOW USERS', 400],
  ['USE another database', 'USE system SHOW USERS', 400],
  ['USE in a subquery', 'CALL { USE system RETURN 1 AS x } RETURN x', 400],
  ['PROFILE (would execute)', 'PROFILE MATCH (n) SET n.x = 1', 400],
  ['query options prefix', 'CYPHER runtime=slotted CREATE (n:Hack)', 400],
  ['unterminated string', "RETURN 'abc", 400],
  ['empty query', '  // nothing\n', 400],
];

describe('POST /api/cypher under attack', () => {
  it.each(attacks)('rejects %s', async (_what, query, status) => {
    const { status: got, body } = await post(url, { query });
    expect(got).toBe(status);
    expect(typeof body.error).toBe('string');
    expect(body).not.toHaveProperty('rows');
  });

  it('says the console is read-only when a write is rejected', async () => {
    const { body } = await post(url, { query: 'MERGE (n:Hack) RETURN n' });
    expect(body.error).toMatch(/console is read-only/i);
  });

  it('passes a parameter as a value: an injection attempt inside it matches nothing and changes nothing', async () => {
    const { status, body } = await post(url, {
      query: 'MATCH (n:ConsoleFixture) WHERE n.v = $v RETURN n',
      params: { v: '1}) DETACH DELETE n //' },
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
  });

  it('rejects parameters that are not a JSON map of values', async () => {
    expect((await post(url, { query: 'RETURN 1', params: [1, 2] })).status).toBe(400);
    expect((await post(url, { query: 'RETURN $x', params: { 'x) RETURN 1 //': 1 } })).status).toBe(400);
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect((await post(url, { query: 'RETURN $x', params: { x: deep } })).status).toBe(400);
  });

  it('rejects a body that is not JSON or has no query', async () => {
    expect((await post(url, '{"query": ')).status).toBe(400);
    expect((await post(url, { params: {} })).status).toBe(400);
    expect((await post(url, { query: ['RETURN 1'] })).status).toBe(400);
  });

  it('cuts a cartesian product that would run for minutes at the time limit', async () => {
    const started = Date.now();
    const { status, body } = await post(url, { query: 'MATCH (a:ConsoleFixture), (b:ConsoleFixture), (c:ConsoleFixture), (d:ConsoleFixture) WHERE a.v + b.v + c.v + d.v < 0 RETURN count(*)' });
    const elapsed = Date.now() - started;
    expect(status).toBe(408);
    expect(body.error).toMatch(/PAPERGRAPH_CYPHER_TIMEOUT_MS/);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 4_000);
  });

  it('truncates a million-row result at the row cap without streaming the rest', async () => {
    const started = Date.now();
    const { status, body } = await post(url, { query: 'UNWIND range(1, 1000000) AS x RETURN x' });
    expect(status).toBe(200);
    expect(body.truncated).toBe(true);
    expect(body.rows).toHaveLength(1000);
    expect(body.rows[999]).toEqual({ x: 1000 });
    // Streaming all million rows through the driver takes about 7 s here (and would hit the 2 s
    // transaction timeout); stopping at the cap takes a fraction of a second.
    expect(Date.now() - started).toBeLessThan(2 * TIMEOUT_MS);
  });

  it('refuses a single row bigger than the response cap with 413', async () => {
    const capped = await serve({ neo4j: config, maxResultBytes: 1_000_000, rateLimit: { perMinute: 1e6, burst: 1e6 } });
    const { status, body } = await post(capped, { query: 'RETURN range(1, 300000) AS r' });
    expect(status).toBe(413);
    expect(body.error).toMatch(/first row alone is larger/);
  });

  it('refuses a 1 MB query with 413 before parsing it', async () => {
    const query = `RETURN '${'x'.repeat(1_000_000)}' AS big`;
    const { status, body } = await post(url, { query });
    expect(status).toBe(413);
    // The body-size limit answers before the JSON is parsed, let alone the query.
    expect(body.error).toBe('The request body is too large for the console.');
  });

  it('refuses a query one character over the maximum length with 413', async () => {
    const query = `RETURN 1 AS x ${' '.repeat(10_000 - 14)}`;
    expect(query.length).toBe(10_000);
    expect((await post(url, { query })).status).toBe(200);
    expect((await post(url, { query: query + ' ' })).status).toBe(413);
  });

  it('still answers, and the database is exactly as before', async () => {
    const { status, body } = await post(url, { query: 'MATCH (n:ConsoleFixture) RETURN count(n) AS n' });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ n: 300 }]);
    expect(await databaseFingerprint(config)).toEqual(before);
  });
});

describe('POST /api/cypher ordinary reads', () => {
  const reads: [string, string, Record<string, unknown>?][] = [
    ['a pattern with a relationship', 'MATCH (p:Paper)-[r:EVALUATES]->(b:Benchmark {key: $key}) RETURN p.title AS title ORDER BY title', { key: 'consolebench' }],
    ['a path', "MATCH path = (:Paper {id: 'console-1'})-->(:Benchmark) RETURN path"],
    ['an aggregation with LIMIT $n', 'MATCH (n:ConsoleFixture) RETURN n.v AS v ORDER BY v LIMIT $n', { n: 3 }],
    ['db.labels()', 'CALL db.labels() YIELD label RETURN label ORDER BY label'],
    ['db.relationshipTypes()', 'CALL db.relationshipTypes()'],
    ['db.propertyKeys()', 'CALL db.propertyKeys()'],
    ['db.schema.visualization()', 'CALL db.schema.visualization()'],
    ['db.schema.nodeTypeProperties()', 'CALL db.schema.nodeTypeProperties()'],
    ['keywords inside strings and comments', "MATCH (n:ConsoleFixture) // CREATE (x)\nWHERE 'LOAD CSV; DELETE' <> 'x' RETURN count(n) AS n; "],
    ['built-in namespaced functions', "RETURN date('2024-01-02').year AS y, duration.between(date('2024-01-01'), date('2024-01-02')).days AS d"],
    ['EXISTS and COUNT subqueries', 'MATCH (p:Paper) WHERE EXISTS { (p)-[:EVALUATES]->() } RETURN p.id AS id, COUNT { (p)-->() } AS links'],
  ];
  it.each(reads)('runs %s', async (_what, query, params) => {
    const { status, body } = await post(readsUrl, { query, params });
    expect(status, body.error).toBe(200);
    expect(Array.isArray(body.columns)).toBe(true);
    expect(body.truncated).toBe(false);
    expect(typeof body.elapsedMs).toBe('number');
  });

  it.each(listSavedQueries().map((q) => [q.name, q] as const))('runs the saved query %s with its example parameters', async (_name, saved) => {
    const example = [...saved.example.matchAll(/--param (\S+)/g)].map((m) => m[1]!);
    const params = bindParameters(saved, parseParamArgs(example));
    const { status, body } = await post(readsUrl, { query: saved.cypher, params });
    expect(status, body.error).toBe(200);
    expect(body.columns.length).toBeGreaterThan(0);
  });

  it('lists the saved queries for the console', async () => {
    const response = await fetch(url.replace(/cypher$/, 'cypher/saved'));
    const saved = (await response.json()) as { name: string; cypher: string }[];
    expect(saved.map((q) => q.name)).toEqual(listSavedQueries().map((q) => q.name));
    expect(saved.every((q) => q.cypher.length > 0)).toBe(true);
  });

  it('returns rows and the graph elements of a path', async () => {
    const { body } = await post(url, { query: "MATCH path = (:Paper {id: 'console-1'})-[:EVALUATES]->(:Benchmark) RETURN path" });
    expect(body.columns).toEqual(['path']);
    expect(body.graph.nodes.map((n) => n.graphId).sort()).toEqual(['e:Benchmark:consolebench', 'p:console-1']);
    expect(body.graph.edges).toHaveLength(1);
    expect(body.graph.edges[0]!.type).toBe('EVALUATES');
  });
});

describe('rate limit and availability', () => {
  it('answers 429 with Retry-After once a client has spent its burst, per client address', async () => {
    const limited = await serve({ neo4j: config, rateLimit: { perMinute: 6, burst: 3 } }, true);
    const alice = { 'x-forwarded-for': '203.0.113.1' };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(limited, { query: 'RETURN 1 AS one' }, alice)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await post(limited, { query: 'RETURN 1 AS one' }, alice);
    // One token every 10 s at 6 per minute: the client is told to wait at most that long.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
    expect(refused.body.error).toMatch(/too many/i);
    expect((await post(limited, { query: 'RETURN 1 AS one' }, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });

  it('answers 429 while the maximum number of queries is already running', async () => {
    const busy = await serve({ neo4j: config, timeoutMs: 1_500, maxConcurrent: 1, rateLimit: { perMinute: 1e6, burst: 1e6 } });
    const slow = post(busy, { query: 'MATCH (a:ConsoleFixture), (b:ConsoleFixture), (c:ConsoleFixture), (d:ConsoleFixture) RETURN count(a.v + b.v + c.v + d.v)' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await post(busy, { query: 'RETURN 1 AS one' });
    expect(second.status).toBe(429);
    expect((await slow).status).toBe(408);
    expect((await post(busy, { query: 'RETURN 1 AS one' })).status).toBe(200);
  });

  it('refills a client\u2019s bucket over time', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 2 }, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 1]);
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
  });

  it('answers 503 with how to connect Neo4j when none is configured', async () => {
    const none = await serve({ neo4j: null });
    const { status, body } = await post(none, { query: 'RETURN 1' });
    expect(status).toBe(503);
    expect(body.error).toMatch(/NEO4J_URI/);
    expect(body.error).toMatch(/npm run neo4j/);
  });

  it('answers 503 when the configured Neo4j cannot be reached', async () => {
    const down = await serve({ neo4j: { ...config, uri: 'bolt://127.0.0.1:1' } });
    const { status, body } = await post(down, { query: 'RETURN 1' });
    expect(status).toBe(503);
    expect(body.error).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('answers 503 naming NEO4J_USER and NEO4J_PASSWORD when Neo4j refuses the password, not "cannot reach"', async () => {
    const refused = await serve({ neo4j: { ...config, password: 'not-the-password' } });
    const { status, body } = await post(refused, { query: 'RETURN 1' });
    expect(status).toBe(503);
    expect(body.error).toMatch(/refused the credentials of user "neo4j".*NEO4J_USER and NEO4J_PASSWORD/);
  });
});
