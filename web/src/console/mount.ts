/**
 * The Cypher console's entry point for the explorer, which calls `mountConsole` once, the first
 * time the Console tab opens. The panel and its editor (CodeMirror, ~100 KB gzipped) load on
 * demand from a separate chunk, so the explorer's first render never pays for them.
 */
import type { ConsolePanel } from './panel.js';

declare global {
  interface Window {
    /** The mounted console, a debug handle for browser tests (like window.__papergraph). */
    __papergraphConsole?: ConsolePanel;
  }
}

export interface ConsoleHost {
  /** Select a node of the explorer's graph (e.g. a node clicked in a result). */
  selectNode: (id: string) => void;
}

export function mountConsole(container: HTMLElement, host: ConsoleHost): () => void {
  const loading = document.createElement('p');
  loading.className = 'muted';
  loading.textContent = 'Loading the Cypher console…';
  container.appendChild(loading);
  let destroy: (() => void) | null = null;
  let unmounted = false;
  import('./panel.js').then(
    ({ ConsolePanel }) => {
      loading.remove();
      if (unmounted) return;
      const panel = new ConsolePanel(host.selectNode);
      container.appendChild(panel.element);
      window.__papergraphConsole = panel;
      destroy = () => {
        panel.destroy();
        delete window.__papergraphConsole;
      };
    },
    (error: unknown) => {
      loading.textContent = `The console could not load: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
  return () => {
    unmounted = true;
    loading.remove();
    destroy?.();
  };
}
