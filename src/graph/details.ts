import type { CoEntity, EntityDetail, EntityPaper, Mark, NodeRef, PaperDetail, PaperEntity, ResultRow } from '../server/api-types.js';
import type { ExtractedEntity, Role, TextField } from '../extraction/types.js';
import { ROLES } from '../extraction/types.js';
import type { Corpus, ResultRecord } from './corpus.js';
import { entityNodeId, paperNodeId } from './ids.js';
import { nodeType } from './view.js';

const COOCCURRING = 20;

export function nodeRef(corpus: Corpus, node: string): NodeRef {
  const attrs = corpus.graph.getNodeAttributes(node);
  return { id: node, label: attrs.label, kind: attrs.kind, type: nodeType(attrs) };
}

/** A paper with its entities, mentions marked by offsets, and results; `related` is filled by the caller. */
export function paperDetail(corpus: Corpus, paperId: string): Omit<PaperDetail, 'related'> | null {
  const item = corpus.papers.get(paperId);
  if (!item) return null;
  const { paper, extraction } = item;
  const roleRank = (role: Role) => ROLES.indexOf(role);
  const entities: PaperEntity[] = extraction.entities
    .map((e) => {
      const entity: PaperEntity = { id: entityNodeId(e.type, e.key), name: e.name, type: e.type, role: e.role, confidence: e.confidence, evidence: e.evidence.map((ev) => ({ ...ev })) };
      const parent = familyOf(corpus, entity.id);
      if (parent) entity.family = parent;
      return entity;
    })
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || b.confidence - a.confidence || a.name.localeCompare(b.name));

  const detail: Omit<PaperDetail, 'related'> = {
    id: paperNodeId(paper.id),
    paperId: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    marks: marks(item.paper, extraction.entities),
    entities,
    results: (corpus.resultsByPaper.get(paper.id) ?? []).map((r) => resultRow(corpus, r)),
  };
  if (paper.url) detail.url = paper.url;
  if (paper.published) detail.published = paper.published;
  if (paper.authors?.length) detail.authors = [...paper.authors];
  if (paper.categories?.length) detail.categories = [...paper.categories];
  return detail;
}

/**
 * Mentions as non-overlapping marks in reading order; where two spans overlap the longer one wins
 * ("Qwen2-VL 7B" over "Qwen2-VL"). Spans outside the text are dropped rather than trusted, and so are spans inside a URL.
 */
