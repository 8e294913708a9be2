/**
 * The JSON shapes of papergraph's HTTP API: the one contract between the server and the explorer.
 * Type-only on purpose, so the web bundle can `import type` it without pulling in server code.
 *
 * Conventions:
 * - Node ids are the graph ids of src/graph/ids.ts: `p:<paperId>` for papers, `e:<Type>:<key>`
 *   for entities. In URL paths they are URL-encoded (`/api/entities/e%3AModel%3Allama2`).
 * - Every number is a plain JS number; no driver Integer objects ever reach a response.
 * - Text from papers (titles, abstracts, evidence) is returned verbatim as data; the client must
 *   insert it as text, never as HTML.
 * - Errors: any non-2xx response has the body `ApiError`. 400 = bad parameter, 404 = unknown id,
 *   503 = a backing service (Neo4j, the related-work index) is not available.
 */
import type { EntityType, Evidence, Role, TextField } from '../extraction/types.js';

export type { EntityType, Evidence, Role, TextField };

export interface ApiError {
  error: string;
}

export type NodeKind = 'paper' | 'entity';
/** The node's type: an entity type, or 'Paper'. Also the `types=` filter vocabulary. */
export type NodeType = EntityType | 'Paper';
/** An edge's kind: a paper's role towards an entity, or a model variant pointing at its family. */
export type EdgeKind = Role | 'variant_of';

/** The smallest description of a node, used wherever another node is referenced. */
export interface NodeRef {
  id: string;
  label: string;
  kind: NodeKind;
  type: NodeType;
}

// ---------------------------------------------------------------------------------------------
// GET /api/graph
//   ?types=Model,Benchmark,Paper   node types to keep (default: all). Unknown type -> 400.
//   &roles=evaluates,uses          edge kinds to keep (Role | 'variant_of'; default: all);
//                                  entities left with no edge are dropped, papers stay.
//   &minDegree=2                   keep nodes whose degree (in the filtered graph) is >= N.
//   &q=term                        keep nodes whose label/alias contains the term, plus their
//                                  direct neighbours (so a match is shown in context).
//   &limit=1500                    node budget (default 1500, capped at 5000; larger is capped,
//                                  not an error). Beyond the focus node and `q` matches, half
//                                  goes to the best-connected entities and half to the papers
//                                  linking most of them (so a big graph's view keeps its edges).
//   &focus=<nodeId>&hops=1|2       the focus node's 1- or 2-hop neighbourhood only (default
//                                  hops=1); filters and budget still apply, the focus node is
//                                  always kept. Unknown focus id -> 404.
// ---------------------------------------------------------------------------------------------

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
  type: NodeType;
  /** Precomputed server-side layout (ForceAtlas2), stable across requests for the same corpus. */
  x: number;
  y: number;
  /** Suggested display size, growing with the full-graph degree. */
  size: number;
  /** Degree in the full graph (not just in this view), so sizes do not jump when filtering. */
  degree: number;
  /** Louvain community id of the full graph; index into `GraphView.communities` by `id`. */
  community: number;
  /** Optional override colour (CSS hex); absent means "colour by type" on the client. */
  color?: string;
}

export interface GraphEdge {
  id: string;
  /** Paper node id for role edges; the variant for `variant_of` edges. */
  source: string;
  target: string;
  kind: EdgeKind;
  confidence: number;
}

export interface Community {
  id: number;
  /** Named by its most central entities, e.g. "KV cache · SnapKV · LongBench". */
  label: string;
  /** The entities that give the community its name (ids, most central first). */
  top: string[];
  /** Number of nodes (papers and entities) in the whole graph belonging to it. */
  size: number;
  /** CSS hex colour for the cluster colouring. */
  color: string;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Communities that have at least one node in this view, largest first. */
  communities: Community[];
  /**
   * Counts over the WHOLE graph, independent of the request's filters, so filter checkboxes
   * can show how many of each there are.
   */
  counts: {
    byType: Record<NodeType, number>;
    byRole: Record<EdgeKind, number>;
  };
  /** How many nodes/edges passed the filters before the node budget was applied. */
  total: { nodes: number; edges: number };
  /** True when the budget dropped nodes that passed the filters (expand with `focus`). */
  truncated: boolean;
  /** The node budget applied: the requested limit after capping. */
  limit: number;
  /** Echo of the focus request, when there was one. */
  focus?: { id: string; hops: 1 | 2 };
}

// ---------------------------------------------------------------------------------------------
// GET /api/papers/:id        id = node id (`p:2407.01523`) or bare paper id (`2407.01523`); an
//   arXiv version ("2407.01523v2") names the stored unversioned paper, and an old-style id may
//   keep its slash unencoded (`/api/papers/hep-th/9901001`).
// ---------------------------------------------------------------------------------------------

