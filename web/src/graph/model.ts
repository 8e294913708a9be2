/** The explorer's graphology graph: what the API sends, in the attributes sigma reads. */
import Graph from 'graphology';
import type { Community, EdgeKind, GraphView, NodeKind, NodeType } from '../api/types.js';
import { EDGE_REST_COLOR, TYPE_COLORS } from './style.js';

export interface NodeAttrs {
  label: string;
  kind: NodeKind;
  nodeType: NodeType;
  /** sigma's program name: papers are drawn as rings, entities as discs. */
  type: 'paper' | 'circle';
  x: number;
  y: number;
  size: number;
  degree: number;
  community: number;
  color: string;
  communityColor: string;
}

export interface EdgeAttrs {
  kind: EdgeKind;
  confidence: number;
  size: number;
  color: string;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createGraph(): ExplorerGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/** The community table, merged across every view loaded so far. */
export type Communities = Map<number, Community>;

const NO_COMMUNITY_COLOR = '#9ca3af';
/**
 * Papers link to many concepts, so by degree alone they would dwarf the shared concepts the
 * graph is about; drawing them a little smaller lets the hubs (benchmarks, models) stand out.
 */
const PAPER_SIZE_FACTOR = 0.75;

/**
 * Adds a view's nodes and edges to the graph (the first load, or an "expand" around a node).
 * Positions come precomputed from the server, so merging never moves what is already drawn.
 * Returns the ids of nodes that were new.
 */
export function mergeView(graph: ExplorerGraph, communities: Communities, view: GraphView): string[] {
  for (const community of view.communities) communities.set(community.id, community);
  const added: string[] = [];
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      nodeType: node.type,
      type: node.kind === 'paper' ? 'paper' : 'circle',
      x: node.x,
      y: node.y,
      size: node.kind === 'paper' ? node.size * PAPER_SIZE_FACTOR : node.size,
      degree: node.degree,
      community: node.community,
      color: node.color ?? TYPE_COLORS[node.type],
      communityColor: communities.get(node.community)?.color ?? NO_COMMUNITY_COLOR,
    });
    added.push(node.id);
  }
  for (const edge of view.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.id) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.kind,
      confidence: edge.confidence,
      size: edge.kind === 'mentions' ? 0.6 : 1,
      color: EDGE_REST_COLOR,
    });
  }
  return added;
}

/** Nodes within `hops` steps of `id`, ignoring edge direction. */
export function neighbourhood(graph: ExplorerGraph, id: string, hops: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(id)) return seen;
  seen.add(id);
  let frontier = [id];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
