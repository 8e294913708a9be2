/**
 * GraphML writer (graphology ships a GraphML reader but no writer). Writes the attributes
 * Gephi and yEd understand: label, type, kind, degree, community, position, size, colour,
 * and the edge role.
 */
import type { EdgeAttrs, ExplorerGraph } from '../graph/model.js';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'double' | 'int';
}

const KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'nodeType', for: 'node', name: 'type', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'community', for: 'node', name: 'community', type: 'int' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'size', for: 'node', name: 'size', type: 'double' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'role', for: 'edge', name: 'role', type: 'string' },
  { id: 'confidence', for: 'edge', name: 'confidence', type: 'double' },
];

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes markup characters and drops characters XML 1.0 forbids (control characters). */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function data(key: string, value: string | number): string {
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

/** `include` decides which nodes are written (the visible ones); edges need both ends included and `includeEdge`. */
export function writeGraphml(graph: ExplorerGraph, include: (node: string) => boolean = () => true, includeEdge: (attrs: EdgeAttrs) => boolean = () => true): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`),
    '  <graph id="papergraph" edgedefault="directed">',
  ];
  graph.forEachNode((node, attrs) => {
    if (!include(node)) return;
    const fields = [
      data('label', attrs.label),
      data('nodeType', attrs.nodeType),
      data('kind', attrs.kind),
      data('degree', attrs.degree),
      data('community', attrs.community),
      data('x', attrs.x),
      data('y', attrs.y),
      data('size', attrs.size),
      data('color', attrs.color),
    ];
    lines.push(`    <node id="${escapeXml(node)}">${fields.join('')}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!include(source) || !include(target) || !includeEdge(attrs)) return;
    lines.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('role', attrs.kind)}${data('confidence', attrs.confidence)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
