/**
 * Loads more of the server's graph into the explorer's: a node's neighbourhood on demand, and in a budgeted
 * view the budgeted view under the current filters.
 */
import { api, type GraphQuery } from '../api/client.js';
import type { GraphView } from '../api/types.js';
import type { Hops, ViewState } from '../state.js';
import { mergeView, type Communities, type ExplorerGraph } from './model.js';
import { EDGE_KINDS, NODE_TYPES } from './style.js';

export class GraphLoader {
  private readonly refilled = new Set<string>();

  /** `grown` runs after a merge that added nodes. */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly communities: Communities,
    private readonly firstView: GraphView,
    private readonly grown: () => void,
  ) {}

  /** Merges a view from the server into the graph; returns how many nodes were new. */
  merge(view: GraphView): number {
    const added = mergeView(this.graph, this.communities, view);
    if (added.length) this.grown();
    return added.length;
  }

  /** Loads a node's neighbourhood from the server into the graph; returns how many nodes were new. */
  async expand(id: string, hops: Hops = 1): Promise<number> {
    return this.merge(await api.graph({ focus: { id, hops } }));
  }

  /** Whether the node is in the graph, after loading it from the server where it was not. */
  async ensureLoaded(id: string): Promise<boolean> {
    if (!this.graph.hasNode(id)) await this.expand(id).catch(() => 0);
    return this.graph.hasNode(id);
  }

  /**
   * In a budgeted view, filters would leave the budget half spent on hidden nodes: ask the
   * server for its budgeted view under the same filters and merge it, once per filter set.
   */
  async refill(state: ViewState): Promise<void> {
    if (!this.firstView.truncated || (!state.hiddenTypes.size && !state.hiddenRoles.size)) return;
    // No minDegree: the server counts degree within the filtered graph (a concept has no links
    // once papers are hidden), the explorer in the whole graph; the budget is by degree anyway.
    // Roles only when some are hidden: the server then keeps only nodes with a kept link.
    const query: GraphQuery = { types: NODE_TYPES.filter((type) => !state.hiddenTypes.has(type)) };
    if (state.hiddenRoles.size) query.roles = EDGE_KINDS.filter((kind) => !state.hiddenRoles.has(kind));
    const key = JSON.stringify(query);
    if (this.refilled.has(key) || !query.types?.length || query.roles?.length === 0) return;
    this.refilled.add(key);
    this.merge(await api.graph(query));
  }
}
