import type { EntityType } from '../extraction/types.js';

/** Graph node ids, shared by the in-memory graph, the API and the explorer's URLs. */
export const paperNodeId = (paperId: string): string => `p:${paperId}`;
export const entityNodeId = (type: EntityType, key: string): string => `e:${type}:${key}`;

export function parseNodeId(id: string): { kind: 'paper'; paperId: string } | { kind: 'entity'; type: string; key: string } | null {
  if (id.startsWith('p:')) return { kind: 'paper', paperId: id.slice(2) };
  const m = /^e:([A-Za-z]+):(.+)$/.exec(id);
  return m ? { kind: 'entity', type: m[1]!, key: m[2]! } : null;
}
