/**
 * The explorer: wires the API, the graph, sigma, the view state (URL) and the panels together.
 * Modules below it each do one job; this file only decides who reacts to what.
 */
import { api } from './api/client.js';
import type { Community, GraphView, SearchHit } from './api/types.js';
import { mountConsole } from './console/mount.js';
import { download } from './export/download.js';
import { writeGexf } from './export/gexf.js';
import { writeGraphml } from './export/graphml.js';
import { renderPng } from './export/png.js';
import { GraphLoader } from './graph/loader.js';
import { createGraph, mergeView, neighbourhood, type Communities, type ExplorerGraph } from './graph/model.js';
import { LayoutRunner } from './layout/forceatlas2.js';
import { fitNodes, flyTo } from './render/camera.js';
import { DisplayRules } from './render/reducers.js';
import { createRenderer, type ExplorerSigma } from './render/renderer.js';
import { Store, type ViewState } from './state.js';
import { bindUrl, decodeState } from './url-state.js';
import { el } from './ui/dom.js';
import { DetailsPanel } from './ui/panel.js';
import { bindGraphKeys } from './ui/graph-keys.js';
import { createSearch } from './ui/search.js';
import { Sidebar } from './ui/sidebar.js';
import { createToolbar } from './ui/toolbar.js';

export interface Explorer {
  graph: ExplorerGraph;
  sigma: ExplorerSigma;
  store: Store;
  /** Nodes sigma currently draws (after filters and focus), read from its reducer output. */
  renderedNodes: () => string[];
  select: (id: string | null) => Promise<void>;
  destroy: () => void;
}

interface Shell {
  header: HTMLElement;
  zoom: HTMLElement;
  stage: HTMLElement;
  canvas: HTMLElement;
  banner: HTMLElement;
  notice: HTMLElement;
  sideSlot: HTMLElement;
  panel: HTMLElement;
  details: HTMLElement;
  consoleBody: HTMLElement;
  tabs: { details: HTMLButtonElement; console: HTMLButtonElement };
}

function buildShell(root: HTMLElement): Shell {
  const canvas = el('div', { className: 'graph', attrs: { id: 'graph' } });
  const banner = el('div', { className: 'focus-banner', attrs: { hidden: '' } });
  const notice = el('div', { className: 'notice', attrs: { hidden: '' } });
  const zoom = el('div', { className: 'zoom-controls', attrs: { role: 'group', 'aria-label': 'Zoom' } });
  const stage = el('main', { className: 'stage' }, canvas, banner, notice, zoom);
  const header = el('header', { className: 'topbar' }, el('div', { className: 'brand' }, el('span', { className: 'logo', attrs: { 'aria-hidden': 'true' } }), 'papergraph'));
  const sideSlot = el('div', { className: 'side-slot' });
  // The WAI-ARIA tabs pattern: each tab controls its panel, and only the selected tab is in the Tab order.
  const tabAttrs = (name: string, selected: boolean): Record<string, string> => ({
    type: 'button', role: 'tab', id: `tab-${name}`, 'aria-controls': `panel-${name}`, 'aria-selected': String(selected), tabindex: selected ? '0' : '-1',
  });
  const tabDetails = el('button', { className: 'tab', attrs: tabAttrs('details', true), dataset: { tab: 'details' } }, 'Details');
  const tabConsole = el('button', { className: 'tab', attrs: tabAttrs('console', false), dataset: { tab: 'console' } }, 'Console');
  const details = el('div', { className: 'tab-body', attrs: { role: 'tabpanel', id: 'panel-details', 'aria-labelledby': 'tab-details' }, dataset: { panel: 'details' } });
  const consoleBody = el('div', { className: 'tab-body console-body', attrs: { role: 'tabpanel', id: 'panel-console', 'aria-labelledby': 'tab-console', hidden: '' }, dataset: { panel: 'console' } });
  const panel = el('section', { className: 'panel' }, el('div', { className: 'tabs', attrs: { role: 'tablist' } }, tabDetails, tabConsole), details, consoleBody);
  root.replaceChildren(el('div', { className: 'app' }, header, sideSlot, stage, panel));
  return { header, zoom, stage, canvas, banner, notice, sideSlot, panel, details, consoleBody, tabs: { details: tabDetails, console: tabConsole } };
}

