import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { counted } from '../counted.js';
import { formatTable } from '../result-table.js';
import { neo4jConfigFromEnv } from '../../store/config.js';
import { closeDrivers } from '../../store/driver.js';
import { ConsoleError } from '../../store/console/errors.js';
import { paramValueFromText } from '../../store/console/param-text.js';
import { consoleLimitsFromEnv, consoleNeo4jConfig, runReadOnlyQuery } from '../../store/console/read-only-query.js';
import { bindParameters, listSavedQueries, loadSavedQuery, parseParamArgs, SavedQueryError } from '../../store/saved-queries.js';

const HELP = `Usage:
  papergraph query 'CYPHER' [--param name=value]... [--json] [--max-rows N]
  papergraph query --saved NAME [--param name=value]... [--json] [--max-rows N]
  papergraph query --list

Runs one read-only Cypher query against Neo4j through the same guards as the explorer's
console: EXPLAIN first (only read queries run), an allow-list of procedures (schema and
full-text only; no dbms.*, no LOAD CSV, no CALL … IN TRANSACTIONS), one statement, a read
transaction with a time limit, and a row cap.

Options:
  --param name=value  a query parameter ($name); the value is read as JSON when it parses
                      (5, true, null, [1,2], {"a":1}, "quoted text"), else as text; for a
                      saved query, by the type its header declares. Repeat for several.
  --saved NAME        run the saved query cypher/queries/NAME.cypher
  --list              list the saved queries, the question each answers and its parameters
  --json              print {columns, rows, graph, truncated, elapsedMs} as JSON
  --max-rows N        row cap (default PAPERGRAPH_CYPHER_MAX_ROWS or 1000)
  -h, --help          this text

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (PAPERGRAPH_CYPHER_NEO4J_USER
and _PASSWORD: a read-only user for queries, where the server has roles); PAPERGRAPH_CYPHER_TIMEOUT_MS
(default 5000), PAPERGRAPH_CYPHER_MAX_ROWS (1000), PAPERGRAPH_CYPHER_MAX_LENGTH (10000),
PAPERGRAPH_CYPHER_MAX_BYTES (8000000).

Exit codes: 0 ok, 1 query rejected or failed, 2 usage, 3 Neo4j unavailable.`;

interface QueryOptions {
  query: string;
  params: Record<string, unknown>;
  json: boolean;
  list: boolean;
  maxRows?: number;
}

export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--param must look like name=value, got "${text}"`);
  return [text.slice(0, eq), paramValueFromText(text.slice(eq + 1))];
}

function parseOptions(argv: string[]): QueryOptions {
  const { values, positionals } = parseCommandArgs('query', argv, {
    param: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    'max-rows': { type: 'string' },
    saved: { type: 'string' },
    list: { type: 'boolean', default: false },
  });
  const options: QueryOptions = { query: '', params: {}, json: values.json, list: values.list };
  if (values.list) return options;
  if (values.saved !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either a Cypher query or --saved NAME, not both');
    try {
      const saved = loadSavedQuery(values.saved);
      options.query = saved.cypher;
      options.params = bindParameters(saved, parseParamArgs(values.param ?? []));
    } catch (error) {
      if (error instanceof SavedQueryError) throw new UsageError(error.message);
      throw error;
    }
  } else {
    if (positionals.length !== 1) throw new UsageError(`query takes one Cypher query in quotes (got ${positionals.length} arguments); see papergraph query --help`);
    options.query = positionals[0]!;
    options.params = Object.fromEntries((values.param ?? []).map(parseParam));
  }
  if (values['max-rows'] !== undefined) {
    const n = Number(values['max-rows']);
    if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--max-rows must be a positive whole number, got "${values['max-rows']}"`);
    options.maxRows = n;
  }
  return options;
}

function listSaved(): string {
  return listSavedQueries()
    .map((q) => {
      const params = q.parameters.map((p) => `    --param ${p.name}=… (${p.type}${p.required ? ', required' : `, default ${JSON.stringify(p.default)}`}) ${p.description}`.trimEnd());
      return [`${q.name}`, `    ${q.question}`, ...params, `    e.g. ${q.example}`].join('\n');
    })
    .join('\n\n');
}

async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.list) {
    console.log(listSaved());
    return 0;
  }
  const config = consoleNeo4jConfig(neo4jConfigFromEnv());
  const limits = { ...consoleLimitsFromEnv(), ...(options.maxRows !== undefined && { maxRows: options.maxRows }) };
  try {
    const response = await runReadOnlyQuery(config, { query: options.query, params: options.params }, limits);
    if (options.json) {
      console.log(JSON.stringify(response, null, 2));
    } else {
      console.log(formatTable(response.columns, response.rows));
      const count = counted(response.rows.length, 'row');
      console.error(`${count}${response.truncated ? ` (truncated at the cap of ${limits.maxRows})` : ''} in ${response.elapsedMs} ms`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ConsoleError)) throw error;
    const where = error.position && !error.message.includes('(line ') ? ` (line ${error.position.line}, column ${error.position.column})` : '';
    console.error(`papergraph: query: ${error.message}${where}`);
    return error.status === 503 ? 3 : 1;
  } finally {
    await closeDrivers();
  }
}

export const query: Command = { help: HELP, run };
