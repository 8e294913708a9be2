/** The store cannot be used at all (down, or refusing us): commands exit 3, the server answers 503. */
export class Neo4jConnectionError extends Error {}

const reason = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/** Neo4j could not be reached; the message says how to start one. */
export class Neo4jUnavailableError extends Neo4jConnectionError {
  override name = 'Neo4jUnavailableError';
  constructor(uri: string, cause: unknown) {
    super(
      `Cannot reach Neo4j at ${uri} (${reason(cause)}). ` +
        'Start one with `npm run neo4j` (Java 17 + Maven) or `docker compose up neo4j`, ' +
        'or point NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD at a running server.',
      { cause },
    );
  }
}

/** Neo4j answered but refused the user name or password; the message says which variables to set. */
export class Neo4jAuthError extends Neo4jConnectionError {
  override name = 'Neo4jAuthError';
  constructor(uri: string, user: string, cause: unknown) {
    super(
      `Neo4j at ${uri} refused the credentials of user "${user}" (${reason(cause)}). ` +
        'Set NEO4J_USER and NEO4J_PASSWORD to the server\'s; `npm run neo4j` and `docker compose up neo4j` use neo4j / papergraph.',
      { cause },
    );
  }
}

/** The driver's codes for a refused login: a wrong password, or too many of them in a row. */
export const isAuthFailure = (code: string): boolean => code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit';

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
