import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperDetail, RelatedResponse } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { RelatedIndex } from '../../src/related/index.js';
import { paper } from '../support/paper-fixture.js';
import { serve, type Running } from './serve-helpers.js';

/**
 * How the API names papers: an old-style arXiv id (with its slash), a new-style one, and a
 * versioned id the readers stored without its version.
 */
const papers = [
  paper('hep-th/9901001', 'Strings on a Lattice', 'We put strings on a lattice and evaluate on LatticeBench.', [
    { name: 'LatticeBench', type: 'Benchmark', role: 'evaluates' },
  ]),
  paper('2106.09685', 'LoRA: Low-Rank Adaptation of Large Language Models', 'We introduce LoRA and evaluate it on LatticeBench.', [
    { name: 'LoRA', type: 'Technique', role: 'introduces' },
    { name: 'LatticeBench', type: 'Benchmark', role: 'evaluates' },
  ]),
];

let server: Running;
beforeAll(async () => {
  server = await serve({ corpus: new Corpus(papers), related: RelatedIndex.build(papers) });
});
afterAll(() => server.close());

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(server.base + path);
  return { status: res.status, body: await res.json() };
}

describe('paper ids in API paths', () => {
  it.each(['/api/papers/hep-th/9901001', '/api/papers/hep-th%2F9901001', '/api/papers/p:hep-th/9901001'])('%s finds the old-style arXiv id with its slash', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'p:hep-th/9901001', paperId: 'hep-th/9901001', title: 'Strings on a Lattice' });
  });

  it('ranks related papers for an old-style id given with its slash', async () => {
    const { status, body } = await get('/api/related/hep-th/9901001?k=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'p:hep-th/9901001', related: [{ paperId: '2106.09685' }] });
  });

  it('resolves a versioned arXiv id to the stored unversioned paper, in both routes', async () => {
    const paperRes = await get('/api/papers/2106.09685v2');
    expect(paperRes.status).toBe(200);
    expect((paperRes.body as PaperDetail).paperId).toBe('2106.09685');
    const oldStyle = await get('/api/papers/hep-th/9901001v3');
    expect((oldStyle.body as PaperDetail).paperId).toBe('hep-th/9901001');
    const related = await get(`/api/related/${encodeURIComponent('p:2106.09685v1')}`);
    expect(related.status).toBe(200);
    expect((related.body as RelatedResponse).id).toBe('p:2106.09685');
  });

  it('keeps the 404 naming the id for unknown papers, slashed or versioned', async () => {
    for (const id of ['hep-th/9901002', '2106.09686v2', 'nothing/at/all']) {
      for (const route of ['papers', 'related']) {
        const { status, body } = await get(`/api/${route}/${id}`);
        expect(status, `${route}/${id}`).toBe(404);
        expect((body as { error: string }).error).toBe(`no paper with id "${id}"`);
      }
    }
  });
});
