/** Renders query results (columns and rows of plain JSON values) as an aligned text table. */

const MAX_CELL = 48;

export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCell = MAX_CELL): string {
  const cells = rows.map((row) => columns.map((c) => clip(formatValue(row[c]), maxCell)));
  const headers = columns.map((c) => clip(c, maxCell));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

/** One line per value: nodes as (:Label "name"), relationships as [:TYPE], paths as their chain. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) return node(value);
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) {
    const [first] = value.segments;
    if (!first) return '()';
    return node(first.start) + value.segments.map((s) => `-[:${s.relationship.type}]->${node(s.end)}`).join('');
  }
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  return JSON.stringify(value);
}

interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

function node(n: PlainNode): string {
  const name = ['title', 'name', 'key', 'id'].map((k) => n.properties[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  return `(${n.labels.map((l) => `:${l}`).join('')}${name === undefined ? '' : ` ${JSON.stringify(name)}`})`;
}

function isNode(v: object): v is PlainNode {
  return 'elementId' in v && 'labels' in v;
}

function isRelationship(v: object): v is { type: string } {
  return 'elementId' in v && 'type' in v && 'start' in v;
}

function isPath(v: object): v is { segments: { start: PlainNode; relationship: { type: string }; end: PlainNode }[] } {
  return 'segments' in v && Array.isArray((v as { segments: unknown }).segments);
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
