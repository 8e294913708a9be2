import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail, GraphView, Health, PaperDetail, RelatedResponse, SearchResponse } from '../../src/server/api-types.js';
import type { CypherResponse } from '../../src/store/console/types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { RelatedIndex } from '../../src/related/index.js';
import { closeDrivers } from '../../src/store/driver.js';
import { loadPapers } from '../../src/store/load.js';
import { readCorpus } from '../../src/store/read-corpus.js';
import { fixtureCorpus, XSS_TITLE } from '../graph/fixtures.js';
import { clearDatabase } from '../store/graph-state.js';
import { testNeo4jConfig } from '../support/neo4j.js';
import { assertPlainJson, serve, type Running } from './serve-helpers.js';

/** The server as `papergraph serve` runs it with NEO4J_URI set: loaded into, and read back from, the real Neo4j. */
const config = testNeo4jConfig();
let fromNeo4j: Running;
let inMemory: Running;

beforeAll(async () => {
  await clearDatabase(config);
  await loadPapers(config, fixtureCorpus(), { extractor: 'test' });
  const stored = await readCorpus(config);
  fromNeo4j = await serve({ corpus: new Corpus(stored), neo4j: config, related: RelatedIndex.build(stored) });
  inMemory = await serve({ corpus: new Corpus(fixtureCorpus()) });
});
afterAll(async () => {
  await fromNeo4j.close();
  await inMemory.close();
  await closeDrivers();
});

async function get<T>(server: Running, path: string): Promise<T> {
  const res = await fetch(server.base + path);
  expect(res.status, path).toBe(200);
  const body = (await res.json()) as T;
  assertPlainJson(body);
  return body;
}

describe('serving from Neo4j', () => {
  it('reports Neo4j connected and the stored corpus', async () => {
    expect(await get<Health>(fromNeo4j, '/api/health')).toEqual({ status: 'ok', neo4j: 'connected', source: 'neo4j', papers: 6, entities: 13 });
  });

  it('serves the same graph, layout and communities as the in-memory server', async () => {
    const stored = await get<GraphView>(fromNeo4j, '/api/graph');
    const memory = await get<GraphView>(inMemory, '/api/graph');
    expect(stored).toEqual(memory);
  });

  it('serves the same paper and entity panels, with plain numbers only', async () => {
    for (const path of ['/api/papers/2404.14469', `/api/papers/2501.00001`]) {
      expect(await get<PaperDetail>(fromNeo4j, path)).toMatchObject({ ...(await get<PaperDetail>(inMemory, path)), related: expect.any(Array) });
    }
    for (const id of ['e:Benchmark:longbench', 'e:Model:qwen2vl', 'e:Model:gpt4']) {
      const path = `/api/entities/${encodeURIComponent(id)}`;
      expect(await get<EntityDetail>(fromNeo4j, path)).toEqual(await get<EntityDetail>(inMemory, path));
    }
    expect((await get<PaperDetail>(fromNeo4j, '/api/papers/2501.00001')).title).toBe(XSS_TITLE);
    expect((await get<SearchResponse>(fromNeo4j, '/api/search?q=LongBench')).hits[0]!.id).toBe('e:Benchmark:longbench');
  });

  it('ranks related papers with reasons', async () => {
    const { id, related } = await get<RelatedResponse>(fromNeo4j, '/api/related/2404.14469?k=3');
    expect(id).toBe('p:2404.14469');
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]!.paperId).toBe('2306.14048');
    expect(related[0]!.why.join(' ')).toMatch(/LongBench|KV cache|Llama-2/);
  });

  it('answers the Cypher console from the same database', async () => {
    const res = await fetch(`${fromNeo4j.base}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (p:Paper) RETURN count(p) AS papers' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CypherResponse;
    assertPlainJson(body);
    expect(body.rows).toEqual([{ papers: 6 }]);
  });

  it('reports Neo4j unavailable and the server degraded, quickly, when it does not answer', async () => {
    const dead = await serve({ corpus: new Corpus(fixtureCorpus()), neo4j: { ...config, uri: 'bolt://127.0.0.1:1' } });
    try {
      const started = Date.now();
      expect(await get<Health>(dead, '/api/health')).toMatchObject({ status: 'degraded', neo4j: 'unavailable' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await dead.close();
    }
  });
});
