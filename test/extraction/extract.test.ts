import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaper, EXTRACTOR_VERSION, setLexicon } from '../../src/extraction/extract.js';
import type { LexiconEntry } from '../../src/extraction/lexicon.js';
import type { PaperExtraction } from '../../src/extraction/types.js';

const entry = (name: string, type: LexiconEntry['type'], aliases: string[] = []): LexiconEntry => ({ name, type, aliases, ambiguous: false });

// A small lexicon written for these tests: made-up names, so only the rules can find anything else.
beforeAll(() => {
  setLexicon([
    entry('Zephyr-2', 'Model'),
    entry('Orca-X', 'Model'),
    entry('Kestrel', 'Model'),
    { ...entry('Orca-X2', 'Model'), family: 'Orca-X' },
    { ...entry('Orca-X2 Mini', 'Model'), family: 'Orca-X2' },
    entry('TriviaSet', 'Benchmark'),
    entry('accuracy', 'Metric'),
    entry('throughput', 'Metric'),
    entry('memory usage', 'Metric'),
    entry('latency', 'Metric'),
    entry('low-rank adaptation', 'Technique', ['LoRA']),
    entry('question answering', 'Task', ['QA']),
  ]);
});

const run = (title: string, abstract: string): PaperExtraction => extractPaper({ id: 't1', title, abstract, source: 'test' });
const find = (x: PaperExtraction, name: string) => x.entities.find((e) => e.name === name || e.mentions.includes(name));

