import { Router } from 'express';
import type { Corpus } from '../../graph/corpus.js';
import { entityDetail } from '../../graph/details.js';
import { parseNodeId } from '../../graph/ids.js';
import { entityKey } from '../../extraction/normalise.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../http-error.js';
import { idParam } from '../params.js';
import { sendJson } from '../send.js';

/** GET /api/entities/:id: the entity panel (id = URL-encoded entity node id, or a bare key naming one entity). */
export function entitiesRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get('/entities/:id', (req, res) => {
    const id = idParam(req, 'id');
    const detail = entityDetail(ctx.corpus, resolveEntityId(ctx.corpus, id));
    if (!detail) throw notFound(`no entity with id "${id}"`);
    sendJson(req, res, detail);
  });
  return router;
}

/**
 * A node id as given; a bare key ("longbench", or a name that keys to it, "LongBench") is the one
 * entity with that key. A key several types share is ambiguous: the 404 lists the ids to use instead.
 */
function resolveEntityId(corpus: Corpus, id: string): string {
  if (parseNodeId(id) || corpus.graph.hasNode(id)) return id;
  const candidates = corpus.entitiesByKey.get(entityKey(id)) ?? [];
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) throw notFound(`"${id}" is the key of ${candidates.length} entities; ask for one by its id: ${[...candidates].sort().join(', ')}`);
  return id;
}
