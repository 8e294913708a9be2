/**
 * Completion for the console: labels and relationship types after `:`, property keys after `.`,
 * parameters after `$`, allow-listed procedures after CALL, else keywords and functions.
 * The schema comes from the database itself (db.labels() & co., through the console).
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { ALLOWED_PROCEDURES } from '../../../src/store/console/static-guard.js';

export interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export const EMPTY_SCHEMA: Schema = { labels: [], relationshipTypes: [], propertyKeys: [] };

/** One console query that lists the whole schema vocabulary (all three procedures are allow-listed). */
export const SCHEMA_QUERY = `CALL db.labels() YIELD label RETURN 'label' AS kind, label AS name
UNION ALL CALL db.relationshipTypes() YIELD relationshipType RETURN 'type' AS kind, relationshipType AS name
UNION ALL CALL db.propertyKeys() YIELD propertyKey RETURN 'property' AS kind, propertyKey AS name`;

export function schemaFromRows(rows: Record<string, unknown>[]): Schema {
  const pick = (kind: string): string[] => rows.filter((r) => r.kind === kind).map((r) => String(r.name)).sort();
  return { labels: pick('label'), relationshipTypes: pick('type'), propertyKeys: pick('property') };
}

const KEYWORDS = [
  'MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'ORDER BY', 'SKIP', 'LIMIT', 'DISTINCT', 'AS', 'AND', 'OR',
  'XOR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'STARTS WITH', 'ENDS WITH', 'CONTAINS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END',
  'UNION', 'UNION ALL', 'CALL', 'YIELD', 'EXISTS', 'COUNT', 'DESC', 'ASC', 'true', 'false', 'null',
];

const FUNCTIONS = [
  'count', 'collect', 'sum', 'avg', 'min', 'max', 'size', 'length', 'labels', 'type', 'keys', 'properties', 'elementId',
  'coalesce', 'toLower', 'toUpper', 'trim', 'split', 'substring', 'replace', 'toString', 'toInteger', 'toFloat', 'head',
  'last', 'nodes', 'relationships', 'range', 'reduce', 'any', 'all', 'none', 'single', 'shortestPath', 'allShortestPaths',
  'startNode', 'endNode', 'date', 'datetime', 'duration', 'round', 'abs', 'log', 'sqrt', 'percentileCont', 'stDev',
];

/** Where the word being typed starts, and what may complete it; null when nothing fits. */
export function completionsAt(before: string, schema: Schema, params: string[], explicit: boolean): { from: number; options: Completion[] } | null {
  const at = (pattern: RegExp): RegExpExecArray | null => pattern.exec(before);
  const label = at(/:\s*`?([\p{L}\p{N}_]*)$/u);
  if (label && !/[{,]\s*[\p{L}\p{N}_]+\s*:\s*`?[\p{L}\p{N}_]*$/u.test(before)) {
    const inRelationship = /\[[^\]]*$/.test(before);
    const names = inRelationship ? schema.relationshipTypes : schema.labels;
    return { from: before.length - label[1]!.length, options: names.map((n) => ({ label: n, type: inRelationship ? 'type' : 'class', apply: quoteName(n) })) };
  }
  const property = at(/[\p{L}\p{N}_`)]\.([\p{L}\p{N}_]*)$/u);
  if (property && !/\bCALL\s+[\w.]*$/i.test(before)) {
    return { from: before.length - property[1]!.length, options: schema.propertyKeys.map((k) => ({ label: k, type: 'property', apply: quoteName(k) })) };
  }
  const param = at(/\$([\p{L}\p{N}_]*)$/u);
  if (param) return { from: before.length - param[1]!.length, options: params.map((p) => ({ label: p, type: 'variable' })) };
  const procedure = at(/\bCALL\s+([\w.]*)$/i);
  if (procedure) return { from: before.length - procedure[1]!.length, options: ALLOWED_PROCEDURES.map((p) => ({ label: p, type: 'function', apply: `${p}()` })) };
  const word = at(/[\p{L}_][\p{L}\p{N}_]*$/u);
  if (!word && !explicit) return null;
  return {
    from: before.length - (word?.[0].length ?? 0),
    options: [
      ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' })),
      ...FUNCTIONS.map((f) => ({ label: f, type: 'function', apply: `${f}(` })),
      ...schema.labels.map((l) => ({ label: l, type: 'class', detail: 'label' })),
    ],
  };
}

/** Names that are not plain identifiers need backticks (`my label`). */
function quoteName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** The CodeMirror completion source over a schema and parameter list that may change. */
export function cypherCompletion(schema: () => Schema, params: () => string[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    const result = completionsAt(before, schema(), params(), context.explicit);
    if (!result) return null;
    return { from: context.pos - (before.length - result.from), options: result.options, validFor: /^[\p{L}\p{N}_]*$/u };
  };
}
