import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { entityDetail } from '../../src/graph/details.js';
import { graphView, type ViewQuery } from '../../src/graph/view.js';
import { fixtureCorpus } from './fixtures.js';

const corpus = new Corpus(fixtureCorpus());
const view = (q: Partial<ViewQuery> = {}) => graphView(corpus, { minDegree: 0, limit: 1500, ...q });

describe('graphView', () => {
  it('returns every node and edge, positioned and sized, when nothing limits it', () => {
    const v = view();
    expect(v.nodes).toHaveLength(corpus.graph.order);
    expect(v.edges).toHaveLength(corpus.graph.size);
    expect(v.truncated).toBe(false);
    expect(v.total).toEqual({ nodes: corpus.graph.order, edges: corpus.graph.size });
    const longbench = v.nodes.find((n) => n.id === 'e:Benchmark:longbench')!;
    expect(longbench).toMatchObject({ kind: 'entity', type: 'Benchmark', degree: 4 });
    const leaf = v.nodes.find((n) => n.id === 'e:Technique:snapkv')!;
    expect(longbench.size).toBeGreaterThan(leaf.size);
    expect(v.edges.find((e) => e.kind === 'variant_of')).toMatchObject({ source: 'e:Model:llama27b', target: 'e:Model:llama2' });
  });

  it('keeps only the requested types, and only edges between kept nodes', () => {
    const v = view({ types: new Set(['Paper', 'Benchmark'] as const) });
    expect(new Set(v.nodes.map((n) => n.type))).toEqual(new Set(['Paper', 'Benchmark']));
    const ids = new Set(v.nodes.map((n) => n.id));
    expect(v.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(v.counts.byType.Model).toBe(corpus.counts.byType.Model);
  });

  it('keeps only the requested roles and drops entities left without a link', () => {
    const v = view({ roles: new Set(['introduces'] as const) });
    expect(new Set(v.edges.map((e) => e.kind))).toEqual(new Set(['introduces']));
    expect(v.nodes.some((n) => n.id === 'e:Model:gpt4')).toBe(false);
    expect(v.nodes.filter((n) => n.kind === 'paper')).toHaveLength(6);
  });

  it('applies the minimum degree over the filtered edges', () => {
    const v = view({ minDegree: 3 });
    expect(v.nodes.every((n) => n.degree >= 3)).toBe(true);
    expect(v.nodes.map((n) => n.id)).toContain('e:Model:gpt4');
  });

  it('spends half the budget on the best-connected entities and half on the papers linking them', () => {
    const v = view({ limit: 4 });
    expect(v.nodes).toHaveLength(4);
    expect(v.truncated).toBe(true);
    expect(v.total.nodes).toBe(corpus.graph.order);
    const entities = v.nodes.filter((n) => n.kind === 'entity').map((n) => n.id).sort();
    expect(entities).toEqual(['e:Benchmark:longbench', 'e:Model:gpt4']);
    // Three papers link both LongBench and GPT-4; the two best connected of them are kept, so the
    // view has edges, not just isolated hubs.
    const papers = v.nodes.filter((n) => n.kind === 'paper').map((n) => n.id);
    expect(papers.sort()).toEqual(['p:2306.14048', 'p:2412.15204']);
    expect(v.edges).toHaveLength(4);
  });

  it('gives the whole budget to entities when papers are filtered out', () => {
    const v = view({ limit: 3, types: new Set(['Model', 'Benchmark', 'Technique', 'Task'] as const) });
    expect(v.nodes).toHaveLength(3);
    expect(v.nodes.every((n) => n.kind === 'entity')).toBe(true);
  });

  it('shows a search term\'s matches with their neighbours', () => {
    const v = view({ q: 'snapkv' });
    const ids = v.nodes.map((n) => n.id);
    // The SnapKV technique and the SnapKV paper match; the paper brings its entities along.
    expect(ids).toEqual(expect.arrayContaining(['e:Technique:snapkv', 'p:2404.14469', 'e:Model:llama27b', 'e:Benchmark:longbench']));
    expect(ids).not.toContain('p:2306.14048');
    expect(ids).not.toContain('e:Benchmark:videomme');
  });

  it('focuses on a 1-hop and a 2-hop neighbourhood', () => {
    const one = view({ focus: { id: 'e:Benchmark:videomme', hops: 1 } }).nodes.map((n) => n.id).sort();
    expect(one).toEqual(['e:Benchmark:videomme', 'p:2405.21075', 'p:2501.00001']);
    const two = view({ focus: { id: 'e:Benchmark:videomme', hops: 2 } });
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['e:Model:qwen2vl7b', 'e:Task:longvideounderstanding', 'e:Model:gpt4']));
    expect(two.nodes.map((n) => n.id)).not.toContain('p:2404.14469');
    expect(two.focus).toEqual({ id: 'e:Benchmark:videomme', hops: 2 });
  });

  it('keeps the focus node first even under a tiny budget', () => {
    const v = view({ focus: { id: 'e:Technique:snapkv', hops: 2 }, limit: 1 });
    expect(v.nodes.map((n) => n.id)).toEqual(['e:Technique:snapkv']);
  });

  it('lists only the communities present in the view', () => {
    const v = view({ focus: { id: 'e:Benchmark:videomme', hops: 1 } });
    expect(v.communities.map((c) => c.id).sort()).toEqual([...new Set(v.nodes.map((n) => n.community))].sort());
  });
});

describe('determinism', () => {
  it('gives identical views and details whatever order the papers were read in', () => {
    const reversed = new Corpus([...fixtureCorpus()].reverse());
    expect(graphView(reversed, { minDegree: 0, limit: 1500 })).toEqual(view());
    for (const id of ['e:Benchmark:longbench', 'e:Model:gpt4']) expect(entityDetail(reversed, id)).toEqual(entityDetail(corpus, id));
  });
});
