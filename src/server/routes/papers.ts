import { Router } from 'express';
import type { PaperDetail, RelatedPaper } from '../api-types.js';
import { paperDetail } from '../../graph/details.js';
import { paperNodeId, parseNodeId } from '../../graph/ids.js';
import type { Corpus } from '../../graph/corpus.js';
import { arxivIdFrom } from '../../reading/ids.js';
import type { RelatedMatch, ServerContext } from '../context.js';
import { notFound } from '../http-error.js';
import { idParam } from '../params.js';
import { sendJson } from '../send.js';

const PANEL_RELATED = 5;

/** GET /api/papers/:id: the paper panel (id = `p:<paperId>` or the bare paper id). */
export function papersRouter(ctx: ServerContext): Router {
  const router = Router();
  // A wildcard, not `:id`: old-style arXiv ids ("hep-th/9901001") contain a slash.
  router.get('/papers/*id', (req, res) => {
    const paperId = resolvePaperId(ctx.corpus, idParam(req, 'id'));
    const detail = paperDetail(ctx.corpus, paperId)!;
    const body: PaperDetail = { ...detail, related: panelRelated(ctx, paperId) };
    sendJson(req, res, body);
  });
  return router;
}

/** The panel's related list is an extra: if ranking fails, the paper still shows (with null, logged). */
function panelRelated(ctx: ServerContext, paperId: string): RelatedPaper[] | null {
  if (!ctx.related) return null;
  try {
    return relatedPapers(ctx.related.related(paperId, PANEL_RELATED));
  } catch (error) {
    console.error(`papergraph serve: related papers for ${paperId} failed:`, error);
    return null;
  }
}

/**
 * A known paper id from either a node id or a bare paper id; 404 otherwise. Papers are stored
 * under their arXiv id without version, so "2106.09685v2" (or "arXiv:2106.09685") names the
 * stored "2106.09685".
 */
export function resolvePaperId(corpus: Corpus, id: string): string {
  const parsed = parseNodeId(id);
  const given = parsed?.kind === 'paper' ? parsed.paperId : id;
  if (corpus.papers.has(given)) return given;
  const arxivId = arxivIdFrom(given);
  if (arxivId && corpus.papers.has(arxivId)) return arxivId;
  throw notFound(`no paper with id "${id}"`);
}

export function relatedPapers(matches: RelatedMatch[]): RelatedPaper[] {
  return matches.map((m) => ({ id: paperNodeId(m.paperId), paperId: m.paperId, title: m.title, score: m.score, why: [...m.why] }));
}
