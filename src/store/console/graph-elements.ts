import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType } from '../../extraction/types.js';
import { entityNodeId, paperNodeId } from '../../graph/ids.js';
import { toPlain } from '../plain.js';
import type { ConsoleEdge, ConsoleNode } from './types.js';

/** Collects every node and relationship in a result, wherever it sits: column, list, map or path. */
export class GraphCollector {
  readonly nodes = new Map<string, ConsoleNode>();
  readonly edges = new Map<string, ConsoleEdge>();

  constructor(private readonly maxElements: number) {}

  add(value: unknown): void {
    if (this.nodes.size + this.edges.size >= this.maxElements || value === null || typeof value !== 'object') return;
    if (neo4j.isNode(value as never)) this.addNode(value as Node);
    else if (neo4j.isRelationship(value as never)) this.addEdge(value as Relationship);
    else if (neo4j.isPath(value as never)) {
      for (const segment of (value as Path).segments) {
        this.addNode(segment.start);
        this.addEdge(segment.relationship);
        this.addNode(segment.end);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.add(v));
    else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach((v) => this.add(v));
  }

  addNode(node: Node): void {
    if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, consoleNode(node));
  }

  /** End nodes the result named only through relationships; the caller fetches them. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const edge of this.edges.values()) {
      if (!this.nodes.has(edge.source)) missing.add(edge.source);
      if (!this.nodes.has(edge.target)) missing.add(edge.target);
    }
    return [...missing];
  }

  /** Nodes and the edges whose two ends are known (dangling ones cannot be drawn). */
  graph(): { nodes: ConsoleNode[]; edges: ConsoleEdge[] } {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target));
    return { nodes: [...this.nodes.values()], edges };
  }

  private addEdge(rel: Relationship): void {
    if (this.edges.has(rel.elementId)) return;
    this.edges.set(rel.elementId, {
      id: rel.elementId,
      source: rel.startNodeElementId,
      target: rel.endNodeElementId,
      type: rel.type,
      properties: toPlain(rel.properties) as Record<string, unknown>,
    });
  }
}

function consoleNode(node: Node): ConsoleNode {
  const properties = toPlain(node.properties) as Record<string, unknown>;
  const result: ConsoleNode = { id: node.elementId, labels: node.labels, properties, label: displayLabel(node.labels, properties) };
  const graphId = explorerId(node.labels, properties);
  if (graphId) result.graphId = graphId;
  return result;
}

function displayLabel(labels: string[], properties: Record<string, unknown>): string {
  for (const key of ['title', 'name', 'key', 'id']) {
    const value = properties[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return labels[0] ?? '';
}

/** The graph model of the store: (:Paper {id}) and (:Entity:<Type> {key}). */
function explorerId(labels: string[], properties: Record<string, unknown>): string | undefined {
  if (labels.includes('Paper') && typeof properties.id === 'string') return paperNodeId(properties.id);
  const type = labels.find((l): l is EntityType => (ENTITY_TYPES as readonly string[]).includes(l));
  if (type && typeof properties.key === 'string') return entityNodeId(type, properties.key);
  return undefined;
}
