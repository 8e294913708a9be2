/** Neo4j could not be reached; the message says how to start one. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
  constructor(uri: string, cause: unknown) {
    super(
      `Cannot reach Neo4j at ${uri} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        'Start one with `npm run neo4j` (Java 17 + Maven) or `docker compose up neo4j`, ' +
        'or point NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD at a running server.',
      { cause },
    );
  }
}

/** A stored paper lacks what this version reads back (it was loaded by an older papergraph). */
export class StoredGraphOutdatedError extends Error {
  override name = 'StoredGraphOutdatedError';
  constructor(paperId: string) {
    super(
      `Paper ${paperId} in Neo4j was stored by an older papergraph (no "annotations" property), so its entities cannot be read back. ` +
        'Run `papergraph load` on the corpus again: it rewrites every paper whose extraction changed.',
    );
  }
}
