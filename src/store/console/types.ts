/**
 * The console's contract: `POST /api/cypher` request and response bodies, shared by the server,
 * the CLI and the explorer. Type-only and import-free so the web bundle can import it.
 */

export interface CypherRequest {
  query: string;
  /** JSON scalars, lists and maps; whole numbers arrive in Cypher as integers. */
  params?: Record<string, unknown>;
}

/** A node found anywhere in the result (a column, a list, a map or a path). */
export interface ConsoleNode {
  /** Neo4j's elementId. */
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  /** What to print on the node: its title, name, key or id, else its first label. */
  label: string;
  /** The explorer's node id (`p:…`, `e:Type:key`) when the node is a paper or an entity of the graph. */
  graphId?: string;
}

export interface ConsoleEdge {
  id: string;
  /** elementIds of the end nodes; both are always among `graph.nodes`. */
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface CypherResponse {
  columns: string[];
  /** One object per record, keyed by column, values as plain JSON (nodes as {elementId, labels, properties}). */
  rows: Record<string, unknown>[];
  graph: { nodes: ConsoleNode[]; edges: ConsoleEdge[] };
  /** True when the row cap (or the response size cap) cut the result short. */
  truncated: boolean;
  elapsedMs: number;
}

export interface CypherErrorBody {
  error: string;
  /** Where Neo4j (or the console's own check) located the problem; line/column from 1, offset from 0. */
  position?: { line: number; column: number; offset: number };
}

/** `GET /api/cypher/saved`: the saved queries of cypher/queries, as one-click examples. */
export interface SavedQueryInfo {
  name: string;
  question: string;
  /** How to run it from the CLI. */
  example: string;
  cypher: string;
  parameters: {
    name: string;
    type: string;
    required: boolean;
    default: string | number | boolean | null;
    description: string;
  }[];
}
