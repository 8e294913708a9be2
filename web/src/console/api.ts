/** The console's calls to the server: whether it has a Neo4j, run a query, list the saved queries. */
import type { Health } from '../../../src/server/api-types.js';
import type { CypherErrorBody, CypherRequest, CypherResponse, SavedQueryInfo } from '../../../src/store/console/types.js';

/** A query the server refused or could not run; `position` points into the query text. */
export class CypherError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly position?: CypherErrorBody['position'],
  ) {
    super(message);
  }
}

export async function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
  let response: Response;
  try {
    response = await fetch('api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, params } satisfies CypherRequest),
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new CypherError(0, 'The server did not answer. Is papergraph still running?');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as CypherErrorBody | null;
    throw new CypherError(response.status, body?.error ?? `${response.status} ${response.statusText}`, body?.position);
  }
  return (await response.json()) as CypherResponse;
}

/** The saved queries of cypher/queries; an empty list when the server has none. */
export async function savedQueries(signal?: AbortSignal): Promise<SavedQueryInfo[]> {
  const response = await fetch('api/cypher/saved', { headers: { accept: 'application/json' }, signal: signal ?? null });
  if (!response.ok) return [];
  return (await response.json()) as SavedQueryInfo[];
}

/** False when the server serves the graph from memory with no Neo4j configured: every query would be a 503. */
export async function hasNeo4j(signal?: AbortSignal): Promise<boolean> {
  const response = await fetch('api/health', { headers: { accept: 'application/json' }, signal: signal ?? null });
  if (!response.ok) return true; // let a query find out and say why
  return ((await response.json()) as Health).neo4j !== 'not configured';
}
