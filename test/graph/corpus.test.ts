import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/graph/corpus.js';
import { paperDetail, entityDetail } from '../../src/graph/details.js';
import { fixtureCorpus, paper } from './fixtures.js';

describe('Corpus', () => {
  const corpus = new Corpus(fixtureCorpus());

  it('ties each result to the entity nodes its subject and benchmark name', () => {
    const onLongBench = corpus.resultsByBenchmark.get('e:Benchmark:longbench') ?? [];
    expect(onLongBench.map((r) => r.result.subject).sort()).toEqual(['GPT-4', 'H2O', 'SnapKV']);
    expect(corpus.resultsBySubject.get('e:Model:gpt4')?.map((r) => r.benchmarkId).sort()).toEqual(['e:Benchmark:longbench', 'e:Benchmark:longbenchv2']);
  });

  it('counts papers, entities, types and roles over the whole graph', () => {
    expect(corpus.counts.papers).toBe(6);
    expect(corpus.counts.byType.Benchmark).toBe(3);
    expect(corpus.counts.byRole.variant_of).toBe(2);
    expect(corpus.counts.entities).toBe(corpus.graph.order - 6);
  });

  it('prepare() computes layout, communities and search once; later calls and reads reuse them', () => {
    const fresh = new Corpus(fixtureCorpus()).prepare();
    const { layout, communities, search } = fresh;
    expect(layout.size).toBe(fresh.graph.order);
    fresh.prepare();
    expect(fresh.layout).toBe(layout);
    expect(fresh.communities).toBe(communities);
    expect(fresh.search).toBe(search);
  });
});

describe('paperDetail', () => {
  const corpus = new Corpus(fixtureCorpus());

  it('marks mentions by offsets, longest mention winning an overlap', () => {
    const detail = paperDetail(corpus, '2404.14469')!;
    const abstract = detail.abstract;
    const texts = detail.marks.filter((m) => m.field === 'abstract').map((m) => abstract.slice(m.start, m.end));
    expect(texts).toContain('KV cache compression');
    const overlapping = detail.marks.filter((m, i) => i > 0 && m.field === detail.marks[i - 1]!.field && m.start < detail.marks[i - 1]!.end);
    expect(overlapping).toEqual([]);
    expect(detail.marks.find((m) => abstract.slice(m.start, m.end) === 'SnapKV')).toMatchObject({ id: 'e:Technique:snapkv', role: 'introduces' });
  });

  it('lists entities strongest role first, with evidence and family', () => {
    const detail = paperDetail(corpus, '2404.14469')!;
    expect(detail.entities[0]).toMatchObject({ name: 'SnapKV', role: 'introduces' });
    const llama = detail.entities.find((e) => e.name === 'Llama-2 7B')!;
    expect(llama.family).toMatchObject({ id: 'e:Model:llama2', label: 'Llama-2' });
    expect(llama.evidence[0]?.sentence).toContain('Llama-2 7B');
    expect(detail.results).toHaveLength(1);
  });

  it('drops spans that point outside the text instead of trusting them', () => {
    const bad = paper('x1', 'T', 'Short abstract.', [{ name: 'Short', type: 'Task', role: 'uses' }]);
    bad.extraction.entities[0]!.spans.push({ field: 'abstract', start: 10, end: 500 });
    expect(paperDetail(new Corpus([bad]), 'x1')!.marks).toEqual([{ field: 'abstract', start: 0, end: 5, id: 'e:Task:short', type: 'Task', role: 'uses' }]);
  });
});

describe('entityDetail', () => {
  const corpus = new Corpus(fixtureCorpus());

  it('groups papers by role with their evidence sentence', () => {
    const detail = entityDetail(corpus, 'e:Benchmark:longbench')!;
    expect(detail.papersByRole.introduces.map((p) => p.paperId)).toEqual(['2308.14508']);
    expect(detail.papersByRole.evaluates.map((p) => p.paperId).sort()).toEqual(['2306.14048', '2404.14469']);
    expect(detail.papersByRole.mentions.map((p) => p.paperId)).toEqual(['2412.15204']);
    expect(detail.papersByRole.uses).toEqual([]);
    expect(detail.papersByRole.evaluates.every((p) => p.evidence?.includes('LongBench'))).toBe(true);
    expect(detail.aliases).toEqual(['Long Bench']);
  });

  it('ranks co-occurring entities by shared papers and builds the leaderboard best first', () => {
    const detail = entityDetail(corpus, 'e:Benchmark:longbench')!;
    expect(detail.cooccurring[0]).toMatchObject({ id: 'e:Model:gpt4', count: 3 });
    expect(detail.leaderboard.map((r) => [r.subject, r.value])).toEqual([['GPT-4', 44.5], ['SnapKV', 42.1], ['H2O', 38.2]]);
    expect(detail.leaderboard[0]!.paper).toMatchObject({ id: 'p:2308.14508', type: 'Paper' });
  });

  it('keeps a margin off the leaderboard and in its subject\'s results', () => {
    const margin = paper('2501.00001', 'KiteKV', 'KiteKV beats SnapKV by 3.1 on LongBench.', [
      { name: 'KiteKV', type: 'Technique', role: 'introduces' },
      { name: 'LongBench', type: 'Benchmark', role: 'evaluates' },
    ], [{ subject: 'KiteKV', benchmark: 'LongBench', metric: null, value: 3.1, unit: 'points', compared_to: 'SnapKV', change: true }]);
    const withMargin = new Corpus([...fixtureCorpus(), margin]);
    expect(entityDetail(withMargin, 'e:Benchmark:longbench')!.leaderboard.map((r) => r.value)).toEqual([44.5, 42.1, 38.2]);
    expect(entityDetail(withMargin, 'e:Technique:kitekv')!.results.map((r) => [r.value, r.change])).toEqual([[3.1, true]]);
    expect(entityDetail(withMargin, 'e:Benchmark:longbench')!.leaderboard.every((r) => r.change === undefined)).toBe(true);
  });

  it('shows a family with its variants and a variant with its family', () => {
    expect(entityDetail(corpus, 'e:Model:qwen2vl')!.family.variants.map((v) => v.id)).toEqual(['e:Model:qwen2vl7b']);
    expect(entityDetail(corpus, 'e:Model:qwen2vl7b')!.family.parent?.id).toBe('e:Model:qwen2vl');
    expect(entityDetail(corpus, 'e:Model:qwen2vl7b')!.results.map((r) => r.benchmarkId)).toEqual(['e:Benchmark:videomme']);
  });

  it('returns null for unknown ids and for papers', () => {
    expect(entityDetail(corpus, 'e:Model:nope')).toBeNull();
    expect(entityDetail(corpus, 'p:2308.14508')).toBeNull();
  });
});
