import type { EntityType, Role } from '../extraction/types.js';

/** What a paper does with an entity, as a verb phrase before the entity's name. */
function verb(role: Role, type: EntityType, plural: boolean): string {
  const s = plural ? '' : 's';
  switch (role) {
    case 'introduces':
      return `introduce${s}`;
    case 'evaluates':
      if (type === 'Metric') return `report${s}`;
      return type === 'Model' || type === 'Technique' ? `evaluate${s}` : `evaluate${s} on`;
    case 'uses':
      return type === 'Model' ? `build${s} on` : `use${s}`;
    case 'mentions':
      return `mention${s}`;
  }
}

/** A title short enough to name a paper in a sentence: the part before its colon, if short. */
export function shortTitle(title: string): string {
  const head = title.split(':')[0]!.trim();
  if (head.length > 0 && head.length <= 40) return head;
  return 'the other paper';
}

/**
 * One shared entity as a sentence from the query paper's side: "both evaluate on LongBench",
 * or, when the roles differ, "this paper introduces SnapKV, which PyramidKV evaluates".
 */
export function sharedEntitySentence(name: string, type: EntityType, queryRole: Role, hitRole: Role, hitTitle: string): string {
  if (queryRole === hitRole) return `both ${verb(queryRole, type, true)} ${name}`;
  // "…on TabBench, which TabBench introduces" reads badly: name the paper otherwise.
  const short = shortTitle(hitTitle);
  const hit = short.toLowerCase() === name.toLowerCase() ? 'that paper' : short;
  return `this paper ${verb(queryRole, type, false)} ${name}, which ${hit} ${verb(hitRole, type, false)}`;
}

/** Two different members of one model family: "both use Qwen2-VL models (Qwen2-VL 7B, Qwen2-VL 72B)". */
export function familySentence(family: string, queryMember: string, hitMember: string): string {
  const members = queryMember === hitMember ? queryMember : `${queryMember} here, ${hitMember} there`;
  return `both work with ${family} models (${members})`;
}

export function sharedTermsSentence(terms: string[]): string {
  return `shared terms: ${terms.join(', ')}`;
}
