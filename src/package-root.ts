import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * papergraph's own directory (the one with its package.json), found from this module rather than
 * the working directory, so data/, cypher/ and web/dist resolve alike from src/ (tests) and
 * dist/src/ (the built CLI), wherever the command is run.
 */
export function packageRoot(): string {
  if (cached) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'papergraph') {
      cached = dir;
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`papergraph's package.json was not found above ${fileURLToPath(import.meta.url)}`);
  }
}

/** A path inside papergraph's own directory. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
