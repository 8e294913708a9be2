/**
 * The view state in the URL's query string, so a view can be shared and back/forward work:
 * `?node=<id>&hide=Metric,Task&roles=-mentions&focus=<id>&hops=2&color=community&deg=3&conf=0.8`.
 */
import type { EdgeKind, NodeType } from './api/types.js';
import { EDGE_KINDS, NODE_TYPES } from './graph/style.js';
import type { Store, ViewState } from './state.js';
import { INITIAL_STATE } from './state.js';

export const MAX_MIN_DEGREE = 50;
/** The highest confidence the extractor gives a link (a lexicon name); a threshold above it would hide every link. */
export const MAX_MIN_CONFIDENCE = 0.95;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenTypes.size) params.set('hide', [...state.hiddenTypes].join(','));
  if (state.hiddenRoles.size) params.set('roles', [...state.hiddenRoles].map((r) => `-${r}`).join(','));
  if (state.focus) {
    params.set('focus', state.focus.id);
    params.set('hops', String(state.focus.hops));
  }
  if (state.colorBy !== 'type') params.set('color', state.colorBy);
  if (state.minDegree > 1) params.set('deg', String(state.minDegree));
  if (state.minConfidence > 0) params.set('conf', String(state.minConfidence));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Unknown values are dropped rather than trusted: the URL is user input. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string): string[] => (params.get(name) ?? '').split(',').filter(Boolean);
  const hiddenTypes = new Set(list('hide').filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t)));
  const hiddenRoles = new Set(
    list('roles')
      .map((r) => r.replace(/^-/, ''))
      .filter((r): r is EdgeKind => (EDGE_KINDS as readonly string[]).includes(r)),
  );
  const focusId = params.get('focus');
  return {
    ...INITIAL_STATE,
    selected: params.get('node') || null,
    hiddenTypes,
    hiddenRoles,
    focus: focusId ? { id: focusId, hops: params.get('hops') === '2' ? 2 : 1 } : null,
    colorBy: params.get('color') === 'community' ? 'community' : 'type',
    minDegree: Math.min(MAX_MIN_DEGREE, Math.max(1, Math.floor(Number(params.get('deg'))) || 1)),
    minConfidence: confidenceParam(params.get('conf')),
  };
}

/** A confidence threshold from the URL, in steps of 0.05 between 0 and the highest the extractor gives. */
function confidenceParam(value: string | null): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.min(MAX_MIN_CONFIDENCE, Math.round(n * 20) / 20);
}

/** Mirrors store changes into history, and history navigation (popstate) back into the store. */
export function bindUrl(store: Store): () => void {
  const unsubscribe = store.subscribe((state, _previous, mode) => {
    if (mode === 'none') return;
    const search = encodeState(state);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  const onPop = (): void => store.set(decodeState(location.search), 'none');
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