export async function startExplorer(root: HTMLElement): Promise<Explorer> {
  const shell = buildShell(root);
  const store = new Store(decodeState(location.search));
  const graph = createGraph();
  const communities: Communities = new Map();
  const firstView: GraphView = await api.graph();
  performance.mark('papergraph:graph-fetched');
  mergeView(graph, communities, firstView);

  const rules = new DisplayRules(graph, store.get());
  const sigma = createRenderer(graph, shell.canvas, rules);
  const stageSize = followStageSize(shell.canvas, sigma);
  performance.mark('papergraph:sigma-drawn');
  // sigma drew synchronously; two frames later that drawing has been presented on screen.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('papergraph:first-frame')));
  const layout = new LayoutRunner(graph);
  const unbindUrl = bindUrl(store);

  /** In a budgeted view, says how much of the graph is loaded and how to get more. */
  const showBudget = (): void => {
    if (!firstView.truncated) return;
    showNotice(
      shell.notice,
      `Showing ${graph.order.toLocaleString()} of ${firstView.total.nodes.toLocaleString()} nodes (the most connected, plus what you expanded). Search, or “Expand neighbours” on a node, to load more.`,
      false,
    );
  };

  const loader = new GraphLoader(graph, communities, firstView, () => {
    layout.reset();
    rules.graphChanged();
    sidebar.render();
    sigma.refresh();
    showBudget();
  });

  const select = async (id: string | null, fly = true): Promise<void> => {
    if (id && !(await loader.ensureLoaded(id))) {
      showNotice(shell.notice, `“${id}” is not in the graph.`);
      return;
    }
    store.set({ selected: id }, 'push');
    if (id && fly) await flyTo(sigma, id);
  };

  const panel = new DetailsPanel({
    select: (id) => void select(id),
    focus: (id, hops) => store.set({ focus: { id, hops } }, 'push'),
    expand: (id) => loader.expand(id),
    close: () => void select(null),
  });
  shell.details.append(panel.element);

  const sidebar = new Sidebar({
    store,
    graph,
    communities: () => [...communities.values()].sort((a, b) => b.size - a.size),
    shown: () => rules.visibleCount(),
    totals: () => firstView.counts,
    onCommunityClick: (community: Community) => {
      const top = community.top.find((id) => graph.hasNode(id));
      if (top) void select(top);
    },
  });
  shell.sideSlot.append(sidebar.element);

  const toolbar = explorerToolbar(store, layout, sigma, graph, rules);
  shell.header.append(
    createSearch((hit: SearchHit) => {
      showTab(shell, 'details');
      void select(hit.id);
    }),
    toolbar.element,
  );

  const consoleTeardown = bindTabs(shell, (id) => void select(id));
  addZoomButtons(shell.zoom, sigma);
  const onKey = escapeStepsOut(store, () => void select(null));
  window.addEventListener('keydown', onKey);
  bindNodeEvents(sigma, rules, shell, {
    open: (id) => {
      showTab(shell, 'details');
      void select(id, false);
    },
    clear: () => {
      if (store.get().selected) void select(null);
    },
  });

  const unbindGraphKeys = bindGraphKeys(shell.canvas, sigma, {
    selected: () => store.get().selected,
    // A selection may name a node the graph lacks (a stale link, back/forward): it has no neighbours to walk.
    neighbours: (id) =>
      graph.hasNode(id) ? graph.neighbors(id).filter((n) => rules.isVisible(n)).sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'))) : [],
    open: (id) => {
      showTab(shell, 'details');
      void select(id);
    },
  });

  const applyState = async (state: ViewState, previous: ViewState | null): Promise<void> => {
    if (state.focus && state.focus.id !== previous?.focus?.id) await loader.ensureLoaded(state.focus.id);
    if (state.focus && (state.focus.id !== previous?.focus?.id || state.focus.hops !== previous?.focus?.hops)) {
      // A budgeted view may lack part of the neighbourhood: fetch it before showing the focus.
      await loader.expand(state.focus.id, state.focus.hops).catch(() => 0);
    }
    if (state.selected) await loader.ensureLoaded(state.selected);
    await loader.refill(state).catch(() => undefined);
    // The renderer was built with the initial state: only later changes need a refresh.
    if (previous) {
      rules.setState(store.get());
      sigma.refresh();
      sidebar.refreshSummary(); // its count is what the rules just applied leave
    }
    toolbar.update();
    renderBanner(shell.banner, state, graph, () => store.set({ focus: null }, 'push'));
    if (state.selected !== (previous?.selected ?? null)) {
      if (state.selected && graph.hasNode(state.selected)) void panel.show(state.selected, graph.getNodeAttribute(state.selected, 'label') as string);
      else panel.showEmpty();
    }
    if (state.focus && (state.focus.id !== previous?.focus?.id || state.focus.hops !== previous?.focus?.hops)) {
      await fitNodes(sigma, neighbourhood(graph, state.focus.id, state.focus.hops));
    } else if (!state.focus && previous?.focus) {
      await sigma.getCamera().animatedReset({ duration: 500 });
    }
  };
  store.subscribe((state, previous) => void applyState(state, previous));
  const initial = store.get();
  await applyState(initial, null);
  // A shared link to a node this graph lacks (another corpus, a stale id) says so and leaves the URL clean.
  const stale = staleLinkTargets(initial, graph);
  if (stale.ids.length) {
    showNotice(shell.notice, `The link's ${stale.ids.map((id) => `“${id}”`).join(' and ')} ${stale.ids.length > 1 ? 'are' : 'is'} not in this graph.`);
    store.set(stale.patch, 'replace');
  } else if (initial.selected && !initial.focus) await flyTo(sigma, initial.selected, 0);
  showBudget();
  void warnIfDegraded(shell.stage);

  const destroy = (): void => {
    layout.kill();
    consoleTeardown();
    unbindUrl();
    window.removeEventListener('keydown', onKey);
    unbindGraphKeys();
    stageSize.disconnect();
    sigma.kill();
  };
  // Never leave a layout worker running behind a closed page.
  window.addEventListener('pagehide', () => layout.kill());

  return {
    graph,
    sigma,
    store,
    renderedNodes: () => graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false),
    select: (id) => select(id),
    destroy,
  };
}

