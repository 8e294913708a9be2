import type { EdgeKind, GraphEdge, GraphNode, GraphView, NodeType } from '../server/api-types.js';
import { entityKey } from '../extraction/normalise.js';
import type { NodeAttributes } from './build.js';
import type { Corpus } from './corpus.js';

export interface ViewQuery {
  /** Node types to keep; undefined = all. */
  types?: ReadonlySet<NodeType>;
  /** Edge kinds to keep; undefined = all. */
  roles?: ReadonlySet<EdgeKind>;
  /** Minimum degree counted over the edges that pass the filters. */
  minDegree: number;
  /** Keep nodes whose label or an alias contains this term, with their neighbours. */
  q?: string;
  /** Node budget. */
  limit: number;
  /** Restrict to this node's neighbourhood. The caller checks that the node exists. */
  focus?: { id: string; hops: 1 | 2 };
}

export const nodeType = (attrs: NodeAttributes): NodeType => (attrs.kind === 'paper' ? 'Paper' : attrs.type);

/** Display size grows with the log of the degree: hubs stand out without swallowing the view. */
export const nodeSize = (degree: number): number => round(2 + 2.5 * Math.log2(1 + degree), 1);

/**
 * A budgeted view of the graph: filters first, then the `limit` best-connected nodes that pass
 * them (focus node and search matches first), with the edges among them. Big graphs are shown by
 * their backbone and expanded on demand with `focus`, instead of shipping every node.
 */
export function graphView(corpus: Corpus, query: ViewQuery): GraphView {
  const { graph } = corpus;
  const { types, roles } = query;
  const nodeOk = types ? (node: string) => types.has(nodeType(graph.getNodeAttributes(node))) : () => true;
  const edgeOk = (kind: EdgeKind, source: string, target: string) => (!roles || roles.has(kind)) && nodeOk(source) && nodeOk(target);

  // Degree over the filtered edges.
  const filteredDegree = new Map<string, number>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (!edgeOk(attrs.kind, source, target)) return;
    filteredDegree.set(source, (filteredDegree.get(source) ?? 0) + 1);
    filteredDegree.set(target, (filteredDegree.get(target) ?? 0) + 1);
  });
  const fdeg = (node: string) => filteredDegree.get(node) ?? 0;

  let candidates = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!nodeOk(node) || fdeg(node) < query.minDegree) return;
    // An entity exists only through its links: when the role filter removed them all, drop it.
    if (attrs.kind === 'entity' && roles && fdeg(node) === 0) return;
    candidates.add(node);
  });

  const neighbours = (node: string): string[] => {
    const found: string[] = [];
    graph.forEachEdge(node, (_edge, attrs, source, target) => {
      const other = source === node ? target : source;
      if (candidates.has(other) && (!roles || roles.has(attrs.kind))) found.push(other);
    });
    return found;
  };

  const first: string[] = [];
  if (query.q) {
    const term = entityKey(query.q);
    const matches = [...candidates].filter((node) => matchesTerm(graph.getNodeAttributes(node), term));
    const kept = new Set(matches);
    for (const node of matches) for (const other of neighbours(node)) kept.add(other);
    candidates = kept;
    first.push(...matches);
  }
  if (query.focus) {
    candidates = reachedFrom(query.focus.id, query.focus.hops, neighbours);
    first.unshift(query.focus.id);
  }

  const kept = budget(corpus, candidates, first, query.limit, fdeg, neighbours);
  const { list: communityList } = corpus.communities;
  // Sorted output: the same corpus gives byte-identical views whatever order it was read in.
  const nodes: GraphNode[] = [...kept].sort().map((node) => viewNode(corpus, node));
  const { edges, totalEdges } = viewEdges(corpus, candidates, kept, roles);
  const present = new Set(nodes.map((n) => n.community));
  const { byType, byRole } = corpus.counts;
  const view: GraphView = {
    nodes,
    edges,
    communities: communityList.filter((c) => present.has(c.id)).map((c) => ({ ...c, top: [...c.top] })),
    counts: { byType: { ...byType }, byRole: { ...byRole } },
    total: { nodes: candidates.size, edges: totalEdges },
    truncated: candidates.size > kept.size,
    limit: query.limit,
  };
  if (query.focus) view.focus = { ...query.focus };
  return view;
}

/** The nodes within `hops` links of `start`, itself included. */
function reachedFrom(start: string, hops: number, neighbours: (node: string) => string[]): Set<string> {
  const reached = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of neighbours(node)) {
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

/** A node as the API sends it: label, kind and type, its laid-out position, size by degree, community. */
function viewNode({ graph, layout, communities }: Corpus, node: string): GraphNode {
  const attrs = graph.getNodeAttributes(node);
  const position = layout.get(node) ?? { x: 0, y: 0 };
  const degree = graph.degree(node);
  return {
    id: node,
    label: attrs.label,
    kind: attrs.kind,
    type: nodeType(attrs),
    x: round(position.x, 1),
    y: round(position.y, 1),
    size: nodeSize(degree),
    degree,
    community: communities.of.get(node) ?? 0,
  };
}

/** The edges between kept nodes, sorted by id, and how many the candidates have in all (kept or not). */
function viewEdges({ graph }: Corpus, candidates: ReadonlySet<string>, kept: ReadonlySet<string>, roles: ReadonlySet<EdgeKind> | undefined): { edges: GraphEdge[]; totalEdges: number } {
  const edges: GraphEdge[] = [];
  let totalEdges = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (!candidates.has(source) || !candidates.has(target) || (roles && !roles.has(attrs.kind))) return;
    totalEdges += 1;
    if (kept.has(source) && kept.has(target)) {
      edges.push({ id: `${source}->${target}`, source, target, kind: attrs.kind, confidence: round(attrs.confidence, 2) });
    }
  });
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { edges, totalEdges };
}

/**
 * Chooses at most `limit` nodes: the focus and search matches first, then half the rest for the
 * best-connected entities and half for the papers linking most of them. Ranking everything by
 * degree alone would fill a large graph's budget with entity hubs and no paper between them,
 * that is, with no edges at all.
 */
function budget(corpus: Corpus, candidates: Set<string>, first: string[], limit: number, fdeg: (node: string) => number, neighbours: (node: string) => string[]): Set<string> {
  if (candidates.size <= limit) return candidates;
  const { graph } = corpus;
  const kept = new Set(first.filter((node) => candidates.has(node)).slice(0, limit));
  const byDegree = (a: string, b: string) => fdeg(b) - fdeg(a) || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1);
  const isPaper = (node: string) => graph.getNodeAttribute(node, 'kind') === 'paper';
  const rest = [...candidates].filter((node) => !kept.has(node));
  const entities = rest.filter((node) => !isPaper(node)).sort(byDegree);
  const papers = rest.filter(isPaper);
  const room = limit - kept.size;
  const entityCount = Math.min(entities.length, Math.max(Math.ceil(room / 2), room - papers.length));
  for (const node of entities.slice(0, entityCount)) kept.add(node);
  const links = new Map(papers.map((p) => [p, neighbours(p).filter((other) => kept.has(other)).length]));
  papers.sort((a, b) => links.get(b)! - links.get(a)! || byDegree(a, b));
  for (const node of papers.slice(0, limit - kept.size)) kept.add(node);
  for (const node of entities.slice(entityCount, entityCount + limit - kept.size)) kept.add(node);
  return kept;
}

function matchesTerm(attrs: NodeAttributes, term: string): boolean {
  if (!term) return false;
  if (entityKey(attrs.label).includes(term)) return true;
  return attrs.kind === 'entity' && attrs.aliases.some((alias) => entityKey(alias).includes(term));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
