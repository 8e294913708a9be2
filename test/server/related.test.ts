import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperDetail, RelatedResponse, RelatedTextResponse } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { RelatedIndex } from '../../src/related/index.js';
import { fixtureCorpus } from '../graph/fixtures.js';
import { assertPlainJson, serve, type Running } from './serve-helpers.js';

let server: Running;
beforeAll(async () => {
  const papers = fixtureCorpus();
  server = await serve({ corpus: new Corpus(papers), related: RelatedIndex.build(papers) });
});
afterAll(() => server.close());

const post = (body: unknown, raw?: string) =>
  fetch(`${server.base}/api/related`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });

describe('related papers over HTTP', () => {
  it('ranks the papers sharing most with a paper first, with reasons, as graph ids', async () => {
    const res = await fetch(`${server.base}/api/related/${encodeURIComponent('p:2404.14469')}?k=2`);
    const body = (await res.json()) as RelatedResponse;
    assertPlainJson(body);
    expect(body.id).toBe('p:2404.14469');
    expect(body.related).toHaveLength(2);
    expect(body.related[0]).toMatchObject({ id: 'p:2306.14048', paperId: '2306.14048' });
    expect(body.related[0]!.why.length).toBeGreaterThan(0);
    expect(body.related.map((r) => r.paperId)).not.toContain('2404.14469');
  });

  it('puts the top 5 in the paper panel', async () => {
    const paper = (await (await fetch(`${server.base}/api/papers/2404.14469`)).json()) as PaperDetail;
    const ranked = (await (await fetch(`${server.base}/api/related/2404.14469?k=5`)).json()) as RelatedResponse;
    expect(ranked.related.length).toBeGreaterThan(0);
    expect(paper.related).toEqual(ranked.related);
  });

  it('validates k', async () => {
    expect((await fetch(`${server.base}/api/related/2404.14469?k=0`)).status).toBe(400);
    expect((await fetch(`${server.base}/api/related/2404.14469?k=x`)).status).toBe(400);
    expect((await fetch(`${server.base}/api/related/2404.14469?k=100000`)).status).toBe(200);
  });

  it('ranks papers for a pasted title and abstract', async () => {
    const res = await post({ title: 'Evicting the KV cache of Llama-2 7B', abstract: 'We evict tokens from the KV cache and evaluate on LongBench.', k: 3 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RelatedTextResponse;
    const top = body.related.slice(0, 2).map((r) => r.paperId).sort();
    expect(top).toEqual(['2306.14048', '2404.14469']);
  });

  it('rejects bad bodies with 400 and oversized ones with 413, as JSON', async () => {
    for (const body of [{}, { title: '', abstract: 'x' }, { title: 'x' }, { title: 'x', abstract: 'y', k: 0 }, { title: 'x'.repeat(1001), abstract: '' }]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(0);
    }
    expect((await post(null, '{"title": ')).status).toBe(400);
    expect((await post({ title: 'x', abstract: 'y'.repeat(100_000) })).status).toBe(413);
  });

  it('says an abstract is required when it is left out, not that it is too long', async () => {
    const res = await post({ title: 'My paper' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^"abstract" is required/);
  });
});
