/** Camera moves: fly to one node, or fit a set of nodes in the viewport. */
import type { ExplorerSigma } from './renderer.js';

/**
 * Moves the camera, animated or at once. sigma's `animate` can finish synchronously when the
 * duration is 0 and then never resolves its promise, so instant moves use `setState`.
 */
function moveCamera(sigma: ExplorerSigma, state: { x: number; y: number; ratio: number }, duration: number): Promise<void> {
  const camera = sigma.getCamera();
  if (duration <= 0) {
    camera.setState(state);
    return Promise.resolve();
  }
  return camera.animate(state, { duration });
}

/** Centres the camera on a node (its display position), zooming in if needed. */
export function flyTo(sigma: ExplorerSigma, node: string, duration = 600): Promise<void> {
  const display = sigma.getNodeDisplayData(node);
  if (!display) return Promise.resolve();
  return moveCamera(sigma, { x: display.x, y: display.y, ratio: Math.min(sigma.getCamera().ratio, 0.35) }, duration);
}

/**
 * Fits nodes in view. Display positions live in sigma's normalised "framed graph" space, where
 * the whole graph fits at ratio 1; so the ratio for a subset is its extent in that space.
 */
export function fitNodes(sigma: ExplorerSigma, nodes: Iterable<string>, duration = 600): Promise<void> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const d = sigma.getNodeDisplayData(node);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (minX === Infinity) return Promise.resolve();
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = Math.min(1, Math.max(0.08, extent * 1.3));
  return moveCamera(sigma, { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, duration);
}
