/**
 * "Run layout": ForceAtlas2 in a web worker, refining the server's precomputed positions.
 * The worker is killed on stop of the app (teardown) so it never outlives the page's graph.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from '../graph/model.js';

export class LayoutRunner {
  private supervisor: FA2LayoutSupervisor | null = null;

  constructor(private readonly graph: ExplorerGraph) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (!this.supervisor) {
      const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 1500, slowDown: 5 };
      this.supervisor = new FA2LayoutSupervisor(this.graph, { settings });
    }
    this.supervisor.start();
  }

  stop(): void {
    this.supervisor?.stop();
  }

  /** The graph changed shape (expand): the worker holds a copy, so start afresh next time. */
  reset(): void {
    this.kill();
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
