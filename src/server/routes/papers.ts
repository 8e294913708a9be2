import { Router } from 'express';
import type { PaperDetail, RelatedPaper } from '../api-types.js';
import { paperDetail } from '../../graph/details.js';
import { paperNodeId, parseNodeId } from '../../graph/ids.js';
import type { Corpus } from '../../graph/corpus.js';
import { storedPaperId } from '../../reading/ids.js';
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

/** A known paper id from either a node id or a bare paper id (a versioned arXiv id too); 404 otherwise. */
export function resolvePaperId(corpus: Corpus, id: string): string {
  const parsed = parseNodeId(id);
  const stored = storedPaperId(parsed?.kind === 'paper' ? parsed.paperId : id, (given) => corpus.papers.has(given));
  if (stored === undefined) throw notFound(`no paper with id "${id}"`);
  return stored;
}

export function relatedPapers(matches: RelatedMatch[]): RelatedPaper[] {
  return matches.map((m) => ({ id: paperNodeId(m.paperId), paperId: m.paperId, title: m.title, score: m.score, why: [...m.why] }));
}
