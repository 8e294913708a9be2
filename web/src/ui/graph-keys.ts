/**
 * The graph from the keyboard. A WebGL canvas has no focusable parts, so the graph's container takes focus
 * and reads keys: arrows pan, + and − zoom, 0 fits the graph, and with a node open, ] and [ step to its next
 * or previous shown neighbour (by label), so the graph can be walked without a pointer.
 */
import type { ExplorerSigma } from '../render/renderer.js';

export interface GraphKeyActions {
  /** The open node, if any. */
  selected(): string | null;
  /** The neighbours of a node the view shows, in the order to step through. */
  neighbours(node: string): string[];
  open(node: string): void;
}

// A pan moves a tenth of the view, whatever the zoom.
const PAN_STEP = 0.1;
const PANS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

const GRAPH_KEYS_HELP = 'Knowledge graph. Arrow keys pan, plus and minus zoom, 0 fits the graph; with a node open, ] and [ step through its neighbours.';

/** Makes `container` focusable and binds its keys; returns the unbinding. */
export function bindGraphKeys(container: HTMLElement, sigma: ExplorerSigma, actions: GraphKeyActions): () => void {
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute('aria-label', GRAPH_KEYS_HELP);
  const step = neighbourWalk(actions);
  const onKey = (event: KeyboardEvent): void => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    if (handleKey(event.key, sigma, step)) event.preventDefault();
  };
  container.addEventListener('keydown', onKey);
  return () => container.removeEventListener('keydown', onKey);
}

/** Acts on one key; false when the key is not the graph's. */
function handleKey(key: string, sigma: ExplorerSigma, step: (direction: 1 | -1) => void): boolean {
  const camera = sigma.getCamera();
  const pan = PANS[key];
  if (pan) {
    const { x, y, ratio } = camera.getState();
    void camera.animate({ x: x + pan[0] * PAN_STEP * ratio, y: y + pan[1] * PAN_STEP * ratio }, { duration: 150 });
  } else if (key === '+' || key === '=') void camera.animatedZoom({ duration: 200 });
  else if (key === '-' || key === '_') void camera.animatedUnzoom({ duration: 200 });
  else if (key === '0') void camera.animatedReset({ duration: 300 });
  else if (key === ']' || key === '[') step(key === ']' ? 1 : -1);
  else return false;
  return true;
}

/**
 * Steps to the next neighbour of the open node. The walk remembers where it started, so it goes round the
 * first node's neighbours rather than wandering off through each neighbour's own; opening another node by
 * other means starts a new walk there.
 */
function neighbourWalk(actions: GraphKeyActions): (direction: 1 | -1) => void {
  let walk: { from: string; at: string } | null = null;
  return (direction) => {
    const selected = actions.selected();
    if (!selected) return;
    // Opening a node takes a moment (it may load first): a key pressed meanwhile still finds the walk's start selected.
    if (walk?.at !== selected && walk?.from !== selected) walk = { from: selected, at: selected };
    const ring = actions.neighbours(walk.from);
    if (!ring.length) return;
    const here = ring.indexOf(walk.at);
    const next = here === -1 ? ring[direction === 1 ? 0 : ring.length - 1]! : ring[(here + direction + ring.length) % ring.length]!;
    walk.at = next;
    actions.open(next);
  };
}