/** sigma follows window resizes only; the stage also narrows when the console widens the panel. */
function followStageSize(canvas: HTMLElement, sigma: ExplorerSigma): ResizeObserver {
  let stageWidth = canvas.clientWidth;
  const stageSize = new ResizeObserver(() => {
    if (canvas.clientWidth === stageWidth) return;
    stageWidth = canvas.clientWidth;
    sigma.resize();
    sigma.refresh();
  });
  stageSize.observe(canvas);
  return stageSize;
}

function explorerToolbar(store: Store, layout: LayoutRunner, sigma: ExplorerSigma, graph: ExplorerGraph, rules: DisplayRules): ReturnType<typeof createToolbar> {
  const visible = rules.isVisible.bind(rules);
  const shown = rules.isEdgeShown.bind(rules);
  return createToolbar(
    {
      setColorBy: (colorBy) => store.set({ colorBy }, 'push'),
      toggleLayout: () => {
        if (layout.running) layout.stop();
        else layout.start();
        return layout.running;
      },
      exportPng: () => void renderPng(sigma).then((blob) => download(blob, 'papergraph.png')),
      exportGexf: () => download(new Blob([writeGexf(graph, visible, shown)], { type: 'application/xml' }), 'papergraph.gexf'),
      exportGraphml: () => download(new Blob([writeGraphml(graph, visible, shown)], { type: 'application/xml' }), 'papergraph.graphml'),
    },
    () => store.get().colorBy,
  );
}

/** The Details / Console tabs; the console is mounted the first time it is opened. Returns its teardown. */
function bindTabs(shell: Shell, selectNode: (id: string) => void): () => void {
  let consoleTeardown: (() => void) | null = null;
  shell.tabs.details.addEventListener('click', () => showTab(shell, 'details'));
  shell.tabs.console.addEventListener('click', () => {
    showTab(shell, 'console');
    consoleTeardown ??= mountConsole(shell.consoleBody, {
      selectNode: (id) => {
        showTab(shell, 'details');
        selectNode(id);
      },
    });
  });
  // Arrow keys, Home and End move between the two tabs and open the one they reach.
  for (const [tab, other] of [[shell.tabs.details, shell.tabs.console], [shell.tabs.console, shell.tabs.details]] as const) {
    tab.addEventListener('keydown', (event) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      const target = event.key === 'Home' ? shell.tabs.details : event.key === 'End' ? shell.tabs.console : other;
      target.click();
      target.focus();
    });
  }
  return () => consoleTeardown?.();
}