describe('extractPaper', () => {
  it('names its version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^papergraph-extractor\/\d+\.\d+/);
  });
  it('gives every entity one of the six types when the text has words that name an object\'s own properties', () => {
    const x = run('T', 'We introduce KiteNet, a constructor for graphs. Kite-Graph, a __proto__ of toString methods, improves the valueOf hasOwnProperty constructor.');
    expect(x.entities.length).toBeGreaterThan(0);
    for (const e of x.entities) expect(['Model', 'Benchmark', 'Dataset', 'Technique', 'Task', 'Metric'], e.name).toContain(e.type);
  });

  it('takes the name before a title colon as introduced, even a common word', () => {
    const x = run('Sparrow: Small Memories for Long Videos', 'We present Sparrow, a retrieval framework for long videos. Sparrow beats Zephyr-2.');
    const sparrow = find(x, 'Sparrow');
    expect(sparrow).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(sparrow?.spans.length).toBe(3);
  });

  it('types a new name by the noun that introduces it', () => {
    const x = run('Measuring recall', 'We introduce OrbitQA-Pro, a new benchmark of 900 questions. We also release Lumo3.5-7B-Instruct-1M.');
    expect(find(x, 'OrbitQA-Pro')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(find(x, 'Lumo3.5-7B-Instruct-1M')).toMatchObject({ type: 'Model', role: 'introduces' });
  });

  it('finds the names a paper gives its own work: "our method, X", "namely X", listed components', () => {
    const x = run(
      'A study',
      'Our method, PineCache, prunes keys. The core is a novel routing strategy, namely Tidal Routing (TR). PineCache consists of a bucket scheduler and adaptive chunk merging.',
    );
    for (const name of ['PineCache', 'Tidal Routing', 'bucket scheduler', 'adaptive chunk merging']) expect(find(x, name)?.role, name).toBe('introduces');
    expect(find(x, 'TR')?.mentions.sort()).toEqual(['TR', 'Tidal Routing']);
  });

  it('keeps a measure only where something is measured, and title-only wording out', () => {
    const x = run('Faster Sparse Decoding for Long Inputs', 'Throughput matters. We cut latency by 30% on TriviaSet while accuracy stays at 71.0%.');
    expect(find(x, 'accuracy')?.type).toBe('Metric');
    expect(find(x, 'Throughput')).toBeUndefined();
    expect(find(x, 'Sparse Decoding')).toBeUndefined();
  });

  it('finds measures by their context: "the X metric", "<model> score", "metrics such as X and Y"', () => {
    const x = run('Judging', 'We adopt the Peak Agreement metric and report a Zephyr-2 score of 3.1. We report metrics such as exact match, span overlap and faithfulness on TriviaSet.');
    for (const name of ['Peak Agreement', 'Zephyr-2 score', 'exact match', 'span overlap', 'faithfulness']) expect(find(x, name)?.type).toBe('Metric');
    expect(find(x, 'TriviaSet')?.type).toBe('Benchmark');
    // "an LLM-based metric": a describing compound says how the measure works, it names none.
    expect(run('Captions', 'We score captions with an LLM-based metric.').entities.map((e) => e.name)).not.toContain('LLM-based');
  });

  it('reads the paper\'s own parts from "our proposed X", "dubbed X", "a new benchmark, X" and numbered component lists', () => {
    const x = run(
      'Readers',
      'This leads to our proposed Quillo, which reads long files. Quillo includes two key components: (1) a page selection module that picks pages, and (2) a glimpse cache for reuse. We add a reading method dubbed SkimRead and a new benchmark, PageTrek. Besides, we also develop a balance scheduler.',
    );
    for (const name of ['Quillo', 'page selection module', 'glimpse cache', 'SkimRead', 'PageTrek', 'balance scheduler']) expect(find(x, name)?.role).toBe('introduces');
    expect(find(run('Scaling', 'This trick is often called Zephyr-2 scaling in practice.'), 'Zephyr-2')?.role).not.toBe('introduces');
  });

  it('keeps an intensifier of a technical modifier in a term, and leaves judging compounds out', () => {
    const x = run('Video', 'We study very long video understanding and high-throughput caching on TriviaSet.');
    expect(find(x, 'very long video understanding')?.type).toBe('Task');
    expect(find(x, 'high-throughput caching')).toBeUndefined();
  });

  it('leaves the count of stages or layers out of a term ("two-stage reinforcement learning" is reinforcement learning)', () => {
    const x = run('Staging', 'We align the model with two-stage reinforcement learning and a three-layer MLP projector.');
    expect(find(x, 'reinforcement learning')?.mentions).toEqual(['reinforcement learning']);
    expect(find(x, 'two-stage reinforcement learning')).toBeUndefined();
    expect(find(x, 'MLP projector')?.type).toBe('Technique');
    // A kind, not a count, stays in the term.
    expect(find(run('Staging', 'We study multi-step reasoning and one-step image generation.'), 'multi-step reasoning')?.type).toBe('Task');
  });

  it('does not name a method by one describing word ("an automatic pipeline", "we propose a masking strategy")', () => {
    const x = run('Pipelines', 'We build an automatic pipeline and a foundational framework for TriviaSet.');
    expect(find(x, 'automatic pipeline')).toBeUndefined();
    expect(find(x, 'foundational framework')).toBeUndefined();
    // One plain word before the general noun describes the paper's new method as much as an adjective does.
    expect(find(run('Pipelines', 'We propose a masking strategy and an evaluation framework for TriviaSet.'), 'masking strategy')).toBeUndefined();
    expect(find(run('Pipelines', 'We introduce an evaluation framework for TriviaSet.'), 'evaluation framework')).toBeUndefined();
    expect(find(run('Pipelines', 'We build a token-routing pipeline for TriviaSet.'), 'token-routing pipeline')?.role).toBe('introduces');
    // Nor does what the method works from: "a graph-based algorithm", "a data-driven approach".
    expect(find(run('Pipelines', 'We propose a graph-based algorithm for TriviaSet.'), 'graph-based algorithm')).toBeUndefined();
    expect(find(run('Pipelines', 'We present a data-driven approach to TriviaSet.'), 'data-driven approach')).toBeUndefined();
    // Nor how it is staged or applied: "a two-stage approach", "a semi-automated pipeline", "a layer-wise strategy".
    const y = run('Pipelines', 'We propose a two-stage approach, a semi-automated pipeline and a layer-wise strategy for TriviaSet.');
    expect(y.entities.map((e) => e.name).filter((n) => /approach|pipeline|strategy/.test(n))).toEqual([]);
    // The machinery that builds a benchmark's data is named by what it does to the data.
    expect(find(run('Pipelines', 'We propose a data curation pipeline that filters web pages into TriviaSet.'), 'data curation pipeline')).toBeUndefined();
  });

  it('names a method without the general noun that closes it, and keeps the phrase as written as its mention', () => {
    const x = run('Inversion', 'We propose an image inversion method and a knowledge-sharding mechanism for TriviaSet.');
    expect(find(x, 'image inversion method')).toMatchObject({ name: 'image inversion', role: 'introduces', mentions: ['image inversion method'] });
    expect(find(x, 'knowledge-sharding mechanism')?.name).toBe('knowledge-sharding');
    // A describing word cannot end a name, and a framework built around agents is not one agent.
    const y = run('Frameworks', 'We introduce a likelihood-free framework and a multimodal agent framework for TriviaSet.');
    expect(find(y, 'likelihood-free framework')?.name).toBe('likelihood-free framework');
    expect(find(y, 'multimodal agent framework')?.name).toBe('multimodal agent framework');
  });

  it('makes one entity of a phrase written with a known short form and spelled out ("open-domain QA", "open-domain question answering")', () => {
    const x = run('Retrieval', 'Open-domain question answering needs retrieval. We evaluate Zephyr-2 on open-domain QA.');
    const task = find(x, 'open-domain QA');
    expect(task?.name.toLowerCase()).toBe('open-domain question answering');
    expect(x.entities.filter((e) => /open-domain/i.test(e.name))).toHaveLength(1);
    // Written only short, the phrase keeps the paper's spelling.
    expect(find(run('Retrieval', 'We evaluate Zephyr-2 on open-domain QA.'), 'open-domain QA')?.name).toBe('open-domain QA');
  });

  it('reads "<known technique> optimization" as work on the known technique, not a new one', () => {
    const x = run('Tuning', 'We apply LoRA optimization to Zephyr-2.');
    expect(find(x, 'LoRA')?.type).toBe('Technique');
    expect(find(x, 'LoRA optimization')).toBeUndefined();
  });

  it('does not take a method written before "-free" as used', () => {
    const x = run('Tuning', 'Our LoRA-free approach reaches high accuracy on TriviaSet.');
    expect(find(x, 'LoRA')).toBeUndefined();
    expect(find(x, 'TriviaSet')?.type).toBe('Benchmark');
  });

  it('reads a Title-Case name with a small word inside as the object of "we propose"', () => {
    const x = run('Memory', 'We propose a framework, Readers Augmented with Page Memory (PageMem), for long files. PageMem reads fast on TriviaSet.');
    expect(find(x, 'PageMem')?.role).toBe('introduces');
  });

  it('takes the new terms after "by" in the sentence that introduces a thing as its parts', () => {
    const x = run('Training', 'We build a communication optimizer, which removes idle time by length-aware sharding on TriviaSet.');
    expect(find(x, 'length-aware sharding')?.role).toBe('introduces');
    const y = run('Training', 'Prior systems remove idle time by length-aware sharding on TriviaSet.');
    expect(find(y, 'length-aware sharding')?.role).not.toBe('introduces');
  });

  it('types a new name by its appositive, not by the relative clause after it', () => {
    const x = run('Readers', 'This leads to our proposed Quillo, which finetunes a pretrained model into a sparse reader on TriviaSet.');
    expect(find(x, 'Quillo')?.type).toBe('Technique');
    expect(find(run('Readers', 'We release Quillo, a pretrained model for long files.'), 'Quillo')?.type).toBe('Model');
  });

  it('does not take a task word that describes data or a score for a task', () => {
    const x = run('Data', 'We release a question-answering dataset with 2,500 QAs and report QA performance on TriviaSet.');
    expect(find(x, 'question answering')).toBeUndefined();
    expect(find(run('Data', 'We study question answering over long files on TriviaSet.'), 'question answering')?.type).toBe('Task');
  });

  it('keeps a version number written after a hyphenated new name, but not a count', () => {
    expect(find(run('Med', 'We present Orca-Med 3, a medical model tuned on TriviaSet.'), 'Orca-Med 3')?.type).toBe('Model');
    expect(find(run('Med', 'We run Orca-Med 3 times on TriviaSet.'), 'Orca-Med 3')).toBeUndefined();
  });

  it('names a measure taken of one process by both words ("decoding latency")', () => {
    const x = run('Serving', 'Our cache lowers decoding latency to 20 ms and keeps accuracy on TriviaSet.');
    expect(find(x, 'decoding latency')?.type).toBe('Metric');
  });

  it('reads lower-case measures listed later in a sentence about metrics, not lists of other things', () => {
    const x = run('Video', 'We define metrics to assess clip quality including cut count, motion degree, and caption fidelity on TriviaSet.');
    for (const name of ['cut count', 'motion degree', 'caption fidelity']) expect(find(x, name)?.type).toBe('Metric');
    const z = run('Judge', 'We define four evaluation aspects for the judge, including caption fidelity and helpfulness.');
    expect(find(z, 'helpfulness')?.type).toBe('Metric');
    const y = run('Video', 'We report metrics on tasks including question answering and clip ranking.');
    expect(find(y, 'clip ranking')?.type).not.toBe('Metric');
    expect(find(y, 'question answering')?.type).toBe('Task');
  });

  it('does not take a unit before a measure for a modifier ("a 0.5 point accuracy drop")', () => {
    const x = run('Cache', 'Our cache loses under 0.5 point accuracy on TriviaSet.');
    expect(find(x, 'point accuracy')).toBeUndefined();
    expect(find(x, 'accuracy')?.type).toBe('Metric');
  });

  it('takes the measures listed as parts of the paper\'s own metric as introduced', () => {
    const x = run('Judge', 'We introduce JudgeX, a new metric. We define four evaluation aspects for JudgeX, including caption fidelity and helpfulness.');
    expect(find(x, 'helpfulness')).toMatchObject({ type: 'Metric', role: 'introduces' });
  });

  it('takes a quality (or coherence, consistency, fidelity) for a measure only where a list of measures names it', () => {
    expect(find(run('Long', 'We scale Zephyr-2 to 10,000 words while maintaining output quality.'), 'output quality')).toBeUndefined();
    expect(find(run('Long', 'We report metrics such as output quality and accuracy on TriviaSet.'), 'output quality')?.type).toBe('Metric');
    expect(find(run('Long', 'Zephyr-2 writes 10,000 words with better temporal coherence than before.'), 'temporal coherence')).toBeUndefined();
    expect(find(run('Long', 'We report metrics such as temporal coherence and accuracy on TriviaSet.'), 'temporal coherence')?.type).toBe('Metric');
  });

  it('takes what a run costs for a metric only where the sentence calls it a measure', () => {
    const cost = run('Serving', 'Our cache cuts the memory usage of Zephyr-2 by 40% and its wall-clock time by 2x.');
    expect(cost.entities.filter((e) => e.type === 'Metric')).toEqual([]);
    const measured = run('Serving', 'We compare methods in terms of memory usage and accuracy on TriviaSet.');
    expect(find(measured, 'memory usage')?.type).toBe('Metric');
    const listed = run('Judging', 'We report metrics like accuracy and synthetic tasks on TriviaSet.');
    expect(find(listed, 'synthetic tasks')?.type).not.toBe('Metric');
  });

  it('recognises names with symbols by shape and suffix', () => {
    const x = run('E^3-LLM: Extending Context Cheaply', 'We propose E^3-LLM, a training method. It is tested on μ-Eval and HaloBench.');
    expect(find(x, 'E^3-LLM')).toMatchObject({ role: 'introduces', type: 'Technique' });
    expect(find(x, 'μ-Eval')?.type).toBe('Benchmark');
    expect(find(x, 'HaloBench')?.type).toBe('Benchmark');
  });

  it('makes one entity of an acronym definition, the long form and the short form', () => {
    const x = run('A study', 'We apply sparse token routing (STR) to long inputs. STR halves memory.');
    const str = find(x, 'STR');
    expect(str?.mentions.sort()).toEqual(['STR', 'sparse token routing']);
    expect(x.entities.filter((e) => e.mentions.includes('STR')).length).toBe(1);
  });

  it('resolves a lexicon alias to its canonical entity', () => {
    const x = run('Adapters', 'We fine-tune with LoRA. Low-rank adaptation keeps memory small.');
    const lora = x.entities.filter((e) => e.name === 'low-rank adaptation');
    expect(lora.length).toBe(1);
    expect(lora[0]?.mentions.sort()).toEqual(['LoRA', 'Low-rank adaptation']);
  });

  it('keeps a model variant as its own node pointing to its family', () => {
    const x = run('Sizes', 'We evaluate Zephyr-2 7B and Orca-X-13B-Chat-v0.3 on TriviaSet.');
    expect(find(x, 'Zephyr-2 7B')).toMatchObject({ type: 'Model', family: 'Zephyr-2' });
    expect(find(x, 'Orca-X-13B-Chat-v0.3')).toMatchObject({ type: 'Model', family: 'Orca-X' });
  });

  it('reads a version written onto a known model\'s name as a release of it, but not a new name made of one', () => {
    const x = run('Versions', 'We compare Kestrel5 with Kestrelv7 and Kestrel5-Lite on TriviaSet. Kestrel2Vec embeds text.');
    expect(find(x, 'Kestrel5')).toMatchObject({ type: 'Model', family: 'Kestrel' });
    expect(find(x, 'Kestrelv7')).toMatchObject({ type: 'Model', family: 'Kestrel' });
    expect(find(x, 'Kestrel5-Lite')).toMatchObject({ type: 'Model', family: 'Kestrel' });
    expect(find(x, 'Kestrel2Vec')?.family).toBeUndefined();
  });

  it('types a new name made by writing a word onto a known model\'s name as a model, when written as the lexicon writes it', () => {
    const x = run('Compact', 'We introduce SwiftKestrel, which runs on phones. We also present SwiftKestrels, which plans tool calls.');
    expect(find(x, 'SwiftKestrel')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(x, 'SwiftKestrels')?.type).toBe('Technique');
  });

  it('types a name described as a detector as a model, as a trained component', () => {
    const x = run('Fast Detection', 'We propose KiteDet, an accurate and lightweight object detector for drones.');
    expect(find(x, 'KiteDet')).toMatchObject({ type: 'Model', role: 'introduces' });
  });

  it('gives a known variant the families above its own, nearest first', () => {
    const x = run('Sizes', 'We evaluate Orca-X2 Mini on TriviaSet.');
    expect(find(x, 'Orca-X2 Mini')).toMatchObject({ type: 'Model', family: 'Orca-X2', lineage: ['Orca-X'] });
    expect(find(x, 'Orca-X2 Mini')?.lineage).toHaveLength(1);
  });

  it('makes a sized name the variant of the known line it extends, not of that line\'s family', () => {
    const x = run('Sizes', 'We evaluate Orca-X2-8B on TriviaSet.');
    expect(find(x, 'Orca-X2-8B')).toMatchObject({ type: 'Model', family: 'Orca-X2' });
  });

  it('does not take a name written before "-based" for the new thing the paper proposes', () => {
    const x = run('A retriever', 'We propose a Zephyr-2-based retriever for long documents.');
    expect(find(x, 'Zephyr-2')?.role).not.toBe('introduces');
    expect(x.entities.some((e) => e.name.includes('-based'))).toBe(false);
  });

  it('assigns roles from cue phrases', () => {
    const x = run('A study', 'Our model is built upon Zephyr-2. Experiments on TriviaSet show gains in question answering.');
    expect(find(x, 'Zephyr-2')?.role).toBe('uses');
    expect(find(x, 'TriviaSet')?.role).toBe('evaluates');
  });

  it('reads a benchmark a paper says it uses as one it evaluates on, and a model it uses as used', () => {
    const x = run('A study', 'We propose KiteCache. Using the TriviaSet benchmark, we compare KiteCache with other caches built on Zephyr-2.');
    expect(find(x, 'TriviaSet')?.role).toBe('evaluates');
    expect(find(x, 'Zephyr-2')?.role).toBe('uses');
  });

  it('gives "mentions" to what only the background sentences name', () => {
    const x = run('A study', 'Orca-X made long inputs popular. We evaluate Zephyr-2 on TriviaSet.');
    expect(find(x, 'Orca-X')?.role).toBe('mentions');
    expect(find(x, 'Zephyr-2')?.role).toBe('evaluates');
  });

  it('reads several results in one sentence, each with its own subject', () => {
    const x = run(
      'A study',
      'On TriviaSet, Zephyr-2 reaches an accuracy of 61.2%, while Orca-X scores only 48.0%, and Zephyr-2 is 2.5x faster than Orca-X.',
    );
    const got = x.results.map((r) => [r.subject, r.value, r.unit]);
    expect(got).toEqual([
      ['Zephyr-2', 61.2, '%'],
      ['Orca-X', 48, '%'],
      ['Zephyr-2', 2.5, 'x'],
    ]);
    expect(x.results[0]).toMatchObject({ benchmark: 'TriviaSet', metric: 'accuracy' });
    expect(x.results[2]?.compared_to).toBe('Orca-X');
  });

  it('takes a measure named after a value only from its own clause, not one the sentence keeps unchanged', () => {
    const x = run(
      'FoldKV: Folding the Cache',
      'We propose FoldKV. On TriviaSet, FoldKV gives a 3x reduction in cache size without accuracy loss. FoldKV reaches 61.2% accuracy.',
    );
    expect(x.results.map((r) => [r.value, r.metric])).toEqual([
      [3, null],
      [61.2, 'accuracy'],
    ]);
    const y = run('FoldKV: Folding the Cache', 'We propose FoldKV. FoldKV cuts decoding time by 2.5x while maintaining accuracy on TriviaSet.');
    expect(y.results.map((r) => [r.value, r.metric])).toEqual([[2.5, null]]);
  });

  it('takes the measure written straight after a value over one the sentence named before it', () => {
    const x = run('FoldKV: Folding the Cache', 'We propose FoldKV. While cutting latency, FoldKV keeps 95% accuracy on TriviaSet.');
    expect(x.results.map((r) => [r.value, r.metric])).toEqual([[95, 'accuracy']]);
  });

  it('pairs values listed before a comparison with as many names, in order ("2.4x and 1.3x compared to A and B, respectively")', () => {
    const x = run('FoldKV: Folding the Cache', 'We propose FoldKV. FoldKV speeds up decoding by 2.4x and 1.3x compared to Zephyr-2 and Orca-X, respectively.');
    expect(x.results.map((r) => [r.value, r.compared_to])).toEqual([
      [2.4, 'Zephyr-2'],
      [1.3, 'Orca-X'],
    ]);
  });

  it('cites a name the background names with a cue ("such as", "outperform"), and measures it once the paper does', () => {
    const cited = run('FoldKV: Folding the Cache', 'Existing benchmarks, such as TriviaSet, focus on short inputs. We propose FoldKV, a cache method.');
    expect(find(cited, 'TriviaSet')?.role).toBe('mentions');
    const used = run('FoldKV: Folding the Cache', 'Existing benchmarks, such as TriviaSet, focus on short inputs. We propose FoldKV and evaluate it on TriviaSet.');
    expect(find(used, 'TriviaSet')?.role).toBe('evaluates');
  });

  it('pairs values listed before as many benchmarks with them in order, signs and all', () => {
    const x = run('FoldKV: Folding the Cache', 'We propose FoldKV. FoldKV improves accuracy by +3.1%, +2.4% and +1.2% on TriviaSet, RingBench and DialQA, respectively.');
    expect(x.results.map((r) => [r.value, r.benchmark])).toEqual([
      [3.1, 'TriviaSet'],
      [2.4, 'RingBench'],
      [1.2, 'DialQA'],
    ]);
  });

  it('pairs values listed before as many measures with them in order ("40%, 20% and 10% on accuracy, throughput and latency")', () => {
    const x = run('FoldKV: Folding the Cache', 'We propose FoldKV. FoldKV improves by 40%, 20% and 10% on accuracy, throughput and latency, respectively.');
    expect(x.results.map((r) => [r.value, r.metric])).toEqual([
      [40, 'accuracy'],
      [20, 'throughput'],
      [10, 'latency'],
    ]);
  });

  it('gives the paper its own results when the sentence says "our method"', () => {
    const x = run('FoldKV: Folding the Cache', 'We propose FoldKV, a cache method. Our method cuts memory by 40% compared to Zephyr-2.');
    expect(x.results).toEqual([expect.objectContaining({ subject: 'FoldKV', value: 40, unit: '%', compared_to: 'Zephyr-2' })]);
  });

  it('reads before/after pairs and gains without a unit sign as points', () => {
    const x = run('A study', 'Zephyr-2 gains on TriviaSet (e.g., 23.5->26.9 F1 on its hard split). Orca-X shows a 6.4 accuracy improvement.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([
      ['Zephyr-2', 23.5, 'points'],
      ['Zephyr-2', 26.9, 'points'],
      ['Orca-X', 6.4, 'points'],
    ]);
  });

  it('reads lengths a system reaches, not lengths of the data', () => {
    const x = run('A study', 'Zephyr-2 extends its context to 1 million tokens. Documents in TriviaSet average 20,971 tokens.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([['Zephyr-2', 1_000_000, 'tokens']]);
  });

  it('does not take counts or shares of data for results', () => {
    const x = run('DataSet', 'We introduce PlanBench, with 1,062 questions over 130 documents. 33.2% of the questions need two pages.');
    expect(x.results).toEqual([]);
  });

  it('gives evidence and spans that point back into the text', () => {
    const title = 'Sparrow: Small Memories';
    const abstract = 'We present Sparrow, built upon Zephyr-2. It reaches 4x speedups.';
    const x = run(title, abstract);
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Sparrow', 'Zephyr-2']));
    expect(x.entities.some((e) => e.spans.length > 0 && e.evidence.length > 0)).toBe(true);
    for (const e of x.entities) {
      for (const s of e.spans) expect(e.mentions).toContain((s.field === 'title' ? title : abstract).slice(s.start, s.end));
      for (const ev of e.evidence) expect((ev.field === 'title' ? title : abstract).slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(x.results[0]?.evidence.sentence).toBe('It reaches 4x speedups.');
  });
});
