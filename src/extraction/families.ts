import { entityKey } from './normalise.js';
import type { ExtractedEntity } from './types.js';

interface NamedKey {
  key: string;
  name: string;
}

/** One VARIANT_OF link: a model to the family it belongs to. */
export interface FamilyLink {
  variant: NamedKey;
  family: NamedKey;
}

/**
 * The VARIANT_OF links an extracted model brings: to its family, and from that family up the lineage
 * ("Gemini 1.5 Pro" → Gemini 1.5 → Gemini), so the graph and the store hold the same chain.
 */
export function familyLinks(entity: ExtractedEntity): FamilyLink[] {
  if (entity.type !== 'Model' || !entity.family) return [];
  const chain: NamedKey[] = [{ key: entity.key, name: entity.name }];
  for (const name of [entity.family, ...(entity.lineage ?? [])]) {
    const key = entityKey(name);
    if (key && !chain.some((c) => c.key === key)) chain.push({ key, name });
  }
  return chain.slice(1).map((family, i) => ({ variant: chain[i]!, family }));
}