function addZoomButtons(zoom: HTMLElement, sigma: ExplorerSigma): void {
  const camera = sigma.getCamera();
  zoom.append(
    el('button', { className: 'zoom-button', attrs: { type: 'button', 'aria-label': 'Zoom in' }, title: 'Zoom in', on: { click: () => void camera.animatedZoom({ duration: 250 }) } }, '+'),
    el('button', { className: 'zoom-button', attrs: { type: 'button', 'aria-label': 'Zoom out' }, title: 'Zoom out', on: { click: () => void camera.animatedUnzoom({ duration: 250 }) } }, '−'),
    el('button', { className: 'zoom-button', attrs: { type: 'button', 'aria-label': 'Fit the graph' }, title: 'Fit the graph', on: { click: () => void camera.animatedReset({ duration: 300 }) } }, '⤢'),
  );
}

/** Escape steps out: first of the focus, then of the selection (unless typing somewhere). */
function escapeStepsOut(store: Store, deselect: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== 'Escape' || (target && ['INPUT', 'TEXTAREA'].includes(target.tagName)) || target?.isContentEditable) return;
    if (store.get().focus) store.set({ focus: null }, 'push');
    else if (store.get().selected) deselect();
  };
}

/** Hovering a node highlights it through the reducers; clicking opens it, clicking the stage clears the selection. */
function bindNodeEvents(sigma: ExplorerSigma, rules: DisplayRules, shell: Shell, on: { open: (id: string) => void; clear: () => void }): void {
  sigma.on('enterNode', ({ node }) => {
    rules.setHovered(node);
    shell.canvas.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    rules.setHovered(null);
    shell.canvas.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => on.open(node));
  sigma.on('clickStage', () => on.clear());
}

function showTab(shell: Shell, tab: 'details' | 'console'): void {
  for (const name of ['details', 'console'] as const) {
    shell.tabs[name].setAttribute('aria-selected', String(tab === name));
    shell.tabs[name].tabIndex = tab === name ? 0 : -1;
  }
  shell.details.hidden = tab !== 'details';
  shell.consoleBody.hidden = tab !== 'console';
  shell.panel.classList.toggle('wide', tab === 'console');
}

function renderBanner(banner: HTMLElement, state: ViewState, graph: ExplorerGraph, clearFocus: () => void): void {
  const focus = state.focus;
  if (!focus || !graph.hasNode(focus.id)) {
    banner.hidden = true;
    banner.replaceChildren();
    return;
  }
  banner.hidden = false;
  banner.replaceChildren(
    el('span', {}, `Focus: `),
    el('strong', {}, graph.getNodeAttribute(focus.id, 'label')),
    el('span', { className: 'muted' }, ` · ${focus.hops} hop${focus.hops === 1 ? '' : 's'}`),
    el('button', { className: 'button small', attrs: { type: 'button' }, on: { click: clearFocus } }, 'Show all'),
  );
}

/** The selection and focus of a view state that name no node of `graph`, and the patch that drops them. */
function staleLinkTargets(state: ViewState, graph: ExplorerGraph): { ids: string[]; patch: Partial<ViewState> } {
  const ids: string[] = [];
  const patch: Partial<ViewState> = {};
  if (state.selected && !graph.hasNode(state.selected)) {
    ids.push(state.selected);
    patch.selected = null;
  }
  if (state.focus && !graph.hasNode(state.focus.id)) {
    ids.push(state.focus.id);
    patch.focus = null;
  }
  return { ids, patch };
}

/**
 * The explorer serves the graph read at start even when Neo4j has gone away since; say so once, or
 * the first sign would be a failing console. Kept until dismissed, so it has its own element: the
 * shared notice hides itself and is replaced by the next message.
 */
async function warnIfDegraded(stage: HTMLElement): Promise<void> {
  const health = await api.health().catch(() => null);
  if (!health || health.status === 'ok') return;
  const notice = el(
    'div',
    { className: 'notice health-notice', attrs: { role: 'status' } },
    el('span', {}, 'Neo4j is unreachable: the explorer shows the graph read at start, but the Cypher console cannot run. Start Neo4j, then reload.'),
    el('button', { className: 'button small', attrs: { type: 'button', 'aria-label': 'Dismiss' }, title: 'Dismiss', on: { click: () => notice.remove() } }, '×'),
  );
  stage.append(notice);
}

function showNotice(notice: HTMLElement, text: string, autoHide = true): void {
  notice.hidden = false;
  notice.textContent = text;
  if (autoHide) window.setTimeout(() => (notice.hidden = true), 4000);
}
