import { inject } from 'vitest';
import type { Neo4jConfig } from '../../src/store/config.js';

/** The real Neo4j started (or found) by global-neo4j.ts. */
export function testNeo4jConfig(): Neo4jConfig {
  return { uri: inject('neo4jUri'), user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD || 'papergraph' };
}
