import { ConsoleError, READ_ONLY, positionAt } from './errors.js';
import { significant, tokenize, type Token } from './lexer.js';

/**
 * Procedures the console may call: schema introspection and the full-text index, all read-only
 * and all confined to the current database. Everything else (dbms.*, apoc.*, db.create*, …) is refused.
 */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
];

/** Namespaces of Cypher's built-in functions; a namespaced call outside them is a plugin's function. */
const BUILTIN_FUNCTION_NAMESPACES = ['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point', 'vector'];

export function isAllowedProcedure(name: string): boolean {
  const lower = name.toLowerCase();
  return ALLOWED_PROCEDURES.some((p) => p.toLowerCase() === lower);
}

/**
 * The checks that need no database: length, one statement, no administration or query options,
 * no LOAD CSV, no USE, no CALL … IN TRANSACTIONS, procedures from the allow-list, no plugin
 * functions. Returns the query without a trailing `;`. The EXPLAIN plan is checked afterwards too:
 * neither check alone is trusted.
 */
export function checkStatically(query: string, maxLength: number): string {
  if (query.length > maxLength) {
    throw new ConsoleError(413, `The query is ${query.length} characters long; the console accepts at most ${maxLength} (PAPERGRAPH_CYPHER_MAX_LENGTH).`);
  }
  const tokens = significant(tokenize(query));
  if (tokens.length === 0) throw new ConsoleError(400, 'The query is empty.');
  const statement = singleStatement(query, tokens);
  const reject = (token: Token, message: string): never => {
    throw new ConsoleError(400, message, positionAt(query, token.offset));
  };

  const first = statement[0]!;
  if (first.kind === 'word' && ['EXPLAIN', 'PROFILE', 'CYPHER'].includes(first.value)) {
    reject(first, `${first.value} is not accepted: the console plans every query itself and runs it with its own settings.`);
  }
  if (first.kind === 'word' && ['SHOW', 'TERMINATE', 'GRANT', 'DENY', 'REVOKE', 'ALTER', 'START', 'STOP', 'RENAME'].includes(first.value)) {
    reject(first, `${READ_ONLY}: administration commands (${first.value} …) are not allowed. Use CALL db.schema.visualization() or db.labels() to see the schema.`);
  }
  statement.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const prev = statement[i - 1];
    const after = statement[i + 1];
    if (prev && (prev.text === '.' || prev.text === ':' || prev.kind === 'param')) return; // a property, label or type name
    if (token.value === 'LOAD' && after?.kind === 'word' && after.value === 'CSV') {
      reject(token, `${READ_ONLY}: LOAD CSV is not allowed (it reads files and URLs outside the graph).`);
    }
    if (token.value === 'USE' && (!prev || prev.text === '{' || (prev.kind === 'word' && ['UNION', 'ALL', 'DISTINCT'].includes(prev.value)))) {
      reject(token, 'USE is not allowed: the console queries the configured database only (NEO4J_DATABASE).');
    }
    if (token.value === 'TRANSACTIONS' && statement.slice(Math.max(0, i - 3), i).some((t) => t.kind === 'word' && t.value === 'IN')) {
      reject(token, `${READ_ONLY}: CALL { … } IN TRANSACTIONS is not allowed.`);
    }
    if (token.value === 'CALL' && after && after.text !== '{' && after.text !== '(') {
      const name = dottedName(statement, i + 1);
      if (!isAllowedProcedure(name)) {
        reject(after, `Procedure ${name} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`);
      }
    }
  });
  checkFunctionNamespaces(statement, reject);
  return query.slice(0, statement[statement.length - 1]!.offset + statement[statement.length - 1]!.text.length);
}

/** One statement per request: a `;` may only end the query. Returns the statement's tokens. */
function singleStatement(query: string, tokens: Token[]): Token[] {
  const semicolon = tokens.findIndex((t) => t.text === ';');
  if (semicolon === -1) return tokens;
  if (semicolon < tokens.length - 1) {
    throw new ConsoleError(400, 'One statement per request: remove everything after the `;`.', positionAt(query, tokens[semicolon]!.offset));
  }
  if (semicolon === 0) throw new ConsoleError(400, 'The query is empty.');
  return tokens.slice(0, semicolon);
}

/** Reads `a.b.c` (each part a word or a backtick-quoted name) starting at tokens[start]. */
function dottedName(tokens: Token[], start: number): string {
  const parts: string[] = [];
  let i = start;
  while (tokens[i] && (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'quoted')) {
    parts.push(tokens[i]!.kind === 'word' ? tokens[i]!.text : tokens[i]!.value);
    if (tokens[i + 1]?.text !== '.') break;
    i += 2;
  }
  return parts.join('.');
}

/** A call `ns.name(` (not after CALL) must use a built-in namespace; plugins' functions are refused. */
function checkFunctionNamespaces(tokens: Token[], reject: (token: Token, message: string) => never): void {
  tokens.forEach((token, i) => {
    if (token.text !== '(' || i < 3 || tokens[i - 2]?.text !== '.') return;
    let start = i - 1;
    while (start >= 2 && tokens[start - 1]?.text === '.' && ['word', 'quoted'].includes(tokens[start - 2]!.kind)) start -= 2;
    const head = tokens[start]!;
    const beforeHead = tokens[start - 1];
    if (beforeHead?.kind === 'word' && beforeHead.value === 'CALL') return; // a procedure, checked above
    const namespace = (head.kind === 'quoted' ? head.value : head.text).toLowerCase();
    if (!BUILTIN_FUNCTION_NAMESPACES.includes(namespace)) {
      reject(head, `Function ${dottedName(tokens, start)} is not allowed in the console: only Cypher's built-in functions are.`);
    }
  });
}