/** An entity mention in the title or abstract: `text.slice(start, end)` in `field`. */
export interface Mark {
  field: TextField;
  start: number;
  end: number;
  /** The entity node the mention refers to. */
  id: string;
  type: EntityType;
  role: Role;
}

export interface PaperEntity {
  /** Entity node id. */
  id: string;
  name: string;
  type: EntityType;
  role: Role;
  confidence: number;
  /** Supporting sentences with offsets into their field. */
  evidence: Evidence[];
  /** For a model variant: the family's node. */
  family?: NodeRef;
}

export interface ResultRow {
  /** The paper that reported the number. */
  paper: NodeRef;
  subject: string;
  /** The subject's entity node when it is an entity of the graph. */
  subjectId?: string;
  benchmark: string | null;
  benchmarkId?: string;
  metric: string | null;
  value: number;
  unit: string | null;
  compared_to: string | null;
  /** Present when the number is a change against something else (a margin, a gain), not a score. */
  change?: true;
  /** The sentence the number was read from. */
  evidence: string;
}

export interface RelatedPaper {
  /** Paper node id (`p:<paperId>`), selectable in the graph. */
  id: string;
  paperId: string;
  title: string;
  score: number;
  /** Human-readable reasons, e.g. "both evaluate on LongBench". */
  why: string[];
}

export interface PaperDetail {
  /** Paper node id. */
  id: string;
  paperId: string;
  title: string;
  abstract: string;
  url?: string;
  published?: string;
  authors?: string[];
  /** arXiv categories as the source lists them ("cs.CL", "cs.LG"), primary first; absent when it gives none. */
  categories?: string[];
  /** Sorted by field then start; non-overlapping. */
  marks: Mark[];
  /** Strongest role first, then by confidence. */
  entities: PaperEntity[];
  results: ResultRow[];
  /** Top 5 related papers; null when the related-work index is not available. */
  related: RelatedPaper[] | null;
}

// ---------------------------------------------------------------------------------------------
// GET /api/entities/:id      id = entity node id, URL-encoded; or a bare key (`longbench`, or a name
//   that keys to it) when exactly one entity has it (several: 404 listing their ids)
// ---------------------------------------------------------------------------------------------

export interface EntityPaper {
  /** Paper node id. */
  id: string;
  paperId: string;
  title: string;
  published?: string;
  confidence: number;
  /** The first evidence sentence for this link, when there is one. */
  evidence: string | null;
}

export interface CoEntity extends NodeRef {
  /** Number of papers linking to both entities. */
  count: number;
}

export interface EntityDetail {
  id: string;
  name: string;
  type: EntityType;
  key: string;
  aliases: string[];
  degree: number;
  community: number;
  /** Papers linked to this entity, grouped by role (every role present, possibly empty). */
  papersByRole: Record<Role, EntityPaper[]>;
  /** Entities that appear in the same papers, most shared papers first (top 20). */
  cooccurring: CoEntity[];
  /** For a model: its family (when it is a variant) and its variants (when it is a family). */
  family: { parent: NodeRef | null; variants: NodeRef[] };
  /** Results reported ON this entity (it is the benchmark), best value first per metric. */
  leaderboard: ResultRow[];
  /** Results where this entity is the subject (e.g. a model's scores). */
  results: ResultRow[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/search?q=term&limit=10    limit default 10, capped at 50; q required (1..200 chars)
// ---------------------------------------------------------------------------------------------

export interface SearchHit extends NodeRef {
  /** Higher is better: exact > prefix > word prefix > substring > fuzzy. */
  score: number;
  /** The text that matched when it is not the label (an alias). */
  matched?: string;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/related/:id?k=10   id as for /api/papers/:id; k default 10, capped at 50.
//   503 when the related-work index is not available.
// ---------------------------------------------------------------------------------------------

export interface RelatedResponse {
  /** Paper node id of the query paper. */
  id: string;
  related: RelatedPaper[];
}

// POST /api/related {title, abstract, k?}: related papers for a new paper pasted as text (it is
//   extracted on the fly; nothing is stored). title 1..1000 chars, abstract up to 20,000, k as above.
//   400 on a bad body, 503 when the related-work index is not available.
export interface RelatedTextRequest {
  title: string;
  abstract: string;
  k?: number;
}

export interface RelatedTextResponse {
  related: RelatedPaper[];
}

// ---------------------------------------------------------------------------------------------
// GET /api/health
// ---------------------------------------------------------------------------------------------

export interface Health {
  /** 'degraded' when a configured Neo4j does not answer: the explorer still serves, the console cannot. */
  status: 'ok' | 'degraded';
  neo4j: 'connected' | 'unavailable' | 'not configured';
  /** Where the served graph came from. */
  source: 'neo4j' | 'memory';
  papers: number;
  entities: number;
}

// POST /api/cypher: see src/server/routes/cypher.ts (the console's own contract).
