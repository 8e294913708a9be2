import express, { Router } from 'express';
import type { RelatedResponse, RelatedTextRequest, RelatedTextResponse } from '../api-types.js';
import { paperNodeId } from '../../graph/ids.js';
import type { RelatedSource, ServerContext } from '../context.js';
import { badRequest, unavailable } from '../http-error.js';
import { idParam, intParam, onlyParams } from '../params.js';
import { sendJson } from '../send.js';
import { relatedPapers, resolvePaperId } from './papers.js';

/** GET /api/related/:id?k= and POST /api/related (pasted text): papers worth reading next, with reasons. */
export function relatedRouter(ctx: ServerContext): Router {
  const router = Router();
  // A wildcard, not `:id`: old-style arXiv ids ("hep-th/9901001") contain a slash.
  router.get('/related/*id', (req, res) => {
    onlyParams(req, ['k']);
    const paperId = resolvePaperId(ctx.corpus, idParam(req, 'id'));
    const k = intParam(req, 'k', { min: 1, max: 50, fallback: 10 });
    const body: RelatedResponse = { id: paperNodeId(paperId), related: relatedPapers(index(ctx).related(paperId, k)) };
    sendJson(req, res, body);
  });
  router.post('/related', express.json({ limit: '64kb' }), (req, res) => {
    const { title, abstract, k } = relatedTextRequest(req.body);
    const source = index(ctx);
    if (!source.relatedToText) throw unavailable('ranking pasted text is not available on this server');
    const body: RelatedTextResponse = { related: relatedPapers(source.relatedToText(title, abstract, Math.min(k ?? 10, 50))) };
    sendJson(req, res, body);
  });
  return router;
}

function index(ctx: ServerContext): RelatedSource {
  if (!ctx.related) throw unavailable('related-work ranking is not available on this server');
  return ctx.related;
}

function relatedTextRequest(body: unknown): RelatedTextRequest {
  const { title, abstract, k } = (body ?? {}) as Record<string, unknown>;
  if (typeof title !== 'string' || title.trim().length === 0 || title.length > 1000) throw badRequest('"title" must be text of 1 to 1000 characters');
  if (abstract === undefined) throw badRequest('"abstract" is required: the text of the paper\'s abstract, at most 20,000 characters');
  if (typeof abstract !== 'string' || abstract.length > 20_000) throw badRequest('"abstract" must be text of at most 20,000 characters');
  if (k !== undefined && (typeof k !== 'number' || !Number.isInteger(k) || k < 1)) throw badRequest('"k" must be a whole number from 1');
  return k === undefined ? { title, abstract } : { title, abstract, k };
}
