import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's cypher/ directory (schema and saved queries), found by walking up from this
 * module so it resolves both from src/store (tests) and from dist/src/store (the built CLI).
 * These files are read by the client and sent as query text: the server needs no local files.
 */
export function cypherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'schema.cypher'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the cypher/ directory (schema.cypher) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/**
 * Splits a Cypher script into statements: `//` comment lines are dropped and a statement ends
 * with ";" at the end of a line (so a ";" inside a string literal mid-line is kept).
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split(/\r?\n/)) {
    if (/^\s*\/\//.test(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      current.push(trimmed.slice(0, -1));
      const statement = current.join('\n').trim();
      if (statement) statements.push(statement);
      current = [];
    } else current.push(line);
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements;
}

export function readCypherFile(...parts: string[]): string {
  return readFileSync(join(cypherDir(), ...parts), 'utf8');
}
