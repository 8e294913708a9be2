import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperDetail } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { paper } from '../support/paper-fixture.js';
import { serve, type Running } from './serve-helpers.js';

/** One paper whose source lists arXiv categories, one whose source lists none. */
const listed = paper('2106.09685', 'LoRA: Low-Rank Adaptation', 'We introduce LoRA.', [{ name: 'LoRA', type: 'Technique', role: 'introduces' }]);
listed.paper.categories = ['cs.CL', 'cs.LG'];
const unlisted = paper('2106.09686', 'A paper without categories', 'We introduce NoCat.', [{ name: 'NoCat', type: 'Technique', role: 'introduces' }]);

let server: Running;
beforeAll(async () => {
  server = await serve({ corpus: new Corpus([listed, unlisted]) });
});
afterAll(() => server.close());

const paperDetail = async (id: string) => (await (await fetch(`${server.base}/api/papers/${id}`)).json()) as PaperDetail;

describe('GET /api/papers/:id categories', () => {
  it('returns the arXiv categories the paper carries, in their order', async () => {
    expect((await paperDetail('2106.09685')).categories).toEqual(['cs.CL', 'cs.LG']);
  });

  it('leaves the field out when the source gave none', async () => {
    expect(await paperDetail('2106.09686')).not.toHaveProperty('categories');
  });
});
