import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Files that talk to the shared Neo4j are those that import its settings; the rest run without one, so
// `vitest run test/extraction` starts no server (a project's global setup runs only when it has files queued).
const root = dirname(fileURLToPath(import.meta.url));
const testFiles = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/${f.replaceAll('\\', '/')}`);
const needsNeo4j = testFiles.filter((f) => /from '(?:\.\.\/)+support\/neo4j\.js'/.test(readFileSync(join(root, f), 'utf8')));

export default defineConfig({
  test: {
    // Store, server and browser tests share one Neo4j database; files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: testFiles.filter((f) => !needsNeo4j.includes(f)) } },
      { extends: true, test: { name: 'neo4j', include: needsNeo4j, globalSetup: ['test/support/global-neo4j.ts'] } },
    ],
  },
});
