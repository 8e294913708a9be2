import Graph from 'graphology';
import Sigma from 'sigma';

const response = await fetch('api/graph');
const data = (await response.json()) as { nodes: { id: string; label: string; x: number; y: number; size: number; color: string }[]; edges: { source: string; target: string }[] };
const graph = new Graph();
for (const n of data.nodes) graph.addNode(n.id, n);
for (const e of data.edges) graph.mergeEdge(e.source, e.target);
new Sigma(graph, document.getElementById('graph')!);
