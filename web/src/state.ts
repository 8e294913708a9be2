/** The shareable view state (what the URL carries) and a tiny observable store for it. */
import type { EdgeKind, NodeType } from './api/types.js';

export type ColorBy = 'type' | 'community';
export type Hops = 1 | 2;

export interface ViewState {
  selected: string | null;
  hiddenTypes: ReadonlySet<NodeType>;
  hiddenRoles: ReadonlySet<EdgeKind>;
  /** Show only this node's neighbourhood. */
  focus: { id: string; hops: Hops } | null;
  colorBy: ColorBy;
  /** Hide nodes with fewer links than this (in the whole graph); 1 = show all. */
  minDegree: number;
  /** Hide links the extractor is less sure of than this, and concepts left with none; 0 = show all. */
  minConfidence: number;
}

export const INITIAL_STATE: ViewState = {
  selected: null,
  hiddenTypes: new Set(),
  hiddenRoles: new Set(),
  focus: null,
  colorBy: 'type',
  minDegree: 1,
  minConfidence: 0,
};

/**
 * How a change reaches the browser history: 'push' for navigations the user may want to go
 * back from, 'replace' for tweaks, 'none' when the change came from the history itself.
 */
export type HistoryMode = 'push' | 'replace' | 'none';

type Listener = (state: ViewState, previous: ViewState, mode: HistoryMode) => void;

export class Store {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.state = initial;
  }

  get(): ViewState {
    return this.state;
  }

  set(patch: Partial<ViewState>, mode: HistoryMode = 'push'): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous, mode);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
