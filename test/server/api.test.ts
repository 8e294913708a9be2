import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail, GraphView, Health, PaperDetail, SearchResponse } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { fixtureCorpus, XSS_TITLE } from '../graph/fixtures.js';
import { assertPlainJson, serve, type Running } from './serve-helpers.js';

let server: Running;
const staticDir = mkdtempSync(join(tmpdir(), 'papergraph-web-'));

beforeAll(async () => {
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>papergraph explorer</title>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(2)');
  server = await serve({ corpus: new Corpus(fixtureCorpus()), staticDir });
});
afterAll(() => server.close());

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await fetch(server.base + path);
  const text = await res.text();
  expect(res.status, `${path}: ${text}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as T;
  assertPlainJson(body);
  return body;
}
const error = async (path: string, status: number) => (await get<{ error: string }>(path, status)).error;

describe('GET /api/graph', () => {
  it('returns the positioned graph with communities and counts', async () => {
    const view = await get<GraphView>('/api/graph');
    expect(view.nodes).toHaveLength(6 + view.counts.byType.Model + view.counts.byType.Benchmark + view.counts.byType.Technique + view.counts.byType.Task);
    expect(view.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y) && n.size > 0)).toBe(true);
    expect(view.communities.length).toBeGreaterThan(1);
    expect(view.communities.every((c) => c.label.length > 0)).toBe(true);
    expect(view).toMatchObject({ truncated: false, limit: 1500 });
  });

  it('gives the same positions on every request', async () => {
    const a = await get<GraphView>('/api/graph');
    const b = await get<GraphView>('/api/graph?minDegree=0');
    expect(b.nodes.map((n) => [n.id, n.x, n.y])).toEqual(a.nodes.map((n) => [n.id, n.x, n.y]));
  });

  it('filters by types, roles and minimum degree', async () => {
    const view = await get<GraphView>('/api/graph?types=Paper,Benchmark&roles=evaluates,introduces&minDegree=1');
    expect(new Set(view.nodes.map((n) => n.type))).toEqual(new Set(['Paper', 'Benchmark']));
    expect(new Set(view.edges.map((e) => e.kind))).toEqual(new Set(['evaluates', 'introduces']));
  });

  it('caps the limit instead of failing, and truncates to it', async () => {
    expect((await get<GraphView>('/api/graph?limit=999999')).limit).toBe(5000);
    const small = await get<GraphView>('/api/graph?limit=2');
    expect(small.nodes).toHaveLength(2);
    expect(small.truncated).toBe(true);
  });

  it('expands a focus node (URL-encoded id) to its neighbourhood', async () => {
    const view = await get<GraphView>(`/api/graph?focus=${encodeURIComponent('e:Benchmark:videomme')}&hops=1`);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['e:Benchmark:videomme', 'p:2405.21075', 'p:2501.00001']);
  });

  it.each([
    ['/api/graph?types=Model,Bogus', /Bogus/],
    ['/api/graph?roles=cites', /cites/],
    ['/api/graph?limit=abc', /limit/],
    ['/api/graph?limit=0', /limit/],
    ['/api/graph?minDegree=-1', /minDegree/],
    ['/api/graph?hops=3&focus=p:2405.21075', /hops/],
    ['/api/graph?q=a&q=b', /q/],
    ['/api/graph?mindegree=2', /unknown parameter "mindegree"/],
  ])('%s is a 400 with a message', async (path, message) => {
    expect(await error(path, 400)).toMatch(message);
  });

  it('is a 404 for an unknown focus node', async () => {
    expect(await error('/api/graph?focus=e:Model:nothing', 404)).toMatch(/e:Model:nothing/);
  });

  it('gzips large responses for clients that accept it', async () => {
    const res = await fetch(`${server.base}/api/graph`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as GraphView).nodes.length).toBeGreaterThan(0);
  });
});

describe('GET /api/papers/:id', () => {
  it('returns a paper by node id or bare id, with marks, entities and results', async () => {
    const byNode = await get<PaperDetail>(`/api/papers/${encodeURIComponent('p:2404.14469')}`);
    const bare = await get<PaperDetail>('/api/papers/2404.14469');
    expect(bare).toEqual(byNode);
    expect(byNode).toMatchObject({ id: 'p:2404.14469', paperId: '2404.14469', url: 'https://arxiv.org/abs/2404.14469', related: null });
    expect(byNode.marks.length).toBeGreaterThan(0);
    expect(byNode.entities[0]).toMatchObject({ name: 'SnapKV', role: 'introduces' });
    expect(byNode.results[0]).toMatchObject({ subject: 'SnapKV', benchmarkId: 'e:Benchmark:longbench', value: 42.1 });
  });

  it('returns a title with markup verbatim, as data', async () => {
    const paper = await get<PaperDetail>('/api/papers/2501.00001');
    expect(paper.title).toBe(XSS_TITLE);
    const view = await get<GraphView>('/api/graph');
    expect(view.nodes.find((n) => n.id === 'p:2501.00001')?.label).toBe(XSS_TITLE);
  });

  it('is a 404 for an unknown paper', async () => {
    expect(await error('/api/papers/9999.99999', 404)).toMatch(/9999\.99999/);
  });
});

describe('GET /api/entities/:id', () => {
  it('returns papers by role, co-occurring entities, family and leaderboard', async () => {
    const e = await get<EntityDetail>(`/api/entities/${encodeURIComponent('e:Benchmark:longbench')}`);
    expect(e).toMatchObject({ name: 'LongBench', type: 'Benchmark' });
    expect(e.papersByRole.evaluates).toHaveLength(2);
    expect(e.leaderboard.map((r) => r.subject)).toEqual(['GPT-4', 'SnapKV', 'H2O']);
    const model = await get<EntityDetail>(`/api/entities/${encodeURIComponent('e:Model:llama2')}`);
    expect(model.family.variants.map((v) => v.id)).toEqual(['e:Model:llama27b']);
  });

  it('is a 404 for unknown ids and for paper ids', async () => {
    await error(`/api/entities/${encodeURIComponent('e:Model:nothing')}`, 404);
    await error(`/api/entities/${encodeURIComponent('p:2404.14469')}`, 404);
  });

  it('is a 400 for an id with control characters', async () => {
    await error(`/api/entities/${encodeURIComponent('e:Model:\u0001')}`, 400);
  });
});

describe('GET /api/search', () => {
  it('ranks the exact entity above prefix and fuzzy matches', async () => {
    const { hits } = await get<SearchResponse>('/api/search?q=LongBench');
    expect(hits[0]).toMatchObject({ id: 'e:Benchmark:longbench', kind: 'entity', type: 'Benchmark' });
    const typo = await get<SearchResponse>('/api/search?q=LongBnech');
    expect(typo.hits[0]!.id).toBe('e:Benchmark:longbench');
    expect(typo.hits[0]!.score).toBeLessThan(hits[0]!.score);
  });

  it('validates q and takes an oversized limit as the cap (50) instead of failing', async () => {
    await error('/api/search', 400);
    expect(await error('/api/search?query=x', 400)).toMatch(/"query"/);
    await error('/api/search?q=%20', 400);
    await error(`/api/search?q=${'x'.repeat(201)}`, 400);
    // The fixture has far fewer than 50 hits, so this pins the clamp (200, same hits), not a cut:
    // the cut is pinned in test/graph/search.test.ts, the clamp's arithmetic by the graph limit test.
    const many = await get<SearchResponse>('/api/search?q=e&limit=100000');
    expect(many.hits).toEqual((await get<SearchResponse>('/api/search?q=e&limit=50')).hits);
  });
});

describe('other endpoints', () => {
  it('reports health without Neo4j', async () => {
    expect(await get<Health>('/api/health')).toEqual({ status: 'ok', neo4j: 'not configured', source: 'memory', papers: 6, entities: 13 });
  });

  it('answers /api/related with 503 when no related index is wired, 404 for unknown papers first', async () => {
    await error('/api/related/9999.99999', 404);
    expect(await error('/api/related/2404.14469', 503)).toMatch(/related/);
  });

  it('answers the Cypher console with 503 saying how to connect Neo4j', async () => {
    const res = await fetch(`${server.base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }) });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(/NEO4J_URI/);
  });

  it('answers unknown API paths with a JSON 404 naming the whole path', async () => {
    expect(await error('/api/nothing', 404)).toBe('no API endpoint GET /api/nothing');
  });

  it('answers GET on a POST-only endpoint with 405, Allow: POST and how to call it', async () => {
    const res = await fetch(`${server.base}/api/cypher`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as { error: string }).error).toMatch(/^GET \/api\/cypher is not supported; send POST/);
  });

  it('sends no stack trace with a rejected parameter', async () => {
    const res = await fetch(`${server.base}/api/graph?types=Bogus`);
    expect(await res.text()).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('static explorer', () => {
  it('serves index.html for client routes and assets as files, with security headers', async () => {
    const page = await fetch(`${server.base}/some/view?node=p:1`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('papergraph explorer');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.base}/app.js`)).status).toBe(200);
    const asset = await fetch(`${server.base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.base}/missing.js`)).status).toBe(404);
  });
});
