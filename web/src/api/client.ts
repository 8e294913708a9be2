/** Typed access to papergraph's HTTP API; the one place the explorer talks to the server. */
import type {
  ApiError,
  EdgeKind,
  EntityDetail,
  GraphView,
  Health,
  NodeType,
  PaperDetail,
  RelatedResponse,
  SearchResponse,
} from '../../../src/server/api-types.js';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(response.status, body?.error ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export interface GraphQuery {
  types?: NodeType[];
  roles?: EdgeKind[];
  minDegree?: number;
  limit?: number;
  focus?: { id: string; hops: 1 | 2 };
}

/** Relative paths so the explorer also works when served under a sub-path. */
export function graphUrl(query: GraphQuery = {}): string {
  const params = new URLSearchParams();
  if (query.types) params.set('types', query.types.join(','));
  if (query.roles) params.set('roles', query.roles.join(','));
  if (query.minDegree !== undefined) params.set('minDegree', String(query.minDegree));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.focus) {
    params.set('focus', query.focus.id);
    params.set('hops', String(query.focus.hops));
  }
  const qs = params.toString();
  return qs ? `api/graph?${qs}` : 'api/graph';
}

export const api = {
  graph: (query?: GraphQuery, signal?: AbortSignal) => getJson<GraphView>(graphUrl(query), signal),
  paper: (id: string, signal?: AbortSignal) => getJson<PaperDetail>(`api/papers/${encodeURIComponent(id)}`, signal),
  entity: (id: string, signal?: AbortSignal) => getJson<EntityDetail>(`api/entities/${encodeURIComponent(id)}`, signal),
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    getJson<SearchResponse>(`api/search?q=${encodeURIComponent(q)}&limit=${limit}`, signal),
  related: (id: string, k = 10, signal?: AbortSignal) => getJson<RelatedResponse>(`api/related/${encodeURIComponent(id)}?k=${k}`, signal),
  health: () => getJson<Health>('api/health'),
};
