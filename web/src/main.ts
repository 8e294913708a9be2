/** Entry point: starts the explorer and exposes a debug handle for tests and benchmarks. */
import { startExplorer, type Explorer } from './app.js';
import './styles.css';
import { hasWebGL, NO_WEBGL } from './webgl.js';

declare global {
  interface Window {
    __papergraph?: Explorer;
  }
}

function showFatal(root: HTMLElement, message: string): void {
  root.className = 'fatal';
  root.textContent = message;
}

const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');
if (!hasWebGL()) showFatal(root, NO_WEBGL);
else {
  try {
    window.__papergraph = await startExplorer(root);
    performance.mark('papergraph:interactive');
  } catch (error) {
    showFatal(root, `papergraph could not start: ${(error as Error).message}`);
    throw error;
  }
}
