/**
 * The result's nodes and relationships as a small sigma graph. A result is at most a few
 * thousand elements, so ForceAtlas2 runs a bounded number of iterations synchronously; clicking
 * a node that is a paper or entity of the explorer opens its panel there.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { CypherResponse } from '../../../src/store/console/types.js';
import type { NodeType } from '../api/types.js';
import { TYPE_COLORS } from '../graph/style.js';

interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  graphId: string | null;
}

interface EdgeAttrs {
  label: string;
  size: number;
  color: string;
}

const OTHER_COLOR = '#94a3b8';
const MAX_LABEL = 40;

export function buildResultGraph(response: CypherResponse): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const count = response.graph.nodes.length;
  response.graph.nodes.forEach((node, i) => {
    // Start on a circle: deterministic, and ForceAtlas2 untangles it from there.
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    const type = node.labels.find((l): l is NodeType => l in TYPE_COLORS);
    const label = node.label.length > MAX_LABEL ? `${node.label.slice(0, MAX_LABEL - 1)}…` : node.label;
    graph.addNode(node.id, { label, x: Math.cos(angle) * 100, y: Math.sin(angle) * 100, size: 5, color: type ? TYPE_COLORS[type] : OTHER_COLOR, graphId: node.graphId ?? null });
  });
  for (const edge of response.graph.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { label: edge.type, size: 1.5, color: '#cbd5e1' });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.min(14, 4 + 2 * Math.sqrt(graph.degree(node)))));
  if (graph.order > 1 && graph.size > 0) {
    const iterations = graph.order > 1000 ? 30 : graph.order > 200 ? 80 : 150;
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
  }
  return graph;
}

export type ResultSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** Draws the graph into `container`; the caller kills the returned renderer when done. */
export function renderGraph(container: HTMLElement, response: CypherResponse, openNode: (graphId: string) => void): ResultSigma {
  const graph = buildResultGraph(response);
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: 'arrow',
    renderEdgeLabels: graph.size <= 200,
    labelRenderedSizeThreshold: graph.order <= 100 ? 0 : 6,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 12,
    edgeLabelSize: 10,
    stagePadding: 30,
    allowInvalidContainer: true,
  });
  sigma.on('clickNode', ({ node }) => {
    const graphId = graph.getNodeAttribute(node, 'graphId');
    if (graphId) openNode(graphId);
  });
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = graph.getNodeAttribute(node, 'graphId') ? 'pointer' : 'default';
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
  });
  return sigma;
}
