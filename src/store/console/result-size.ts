import neo4j from 'neo4j-driver';

/**
 * Roughly how many bytes of JSON a driver value becomes, counted without building that JSON and
 * stopping as soon as `budget` is passed: a row holding a list of millions of values is refused
 * after a short walk instead of being converted and serialised first.
 */
export function estimateSize(value: unknown, budget: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= budget) {
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === 'boolean') total += 5;
    else if (typeof v === 'string') total += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'bigint' || neo4j.isInt(v as never)) total += 8;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object') {
      const node = v as { properties?: unknown; labels?: string[]; segments?: unknown[] };
      if (neo4j.isPath(v as never)) stack.push(node.segments);
      else if (neo4j.isNode(v as never) || neo4j.isRelationship(v as never)) {
        total += 80;
        stack.push(node.properties);
      } else {
        for (const [key, item] of Object.entries(v)) {
          total += key.length + 4;
          stack.push(item);
        }
      }
    } else total += 16;
  }
  return total;
}
