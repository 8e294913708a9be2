import { Router } from 'express';
import type { EdgeKind, NodeType } from '../api-types.js';
import { ENTITY_TYPES, ROLES } from '../../extraction/types.js';
import { graphView, type ViewQuery } from '../../graph/view.js';
import type { ServerContext } from '../context.js';
import { notFound, badRequest } from '../http-error.js';
import { intParam, listParam, onlyParams, stringParam } from '../params.js';
import { EncodedJson, sendJson } from '../send.js';

export const NODE_TYPES: readonly NodeType[] = [...ENTITY_TYPES, 'Paper'];
export const EDGE_KINDS: readonly EdgeKind[] = [...ROLES, 'variant_of'];
export const DEFAULT_LIMIT = 1500;
export const MAX_LIMIT = 5000;
/** Views are pure functions of (corpus, query): recent ones are kept encoded, as URLs get shared and reloaded. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** GET /api/graph: the budgeted, filtered view (see api-types.ts for the parameters). */
export function graphRouter(ctx: ServerContext): Router {
  const router = Router();
  const cache = new Map<string, EncodedJson>();
  let cached = 0;
  router.get('/graph', (req, res) => {
    const query = viewQuery(req, ctx);
    const key = JSON.stringify(query, (_k, v: unknown) => (v instanceof Set ? [...(v as Set<string>)].sort() : v));
    let view = cache.get(key);
    if (!view) {
      view = new EncodedJson(graphView(ctx.corpus, query));
      cache.set(key, view);
      cached += view.text.length;
      for (const [oldest, entry] of cache) {
        if (cached <= CACHE_BYTES || entry === view) break;
        cache.delete(oldest);
        cached -= entry.text.length;
      }
    }
    sendJson(req, res, view);
  });
  return router;
}

function viewQuery(req: Parameters<typeof stringParam>[0], ctx: ServerContext): ViewQuery {
  onlyParams(req, ['types', 'roles', 'minDegree', 'q', 'limit', 'focus', 'hops']);
  const query: ViewQuery = {
    minDegree: intParam(req, 'minDegree', { min: 0, max: 1_000_000, fallback: 0 }),
    limit: intParam(req, 'limit', { min: 1, max: MAX_LIMIT, fallback: DEFAULT_LIMIT }),
  };
  const types = listParam(req, 'types', NODE_TYPES);
  const roles = listParam(req, 'roles', EDGE_KINDS);
  if (types) query.types = types;
  if (roles) query.roles = roles;
  const q = stringParam(req, 'q', { max: 200 })?.trim();
  if (q) query.q = q;
  const focus = stringParam(req, 'focus', { max: 500 });
  const hopsRaw = stringParam(req, 'hops', { max: 1 });
  if (hopsRaw !== undefined && hopsRaw !== '1' && hopsRaw !== '2') throw badRequest('"hops" must be 1 or 2');
  if (focus) {
    if (!ctx.corpus.graph.hasNode(focus)) throw notFound(`no node with id "${focus}"`);
    query.focus = { id: focus, hops: hopsRaw === '2' ? 2 : 1 };
  }
  return query;
}
