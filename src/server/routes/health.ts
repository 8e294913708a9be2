import { Router } from 'express';
import type { Health } from '../api-types.js';
import { verifyNeo4j } from '../../store/driver.js';
import type { Neo4jConfig } from '../../store/config.js';
import type { ServerContext } from '../context.js';
import { sendJson } from '../send.js';

/** A health probe must answer quickly even when Neo4j hangs. */
const NEO4J_PROBE_MS = 2000;

/** GET /api/health: liveness, corpus size and whether Neo4j answers. */
export function healthRouter(ctx: ServerContext): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const neo4j: Health['neo4j'] = ctx.neo4j ? ((await reachable(ctx.neo4j)) ? 'connected' : 'unavailable') : 'not configured';
    const body: Health = {
      status: neo4j === 'unavailable' ? 'degraded' : 'ok',
      neo4j,
      source: ctx.source,
      papers: ctx.corpus.counts.papers,
      entities: ctx.corpus.counts.entities,
    };
    sendJson(req, res, body);
  });
  return router;
}

async function reachable(config: Neo4jConfig): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), NEO4J_PROBE_MS);
  });
  try {
    return await Promise.race([verifyNeo4j(config).then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
