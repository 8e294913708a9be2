import type { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { CjsDefault } from '../cjs-default.js';
import type { EntityType } from '../extraction/types.js';
import { ROLES } from '../extraction/types.js';
import type { KnowledgeGraph } from './build.js';
import { seededRandom } from './random.js';

export interface CommunityInfo {
  /** 0 = largest. */
  id: number;
  /** Named by its most central entities, e.g. "KV cache · SnapKV · LongBench". */
  label: string;
  /** Node ids of the naming entities, most central first. */
  top: string[];
  size: number;
  color: string;
}

export interface Communities {
  of: Map<string, number>;
  list: CommunityInfo[];
}

/** Distinct, readable on white and dark; the largest communities get the most distinct hues. */
const louvain = louvainModule as unknown as CjsDefault<typeof louvainModule>;

const PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
  '#9c755f', '#86bcb6', '#d37295', '#8cd17d', '#b6992d', '#499894', '#f1ce63', '#a0cbe8',
  '#ffbe7d', '#d4a6c8', '#79706e', '#fabfd2',
];
const NAME_SIZE = 3;

/**
 * Louvain communities (seeded, so a shared link shows the same clusters), numbered by size and
 * each named after the entities with most links inside it: a newcomer sees the sub-areas.
 */
export function detectCommunities(graph: KnowledgeGraph, skeleton: UndirectedGraph, seed = 1): Communities {
  const raw = skeleton.order === 0 ? {} : louvain(skeleton, { rng: seededRandom(seed) });
  const members = new Map<number, string[]>();
  for (const node of skeleton.nodes()) {
    const c = raw[node] ?? -1;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  // Largest first; ties by smallest member id so numbering is stable.
  const groups = [...members.values()].sort((a, b) => b.length - a.length || compare(a[0]!, b[0]!));
  const of = new Map<string, number>();
  groups.forEach((nodes, id) => nodes.forEach((node) => of.set(node, id)));
  const list = groups.map((nodes, id): CommunityInfo => {
    const top = centralEntities(graph, skeleton, nodes, of, id);
    const label = top.length > 0 ? top.map((n) => graph.getNodeAttribute(n, 'label')).join(' · ') : graph.getNodeAttribute(nodes[0]!, 'label');
    return { id, label, top, size: nodes.length, color: communityColor(id) };
  });
  return { of, list };
}

/**
 * How well an entity type names a research area: tasks, techniques and benchmarks say what a
 * sub-field is about; models are shared tools, metrics are everywhere.
 */
const NAMING_WEIGHT: Record<EntityType, number> = { Task: 1, Technique: 1, Benchmark: 1, Dataset: 0.9, Model: 0.6, Metric: 0.3 };

/**
 * The entities that characterise a community: many links inside it, and most of their links
 * there (inside² / degree), so a hub shared by every sub-area ("accuracy", "GPT-4") does not name
 * them all; weighted by type. Ties (a one-paper community's private entities) go to the strongest
 * role: what the papers introduce names them best.
 */
function centralEntities(graph: KnowledgeGraph, skeleton: UndirectedGraph, nodes: string[], of: Map<string, number>, id: number): string[] {
  const scored: { n: string; score: number; role: number }[] = [];
  for (const n of nodes) {
    const attrs = graph.getNodeAttributes(n);
    if (attrs.kind !== 'entity') continue;
    const inside = skeleton.filterNeighbors(n, (m) => of.get(m) === id).length;
    let role: number = ROLES.length;
    graph.forEachInEdge(n, (_edge, edge, source) => {
      if (edge.kind !== 'variant_of' && of.get(source) === id) role = Math.min(role, ROLES.indexOf(edge.kind));
    });
    scored.push({ n, score: ((inside * inside) / Math.max(1, skeleton.degree(n))) * NAMING_WEIGHT[attrs.type], role });
  }
  scored.sort((a, b) => b.score - a.score || a.role - b.role || compare(a.n, b.n));
  // A model and its own variant, or a name inside another ("KV" in "KV cache"), say the same
  // thing twice: keep the first.
  const key = (n: string) => {
    const attrs = graph.getNodeAttributes(n);
    return attrs.kind === 'entity' ? attrs.key : n;
  };
  const related = (a: string, b: string) => graph.hasEdge(a, b) || graph.hasEdge(b, a) || key(a).includes(key(b)) || key(b).includes(key(a));
  const chosen: string[] = [];
  for (const { n } of scored) {
    if (chosen.length === NAME_SIZE) break;
    if (!chosen.some((c) => related(c, n))) chosen.push(n);
  }
  return chosen;
}

export function communityColor(id: number): string {
  const fixed = PALETTE[id];
  if (fixed) return fixed;
  // Beyond the palette: spread hues by the golden ratio, muted so small clusters do not shout.
  return hslToHex((id * 137.508) % 360, 35, 60);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
