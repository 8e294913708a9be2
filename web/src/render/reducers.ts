/**
 * Everything that changes how the graph LOOKS (filters, focus, hover, selection, colouring) is
 * expressed through sigma's node/edge reducers, computed from the view state; the graph itself
 * is never mutated for display. Sets are recomputed once per state change, so each reducer
 * call is a few set lookups (this runs for every node on every frame).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { neighbourhood, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from '../graph/model.js';
import { EDGE_COLORS, FADED_EDGE_COLOR, FADED_NODE_COLOR } from '../graph/style.js';
import type { ViewState } from '../state.js';

const MAX_FORCED_LABELS = 16;
/** Up to this many nodes, the server's suggested sizes are used as they are. */
const COMFORTABLE_ORDER = 600;
const MIN_SIZE_SCALE = 0.45;

export interface ShownCounts {
  nodes: number | null;
  links: number | null;
}

export class DisplayRules {
  /** Nodes passing the type filters and the focus; null = all nodes. */
  private visible: Set<string> | null = null;
  /** How many links pass the filters with both ends shown; null = all links. */
  private shownLinks: number | null = null;
  /** Nodes to emphasise (the hovered or selected node and its neighbours); null = no emphasis. */
  private emphasis: Set<string> | null = null;
  private emphasisCentre: string | null = null;
  private hovered: string | null = null;
  private state: ViewState;
  /** Shrinks every node in dense views so a 1,500-node view is not a wall of discs. */
  private sizeScale = 1;

  constructor(
    private readonly graph: ExplorerGraph,
    initial: ViewState,
  ) {
    this.state = initial;
    this.recompute();
  }

  setState(state: ViewState): void {
    this.state = state;
    this.recompute();
  }

  setHovered(node: string | null): void {
    this.hovered = node;
    this.recomputeEmphasis();
  }

  /** Call after the graph gained nodes (expand). */
  graphChanged(): void {
    this.recompute();
  }

  /** Nodes that get a hover card: the selected and the hovered node. */
  cardNodes(): string[] {
    return [...new Set([this.state.selected, this.hovered].filter((node): node is string => node !== null && this.graph.hasNode(node)))];
  }

  /** How many nodes and links the filters and the focus leave; null for either when they leave all. */
  visibleCount(): ShownCounts {
    return { nodes: this.visible?.size ?? null, links: this.shownLinks };
  }

  isVisible(node: string): boolean {
    return this.visible === null || this.visible.has(node);
  }

  private recompute(): void {
    this.sizeScale = Math.min(1, Math.max(MIN_SIZE_SCALE, Math.sqrt(COMFORTABLE_ORDER / Math.max(1, this.graph.order))));
    const { hiddenTypes, hiddenRoles, focus, minDegree, minConfidence, selected } = this.state;
    const focusSet = focus ? neighbourhood(this.graph, focus.id, focus.hops) : null;
    const linked = hiddenRoles.size || minConfidence > 0 ? this.linkedByShownEdges() : null;
    if (!hiddenTypes.size && !focusSet && minDegree <= 1 && !linked) {
      this.visible = null;
    } else {
      const visible = new Set<string>();
      this.graph.forEachNode((node, attrs) => {
        // The focus and the selected node stay visible whatever the filters say.
        const pinned = node === focus?.id || node === selected;
        if (!pinned && hiddenTypes.has(attrs.nodeType)) return;
        if (!pinned && attrs.degree < minDegree) return;
        // A concept whose every link is filtered out (weak or of a hidden role) goes with them; a paper
        // stays, it is what the links hang on.
        if (!pinned && linked && attrs.kind === 'entity' && !linked.has(node)) return;
        if (focusSet && !focusSet.has(node)) return;
        visible.add(node);
      });
      this.visible = visible;
    }
    this.shownLinks = this.visible ? this.countShownLinks() : null;
    this.recomputeEmphasis();
  }

  private countShownLinks(): number {
    let count = 0;
    this.graph.forEachEdge((_edge, attrs, source, target) => {
      if (this.isEdgeShown(attrs) && this.isVisible(source) && this.isVisible(target)) count++;
    });
    return count;
  }

  private recomputeEmphasis(): void {
    const centre = this.hovered ?? this.state.selected;
    if (!centre || !this.graph.hasNode(centre)) {
      this.emphasis = null;
      this.emphasisCentre = null;
      return;
    }
    this.emphasisCentre = centre;
    const emphasis = new Set<string>([centre]);
    this.graph.forEachEdge(centre, (_edge, attrs, source, target) => {
      if (!this.isEdgeShown(attrs)) return;
      const other = source === centre ? target : source;
      if (this.isVisible(other)) emphasis.add(other);
    });
    this.emphasis = emphasis;
  }

  /** Whether a link passes the role and confidence filters (its ends are filtered as nodes). */
  isEdgeShown(attrs: EdgeAttrs): boolean {
    return !this.state.hiddenRoles.has(attrs.kind) && !this.isWeak(attrs);
  }

  private isWeak(attrs: EdgeAttrs): boolean {
    return attrs.confidence < this.state.minConfidence;
  }

  /** Nodes with at least one link passing the role and confidence filters. */
  private linkedByShownEdges(): Set<string> {
    const linked = new Set<string>();
    this.graph.forEachEdge((_edge, attrs, source, target) => {
      if (!this.isEdgeShown(attrs)) return;
      linked.add(source);
      linked.add(target);
    });
    return linked;
  }

  nodeReducer = (node: string, attrs: NodeAttrs): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = { ...attrs, size: attrs.size * this.sizeScale };
    if (this.state.colorBy === 'community') display.color = attrs.communityColor;
    if (!this.isVisible(node)) {
      display.hidden = true;
      return display;
    }
    if (this.emphasis) {
      if (this.emphasis.has(node)) {
        display.zIndex = 1;
        // The centre is always labelled; so are neighbours shared with other nodes when the
        // neighbourhood is small. Leaves (degree 1) sit on top of their paper, and in a large
        // neighbourhood labels go through sigma's label grid, so labels do not pile up.
        display.forceLabel = node === this.emphasisCentre || (this.emphasis.size <= MAX_FORCED_LABELS && attrs.degree > 1);
      } else {
        display.color = FADED_NODE_COLOR;
        display.label = '';
        display.zIndex = 0;
      }
    }
    if (node === this.state.selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  };

  edgeReducer = (edge: string, attrs: EdgeAttrs): Partial<EdgeDisplayData> => {
    const display: Partial<EdgeDisplayData> = { ...attrs };
    if (!this.isEdgeShown(attrs)) {
      display.hidden = true;
      return display;
    }
    const [source, target] = this.graph.extremities(edge);
    if (!this.isVisible(source) || !this.isVisible(target)) {
      display.hidden = true;
      return display;
    }
    if (this.emphasisCentre) {
      if (source === this.emphasisCentre || target === this.emphasisCentre) {
        display.color = EDGE_COLORS[attrs.kind];
        display.size = attrs.size + 0.8;
        display.zIndex = 1;
      } else {
        display.color = FADED_EDGE_COLOR;
      }
    }
    return display;
  };
}
