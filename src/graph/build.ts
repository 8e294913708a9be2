import { DirectedGraph } from 'graphology';
import type { EntityType, ExtractedPaper, Role } from '../extraction/types.js';
import { familyLinks } from '../extraction/families.js';
import { entityNodeId, paperNodeId } from './ids.js';

export interface PaperNode {
  kind: 'paper';
  label: string;
  paperId: string;
  published?: string;
}

export interface EntityNode {
  kind: 'entity';
  label: string;
  type: EntityType;
  key: string;
  aliases: string[];
}

export type NodeAttributes = PaperNode | EntityNode;

export interface EdgeAttributes {
  /** A paper's role towards an entity, or 'variant_of' from a model variant to its family. */
  kind: Role | 'variant_of';
  confidence: number;
  /** The first evidence sentence, for tooltips; full evidence stays on the extraction. */
  evidence?: string;
}

export type KnowledgeGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Builds the paper–entity graph; the same entity named by several papers becomes one node. */
export function buildGraph(papers: Iterable<ExtractedPaper>): KnowledgeGraph {
  const graph: KnowledgeGraph = new DirectedGraph({ allowSelfLoops: false });
  for (const item of papers) addPaper(graph, item);
  return graph;
}

export function addPaper(graph: KnowledgeGraph, { paper, extraction }: ExtractedPaper): void {
  const pid = paperNodeId(paper.id);
  const node: PaperNode = { kind: 'paper', label: paper.title, paperId: paper.id };
  if (paper.published) node.published = paper.published;
  graph.mergeNode(pid, node);
  for (const entity of extraction.entities) {
    const eid = entityNodeId(entity.type, entity.key);
    mergeEntity(graph, eid, { kind: 'entity', label: entity.name, type: entity.type, key: entity.key, aliases: [...entity.mentions, ...(entity.aliases ?? [])] });
    const edge: EdgeAttributes = { kind: entity.role, confidence: entity.confidence };
    if (entity.evidence[0]) edge.evidence = entity.evidence[0].sentence;
    graph.mergeEdge(pid, eid, edge);
    for (const { variant, family } of familyLinks(entity)) {
      const fid = entityNodeId('Model', family.key);
      mergeEntity(graph, fid, { kind: 'entity', label: family.name, type: 'Model', key: family.key, aliases: [family.name] });
      graph.mergeEdge(entityNodeId('Model', variant.key), fid, { kind: 'variant_of', confidence: entity.confidence });
    }
  }
}

/** Keeps the first label seen for an entity and unions the aliases every paper contributes. */
function mergeEntity(graph: KnowledgeGraph, id: string, attrs: EntityNode): void {
  if (!graph.hasNode(id)) {
    graph.addNode(id, { ...attrs, aliases: [...new Set(attrs.aliases)] });
    return;
  }
  const existing = graph.getNodeAttributes(id);
  if (existing.kind !== 'entity') return;
  graph.mergeNodeAttributes(id, { aliases: [...new Set([...existing.aliases, ...attrs.aliases])] });
}
