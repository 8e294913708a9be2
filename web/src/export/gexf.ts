/** GEXF (Gephi's format) of the visible graph, through graphology-gexf's writer. */
import { write } from 'graphology-gexf/browser';
import type { EdgeAttrs, ExplorerGraph } from '../graph/model.js';

export function writeGexf(graph: ExplorerGraph, include: (node: string) => boolean = () => true, includeEdge: (attrs: EdgeAttrs) => boolean = () => true): string {
  const subgraph = graph.nullCopy();
  graph.forEachNode((node, attrs) => {
    if (include(node)) subgraph.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (subgraph.hasNode(source) && subgraph.hasNode(target) && includeEdge(attrs)) subgraph.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return write(subgraph, {
    formatNode: (_key, attrs) => ({
      label: attrs.label,
      viz: { x: attrs.x, y: attrs.y, size: attrs.size, color: attrs.color },
      attributes: { type: attrs.nodeType, kind: attrs.kind, degree: attrs.degree, community: attrs.community },
    }),
    formatEdge: (_key, attrs) => ({ attributes: { role: attrs.kind, confidence: attrs.confidence }, weight: attrs.confidence }),
  });
}
