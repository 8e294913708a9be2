/** Visual vocabulary: colours per node type and edge kind, sizes, faded variants. */
import type { EdgeKind, NodeType } from '../api/types.js';

/** Entity types in vivid hues; papers in a neutral slate so the concepts stand out. */
export const TYPE_COLORS: Record<NodeType, string> = {
  Paper: '#64748b',
  Model: '#2563eb',
  Benchmark: '#dc2626',
  Dataset: '#ea8a0c',
  Technique: '#16a34a',
  Task: '#9333ea',
  Metric: '#c59a06',
};

export const NODE_TYPES: readonly NodeType[] = ['Paper', 'Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric'];

export const EDGE_KINDS: readonly EdgeKind[] = ['introduces', 'evaluates', 'uses', 'mentions', 'variant_of'];

export const EDGE_LABELS: Record<EdgeKind, string> = {
  introduces: 'introduces',
  // Most evaluates-edges point to a model, task or metric a paper evaluates, not a benchmark it evaluates on.
  evaluates: 'evaluates',
  uses: 'uses',
  mentions: 'mentions',
  variant_of: 'variant of',
};

/** Role edges, darker for stronger roles, shown when a neighbourhood is highlighted; a variant edge in cyan, apart from "uses". */
export const EDGE_COLORS: Record<EdgeKind, string> = {
  introduces: '#334155',
  evaluates: '#b91c1c',
  uses: '#1d4ed8',
  mentions: '#94a3b8',
  variant_of: '#0891b2',
};

export const EDGE_REST_COLOR = '#d5dbe3';
export const FADED_NODE_COLOR = '#e5e8ed';
export const FADED_EDGE_COLOR = '#eef0f3';

export const TYPE_PLURALS: Record<NodeType, string> = {
  Paper: 'Papers',
  Model: 'Models',
  Benchmark: 'Benchmarks',
  Dataset: 'Datasets',
  Technique: 'Techniques',
  Task: 'Tasks',
  Metric: 'Metrics',
};
