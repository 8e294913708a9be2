import { UndirectedGraph } from 'graphology';
import type { KnowledgeGraph } from './build.js';

/**
 * The knowledge graph's bare structure as an undirected simple graph: what layout and community
 * detection work on. Direction (paper -> entity) carries no meaning for either, and a fresh graph
 * keeps their scratch attributes (x, y, community) off the served graph.
 */
export function undirectedSkeleton(graph: KnowledgeGraph): UndirectedGraph {
  const skeleton = new UndirectedGraph();
  // Sorted insertion: the algorithms iterate in insertion order, so this makes their output
  // depend on the graph only, not on the order the papers were read in.
  for (const node of [...graph.nodes()].sort()) skeleton.addNode(node);
  const pairs: [string, string][] = [];
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target) pairs.push(source < target ? [source, target] : [target, source]);
  });
  pairs.sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])));
  for (const [a, b] of pairs) skeleton.mergeEdge(a, b);
  return skeleton;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
