/**
 * Placeholder for the Cypher console panel (issue 7 replaces this file). The explorer calls
 * `mountConsole` once, the first time the Console tab opens.
 */
export interface ConsoleHost {
  /** Select a node of the explorer's graph (e.g. a node clicked in a result). */
  selectNode: (id: string) => void;
}

export function mountConsole(container: HTMLElement, _host: ConsoleHost): () => void {
  const note = document.createElement('p');
  note.className = 'muted';
  note.textContent = 'Cypher console: coming from the console module';
  container.appendChild(note);
  return () => note.remove();
}
