import neo4j from 'neo4j-driver';

/**
 * Turns driver values (Integer, temporal types, Node, Relationship, Path) into plain JSON values,
 * so nothing driver-specific leaves the store. Integers beyond 2^53 become strings, not wrong numbers.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return String(value);
  if (neo4j.isNode(value as never)) {
    const node = value as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { elementId: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, properties: toPlain(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return { segments: path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
