/** Where and how to reach Neo4j; every value comes from the environment with a working default. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Passed on every session so the same code works on a cluster or Aura (undefined = server default). */
  database?: string;
}

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const config: Neo4jConfig = {
    uri: env.NEO4J_URI || 'bolt://localhost:7687',
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'papergraph',
  };
  if (env.NEO4J_DATABASE) config.database = env.NEO4J_DATABASE;
  return config;
}
