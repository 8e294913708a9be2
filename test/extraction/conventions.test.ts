import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaper, setLexicon } from '../../src/extraction/extract.js';
import type { LexiconEntry } from '../../src/extraction/lexicon.js';
import type { PaperExtraction } from '../../src/extraction/types.js';

// Span and typing conventions of ANNOTATION.md, pinned on sentences written for these tests.
const entry = (name: string, type: LexiconEntry['type'], aliases: string[] = []): LexiconEntry => ({ name, type, aliases, ambiguous: false });

beforeAll(() => {
  setLexicon([
    entry('Zephyr-2', 'Model'),
    entry('TriviaSet', 'Benchmark'),
    entry('accuracy', 'Metric'),
    entry('fine-tuning', 'Technique'),
    entry('rotary position embedding', 'Technique', ['RoPE']),
    entry('tensor parallelism', 'Technique'),
    entry('sparse attention', 'Technique'),
    entry('optical character recognition', 'Task', ['OCR']),
    entry('CoilNet', 'Technique'),
  ]);
});

const run = (title: string, abstract: string): PaperExtraction => extractPaper({ id: 't1', title, abstract, source: 'test' });
const find = (x: PaperExtraction, name: string) => x.entities.find((e) => e.name === name || e.mentions.includes(name));

describe('extraction conventions', () => {
  it('types the acronym-defined items of a list of scenarios or settings as tasks', () => {
    const x = run('Bench', 'We define two scenarios: cross-image grounding (CIG) and chart knowledge-seeking (CKS). Zephyr-2 fails on CIG.');
    expect(find(x, 'CIG')?.type).toBe('Task');
    expect(find(x, 'CKS')?.type).toBe('Task');
  });

  it('types a defined Title-Case setting that ends in "Task" as a task, even when the paper introduces it', () => {
    const x = run('Exams', 'We introduce two settings: Single Query & Single Task (SQST) and Many Query & Many Tasks (MQMT).');
    expect(find(x, 'SQST')).toMatchObject({ type: 'Task', role: 'introduces' });
    expect(find(x, 'MQMT')?.type).toBe('Task');
  });

  it('does not take a training verb with an object for the method "fine-tuning"', () => {
    const x = run('Tuning', 'We show gains by fine-tuning video generation models and by fine-tuning the Zephyr-2 model on TriviaSet.');
    expect(find(x, 'fine-tuning')).toBeUndefined();
    expect(find(x, 'fine-tuning video generation')).toBeUndefined();
    expect(find(run('Tuning', 'After fine-tuning, Zephyr-2 reaches 80% accuracy on TriviaSet.'), 'fine-tuning')?.type).toBe('Technique');
  });

  it('makes one entity of a name and the alias given in "(a.k.a. ...)"', () => {
    const x = run('Training', 'Systems use intra-layer partitioning (a.k.a. Tensor Parallelism) to fit Zephyr-2.');
    expect(find(x, 'tensor parallelism')?.mentions.sort()).toEqual(['Tensor Parallelism', 'intra-layer partitioning']);
    expect(x.entities.filter((e) => e.type === 'Technique').length).toBe(1);
  });

  it('reads a CamelCase expansion written right after a name, with or without a space', () => {
    const x = run('Bench', 'We introduce LQBench(LongQueryBench), a benchmark for long queries. Zephyr-2 scores 40% accuracy on LongQueryBench.');
    expect(find(x, 'LQBench')?.mentions.sort()).toEqual(['LQBench', 'LongQueryBench']);
    expect(x.entities.filter((e) => e.type === 'Benchmark').length).toBe(1);
  });

  it('types "<general noun> understanding" as a task, not as a technique', () => {
    const x = run('Pages', 'Zephyr-2 struggles with cross-page layout structure understanding on TriviaSet.');
    expect(find(x, 'cross-page layout structure understanding')?.type).toBe('Task');
  });

  it('takes an analysis for a task only where the sentence lists it among tasks or applications', () => {
    const x = run('Study', 'We give an in-depth failure analysis of Zephyr-2 on TriviaSet.');
    expect(find(x, 'failure analysis')).toBeUndefined();
    const y = run('Study', 'Zephyr-2 helps in applications such as essay writing, translation, or satellite image analysis.');
    expect(find(y, 'satellite image analysis')?.type).toBe('Task');
  });

  it('reads a known short name followed by the words its long name ends in as that one name', () => {
    const x = run('Positions', 'Based on RoPE position embeddings, we scale Zephyr-2 to long inputs.');
    expect(find(x, 'RoPE')?.mentions).toEqual(['RoPE']);
    expect(x.entities.filter((e) => e.type === 'Technique').map((e) => e.name)).toEqual(['rotary position embedding']);
  });

  it('makes one task of "X comprehension" and "X understanding" in one paper', () => {
    const x = run('Video', 'Zephyr-2 is weak at long video comprehension. We improve long video understanding on TriviaSet.');
    expect(find(x, 'long video understanding')?.mentions.sort()).toEqual(['long video comprehension', 'long video understanding']);
  });

  it('makes one entity of a new prefixed name and the same name without its prefix', () => {
    const x = run('xLab-PageReader2: Reading Long Files', 'We present PageReader2, which reads long files. PageReader2 beats Zephyr-2 on TriviaSet.');
    const reader = find(x, 'PageReader2');
    expect(reader?.mentions.sort()).toEqual(['PageReader2', 'xLab-PageReader2']);
    expect(reader?.role).toBe('introduces');
  });

  it('takes the measures listed after an aspect for metrics, not the aspect that heads the list', () => {
    const x = run('Clips', 'We define metrics to assess clip quality including shot changes, motion scores and caption-level quality on TriviaSet.');
    expect(find(x, 'clip quality')).toBeUndefined();
    expect(find(x, 'caption-level quality')?.type).toBe('Metric');
  });

  it('names a known term inside a longer term by the longer term, unless it also stands alone', () => {
    const x = run('Sparse', 'We use blockwise sparse attention in Zephyr-2.');
    expect(x.entities.filter((e) => e.type === 'Technique').map((e) => e.name)).toEqual(['blockwise sparse attention']);
    const y = run('Sparse', 'Sparse attention is common. We use blockwise sparse attention in Zephyr-2.');
    expect(y.entities.filter((e) => e.type === 'Technique').map((e) => e.name).sort()).toEqual(['blockwise sparse attention', 'sparse attention']);
  });

  it('does not take a task word that names what a tool or process does for a task', () => {
    const x = run('Tools', 'Pipelines run optical character recognition tools and page extraction tools, and a long answer generation process, on TriviaSet.');
    expect(find(x, 'optical character recognition')).toBeUndefined();
    expect(find(x, 'page extraction')).toBeUndefined();
    expect(find(x, 'long answer generation')).toBeUndefined();
    expect(find(run('Rates', 'Rare cases have poor radiology diagnosis rates on TriviaSet.'), 'radiology diagnosis')).toBeUndefined();
    expect(find(run('Rates', 'Zephyr-2 is weak at radiology diagnosis.'), 'radiology diagnosis')?.type).toBe('Task');
    expect(find(run('Tools', 'Zephyr-2 improves optical character recognition on TriviaSet.'), 'optical character recognition')?.type).toBe('Task');
  });

  it('takes an analysis the paper performs, whatever it analyses, for no entity', () => {
    const x = run('Study', 'An in-depth memory-centric cache analysis shows that Zephyr-2 fails on TriviaSet.');
    expect(x.entities.map((e) => e.name).sort()).toEqual(['TriviaSet', 'Zephyr-2']);
  });

  it('types an architecture as a technique and the same name with a parameter count as a model of it', () => {
    const x = run('Recurrence', 'We compare CoilNet-1.3B with CoilNet-370M and plain CoilNet layers on TriviaSet.');
    expect(find(x, 'CoilNet-1.3B')).toMatchObject({ type: 'Model', family: 'CoilNet' });
    expect(find(x, 'CoilNet-370M')).toMatchObject({ type: 'Model', family: 'CoilNet' });
    expect(find(x, 'CoilNet')?.type).toBe('Technique');
  });

  it('takes a whole research field for no task', () => {
    const x = run('Survey', 'Advances in machine learning and deep learning let Zephyr-2 improve optical character recognition.');
    expect(x.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual(['optical character recognition']);
  });

  it('makes one entity of a term and its plural', () => {
    const x = run('Stacks', 'We propose sparse chunk embedding. Sparse chunk embeddings in Zephyr-2 cut memory.');
    expect(find(x, 'sparse chunk embedding')?.mentions.sort()).toEqual(['Sparse chunk embeddings', 'sparse chunk embedding']);
    expect(x.entities.filter((e) => e.type === 'Technique')).toHaveLength(1);
  });

  it('reads a noun that compromise files as a verb as part of a term after a technical adjective ("clinical report summarization")', () => {
    const x = run('Clinic', 'Zephyr-2 is weak at clinical report summarization on TriviaSet.');
    expect(find(x, 'clinical report summarization')?.type).toBe('Task');
  });

  it('takes the tasks a new benchmark spans for evaluated, not introduced', () => {
    const x = run('Wards', 'We present WardBench, a benchmark. WardBench spans 9 clinical tasks, including clinical report summarization and discharge planning.');
    expect(find(x, 'WardBench')?.role).toBe('introduces');
    expect(find(x, 'clinical report summarization')?.role).not.toBe('introduces');
    const y = run('Wards', 'We present WardNet, a method which includes a discharge scheduler.');
    expect(find(y, 'discharge scheduler')?.role).toBe('introduces');
  });

  it('takes plain title words before a colon for a name only where the abstract uses them again', () => {
    const x = run('Quiet Signals: Evaluating Long Inputs on Wards', 'We test Zephyr-2 on TriviaSet with long clinical notes.');
    expect(find(x, 'Quiet Signals')).toBeUndefined();
    const y = run('Quiet Signals: Evaluating Long Inputs on Wards', 'We build Quiet Signals, a suite of ward notes, and test Zephyr-2 on it.');
    expect(find(y, 'Quiet Signals')?.role).toBe('introduces');
    expect(find(run('Page Window Extension: Reading Long Files', 'Zephyr-2 reads long files.'), 'Page Window Extension')?.role).toBe('introduces');
  });

  it('types a name tagged with a context-window size as a model, and one tagged with a count as a data set', () => {
    const x = run('Judges', 'Orbit-32k wins 45% vs zeta-128k on open tasks. We train on PageSet-6k.');
    expect(find(x, 'Orbit-32k')?.type).toBe('Model');
    expect(find(x, 'zeta-128k')?.type).toBe('Model');
    expect(find(x, 'PageSet-6k')?.type).toBe('Dataset');
  });

  it('takes no CamelCase word inside a generic class name defined by an acronym for a name', () => {
    const x = run('Class', 'We test Large MultiSense Models (LMSMs) such as Zephyr-2 on TriviaSet.');
    expect(find(x, 'MultiSense')).toBeUndefined();
    expect(find(run('Class', 'We test the MultiSense model on TriviaSet.'), 'MultiSense')?.type).toBe('Model');
  });

  it('does not type a compared name by a noun before the comparison ("on the X benchmark, where it outperforms Y")', () => {
    const x = run('Offline', 'We evaluate our agent on the TriviaSet benchmark, where it outperforms QLX and IQLX.');
    expect(find(x, 'QLX')?.type).not.toBe('Benchmark');
    expect(find(x, 'IQLX')?.type).not.toBe('Benchmark');
    expect(find(x, 'TriviaSet')?.type).toBe('Benchmark');
  });

  it('names "<term> algorithm" by its term, like "<term> method"', () => {
    const x = run('Offline', 'Zephyr-2 relies on a block merging algorithm from prior work.');
    expect(x.entities.filter((e) => e.type === 'Technique').map((e) => e.name)).toEqual(['block merging']);
    const y = run('Offline', 'We propose a block merging algorithm for Zephyr-2.');
    expect(find(y, 'block merging')?.role).toBe('introduces');
  });

  it('types unknown names listed after a sentence-initial "On" as benchmarks, and not the subject after the list', () => {
    const x = run('Scans', 'On KTAB and BMOS, SegLens improves accuracy by 6.1%. Results on QTab, RTab and STab improve too.');
    for (const name of ['KTAB', 'BMOS', 'QTab', 'RTab', 'STab']) expect(find(x, name)?.type, name).toBe('Benchmark');
    expect(find(x, 'SegLens')?.type).not.toBe('Benchmark');
  });

  it('reads detection, estimation, parsing and tagging as task heads', () => {
    const x = run('Suite', 'Zephyr-2 is tested on trend detection, pose estimation, dependency parsing and sequence tagging.');
    for (const name of ['trend detection', 'pose estimation', 'dependency parsing', 'sequence tagging']) expect(find(x, name)?.type, name).toBe('Task');
  });

  it('gives no model the value of a clause with its own subject ("while humans reach 93%", "that all models ...")', () => {
    const x = run('Charts', 'Zephyr-2 reaches 55% accuracy on TriviaSet, while humans reach 93%. Testing Zephyr-2, we find that all models fall below 60% accuracy. Zephyr-2 scores 41%, while keeping 38% on hard items.');
    expect(x.results.map((r) => `${r.subject} ${r.value}`).sort()).toEqual(['Zephyr-2 38', 'Zephyr-2 41', 'Zephyr-2 55']);
  });

  it('types a new name followed by "tasks" as the benchmark suite those tasks form', () => {
    const x = run('Hands', 'In simulation on the GraspWorld tasks, Zephyr-2 improves accuracy to 71%.');
    expect(find(x, 'GraspWorld')?.type).toBe('Benchmark');
  });

  it('takes Title-Case words written against a new name inside the introduced noun phrase as part of it', () => {
    const x = run('Pages', 'We propose a High-resolution PageSqueezer module to compress pages for Zephyr-2.');
    expect(find(x, 'High-resolution PageSqueezer')?.role).toBe('introduces');
    expect(find(x, 'PageSqueezer')).toBeUndefined(); // no second, shorter entity
    const z = run('Pages', 'We present PageLens, a reader. PageLens includes two key components: (1) An image partition strategy that splits pages, and (2) a page cache.');
    expect(find(z, 'image partition strategy')?.role).toBe('introduces');
    expect(z.entities.some((e) => /^An\b/.test(e.name))).toBe(false);
    const y = run('Med', 'We then introduce Zephyr-2 Clinical (Zephyr-2 C), our generalist model.');
    expect(find(y, 'Zephyr-2 Clinical')).toMatchObject({ type: 'Model', role: 'introduces' });
  });

  it('follows a list of introduced names to the end of its sentence, however long the items', () => {
    const text = 'We introduce hierarchical multi-tier page eviction (HMPE), cross-request shared system prompt prefix caching (CSSPC), speculative multi-draft verification scheduling (SMVS), and adaptive token budget routing (ATBR).';
    expect(text.indexOf('adaptive') - text.indexOf('hierarchical')).toBeGreaterThan(120); // beyond the window in which the first name must start
    const x = run('Caches', text);
    for (const name of ['HMPE', 'CSSPC', 'SMVS', 'ATBR']) expect(find(x, name)?.role, name).toBe('introduces');
  });

  it('does not take judging adjectives that compromise does not know for modifiers of a term', () => {
    const x = run('Caches', 'Zephyr-2 keeps an expressive chunk mask and an unsatisfactory chunk mask, unlike sparse attention.');
    expect(x.entities.filter((e) => e.type === 'Technique').map((e) => e.name).sort()).toEqual(['chunk mask', 'sparse attention']);
  });

  it('types an unknown name a ranking is read off ("rank 1st/2nd in X") as a benchmark', () => {
    const x = run('Frames', 'Using 96 frames, our models rank 1st/2nd/3rd in ClipTrek among open models.');
    expect(find(x, 'ClipTrek')?.type).toBe('Benchmark');
  });

  it('reads a measure taken on a data split as the measure itself ("validation accuracy" is accuracy)', () => {
    const x = run('Splits', 'Zephyr-2 raises validation accuracy to 81% and test accuracy to 80% on TriviaSet.');
    expect(x.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual(['accuracy']);
  });

  it('types a new name by a component noun after it ("the GruCRF tagger") and takes "<x> classifier" for a technique', () => {
    const x = run('Tags', 'Our system uses a GruCRF tagger and a biaffine classifier on top of Zephyr-2.');
    expect(find(x, 'GruCRF')?.type).toBe('Technique');
    expect(find(x, 'biaffine classifier')?.type).toBe('Technique');
  });

  it('gives a model that is not the paper\'s own both the value it starts "from" and the one it reaches', () => {
    const x = run('Hands', 'Zephyr-2 improves accuracy from 38% to 71% on TriviaSet.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Zephyr-2', 38], ['Zephyr-2', 71]]);
  });
});
