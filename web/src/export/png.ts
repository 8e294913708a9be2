/**
 * PNG of the current view: sigma draws into several stacked canvases (WebGL edges and nodes, 2D
 * labels and hover); we re-render synchronously and composite them in order on a white
 * background. sigma's WebGL contexts do not preserve their drawing buffer, so the composite
 * has to happen in the same task as the render.
 */
import type { ExplorerSigma } from '../render/renderer.js';

// sigma's stacking order, bottom to top (the mouse layer is transparent).
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

export function renderPng(sigma: ExplorerSigma): Promise<Blob> {
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const reference = canvases.nodes ?? Object.values(canvases)[0];
  if (!reference) return Promise.reject(new Error('sigma has no canvas to export'));
  const output = document.createElement('canvas');
  output.width = reference.width;
  output.height = reference.height;
  const context = output.getContext('2d');
  if (!context) return Promise.reject(new Error('2D canvas unavailable'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const layer of LAYERS) {
    const canvas = canvases[layer];
    if (canvas) context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
