import type { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { CjsDefault } from '../cjs-default.js';
import { seededRandom } from './random.js';

export type Positions = Map<string, { x: number; y: number }>;

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations on the backbone; by default fewer on large graphs, to bound start-up. */
  iterations?: number;
  /** Starting hint: nodes of one group (e.g. community 0..count-1) start near each other. */
  groups?: { of: (node: string) => number; count: number };
  /** How many of the best-connected nodes go through ForceAtlas2 (default 2000). */
  backbone?: number;
}

const forceAtlas2 = forceAtlas2Module as unknown as CjsDefault<typeof forceAtlas2Module>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Graphs up to this size get the exact O(n²) repulsion and a fully converged layout. */
const EXACT = 1000;
/** Above this, only the best-connected nodes go through ForceAtlas2; the rest are placed by their neighbours. */
const BACKBONE = 2000;

/**
 * Positions every node once, on the server, so the explorer opens on a laid-out graph instead of
 * a hairball that untangles for seconds. Seeded start + synchronous ForceAtlas2: the same graph
 * always gets the same picture. Large graphs are laid out by their backbone (the highest-degree
 * nodes, which are what the budgeted view shows first); every other node is then placed next to
 * its already placed neighbours, so start-up stays a few seconds at 10,000+ nodes.
 */
export function computeLayout(skeleton: UndirectedGraph, options: LayoutOptions = {}): Positions {
  const positions: Positions = new Map();
  if (skeleton.order === 0) return positions;
  const random = seededRandom(options.seed ?? 1);
  const byDegree = skeleton.nodes().sort((a, b) => skeleton.degree(b) - skeleton.degree(a) || (a < b ? -1 : 1));
  const backbone = new Set(byDegree.slice(0, options.backbone ?? BACKBONE));
  const work = skeleton.nullCopy();
  for (const node of skeleton.nodes()) if (backbone.has(node)) work.addNode(node);
  skeleton.forEachEdge((_edge, _attrs, a, b) => {
    if (backbone.has(a) && backbone.has(b)) work.addEdge(a, b);
  });

  // Each group starts on its own seat of a sunflower pattern, so FA2 only has to refine clusters
  // rather than pull them apart: that is what makes few iterations enough on large graphs.
  const spread = Math.sqrt(work.order) * 10;
  const count = Math.max(1, options.groups?.count ?? 1);
  const jitter = spread / Math.sqrt(count);
  work.forEachNode((node) => {
    const group = options.groups?.of(node) ?? 0;
    const r = spread * Math.sqrt((group + 0.5) / count);
    const cx = count === 1 ? 0 : r * Math.cos(group * GOLDEN_ANGLE);
    const cy = count === 1 ? 0 : r * Math.sin(group * GOLDEN_ANGLE);
    work.mergeNodeAttributes(node, { x: cx + (random() - 0.5) * jitter, y: cy + (random() - 0.5) * jitter });
  });
  const large = work.order > EXACT;
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: large, barnesHutTheta: 1 };
  const mapping = forceAtlas2(work, { iterations: options.iterations ?? (large ? 120 : 400), settings });
  for (const node of byDegree) {
    const p = mapping[node];
    if (p) positions.set(node, { x: p.x, y: p.y });
  }
  placeRest(skeleton, byDegree, positions, random);
  return positions;
}

/**
 * Puts each node left out of the backbone (best connected first) at the centre of its placed
 * neighbours, a little off it so leaves fan out instead of stacking; a node with no placed
 * neighbour goes to a random spot of the drawing.
 */
function placeRest(skeleton: UndirectedGraph, order: string[], positions: Positions, random: () => number): void {
  if (positions.size === order.length) return;
  let radius = 0;
  for (const { x, y } of positions.values()) radius = Math.max(radius, Math.hypot(x, y));
  const step = Math.max(radius, 1) / Math.sqrt(positions.size) / 2;
  for (const node of order) {
    if (positions.has(node)) continue;
    let x = 0;
    let y = 0;
    let n = 0;
    skeleton.forEachNeighbor(node, (other) => {
      const p = positions.get(other);
      if (p) (x += p.x, y += p.y, n++);
    });
    const angle = random() * 2 * Math.PI;
    const r = n > 0 ? step * (0.5 + random()) : radius * Math.sqrt(random());
    positions.set(node, { x: (n > 0 ? x / n : 0) + r * Math.cos(angle), y: (n > 0 ? y / n : 0) + r * Math.sin(angle) });
  }
}
