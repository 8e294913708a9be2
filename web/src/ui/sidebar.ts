/**
 * The left column: filters by node type and by role (with counts), the legend, and the
 * community legend when the graph is coloured by cluster.
 */
import type { Community, EdgeKind, NodeType } from '../api/types.js';
import type { ExplorerGraph } from '../graph/model.js';
import type { ShownCounts } from '../render/reducers.js';
import { EDGE_COLORS, EDGE_KINDS, EDGE_LABELS, NODE_TYPES, TYPE_COLORS, TYPE_PLURALS } from '../graph/style.js';
import { toggled, type Store, type ViewState } from '../state.js';
import { MAX_MIN_CONFIDENCE, MAX_MIN_DEGREE } from '../url-state.js';
import { clear, el } from './dom.js';

export interface SidebarContext {
  store: Store;
  graph: ExplorerGraph;
  /** Communities of the loaded view, largest first. */
  communities: () => Community[];
  /** Nodes and links the filters leave on screen, each null when they leave all. */
  shown: () => ShownCounts;
  /** Whole-graph totals from the API, to show "shown of total" when the view is budgeted. */
  totals: () => { byType: Partial<Record<NodeType, number>>; byRole: Partial<Record<EdgeKind, number>> };
  onCommunityClick: (community: Community) => void;
}

function countLoaded(graph: ExplorerGraph): { byType: Map<NodeType, number>; byRole: Map<EdgeKind, number> } {
  const byType = new Map<NodeType, number>();
  const byRole = new Map<EdgeKind, number>();
  graph.forEachNode((_node, attrs) => byType.set(attrs.nodeType, (byType.get(attrs.nodeType) ?? 0) + 1));
  graph.forEachEdge((_edge, attrs) => byRole.set(attrs.kind, (byRole.get(attrs.kind) ?? 0) + 1));
  return { byType, byRole };
}

function countText(loaded: number, total: number | undefined): string {
  return total !== undefined && total > loaded ? `${loaded.toLocaleString()} / ${total.toLocaleString()}` : loaded.toLocaleString();
}

/** The legend names the largest clusters; a long tail of small ones would push the filters off screen. */
const LEGEND_CLUSTERS = 12;

/** Says the legend is partial, so a node in an unnamed colour is not a mystery. */
function restOfClusters(all: Community[], named: number): string {
  const rest = all.slice(named);
  const nodes = rest.reduce((sum, community) => sum + community.size, 0);
  return `${named} largest of ${all.length} clusters; the other ${rest.length} hold ${nodes.toLocaleString()} nodes`;
}

export class Sidebar {
  readonly element = el('aside', { className: 'sidebar', attrs: { 'aria-label': 'Filters and legend' } });
  private readonly summaryLine = el('p', { className: 'side-summary' });

  constructor(private readonly ctx: SidebarContext) {
    ctx.store.subscribe(() => this.render());
    this.render();
  }

  render(): void {
    const state = this.ctx.store.get();
    const { byType, byRole } = countLoaded(this.ctx.graph);
    const totals = this.ctx.totals();
    const focused = this.focusedFilter();
    clear(this.element);
    this.element.append(
      this.section(
        'Node types',
        NODE_TYPES.filter((type) => byType.has(type) || totals.byType[type]).map((type) =>
          this.checkbox({
            key: `type-${type}`,
            label: TYPE_PLURALS[type],
            count: countText(byType.get(type) ?? 0, totals.byType[type]),
            checked: !state.hiddenTypes.has(type),
            swatch: el('span', { className: type === 'Paper' ? 'swatch ring' : 'swatch', attrs: { style: `--swatch:${TYPE_COLORS[type]}` } }),
            onChange: () => this.ctx.store.set({ hiddenTypes: toggled(state.hiddenTypes, type) }, 'push'),
          }),
        ),
      ),
      this.section(
        'Paper → concept roles',
        EDGE_KINDS.filter((kind) => byRole.has(kind) || totals.byRole[kind]).map((kind) =>
          this.checkbox({
            key: `role-${kind}`,
            label: EDGE_LABELS[kind],
            count: countText(byRole.get(kind) ?? 0, totals.byRole[kind]),
            checked: !state.hiddenRoles.has(kind),
            swatch: el('span', { className: 'swatch line', attrs: { style: `--swatch:${EDGE_COLORS[kind]}` } }),
            onChange: () => this.ctx.store.set({ hiddenRoles: toggled(state.hiddenRoles, kind) }, 'push'),
          }),
        ),
      ),
      this.degreeFilter(state),
      this.confidenceFilter(state),
      state.colorBy === 'community' ? this.communityLegend() : this.shapeLegend(),
      this.summary(state),
    );
    // The focused control was just replaced: its successor takes focus, so a keyboard user keeps their place.
    if (focused) this.element.querySelector<HTMLElement>(`[data-filter="${CSS.escape(focused)}"]`)?.focus();
  }

  /** The data-filter of the focused control of this sidebar, if any. */
  private focusedFilter(): string | undefined {
    const active = document.activeElement;
    return active instanceof HTMLElement && this.element.contains(active) ? active.dataset.filter : undefined;
  }

