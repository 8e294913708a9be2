import neo4j from 'neo4j-driver';
import { ConsoleError } from './errors.js';

const MAX_DEPTH = 8;
const MAX_PARAMS = 100;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Validates user parameters (JSON scalars, arrays and maps only) and converts whole numbers to
 * Cypher integers: JSON has one number type, and `LIMIT $n` with a float 10.0 is an error.
 * Parameters only ever travel as parameters; nothing here is spliced into query text.
 */
export function toCypherParams(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (!isMap(input)) throw new ConsoleError(400, '`params` must be a JSON object of parameter names to values.');
  const entries = Object.entries(input);
  if (entries.length > MAX_PARAMS) throw new ConsoleError(400, `At most ${MAX_PARAMS} parameters.`);
  for (const [name] of entries) {
    if (!NAME.test(name)) throw new ConsoleError(400, `Parameter name "${name}" is not a valid Cypher parameter name.`);
  }
  return Object.fromEntries(entries.map(([name, value]) => [name, convert(value, `$${name}`, 0)]));
}

function convert(value: unknown, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new ConsoleError(400, `Parameter ${path} is nested more than ${MAX_DEPTH} levels deep.`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ConsoleError(400, `Parameter ${path} must be a finite number.`);
    return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map((v, i) => convert(v, `${path}[${i}]`, depth + 1));
  if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, `${path}.${k}`, depth + 1)]));
  throw new ConsoleError(400, `Parameter ${path} must be a JSON value (string, number, boolean, null, list or map).`);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
