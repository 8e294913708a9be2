import { Router } from 'express';
import { entityDetail } from '../../graph/details.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../http-error.js';
import { idParam } from '../params.js';
import { sendJson } from '../send.js';

/** GET /api/entities/:id: the entity panel (id = URL-encoded entity node id). */
export function entitiesRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get('/entities/:id', (req, res) => {
    const id = idParam(req, 'id');
    const detail = entityDetail(ctx.corpus, id);
    if (!detail) throw notFound(`no entity with id "${id}"`);
    sendJson(req, res, detail);
  });
  return router;
}
