/**
 * One line of text for a plain result value (see toPlain): nodes as (:Label "name"), relationships
 * as [:TYPE], paths as their chain. Pure, so the CLI table and the browser console share it.
 */
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

