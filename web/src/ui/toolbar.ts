/** Header controls: colouring, layout, exports. */
import { el } from './dom.js';
import type { ColorBy } from '../state.js';

export interface ToolbarActions {
  setColorBy: (colorBy: ColorBy) => void;
  toggleLayout: () => boolean;
  exportPng: () => void;
  exportGexf: () => void;
  exportGraphml: () => void;
}

export function createToolbar(actions: ToolbarActions, colorBy: () => ColorBy): { element: HTMLElement; update: () => void } {
  const typeButton = el('button', { className: 'seg', attrs: { type: 'button', 'aria-pressed': 'true' }, dataset: { color: 'type' }, on: { click: () => actions.setColorBy('type') } }, 'Type');
  const clusterButton = el(
    'button',
    { className: 'seg', attrs: { type: 'button', 'aria-pressed': 'false' }, dataset: { color: 'community' }, on: { click: () => actions.setColorBy('community') } },
    'Clusters',
  );
  const layoutButton = el('button', { className: 'button', attrs: { type: 'button' }, title: 'Refine the layout with ForceAtlas2 (runs in a worker)' }, 'Run layout');
  layoutButton.addEventListener('click', () => {
    const running = actions.toggleLayout();
    layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
    layoutButton.classList.toggle('active', running);
  });
  const exportSummary = el('summary', { className: 'button' }, 'Export');
  const exportMenu = el('details', { className: 'menu' }, exportSummary);
  // Escape closes the open menu (and goes no further: the explorer's Escape would clear the selection too).
  exportMenu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !exportMenu.open) return;
    event.stopPropagation();
    exportMenu.open = false;
    exportSummary.focus();
  });
  const exportItem = (kind: string, label: string, run: () => void): HTMLButtonElement =>
    el('button', { attrs: { type: 'button' }, dataset: { export: kind }, on: { click: () => ((exportMenu.open = false), run()) } }, label);
  exportMenu.append(
    el(
      'div',
      { className: 'menu-items' },
      exportItem('png', 'PNG image (current view)', actions.exportPng),
      exportItem('gexf', 'GEXF (Gephi)', actions.exportGexf),
      exportItem('graphml', 'GraphML', actions.exportGraphml),
    ),
  );
  const element = el(
    'div',
    { className: 'toolbar' },
    el('div', { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Colour nodes by' } }, el('span', { className: 'seg-label' }, 'Colour'), typeButton, clusterButton),
    layoutButton,
    exportMenu,
  );
  const update = (): void => {
    const current = colorBy();
    typeButton.setAttribute('aria-pressed', String(current === 'type'));
    clusterButton.setAttribute('aria-pressed', String(current === 'community'));
  };
  update();
  return { element, update };
}
