/** sigma set up for papergraph: programs, label density, reducers, camera helpers. */
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../graph/model.js';
import { createLabelDrawer, drawHover } from './labels.js';
import { PaperNodeProgram } from './paper-program.js';
import type { DisplayRules } from './reducers.js';

export type ExplorerSigma = Sigma<NodeAttrs, EdgeAttrs>;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement, rules: DisplayRules): ExplorerSigma {
  const labels = createLabelDrawer();
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, paper: PaperNodeProgram },
    defaultNodeType: 'circle',
    nodeReducer: rules.nodeReducer,
    edgeReducer: rules.edgeReducer,
    zIndex: true,
    // Labels: only for nodes big enough on screen, at most one per grid cell, so a 10k-node
    // view stays legible; zooming in reveals more.
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    defaultDrawNodeLabel: labels.draw,
    defaultDrawNodeHover: drawHover,
    hideEdgesOnMove: graph.size > 20_000,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    stagePadding: 40,
    // Keep nodes a sensible on-screen size when zooming in, rather than growing linearly.
    zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
  });
  // The constructor's first frame started with an empty registry; every later frame resets it,
  // keeping the cards of the selected and hovered nodes clear of other labels.
  sigma.on('beforeRender', () => {
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const cards = rules.cardNodes().flatMap((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return [];
      const at = sigma.framedGraphToViewport(data);
      return [{ ...data, x: at.x, y: at.y, size: sigma.scaleSize(data.size) }];
    });
    labels.reset(context, cards, sigma.getSettings());
  });
  return sigma;
}
