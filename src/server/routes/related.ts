import { Router } from 'express';
import type { RelatedResponse } from '../api-types.js';
import { paperNodeId } from '../../graph/ids.js';
import type { RelatedSource, ServerContext } from '../context.js';
import { unavailable } from '../http-error.js';
import { idParam, intParam } from '../params.js';
import { sendJson } from '../send.js';
import { relatedPapers, resolvePaperId } from './papers.js';

/** GET /api/related/:id?k=: papers worth reading next, with reasons. */
export function relatedRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get('/related/:id', (req, res) => {
    const paperId = resolvePaperId(ctx.corpus, idParam(req, 'id'));
    const k = intParam(req, 'k', { min: 1, max: 50, fallback: 10 });
    const body: RelatedResponse = { id: paperNodeId(paperId), related: relatedPapers(index(ctx).related(paperId, k)) };
    sendJson(req, res, body);
  });
  return router;
}

function index(ctx: ServerContext): RelatedSource {
  if (!ctx.related) throw unavailable('related-work ranking is not available on this server');
  return ctx.related;
}