function marks(paper: { title: string; abstract: string }, entities: ExtractedEntity[]): Mark[] {
  const length: Record<TextField, number> = { title: paper.title.length, abstract: paper.abstract.length };
  const links: Record<TextField, [number, number][]> = { title: urlRanges(paper.title), abstract: urlRanges(paper.abstract) };
  const all: Mark[] = [];
  for (const e of entities) {
    for (const span of e.spans) {
      if (span.start < 0 || span.end > length[span.field] || span.start >= span.end) continue;
      if (links[span.field].some(([start, end]) => span.start < end && span.end > start)) continue;
      all.push({ field: span.field, start: span.start, end: span.end, id: entityNodeId(e.type, e.key), type: e.type, role: e.role });
    }
  }
  const fieldRank = (f: TextField) => (f === 'title' ? 0 : 1);
  all.sort((a, b) => fieldRank(a.field) - fieldRank(b.field) || a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mark[] = [];
  for (const mark of all) {
    const last = kept[kept.length - 1];
    if (last && last.field === mark.field && mark.start < last.end) {
      if (mark.end - mark.start > last.end - last.start) kept[kept.length - 1] = mark;
      continue;
    }
    kept.push(mark);
  }
  return kept;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Where links sit in a text: a name inside one ("github.io/MMLongBench-Doc") is part of an address, no mention. */
function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/** An entity: its papers by role, neighbours by shared papers, family, and reported results. */
export function entityDetail(corpus: Corpus, node: string): EntityDetail | null {
  const { graph } = corpus;
  if (!graph.hasNode(node)) return null;
  const attrs = graph.getNodeAttributes(node);
  if (attrs.kind !== 'entity') return null;

  const papersByRole = Object.fromEntries(ROLES.map((r) => [r, [] as EntityPaper[]])) as Record<Role, EntityPaper[]>;
  const shared = new Map<string, number>();
  graph.forEachInEdge(node, (_edge, edge, source) => {
    const paper = graph.getNodeAttributes(source);
    if (edge.kind === 'variant_of' || paper.kind !== 'paper') return;
    const entry: EntityPaper = { id: source, paperId: paper.paperId, title: paper.label, confidence: edge.confidence, evidence: edge.evidence ?? null };
    if (paper.published) entry.published = paper.published;
    papersByRole[edge.kind].push(entry);
    graph.forEachOutNeighbor(source, (other) => {
      if (other !== node) shared.set(other, (shared.get(other) ?? 0) + 1);
    });
  });
  // Newest first; ties by id so the order does not depend on the order papers were read in.
  for (const list of Object.values(papersByRole)) {
    list.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.confidence - a.confidence || (a.paperId < b.paperId ? -1 : 1));
  }

  const cooccurring: CoEntity[] = [...shared]
    .sort((a, b) => b[1] - a[1] || graph.degree(b[0]) - graph.degree(a[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, COOCCURRING)
    .map(([other, count]) => ({ ...nodeRef(corpus, other), count }));

  const variants: NodeRef[] = [];
  graph.forEachInEdge(node, (_edge, edge, source) => {
    if (edge.kind === 'variant_of') variants.push(nodeRef(corpus, source));
  });
  variants.sort((a, b) => a.label.localeCompare(b.label));

  return {
    id: node,
    name: attrs.label,
    type: attrs.type,
    key: attrs.key,
    aliases: attrs.aliases.filter((a) => a !== attrs.label),
    degree: graph.degree(node),
    community: corpus.communities.of.get(node) ?? 0,
    papersByRole,
    cooccurring,
    family: { parent: familyOf(corpus, node), variants },
    leaderboard: leaderboard((corpus.resultsByBenchmark.get(node) ?? []).map((r) => resultRow(corpus, r)).sort(byPaper)),
    results: (corpus.resultsBySubject.get(node) ?? []).map((r) => resultRow(corpus, r)).sort(byPaper),
  };
}

const byPaper = (a: ResultRow, b: ResultRow): number => (a.paper.id < b.paper.id ? -1 : a.paper.id > b.paper.id ? 1 : 0);

function familyOf(corpus: Corpus, node: string): NodeRef | null {
  const { graph } = corpus;
  let parent: string | null = null;
  graph.forEachOutEdge(node, (_edge, edge, _source, target) => {
    if (edge.kind === 'variant_of') parent = target;
  });
  return parent ? nodeRef(corpus, parent) : null;
}

function resultRow(corpus: Corpus, record: ResultRecord): ResultRow {
  const { result } = record;
  const paperNode = paperNodeId(record.paperId);
  const row: ResultRow = {
    paper: nodeRef(corpus, paperNode),
    // The linked entity's name ("GPT-4") reads better than the form the sentence wrote ("gpt-4").
    subject: record.subjectId ? corpus.graph.getNodeAttribute(record.subjectId, 'label') : result.subject,
    benchmark: result.benchmark,
    metric: result.metric,
    value: result.value,
    unit: result.unit,
    compared_to: result.compared_to,
    evidence: result.evidence.sentence,
  };
  if (record.subjectId) row.subjectId = record.subjectId;
  if (record.benchmarkId) row.benchmarkId = record.benchmarkId;
  if (result.change) row.change = true;
  return row;
}

/** Metrics where a smaller number is the better result; everything else ranks larger first. */
const LOWER_IS_BETTER = /perplexity|\bppl\b|latency|error|\bwer\b|\bcer\b|loss|time|memory|cost|\bfid\b/i;

/**
 * Units a score is read in: a percentage, points, a rating "out of 5", or a plain number. The extractor's other
 * units are costs, sizes or settings ("16 hours", "32000 tokens", "6x", "12 GB", "30 tokens/s"), which no board ranks.
 */
const SCORE_UNIT = /^(?:%|points|out of \d+)$/;

/** What a board ranks (as cypher/queries/benchmark-leaderboard.cypher does): a score, not a margin ("+7.7%", "by 3.2 points"), which stays in its paper's results. */
const isScore = (row: ResultRow): boolean => !row.change && (row.unit === null || SCORE_UNIT.test(row.unit));

/** Scores grouped by metric and unit (most reported group first), best value first within a group: 61.2% never ranks beside 61.2 points. */
function leaderboard(rows: ResultRow[]): ResultRow[] {
  const groups = new Map<string, ResultRow[]>();
  for (const row of rows.filter(isScore)) {
    const key = `${row.metric ?? ''}\u0000${row.unit ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return ordered.flatMap(([, list]) => {
    const sign = LOWER_IS_BETTER.test(list[0]!.metric ?? '') ? 1 : -1;
    return [...list].sort((a, b) => sign * (a.value - b.value));
  });
}
