/** The result as a table; nodes of the explorer's graph are links that open their panel. */
import { formatValue } from '../../../src/store/console/format-value.js';
import type { ConsoleNode, CypherResponse } from '../../../src/store/console/types.js';
import { el, nodeLink } from '../ui/dom.js';

const MAX_CELL = 160;

export function renderTable(response: CypherResponse, openNode: (graphId: string) => void): HTMLElement {
  const byElementId = new Map(response.graph.nodes.map((n) => [n.id, n]));
  const head = el('tr', {}, ...response.columns.map((c) => el('th', { attrs: { scope: 'col' } }, c)));
  const body = response.rows.map((row) => el('tr', {}, ...response.columns.map((c) => el('td', {}, cell(row[c], byElementId, openNode)))));
  return el('div', { className: 'console-table-wrap' }, el('table', { className: 'console-table' }, el('thead', {}, head), el('tbody', {}, ...body)));
}

function cell(value: unknown, nodes: Map<string, ConsoleNode>, openNode: (graphId: string) => void): Node {
  const node = isPlainNode(value) ? nodes.get(value.elementId) : undefined;
  const full = formatValue(value);
  const text = clip(full);
  if (node?.graphId) {
    const graphId = node.graphId;
    const link = nodeLink(text, () => openNode(graphId));
    link.title = `Open ${node.label} in the explorer`;
    return link;
  }
  const span = el('span', {}, text);
  if (text !== full) span.title = full;
  return span;
}

function isPlainNode(value: unknown): value is { elementId: string } {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'labels' in value;
}

function clip(text: string): string {
  return text.length <= MAX_CELL ? text : `${text.slice(0, MAX_CELL - 1)}…`;
}
