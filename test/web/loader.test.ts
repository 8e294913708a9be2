/** The explorer's graph loader: what it asks the server for, and when it asks nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphNode, GraphView } from '../../src/server/api-types.js';
import { GraphLoader } from '../../web/src/graph/loader.js';
import { createGraph } from '../../web/src/graph/model.js';
import { INITIAL_STATE, type ViewState } from '../../web/src/state.js';

const node = (id: string): GraphNode => ({ id, label: id, kind: 'entity', type: 'Benchmark', x: 0, y: 0, size: 1, degree: 1, community: 0 });

const view = (ids: string[], truncated: boolean): GraphView => ({
  nodes: ids.map(node),
  edges: [],
  communities: [],
  counts: { byType: { Paper: 0, Model: 0, Benchmark: ids.length, Dataset: 0, Technique: 0, Task: 0, Metric: 0 }, byRole: { introduces: 0, evaluates: 0, uses: 0, mentions: 0, variant_of: 0 } },
  total: { nodes: 100, edges: 0 },
  truncated,
  limit: 10,
});

/** Answers every request with `answer` and records the URLs asked for. */
function serve(answer: GraphView): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

const hiding = (types: ViewState['hiddenTypes']): ViewState => ({ ...INITIAL_STATE, hiddenTypes: types });

afterEach(() => vi.unstubAllGlobals());

describe('GraphLoader', () => {
  it('loads a missing node\'s neighbourhood once and reports growth only when nodes were added', async () => {
    const asked = serve(view(['e:Benchmark:a', 'e:Benchmark:b'], true));
    const grown = vi.fn();
    const loader = new GraphLoader(createGraph(), new Map(), view([], true), grown);
    expect(await loader.ensureLoaded('e:Benchmark:a')).toBe(true);
    expect(await loader.ensureLoaded('e:Benchmark:a')).toBe(true);
    expect(asked).toEqual(['api/graph?focus=e%3ABenchmark%3Aa&hops=1']);
    expect(await loader.expand('e:Benchmark:a')).toBe(0);
    expect(grown).toHaveBeenCalledTimes(1);
  });

  it('refills a budgeted view once per filter set, and never an unbudgeted one', async () => {
    const asked = serve(view(['e:Benchmark:c'], true));
    const budgeted = new GraphLoader(createGraph(), new Map(), view([], true), () => undefined);
    await budgeted.refill(INITIAL_STATE);
    await budgeted.refill(hiding(new Set(['Metric'])));
    await budgeted.refill(hiding(new Set(['Metric'])));
    expect(asked).toEqual(['api/graph?types=Paper%2CModel%2CBenchmark%2CDataset%2CTechnique%2CTask']);
    const whole = new GraphLoader(createGraph(), new Map(), view([], false), () => undefined);
    await whole.refill(hiding(new Set(['Task'])));
    expect(asked).toHaveLength(1);
  });
});
