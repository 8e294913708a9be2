import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { paper } from '../support/paper-fixture.js';
import { serve, type Running } from './serve-helpers.js';

/** One key with one entity (LongBench), one key two types share (Mamba, a model and a technique). */
const papers = [
  paper('2308.14508', 'LongBench: a benchmark for long context', 'We introduce LongBench and run Mamba on it.', [
    { name: 'LongBench', type: 'Benchmark', role: 'introduces' },
    { name: 'Mamba', type: 'Model', role: 'evaluates' },
  ]),
  paper('2312.00752', 'Mamba: linear-time sequence modeling', 'We introduce Mamba, a selective state space layer.', [
    { name: 'Mamba', type: 'Technique', role: 'introduces' },
  ]),
];

let server: Running;
beforeAll(async () => {
  server = await serve({ corpus: new Corpus(papers) });
});
afterAll(() => server.close());

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(server.base + path);
  return { status: res.status, body: await res.json() };
}

describe('entity ids in API paths', () => {
  it('takes a bare key that exactly one entity has as that entity', async () => {
    const byKey = await get('/api/entities/longbench');
    const byId = await get(`/api/entities/${encodeURIComponent('e:Benchmark:longbench')}`);
    expect(byKey.status).toBe(200);
    expect((byKey.body as EntityDetail).id).toBe('e:Benchmark:longbench');
    expect(byKey.body).toEqual(byId.body);
  });

  it('takes the name as written too, since it keys to the same key', async () => {
    expect(((await get('/api/entities/LongBench')).body as EntityDetail).id).toBe('e:Benchmark:longbench');
  });

  it('is a 404 naming the candidate ids when several types share the key', async () => {
    const { status, body } = await get('/api/entities/mamba');
    expect(status).toBe(404);
    expect((body as { error: string }).error).toBe('"mamba" is the key of 2 entities; ask for one by its id: e:Model:mamba, e:Technique:mamba');
  });

  it('keeps the 404 for unknown keys, unknown node ids and paper ids', async () => {
    for (const id of ['nothing', 'e:Benchmark:mamba', 'p:2308.14508', '2308.14508']) {
      const { status, body } = await get(`/api/entities/${encodeURIComponent(id)}`);
      expect(status, id).toBe(404);
      expect((body as { error: string }).error).toBe(`no entity with id "${id}"`);
    }
  });
});
