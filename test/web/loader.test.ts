/**
 * The explorer's graph loader against the real app serving a corpus larger than its node budget: what the
 * loader asks the server for, and when it asks nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic.js';
import type { GraphView } from '../../src/server/api-types.js';
import { GraphLoader } from '../../web/src/graph/loader.js';
import { createGraph, mergeView } from '../../web/src/graph/model.js';
import { INITIAL_STATE, type ViewState } from '../../web/src/state.js';
import { startServer, type RunningServer } from './explorer-server.js';

let server: RunningServer;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  server = await startServer([...syntheticCorpus(900, 3)]);
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => vi.unstubAllGlobals());

/** Resolves the explorer's relative API paths against the server, as a browser would, and records them. */
function askServer(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => {
    asked.push(path);
    return realFetch(new URL(path, server.url), init);
  });
  return asked;
}

async function get(path: string): Promise<GraphView> {
  return (await (await realFetch(new URL(path, server.url))).json()) as GraphView;
}

/** A loader holding the server's first, budgeted view, as the explorer opens. */
async function opened(grown: () => void = () => undefined): Promise<{ loader: GraphLoader; first: GraphView }> {
  const first = await get('api/graph');
  const graph = createGraph();
  const communities = new Map();
  mergeView(graph, communities, first);
  return { loader: new GraphLoader(graph, communities, first, grown), first };
}

const hiding = (types: ViewState['hiddenTypes']): ViewState => ({ ...INITIAL_STATE, hiddenTypes: types });

describe('GraphLoader', () => {
  it('loads a node the budget left out once, and reports growth only when nodes were added', async () => {
    const grown = vi.fn();
    const { loader, first } = await opened(grown);
    const shown = new Set(first.nodes.map((n) => n.id));
    const missing = (await get('api/graph?types=Paper')).nodes.find((n) => !shown.has(n.id))!.id;
    const asked = askServer();
    expect(await loader.ensureLoaded(missing)).toBe(true);
    expect(await loader.ensureLoaded(missing)).toBe(true);
    expect(asked).toEqual([`api/graph?focus=${encodeURIComponent(missing)}&hops=1`]);
    expect(grown).toHaveBeenCalledTimes(1);
    expect(await loader.expand(missing)).toBe(0);
    expect(grown).toHaveBeenCalledTimes(1);
  });

  it('refills a budgeted view once per filter set, and never without filters', async () => {
    const { loader, first } = await opened();
    expect(first.truncated).toBe(true);
    const asked = askServer();
    await loader.refill(INITIAL_STATE);
    await loader.refill(hiding(new Set(['Metric'])));
    await loader.refill(hiding(new Set(['Metric'])));
    expect(asked).toEqual(['api/graph?types=Paper%2CModel%2CBenchmark%2CDataset%2CTechnique%2CTask']);
  });

  it('never refills a view that holds the whole graph', async () => {
    const whole = { ...(await get('api/graph')), truncated: false };
    const loader = new GraphLoader(createGraph(), new Map(), whole, () => undefined);
    const asked = askServer();
    await loader.refill(hiding(new Set(['Task'])));
    expect(asked).toEqual([]);
  });
});
