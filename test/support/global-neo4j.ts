import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM launcher shared with `npm run neo4j`
import { freePort, startNeo4j } from '../../neo4j/launcher.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Uses the Neo4j at NEO4J_URI when set; otherwise starts a real one (the Maven launcher) on a
 * free port with a throw-away data directory, and stops it when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-neo4j-'));
  const server = await startNeo4j({ port: await freePort(), dataDir });
  project.provide('neo4jUri', server.uri);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
