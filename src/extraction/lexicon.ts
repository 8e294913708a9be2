import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType } from './types.js';

/** One well-known entity of the field, as written in data/lexicon/<type>.json. */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  family?: string;
  /** A name that is also a common word: matched only when written with the lexicon's casing. */
  ambiguous: boolean;
}

interface RawEntry {
  name?: unknown;
  aliases?: unknown;
  family?: unknown;
  ambiguous?: unknown;
}

const FILES: Record<EntityType, string> = {
  Model: 'models.json',
  Benchmark: 'benchmarks.json',
  Dataset: 'datasets.json',
  Technique: 'techniques.json',
  Task: 'tasks.json',
  Metric: 'metrics.json',
};

/** data/lexicon of this checkout: found by walking up from this module (src/ or dist/src/). */
export function defaultLexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'data', 'lexicon');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'data', 'lexicon');
}

function parseEntry(raw: RawEntry, type: EntityType): LexiconEntry | null {
  if (typeof raw.name !== 'string' || !raw.name.trim()) return null;
  const aliases = Array.isArray(raw.aliases) ? raw.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : [];
  const entry: LexiconEntry = { name: raw.name.trim(), type, aliases, ambiguous: raw.ambiguous === true };
  if (typeof raw.family === 'string' && raw.family.trim()) entry.family = raw.family.trim();
  return entry;
}

/** Reads every type file present in `dir`; a missing file is an empty list, a malformed one an error. */
export function loadLexicon(dir: string = defaultLexiconDir()): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const type of ENTITY_TYPES) {
    const path = join(dir, FILES[type]);
    if (!existsSync(path)) continue;
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of entries`);
    for (const raw of data) {
      const entry = raw && typeof raw === 'object' ? parseEntry(raw as RawEntry, type) : null;
      if (entry) entries.push(entry);
    }
  }
  return entries;
}
