import { Router } from 'express';
import type { SearchResponse } from '../api-types.js';
import type { ServerContext } from '../context.js';
import { badRequest } from '../http-error.js';
import { intParam, onlyParams, stringParam } from '../params.js';
import { sendJson } from '../send.js';

/** GET /api/search?q=&limit=: autocomplete over titles, entity names and aliases. */
export function searchRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get('/search', (req, res) => {
    onlyParams(req, ['q', 'limit']);
    const q = stringParam(req, 'q', { max: 200 })?.trim();
    if (!q) throw badRequest('"q" is required');
    const limit = intParam(req, 'limit', { min: 1, max: 50, fallback: 10 });
    const body: SearchResponse = { query: q, hits: ctx.corpus.search.search(q, limit) };
    sendJson(req, res, body);
  });
  return router;
}