  /** A titled group of filters; the heading names the group for screen readers ("Node types", "Roles"). */
  private section(title: string, items: HTMLElement[]): HTMLElement {
    const id = `side-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    return el(
      'section',
      { className: 'side-section' },
      el('h3', { attrs: { id } }, title),
      el('div', { className: 'side-items', attrs: { role: 'group', 'aria-labelledby': id } }, ...items),
    );
  }

  private checkbox(opts: { key: string; label: string; count: string; checked: boolean; swatch: HTMLElement; onChange: () => void }): HTMLElement {
    const input = el('input', { attrs: { type: 'checkbox', name: opts.key }, dataset: { filter: opts.key }, on: { change: opts.onChange } });
    input.checked = opts.checked;
    return el(
      'label',
      { className: `filter-row${opts.checked ? '' : ' off'}` },
      input,
      opts.swatch,
      el('span', { className: 'filter-label' }, opts.label),
      el('span', { className: 'count' }, opts.count),
    );
  }

  /** "Hide nodes with fewer than N links". */
  private degreeFilter(state: ViewState): HTMLElement {
    let max = 2;
    this.ctx.graph.forEachNode((_node, attrs) => (max = Math.max(max, attrs.degree)));
    return this.rangeFilter({
      title: 'Minimum links',
      label: 'Minimum number of links',
      filter: 'min-degree',
      range: { min: 1, max: Math.min(MAX_MIN_DEGREE, max), step: 1 },
      value: state.minDegree,
      shown: (v) => (v <= 1 ? 'all' : `≥ ${v}`),
      apply: (minDegree) => this.ctx.store.set({ minDegree }, 'push'),
    });
  }

  /** "Hide links the extractor is less sure of than C". */
  private confidenceFilter(state: ViewState): HTMLElement {
    return this.rangeFilter({
      title: 'Link confidence',
      label: 'Minimum link confidence',
      filter: 'min-confidence',
      range: { min: 0, max: MAX_MIN_CONFIDENCE, step: 0.05 },
      value: state.minConfidence,
      shown: (v) => (v <= 0 ? 'all' : `≥ ${v.toFixed(2)}`),
      apply: (minConfidence) => this.ctx.store.set({ minConfidence }, 'push'),
    });
  }

  /** A threshold slider whose label follows the thumb; applied on release, so dragging stays smooth. */
  private rangeFilter(opts: {
    title: string;
    label: string;
    filter: string;
    range: { min: number; max: number; step: number };
    value: number;
    shown: (value: number) => string;
    apply: (value: number) => void;
  }): HTMLElement {
    const { min, max, step } = opts.range;
    const value = el('span', { className: 'count' }, opts.shown(opts.value));
    const input = el('input', {
      className: 'range',
      attrs: { type: 'range', min: String(min), max: String(max), step: String(step), 'aria-label': opts.label },
      dataset: { filter: opts.filter },
    });
    input.value = String(opts.value);
    input.addEventListener('input', () => (value.textContent = opts.shown(Number(input.value))));
    input.addEventListener('change', () => opts.apply(Number(input.value)));
    return el('section', { className: 'side-section' }, el('h3', {}, opts.title), el('div', { className: 'range-row' }, input, value));
  }

  private shapeLegend(): HTMLElement {
    return el(
      'section',
      { className: 'side-section legend' },
      el('h3', {}, 'Legend'),
      el('div', { className: 'legend-row' }, el('span', { className: 'swatch ring', attrs: { style: `--swatch:${TYPE_COLORS.Paper}` } }), 'Paper (ring)'),
      el('div', { className: 'legend-row' }, el('span', { className: 'swatch', attrs: { style: '--swatch:#64748b' } }), 'Concept (disc, coloured by type)'),
      el('div', { className: 'legend-row muted' }, 'Size grows with the number of links.'),
    );
  }

  private communityLegend(): HTMLElement {
    const all = this.ctx.communities();
    const communities = all.slice(0, LEGEND_CLUSTERS);
    return el(
      'section',
      { className: 'side-section legend' },
      el('h3', {}, 'Clusters'),
      ...communities.map((community) =>
        el(
          'button',
          {
            className: 'legend-row community',
            attrs: { type: 'button' },
            title: `${community.size} nodes — show its most central entity`,
            on: { click: () => this.ctx.onCommunityClick(community) },
          },
          el('span', { className: 'swatch', attrs: { style: `--swatch:${community.color}` } }),
          el('span', { className: 'filter-label' }, community.label),
          el('span', { className: 'count' }, community.size.toLocaleString()),
        ),
      ),
      ...(all.length > communities.length ? [el('div', { className: 'legend-row muted legend-rest' }, restOfClusters(all, communities.length))] : []),
    );
  }

  /** Rewrites only the summary line, once the display rules have applied a new state (its count is theirs). */
  refreshSummary(): void {
    this.summaryLine.textContent = this.summaryText(this.ctx.store.get());
  }

  private summary(state: ViewState): HTMLElement {
    this.summaryLine.textContent = this.summaryText(state);
    return this.summaryLine;
  }

  private summaryText(state: ViewState): string {
    const focus = state.focus ? ` · focus ${state.focus.hops}-hop` : '';
    const shown = this.ctx.shown();
    const order = this.ctx.graph.order.toLocaleString();
    const size = this.ctx.graph.size.toLocaleString();
    const nodes = shown.nodes === null ? `${order} nodes` : `${shown.nodes.toLocaleString()} of ${order} nodes shown`;
    const links = shown.links === null || shown.links === this.ctx.graph.size ? `${size} links loaded` : `${shown.links.toLocaleString()} of ${size} links shown`;
    return `${nodes} · ${links}${focus}`;
  }
}
