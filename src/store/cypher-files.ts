import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-root.js';

/**
 * The project's cypher/ directory (schema and saved queries).
 * These files are read by the client and sent as query text: the server needs no local files.
 */
export function cypherDir(): string {
  const dir = packagePath('cypher');
  if (!existsSync(join(dir, 'schema.cypher'))) throw new Error(`Cannot find ${join(dir, 'schema.cypher')}`);
  return dir;
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
