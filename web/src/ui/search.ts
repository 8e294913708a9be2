/**
 * Search box with autocomplete over the API's search (titles, entity names, aliases):
 * ArrowUp/ArrowDown move, Enter chooses, Escape closes; an ARIA combobox so screen readers
 * announce the options.
 */
import { api, ApiRequestError } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { TYPE_COLORS } from '../graph/style.js';
import { clear, el } from './dom.js';

const DEBOUNCE_MS = 120;

export function createSearch(onChoose: (hit: SearchHit) => void): HTMLElement {
  const input = searchInput();
  const list = el('ul', { className: 'search-options', attrs: { id: 'search-options', role: 'listbox' } });
  const root = el('div', { className: 'search' }, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | null = null;
  /** The latest query, from when its debounce ended until its results are shown. */
  let pending: Promise<void> | null = null;

  const close = (): void => {
    hits = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  /** One inert line in place of the options: no match, or no answer from the server. */
  const notice = (text: string): void => {
    clear(list);
    list.append(el('li', { className: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, text));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  };

  const render = (query: string): void => {
    if (!hits.length) return notice(`No paper or concept matches “${query}”.`);
    clear(list);
    hits.forEach((hit, index) => list.appendChild(searchOption(hit, index, index === active, () => choose(index))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.label;
    close();
    input.blur();
    onChoose(hit);
  };

  const query = async (q: string): Promise<void> => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      const response = await api.search(q, 10, controller.signal);
      if (controller.signal.aborted || input.value.trim() !== q) return;
      hits = response.hits;
      active = hits.length ? 0 : -1;
      render(q);
    } catch (error) {
      // A server that answered says why, as the details panel shows it; only no answer at all is "unreachable".
      if ((error as Error).name !== 'AbortError' && input.value.trim() === q) notice(error instanceof ApiRequestError ? error.message : 'Server unreachable — try again.');
    }
  };

  /** Runs the query now rather than when the debounce ends. */
  const run = (q: string): Promise<void> => {
    window.clearTimeout(timer);
    timer = undefined;
    pending = query(q);
    return pending;
  };

  /** Enter opens the active hit of what is typed now, waiting for its results if they are still coming. */
  const enter = async (): Promise<void> => {
    const q = input.value.trim();
    if (!q) return;
    if (!hits.length) await (timer === undefined ? pending : run(q));
    if (input.value.trim() === q) choose(active);
  };

  input.addEventListener('input', () => {
    // Hits of the text before this edit must not be chosen by an Enter pressed before the new ones arrive.
    close();
    window.clearTimeout(timer);
    timer = undefined;
    const q = input.value.trim();
    if (q) timer = window.setTimeout(() => void run(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render(input.value.trim());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void enter();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  focusOnSlash(input);
  close();
  return root;
}

function searchInput(): HTMLInputElement {
  return el('input', {
    className: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search papers, models, benchmarks…',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-options',
      'aria-label': 'Search the graph',
      autocomplete: 'off',
      // The API refuses longer queries.
      maxlength: '200',
      spellcheck: 'false',
    },
  });
}

/** One option of the list: the hit's type colour, its label, the alias it matched by, its type. */
function searchOption(hit: SearchHit, index: number, active: boolean, pick: () => void): HTMLLIElement {
  return el(
    'li',
    {
      className: `search-option${active ? ' active' : ''}`,
      attrs: { role: 'option', id: `search-option-${index}`, 'aria-selected': String(active) },
      dataset: { id: hit.id },
      on: {
        // mousedown, not click: it fires before the input's blur closes the list.
        mousedown: (event) => {
          event.preventDefault();
          pick();
        },
      },
    },
    el('span', { className: 'swatch', attrs: { style: `--swatch:${TYPE_COLORS[hit.type]}` } }),
    el('span', { className: 'option-label' }, hit.label),
    hit.matched ? el('span', { className: 'option-alias' }, hit.matched) : null,
    el('span', { className: 'option-type' }, hit.type),
  );
}

/** "/" focuses search from anywhere, as on many sites. */
function focusOnSlash(input: HTMLInputElement): void {
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === '/' && target && !['INPUT', 'TEXTAREA'].includes(target.tagName) && !target.isContentEditable) {
      event.preventDefault();
      input.focus();
      // What was typed or chosen before is replaced by the next keystroke, not appended to.
      input.select();
    }
  });
}
