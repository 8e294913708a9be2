import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PaperDetail } from '../../src/server/api-types.js';
import { Corpus } from '../../src/graph/corpus.js';
import { paper } from '../graph/fixtures.js';
import { serve, type Running } from './serve-helpers.js';

let server: Running;
beforeAll(async () => {
  const corpus = new Corpus([paper('hep-th/9901001', 'An old-style arXiv id', 'Uses LongBench.', [{ name: 'LongBench', type: 'Benchmark', role: 'uses' }])]);
  // A related source that fails: stands for any unexpected bug behind a route.
  const related = { related: () => { throw new Error('secret internal detail at /srv/app.js:12'); } };
  server = await serve({ corpus, related });
});
afterAll(() => server.close());

describe('edge cases', () => {
  it('finds papers whose id contains a slash when the id is URL-encoded, and shows the panel when related ranking fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const id of ['p:hep-th/9901001', 'hep-th/9901001']) {
        const res = await fetch(`${server.base}/api/papers/${encodeURIComponent(id)}`);
        expect(res.status).toBe(200);
        expect((await res.json()) as PaperDetail).toMatchObject({ paperId: 'hep-th/9901001', related: null });
      }
    } finally {
      log.mockRestore();
    }
  });

  it('turns an unexpected failure into a 500 with a generic message, logging the detail server-side', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await fetch(`${server.base}/api/related/${encodeURIComponent('hep-th/9901001')}`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal server error' });
      expect(text).not.toContain('secret');
      expect(log).toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});
