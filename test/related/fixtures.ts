import { entityKey } from '../../src/extraction/normalise.js';
import type { EntityType, ExtractedEntity, ExtractedPaper, Role } from '../../src/extraction/types.js';

/** A made-up entity as the extractor would report it. */
export function entity(name: string, type: EntityType, role: Role, family?: string): ExtractedEntity {
  return { name, key: entityKey(name), type, mentions: [name], spans: [], role, evidence: [], confidence: 0.9, ...(family ? { family } : {}) };
}

/** A paper with its extraction; the abstract defaults to one bland sentence every fixture shares. */
export function paper(id: string, title: string, entities: ExtractedEntity[], abstract = 'We report experiments.'): ExtractedPaper {
  return { paper: { id, title, abstract, source: 'test' }, extraction: { id, title, entities, results: [] } };
}
