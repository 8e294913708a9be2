/** Entry point: starts the explorer and exposes a debug handle for tests and benchmarks. */
import { startExplorer, type Explorer } from './app.js';
import './styles.css';

declare global {
  interface Window {
    __papergraph?: Explorer;
  }
}

const root = document.getElementById('app');
if (!root) throw new Error('#app missing from index.html');
try {
  window.__papergraph = await startExplorer(root);
  performance.mark('papergraph:interactive');
} catch (error) {
  root.className = 'fatal';
  root.textContent = `papergraph could not start: ${(error as Error).message}`;
  throw error;
}
