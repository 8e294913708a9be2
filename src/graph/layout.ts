import type { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { seededRandom } from './random.js';

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer as the graph grows, to bound start-up time. */
  iterations?: number;
  /** Starting hint: nodes of one group (e.g. community 0..count-1) start near each other. */
  groups?: { of: (node: string) => number; count: number };
}

// CommonJS package with an ESM-style d.ts: under NodeNext the default import is typed as the
// module namespace, while at run time it is the function itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions every node once, on the server, so the explorer opens on a laid-out graph instead of
 * a hairball that untangles for seconds. Seeded start + synchronous ForceAtlas2: the same graph
 * always gets the same picture.
 */
export function computeLayout(skeleton: UndirectedGraph, options: LayoutOptions = {}): Positions {
  const positions: Positions = new Map();
  if (skeleton.order === 0) return positions;
  const random = seededRandom(options.seed ?? 1);
  const work = skeleton.copy();
  // Each group starts on its own seat of a sunflower pattern, so FA2 only has to refine clusters
  // rather than pull them apart: that is what makes few iterations enough on large graphs.
  const spread = Math.sqrt(skeleton.order) * 10;
  const count = Math.max(1, options.groups?.count ?? 1);
  const jitter = spread / Math.sqrt(count);
  work.forEachNode((node) => {
    const group = options.groups?.of(node) ?? 0;
    const r = spread * Math.sqrt((group + 0.5) / count);
    const cx = count === 1 ? 0 : r * Math.cos(group * GOLDEN_ANGLE);
    const cy = count === 1 ? 0 : r * Math.sin(group * GOLDEN_ANGLE);
    work.mergeNodeAttributes(node, { x: cx + (random() - 0.5) * jitter, y: cy + (random() - 0.5) * jitter });
  });
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > 1000 };
  const mapping = forceAtlas2(work, { iterations: options.iterations ?? defaultIterations(work.order), settings });
  for (const [node, { x, y }] of Object.entries(mapping)) positions.set(node, { x, y });
  return positions;
}

/** Small graphs converge fully; large ones get a budget that keeps start-up to a few seconds. */
function defaultIterations(order: number): number {
  if (order <= 1000) return 400;
  return Math.max(60, Math.round(400_000 / order));
}
