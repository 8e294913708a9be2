/**
 * The saved-query library: cypher/queries/NAME.cypher, each a single read-only statement under a
 * header comment that says what it answers and which parameters it takes:
 *
 *   // Question: Which papers evaluate on a given benchmark?
 *   // Parameter: benchmark (string, required) - the benchmark as written, e.g. "LongBench"
 *   // Parameter: limit (integer, default 25) - at most this many rows
 *   // Example: papergraph query --saved papers-evaluating-benchmark --param benchmark=LongBench
 *
 * This module parses that header and binds `--param k=v` strings to typed values; running the
 * query (through the read-only guard) is the query command's job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cypherDir } from './cypher-files.js';

export const PARAMETER_TYPES = ['string', 'integer', 'float', 'boolean', 'date'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];
export type ParameterValue = string | number | boolean | null;

export interface SavedQueryParameter {
  name: string;
  type: ParameterType;
  required: boolean;
  /** The value used when the parameter is not given (null = "not set", which the query handles). */
  default: ParameterValue;
  description: string;
}

export interface SavedQuery {
  name: string;
  file: string;
  question: string;
  parameters: SavedQueryParameter[];
  example: string;
  /** The statement, without the header comment. */
  cypher: string;
}

/** A saved query that does not exist, has a malformed header, or was given bad parameters. */
export class SavedQueryError extends Error {
  override name = 'SavedQueryError';
}

const PARAMETER_LINE = /^Parameter:\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*([a-z]+)\s*,\s*(required|default\s+(.+?))\s*\)\s*(?:[-—:]\s*(.*))?$/;

export function savedQueriesDir(): string {
  return join(cypherDir(), 'queries');
}

/** Every saved query, by name. */
export function listSavedQueries(dir = savedQueriesDir()): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(basename(f, '.cypher'), readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

export function loadSavedQuery(name: string, dir = savedQueriesDir()): SavedQuery {
  const all = listSavedQueries(dir);
  const query = all.find((q) => q.name === name);
  if (!query) throw new SavedQueryError(`No saved query "${name}". Saved queries: ${all.map((q) => q.name).join(', ')}.`);
  return query;
}

/** Parses a saved query's header and checks that the parameters it declares are the ones it uses. */
export function parseSavedQuery(name: string, text: string, file = `${name}.cypher`): SavedQuery {
  const header: string[] = [];
  const body: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (comment && body.length === 0) header.push(comment[1]!.trim());
    else if (line.trim() || body.length) body.push(line);
  }
  const fail = (message: string): never => {
    throw new SavedQueryError(`${file}: ${message}`);
  };
  const field = (label: string) => header.find((h) => h.startsWith(`${label}:`))?.slice(label.length + 1).trim();
  const question = field('Question') ?? fail('the header has no "// Question:" line');
  const example = field('Example') ?? fail('the header has no "// Example:" line');
  const parameters = header.filter((h) => h.startsWith('Parameter:')).map((line) => parseParameter(line, fail));
  const cypher = body.join('\n').trim().replace(/;\s*$/, '');
  if (!cypher) fail('there is no query under the header');
  const used = new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const declared = new Set(parameters.map((p) => p.name));
  for (const name of used) if (!declared.has(name)) fail(`$${name} is used but not declared in the header`);
  for (const name of declared) if (!used.has(name)) fail(`parameter ${name} is declared but not used`);
  return { name, file, question, parameters, example, cypher };
}

function parseParameter(line: string, fail: (message: string) => never): SavedQueryParameter {
  const m = PARAMETER_LINE.exec(line) ?? fail(`cannot read "${line}"; expected "Parameter: name (type, required|default VALUE) - description"`);
  const [, name, type, requirement, defaultText, description] = m;
  if (!(PARAMETER_TYPES as readonly string[]).includes(type!)) fail(`parameter ${name} has type "${type}"; types are ${PARAMETER_TYPES.join(', ')}`);
  const parameter: SavedQueryParameter = { name: name!, type: type as ParameterType, required: requirement === 'required', default: null, description: description ?? '' };
  if (defaultText !== undefined) {
    const raw = defaultText.replace(/^"(.*)"$/, '$1');
    try {
      parameter.default = raw === 'null' ? null : convert(parameter, raw);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  return parameter;
}

function convert(parameter: SavedQueryParameter, raw: string): ParameterValue {
  const bad = (what: string): never => {
    throw new SavedQueryError(`parameter ${parameter.name} takes ${what}, got "${raw}"`);
  };
  switch (parameter.type) {
    case 'string':
      return raw;
    case 'integer':
      return /^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : bad('a whole number');
    case 'float':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : bad('a number');
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : bad('true or false');
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : bad('a date YYYY-MM-DD');
  }
}

/** Parses repeated `--param name=value` arguments. */
export function parseParamArgs(args: string[]): Record<string, string> {
  const given: Record<string, string> = {};
  for (const arg of args) {
    const at = arg.indexOf('=');
    if (at <= 0) throw new SavedQueryError(`--param takes name=value, got "${arg}"`);
    given[arg.slice(0, at)] = arg.slice(at + 1);
  }
  return given;
}

/**
 * Typed parameter values for a saved query: given strings converted by declared type, defaults
 * filled in. Values are plain JSON (integers as JS numbers; the runner sends them as Cypher
 * integers, since `LIMIT 25.0` is an error). Unknown or missing parameters are errors that say
 * what the query takes.
 */
export function bindParameters(query: SavedQuery, given: Record<string, string>): Record<string, ParameterValue> {
  const usage = () => `${query.name} takes ${query.parameters.map((p) => `${p.name} (${p.type}${p.required ? ', required' : ''})`).join(', ') || 'no parameters'}. Example: ${query.example}`;
  for (const name of Object.keys(given)) {
    if (!query.parameters.some((p) => p.name === name)) throw new SavedQueryError(`unknown parameter "${name}": ${usage()}`);
  }
  const bound: Record<string, ParameterValue> = {};
  for (const parameter of query.parameters) {
    const raw = given[parameter.name];
    if (raw === undefined) {
      if (parameter.required) throw new SavedQueryError(`missing parameter "${parameter.name}": ${usage()}`);
      bound[parameter.name] = parameter.default;
    } else bound[parameter.name] = convert(parameter, raw);
  }
  return bound;
}
