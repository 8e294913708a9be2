import { describe, expect, it } from 'vitest';
import { RelatedIndex } from '../../src/related/index.js';
import { entity, paper } from './fixtures.js';

/** Only the entity evidence, so that each test isolates what it pins. */
const ENTITIES_ONLY = { text: 0, topics: 0, entities: 1, graph: 0 };

describe('RelatedIndex ranking', () => {
  it('ranks first the paper that evaluates on the same rare benchmark, and says so', () => {
    const index = RelatedIndex.build([
      paper('a', 'Quokka', [entity('ZetaBench', 'Benchmark', 'evaluates'), entity('GPT-4', 'Model', 'mentions')]),
      paper('b', 'Wombat', [entity('ZetaBench', 'Benchmark', 'evaluates')]),
      paper('c', 'Numbat', [entity('GPT-4', 'Model', 'mentions')]),
    ]);
    const hits = index.related('a', 2);
    expect(hits.map((h) => h.paperId)).toEqual(['b', 'c']);
    expect(hits[0]!.why[0]).toBe('both evaluate on ZetaBench');
    expect(hits[0]!.shared).toEqual([{ name: 'ZetaBench', type: 'Benchmark', roles: ['evaluates', 'evaluates'] }]);
  });

  it('counts an entity shared by many papers less than a rare one', () => {
    const common = entity('GPT-4', 'Model', 'evaluates');
    const index = RelatedIndex.build(
      [
        paper('q', 'Query', [common, entity('Glimmer', 'Technique', 'evaluates')]),
        paper('rare', 'Rare', [entity('Glimmer', 'Technique', 'evaluates'), entity('Other1', 'Technique', 'uses')]),
        paper('pop', 'Popular', [common, entity('Other2', 'Technique', 'uses')]),
        paper('x1', 'X1', [common]),
        paper('x2', 'X2', [common]),
        paper('x3', 'X3', [common]),
      ],
      ENTITIES_ONLY,
    );
    const order = index.related('q', 5).map((h) => h.paperId);
    expect(order[0]).toBe('rare');
  });

  it('weighs both evaluating on a benchmark above both merely mentioning it', () => {
    const index = RelatedIndex.build(
      [
        paper('q', 'Query', [entity('OrbitQA', 'Benchmark', 'evaluates'), entity('CometQA', 'Benchmark', 'evaluates')]),
        paper('evaluator', 'Evaluator', [entity('OrbitQA', 'Benchmark', 'evaluates')]),
        paper('mentioner', 'Mentioner', [entity('CometQA', 'Benchmark', 'mentions')]),
      ],
      ENTITIES_ONLY,
    );
    const hits = index.related('q', 2);
    expect(hits.map((h) => h.paperId)).toEqual(['evaluator', 'mentioner']);
    expect(hits[1]!.why[0]).toBe('this paper evaluates on CometQA, which Mentioner mentions');
  });

  it('explains differing roles: one paper introduces what the other evaluates', () => {
    const index = RelatedIndex.build([
      paper('snap', 'SnapWidget: Pruning Caches', [entity('SnapWidget', 'Technique', 'introduces'), entity('cache pruning', 'Technique', 'uses')]),
      paper('pyr', 'PyraWidget: Layered Caches', [entity('PyraWidget', 'Technique', 'introduces'), entity('SnapWidget', 'Technique', 'evaluates'), entity('cache pruning', 'Technique', 'uses')]),
      paper('far', 'Unrelated Work', [entity('Elsewhere', 'Technique', 'uses')]),
    ]);
    const [top] = index.related('snap', 1);
    expect(top!.paperId).toBe('pyr');
    // The introduced entity leads, though the shared technique is as rare.
    expect(top!.why.slice(0, 2)).toEqual(['this paper introduces SnapWidget, which PyraWidget evaluates', 'both use cache pruning']);
  });

  it('links two members of one model family through the family', () => {
    const index = RelatedIndex.build(
      [
        paper('a', 'Alpha', [entity('Falcon-X 7B', 'Model', 'uses', 'Falcon-X')]),
        paper('b', 'Beta', [entity('Falcon-X 70B', 'Model', 'evaluates', 'Falcon-X')]),
        paper('c', 'Gamma', [entity('Heron 7B', 'Model', 'uses', 'Heron')]),
      ],
      { text: 0, topics: 0, entities: 1, graph: 1 },
    );
    const [top] = index.related('a', 1);
    expect(top!.paperId).toBe('b');
    expect(top!.shared).toEqual([]);
    expect(top!.why[0]).toBe('both work with Falcon-X models (Falcon-X 7B here, Falcon-X 70B there)');
  });

  it('names the strongest shared terms, a bigram before its parts', () => {
    const index = RelatedIndex.build([
      paper('a', 'Sparse attention kernels', [], 'Sparse attention kernels speed up prefill on long inputs.'),
      paper('b', 'Kernels for sparse attention', [], 'We write sparse attention kernels for decoding.'),
      paper('c', 'Weather forecasting', [], 'Forecasting storms from satellite images.'),
    ]);
    const [top] = index.related('a', 1);
    expect(top!.paperId).toBe('b');
    const terms = top!.why.find((w) => w.startsWith('shared terms: '));
    expect(terms).toBeDefined();
    expect(terms!).toContain('sparse attention');
    expect(terms!.split(': ')[1]!.split(', ')).not.toContain('sparse');
  });

  it('brings spellings of one word together in topic space through their character grams', () => {
    // Text alone ties the two candidates (each shares only "models" with the query); "multi-modal"
    // and "multimodal" share no word, but most of their grams.
    const index = RelatedIndex.build(
      [
        paper('q', 'Multimodal models', [], 'Multimodal models read pages.'),
        paper('speech', 'Speech models', [], 'Speech models hear voices.'),
        paper('variant', 'Multi-modal models', [], 'Multi-modal models parse forms.'),
        paper('music', 'Music models', [], 'Music models write songs.'),
      ],
      { text: 1, topics: 1, entities: 0, graph: 0 },
    );
    expect(index.related('q', 1)[0]!.paperId).toBe('variant');
  });

  it('gives the same ranking after incremental adds as after a full build', () => {
    const papers = [
      paper('p1', 'Long context benchmark for documents', [entity('DocBenchX', 'Benchmark', 'introduces')], 'We introduce DocBenchX for long documents and charts.'),
      paper('p2', 'Retrieval over long documents', [entity('DocBenchX', 'Benchmark', 'evaluates')], 'Retrieval helps models read long documents with charts.'),
      paper('p3', 'Cache compression for decoding', [entity('KV cache', 'Technique', 'uses')], 'Compressing the KV cache speeds up decoding.'),
      paper('p4', 'Evicting cache entries', [entity('KV cache', 'Technique', 'uses')], 'Evicting KV cache entries keeps decoding fast.'),
      paper('p5', 'Video understanding over hours', [entity('GPT-4o', 'Model', 'evaluates')], 'Hour-long videos challenge models.'),
      paper('p6', 'Chart question answering in documents', [entity('DocBenchX', 'Benchmark', 'evaluates'), entity('GPT-4o', 'Model', 'evaluates')], 'Charts in long documents need retrieval.'),
    ];
    const full = RelatedIndex.build(papers);
    const incremental = RelatedIndex.build(papers.slice(0, 3));
    incremental.related('p1', 3);
    for (const p of papers.slice(3)) incremental.add(p);
    for (const { paper: p } of papers) {
      expect(incremental.related(p.id, 5)).toEqual(full.related(p.id, 5));
    }
  });

  it('returns nothing for an unknown paper id and never returns the paper itself', () => {
    const index = RelatedIndex.build([paper('a', 'Alpha', [entity('Thing', 'Technique', 'uses')]), paper('b', 'Beta', [entity('Thing', 'Technique', 'uses')])]);
    expect(index.related('nope', 5)).toEqual([]);
    expect(index.related('a', 5).map((h) => h.paperId)).toEqual(['b']);
  });

  it('ranks pasted text against the index', () => {
    const index = RelatedIndex.build([
      paper('video', 'Hour-long video question answering', [], 'Answering questions about hour-long videos with memory of frames.'),
      paper('kv', 'KV cache eviction for fast decoding', [], 'Evicting cache entries speeds up decoding of long prompts.'),
      paper('docs', 'Multi-page document retrieval', [], 'Retrieving pages of long PDF documents for question answering.'),
    ]);
    const hits = index.relatedToText('Streaming video memory', 'We keep a memory of video frames to answer questions about hour-long videos.', 3);
    expect(hits[0]!.paperId).toBe('video');
    expect(hits[0]!.why.some((w) => w.startsWith('shared terms: '))).toBe(true);
  });
});

describe('RelatedIndex explanations', () => {
  it('does not name a paper after the entity it introduces in the same sentence', () => {
    const index = RelatedIndex.build([
      paper('user', 'Reading long PDFs', [entity('PageBenchZ', 'Benchmark', 'evaluates')]),
      paper('maker', 'PageBenchZ: a benchmark of long PDFs', [entity('PageBenchZ', 'Benchmark', 'introduces')]),
    ]);
    expect(index.related('user', 1)[0]!.why[0]).toBe('this paper evaluates on PageBenchZ, which that paper introduces');
  });
});
