import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaper, setLexicon } from '../../src/extraction/extract.js';
import type { LexiconEntry } from '../../src/extraction/lexicon.js';
import type { PaperExtraction } from '../../src/extraction/types.js';

// Conventions that carry the extractor over to papers outside the sample it was tuned on, each
// pinned on sentences written for the test (see scripts/eval-heldout.mjs for the held-out score).
const entry = (name: string, type: LexiconEntry['type'], aliases: string[] = []): LexiconEntry => ({ name, type, aliases, ambiguous: false });

const TEST_LEXICON: LexiconEntry[] = [
  entry('Zephyr-2', 'Model'),
  entry('Wren', 'Model', ['Acme Wren']),
  entry('Wren-4V', 'Model'),
  entry('Wide Wren', 'Model'),
  entry('KiteNet', 'Model'),
  entry('PPO', 'Technique', ['proximal policy optimization']),
  entry('RLHF', 'Technique', ['reinforcement learning from human feedback']),
  // As in data/lexicon, the benchmark reading of "GQA" comes first.
  { name: 'GQA', type: 'Benchmark', aliases: [], ambiguous: true },
  entry('grouped-query attention', 'Technique', ['GQA']),
  entry('diffusion model', 'Technique', ['diffusion models']),
  entry('accuracy', 'Metric'),
  entry('F1 score', 'Metric', ['F1']),
  entry('throughput', 'Metric'),
  entry('memory footprint', 'Metric', ['GPU memory consumption']),
  entry('Lark-9', 'Model'),
  entry('Wren-4', 'Model'),
  entry('Finch-2', 'Model'),
  entry('QuillQA', 'Benchmark'),
  entry('QuillQA v2', 'Benchmark'),
  entry('Heron', 'Model'),
  entry('Sparrow', 'Model'),
  entry('code generation', 'Task'),
  { name: 'reasoning', type: 'Task', aliases: [], ambiguous: true },
  { name: 'recommendation', type: 'Task', aliases: [], ambiguous: true },
  entry('ViT', 'Model', ['Vision Transformer']),
  entry('masked autoencoder', 'Technique', ['MAE']),
  entry('OCR', 'Technique', ['optical character recognition']),
  entry('ILSVRC', 'Benchmark'),
  entry('KMO', 'Benchmark', ['KMO24', 'KMO 2024', 'KMO25']),
  entry('attention', 'Technique'),
  entry('QV cache', 'Technique', ['query-value cache']),
  entry('precision', 'Metric'),
  entry('BERT', 'Model'),
  entry('error rate', 'Metric'),
  { name: 'q1', type: 'Model', aliases: ['Acme q1'], ambiguous: true },
  entry('OpenLark', 'Model'),
  entry('Lark 3.1', 'Model'),
  entry('Codeforce', 'Benchmark'),
  entry('speech-to-text', 'Task'),
  entry('vServe', 'Technique'),
  entry('perplexity', 'Metric'),
  entry('Fréchet Kite Distance', 'Metric', ['FKD']),
  entry('WrenCorpus-1B', 'Dataset'),
  { name: 'TiRaN', type: 'Technique', aliases: ['Tiered Ranking Networks'], ambiguous: true },
  entry('counting', 'Task'),
  entry('data analysis', 'Task'),
  entry('backdoor attack', 'Technique', ['backdoor']),
  entry('QUDA', 'Technique'),
  entry('in-context learning', 'Task', ['ICL']),
  entry('W5A7 quantization', 'Technique'),
  entry('tokens per second', 'Metric', ['tokens/s']),
  entry('compression ratio', 'Metric', ['compression rate']),
  entry('instruction tuning', 'Technique', ['IT']),
];

beforeAll(() => setLexicon(TEST_LEXICON));

const run = (title: string, abstract: string): PaperExtraction => extractPaper({ id: 't1', title, abstract, source: 'test' });
/** Runs `check` with another lexicon in place of the test lexicon, restoring it after. */
const withLexicon = (lexicon: LexiconEntry[], check: () => void): void => {
  setLexicon(lexicon);
  try {
    check();
  } finally {
    setLexicon(TEST_LEXICON);
  }
};
const find = (x: PaperExtraction, name: string) => x.entities.find((e) => e.name === name || e.mentions.includes(name));
const names = (x: PaperExtraction): string[] => x.entities.map((e) => e.name);

describe('generalization conventions', () => {
  it('never makes a term of a quantity-led noun phrase ("1B masks", "over 1 billion masks", "11M images")', () => {
    const x = run('Masks', 'We collect over 1 billion masks on 11M images. The tagger is trained on 2B masks and thousands of clips.');
    expect(names(x).filter((n) => /\d|billion|thousand/i.test(n))).toEqual([]);
  });

  it('merges an acronym with a capitalised plural long form when the acronym is singular ("Low Rank Adapters (LoRA)")', () => {
    const x = run('Adapters', 'Gradients flow into Low Rank Adapters (LoRA). Records are stored as Electronic Health Records (EHRs).');
    expect(find(x, 'LoRA')?.mentions).toEqual(expect.arrayContaining(['Low Rank Adapters', 'LoRA']));
    expect(names(x)).not.toContain('Rank Adapters');
    expect(find(x, 'EHRs')).toBeUndefined();
  });

  it('reads a numeric word before a long form as the number of its acronym ("4-bit NormalFloat (NF4)")', () => {
    const x = run('Types', 'We store weights in 4-bit NormalFloat (NF4), a new data type.');
    const nf4 = find(x, 'NF4');
    expect(nf4?.mentions).toEqual(expect.arrayContaining(['4-bit NormalFloat', 'NF4']));
    expect(x.entities.filter((e) => e.mentions.some((m) => /NormalFloat|NF4/.test(m)))).toHaveLength(1);
  });

  it('does not take a longer number for the acronym\'s ("40-bit NormalFloat" is no long form of "NF4")', () => {
    const x = run('Types', 'We store weights in 40-bit NormalFloat (NF4), a new data type.');
    expect(x.entities.some((e) => e.mentions.includes('NF4') && e.mentions.includes('40-bit NormalFloat'))).toBe(false);
  });

  it('finds initials in the parts of a hyphened word ("Vine Intelligence via Tool-Augmented Learning (VITAL)"), and reads "DALL·E" as "DALL-E"', () => {
    const x = run('Agents', 'We propose Vine Intelligence via Tool-Augmented Learning (VITAL), a framework. VITAL beats Wren-4.');
    expect(find(x, 'VITAL')?.mentions).toContain('Vine Intelligence via Tool-Augmented Learning');
    expect(names(x).filter((n) => /^via\b/.test(n))).toEqual([]);
    withLexicon([...TEST_LEXICON, entry('Lark-E 3', 'Model')], () => {
      expect(find(run('Images', 'We compare with Lark·E 3 on QuillQA.'), 'Lark-E 3')?.mentions).toEqual(['Lark·E 3']);
    });
  });

  it('reads a 2 between the letters of an acronym as "to" and a 4 as "for" in a coined name ("Folder to Sandbox (F2S)"), not in "end-to-end (E2E)"', () => {
    const x = run('Sandboxes', 'We present Folder to Sandbox (F2S), a framework. We also propose Pruning for Drafting (P4D), a method.');
    expect(find(x, 'F2S')?.mentions).toEqual(expect.arrayContaining(['Folder to Sandbox', 'F2S']));
    expect(find(x, 'P4D')?.mentions).toEqual(expect.arrayContaining(['Pruning for Drafting', 'P4D']));
    expect(names(x)).not.toContain('Folder');
    const e2e = run('Driving', 'We train an End-to-End (E2E) planner on QuillQA.');
    expect(e2e.entities.some((e) => e.mentions.includes('E2E') && e.mentions.includes('End-to-End'))).toBe(false);
  });

  it('reads a 3 or 4 after a letter of an acronym as that many words with that initial ("Multi-Modal Mutual-Information Decoding (M3ID)")', () => {
    const x = run('Decoding', 'We introduce Multi-Modal Memory-Merged Routing (M4R), a new routing method. M4R lowers latency.');
    expect(find(x, 'M4R')?.mentions).toEqual(expect.arrayContaining(['Multi-Modal Memory-Merged Routing', 'M4R']));
    expect(x.entities.filter((e) => e.mentions.some((m) => /Routing|M4R/.test(m)))).toHaveLength(1);
    const y = run('Rewards', 'Training is guided by the Rank Reflection Reward (R3). R3 weights key tokens.');
    expect(y.entities.find((e) => e.mentions.includes('R3'))?.mentions).toContain('Rank Reflection Reward');
  });

  it('types a long form headed by "Assessment of ..." as a benchmark, whatever task it ends in', () => {
    const x = run('Folding', 'We took part in the 9th Critical Assessment of Ligand Docking Prediction (CALDP9).');
    expect(find(x, 'CALDP9')).toMatchObject({ type: 'Benchmark' });
    expect(find(x, 'CALDP9')?.mentions).toContain('9th Critical Assessment of Ligand Docking Prediction');
  });

  it('types an acronym definition a paper reports results or a rank on as a benchmark ("results on Beyond The Kite Vault (BTKV)")', () => {
    const x = run('Segmentation', 'We rank first on the Kite Segmentation Decathlon (KSD) leaderboard and achieve state-of-the-art results on Beyond The Kite Vault (BTKV).');
    expect(find(x, 'KSD')).toMatchObject({ type: 'Benchmark' });
    expect(find(x, 'BTKV')).toMatchObject({ type: 'Benchmark' });
    // "a ... (XS) video dataset": the words after the definition type the long form as well.
    expect(find(run('Restoration', 'A rich Kite Vault Low-light (KVL) video dataset is collected for training.'), 'KVL')).toMatchObject({ type: 'Dataset' });
    // Where nothing is measured on it, a capitalised long form stays a method.
    expect(find(run('Segmentation', 'We build on Beyond The Kite Vault (BTKV) to segment organs.'), 'BTKV')).toMatchObject({ type: 'Technique' });
  });

  it('keeps plural models of a known technique defined by an acronym ("latent diffusion models (LDMs)")', () => {
    const x = run('Synthesis', 'Cascaded diffusion models (CDMs) are slow. Large Vision Models (LVMs) are common.');
    expect(find(x, 'CDMs')).toMatchObject({ type: 'Technique' });
    expect(find(x, 'LVMs')).toBeUndefined();
  });

  it('takes "partial differential equations (PDEs)" for the problem, no technique, and keeps "ordinary differential equations (ODEs)"', () => {
    const x = run('Solvers', 'We solve partial differential equations (PDEs) with a learned solver. Sampling integrates ordinary differential equations (ODEs).');
    expect(find(x, 'PDEs')).toBeUndefined();
    expect(find(x, 'ODEs')).toMatchObject({ type: 'Technique' });
  });

  it('drops generic leading modifiers of a known technique ("standard RLHF", "vanilla PPO" are RLHF and PPO)', () => {
    const x = run('Preferences', 'We compare against standard RLHF, vanilla PPO and conventional PPO. Our method replaces RLHF.');
    expect(names(x).filter((n) => /standard|vanilla|conventional/i.test(n))).toEqual([]);
    expect(find(x, 'RLHF')).toBeDefined();
    expect(find(x, 'PPO')).toBeDefined();
  });

  it('reads names the paper gives its own models as introduced', () => {
    const x = run(
      'Models',
      'We evaluate our fine-tuned model Orca-Tide. Our best model family, which we name Kestrel, outperforms all others. ' +
        'We call the resulting model QuillNet (Query-Unified Image-Language Linking Network). ' +
        'The new methods, which we call trust anchor optimization (TAO), are simple. Our Heron-3B model is fast.',
    );
    for (const n of ['Orca-Tide', 'Kestrel', 'QuillNet', 'TAO', 'Heron-3B']) expect(find(x, n)?.role, n).toBe('introduces');
  });

  it('reads a name the paper defines right after "our" as its own, but not a technique its model uses', () => {
    const x = run('Corpora', 'We train on our new Wide Open Web Corpus (WOWC). Our patch-wise grid transformer (PGT) is fast. Our model leverages grouped-query attention (GQA).');
    expect(find(x, 'WOWC')?.role).toBe('introduces');
    expect(find(x, 'PGT')?.role).toBe('introduces');
    expect(find(x, 'GQA')).toMatchObject({ type: 'Technique', role: 'uses' });
  });

  it('reads the share of problems a model solves, or of a measure it reaches, as a result; a training setting is none', () => {
    const x = run(
      'Solving',
      'Lark-9 reaches 97.5% of the performance level of Wren-4. The best model, Finch-2, is able to solve a mere 1.96% of the issues. ' +
        'Wren-4 was trained with a context size of 32k tokens. Finch-2 answers 33.2% of the questions correctly, and 20% of the questions are hard.',
    );
    const got = x.results.map((r) => [r.subject, r.value]);
    expect(got).toEqual(expect.arrayContaining([['Lark-9', 97.5], ['Finch-2', 1.96], ['Finch-2', 33.2]]));
    expect(got.map(([, v]) => v)).not.toContain(32000);
    expect(got.map(([, v]) => v)).not.toContain(20);
  });

  it('reads no sensor, scan, signal, chip or file format as an entity ("Light Detection and Ranging (LiDAR)", "RGB-D", "CT", "MCUs", "SVG")', () => {
    const x = run(
      'KiteFuse: Fusion for Detection',
      'We fuse Light Detection and Ranging (LiDAR) and Radio Detection and Ranging (RADAR) data with RGB-D frames and IMU readings on ' +
        'microcontroller units (MCUs), and export Scalable Vector Graphics (SVG). We also read computed tomography (CT) and MRI scans and photoplethysmography (PPG) signals.',
    );
    expect(names(x)).toEqual(['KiteFuse']);
    // A definition may give a sensor's acronym to a name of its own: the long form decides.
    const own = run('T', 'We propose Slim VideoGen (SVG), which speeds up video diffusion.');
    expect(find(own, 'SVG')?.name).toBe('Slim VideoGen');
  });

  it('names a result by the short form the sentence writes ("Kite Dual-Depth Ranking (KDR) ... KDR improves ..."), not the long name', () => {
    const x = run('Kite Dual-Depth Ranking (KDR) for Pruning', 'We propose Kite Dual-Depth Ranking (KDR), a pruning method. KDR improves accuracy by 7.8% over random selection on QuillQA.');
    expect(x.results.map((r) => `${r.subject} ${r.value}`)).toEqual(['KDR 7.8']);
  });

  it('names a result by the long name where the title writes it and the short form spells its initials ("Kite Sparse Attention: ..." ... "KSA achieves")', () => {
    const abstract = 'We present Kite Sparse Attention (KSA), a sparse attention method. KSA achieves a 6.2x speedup over FlashAttention.';
    const titled = run('Kite Sparse Attention: Fast Long Context', abstract);
    expect(titled.results.map((r) => `${r.subject} ${r.value}`)).toEqual(['Kite Sparse Attention 6.2']);
    const untitled = run('Fast Long Context with Sparse Attention', abstract);
    expect(untitled.results.map((r) => `${r.subject} ${r.value}`)).toEqual(['KSA 6.2']);
    // A title headed by the short form ("KSA: Kite Sparse Attention ...") names the method by it, even where the
    // lexicon knows the method by its long name.
    withLexicon([...TEST_LEXICON, entry('Kite Sparse Attention', 'Technique', ['KSA'])], () => {
      const headed = run('KSA: Kite Sparse Attention for Long Context', abstract);
      expect(headed.results.map((r) => `${r.subject} ${r.value}`)).toEqual(['KSA 6.2']);
    });
  });

  it('reads a gain or score in decibels as a result ("by up to 0.45dB", "an SI-SNRi of 24.4 dB"), not a signal level set for a test', () => {
    const x = run('T', 'Lark-9 outperforms Wren-4 by up to 0.45dB on QuillQA. Finch-2 reaches a PSNR of 24.4 dB. Noise is added at 0 dB and at an SNR of -5 dB.');
    expect(x.results.map((r) => `${r.subject} ${r.value} ${r.unit}`)).toEqual(['Lark-9 0.45 dB', 'Finch-2 24.4 dB']);
  });

  it("gives a sentence's values to the paper's own method where the sentence names no one who could own them", () => {
    const x = run(
      'KiteNet-R: Reasoning for Audio',
      'We introduce KiteNet-R, a model for audio reasoning. Experiments show gains across key benchmarks, including QuillQA (+25.4%) and ILSVRC (+8.0%). ' +
        'Experiments show that all models stay below 40%. Inputs are cut to 512 tokens and the run costs $20.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value} ${r.benchmark}`);
    expect(got).toEqual(['KiteNet-R 25.4 QuillQA', 'KiteNet-R 8 ILSVRC']);
  });

  it('gives "our model" only the values of its own clause ("..., while X solves 0%")', () => {
    const x = run('Code', 'On QuillQA, our model Lark-9 solves 28.8% of the problems, while Wren-4 solves 0% and Finch-2 solves 11.4%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Lark-9', 28.8], ['Wren-4', 0], ['Finch-2', 11.4]]);
  });

  it('reads a unitless value of a named measure ("F1 to 93.2", "28.4 F1") and both ends of a range ("2-4x", "2X-3X", "3.14~4.40x")', () => {
    const x = run(
      'Ranges',
      'Lark-9 pushes QuillQA test F1 to 93.2 (1.5 point absolute improvement), while Wren-4 reaches 88.1 F1. ' +
        'Finch-2 improves throughput by 2-4x over Wren-4. Lark-9 gives a 2X-3X acceleration compared to Wren-4. Finch-2 is 3.14~4.40x faster than Lark-9.',
    );
    const got = x.results.map((r) => [r.subject, r.value]);
    expect(got).toEqual(
      expect.arrayContaining([['Lark-9', 93.2], ['Lark-9', 1.5], ['Wren-4', 88.1], ['Finch-2', 2], ['Finch-2', 4], ['Lark-9', 2], ['Lark-9', 3], ['Finch-2', 3.14], ['Finch-2', 4.4]]),
    );
  });

  it('does not take a model a method runs on, a judge inside a score, a size ratio or a count of tasks for a result', () => {
    const x = run(
      'Kernels',
      'TileKern gives a 15% speedup on Lark-9 and a 3x speedup on Wren-4. Finch-2 obtains a Wren-4 score of 1.29. ' +
        'Lark-9 is 8x deeper than Wren-4. Finch-2 outperforms Wren-4 on 11 out of 18 tasks.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value}`);
    expect(got).not.toContain('Lark-9 15');
    expect(got).not.toContain('Wren-4 3');
    expect(got).not.toContain('Wren-4 1.29');
    expect(got.filter((g) => / (?:8|11)$/.test(g))).toEqual([]);
  });

  it('gives each value of a listed claim the benchmark its own item names, before or after it', () => {
    const x = run(
      'Lists',
      'Lark-9 pushes the QuillQA score to 80.5% (7.7% point absolute improvement), Codeforce accuracy to 86.7%, and ILSVRC F1 to 93.2. ' +
        'Heron reaches 57.0% (+8.1%) on QuillQA and 20.6% to 29.1% on ILSVRC, and 88.4% top-1 accuracy with linear probing on Codeforce.',
    );
    expect(x.results.map((r) => `${r.subject} ${r.value} ${r.benchmark}`)).toEqual([
      'Lark-9 80.5 QuillQA',
      'Lark-9 7.7 QuillQA',
      'Lark-9 86.7 Codeforce',
      'Lark-9 93.2 ILSVRC',
      'Heron 57 QuillQA',
      'Heron 8.1 QuillQA',
      'Heron 20.6 ILSVRC',
      'Heron 29.1 ILSVRC',
      'Heron 88.4 Codeforce',
    ]);
    // The next item's measure is not the score's ("the QuillQA score to 80.5% (...), Codeforce accuracy to 86.7%").
    expect(x.results.slice(0, 4).map((r) => r.metric)).toEqual([null, null, 'accuracy', 'F1 score']);
  });

  it('marks a value that is a change against something else (a margin, a gain, a speed-up) and leaves scores unmarked', () => {
    const x = run(
      'Margins',
      'We propose Lark-9. Lark-9 pushes the QuillQA score to 80.5% (7.7% point absolute improvement) and improves from 22.9% to 39.4% on ILSVRC. ' +
        'It outperforms Wren-4 by 3.2 points, with +6.8% on Codeforce and a 2.4x speedup, and uses 40% less memory.',
    );
    expect(x.results.map((r) => `${r.value} ${r.change ? 'change' : 'score'}`)).toEqual([
      '80.5 score',
      '7.7 change',
      '39.4 score',
      '3.2 change',
      '6.8 change',
      '2.4 change',
      '40 change',
    ]);
  });

  it('finishes on a long run of listed values that names no benchmark after it (each value read one way only)', () => {
    // Before the run's pattern was made unambiguous, 18 values took seconds and 40 would have taken hours.
    const values = Array.from({ length: 40 }, (_, i) => ` and ${i + 2}`).join('');
    const x = run('Runs', `Lark-9 reaches 42.7%${values} across QuillQA and ILSVRC.`);
    expect(x.results[0]).toMatchObject({ subject: 'Lark-9', value: 42.7 });
  });

  it('keeps a rate written as a symbol after a bare number as the value\'s unit ("225 TFLOPs/s")', () => {
    const x = run('Kernels', 'Lark-9 raises throughput to 225 TFLOPs/s per GPU, and Wren-4 raises throughput to 30 QPS.');
    expect(x.results.map((r) => [r.value, r.unit])).toEqual([
      [225, 'TFLOPs/s'],
      [30, 'QPS'],
    ]);
  });

  it('reads a known model before "benchmark" as the benchmark named after it, and a known benchmark before "score" as that benchmark', () => {
    const x = run('Chat', 'Lark-9 wins on the Sparrow benchmark. Sparrow itself is a chat model. Lark-9 pushes the QuillQA score to 80.5%.');
    expect(find(x, 'Sparrow benchmark')).toMatchObject({ type: 'Benchmark' });
    expect(find(x, 'Sparrow')).toMatchObject({ type: 'Model' });
    expect(find(x, 'QuillQA')).toMatchObject({ type: 'Benchmark' });
    expect(x.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual([]);
  });

  it('names a known benchmark by the whole token it is written in ("QuillQA v2.1") and a model by its "large-vN" release', () => {
    const x = run('Releases', 'On QuillQA v2.1 Test F1, Heron large-v2 reaches 2.7% more than Heron.');
    expect(find(x, 'QuillQA v2.1')).toMatchObject({ type: 'Benchmark' });
    expect(find(x, 'Heron large-v2')).toMatchObject({ type: 'Model', family: 'Heron' });
  });

  it('reads a two-digit decimal after a known benchmark or model as its score, not its edition or version ("QuillQA 56.7", "Heron 34.2")', () => {
    const x = run('Scores', 'Kite-7B reaches QuillQA 56.7, ILSVRC 83.4 and Heron 34.2, while Heron 2.5 trails on QuillQA 2.0.');
    expect(names(x).filter((n) => /56\.7|83\.4|34\.2/.test(n))).toEqual([]);
    expect(find(x, 'QuillQA')?.type).toBe('Benchmark');
    expect(find(x, 'QuillQA 2.0')?.type).toBe('Benchmark');
    expect(find(x, 'Heron 2.5')?.type).toBe('Model');
  });

  it('keeps levels of a measure out of its name ("expert-level accuracy" is accuracy)', () => {
    const x = run('Levels', 'Lark-9 reaches expert-level accuracy of 90% and others near-random accuracy of 26%.');
    expect(x.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual(['accuracy']);
  });

  it('types the synthesis of a modality as a task and reads "an understanding of X" as prose', () => {
    const x = run('Synthesis', 'We evaluate class-conditional image synthesis and multivariate time series forecasting. This gives a mechanistic understanding of proteins.');
    expect(find(x, 'class-conditional image synthesis')).toMatchObject({ type: 'Task' });
    expect(find(x, 'multivariate time series forecasting')).toMatchObject({ type: 'Task' });
    expect(names(x).filter((n) => /understanding/.test(n))).toEqual([]);
  });

  it('takes a common-word task listed with a known task, or named as what a thing is for, for that task, and not elsewhere', () => {
    const x = run('Lists', 'Lark-9 beats Wren-4 in recommendation, mathematics, and code generation.');
    expect(find(x, 'recommendation')).toMatchObject({ type: 'Task' });
    const y = run('Prose', 'Our recommendation is simple. We study code generation. We give recommendations for practitioners.');
    expect(find(y, 'recommendation')).toBeUndefined();
    const z = run('Field', 'We adapt LLMs for recommendation. Wren-4 is strong on recommendation tasks.');
    expect(find(z, 'recommendation')).toMatchObject({ type: 'Task' });
  });

  it('keeps the task a title names even where the abstract does not repeat it', () => {
    const x = run('Deep Routing for Molecule Property Prediction', 'We present a routing network. It is fast.');
    expect(find(x, 'Molecule Property Prediction')).toMatchObject({ type: 'Task' });
  });

  it('introduces the name after "called", not a known model the cue names first ("presents a new vision Transformer, called X")', () => {
    const x = run('Windows', 'This paper presents a new vision Transformer, called Loom Transformer, that serves as a backbone.');
    expect(find(x, 'Loom Transformer')?.role).toBe('introduces');
    expect(find(x, 'ViT')?.role).not.toBe('introduces');
  });

  it('does not introduce what a paper studies or presents results on ("a replication study of X", "X results")', () => {
    const x = run('Replication', 'We present a replication study of Lark-9 pretraining. We present high quality image synthesis results using cascades.');
    expect(find(x, 'Lark-9')?.role).not.toBe('introduces');
    expect(x.entities.filter((e) => e.role === 'introduces').map((e) => e.name)).toEqual([]);
    expect(find(x, 'image synthesis')).toMatchObject({ type: 'Task' });
  });

  it('introduces the name in "our X approach", not the name with its general noun', () => {
    const x = run('Masks', 'Our MAE approach is simple: we mask patches.');
    expect(find(x, 'MAE')?.role).toBe('introduces');
    expect(names(x)).not.toContain('MAE approach');
  });

  it('takes a training budget for no result ("4x more data") but a size saved for one ("90x fewer parameters"), and "a score of 88.5" for one', () => {
    const x = run(
      'Budgets',
      'Lark-9 uses the same compute as Wren-4 but with 4x more data. Lark-9 beats Wren-4 with 90x fewer parameters. Finch-2 reaches a score of 88.5 on QuillQA.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value}`);
    expect(got).not.toContain('Lark-9 4');
    expect(got).not.toContain('Wren-4 4');
    expect(got).toEqual(expect.arrayContaining(['Lark-9 90', 'Finch-2 88.5']));
  });

  it('types a new name ending in "GAN" as a model', () => {
    const x = run('Faces', 'Samples are similar to those of PyramidGAN.');
    expect(find(x, 'PyramidGAN')).toMatchObject({ type: 'Model' });
  });

  it('reads describing words a colon lists before a two-word term as terms sharing its head, and nouns as no such terms', () => {
    const x = run('Ellipsis', 'The suite covers three tasks: arithmetic, commonsense, and symbolic reasoning. We study retrieval, reranking and question answering.');
    expect(find(x, 'arithmetic')).toMatchObject({ name: 'arithmetic reasoning', type: 'Task' });
    expect(find(x, 'commonsense')).toMatchObject({ name: 'commonsense reasoning', type: 'Task' });
    expect(names(x).filter((n) => /(?:retrieval|reranking) answering/.test(n))).toEqual([]);
  });

  it('reads no term into describing words that share a head in passing ("excel at logical and algorithmic reasoning")', () => {
    const x = run('Passing', 'LLMs excel at logical and algorithmic reasoning, yet their empathy lags behind.');
    expect(names(x).filter((n) => /^logical/.test(n))).toEqual([]);
  });

  it('names a known technique listed among tasks as a task, and keeps it a technique elsewhere', () => {
    const x = run('Transfer', 'The suite spans tasks such as action recognition, OCR and geo-localization.');
    expect(find(x, 'OCR')).toMatchObject({ type: 'Task' });
    const y = run('Parsing', 'The tasks such as summarization are hard, so the parser uses OCR on every page.');
    expect(find(y, 'OCR')).toMatchObject({ type: 'Technique' });
  });

  it('keeps a measure the lexicon does not know only where a figure, the word "metric" or a change to it says it is measured ("cuts retrieval latency")', () => {
    const x = run('T', 'KiteNet assigns a relevance score to each sentence and is evaluated on QuillQA.');
    expect(find(x, 'relevance score')).toBeUndefined();
    const y = run('T', 'KiteNet is evaluated on QuillQA, where it cuts retrieval latency and reaches a relevance score of 0.9.');
    expect([find(y, 'retrieval latency')?.type, find(y, 'relevance score')?.type]).toEqual(['Metric', 'Metric']);
  });

  it('keeps a measure the sentence compares on ("accuracy on par with X") ', () => {
    const x = run('Detection', 'Lark-9 demonstrates accuracy on par with the Wren-4 baseline.');
    expect(find(x, 'accuracy')).toMatchObject({ type: 'Metric' });
  });

  it('names a known benchmark with the year or version written after it ("ILSVRC 2015")', () => {
    const x = run('Editions', 'This won first place in ILSVRC 2015 and scores 30% on ILSVRC 2 times over.');
    expect(find(x, 'ILSVRC 2015')).toMatchObject({ type: 'Benchmark' });
    expect(names(x)).not.toContain('ILSVRC 2');
  });

  it('names a shared task with the known benchmark edition it belongs to ("QuillQA 2023 Challenge Task 2", "QuillQA-2024 Task 4"), a bare task number only after a year', () => {
    const x = run('Challenges', 'We rank first in the QuillQA 2023 Challenge Task 2 and in QuillQA-2024 Task 4. On QuillQA Task 3 it fails.');
    expect(names(x)).toEqual(expect.arrayContaining(['QuillQA 2023 Challenge Task 2', 'QuillQA-2024 Task 4', 'QuillQA']));
    expect(names(x)).not.toContain('QuillQA Task 3');
  });

  it('does not take a verb in "-es" for a modifier ("Lark-9 matches attention")', () => {
    const x = run('Verbs', 'Lark-9 matches attention of twice its size.');
    expect(names(x).filter((n) => /matches/.test(n))).toEqual([]);
  });

  it('types robotic locomotion, manipulation, navigation, serving and zero-shot transfer as tasks', () => {
    const x = run('Robots', 'We evaluate on simulated robotic locomotion, dexterous manipulation, visual navigation, LLM serving and zero-shot transfer.');
    for (const n of ['robotic locomotion', 'dexterous manipulation', 'visual navigation', 'LLM serving', 'zero-shot transfer']) expect(find(x, n)?.type, n).toBe('Task');
  });

  it('gives no result to a model a method starts from or is compared with, and reads fps and pass@k right', () => {
    const x = run(
      'Bases',
      'We design models based off Lark-9 and Wren-4 to obtain up to 7x increases in speed. Our retriever outperforms a strong Finch-2 system by 9%-19%. ' +
        'Heron processes 45 frames per second. Heron attains pass@1 accuracy 50.6% on QuillQA.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value} ${r.unit}`);
    expect(got.filter((g) => /^(?:Lark-9|Wren-4|Finch-2) /.test(g))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['Heron 45 fps', 'Heron 50.6 %']));
    expect(got.filter((g) => / 1 /.test(g))).toEqual([]);
  });

  it('reads "U-Net" before a title colon as a name, "BERT-Networks" as BERT, and "lower precision" as no measure', () => {
    const x = run('V-Grid: Convolutional Networks for Cell Segmentation', 'Embeddings come from siamese BERT-Networks run with lower precision formats; we report precision of 90%.');
    expect(find(x, 'V-Grid')?.role).toBe('introduces');
    expect(names(x)).not.toContain('BERT-Networks');
    expect(find(x, 'BERT')).toMatchObject({ type: 'Model' });
    expect(find(x, 'precision')?.mentions).toEqual(['precision']);
    expect(find(x, 'precision')?.spans).toHaveLength(1);
  });

  it('reads "top-1 and top-5 error rates" as two measures, "non-X" as no name, "recently-developed" as no modifier, and "overhead to X" as no subject', () => {
    const x = run(
      'Errors',
      'On the test data, Lark-9 achieved top-1 and top-5 error rates of 37.5% and 17.0%. Lark-9 outperforms every non-BERT baseline. ' +
        'It uses a recently-developed regularization method. Heron adds only a small overhead to Wren-4, running at 5 fps.',
    );
    expect(find(x, 'top-1')?.type).toBe('Metric');
    expect(find(x, 'top-5 error rates')?.type).toBe('Metric');
    expect(names(x).filter((n) => /non-|recently/.test(n))).toEqual([]);
    expect(x.results.map((r) => `${r.subject} ${r.value}`)).toContain('Heron 5');
    expect(x.results.map((r) => r.subject)).not.toContain('Wren-4');
  });

  it('reads sizes listed inside an appositive ("Kestrel, a family of 1.5B and 7B models") as part of it', () => {
    const x = run('Small Models', 'We present Kestrel, a family of 1.5B and 7B models trained from Lark-9.');
    expect(find(x, 'Kestrel')).toMatchObject({ type: 'Model', role: 'introduces' });
  });

  it('reads a bare score written against a benchmark as a result on that benchmark, each value on the benchmark after it', () => {
    const x = run(
      'Scores',
      'Heron-7B attains 92.1 on QuillQA and 85.3 on ILSVRC. Heron-7B achieves 55.2% accuracy on ILSVRC and 89.1% on QuillQA, outperforming Lark-9 by 10.4 points.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value} ${r.benchmark} ${r.compared_to}`);
    expect(got).toEqual(
      expect.arrayContaining(['Heron-7B 92.1 QuillQA null', 'Heron-7B 85.3 ILSVRC null', 'Heron-7B 55.2 ILSVRC Lark-9', 'Heron-7B 89.1 QuillQA Lark-9', 'Heron-7B 10.4 QuillQA Lark-9']),
    );
  });

  it('types the name before "scaffold" or "harness" as a technique', () => {
    const x = run('Agents', 'Using the OpenPaws scaffold, Heron resolves issues.');
    expect(find(x, 'OpenPaws')?.type).toBe('Technique');
  });

  it('finds a lower-case model name with a digit ("q1") without an applying cue, in its listed casing only', () => {
    const x = run('Reasoners', "Recently, Acme's q1 model showed long reasoning. The Q1 phase follows.");
    expect(find(x, 'q1')?.type).toBe('Model');
    expect(find(x, 'q1')?.mentions).toEqual(['q1']);
  });

  it("makes the sized releases of the paper's own model line its own, and the line a model", () => {
    const x = run('Kite: Open Mixture-of-Experts Models', 'We release Kite, a fully open method. Kite-1B-7B and Kite-1B-7B-Instruct outperform Lark-9.');
    expect(find(x, 'Kite')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(x, 'Kite-1B-7B')?.role).toBe('introduces');
    expect(find(x, 'Kite-1B-7B-Instruct')?.role).toBe('introduces');
    expect(find(x, 'Lark-9')?.role).not.toBe('introduces');
  });

  it('reads a lower-case name with a digit before the title colon as the paper\'s own ("k2: Simple ...")', () => {
    const x = run('k2: Simple test-time scaling', 'We train k2-32B on one thousand questions.');
    expect(find(x, 'k2')?.role).toBe('introduces');
  });

  it('reads a known term opening a capitalised compound as part of a new name, but not before an adjective suffix', () => {
    const x = run('Data', 'We release a curated dataset, PPO-Math-17K, and apply RLHF-Fusion to a PPO-Centric pipeline.');
    expect(find(x, 'PPO-Math-17K')?.type).toBe('Dataset');
    expect(find(x, 'RLHF-Fusion')?.type).toBe('Technique');
    expect(find(x, 'PPO')?.mentions).toEqual(['PPO']);
  });

  it('does not read a plain word and a model name ("open Lark-3.1") as a one-word name ("OpenLark")', () => {
    const x = run('Agents', 'We transform open Lark-3.1 and Wren-4 models into web agents, unlike OpenLark.');
    expect(find(x, 'Lark 3.1')?.mentions).toEqual(['Lark-3.1']);
    expect(find(x, 'OpenLark')?.mentions).toEqual(['OpenLark']);
  });

  it('gives a name of unknown kind the kind of the named things it is listed with', () => {
    const x = run('Contests', 'Problems come from three platforms, namely LeetSite, AtSite, and Codeforce.');
    expect(find(x, 'LeetSite')?.type).toBe('Benchmark');
    expect(find(x, 'AtSite')?.type).toBe('Benchmark');
  });

  it('reads a plain capitalised word as a name where the noun beside it says what it names', () => {
    const x = run(
      'Speech',
      'Starting from a text model backbone, Quillon, the system decodes tokens of an audio codec, Mirra, in real time. We compare the Tessel models with Large models on QuillQA, where Tessel wins.',
    );
    expect(find(x, 'Quillon')?.type).toBe('Model');
    expect(find(x, 'Mirra')?.type).toBe('Model');
    expect(find(x, 'Tessel')?.type).toBe('Model');
    expect(find(x, 'Large')).toBeUndefined();
    expect(find(run('Bench', 'We introduce a Multi-Modal Evaluation benchmark of Video models.'), 'Evaluation')).toBeUndefined();
  });

  it('reads a parameter count written apart from an architecture ("CoilNet 2.7B") as a model of it, but not a token count', () => {
    withLexicon([entry('CoilNet', 'Technique'), entry('QuillQA', 'Benchmark')], () => {
      const x = run('Sizes', 'Trained on CoilNet 2B tokens of text, CoilNet 2.7B reaches 60.2% on QuillQA.');
      expect(find(x, 'CoilNet 2.7B')).toMatchObject({ type: 'Model', family: 'CoilNet' });
      expect(names(x)).not.toContain('CoilNet 2B');
    });
  });

  it('takes the items of a list announced by "we introduce N techniques ...:" as introduced, until an item is no name', () => {
    const x = run(
      'Kite: Open Reinforcement Learning at Scale',
      'We introduce four key techniques of our algorithm that make it work: Clip-Wider, Dynamic Batching, Token-Level Loss Averaging, and Overlong Penalty Shaping. Results follow.',
    );
    for (const n of ['Clip-Wider', 'Dynamic Batching', 'Token-Level Loss Averaging', 'Overlong Penalty Shaping']) expect(find(x, n)?.role, n).toBe('introduces');
  });

  it('does not type a name by a head noun that belongs to another name between them ("the benchmark QuillQA demonstrate X")', () => {
    const x = run('Kite: Tools for Reasoning', 'We propose Kite, which enhances tool use. Experiments on the hard benchmark QuillQA demonstrate Kite\'s superiority.');
    expect(find(x, 'Kite')?.type).toBe('Technique');
    expect(find(x, 'QuillQA')?.type).toBe('Benchmark');
  });

  it('reads "Gecko-M" (a capitalised word with a capital tag) and "mE5-large" (a name with a size word) as names, not "Top-K"', () => {
    const x = run('Embeddings', 'We introduce Pipit-M, a multilingual embedding model. It beats mQ5-large and QuillQA. Top-K retrieval follows.');
    expect(find(x, 'Pipit-M')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(x, 'mQ5-large')?.type).toBe('Model');
    expect(names(x)).not.toContain('Top-K');
  });

  it('takes a capitalised word right after an introducing cue for the new name, not the term its description ends in', () => {
    const x = run('Embeddings', 'We introduce Pelican, a multilingual embedding model distilled from Lark-9. Pelican beats Wren-4.');
    expect(find(x, 'Pelican')?.role).toBe('introduces');
    expect(x.entities.filter((e) => e.role === 'introduces').map((e) => e.name)).toEqual(['Pelican']);
  });

  it('takes the name after "a simple yet effective <kind>," for the new thing, and a name made by the second verb of a "we" clause', () => {
    const x = run('Reflection', 'We propose a simple yet effective self-training framework, KiteRefl, which improves Wren-4. KiteRefl beats Heron.');
    expect(find(x, 'KiteRefl')?.role).toBe('introduces');
    const y = run('Graphs', 'In this work, we take a step towards graph foundation models and present GRAPHO, an approach for learning transferable graph representations. GRAPHO beats Heron.');
    expect(find(y, 'GRAPHO')?.role).toBe('introduces');
    // What the clause's first verb takes is not made: "we study Wren-4 and propose KiteFix".
    const z = run('Fixes', 'We study why Wren-4 fails on QuillQA and propose KiteFix, a lightweight patch. KiteFix beats Heron.');
    expect(find(z, 'KiteFix')?.role).toBe('introduces');
    expect(find(z, 'Wren-4')?.role).not.toBe('introduces');
  });

  it('reads as introduced a new name right after "our", what a "we" clause ends by making, "we have developed X", "a baseline, i.e., X" and "the models, A, B, and C"', () => {
    const x = run('Long', 'Our KiteLong-8B, built on Lark-9, beats Heron. Our FP4 attention and our QuillQA results are shown.');
    expect(find(x, 'KiteLong-8B')?.role).toBe('introduces');
    expect(find(x, 'QuillQA')?.role).not.toBe('introduces');
    const y = run('Data', 'We use Lark-9 to generate KiteFacts, a prompt set of 2,000 questions. We have developed QuillBench-Hard, a harder test. We further develop a robust baseline, i.e., KiteBase, by training on it.');
    for (const n of ['KiteFacts', 'QuillBench-Hard', 'KiteBase']) expect(find(y, n)?.role, n).toBe('introduces');
    expect(find(y, 'Lark-9')?.role).not.toBe('introduces');
    const z = run('Reasoning models', 'We release the Kite reasoning models, Kite-Nano, Kite-Super, and Kite-Ultra, under an open license.');
    for (const n of ['Kite-Nano', 'Kite-Super', 'Kite-Ultra']) expect(find(z, n)?.role, n).toBe('introduces');
  });

  it('reads a method the cue names in lower-case words as introduced ("we introduce splatted feature rendering, which"), not a finding, data or a general noun', () => {
    const x = run('Splats', 'Second, we introduce splatted kite rendering, which replaces spherical harmonics with neural features.');
    expect(find(x, 'splatted kite rendering')).toMatchObject({ type: 'Technique', role: 'introduces' });
    const y = run('Notes', 'We present a key insight that explains it. We introduce a data mixture recipe, which helps Lark-9. We present a controlled experiment showing that it works.');
    expect(names(y).filter((n) => /insight|recipe|experiment/.test(n))).toEqual([]);
  });

  it('takes the name in brackets after a described kind for the new thing ("a training-free caching framework (KiteKV)"), not an acronym of the words', () => {
    const x = run('Caching', 'We propose a training-free caching framework (KiteKV) that merges keys. KiteKV beats Wren-4. We also propose a sparse routing model (SRM) for speed.');
    expect(find(x, 'KiteKV')?.role).toBe('introduces');
    expect(names(x)).not.toContain('caching framework');
    expect(x.entities.find((e) => e.mentions.includes('SRM'))?.mentions).toContain('sparse routing model');
  });

  it('types a new name in brackets right after a task as its data ("code generation (Quill4J)"), not the task\'s own short form ("speech-to-text (S2T)")', () => {
    const x = run('Repair', 'Kite does well in code generation (Quill4J) and in speech-to-text (S2T).');
    expect(find(x, 'Quill4J')?.type).toBe('Benchmark');
    expect(x.entities.filter((e) => e.type === 'Benchmark').map((e) => e.name)).toEqual(['Quill4J']);
  });

  it('gives a value in parentheses after a compared name to that name, and no list item after "surpassing" a margin', () => {
    const x = run(
      'Policies',
      'On QuillQA, Heron achieves 94.1%, outperforming Lark-9 (76.5%) and Wren-4 (91.2%) while running 6x faster. Heron scores 66.3 on ILSVRC, surpassing Lark-9 and Wren-4 with 5x fewer parameters.',
    );
    const got = x.results.map((r) => `${r.subject} ${r.value}`);
    expect(got).toEqual(expect.arrayContaining(['Heron 94.1', 'Lark-9 76.5', 'Wren-4 91.2', 'Heron 6', 'Heron 66.3', 'Heron 5']));
    expect(got).not.toContain('Wren-4 6');
    expect(got).not.toContain('Wren-4 5');
  });

  it('keeps a benchmark with a variant word a benchmark ("QuillQA-Pro"), and reads no appositive into "X, and a 0.9B parser"', () => {
    const x = run('QuillQA-Pro: Benchmarking Agents', 'We introduce QuillQA-Pro, a benchmark of hard tasks. Heron gains 11.4 points on DocuBench, and a 0.9B parser trained from scratch matches Lark-9.');
    expect(find(x, 'QuillQA-Pro')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(find(x, 'DocuBench')?.type).toBe('Benchmark');
  });

  it('reads no name into a size before a plain word ("64k-length") and compares a margin with a known method ("outperforms PPO by 6.4 points")', () => {
    const x = run('Kite: Preference Tuning', 'We propose Kite. Kite is fast on 64k-length sequences. Kite outperforms PPO by up to 6.4 points on QuillQA.');
    expect(names(x)).not.toContain('64k-length');
    expect(x.results.find((r) => r.value === 6.4)?.compared_to).toBe('PPO');
  });

  it('reads a quoted name after "called" or "we call it" as the paper\'s own', () => {
    const x = run('Parsing', 'The analyzer is called "Amorph". Amorph tags entities. We call it “Kestrel”.');
    expect(find(x, 'Amorph')?.role).toBe('introduces');
    expect(find(x, 'Kestrel')?.role).toBe('introduces');
  });

  it('reads "JudgeLM"-style names ending in LM as models and "Orion 2" (a plain word with a version) as a name typed by its list', () => {
    const x = run('Judges', 'We evaluate fine-tuned judges such as Orion 2 and JudgeLM. In Table 2 and Figure 3 we show it.');
    expect(find(x, 'JudgeLM')?.type).toBe('Model');
    expect(find(x, 'Orion 2')?.type).toBe('Model');
    expect(names(x).filter((n) => /Table|Figure/.test(n))).toEqual([]);
    // A "v" version after a plain word ("Bielik v3") is part of the name, as after a name-shaped one.
    const y = run('Report', 'We introduce Bielik v3, a series of small generative text models. Bielik v3 beats Heron.');
    expect(find(y, 'Bielik v3')?.role).toBe('introduces');
    expect(names(y)).not.toContain('Bielik');
  });

  it('does not type a title list item by its sibling ("with LoCo and M2-Net": a benchmark and a model)', () => {
    const x = run('Building Retrieval Models with LoCo and Kite-BERT', 'We study retrieval.');
    expect(find(x, 'LoCo')?.type).not.toBe('Model');
  });

  it('reads no modifier into a plural noun ("users trade latency")', () => {
    const x = run('Budgets', 'Kite has a thinking budget that lets users trade latency for quality, measured on QuillQA.');
    expect(names(x).filter((n) => /users/.test(n))).toEqual([]);
  });

  it('reads no name into the numbered parts of a paper ("Table 2", "Theorem 1", "Algorithm 1"), even listed with models', () => {
    const x = run('Parts', 'We compare Lark-9, Orion 2 and Algorithm 1, as Theorem 1 and Section 3 predict; the Module model agrees.');
    expect(find(x, 'Orion 2')?.type).toBe('Model');
    expect(names(x).filter((n) => /Algorithm|Theorem|Section|Module/.test(n))).toEqual([]);
  });

  it('keeps a number-measured word out of a term ("500K length book summarization"), but not a measure\'s value or a year', () => {
    const x = run(
      'Lengths',
      'We test 500K length book summarization with a 27B-parameter attention model. Kite cuts 2.7 word error rate on QuillQA. We report WMT 2014 English-to-German translation.',
    );
    expect(find(x, 'book summarization')?.type).toBe('Task');
    expect(names(x).filter((n) => /length|27B/.test(n))).toEqual([]);
    expect(find(x, 'word error rate')?.type).toBe('Metric');
    expect(find(x, 'English-to-German translation')?.type).toBe('Task');
  });

  it('reads judging words as no modifiers ("negligible accuracy", "a drop-in extension")', () => {
    const x = run('Judging', 'Kite is a drop-in extension of Lark-9 with negligible accuracy loss, consistent decoding speed and exceptional out-of-domain generalization on QuillQA.');
    expect(names(x).filter((n) => /negligible|drop-in|consistent|exceptional/.test(n))).toEqual([]);
    const y = run('Editing', 'We study intelligent image editing, avoid time-consuming latent optimization and support high-precision multi-turn editing.');
    expect(names(y).filter((n) => /intelligent|time-consuming|high-precision/i.test(n))).toEqual([]);
    expect(find(y, 'image editing')?.type).toBe('Task');
  });

  it('reads words that judge how well or how often something is done as no modifiers ("faithful reasoning", "an optional refinement")', () => {
    const x = run('Judging', 'Kite adds an optional token merging step and a default beam decoding to Lark-9, and it supports faithful multi-hop reasoning and superhuman reasoning on QuillQA.');
    expect(names(x).filter((n) => /optional|default|faithful|superhuman/i.test(n))).toEqual([]);
    expect(find(x, 'beam decoding')?.type).toBe('Technique');
    expect(find(x, 'multi-hop reasoning')?.type).toBe('Task');
  });

  it('does not take a way of streaming output for a technique ("real-time streaming", "chunk-wise streaming")', () => {
    const x = run('Kite', 'Kite supports real-time streaming and chunk-wise streaming of Lark-9 outputs.');
    expect(names(x).filter((n) => /streaming/.test(n))).toEqual([]);
    expect(find(x, 'Lark-9')?.type).toBe('Model');
  });

  it('does not read a CamelCase name into its parts written apart in lower case ("tensor flow" is no TensorFlow, "commonsense QA" no CommonsenseQA)', () => {
    withLexicon([entry('TensorFlow', 'Technique'), entry('MemoryBank', 'Technique')], () => {
      const x = run('Graphs', 'We draw a tensor flow graph and a memory bank, then port it to TensorFlow.');
      expect(find(x, 'TensorFlow')?.mentions).toEqual(['TensorFlow']);
      expect(find(x, 'MemoryBank')).toBeUndefined();
    });
    // The same where a capitalised part follows: "commonsense QA" is a kind of question answering, no CommonsenseQA.
    withLexicon([entry('CommonsenseQA', 'Benchmark')], () => {
      const x = run('T', 'We test commonsense QA and math QA.');
      expect(find(x, 'CommonsenseQA')).toBeUndefined();
    });
  });

  it('types a name compared with "vs" like its counterpart, and reads "Embedding"/"Reranker" after a known model as its release', () => {
    const x = run('Judges', 'We compare Pairwise-K1 vs Pointwise-K1 models. Kite is ahead of Lark-9 Embedding and Lark-9 Reranker.');
    expect(find(x, 'Pairwise-K1')?.type).toBe('Model');
    expect(find(x, 'Lark-9 Embedding')).toMatchObject({ type: 'Model', family: 'Lark-9' });
    expect(find(x, 'Lark-9 Reranker')?.type).toBe('Model');
  });

  it('reads a known method written on a known model ("PPO-Lark-9") as a model, and on anything else as a new method', () => {
    const x = run('Models', 'We release PPO-Lark-9, trained with PPO, and apply RLHF-Fusion.');
    expect(find(x, 'PPO-Lark-9')?.type).toBe('Model');
    expect(find(x, 'RLHF-Fusion')?.type).toBe('Technique');
  });

  it("makes models and parts named with the paper's own name as a hyphened part its own ('Pairwise-K2'), and no other hyphened name ('Kite-Paint')", () => {
    const x = run('K2: Judges via Reinforcement Learning', 'We compare Pairwise-K2 vs Pointwise-K2 models with Wren-4. Kite-Paint uses Lark-9.');
    expect(find(x, 'Pairwise-K2')?.role).toBe('introduces');
    expect(find(x, 'Pointwise-K2')?.role).toBe('introduces');
    expect(find(x, 'Wren-4')?.role).not.toBe('introduces');
    expect(find(x, 'Kite-Paint')?.role).not.toBe('introduces');
  });

  it('reads the word after a subject and an adverb as a verb ("we extensively study ICL"), not "apply" as an adverb', () => {
    const x = run('Verbs', 'We extensively study code generation, and they carefully analyze grouped-query attention. We apply diffusion models and also here RLHF.');
    expect(names(x).filter((n) => /study|analyze|apply|here/.test(n))).toEqual([]);
    expect(find(x, 'code generation')?.type).toBe('Task');
    expect(find(x, 'grouped-query attention')?.type).toBe('Technique');
    expect(find(x, 'diffusion model')?.type).toBe('Technique');
    expect(find(x, 'RLHF')?.type).toBe('Technique');
  });

  it('reads the word after a modal as a verb, and "strategic"/"first-generation" as judging words', () => {
    const x = run('Small Models Can Master Code Generation with Strategic Tool Use', 'We present our first-generation reasoning models, which improve code generation.');
    expect(names(x).filter((n) => /Master|Strategic|first-generation/i.test(n))).toEqual([]);
    expect(find(x, 'code generation')?.type).toBe('Task');
  });

  it('reads "a known term + method/approach" after a cue as that term used, not a new method, and a short capitalised name before it as the new one', () => {
    const x = run('Judges', 'We introduce K2, a PPO approach to training judges. We propose a grouped-query attention method.');
    expect(find(x, 'K2')?.role).toBe('introduces');
    expect(find(x, 'PPO')?.role).toBe('uses');
    expect(find(x, 'grouped-query attention')?.role).toBe('uses');
    expect(names(x).filter((n) => /approach|method/.test(n))).toEqual([]);
  });

  it('types a title name by a model noun heading the rest ("X: An Open Source Language Model Specialized in Evaluating ..."), not by a question', () => {
    const judge = run('Kestrel-J: An Open Source Language Model Specialized in Evaluating Other Models', 'We release Kestrel-J.');
    expect(find(judge, 'Kestrel-J')).toMatchObject({ type: 'Model', role: 'introduces' });
    const bench = run('RareBench: Can Language Models Serve as Doctors?', 'We build RareBench.');
    expect(find(bench, 'RareBench')?.type).toBe('Benchmark');
    // What the family is of, not the dataset listed after the dash.
    const family = run('Kestrel-o: A Family of Fully Open Multimodal Models—Architecture, Training and Dataset', 'We develop Kestrel-o.');
    expect(find(family, 'Kestrel-o')?.type).toBe('Model');
  });

  it('names a known method run at a bit width as its own variant ("8-bit PPO") beside the method itself', () => {
    const x = run('Memory', 'We combine 8-bit PPO with RLHF and compare it to PPO.');
    expect(find(x, '8-bit PPO')?.type).toBe('Technique');
    expect(find(x, 'PPO')?.mentions).toEqual(['PPO']);
  });

  describe('negative cases found in review', () => {
    it('introduces nothing from a list of what the paper is measured on or studies', () => {
      const x = run('T', 'We propose KiteLM and test it on three benchmarks: QuillQA, ILSVRC, and Codeforce. We present a study of existing methods: PPO and RLHF. We propose three techniques for this problem: First, we scale data.');
      expect(x.entities.filter((e) => e.role === 'introduces').map((e) => e.name)).toEqual(['KiteLM']);
    });

    it('takes no adverb in -ly for the first of the contributions a sentence lists ("three contributions: Firstly, we ...")', () => {
      const x = run('T', 'Our paper presents three key contributions: Firstly, we introduce KiteLM, a novel model.');
      expect(names(x)).not.toContain('Firstly');
      expect(find(x, 'KiteLM')?.role).toBe('introduces');
    });

    it('keeps a benchmark title a benchmark and a gerund-headed title no model', () => {
      expect(find(run('RareBench: A Benchmark for Large Language Models', 'We build RareBench.'), 'RareBench')?.type).toBe('Benchmark');
      expect(find(run('Kite: Model Merging at Scale', 'We present Kite.'), 'Kite')?.type).not.toBe('Model');
    });

    it('reads no score from a rank, a setting or a year before a benchmark', () => {
      const x = run('T', 'Lark-9 ranks 3 on QuillQA. Lark-9 samples k = 8 on ILSVRC. Lark-9 was trained in 2024 on QuillQA. Lark-9 attains 92.1 on QuillQA.');
      expect(x.results.map((r) => r.value)).toEqual([92.1]);
    });

    it('gives no bracketed speed-up to the models a method runs on', () => {
      const x = run('T', 'KiteAttn gives end-to-end speedups on Lark-9 (2.1x) and Wren-4 (1.8x).');
      expect(x.results.map((r) => r.subject).filter((s) => s === 'Lark-9' || s === 'Wren-4')).toEqual([]);
    });

    it('takes no scientific model ("the Poisson model") for an ML model, finds a sentence-final version, and no "Subtask 3"', () => {
      const x = run('T', 'We compare the Poisson model with judges such as JudgeLM and Orion 2. Scores on Subtask 3 follow.');
      expect(names(x).filter((n) => /Poisson|Subtask/.test(n))).toEqual([]);
      expect(find(x, 'Orion 2')?.type).toBe('Model');
    });

    it('makes no model of a count of parameters or tokens after a technique', () => {
      const x = run('T', 'We train PPO 4M parameters and attention 1B training tokens.');
      expect(names(x).filter((n) => /\d[MB]/.test(n))).toEqual([]);
    });

    it('reads no new name into a known term with a Title-Case dictionary word ("RLHF-Heavy"), and takes the name after "a <known> method," as the new one', () => {
      const x = run('T', 'We study RLHF-Heavy data. We propose a grouped-query attention method, KiteAttn, that cuts memory.');
      expect(find(x, 'RLHF')?.mentions).toEqual(['RLHF']);
      expect(find(x, 'KiteAttn')?.role).toBe('introduces');
      expect(find(x, 'grouped-query attention')?.role).toBe('uses');
    });

    it('reads a one-capital tag behind a known term as a new name ("RLHF-M"), though its lower case is a dictionary word', () => {
      const x = run('T', 'We propose RLHF-M, which tunes two reward channels. RLHF-M beats RLHF-Q.');
      expect(find(x, 'RLHF-M')).toMatchObject({ name: 'RLHF-M', role: 'introduces' });
      expect(find(x, 'RLHF-Q')?.name).toBe('RLHF-Q');
    });
  });

  it('types announced list items by the announcing noun ("three benchmarks ...: Speech QuillQA, ...")', () => {
    const x = run('T', 'We also contribute three benchmarks for evaluating speech models: Speech QuillQA and Speech Orbit.');
    expect(find(x, 'Speech QuillQA')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(find(x, 'Speech Orbit')?.type).toBe('Benchmark');
  });

  it('reads a name ending in a known model ("Distil-Lark-9") and a plain word with a release word ("Voxtra Mini") as models, but not "Benchmarking Chat"', () => {
    const x = run('Distil-Lark-9: Robust Distillation', 'We present Distil-Lark-9. Voxtra Mini and Voxtra Small outperform Wren-4. Benchmarking Chat assistants is hard.');
    expect(find(x, 'Distil-Lark-9')?.type).toBe('Model');
    expect(find(x, 'Voxtra Mini')?.type).toBe('Model');
    expect(find(x, 'Voxtra Small')?.type).toBe('Model');
    expect(names(x).filter((n) => /Benchmarking/.test(n))).toEqual([]);
  });

  it('reads "performant" and "simplistic" as judging words', () => {
    const x = run('T', 'We show performant reinforcement learning beats a simplistic Kite pipeline on QuillQA.');
    expect(names(x).filter((n) => /performant|simplistic/.test(n))).toEqual([]);
  });

  it("keeps a benchmark's version, year suffix or standard split in its name ('QuillQA v5', 'ILSVRC test-clean')", () => {
    const x = run('T', 'Kite scores 70.7 on QuillQA v5 and a 2.4 error rate on ILSVRC test-clean.');
    expect(find(x, 'QuillQA v5')?.type).toBe('Benchmark');
    expect(find(x, 'ILSVRC test-clean')?.type).toBe('Benchmark');
  });

  it('keeps a version in a model name but not the describing suffix after it ("Lark-9.5-based")', () => {
    const x = run('T', 'We introduce Kestrel, a Lark-9.5-based assistant for long documents.');
    expect(find(x, 'Lark-9.5')?.type).toBe('Model');
    expect(names(x).filter((n) => /based/.test(n))).toEqual([]);
  });

  it('reads a count of a class of things ("8-GPU", "4-GPUs") as no name', () => {
    const x = run('T', 'Kite serves Lark-9 on an 8-GPU system and trains on 4-GPUs servers.');
    expect(names(x).filter((n) => /GPU/.test(n))).toEqual([]);
  });

  it('names nothing with a title part that is a clause or opens with an -ing verb ("X Memorizes, Y Adapts:", "Understanding ...:")', () => {
    expect(names(run('PPO Memorizes, RLHF Adapts: A Study of Tuning', 'We compare PPO and RLHF on QuillQA.'))).not.toContain('PPO Memorizes, RLHF Adapts');
    expect(names(run('Understanding Lark-9-Like Training: A Critical View', 'We analyse how Lark-9 is trained.')).filter((n) => /Understanding/.test(n))).toEqual([]);
    expect(find(run('KiteNet: Fast Search', 'We present KiteNet.'), 'KiteNet')?.role).toBe('introduces');
  });

  it('names nothing with a title part that is a sentence around a name ("KiteOpt is SGD\'s Best Friend:")', () => {
    const x = run("KiteOpt is SGD's Best Friend: A Step Size Schedule", 'We propose a step size schedule, which we call KiteOpt.');
    expect(names(x).filter((n) => / is /.test(n))).toEqual([]);
    expect(find(x, 'KiteOpt')?.role).toBe('introduces');
  });

  it('names only the coined word of a title part "GlintNet for X:", and leaves a known model before "for" alone', () => {
    const x = run('GlintNet for Zero-Shot Anomaly Search: Teaching CLIP to Look Twice', 'We present GlintNet, which teaches CLIP to look twice.');
    expect(names(x).filter((n) => / for /.test(n))).toEqual([]);
    expect(find(x, 'GlintNet')?.role).toBe('introduces');
    const known = run('BERT for Legal Search: A Study', 'We study BERT on legal search.');
    expect(find(known, 'BERT')?.role).not.toBe('introduces');
  });

  it('reads a known task inside what a paper proposes ("a novel zero-shot CG approach KiteGen") as a task it works on, not one it introduces', () => {
    const x = run('T', 'Code generation (CG) aims to write programs from text. We propose a novel zero-shot generalist CG approach KiteGen that trains one model.');
    expect(find(x, 'code generation')).toMatchObject({ type: 'Task' });
    expect(find(x, 'code generation')?.role).not.toBe('introduces');
  });

  it('names nothing in a title part that is a meeting, a reach, a claim or a position ("KiteNet Meets Wren-4V:", "KiteNet Beyond English:", "Every KiteOp Counts:", "Position:"), and only the coined name of "X at Scale:"', () => {
    for (const title of ['KiteNet Meets Wren-4V: A Study', 'Every KiteOp Counts: A Study', 'KiteNet Beyond English: A Study', 'Position: Kites Need Tails']) {
      const x = run(title, 'This position paper argues that kites need tails.');
      expect(x.entities.filter((e) => e.role === 'introduces').map((e) => e.name), title).toEqual([]);
    }
    const x = run('KiteTeaming at Scale: Flying Many Kites', 'We present KiteTeaming, which flies kites.');
    expect(find(x, 'KiteTeaming')?.role).toBe('introduces');
    expect(names(x)).not.toContain('KiteTeaming at Scale');
  });

  it('names nothing for a field of work and its letters ("remote sensing (RS)", "computer-aided design (CAD)"), anywhere in the paper', () => {
    const x = run('T', 'Computer-aided design (CAD) is central to remote sensing (RS) pipelines. We train KiteNet on CAD models and RS images.');
    expect(names(x).filter((n) => /^(?:CAD|RS)$|aided|sensing/i.test(n))).toEqual([]);
  });

  it('names nothing in a title part where a known model is put to a use ("KiteNet in Load Forecasting: ..."), a coined one still', () => {
    const x = run('KiteNet in Kite Forecasting: A Foundation Model Perspective', 'We evaluate KiteNet on kite data.');
    expect(names(x).filter((n) => / in /.test(n))).toEqual([]);
    expect(find(x, 'KiteNet')?.role).not.toBe('introduces');
    const coined = run('KiteCast in Kite Forecasting: A Foundation Model Perspective', 'We present KiteCast for kite data.');
    expect(find(coined, 'KiteCast')?.role).toBe('introduces');
  });

  it('reads plain words closed by a known task before a title\'s colon ("Clinical Text Summarization: ...") as the topic, not the paper\'s own method', () => {
    withLexicon([...TEST_LEXICON, entry('text summarization', 'Task')], () => {
      const x = run('Clinical Text Summarization: Lessons from Kite Wards', 'We study text summarization on ward notes.');
      expect(x.entities.filter((e) => e.role === 'introduces').map((e) => e.name)).toEqual([]);
      expect(find(run('KiteQA Answering: A Method', 'We present KiteQA Answering.'), 'KiteQA Answering')?.role).toBe('introduces');
    });
  });

  it('types a coined title name closed by "Dataset" or "Benchmark" as that kind of data ("GlintDojo Dataset: ...")', () => {
    expect(find(run('GlintDojo Dataset: Advancing Interactive World Simulators', 'We study world simulators.'), 'GlintDojo Dataset')?.type).toBe('Dataset');
    expect(find(run('GlintDojo Benchmark: Probing Interactive World Simulators', 'We study world simulators.'), 'GlintDojo Benchmark')?.type).toBe('Benchmark');
  });

  it('names nothing with a judging compound before a method noun ("a novel, easy-to-use approach")', () => {
    const x = run('T', 'We propose a novel, easy-to-use approach to robust representations, and an easy-to-implement transformer.');
    expect(names(x).filter((n) => /easy-to/.test(n))).toEqual([]);
  });

  it('keeps "de novo" whole at the front of a term ("de novo protein design", not "novo protein design")', () => {
    withLexicon([...TEST_LEXICON, entry('protein design', 'Task')], () => {
      const x = run('T', 'We study de novo protein design with a new generator.');
      expect(names(x)).toContain('de novo protein design');
      expect(names(x).filter((n) => /^novo/.test(n))).toEqual([]);
    });
  });

  it('keeps "in silico", "in vivo" whole at the front of a term ("in silico protein design", not "silico protein design")', () => {
    withLexicon([...TEST_LEXICON, entry('protein design', 'Task')], () => {
      const x = run('T', 'We study in silico protein design and report in vivo protein design results.');
      expect(names(x)).toEqual(expect.arrayContaining(['in silico protein design', 'in vivo protein design']));
      expect(names(x).filter((n) => /^(?:silico|vivo)/.test(n))).toEqual([]);
    });
  });

  it('types every name of a list by the clause after it ("A-80, A-500, and A-2000, which are benchmark datasets")', () => {
    const x = run('T', 'We present GlintSec-80, GlintSec-500, and GlintSec-2000, which are multiple-choice benchmark datasets of 80 to 2,000 questions.');
    expect(['GlintSec-80', 'GlintSec-500', 'GlintSec-2000'].map((n) => find(x, n)?.type)).toEqual(['Dataset', 'Dataset', 'Dataset']);
    // The clause's first noun is no kind here: nothing is typed by the Transformer named after it.
    const y = run('T', 'We propose GlintFormers, that are strict generalizations of the original Transformer architecture.');
    expect(find(y, 'GlintFormers')?.type).not.toBe('Model');
  });

  it('types a search procedure as a technique ("evolutionary search", "test-time search")', () => {
    const x = run('T', 'Kite combines evolutionary search with test-time search over programs.');
    expect(find(x, 'evolutionary search')?.type).toBe('Technique');
    expect(find(x, 'test-time search')?.type).toBe('Technique');
  });

  it('reads an acronym defined inside a known term as that term ("query-value (QV) caches"), never as a bare long form', () => {
    const x = run('T', 'Kite shrinks the global query-value (QV) caches of Lark-9. The QV cache then fits on one device.');
    expect(find(x, 'QV cache')?.mentions).toEqual(expect.arrayContaining(['query-value (QV) caches', 'QV cache']));
    expect(names(x).filter((n) => /query-value|\(/.test(n))).toEqual([]);
    // A head that restates the long form's last word adds nothing: the term is the known one.
    const restated = run('T', 'Kite replaces grouped-query attention (GQA) attention in Lark-9.');
    expect(find(restated, 'grouped-query attention')?.type).toBe('Technique');
    expect(names(restated).filter((n) => /attention attention/i.test(n))).toEqual([]);
  });

  it('leaves an acronym alone when more nouns follow its head or the noun names its kind ("(SFD) cache size rule", "(OK-QV) mechanism")', () => {
    const x = run('T', 'We propose a Slow-Fast-Decay (SFD) cache size rule for serving.');
    expect(names(x).filter((n) => /Slow-Fast-Decay cache$/.test(n))).toEqual([]);
    const kind = run('T', 'We propose the order-keeping query-value (OK-QV) mechanism for serving.');
    expect(names(kind).filter((n) => /mechanism/.test(n))).toEqual([]);
  });

  it('gives the start of a "from X% to Y%" gain to the model it starts from, named in the sentence or built on', () => {
    const inSentence = run('T', 'We present Kite. Starting from Lark-9, Kite raises accuracy from 41.5% to 63.2% on QuillQA.');
    expect(inSentence.results).toEqual(expect.arrayContaining([
      expect.objectContaining({ subject: 'Lark-9', value: 41.5 }),
      expect.objectContaining({ subject: 'Kite', value: 63.2, compared_to: 'Lark-9' }),
    ]));
    const builtOn = run('T', 'We present Kite, built on Lark-9. Our method improves accuracy from 41.5% to 63.2% on QuillQA.');
    expect(builtOn.results).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Lark-9', value: 41.5 })]));
  });

  it('reads "X Technical Report:" as naming X and "From A to B:" as naming nothing', () => {
    const report = run('Kestrel-9 Technical Report: A Small Capable Model', 'We introduce Kestrel-9, a small model.');
    expect(find(report, 'Kestrel-9')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(names(report).filter((n) => /Report/.test(n))).toEqual([]);
    expect(names(run('From Drafts to Tokens: Faster Decoding', 'We study decoding on QuillQA.')).filter((n) => /From/.test(n))).toEqual([]);
    // Advice is no name either: "Don't Use PPO: ...".
    expect(names(run("Don't Use PPO: Ranking Is All You Need", 'We rank answers of Lark-9.')).filter((n) => /Don|Use/.test(n))).toEqual([]);
  });
  it('names a known term followed by its kind noun ("the QV cache mechanism") as the known term', () => {
    const x = run('T', 'Kite replaces the QV cache mechanism of Lark-9 with a grouped-query attention module.');
    expect(find(x, 'QV cache')?.type).toBe('Technique');
    expect(find(x, 'grouped-query attention')?.type).toBe('Technique');
    expect(names(x).filter((n) => /mechanism|module/.test(n))).toEqual([]);
  });

  it('reads a one-word compound defined before a plain noun ("out-of-range (OOR) errors") as describing that noun', () => {
    const x = run('T', 'Kite reduces the out-of-range (OOR) errors of Lark-9 on QuillQA.');
    expect(names(x).filter((n) => /out-of-range|OOR/.test(n))).toEqual([]);
    expect(names(run('T', 'Lark-9 fails on out-of-range (OOR) token positions.')).filter((n) => /out-of-range|OOR/.test(n))).toEqual([]);
    expect(names(run('T', 'Lark-9 fails in Out-Of-Range (OOR) scenarios.')).filter((n) => /Out-Of-Range|OOR/.test(n))).toEqual([]);
    // A defined term still stands where the compound is the whole name.
    const term = run('T', 'Kite relies on query-value (QV) caching of Lark-9.');
    expect(find(term, 'query-value (QV) caching')?.type).toBe('Technique');
    // A compound the lexicon knows keeps its definition ("speech-to-text (STT) systems").
    expect(find(run('T', 'Recent speech-to-text (STT) systems are slow; Kite is fast.'), 'STT')?.type).toBe('Task');
  });

  it('takes no judged level as a kind of a task ("near-perfect retrieval", "large scale modeling", "qualitative analysis")', () => {
    const x = run('T', 'Kite reaches near-perfect retrieval and faster-than-real-time generation, helps large scale modeling, and we give a qualitative analysis.');
    expect(names(x).filter((n) => /near-perfect|than-real|scale|qualitative/.test(n))).toEqual([]);
  });
  it('reads an acronym the paper spells out anew ("Multi-Axis Encoding (MAE)") as its own name, not the lexicon\'s MAE', () => {
    const x = run('T', 'We propose Multi-Axis Encoding (MAE) for tables. MAE improves accuracy of Lark-9 on QuillQA.');
    expect(find(x, 'Multi-Axis Encoding')?.mentions).toEqual(expect.arrayContaining(['Multi-Axis Encoding', 'MAE']));
    expect(names(x)).not.toContain('masked autoencoder');
    // The same acronym with the lexicon's own long form stays the known entity.
    expect(find(run('T', 'We pretrain a masked autoencoder (MAE) on tables.'), 'MAE')?.name).toBe('masked autoencoder');
  });
  it('drops the lexicon\'s other reading of an acronym the paper spells out as another known term ("Lattice Value Estimation (LVE)")', () => {
    // LVE is also the lexicon's metric; the paper defines it as the known technique, and a name ending in LVE is of that kind.
    withLexicon([...TEST_LEXICON, entry('lattice value estimation', 'Technique'), entry('log variance error', 'Metric', ['LVE'])], () => {
      const x = run('T', 'Kite builds on Lattice Value Estimation (LVE). Tiered LVE (T-LVE) extends it to the layers of Lark-9.');
      expect(find(x, 'T-LVE')?.type).toBe('Technique');
      expect(names(x)).not.toContain('log variance error');
    });
  });
  it('ends an appositive at a participle after a comma, past an adverb ("on four benchmarks, NorthSet, GaleQA, PineIR and Cloudy, even outperforming a method")', () => {
    for (const lead of ['even outperforming', 'outperforming', 'significantly outperforming']) {
      const x = run('T', `Kite is best on four retrieval benchmarks, NorthSet, GaleQA, PineIR and Cloudy, ${lead} a supervised method on Cloudy.`);
      for (const name of ['NorthSet', 'GaleQA', 'PineIR']) expect(find(x, name)?.type).toBe('Benchmark');
    }
  });
  it('keeps a known ratio named for a person or of signal to noise as a measure without a figure ("a higher Sharpe ratio"), unlike a resource ratio', () => {
    withLexicon([...TEST_LEXICON, entry('Sharpe ratio', 'Metric'), entry('signal-to-noise ratio', 'Metric'), entry('pruning ratio', 'Metric')], () => {
      const x = run('T', 'Trading with Kite yields a higher Sharpe ratio and a better signal-to-noise ratio than Lark-9.');
      expect(find(x, 'Sharpe ratio')?.type).toBe('Metric');
      expect(find(x, 'signal-to-noise ratio')?.type).toBe('Metric');
      expect(find(run('T', 'Kite raises the pruning ratio of Lark-9.'), 'pruning ratio')).toBeUndefined();
    });
  });
  it('names no entity for defined items of data ("chest scan images (CSIs)") or a translation direction ("English-to-Arabic (EN-AR)")', () => {
    const x = run('T', 'Kite reads chest scan images (CSIs) and slide photographs (SPs). We test English-to-Arabic (EN-AR) and English-to-French (EN-FR) with Lark-9.');
    expect(names(x).filter((n) => /images|CSI|photographs|SPs|English|EN-/.test(n))).toEqual([]);
    // A defined plural method stays ("sparse kite encoders (SKEs)").
    expect(find(run('T', 'We train sparse kite encoders (SKEs) on Lark-9.'), 'SKEs')).toBeDefined();
  });
  it('types a title name ending as models do as the model where the title lists a model among data ("KiteGPT: A New Dataset, Model, and Benchmark")', () => {
    for (const title of ['KiteGPT: A New Dataset, Model, and Benchmark for Emotion', 'KiteGPT: A Remote Sensing Vision Language Model and Benchmark']) {
      expect(find(run(title, 'We study KiteGPT.'), 'KiteGPT')?.type).toBe('Model');
    }
    // Models named after a preposition, or a model noun without data, leave the title's other readings alone.
    expect(find(run('KiteGPT: A Benchmark for Language Models', 'We study KiteGPT.'), 'KiteGPT')?.type).toBe('Benchmark');
  });
  it('reads no appositive from a phrase a preposition opens ("a framework, KiteDiff, for learning the equivariant score")', () => {
    expect(find(run('T', 'We develop a novel framework, KiteDiff, for learning the equivariant score over frames.'), 'KiteDiff')?.type).toBe('Technique');
  });
  it('reads a value with a hyphened point unit ("an 11.8-point improvement over Lark-9")', () => {
    const x = run('Kite: Faster Kites', 'We propose Kite. On QuillQA, Kite achieves an 11.8-point improvement over Lark-9.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit, r.compared_to])).toEqual([['Kite', 11.8, 'points', 'Lark-9']]);
  });
  it('keeps the kind of content a detector looks for in a task ("hateful meme detection", "offensive post classification")', () => {
    expect(find(run('T', 'We study hateful meme detection with Kite.'), 'hateful meme detection')?.type).toBe('Task');
    expect(find(run('T', 'We study offensive post classification with Kite.'), 'offensive post classification')?.type).toBe('Task');
  });
  it('keeps "weakly" in a weakly supervised setting ("weakly supervised semantic segmentation") and names nothing for "weakly correlated"', () => {
    expect(find(run('T', 'We study weakly supervised semantic segmentation with Kite.'), 'weakly supervised semantic segmentation')?.type).toBe('Task');
    expect(names(run('T', 'The two signals are weakly correlated in Kite.'))).toEqual([]);
  });
  it('drops the lexicon\'s other reading of an acronym spelled out inside a term ("maximum-kite-posterior (MKP) estimation ... the MKP objective")', () => {
    const lexicon = [...TEST_LEXICON, entry('mean kite precision', 'Metric', ['MKP']), entry('text-to-kite', 'Task', ['kite synthesis', 'TTK'])];
    withLexicon(lexicon, () => {
      expect(names(run('T', 'We cast it as a maximum-kite-posterior (MKP) estimation problem. The MKP objective of Lark-9 is hard.'))).not.toContain('mean kite precision');
      // A lower-case hyphened term that spells the acronym out is the lexicon's own reading, and stays.
      expect(find(run('T', 'Lark-9 improves text-to-kite (TTK) synthesis. TTK is hard.'), 'TTK')?.name).toBe('text-to-kite');
    });
  });
  it('reads a name after an opening "on X," phrase that an adverb leads ("Notably, on QuillQA, SkyDet surpassed ...") as the subject, not a benchmark', () => {
    const x = run('T', 'We propose SkyDet. Notably, on QuillQA, SkyDet surpassed the previous best detector Lark-9 by 2.6% accuracy.');
    expect(find(x, 'SkyDet')?.type).not.toBe('Benchmark');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['SkyDet', 2.6]]);
  });
  it('gives a result to the method run with a known backbone ("Kite with Lark-9 reaches 61.2%"), not to the backbone', () => {
    const x = run('T', 'We propose Kite, an agent. On QuillQA, Kite with Lark-9 reaches 61.2% accuracy, and Kite on top of Heron scores 58.0%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([
      ['Kite', 61.2],
      ['Kite', 58],
    ]);
    // A backbone alone still owns its score.
    expect(run('T', 'On QuillQA, Lark-9 reaches 61.2% accuracy.').results.map((r) => r.subject)).toEqual(['Lark-9']);
  });
  it('reads a class noun before a known name as an apposition ("the RL algorithm PPO", "concurrent work BERT"), and "pay attention" as no term', () => {
    const x = run('T', 'We train Kite with the RL algorithm PPO and compare with concurrent work BERT. Models pay attention to the middle.');
    expect(find(x, 'PPO')?.name).toBe('PPO');
    expect(find(x, 'BERT')?.name).toBe('BERT');
    expect(names(x).filter((n) => /algorithm|work|pay/.test(n))).toEqual([]);
    // A known name written with one capital ("Quire", "vServe") after its class noun is the name alone.
    withLexicon([...TEST_LEXICON, entry('Quire', 'Technique')], () => {
      const y = run('T', 'We state the problems in the proof assistant Quire and serve them with the inference engine vServe.');
      expect(find(y, 'Quire')?.name).toBe('Quire');
      expect(names(y).filter((n) => /assistant|engine/.test(n))).toEqual([]);
    });
  });
  it('keeps a "v" version written after a name ("Heron V2", "QRSX v3.1") in the name', () => {
    const x = run('T', 'We compare Kite with Heron V2 and QRSX v3.1 on QuillQA.');
    expect(find(x, 'Heron V2')?.type).toBe('Model');
    expect(find(x, 'QRSX v3.1')).toBeDefined();
    expect(names(x)).not.toContain('QRSX');
  });
  it('reads "On Zeta-Bench, X raises the average score" as a benchmark: a "-Bench" compound is a name and an opening phrase is no appositive', () => {
    for (const name of ['Zeta-Bench', '∞-Bench', 'ZetaQA']) {
      const x = run('T', `On ${name}, Kite raises the average score of Lark-9.`);
      expect(find(x, name)?.type).toBe('Benchmark');
    }
    // So is an architecture word: "a new Wave-Attention" is the paper's technique.
    expect(find(run('T', 'Specifically, we propose a new Wave-Attention for meshes.'), 'Wave-Attention')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('takes "full", "hybrid" and "top-tier" as describing a known term, not naming a new one ("full QV cache", "hybrid grouped-query attention")', () => {
    const x = run('T', 'Kite keeps the full QV cache, adds hybrid grouped-query attention and beats top-tier diffusion models.');
    expect(find(x, 'QV cache')?.name).toBe('QV cache');
    expect(find(x, 'grouped-query attention')?.name).toBe('grouped-query attention');
    expect(names(x).filter((n) => /full|hybrid|top-tier/.test(n))).toEqual([]);
  });
  it('counts a measure the paper preserves or trades ("while preserving accuracy", "without sacrificing throughput") as a metric', () => {
    expect(find(run('T', 'Kite halves the memory of Heron while preserving accuracy.'), 'accuracy')?.type).toBe('Metric');
    expect(find(run('T', 'Kite prunes Heron without sacrificing throughput.'), 'throughput')?.type).toBe('Metric');
    // A measure merely named in passing is still no metric of the paper.
    expect(find(run('T', 'Throughput is a popular topic, and Kite studies Heron.'), 'throughput')).toBeUndefined();
  });
  it('types an acronym definition by the noun after it ("the Deep Recall Retrieval (DRR) benchmark")', () => {
    const x = run('T', 'Kite beats Lark-9 in the Deep Recall Retrieval (DRR) benchmark and on the Open Code Questions (OCQ) dataset.');
    expect(find(x, 'DRR')?.type).toBe('Benchmark');
    expect(find(x, 'OCQ')?.type).toBe('Dataset');
  });
  it('keeps a capitalised word before a capitalised term in running text ("Gentle Pruning"), not in titles or longer runs', () => {
    const x = run('T', 'Kite combines Lark-9 with Gentle Pruning for speed, unlike Large Reasoning Models.');
    expect(find(x, 'Gentle Pruning')?.type).toBe('Technique');
    expect(names(x).filter((n) => /Large Reasoning/.test(n))).toEqual([]);
  });
  it('types what a method paper introduces under a task head as a technique, and what a benchmark paper introduces as a task', () => {
    const method = run('T', 'We propose asynchronous chunk retrieval, which lets Lark-9 read long inputs.');
    expect(find(method, 'asynchronous chunk retrieval')).toMatchObject({ type: 'Technique', role: 'introduces' });
    const bench = run('T', 'We introduce QuillBench, a new benchmark, and propose asynchronous chunk retrieval as its task.');
    expect(find(bench, 'asynchronous chunk retrieval')?.type).toBe('Task');
  });
  it('gives a margin over a compared model to the model that outperforms it ("X, outperforming closed models such as Y by 16.5%")', () => {
    const x = run('T', 'Lark-9 shows strong results, outperforming closed models such as Wren-4 (55B) by 16.5% in accuracy.');
    expect(x.results).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Lark-9', value: 16.5, compared_to: 'Wren-4' })]));
    expect(x.results.filter((r) => r.subject === 'Wren-4')).toEqual([]);
  });

  it('keeps a compared class with a bracketed short form among its words compared ("surpasses state-of-the-art (SOTA) tuned models such as Y by 55.4%")', () => {
    const x = run('T', 'Lark-9 not only matches Heron-2 but also surpasses state-of-the-art (SOTA) instruction-tuned models such as Wren-4 by 55.4% on QuillQA.');
    expect(x.results).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Lark-9', value: 55.4 })]));
    expect(x.results.filter((r) => r.subject === 'Wren-4')).toEqual([]);
  });

  it('takes no fraction\'s denominator for a value ("ε=8/255"), and keeps values written "91.8%/85.1%"', () => {
    const x = run('T', 'Lark-9 reaches 75.7% robust accuracy against attacks with ε=8/255 on QuillQA, and 91.8%/85.1% AUROC on FrogLake.');
    expect(x.results.map((r) => r.value).sort((a, b) => a - b)).toEqual([75.7, 85.1, 91.8]);
  });

  it('reads "(79.0% vs. 66.7%)" after a compared model as the subject\'s score against that model\'s', () => {
    const x = run('T', 'Lark-9 surpasses public models like Wren-4 (79.0% vs. 66.7%) on QuillQA.');
    expect(x.results).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Wren-4', value: 66.7 })]));
    expect(x.results.filter((r) => r.value === 66.7 && r.subject === 'Lark-9')).toEqual([]);
    expect(x.results).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Lark-9', value: 79 })]));
  });
  it('reads every item of a compared list as compared, names with a size or version included ("outperforms Wren 7B and Lark-9 by 0.8% and 4.4% respectively")', () => {
    const x = run('T', 'KiteNet sets a new state of the art on QuillQA: it outperforms Wren 7B and Lark-9 by 0.8% and 4.4% respectively.');
    expect(x.results.map((r) => r.subject).filter((s) => /Lark|Wren/.test(s))).toEqual([]);
  });
  it('gives a score in brackets after a known method compared to that method ("surpassing PPO (89.1%)")', () => {
    const x = run('T', 'KiteNet reaches 91.3% accuracy on QuillQA, surpassing PPO (89.1%) and RLHF (90.2%).');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 91.3], ['PPO', 89.1], ['RLHF', 90.2]]);
  });
  it('reads a model after "with" as the backbone a method runs with, unless its own verb follows ("with Wren achieving 80%")', () => {
    const x = run('T', 'KiteNet reaches 38.7% on QuillQA with Wren-4, and 47.6% on QuillQA with Lark-9. Many methods were tried, with Wren achieving 80% on QuillQA.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 38.7], ['KiteNet', 47.6], ['Wren', 80]]);
  });
  it('gives both ends of a pair to the model named last before it, the subject itself included unless it is the paper\'s own model ("improves Lark-9 from 58.8% to 90.0% and Wren from 41.4% to 86.4%")', () => {
    const x = run('T', 'On QuillQA, KiteNet improves Lark-9 from 58.8% to 90.0% and Wren from 41.4% to 86.4%.');
    expect(x.results.filter((r) => r.value === 41.4).map((r) => r.subject)).toEqual(['Wren']);
    // The paper's own model started from its base's score, not its own.
    const own = run('HeronLM: Long Inputs', 'We introduce HeronLM. HeronLM gains on QuillQA (e.g., 23.5->26.9 F1).');
    expect(own.results.map((r) => [r.subject, r.value])).toEqual([['HeronLM', 26.9]]);
  });
  it('reads what a system is "competitive with" as compared, no subject ("competitive with ... models such as Lark-9, while being 20 times smaller")', () => {
    const x = run('T', 'KiteNet is very competitive with modern giant models such as Lark-9, while being 20 times smaller.');
    expect(x.results.map((r) => r.subject)).toEqual(['KiteNet']);
  });
  it('reads a baseline marked as the usual one without an article ("outperforms standard Lark-9") as compared, no subject', () => {
    const x = run('T', 'KiteNet outperforms standard Lark-9 on QuillQA, achieving a 6.7% gain.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 6.7]]);
  });
  it('reads two bare scores set against each other ("51.3 vs. 28.9") as the subject\'s and the compared system\'s, whatever size words stand before it', () => {
    const x = run('T', 'KiteNet beats Lark-9, e.g., 51.3 vs. 28.9 on QuillQA.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 51.3], ['Lark-9', 28.9]]);
    const y = run('T', 'KiteNet surpasses the 400x larger Lark-9 on QuillQA (80.3 vs. 79.8).');
    expect(y.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 80.3], ['Lark-9', 79.8]]);
  });
  it('reads a bare "reasoning" as an ability, not a task; a kind of it stays one', () => {
    const x = run('T', 'Lark-9 beats Wren-4 in reasoning, mathematics, and code generation.');
    expect(names(x)).not.toContain('reasoning');
    expect(find(run('T', 'Lark-9 beats Wren-4 in multi-hop reasoning.'), 'multi-hop reasoning')?.type).toBe('Task');
  });
  it('reads "LLM inference" and "LLM reasoning" as whose process it is, not a term; "LLM serving" stays a task', () => {
    const x = run('T', 'Kite speeds up LLM inference and LLM reasoning, a key step for LLM serving.');
    expect(names(x).filter((n) => /^LLM (?:inference|reasoning)$/i.test(n))).toEqual([]);
    expect(find(x, 'LLM serving')?.type).toBe('Task');
  });
  it('reads a class of models before a task of two words as who does it ("LLM mathematical reasoning" is mathematical reasoning)', () => {
    const x = run('T', 'We study LLM mathematical reasoning and MLLM chart understanding, and speed up LLM serving.');
    expect(names(x).filter((n) => /^M?LLM (?:mathematical|chart)/.test(n))).toEqual([]);
    for (const n of ['mathematical reasoning', 'chart understanding', 'LLM serving']) expect(find(x, n)?.type, n).toBe('Task');
  });
  it('takes "KV" and "QK" alone for parts named by their role, never entities, and a consumer GPU for no benchmark', () => {
    const x = run('T', 'We propose a KV sharing variant, retrieve KV vectors in CPU memory and normalise QK states on an RTX5090.');
    expect(names(x).filter((n) => /^(?:KV|QK|RTX5090)$/.test(n))).toEqual([]);
    // The term they make up stays.
    expect(find(run('T', 'Kite shrinks the key-value (KV) cache of Lark-9.'), 'key-value (KV) cache')?.type).toBe('Technique');
  });
  it('reads GPT written as a kind ("GPT-based agents") as describing the next noun, any other known model before "-based" or "-style" as the model built on', () => {
    withLexicon([...TEST_LEXICON, entry('GPT', 'Model'), entry('BERT', 'Model')], () => {
      const x = run('T', 'GPT-based agents and BERT-style encoders are slow; Kite builds on Lark 3.1-based retrieval.');
      expect(find(x, 'GPT')).toBeUndefined();
      expect([find(x, 'BERT')?.type, find(x, 'Lark 3.1')?.type]).toEqual(['Model', 'Model']);
    });
  });
  it('types Title-Case items listed after "tasks:" as tasks, also when the paper designs them', () => {
    const x = run('T', 'QuillBench covers four types of tasks: Spot Finding, Span Linking, and Chain of Lookups.');
    for (const n of ['Spot Finding', 'Span Linking', 'Chain of Lookups']) expect(find(x, n)?.type).toBe('Task');
    const own = run('T', 'We design three tasks: Needle Counting, Span Linking, and Table Merging.');
    expect(find(own, 'Table Merging')).toMatchObject({ type: 'Task', role: 'introduces' });
    // One plain word is a category or a language the tasks are grouped by.
    expect(names(run('T', 'QuillBench spans five task categories: Logic, Cipher, and Puzzle. It has tasks in two languages: English and Swahili.'))).toEqual(['QuillBench']);
  });
  it('keeps an image resolution written after a known benchmark in its name ("QuillQA 256x256")', () => {
    expect(find(run('T', 'Kite reaches an accuracy of 81% on QuillQA 256x256.'), 'QuillQA 256x256')?.type).toBe('Benchmark');
  });
  it('keeps a known benchmark with a chat or instruct tag a benchmark ("QuillQA-Chat"); a size makes it a model', () => {
    expect(find(run('T', 'We evaluate Lark-9 on QuillQA-Chat.'), 'QuillQA-Chat')?.type).toBe('Benchmark');
    expect(find(run('T', 'We compare Kite with QuillQA-13B.'), 'QuillQA-13B')?.type).toBe('Model');
  });
  it('reads "a X mechanism" or "a X module" the paper only uses as the general noun it is; one it introduces is its own', () => {
    const used = run('T', 'Lark-9 relies on a page migration mechanism and a cache reduction module.');
    expect(names(used).filter((n) => /mechanism|module/.test(n))).toEqual([]);
    const own = run('T', 'We propose a page migration mechanism for Lark-9.');
    expect(find(own, 'page migration mechanism')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('reads "generative inference" and "offloading-based inference" as running a model, not a task; "long-context inference" stays one', () => {
    const x = run('T', 'Kite speeds up generative inference, batch inference and offloading-based inference of Lark-9, a key to long-context inference.');
    expect(names(x).filter((n) => /^(?:generative|batch|offloading-based) inference$/.test(n))).toEqual([]);
    expect(find(x, 'long-context inference')?.type).toBe('Task');
  });
  it('reads the manner, place or speed of running a model ("edge LLM inference", "high-speed inference", "per-image inference") as no task', () => {
    const x = run('T', 'Kite enables edge LLM inference, distributed inference and high-speed inference, with per-image inference cut by half; natural language inference and long-context LLM inference gain too.');
    expect(names(x).filter((n) => /^(?:edge|distributed|high-speed|per-image)\b/.test(n))).toEqual([]);
    expect(names(x)).toEqual(expect.arrayContaining(['natural language inference', 'long-context LLM inference']));
    // Running a known technique is that technique's use: the technique itself ("mixed-precision inference").
    withLexicon([...TEST_LEXICON, entry('mixed precision', 'Technique', ['mixed-precision'])], () => {
      const y = run('T', 'Kite supports mixed-precision inference.');
      expect([find(y, 'mixed-precision')?.type, find(y, 'mixed-precision inference')]).toEqual(['Technique', undefined]);
    });
    expect(names(run('T', 'Kite enables real-time inference on mobile CPUs.'))).not.toContain('real-time inference');
    // When a model runs is no task either (session 17: both were read as tasks, and were wrong in every held-out paper that had them).
    expect(names(run('T', 'We study test-time inference and linear-time inference for SSMs.')).filter((n) => /-time inference$/.test(n))).toEqual([]);
  });
  it('lets an acronym definition delimit its term ("a divide-and-conquer style Tree Query Search (TQS) algorithm")', () => {
    const x = run('T', 'We propose a divide-and-conquer style Tree Query Search (TQS) algorithm for Lark-9.');
    expect(find(x, 'TQS')?.name).toBe('Tree Query Search');
    expect(names(x).filter((n) => /divide-and-conquer/.test(n))).toEqual([]);
  });
  it('reads a parameter count after an unknown name as a released model ("DeepOrbit 67B")', () => {
    expect(find(run('T', 'Kite is compared with DeepOrbit 67B on QuillQA.'), 'DeepOrbit 67B')?.type).toBe('Model');
  });
  it('reads a parameter count after the paper\'s own two-word name as its sized release and the subject of its result ("Kite Coder 72B")', () => {
    const x = run('T', 'We introduce Kite Coder, a series of open models. Kite Coder 72B resolves 30.2% of the issues, and Kite Coder 7B 18.2%.');
    expect(find(x, 'Kite Coder 72B')).toMatchObject({ type: 'Model', role: 'introduces', family: 'Kite Coder' });
    expect(find(x, 'Kite Coder 7B')?.type).toBe('Model');
    expect(x.results.find((r) => r.value === 30.2)?.subject).toBe('Kite Coder 72B');
  });

  it('reads "comparable with X at a 28.5% lower cost" as comparing with X, not X\'s result', () => {
    const x = run('T', 'We present Kite. Kite performs comparable with Lark-9 at a 28.5% lower cost.');
    expect(x.results.filter((r) => r.subject === 'Lark-9')).toEqual([]);
  });
  it('reads a class acronym the paper spells out ("Multi-Agent Environments (MAEs)") as no mention of the lexicon\'s MAE', () => {
    const x = run('T', 'Existing Multi-Agent Environments (MAEs) are small. MAEs rarely test Lark-9.');
    expect(names(x)).not.toContain('masked autoencoder');
  });
  it('reads an acronym the paper spells out in capitals ("Video Serving Engines (VSERVEs)") as no mention of the lexicon\'s vServe', () => {
    const x = run('T', 'Video Serving Engines (VSERVEs) are slow, so we serve Lark-9 with vServe.');
    expect(find(x, 'vServe')?.mentions).toEqual(['vServe']);
  });
  it('types a name by the noun before it when a verb follows its comma ("The proposed approach, Kite Flow, uses a language model")', () => {
    expect(find(run('T', 'The proposed approach, Kite Flow, uses a language model to draft answers.'), 'Kite Flow')?.type).toBe('Technique');
    // The copula is no such verb: "X is a generic method" says what X is.
    expect(find(run('LazyLM: Token Pruning for Long Context LLM Inference', 'We introduce a novel method, LazyLM, that computes the cache. Experiments show that LazyLM is a generic method that can be integrated with existing language models.'), 'LazyLM')?.type).toBe('Technique');
    expect(find(run('Kestrel: Mixing Encoders', 'The resulting family of MLLMs, Kestrel, surpasses other open models.'), 'Kestrel')?.type).toBe('Model');
  });
  it('reads a language before a kind noun as describing it ("a comprehensive Chinese benchmark", "an English corpus")', () => {
    const x = run('T', 'We present Kite, a comprehensive Chinese benchmark, and train Lark-9 on Wren, a three-trillion-token English corpus.');
    expect(names(x).filter((n) => /Chinese|English/.test(n))).toEqual([]);
  });
  it('reads "we finetune LLMs on ..." as training a class of models, not a new model named LLMs', () => {
    const x = run('T', 'We finetune LLMs on data from Lark-9. We then train LMs on the same data.');
    expect(names(x).filter((n) => /^L?LMs$/.test(n))).toEqual([]);
  });
  it('reads a capitalised word before a line and its tier as the start of the release\'s name ("Kestrel Scribe Mini")', () => {
    const x = run('T', 'In tests, Kestrel Scribe Mini and Kestrel Scribe Small reach high throughput. Our Scribe Mini is small.');
    expect(names(x)).toEqual(expect.arrayContaining(['Kestrel Scribe Mini', 'Kestrel Scribe Small', 'Scribe Mini']));
    expect(names(x)).not.toContain('Our Scribe Mini');
  });
  it('reads the name after "on QuillQA," as the clause\'s subject, not another item measured on ("Fine-tuning Lark-9 on QuillQA, KiteQ attains ...")', () => {
    const x = run('T', 'We propose KiteQ. Fine-tuning Lark-9 on QuillQA, KiteQ attains an accuracy of 86.1%.');
    expect(find(x, 'KiteQ')?.type).toBe('Technique');
    expect(x.results.map((r) => [r.subject, r.benchmark])).toEqual([['KiteQ', 'QuillQA']]);
  });
  it('reads a capital "V" version after a known benchmark as its edition ("QuillQA V6")', () => {
    expect(names(run('T', 'Kite scores 70.1 on QuillQA V6.'))).toContain('QuillQA V6');
  });
  it('does not read a score that changes after a known benchmark ("QuillQA 6.94→7.25") as its edition', () => {
    const x = run('T', 'Kite improves editing (QuillQA 6.94→7.25, ILSVRC 3.1 -> 3.4).');
    expect(names(x)).toEqual(expect.arrayContaining(['QuillQA', 'ILSVRC']));
    expect(names(x).filter((n) => /\d/.test(n))).toEqual([]);
    // A range of editions or resolutions keeps the first.
    expect(names(run('T', 'We evaluate on ILSVRC 2014 to 2017 and upscale QuillQA 64x64 → 256x256.'))).toEqual(expect.arrayContaining(['ILSVRC 2014', 'QuillQA 64x64']));
  });
  it('reads a title opening with the -ing form of a prefixed verb ("Rethinking FKD:", "Demystifying ...") as a study, not a name', () => {
    const x = run('Rethinking FKD: Towards a Better Evaluation Metric for Image Synthesis', 'We study FKD on Lark-9.');
    expect(names(x)).not.toContain('Rethinking FKD');
    expect(find(x, 'FKD')?.type).toBe('Metric');
    expect(names(run('Demystifying Lark-9: A Study of Its Memory', 'We study Lark-9.'))).not.toContain('Demystifying Lark-9');
  });
  it('types a new name built on a known model\'s as the benchmark the title says it is ("Heron-Memory: Benchmarking ...")', () => {
    expect(find(run('Heron-Memory: Benchmarking Test-time Learning of Agents', 'We test agents on it.'), 'Heron-Memory')?.type).toBe('Benchmark');
    expect(find(run('Heron-Chat: An Assistant for Tables', 'We introduce Heron-Chat.'), 'Heron-Chat')?.type).toBe('Model');
  });

  it('types a new name listed with a known benchmark after "tasks such as" as a benchmark ("tasks such as FrogLake and QuillQA")', () => {
    expect(find(run('T', 'Kite beats Heron on language modeling tasks such as FrogLake and QuillQA.'), 'FrogLake')?.type).toBe('Benchmark');
  });

  it('types a name by the noun a naming phrase hangs on, across "denoted as", "referred to as" and a prepositional phrase ("a dataset for training, denoted as X")', () => {
    const x = run('T', 'We curate a commentary dataset for training, denoted as GoalTime. We also train a small model for phones, named Kite-Nano. Our corpus, referred to as QuillSet, is public.');
    expect([find(x, 'GoalTime')?.type, find(x, 'Kite-Nano')?.type, find(x, 'QuillSet')?.type]).toEqual(['Dataset', 'Model', 'Dataset']);
  });

  it('links no one-word known task the paper only uses as a step of its method ("we use counting to ..."), and keeps it where measured', () => {
    const used = run('T', 'KiteLM uses counting to compress the dialogue history before answering.');
    expect(find(used, 'counting')).toBeUndefined();
    expect(find(run('T', 'We evaluate KiteLM on counting and code generation.'), 'counting')?.type).toBe('Task');
  });

  it('takes a known score the sentence says changes as a measure ("improves perplexity"), not a cost that changes ("reduces throughput")', () => {
    const x = run('T', 'KiteLM improves perplexity on language modeling. It also reduces throughput overheads.');
    expect(find(x, 'perplexity')?.type).toBe('Metric');
    expect(find(x, 'throughput')).toBeUndefined();
  });

  it('takes "loss" after a new method term into its mention ("a contrastive alignment loss"), not after a known name', () => {
    const x = run('T', 'We train KiteLM with a quill alignment loss and the PPO loss.');
    expect(find(x, 'quill alignment')?.mentions).toEqual(['quill alignment loss']);
    expect(find(x, 'PPO')?.mentions).toEqual(['PPO']);
  });

  it('types an acronym whose long form ends in "Assistant" as a model ("Quill Vision Assistant (QVA)")', () => {
    expect(find(run('T', 'We present Quill Vision Assistant (QVA), which answers questions about charts.'), 'QVA')?.type).toBe('Model');
  });

  it('reads an -ing verb opening a clause of the title ("for Learning ...", "X: Learning ...") as its verb, not part of a task', () => {
    expect(names(run('Outcome Signals for Learning Riddle Reasoning', 'We study riddle reasoning in LLMs.'))).toEqual(['Riddle Reasoning']);
    expect(names(run('Quillify: Learning Riddle Reasoning from Puzzles', 'We study riddles.'))).not.toContain('Learning Riddle Reasoning');
  });
  it('keeps a margin with the subject when the compared model is written with a maker, a describing word, "both", or after another margin', () => {
    const subjects = (t: string) => run('T', t).results.map((r) => [r.subject, r.value]);
    expect(subjects("KiteNet attains 72.5% on QuillQA, surpassing Acme's Lark-9 by 27.9%.")).toEqual([['KiteNet', 72.5], ['KiteNet', 27.9]]);
    expect(subjects('KiteNet outperforms both the memory-augmented Wren model by 37.1% and the baseline Heron model by 86.3%.')).toEqual([['KiteNet', 37.1], ['KiteNet', 86.3]]);
    expect(subjects('KiteNet surpasses fine-tuned Wren and zero-shot Lark-9 by 1.4% and 55.5%.')).toEqual([['KiteNet', 1.4], ['KiteNet', 55.5]]);
    expect(subjects('KiteNet exceeds Wren by 12% and matches Heron in perplexity while being 2.7 times faster.')).toEqual([['KiteNet', 12], ['KiteNet', 2.7]]);
  });
  it('reads the time or memory a model takes as its result, not the length of what it makes or the GPU it runs on', () => {
    const x = run('T', 'We propose KiteNet. KiteNet predicts a mesh in 0.23 seconds and shows a latency of just 111 ms. KiteNet uses less than 12 GB of memory on a 24GB GPU. KiteNet generates up to 30 seconds of audio in just 3.7 seconds. KiteNet makes videos of up to 15 seconds.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([['KiteNet', 0.23, 's'], ['KiteNet', 111, 'ms'], ['KiteNet', 12, 'GB'], ['KiteNet', 3.7, 's']]);
  });
  it('reads bare numbers a model scores, signed gains and worded before/after pairs as results, but not counts or ranges', () => {
    const results = (t: string) => run('T', 'We propose KiteNet. ' + t).results.map((r) => [r.subject, r.value]);
    expect(results('On QuillQA, KiteNet scores 51.1 and averages 78.3.')).toEqual([['KiteNet', 51.1], ['KiteNet', 78.3]]);
    expect(results('KiteNet improves results on QuillQA (+0.9) and KMO (+1.2).')).toEqual([['KiteNet', 0.9], ['KiteNet', 1.2]]);
    expect(results('KiteNet improves FID from 2.11 to 0.30.')).toEqual([['KiteNet', 0.3]]);
    // A method that raises a model's score owns the new score, the model the old one; "we" raising a model leaves it both.
    expect(results('KiteNet raises the average score of Lark-9 from 26.2 to 34.9.')).toEqual([['Lark-9', 26.2], ['KiteNet', 34.9]]);
    // The change word or the measure may stand further back: a long model name, a measure's short form in brackets.
    expect(results('KiteNet raises the average score of Lark-9-Instruct-v0.2-Long from 26.2 to 34.9.')).toEqual([['Lark-9-Instruct-v0.2-Long', 26.2], ['KiteNet', 34.9]]);
    expect(results('KiteNet improves on its baseline, improving Frechet inception distance (FID) from 18.65 to 1.73.')).toEqual([['KiteNet', 1.73]]);
    expect(results('Similarly, we boosted the success rates of Lark-9 from 42.3% to 58.2% on QuillQA.')).toEqual([['Lark-9', 42.3], ['Lark-9', 58.2]]);
    // With no method named, the paper's own one gives the margin.
    expect(results('It is general, e.g., boosting the Lark-9 by +6.49 on math benchmarks.')).toEqual([['KiteNet', 6.49]]);
    expect(results('Wren scores 71.8, outperforming Lark-9 which scored 71.0.')).toEqual([['Wren', 71.8], ['Lark-9', 71]]);
    expect(results('KiteNet improves capacity from 256 to 2048 frames as we scale parameters from 0.3 to 2 billion.')).toEqual([]);
    expect(results('KiteNet keeps its QuillQA score, with a change ranging from -0.12 to +0.22.')).toEqual([]);
  });
  it('reads a share of a measure, of the trials or of a resource as a result, a share of the data as none', () => {
    const results = (t: string) => run('T', 'We propose KiteNet. ' + t).results.map((r) => r.value);
    expect(results('KiteNet wins 76% of the time and keeps 81% of the non-quantized performance with only 10% of the compute budget.')).toEqual([76, 81, 10]);
    expect(results('KiteNet is trained on 33.2% of the questions.')).toEqual([]);
  });
  it('pairs a list of values with a list of as many models in order, but not with models compared or acted on', () => {
    const results = (t: string) => run('T', t).results.map((r) => [r.subject, r.value]);
    expect(results('Wren, Lark-9 and Heron reach 12.1%, 15.3% and 18.2% on QuillQA, respectively.')).toEqual([['Wren', 12.1], ['Lark-9', 15.3], ['Heron', 18.2]]);
    expect(results('KiteNet surpasses Wren and Heron by 27% and 45%, respectively.')).toEqual([['KiteNet', 27], ['KiteNet', 45]]);
    expect(results('KiteNet improves the speed of Wren and Heron by up to 4.0x and 3.7x.')).toEqual([['KiteNet', 4], ['KiteNet', 3.7]]);
  });
  it('keeps result subjects right where margins, clauses, counts, settings and versions could mislead (review of 0.89-0.95)', () => {
    const results = (t: string) => run('T', 'We propose KiteNet. ' + t).results.map((r) => [r.subject, r.value]);
    expect(results('KiteNet accelerates Wren by 2.8x and Heron by 2.5x.')).toEqual([['KiteNet', 2.8], ['KiteNet', 2.5]]);
    expect(results('KiteNet speeds up Wren inference by 1.5x and reduces the memory of Heron by 40%.')).toEqual([['KiteNet', 1.5], ['KiteNet', 40]]);
    expect(results('KiteNet outperforms Wren by 4.2 points, and Heron achieves 85.3% on QuillQA.')).toEqual([['KiteNet', 4.2], ['Heron', 85.3]]);
    expect(results('Compared to Wren, Heron improves by 3.1% on QuillQA.')).toEqual([['Heron', 3.1]]);
    expect(results('With data annotated by Wren, fine-tuning improves Heron by 5.3%.')).toEqual([['Heron', 5.3]]);
    expect(results('KiteNet reduces the peak memory of Heron to 4 GB.')).toEqual([['KiteNet', 4]]);
    expect(results('KiteNet achieves 3 new state-of-the-art results and obtains 5 gold medals.')).toEqual([]);
    expect(results('We increase the batch size of KiteNet from 256 to 1024.')).toEqual([]);
    expect(results('KiteNet uses a timeout of 30 seconds and achieves an average latency of 120 ms.')).toEqual([['KiteNet', 120]]);
    expect(results('KiteNet is written in C++17.')).toEqual([]);
    expect(run('T', "KiteNet surpasses the base model's QuillQA score by 5.2%.").results[0]?.benchmark).toBe('QuillQA');
  });
  it('keeps lead-in phrases, prior work, adverbs, settings, signs and spans out of results (second review of 0.89-0.96)', () => {
    const results = (t: string) => run('T', 'We propose KiteNet. ' + t).results.map((r) => [r.subject, r.value]);
    expect(results('Unlike Wren, KiteNet achieves 61.2% and 80.1% on QuillQA and KMO.')).toEqual([['KiteNet', 61.2], ['KiteNet', 80.1]]);
    expect(results('Prior work improved Wren by 1.5x, but KiteNet reaches 3.1x.').map(([s]) => s)).toEqual(['Wren', 'KiteNet']);
    expect(results('KiteNet outperforms Wren and Heron only slightly, by 1.2% on QuillQA.')).toEqual([['KiteNet', 1.2]]);
    expect(results('Wren scores 51.1 on QuillQA, and Heron scores 62.3.')).toEqual([['Wren', 51.1], ['Heron', 62.3]]);
    const none = ['KiteNet averages 14.2 actions per episode and reaches 1,000 layers.', 'KiteNet assigns a reward of +1 at an SNR of +5 dB.',
      'We increase the learning rate of KiteNet from 0.0001 to 0.001.', 'We allocate 20% of the compute budget to verification and hold out 10% of the test cases.',
      'KiteNet masks 15% of the time steps.', 'KiteNet processes audio in 160 ms chunks from clips ranging from 10 s to 30 s.',
      'KiteNet is trained using only 12 GB of synthetic transcripts on 1990s-era hardware.'];
    for (const t of none) expect(results(t), t).toEqual([]);
    expect(results('KiteNet saves 42.5% of training costs.')).toEqual([['KiteNet', 42.5]]);
  });
  it('gives the margin of an action on a model to the method acting ("KiteNet accelerates the prefill of Lark-9 by 2.3x")', () => {
    const x = run('T', 'KiteNet accelerates the prefilling stage of Lark-9 by 2.34x. KiteNet improves the decoding speed of Lark-9, Wren and Heron on one GPU by up to 4.1x, 3.7x and 2.2x.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 2.34], ['KiteNet', 4.1], ['KiteNet', 3.7], ['KiteNet', 2.2]]);
    expect(run('T', 'KiteNet enables Lark-9 to handle 75% more requests.').results.map((r) => r.subject)).toEqual(['KiteNet']);
    // Describing words or a class with examples before the models acted on.
    const y = run('T', 'KiteNet improves the performance of recent large models, such as Lark-9 and Wren, by over 10 points on QuillQA.');
    expect(y.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 10]]);
    // No change stated: the model acted on owns its score; with no method before it, the model stays the subject.
    expect(run('T', 'KiteNet improves Lark-9, which reaches 55.2% on QuillQA.').results.map((r) => r.subject)).toEqual(['Lark-9']);
    expect(run('T', 'Training on our data improves Lark-9 by 5.1 points on QuillQA.').results.map((r) => r.subject)).toEqual(['Lark-9']);
  });
  it('gives a score in a participle clause after the model acted on to the method acting ("KiteNet improves Lark-9 by 8.5%, achieving 49.1% on QuillQA")', () => {
    const x = run('T', 'KiteNet improves Lark-9 by 8.5% on average, and even beats Wren on QuillQA, achieving 49.1% accuracy.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 8.5], ['KiteNet', 49.1]]);
  });
  it('gives a score written "for" a model to that model ("from 12.5% to 63.9% for Lark-9", "versus 0.55 for Wren"), but a gain "for" a model to the method', () => {
    const x = run('T', 'KiteNet raises QuillQA accuracy from 12.5% to 63.9% for Lark-9, and from 36.4% to 81.8% for Wren.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Lark-9', 12.5], ['Lark-9', 63.9], ['Wren', 36.4], ['Wren', 81.8]]);
    expect(run('T', 'KiteNet reaches 0.66 on QuillQA versus 0.55 for Wren.').results.map((r) => [r.subject, r.value])).toContainEqual(['Wren', 0.55]);
    expect(run('T', 'KiteNet improves QuillQA accuracy by 14.6% for Lark-9.').results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 14.6]]);
  });
  it('reads a model after "using" as the tool a method runs with, no subject ("KiteNet reaches 43% using Lark-9, outperforming baselines by 8.6%")', () => {
    const x = run('T', 'KiteNet reaches 43% on QuillQA using Lark-9, outperforming existing methods by 8.6%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 43], ['KiteNet', 8.6]]);
  });
  it('does not read a percentage or factor after a model ("makes Lark-9 50% faster") as its size or version; the model made faster is no subject', () => {
    const x = run('T', 'KiteNet makes the inference time of Lark-9 50% faster, and makes Wren 3x faster.');
    expect(names(x)).toEqual(expect.arrayContaining(['Lark-9', 'Wren']));
    expect(names(x).filter((n) => /\d{2}$|Wren \d/.test(n))).toEqual([]);
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 50], ['KiteNet', 3]]);
    // "makes Lark-9 reach 55.2%": the model made to reach a score owns it.
    expect(run('T', 'Applying KiteNet makes Lark-9 reach 55.2% on QuillQA.').results.map((r) => r.subject)).toEqual(['Lark-9']);
    // "makes Lark-9 faster by 40%", "2.5 times faster ... and reduces memory by 30%": the maker owns every figure.
    const y = run('T', 'KiteNet makes Lark-9 faster by 40%. KiteNet makes Lark-9 2.5 times faster than Wren and reduces memory by 30%.');
    expect(y.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 40], ['KiteNet', 2.5], ['KiteNet', 30]]);
    expect(names(y).filter((n) => /Lark-9 /.test(n))).toEqual([]);
    // "makes Lark-9 solve 38.2%": no change is stated, the model made to solve owns the figure.
    expect(run('T', 'Tuning with KiteNet makes Lark-9 solve 38.2% of QuillQA.').results.map((r) => r.subject)).toEqual(['Lark-9']);
    expect(names(run('T', 'KiteNet makes Lark-9 2.5 Times as Fast.'))).not.toContain('Lark-9 2.5');
  });
  it('types an acronym definition a measure noun follows as a measure ("the Reliance Degree (RD) metric")', () => {
    const x = run('T', 'We introduce the Reliance Degree (RD) metric to quantify how much Lark-9 relies on its context.');
    expect(find(x, 'RD')).toMatchObject({ name: 'Reliance Degree', type: 'Metric' });
  });
  it('reads a known one-word technique with the noun of its kind ("the PPO optimizer", "the TiRaN architecture") as that technique', () => {
    const x = run('T', 'We train Lark-9 with the PPO optimizer on the TiRaN architecture.');
    expect(names(x)).toEqual(expect.arrayContaining(['PPO', 'TiRaN']));
    expect(names(x).filter((n) => /optimizer|architecture/.test(n))).toEqual([]);
    // "a QV cache optimizer" is a new thing that optimises the known one.
    expect(find(run('T', 'We propose the QV cache optimizer, a module that decides which entries to evict.'), 'QV cache optimizer')?.role).toBe('introduces');
  });
  it('does not read what the paper developed something for ("parts that we developed for code generation") as its own', () => {
    const x = run('T', 'Kite combines two parts that we developed for code generation.');
    expect(find(x, 'code generation')).toMatchObject({ type: 'Task' });
    expect(find(x, 'code generation')?.role).not.toBe('introduces');
  });
  it('drops words that judge a kind of reasoning ("excessive", "well-defined", "cutting-edge reasoning") rather than name one', () => {
    const x = run('T', 'Lark-9 shows excessive reasoning on well-defined reasoning problems, and Kite brings cutting-edge reasoning to code generation.');
    expect(names(x).filter((n) => /reasoning/.test(n))).toEqual([]);
    // A word that says what kind of method it is does not judge: the known term inside is not made new.
    const y = run('T', 'We propose an interpretable PPO approach for traffic control and a transferable masked autoencoder.');
    expect(names(y).filter((n) => n === 'PPO' || n === 'masked autoencoder')).toEqual([]);
  });
  it('types a name by the kind said before it ("we establish a bilingual benchmark, KiteWebBench, for web tasks")', () => {
    const x = run('T', 'We establish a bilingual benchmark, KiteWebBench, for real-world web navigation tasks.');
    expect(find(x, 'KiteWebBench')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
  });
  it('reads a count after the paper\'s own model name as a parameter count ("KiteLM-950M"), not a data set\'s size', () => {
    const x = run('KiteLM: Small Reasoners', 'For example, KiteLM-950M achieves an accuracy of 15.5% on QuillQA.');
    expect(find(x, 'KiteLM-950M')).toMatchObject({ type: 'Model', family: 'KiteLM' });
    expect(find(run('T', 'We train Lark-9 on QuillSet-2M, a corpus of dialogues.'), 'QuillSet-2M')?.type).toBe('Dataset');
    // The paper's own model name with a count the text calls data stays data.
    const data = run('KiteLM: Small Reasoners', 'We release KiteLM. We curate KiteLM-7M, an instruction tuning dataset of 7M samples.');
    expect(find(data, 'KiteLM-7M')?.type).toBe('Dataset');
    // What it was trained on, later in the sentence, does not make the model data.
    const model = run('KiteLM: Small Reasoners', 'We introduce KiteLM. KiteLM-950M, pre-trained on only 2T tokens, matches Lark-9 on QuillQA.');
    expect(find(model, 'KiteLM-950M')?.type).toBe('Model');
  });
  it('keeps no word-built method or measure the paper only speaks of in background; known and coined names stay', () => {
    const x = run('T', 'Long documents strain Lark-9: sparse chunk masking or PPO lose detail, and retrieval fidelity suffers. We propose KiteNet. It keeps detail.');
    expect(names(x)).toEqual(expect.arrayContaining(['Lark-9', 'PPO', 'KiteNet']));
    expect(names(x).filter((n) => /chunk|fidelity/.test(n))).toEqual([]);
    // The same term applied by the paper is kept, and so is a measure it measures with.
    expect(names(run('T', 'We propose KiteNet. It applies sparse chunk masking to long inputs.'))).toContain('sparse chunk masking');
    expect(names(run('T', 'We evaluate KiteNet using answer accuracy judged by physicians.'))).toContain('answer accuracy');
    // An abstract that first says "our" in its last sentence has no background to tell apart.
    const late = run('T', 'Long inputs are costly. This letter proposes sparse chunk masking with under 1% drop in retrieval fidelity on QuillQA. Our code is available.');
    expect(names(late)).toEqual(expect.arrayContaining(['sparse chunk masking', 'retrieval fidelity']));
    // Closing sentences ("To our knowledge", "Our code is available") do not end a background.
    const closing = run('T', 'KiteNet answers questions with sparse chunk masking. It improves exact match. To our knowledge, it is the first such retriever. Our code is available.');
    expect(names(closing)).toContain('sparse chunk masking');
  });
  it('types aligning representations as a technique ("cross-modal alignment") and aligning a model or a long context as a task', () => {
    const x = run('T', 'Kite improves cross-modal alignment and feature alignment in Lark-9, a step toward long-context alignment and LLM alignment.');
    expect(find(x, 'cross-modal alignment')?.type).toBe('Technique');
    expect(find(x, 'feature alignment')?.type).toBe('Technique');
    expect(find(x, 'long-context alignment')?.type).toBe('Task');
    expect(find(x, 'LLM alignment')?.type).toBe('Task');
    expect(find(run('T', 'Kite studies in-context alignment of Lark-9.'), 'in-context alignment')?.type).toBe('Technique');
    expect(find(run('T', 'Kite studies LLM safety alignment.'), 'LLM safety alignment')?.type).toBe('Task');
  });
  it('types an order or objective of prediction as a technique ("next-vector prediction", "masked prediction") and "link prediction" as a task', () => {
    const x = run('T', 'Kite trains Lark-9 with next-vector prediction and masked prediction, and evaluates link prediction.');
    expect(find(x, 'next-vector prediction')?.type).toBe('Technique');
    expect(find(x, 'masked prediction')?.type).toBe('Technique');
    expect(find(x, 'link prediction')?.type).toBe('Task');
    // Only the word right before the head orders it: "next-item" and "autoregressive trajectory prediction" are tasks.
    const z = run('T', 'We study next-item prediction and autoregressive trajectory prediction, pretraining with masked frame prediction.');
    expect(find(z, 'next-item prediction')?.type).toBe('Task');
    expect(find(z, 'autoregressive trajectory prediction')?.type).toBe('Task');
    expect(find(z, 'masked frame prediction')?.type).toBe('Technique');
    const y = run('T', 'Kite replaces autoregressive modeling with diffusion modeling for language modeling.');
    expect(find(y, 'autoregressive modeling')?.type).toBe('Technique');
    expect(find(y, 'diffusion modeling')?.type).toBe('Technique');
    expect(find(y, 'language modeling')?.type).toBe('Task');
  });
  it('keeps no word-built term closed by a describing head ("visual embeddings", "sample selection") unless the paper introduces it; a known term inside stands', () => {
    const x = run('T', 'Lark-9 improves visual embeddings, sample selection, repo-level coding and claim verification, raising temporal consistency.');
    expect(names(x)).toEqual(['Lark-9']);
    expect(find(run('T', 'We propose Gated Sample Selection, which filters noisy data.'), 'Gated Sample Selection')?.role).toBe('introduces');
    // "video diffusion models": the known term described is the known term; the paper's own stays its own.
    expect(names(run('T', 'We fine-tune video diffusion models with PPO.'))).toEqual(expect.arrayContaining(['diffusion model', 'PPO']));
    const own = run('T', 'We propose multi-turn PPO, a framework for agents.');
    expect(find(own, 'multi-turn PPO')?.role).toBe('introduces');
    expect(find(own, 'PPO')?.role).not.toBe('introduces');
    // A measure the paper reports a figure with stays, and the figure keeps it.
    const y = run('T', 'Lark-9 improves temporal consistency by 3.1%.');
    expect(y.results.map((r) => r.metric)).toEqual(['temporal consistency']);
    // A size in the sentence is no figure of the measure.
    expect(names(run('T', 'We train a 13B model for better temporal consistency.'))).not.toContain('temporal consistency');
  });
  it('names each of two editions of one benchmark a paper writes as its own test set ("KMO24 and KMO 2025"); one edition alone is the benchmark', () => {
    const x = run('T', "Lark-9 scores 61.2 on KMO24 and 48.0 on KMO 2025; on KMO '24 it leads.");
    // The lexicon's fullest form names an edition it knows, so that "KMO24" here meets "KMO 2024" elsewhere.
    expect(names(x)).toEqual(expect.arrayContaining(['KMO 2024', 'KMO25']));
    expect(find(x, "KMO '24")?.name).toBe('KMO 2024');
    expect(find(x, 'KMO 2024')?.mentions).toEqual(['KMO24', "KMO '24"]);
    expect(names(x)).not.toContain('KMO');
    expect(x.results.map((r) => r.benchmark)).toEqual(['KMO 2024', 'KMO25']);
    expect(find(x, 'KMO25')?.mentions).toEqual(['KMO 2025']);
    expect(find(run('T', 'Kite scores 61.2 on KMO 2024, the hardest KMO.'), 'KMO 2024')?.name).toBe('KMO');
    // One edition spelled two ways ("KMO v2.0" and "KMO v2") is one test set.
    const y = run('T', 'On KMO v2.0 Lark-9 wins 50.2%. Gains on KMO v2 and on KMO25 hold.');
    expect(y.entities.filter((e) => /KMO/.test(e.name)).map((e) => e.mentions)).toEqual([['KMO v2.0', 'KMO v2'], ['KMO25']]);
  });
  it('reads a sized model whose name is spelled from a known term ("QVC-7B (Query-Value Cache)") as the model, not the term', () => {
    const x = run('T', 'Applying PPO to Lark-9, we present QVC-7B (Query-Value Cache). QVC-7B scores 26.9 on QuillQA.');
    expect(find(x, 'QVC-7B')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(x, 'QVC-7B')?.mentions).toContain('Query-Value Cache');
    expect(names(x)).not.toContain('QV cache');
    expect(x.results.map((r) => r.subject)).toEqual(['QVC-7B']);
  });
  it('spells an acronym from the initials of the words before it when its letters also sit inside the last word ("Kite Olympiad in Kestrokit (KOK)")', () => {
    const x = run('T', 'We compete in the Kite Olympiad in Kestrokit (KOK) and report our KOK rank.');
    expect(find(x, 'KOK')).toMatchObject({ name: 'Kite Olympiad in Kestrokit', type: 'Benchmark' });
    expect(names(x)).not.toContain('Kestrokit');
  });
  it('types a one-word CamelCase long form by its ending, as a name ("QuillCodeBench (QCB), a hard code benchmark")', () => {
    const x = run('T', 'We propose QuillCodeBench (QCB), a hard code benchmark built from real queries.');
    expect(find(x, 'QCB')).toMatchObject({ name: 'QuillCodeBench', type: 'Benchmark', role: 'introduces' });
    // Dictionary words hyphened are no name's ending.
    expect(find(run('T', 'Dialogues are collected through Self-Chat (SC), where the model talks to itself.'), 'SC')?.type).toBe('Technique');
  });
  it('reads two names of several words joined by "and" before a title\'s colon as two contributions of the kind the title gives', () => {
    const x = run('KiteEval Pro and QuillQA Pro: Evaluating Models on Self-invoking Code Generation', 'Models that solve KiteEval fail on harder variants.');
    expect(find(x, 'KiteEval Pro')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(find(x, 'QuillQA Pro')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(names(x)).not.toContain('KiteEval Pro and QuillQA Pro');
    // A clause is no pair of names: "KiteLM Meets Lark-9 and Wren-4".
    expect(names(run('KiteLM Meets Lark-9 and Wren-4: A Comparison', 'We compare them.'))).not.toContain('KiteLM Meets Lark-9');
  });
  it('reads "step-by-step" as how a process runs, not a kind of it ("step-by-step reasoning" is no task)', () => {
    const x = run('T', 'Heron performs step-by-step reasoning and multi-hop reasoning on QuillQA.');
    expect(names(x)).not.toContain('step-by-step reasoning');
    expect(find(x, 'multi-hop reasoning')?.type).toBe('Task');
    // Before a method, it is part of the method's name.
    expect(find(run('T', 'We propose step-by-step distillation for small models.'), 'step-by-step distillation')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('names a model the lexicon knows by itself when a maker\'s alias runs into it ("Acme Wren-4V" is Wren-4V)', () => {
    const x = run('T', 'We use Acme Wren-4V as the judge.');
    expect(find(x, 'Acme Wren-4V')).toMatchObject({ name: 'Wren-4V', type: 'Model' });
    // "Wide Wren" is a model of its own, not a maker's word before Wren.
    expect(find(run('T', 'Our backbone is Wide Wren-4V, compared with Wren-4V.'), 'Wide Wren-4V')?.name).toBe('Wide Wren-4V');
  });
  it('reads a letter before a decimal version after a known model as its release ("KiteNet a4.8", "KiteNet b1.58")', () => {
    const x = run('KiteNet a4.8: 4-bit Activations', 'Models such as KiteNet b1.58 are small. We introduce KiteNet a4.8, with 4-bit activations.');
    expect(find(x, 'KiteNet a4.8')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(x, 'KiteNet b1.58')?.type).toBe('Model');
    expect(names(x)).not.toContain('KiteNet');
    // "x1.8" is a factor, not a release.
    expect(names(run('T', 'Our kernel runs KiteNet x1.8 faster.'))).toContain('KiteNet');
  });
  it('reads plain words with a version before a title\'s colon as the paper\'s release, a model ("Kestrel Nano 2:")', () => {
    const x = run('Kestrel Nano 2: Fast Function Calling on Phones', 'We present a small model that calls functions 35x faster than Lark-9.');
    expect(find(x, 'Kestrel Nano 2')).toMatchObject({ type: 'Model', role: 'introduces' });
    // Not a year, a counted sequence, a kind of thing with a number, or a known term that is no model.
    for (const title of ['Trends 2025: A Survey of Agents', 'Phase 2: Lessons from Deploying Assistants', 'Quill Benchmark 2: Harder Questions', 'Masked Autoencoder 2: Faster Pretraining']) {
      expect(run(title, 'We study this.').entities.filter((e) => e.type === 'Model')).toEqual([]);
    }
  });
  it('reads a title rest opening with a hyphened preposition ("On-device language model for ...") as headed by its noun', () => {
    const x = run('Kestrelnet: On-device language model for phone agents', 'Kestrelnet runs on phones.');
    expect(find(x, 'Kestrelnet')).toMatchObject({ type: 'Model', role: 'introduces' });
  });
  it('reads "R1-like", "Kite-style" and "trivial" before a task noun as describing words, not kinds of task', () => {
    const x = run('T', 'Heron shows R1-like reasoning, Kite-style planning and trivial reasoning, unlike multi-hop reasoning.');
    expect(x.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual(['multi-hop reasoning']);
  });
  it('reads the coined names opening the numbered items of an announced list as the paper\'s own ("we propose three innovations: (1) KiteDrop ...")', () => {
    const x = run('T', 'We propose three interconnected innovations: (1) KiteDrop stabilizes training; (2) Quill++ improves throughput; and (3) WrenSys, a fast RL framework.');
    for (const name of ['KiteDrop', 'Quill++', 'WrenSys']) expect(find(x, name)).toMatchObject({ type: 'Technique', role: 'introduces' });
    // A known name, a known model's variant, a known term's acronym or a counted word is not the paper's.
    const y = run('T', 'Grouped-query attention (GQA) is common. We introduce four modules: (1) Lark-9 is tuned further; (2) Lark-9-Chat answers; (3) GQA with shared keys; (4) Stage-1 aligns the projector.');
    expect(y.entities.filter((e) => e.role === 'introduces').map((e) => e.name)).toEqual([]);
  });
  it('keeps a benchmark-shaped name after "as measured by" a benchmark, not a measure ("as measured by QuillBench")', () => {
    expect(find(run('T', 'Heron outperforms Lark-9 in Chinese alignment as measured by QuillBench.'), 'QuillBench')?.type).toBe('Benchmark');
    // An evaluator named "...Eval" is a measure.
    expect(find(run('T', 'Factual consistency improves, as measured by QuillEval.'), 'QuillEval')?.type).toBe('Metric');
  });
  it('reads a number closed by a bracket it did not open after a model as a list item, not a version ("Lark-9 1) rivals ...")', () => {
    const x = run('T', 'Evaluations show that Lark-9 1) rivals Heron on QuillQA and 2) beats Wren-4.');
    expect(names(x)).toContain('Lark-9');
    expect(names(x)).not.toContain('Lark-9 1');
    // A bracket opened before the name closes after its version.
    expect(names(run('T', 'We evaluate frontier models (Lark-9 and Heron 2) on QuillQA.'))).toContain('Heron 2');
  });
  it('reads a CamelCase name ending in "Llama" as a model ("WrenLlama: Query-aware Inference ...")', () => {
    expect(find(run('WrenLlama: Query-aware Inference for Long Inputs', 'We present WrenLlama, which reads long inputs.'), 'WrenLlama')).toMatchObject({ type: 'Model', role: 'introduces' });
  });
  it('reads a name with a digit before a measure as the data it is taken on ("wiki-2 perplexity"), not a new measure; "p95 latency" stays one', () => {
    const x = run('T', 'Kite keeps the wiki-2 perplexity low, with a low p95 latency.');
    expect(names(x)).toEqual(expect.arrayContaining(['perplexity', 'p95 latency']));
    expect(names(x)).not.toContain('wiki-2 perplexity');
  });
  it('reads what a new benchmark covers or a new dataset is built with as measured or used, not introduced', () => {
    const x = run('T', 'We establish a new benchmark covering code generation. We construct a dataset using PPO.');
    expect(find(x, 'code generation')).toMatchObject({ type: 'Task', role: 'evaluates' });
    expect(find(x, 'PPO')?.role).toBe('uses');
  });
  it('reads a title name ending in a hyphened training noun ("Kite Pre-Training: ...") as the paper\'s own method', () => {
    const x = run('Kite Pre-Training: Models Learn From Notes', 'We explore pre-training by proposing Kite Pre-Training, a framework that augments corpora.');
    expect(find(x, 'Kite Pre-Training')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('reads a plural title name the abstract writes in the singular as one introduced entity ("Kite Optimizers: ..." / "Kite Optimizer")', () => {
    const x = run('Kite Optimizers: Training With One Line', 'We change any momentum optimizer, which we rename Kite Optimizer.');
    expect(x.entities.filter((e) => /Kite Optimizer/.test(e.name))).toEqual([expect.objectContaining({ name: 'Kite Optimizer', role: 'introduces', mentions: ['Kite Optimizers', 'Kite Optimizer'] })]);
  });
  it('reads "publicly available" as judging what follows, not naming a kind of it ("available instruction tuning data")', () => {
    const x = run('T', 'Most publicly available state space models and available instruction tuning data are short.');
    expect(names(x).filter((n) => /available/.test(n))).toEqual([]);
  });
  it('reads "FPS" written in capitals as the frames-per-second unit, as "fps" is', () => {
    const x = run('T', 'We propose KiteNet. KiteNet runs at 82 FPS on one GPU.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([['KiteNet', 82, 'fps']]);
  });
  it('reads a task opened by how it is done ("hierarchical information retrieval", "joint video generation") as no task of the field', () => {
    const x = run('T', 'KiteNet performs hierarchical information retrieval and joint video generation for dynamic scene reconstruction.');
    expect(x.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual(['dynamic scene reconstruction']);
  });
  it('types a lower-case long form ending in "model" or "network" as a class of models, a technique ("a large reasoning model (LRM)"); a capitalised one stays a model', () => {
    const x = run('T', 'Kite pairs a large reasoning model (LRM) with a feedback delay network (FDN) and the Kite Vision Model (KVM).');
    expect(find(x, 'large reasoning model')?.type).toBe('Technique');
    expect(find(x, 'feedback delay network')?.type).toBe('Technique');
    expect(find(x, 'Kite Vision Model')?.type).toBe('Model');
  });
  it('reads one word before serving, labeling, loading or reuse as what the process is applied to, no term ("online serving", "cache reuse"); a longer term stays ("long-context LLM serving")', () => {
    const x = run('T', 'Kite speeds up online serving, preference labeling, weight loading and cache reuse, and long-context LLM serving, for Lark-9.');
    expect(names(x).filter((n) => /^(?:online serving|preference labeling|weight loading|cache reuse)$/i.test(n))).toEqual([]);
    expect(names(x)).toContain('long-context LLM serving');
  });
  it('reads a task opened by where or on what data it runs ("global feature extraction", "out-of-domain math reasoning", "learning-based image matching") as no task of the field', () => {
    const x = run('T', 'KiteNet performs global feature extraction, local feature extraction, parallel text generation, out-of-domain math reasoning, learning-based image matching and structured spatial reasoning for dynamic scene reconstruction.');
    expect(x.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual(['dynamic scene reconstruction']);
  });
  it('reads the setting a known measure is taken in ("relative accuracy", "zero-shot mIoU") as no new measure, but "zero-shot accuracy" whole where a figure gives it', () => {
    const metrics = (t: string) => run('T', t).entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    withLexicon([...TEST_LEXICON, entry('mIoU', 'Metric')], () => {
      expect(metrics('KiteNet improves relative accuracy and zero-shot mIoU over Wren.')).toEqual(['accuracy', 'mIoU']);
    });
    expect(metrics('KiteNet reaches a zero-shot accuracy of 61.2% on QuillQA.')).toEqual(['zero-shot accuracy']);
  });
  it('reads a class of models before a known method ("LLM test-time scaling", "VLM ...") as what the method is applied to, not part of its name', () => {
    withLexicon([entry('test-time scaling', 'Technique')], () => {
      expect(names(run('T', 'We study LLM test-time scaling for math problems.'))).toEqual(['test-time scaling']);
      expect(names(run('T', 'We study VLM test-time scaling for chart problems.'))).toEqual(['test-time scaling']);
    });
  });
  it('reads a known method before the data or procedure a paper makes ("an instruction tuning dataset", "an IT procedure") as used, not made', () => {
    const role = (abstract: string): string | undefined => find(run('T', abstract), 'instruction tuning')?.role;
    expect(role('We curate an instruction tuning dataset of 84.5K samples for web agents.')).toBe('uses');
    expect(role('We construct an instruction tuning (IT) corpus for web agents.')).toBe('uses');
    expect(role('We introduce an instruction tuning (IT) procedure and an instruction tuning rescaling strategy.')).toBe('uses');
    expect(find(run('T', 'We first introduce a trajectory-level PPO formulation for web agents.'), 'PPO')?.role).toBe('uses');
    // "our attention architecture" says what the paper's thing is built as; "our PPO approach" names it.
    withLexicon([entry('encoder-decoder', 'Technique', ['encoder-decoder architecture']), entry('PPO', 'Technique')], () => {
      expect(find(run('T', 'Our encoder-decoder architecture recursively compresses image tokens.'), 'encoder-decoder')?.role).toBe('uses');
      expect(find(run('T', 'Our PPO approach recursively compresses image tokens.'), 'PPO')?.role).toBe('introduces');
    });
    expect(find(run('T', 'We curate an instruction tuning dataset, KiteInstruct, for web agents.'), 'KiteInstruct')?.role).toBe('introduces');
  });
  it('keeps a compression ratio given as a figure ("a 16x compression rate") as a measure, and drops one only aimed at ("under extreme compression ratios")', () => {
    expect(find(run('T', 'KiteZip reaches a 16x compression rate on long prompts.'), 'compression ratio')?.type).toBe('Metric');
    expect(find(run('T', 'KiteZip stays strong under extreme compression ratios.'), 'compression ratio')).toBeUndefined();
  });
  it('reads a decimal alone in brackets right after a named model ("Wren-4 (74.5)") as its score, and a bracketed year or item number as none', () => {
    const x = run('T', 'We propose KiteNet. KiteNet reaches a score of 74.2, rivaling Wren-4 (74.5) and Lark-9 (71.3).');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 74.2], ['Wren-4', 74.5], ['Lark-9', 71.3]]);
    expect(run('T', 'We propose KiteNet. It beats Wren-4 (2024) and Lark-9 (3).').results).toEqual([]);
  });
  it('reads a new Title-Case method the paper abbreviates, once it speaks of itself, as its own ("at its core is Continual Context Distillation (CCD)")', () => {
    const role = (abstract: string): string | undefined => find(run('T', abstract), 'CCD')?.role;
    expect(role('Long inputs are costly. We present KiteNet. At its core is Continual Context Distillation (CCD), which keeps what matters.')).toBe('introduces');
    // Before the paper speaks of itself it is cited; after a cue of use it is used.
    expect(role('Continual Context Distillation (CCD) compresses inputs. We present KiteNet, which is faster.')).toBe('mentions');
    expect(role('We present KiteNet. It is trained using Continual Context Distillation (CCD) on long inputs.')).toBe('uses');
  });
  it('reads a token rate after its number ("13 tokens/s", "2.5 tokens per second") as the unit of a result, not a measure named', () => {
    const x = run('T', 'We propose KiteNet. KiteNet decodes at 13 tokens/s on a phone and 2.5 tokens per second on a CPU.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([['KiteNet', 13, 'tokens/s'], ['KiteNet', 2.5, 'tokens/s']]);
    expect(find(x, 'tokens per second')).toBeUndefined();
    expect(find(run('T', 'KiteNet reaches over 100 tokens per second (TPS).'), 'tokens per second')?.type).toBe('Metric');
  });
  it('types "X, a comprehensive evaluation framework" as a benchmark, and "we train a Multimodal Large Language Model" as no new name', () => {
    expect(find(run('T', 'We introduce KiteLogic, a comprehensive evaluation framework for reasoning.'), 'KiteLogic')?.type).toBe('Benchmark');
    expect(names(run('T', 'To refine captions, we train a Multimodal Large Language Model on Wren.'))).not.toContain('Multimodal Large Language Model');
  });
  it('types a name given to a test set or benchmarking platform ("a new test set named X", "X, a new evaluation set") as a benchmark, not through a comma after an opening phrase', () => {
    expect(find(run('T', 'We build a new test set named KiteVSR.'), 'KiteVSR')?.type).toBe('Benchmark');
    expect(find(run('T', 'Results are released on a benchmarking platform named KiteACE.'), 'KiteACE')?.type).toBe('Benchmark');
    expect(find(run('T', 'We also release WrenQuiz, a new evaluation set.'), 'WrenQuiz')?.type).toBe('Benchmark');
    expect(find(run('T', 'On the QuillQA test set, KiteSolve achieves 11.6% gains.'), 'KiteSolve')?.type).not.toBe('Benchmark');
  });
  it('reads "Edge" after a model\'s release as its tier ("Lark-9 1.5 Edge"), as "Pro" is', () => {
    const x = run('T', 'Lark-9 1.5 Pro and Lark-9 1.5 Edge are strong.');
    expect(names(x)).toEqual(expect.arrayContaining(['Lark-9 1.5 Pro', 'Lark-9 1.5 Edge']));
  });
  it('reads a measure at a cut-off ("Pass@32", "Avg@4") as a measure, the lexicon\'s "X@k" where it has one', () => {
    withLexicon([...TEST_LEXICON, entry('Pass@k', 'Metric', ['pass@1'])], () => {
      const x = run('T', 'Kite reaches 57.6% Pass@32, 30% pass@1 and 40.2 Avg@4 on QuillQA, unlike DeepKite@512.');
      expect(x.entities.filter((e) => e.type === 'Metric').map((e) => [e.name, e.mentions])).toEqual([['Pass@k', ['Pass@32', 'pass@1']], ['Avg@4', ['Avg@4']]]);
    });
  });
  it('types an acronym\'s long form by the appositive after its bracket ("Kite Extra Hard (KEH), a new benchmark"), and "an evaluation method" stays a method', () => {
    expect(find(run('T', 'We introduce Kite Extra Hard (KEH), a new benchmark designed to test reasoning.'), 'Kite Extra Hard')?.type).toBe('Benchmark');
    expect(find(run('T', 'We propose Hierarchical Kite Evaluation (HKE), a human-aligned evaluation method.'), 'Hierarchical Kite Evaluation')?.type).toBe('Technique');
  });
  it('types an acronym of a completion time or a latency ("job completion time (JCT)") as a measure', () => {
    const x = run('T', 'We propose Kite, which cuts the job completion time (JCT) and the tail decode latency (TDL), both measured on Wren.');
    expect(find(x, 'JCT')?.type).toBe('Metric');
    expect(find(x, 'TDL')?.type).toBe('Metric');
  });
  it('reads a size letter after a name the paper uses ("KestrelScan-S" beside "KestrelScan") as a model of it, the subject of its scores', () => {
    const x = run('KestrelScan: Fast Vision Backbones', 'We propose KestrelScan, a family of backbones. For example, our KestrelScan-S with 1.3G FLOPs improves Wren by 5.6% accuracy on QuillQA.');
    expect(find(x, 'KestrelScan-S')?.type).toBe('Model');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KestrelScan-S', 5.6]]);
  });
  it('types an acronym whose long form is a task head before "in" or "of" ("Kite Recognition in Conversation (KRC)") as a task', () => {
    expect(find(run('T', 'We study kite recognition in conversation (KRC) with Lark-9.'), 'KRC')?.type).toBe('Task');
  });
  it('reads a defined long form written again ("... for Code Generation in Notebooks") as that entity, not as the shorter known term inside it', () => {
    const x = run('Kite for Code Generation in Notebooks', 'We study code generation in notebooks (CGN). Kite beats Lark-9 on CGN.');
    expect(names(x)).not.toContain('code generation');
    expect(find(x, 'CGN')?.mentions).toContain('Code Generation in Notebooks');
  });
  it('types an acronym of an olympiad ("Kite Mathematical Olympiad (KMO)") as a benchmark', () => {
    expect(find(run('T', 'Lark-9 approaches an average Kite Mathematical Olympiad (KMO) gold medallist.'), 'KMO')?.type).toBe('Benchmark');
  });
  it('types a prefix on a known data set\'s name as a new data set, whatever its count says ("Recap-WrenCorpus-1B")', () => {
    expect(find(run('T', 'Our results confirm that this enhanced dataset, Recap-WrenCorpus-1B, helps Lark-9.'), 'Recap-WrenCorpus-1B')?.type).toBe('Dataset');
  });
  it('reads a title name followed by its bracketed other name ("Kite-MM (Wren-3): ...") as the name before the bracket', () => {
    const x = run('Kite-MM (Wren-3): A Family of Open Multimodal Models', 'This report introduces Kite-MM, a framework for building models.');
    expect(names(x)).toContain('Kite-MM');
    expect(names(x)).not.toContain('Kite-MM (Wren-3)');
  });
  it('reads "an FKD score" as the known measure FKD, and "the QuillQA score" as no new measure', () => {
    const x = run('T', 'Kite reaches an FKD score of 1.8 and a higher QuillQA score than Lark-9.');
    expect(x.entities.filter((e) => e.type === 'Metric').map((e) => [e.name, e.mentions])).toEqual([['Fréchet Kite Distance', ['FKD']]]);
  });
  it('reads a process noun in -ing right after an article as part of the term ("a merging set identification algorithm"), not a judging participle ("the resulting algorithm")', () => {
    const x = run('T', 'We develop a merging set identification algorithm. The resulting algorithm is fast.');
    expect(find(x, 'merging set identification algorithm')?.name).toBe('merging set identification');
    expect(names(x).filter((n) => /resulting/.test(n))).toEqual([]);
  });
  it('reads fusion, decomposition, filtering, augmentation, projectors and routers as heads of methods', () => {
    const x = run('T', 'We apply multi-scale feature fusion, tensor decomposition and heuristic quality filtering to Wren, with a learned top-k router.');
    const y = run('T', 'We train Wren with synthetic data augmentation and a lightweight visual projector.');
    for (const term of ['multi-scale feature fusion', 'tensor decomposition', 'heuristic quality filtering', 'top-k router']) expect(find(x, term), term).toMatchObject({ type: 'Technique' });
    for (const term of ['synthetic data augmentation', 'visual projector']) expect(find(y, term), term).toMatchObject({ type: 'Technique' });
  });
  it('reads a task word in a phrase the method uses as a process it runs, not a task ("fine-tune X with multi-step reasoning")', () => {
    expect(find(run('T', 'We fine-tune Wren with multi-step reasoning.'), 'multi-step reasoning')).toBeUndefined();
    expect(find(run('T', 'Wren relies on dense passage retrieval.'), 'dense passage retrieval')?.type).toBe('Task');
  });
  it('reads bonuses, clipping, gates, curricula, matching, projections, resamplers, upsampling, compaction and prioritization as heads of methods', () => {
    const x = run('T', 'Wren adds a learned exploration bonus, gradient norm clipping and a sigmoid gate, trained with a difficulty-aware curriculum.');
    for (const term of ['exploration bonus', 'gradient norm clipping', 'sigmoid gate', 'difficulty-aware curriculum']) expect(find(x, term), term).toMatchObject({ type: 'Technique' });
    const y = run('T', 'We train Wren with adversarial feature matching and a linear projection; it uses a perceiver resampler and bilinear upsampling.');
    for (const term of ['adversarial feature matching', 'linear projection', 'perceiver resampler', 'bilinear upsampling']) expect(find(y, term), term).toMatchObject({ type: 'Technique' });
    const z = run('T', 'Wren applies periodic memory compaction, importance resampling and replay prioritization, with a flow rectification step.');
    for (const term of ['periodic memory compaction', 'importance resampling', 'replay prioritization', 'flow rectification']) expect(find(z, term), term).toMatchObject({ type: 'Technique' });
  });
  it('reads dialogue, inpainting, personalization, storytelling, relighting, spotting and dubbing as heads of tasks ("open-domain dialogue", "video inpainting")', () => {
    const x = run('T', 'Wren is evaluated on open-domain dialogue, video inpainting and user-level personalization.');
    for (const term of ['open-domain dialogue', 'video inpainting', 'user-level personalization']) expect(find(x, term), term).toMatchObject({ type: 'Task' });
    const y = run('T', 'Wren is evaluated on visual storytelling, portrait relighting, keyword spotting and cross-lingual video dubbing.');
    for (const term of ['visual storytelling', 'portrait relighting', 'keyword spotting', 'cross-lingual video dubbing']) expect(find(y, term), term).toMatchObject({ type: 'Task' });
  });
  it('names a kind of a known architecture without the noun "architecture" ("a causal Transformer architecture")', () => {
    setLexicon([...TEST_LEXICON, entry('Transformer', 'Technique', ['Transformer architecture'])]);
    try {
      expect(find(run('T', 'We build a causal Transformer architecture for Wren.'), 'causal Transformer architecture')?.name).toBe('causal Transformer');
    } finally {
      setLexicon(TEST_LEXICON);
    }
  });
  it('keeps a named language model, a gerund before a kind noun and a model named for its data ("Kite Language Model", "a model merging approach, KiteMerge,", "Kite-QuillQA")', () => {
    expect(find(run('T', 'We introduce Kite Language Model, a 7B model trained on Wren.'), 'Kite Language Model')).toMatchObject({ type: 'Model', role: 'introduces' });
    expect(find(run('T', 'We develop a model merging approach, KiteMerge, that averages weights.'), 'KiteMerge')?.role).toBe('introduces');
    expect(find(run('T', 'The judge model Kite-QuillQA outperforms Lark-9.'), 'Kite-QuillQA')?.type).not.toBe('Benchmark');
  });
  it('reads a bracketed name after a lower-case noun as a list item, not an abbreviation ("a dataset (QuillSet), a model (KiteLM)")', () => {
    expect(find(run('T', 'We use a dataset (QuillSet), a model (KiteLM), and a metric (WrenScore).'), 'QuillSet')?.type).not.toBe('Model');
  });
  it('keeps every item of an "on A, B" list measured on when no opening phrase precedes it ("Experiments on QuoRef, HotPot show ...")', () => {
    expect(find(run('T', 'Experiments on QuoRef, HotPot show consistent improvements for Kite.'), 'HotPot')?.type).toBe('Benchmark');
  });
  it('types "X: A Family of Benchmarks for Evaluating Language Models" as a benchmark, not a model family', () => {
    expect(find(run('KiteHELM: A Family of Benchmarks for Evaluating Language Models', 'We release KiteHELM.'), 'KiteHELM')?.type).toBe('Benchmark');
  });
  it('does not introduce a plural title phrase the abstract writes only in lower case ("Loss Spikes:" / "the loss spike phenomenon")', () => {
    expect(find(run('Loss Spikes: Why Training Diverges', 'We study the loss spike phenomenon in Lark-9.'), 'Loss Spikes')).toBeUndefined();
  });
  it('does not take a preposition or a gerund before a line and its tier for part of the release ("Unlike Scribe Mini")', () => {
    const x = run('T', 'Unlike Scribe Mini, our model is large. Using Scribe Small, we test.');
    expect(names(x).filter((n) => /^(?:Unlike|Using) /.test(n))).toEqual([]);
  });
  it('keeps percentile and dimension words in a measure ("p99.9 latency", "3D IoU") and reads capital cut-off measures by the lexicon ("NDCG@20")', () => {
    withLexicon([...TEST_LEXICON, entry('IoU', 'Metric'), entry('latency', 'Metric'), entry('nDCG@k', 'Metric')], () => {
      const x = run('T', 'Kite lowers the p99.9 latency, raises 3D IoU by 2 points and reaches 0.61 NDCG@20 on QuillQA.');
      expect(names(x)).toEqual(expect.arrayContaining(['p99.9 latency', '3D IoU', 'nDCG@k']));
    });
  });
  it('reads "sub-2B models", "no retrieval" and "a record-high score" as no names or terms', () => {
    const x = run('T', 'Kite surpasses all sub-2B public models, beats the no retrieval baseline and reaches a record-high score on QuillQA.');
    expect(names(x).filter((n) => /sub-2B|no retrieval|record-high/.test(n))).toEqual([]);
  });
  it('reads a quoted name right after the cue as the new thing, not the description after it ("introduces \\"Kite\\", an innovative inference-time approach")', () => {
    const x = run('T', 'This paper introduces "Kite", an innovative inference-time approach, to speed up Lark-9.');
    expect(find(x, 'Kite')?.role).toBe('introduces');
    expect(names(x).filter((n) => /approach/.test(n))).toEqual([]);
  });
  it('reads a name that goes on from the paper\'s own name as its own release or part ("Kite-8B-Base", "KiteMo-Cap"), not a longer number ("Kite-2.8B" of "Kite-2")', () => {
    const x = run('T', 'We release the Kite-8B model family, including Kite-8B-Base and Kite-8B-Chat. We also introduce KiteMo, a dataset, and its subset KiteMo-Cap. Kite-8B-Chat beats Lark-9.');
    for (const n of ['Kite-8B-Base', 'Kite-8B-Chat', 'KiteMo-Cap']) expect(find(x, n)?.role).toBe('introduces');
    const other = run('T', 'We propose Wisp-2, a recurrent model. Wisp-2 beats Wisp-2.8B on QuillQA.');
    expect(find(other, 'Wisp-2.8B')?.role).not.toBe('introduces');
  });
  it('reads "we develop a <described kind>, NAME," as making NAME, not the terms that describe it', () => {
    const x = run('T', 'We develop a multi-turn online proximal policy optimization (PPO) approach, Kite, that improves Lark-9.');
    expect(find(x, 'Kite')?.role).toBe('introduces');
    expect(find(x, 'PPO')?.role).not.toBe('introduces');
    const cut = run('T', 'We propose a framework, Language Kites Augmented with Memory (LKAM), which helps Lark-9.');
    expect(names(cut)).not.toContain('Language Kites Augmented');
  });
  it('keeps "accuracy" as a measure even where no number or comparison is near ("improvements in both speed and accuracy")', () => {
    const x = run('T', 'We propose Kite. Experiments show improvements in both speed and accuracy over Heron.');
    expect(find(x, 'accuracy')?.type).toBe('Metric');
  });
  it('reads a new term the title names as its means ("Kite: ... via Budget-Aware Caching") as the paper\'s own method, a known one as not', () => {
    const x = run('Kite: Faster Lark-9 Decoding via Budget-Aware Caching and Proximal Policy Optimization', 'We present Kite. Kite relies on budget-aware caching and proximal policy optimization to speed up Lark-9.');
    expect(find(x, 'budget-aware caching')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'PPO')?.role).not.toBe('introduces');
  });
  it('leaves judging words ("realistic", "off-the-shelf", "dramatic") and abbreviations ("e.g") out of a term', () => {
    const x = run('T', 'Kite supports tasks (e.g time-series captioning), realistic GUI grounding and off-the-shelf summarization, with dramatic context extension for Lark-9.');
    expect(names(x).filter((n) => /realistic|off-the-shelf|dramatic|e\.g/.test(n))).toEqual([]);
    expect(find(x, 'time-series captioning')?.type).toBe('Task');
  });
  it('reads "compared with X" as measuring X, not building on it', () => {
    const x = run('T', 'We propose Kite. Kite is compared with Wren-4 and Finch-2.');
    expect(find(x, 'Wren-4')?.role).toBe('evaluates');
    expect(find(x, 'Finch-2')?.role).toBe('evaluates');
  });
  it('types a name by its appositive\'s head even past a bracketed short form ("an autoregressive Text-to-Speech (TTS) model")', () => {
    const x = run('T', 'We introduce KiteVoice, an autoregressive Transformer-based Text-to-Speech (TTS) model that speaks.');
    expect(find(x, 'KiteVoice')?.type).toBe('Model');
    expect(names(x).filter((n) => /-based$/.test(n))).toEqual([]);
  });
  it('reads a tier after the paper\'s own model ("Kitesong Tiny") as its release, a model', () => {
    const x = run('T', 'This paper introduces Kitesong, a family of speech recognition models. We release Kitesong Tiny, which beats Lark-9.');
    expect(find(x, 'Kitesong Tiny')).toMatchObject({ type: 'Model', role: 'introduces' });
  });
  it('reads a task between "our" and a kind noun ("our TTS model") as what the paper\'s model is for, not its own term', () => {
    const x = run('T', 'We propose Kite. We release the code of our speech-to-text model.');
    expect(find(x, 'speech-to-text')).toMatchObject({ type: 'Task' });
    expect(find(x, 'speech-to-text')?.role).not.toBe('introduces');
  });
  it('reads a task before the new thing\'s noun ("we propose a simple code generation model") as the task it serves, not the paper\'s method', () => {
    const x = run('T', 'We propose a simple code generation model that beats Lark-9.');
    expect(find(x, 'code generation')).toMatchObject({ type: 'Task' });
    expect(find(x, 'code generation')?.role).not.toBe('introduces');
  });
  it('does not type a name by a kind noun that a verb separates from it ("the QuillQA dataset demonstrates Kite\'s ...")', () => {
    const x = run('T', 'This paper introduces Kite, the first work to fix bugs. Our evaluation on the popular QuillQA dataset demonstrates Kite\'s effectiveness.');
    expect(find(x, 'Kite')?.type).toBe('Technique');
  });
  it('types a name by an appositive whose describing words are joined by "and" ("a large-scale and carefully balanced dataset")', () => {
    const x = run('T', 'We construct KiteMix, a large-scale and carefully balanced safety dataset with 92K examples.');
    expect(find(x, 'KiteMix')?.type).toBe('Dataset');
  });
  it('measures the paper\'s unattributed numbers on the benchmark it builds rather than on the training set it builds', () => {
    const x = run('T', 'We construct KiteMix, a training dataset. We also introduce KiteTest, a new benchmark. Our model improves accuracy by 4.2%.');
    expect(x.results.map((r) => r.benchmark)).toContain('KiteTest');
    expect(x.results.map((r) => r.benchmark)).not.toContain('KiteMix');
  });
  it('reads an acronym the paper spells out as the lexicon\'s reading spelled that way ("Group Query Attention (GQA)" is grouped-query attention, not the GQA benchmark)', () => {
    const x = run('T', 'Most models rely on Group Query Attention (GQA). We show that GQA can be folded into Kite.');
    expect(find(x, 'GQA')).toMatchObject({ type: 'Technique', name: 'grouped-query attention' });
    expect(find(run('T', 'We evaluate Lark-9 on VQAv2 and GQA.'), 'GQA')?.type).toBe('Benchmark');
  });
  it('reads "X score below 20%" and "X score reasonably well" as the verb, not a measure named after model X', () => {
    const x = run('T', 'Without retrieval, Lark-9 and Wren-4 score below 20% on QuillQA, while Finch-2 score reasonably well.');
    expect(names(x).filter((n) => / score$/.test(n))).toEqual([]);
  });
  it('leaves "less" and "fewer" out of a measure ("with less GPU memory consumption")', () => {
    const x = run('T', 'Experimental results show that with similar or less GPU memory consumption as measured in GB, Kite surpasses Lark-9 by 10%-35% on QuillQA.');
    expect(names(x).filter((n) => /^(?:less|fewer)\b/.test(n))).toEqual([]);
  });
  it('reads benchmark-shaped names given as examples of tasks ("tasks (such as FormVQA, ChartQuizVQA)") as benchmarks', () => {
    const x = run('T', 'Kite gains 6.9% in document-oriented tasks (such as FormVQA, ChartQuizVQA and PlotVQA).');
    for (const n of ['FormVQA', 'ChartQuizVQA', 'PlotVQA']) expect(find(x, n)?.type, n).toBe('Benchmark');
  });
  it('reads describing words before a known technique and a general noun as a new method the paper makes ("a novel block-wise approximate KV cache mechanism")', () => {
    const x = run('T', 'We introduce a novel block-wise approximate QV cache mechanism for Lark-9. We also propose a highly efficient PPO strategy and a simple attention method.');
    expect(find(x, 'block-wise approximate QV cache')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'PPO')?.role).not.toBe('introduces');
    expect(names(x).filter((n) => /efficient|simple/.test(n))).toEqual([]);
  });
  it('types an acronym whose long form ends in "Examination" as a benchmark ("Objective Structured Clinical Examination (OSCE)")', () => {
    const x = run('T', 'Kite was compared with doctors in an Objective Structured Clinical Examination (OSCE) with actors.');
    expect(find(x, 'OSCE')?.type).toBe('Benchmark');
  });
  it('reads two names joined before the title\'s colon as two, typed in order by the rest ("KiteX & KiteVLM: A Benchmark and Foundation Model ...")', () => {
    const x = run('KiteX & KiteVLM: A Versatile Benchmark and Foundation Model for Chart Reasoning', 'We construct KiteX and develop KiteVLM.');
    expect(names(x)).not.toContain('KiteX & KiteVLM');
    expect(find(x, 'KiteX')).toMatchObject({ type: 'Benchmark', role: 'introduces' });
    expect(find(x, 'KiteVLM')).toMatchObject({ type: 'Model', role: 'introduces' });
  });
  it('reads a new name made from a known model\'s with "dataset" after it as a data set, without the noun ("the Zephyr-2-CoT-100k dataset")', () => {
    const x = run('T', 'We also compile the Zephyr-2-CoT-100k dataset, integrating samples.');
    expect(find(x, 'Zephyr-2-CoT-100k')).toMatchObject({ type: 'Dataset', name: 'Zephyr-2-CoT-100k' });
  });
  it('reads one general noun before a task head as no task ("knowledge transfer", "data generation", "task completion"), a modality as one ("video understanding")', () => {
    const x = run('T', 'Kite improves knowledge transfer, data generation and task completion of Lark-9, and its video understanding on QuillQA.');
    expect(names(x).filter((n) => /knowledge|data generation|task completion/i.test(n))).toEqual([]);
    expect(find(x, 'video understanding')?.type).toBe('Task');
  });
  it('types a name by a data noun set off by commas right before it ("a math dataset, Quill-MATH, covering ...", "Our dataset, Kite-IT, includes"), not by an opening phrase\'s noun ("On public benchmarks, KiteASR-LLM (8B) achieves")', () => {
    const x = run('T', 'We compile the first multilingual math dataset, Quill-MATH, covering eleven languages. Our dataset, Kite-IT, includes 2M pairs.');
    expect(find(x, 'Quill-MATH')?.type).toBe('Dataset');
    expect(find(x, 'Kite-IT')?.type).toBe('Dataset');
    const y = run('T', 'On public benchmarks, KiteASR-LLM (8B parameters) achieves an error rate of 3.05%.');
    expect(find(y, 'KiteASR-LLM')?.type).toBe('Model');
  });
  it('keeps "online", "offline", "soft", "random", "scientific", "personalized" and "semi-structured" as kinds of a term ("online imitation learning", "soft RLHF", "random masking", "personalized quill generation")', () => {
    withLexicon([...TEST_LEXICON, entry('imitation learning', 'Technique')], () => {
      const x = run('T', 'Kite trains Lark-9 with online imitation learning and offline RLHF.');
      expect(find(x, 'online imitation learning')?.type).toBe('Technique');
      expect(find(x, 'offline RLHF')?.type).toBe('Technique');
      const y = run('T', 'Kite trains Lark-9 with soft RLHF and random masking.');
      expect(find(y, 'soft RLHF')?.type).toBe('Technique');
      expect(find(y, 'random masking')?.type).toBe('Technique');
      const z = run('T', 'Kite improves personalized quill generation with semi-structured pruning of Lark-9.');
      expect(find(z, 'personalized quill generation')?.type).toBe('Task');
      expect(find(z, 'semi-structured pruning')?.type).toBe('Technique');
    });
  });
  it('reads a setting before a known method as the method run in it ("structured RLHF", "distributed instruction tuning", "text-to-image diffusion models")', () => {
    const x = run('T', 'Kite trains Lark-9 with structured RLHF and distributed instruction tuning, and studies text-to-image diffusion models.');
    expect(find(x, 'RLHF')?.mentions).toEqual(['RLHF']);
    expect(find(x, 'instruction tuning')?.mentions).toEqual(['instruction tuning']);
    expect(find(x, 'diffusion model')?.mentions).toEqual(['diffusion models']);
    expect(names(x).filter((n) => /structured|distributed|text-to-image/i.test(n))).toEqual([]);
  });
  it('reads a class of models or a backbone before a technique head as what it is applied to ("LLM quantization", "LoRA adapters"), and a modality pair\'s alignment as no method', () => {
    const x = run('T', 'Kite studies LLM quantization with LoRA adapters and improves text-image alignment of Lark-9 by 3%.');
    expect(names(x).filter((n) => /LLM quantization|LoRA adapters|text-image alignment/i.test(n))).toEqual([]);
    const y = run('T', 'Kite uses sparse quantization and vision-language alignment.');
    expect(names(y)).toEqual(expect.arrayContaining(['sparse quantization', 'vision-language alignment']));
  });
  it('types a new name made from a known method\'s by the noun after it ("the PPO-Vid benchmark" is data)', () => {
    const x = run('T', 'Kite scores well on the PPO-Vid benchmark and the PPO-Web dataset, and improves PPO-Lite.');
    expect(['PPO-Vid', 'PPO-Web', 'PPO-Lite'].map((n) => find(x, n)?.type)).toEqual(['Benchmark', 'Dataset', 'Technique']);
  });
  it('reads a known benchmark before a named score as where it is taken ("the QuillQA SUC score")', () => {
    const x = run('T', 'Kite improves the QuillQA SUC score from 0.70 to 0.74.');
    expect([find(x, 'QuillQA')?.type, find(x, 'SUC score')?.type, find(x, 'QuillQA SUC score')]).toEqual(['Benchmark', 'Metric', undefined]);
  });
  it('takes a common-word technique named as a part of a method ("a self-reflection mechanism"), not in passing', () => {
    withLexicon([...TEST_LEXICON, { name: 'self-reflection', type: 'Technique', aliases: [], ambiguous: true }], () => {
      expect(find(run('T', 'Kite adds a self-reflection mechanism to Lark-9.'), 'self-reflection')?.type).toBe('Technique');
      expect(find(run('T', 'Lark-9 shows self-reflection in long answers.'), 'self-reflection')).toBeUndefined();
    });
  });
  it('reads a word-built quality as a measure only as an item of a list of metrics ("metrics such as text quality"), not "in terms of visual quality"', () => {
    const x = run('T', 'Kite yields improvements in both training efficiency and generation quality, and in terms of visual quality, Kite reaches a new best.');
    expect(names(x).filter((n) => /quality/i.test(n))).toEqual([]);
    expect(find(run('T', 'We report metrics such as text quality and accuracy for Kite.'), 'text quality')?.type).toBe('Metric');
  });
  it('reads running a known technique as its use, not a new technique ("PPO inference")', () => {
    const x = run('T', 'Kite speeds up PPO inference and RLHF inference on Lark-9.');
    expect(names(x).filter((n) => / inference$/i.test(n))).toEqual([]);
    expect(find(x, 'PPO')?.type).toBe('Technique');
  });
  it('reads "sets new benchmarks" after an appositive name as its verb, not what the name is ("Our model, KiteMed, sets new benchmarks")', () => {
    const x = run('T', 'Our biomedical model, KiteMed, sets new benchmarks on several medical tasks, reaching 91.6% accuracy on QuillQA.');
    expect(find(x, 'KiteMed')?.type).toBe('Model');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteMed', 91.6]]);
  });
  it('reads the semantic, textual or temporal agreement of an output as no alignment method ("improves semantic alignment")', () => {
    const x = run('T', 'Kite improves semantic alignment, text alignment and temporal alignment of Lark-9 with feature alignment.');
    expect(names(x).filter((n) => /^(?:semantic|text|temporal) alignment$/i.test(n))).toEqual([]);
    expect(find(x, 'feature alignment')?.type).toBe('Technique');
  });
  it('reads the image, human or language-image agreement of a model as no alignment method, and what is optimized as no optimization method ("policy optimization")', () => {
    const x = run('T', 'Kite improves image alignment, human alignment and language-image alignment of Lark-9 by policy optimization, joint optimization and preference optimization.');
    expect(names(x).filter((n) => /^(?:image|human|language-image) alignment$|^(?:policy|joint) optimization$/i.test(n))).toEqual([]);
    expect(find(x, 'preference optimization')?.type).toBe('Technique');
  });
  it('reads a task\'s acronym before "benchmarks" as the task ("captioning and VQA benchmarks")', () => {
    withLexicon([...TEST_LEXICON, entry('visual question answering', 'Task', ['VQA'])], () => {
      const x = run('T', 'Kite reaches the best results of Lark-9 on captioning and VQA benchmarks.');
      expect(find(x, 'VQA')?.type).toBe('Task');
    });
  });
  it('reads one word of length, speed or setting before a task head as no task ("long reasoning", "real-time understanding"), a longer term as one ("long video understanding")', () => {
    withLexicon([...TEST_LEXICON, entry('video understanding', 'Task')], () => {
      const x = run('T', 'We evaluate Lark-9 on long reasoning, real-time understanding, automatic generation, agent reasoning and long video understanding.');
      expect(names(x).filter((n) => /^(?:long reasoning|real-time understanding|automatic generation|agent reasoning)$/i.test(n))).toEqual([]);
      expect(find(x, 'long video understanding')?.type).toBe('Task');
    });
  });
  it('reads a policy, a solution, a sample or a dataset before a task head as no task ("policy learning"), nor the range or turns of an ability ("long-range reasoning", "instruction understanding")', () => {
    const x = run('T', 'We evaluate Lark-9 on policy learning, solution generation, long-range reasoning, multi-turn reasoning, instruction understanding and instruction following.');
    expect(names(x).filter((n) => /^(?:policy learning|solution generation|long-range reasoning|multi-turn reasoning|instruction understanding)$/i.test(n))).toEqual([]);
    expect(find(x, 'instruction following')?.type).toBe('Task');
  });
  it('reads masks a model outputs or is given as data, not a technique ("segmentation mask", "instance masks"); a mask or masking method stays ("sparse chunk mask")', () => {
    const x = run('T', 'We propose KiteNet. It predicts a segmentation mask and instance masks, and applies a sparse chunk mask and span masking to long inputs.');
    expect(names(x).filter((n) => /segmentation mask|instance masks/i.test(n))).toEqual([]);
    expect(names(x)).toEqual(expect.arrayContaining(['sparse chunk mask', 'span masking']));
  });
  it('reads one word before a synthesis that is no modality as what is made, not a method ("knowledge synthesis"); "image synthesis" stays a task', () => {
    const x = run('T', 'Kite improves knowledge synthesis and text synthesis of Lark-9, and image synthesis.');
    expect(names(x).filter((n) => /^(?:knowledge|text) synthesis$/i.test(n))).toEqual([]);
    expect(find(x, 'image synthesis')?.type).toBe('Task');
  });
  it('reads representation learning, language or text understanding and an adjective-led interpretation as no task ("a Bayesian interpretation"); "ECG interpretation" and "video understanding" stay', () => {
    const x = run('T', 'We evaluate Lark-9 on representation learning, language understanding, text comprehension, sequence learning, semantic interpretation, ECG interpretation and video understanding, and give a Bayesian interpretation of Kite.');
    expect(names(x).filter((n) => /^(?:representation learning|language understanding|text comprehension|sequence learning|semantic interpretation|Bayesian interpretation)$/i.test(n))).toEqual([]);
    expect(names(x)).toEqual(expect.arrayContaining(['ECG interpretation', 'video understanding']));
    // A noun with an adjective's ending says what is read.
    expect(find(run('T', 'We evaluate Lark-9 on music interpretation.'), 'music interpretation')?.type).toBe('Task');
  });
  it('reads a known technique as a listed task only where it is the whole item ("tasks such as OCR and code generation"), not in "tasks like PPO fine-tuning for Lark-9 and diffusion models"', () => {
    expect(find(run('T', 'We test Kite on tasks such as OCR and code generation.'), 'OCR')?.type).toBe('Task');
    const x = run('T', 'We test Kite on tasks like PPO fine-tuning for Lark-9 and diffusion models.');
    expect(x.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual([]);
    expect(find(x, 'diffusion model')?.type).toBe('Technique');
  });
  it('reads a learning rate as a training setting, not a measure', () => {
    const x = run('T', 'Kite turns the update rule into a structured learning rate, cutting memory by 40% against Lark-9.');
    expect(names(x).filter((n) => /learning rate/.test(n))).toEqual([]);
  });
  it('reads attention scores as what a model computes inside, not a measure ("leads to a high attention score")', () => {
    const x = run('T', 'A low norm of a key usually leads to a high attention score during decoding. Kite cuts the latency of Lark-9 by 2x.');
    expect(names(x).filter((n) => /attention score/.test(n))).toEqual([]);
  });
  it('keeps a release word on a known method\'s name a variant of the method ("PPO-mini")', () => {
    expect(find(run('PPO-mini: Use Fewer Learning Rates', 'PPO-mini reduces memory by 45% against Lark-9.'), 'PPO-mini')?.type).toBe('Technique');
  });
  it('names nothing by a plain capitalised word whose name goes on in lower case ("called the Time series Pile")', () => {
    const x = run('T', 'We compile a large collection of public time series, called the Time series Pile, and train Kite on it.');
    expect(names(x)).not.toContain('Time');
  });
  it('reads "X, a family of vision encoders" and a sized "our X-3B encoder" as models, whatever component noun names them', () => {
    const x = run('T', 'We present Kite, a family of generalist vision encoders. Notably, our Kite-3B encoder achieves 89.5% accuracy on QuillQA.');
    expect(find(x, 'Kite')?.type).toBe('Model');
    expect(find(x, 'Kite-3B')?.type).toBe('Model');
  });
  it('keeps a unit out of a measure ("3.5 dB PSNR") and a mixture size in a model name ("Zephyr-2 8x7B")', () => {
    const x = run('T', 'Kite beats Lark-9 by 3.5 dB PSNR on QuillQA, and Zephyr-2 8x7B trails both.');
    expect(names(x).filter((n) => /dB/.test(n))).toEqual([]);
    expect(find(x, 'Zephyr-2 8x7B')?.type).toBe('Model');
  });
  it('reads a coined hyphened name before the title\'s colon ("Kip-Splatting: ...") as the paper\'s own, even when the abstract does not repeat it', () => {
    expect(find(run('Kip-Splatting: Alias-free Rendering', 'We remove aliasing from Lark-9.'), 'Kip-Splatting')?.role).toBe('introduces');
  });
  it('reads a title name closed by an -ing head noun ("Judge Decoding:", "Late Chunking:") as the paper\'s own, not as a verb phrase', () => {
    expect(find(run('Judge Decoding: Faster Drafts', 'We propose Judge Decoding to speed up Lark-9.'), 'Judge Decoding')?.role).toBe('introduces');
    expect(find(run('Late Chunking: Contextual Chunk Embeddings', 'With late chunking we embed documents with Lark-9.'), 'Late Chunking')?.role).toBe('introduces');
    // A topic or a slogan is no name: the abstract must use it again, and it may not open with a judging word.
    const slogan = run('Keep Learning: Lifelong Agents in the Wild', 'We study agents built on Lark-9.');
    expect([find(slogan, 'Keep Learning'), find(slogan, 'Lark-9')?.type]).toEqual([undefined, 'Model']);
    const topic = run('Efficient Reasoning: A Survey', 'We survey efficient reasoning for Lark-9.');
    expect([find(topic, 'Efficient Reasoning')?.role, find(topic, 'Lark-9')?.type]).toEqual([undefined, 'Model']);
    expect(find(run('Reasoning with Sampling: Lark-9 Thinks', 'We sample from Lark-9.'), 'Reasoning with Sampling')).toBeUndefined();
  });
  it('types an unknown name claimed to do better by what can: a method ("TetraFold improves ..."), a letter-sized model line ("KiteVit-L outperforms ..."), none where a sized release stands for it', () => {
    const x = run('T', 'We realize this idea in TetraFold. Results show that TetraFold improves time-to-first-token by 40%. KiteVit-L outperforms Lark-9 on QuillQA.');
    expect(find(x, 'TetraFold')?.type).toBe('Technique');
    expect(find(x, 'KiteVit-L')?.type).toBe('Model');
    const y = run('T', 'Our final model, TetraLong-8B, is trained on 40B tokens. TetraLong outperforms Lark-9 on QuillQA.');
    expect(find(y, 'TetraLong')).toBeUndefined();
    expect(find(y, 'TetraLong-8B')?.type).toBe('Model');
  });
  it('keeps a coined name\'s short form defined inside a term as a mention of that term ("Tree-of-Bricks (ToB) prompting ... ToB outperforms")', () => {
    const x = run('T', 'We propose Tree-of-Bricks (ToB) prompting. ToB guides reasoning, and ToB outperforms Lark-9 on QuillQA.');
    expect(find(x, 'Tree-of-Bricks prompting')?.mentions).toContain('ToB');
    expect(find(x, 'Tree-of-Bricks prompting')?.role).toBe('introduces');
  });
  it('reads generating in order ("auto-regressive generation") as a technique and what is generated ("video generation") as a task', () => {
    const x = run('T', 'Auto-regressive generation is slow, so Lark-9 drafts tokens in parallel for video generation.');
    expect(find(x, 'Auto-regressive generation')?.type).toBe('Technique');
    expect(find(x, 'video generation')?.type).toBe('Task');
  });
  it('reads what the paper adds "by introducing" as its own ("by introducing two variants, namely KiteAgent-Zero and KiteAgent-CoT")', () => {
    const x = run('T', 'We present KiteAgent, a framework. We further study warm-up policies by introducing two variants, namely KiteAgent-Zero and KiteAgent-CoT, which help.');
    expect(find(x, 'KiteAgent-Zero')?.role).toBe('introduces');
    expect(find(x, 'KiteAgent-CoT')?.role).toBe('introduces');
  });
  it('types names written as alternatives ("Lark-9 / RiverDet") like a list, each by its known sibling', () => {
    const x = run('T', 'Our detector beats Lark-9 / RiverDet by 2.1 mAP on QuillQA.');
    expect(find(x, 'RiverDet')?.type).toBe('Model');
  });
  it('reads the names a counted kind lists after the cue as the paper\'s own, typed by that kind ("three sequence models, Moneta, Yarrow, and Memora")', () => {
    const x = run('T', 'We present three novel sequence models, Moneta, Yarrow, and Memora, that go beyond the power of Lark-9.');
    expect(['Moneta', 'Yarrow', 'Memora'].map((n) => [find(x, n)?.type, find(x, n)?.role])).toEqual([['Model', 'introduces'], ['Model', 'introduces'], ['Model', 'introduces']]);
  });
  it('reads what is reconstructed or animated as a task ("3D scene reconstruction", "portrait image animation")', () => {
    const x = run('T', 'Lark-9 improves 3D scene reconstruction and portrait image animation on QuillQA.');
    expect(find(x, '3D scene reconstruction')?.type).toBe('Task');
    expect(find(x, 'portrait image animation')?.type).toBe('Task');
  });
  it('types a name by the noun of its appositive, not by what a participle after it goes on about ("X, a new benchmark featuring complex tasks"; "an LLM training framework")', () => {
    expect(find(run('T', 'We introduce Kite-Eval-E, a new benchmark featuring complex mobile tasks.'), 'Kite-Eval-E')?.type).toBe('Benchmark');
    expect(find(run('T', 'We introduce KiteScale, an efficient LLM training framework for long sequences.'), 'KiteScale')?.type).toBe('Technique');
  });
  it('types an acronym\'s long form by the kind noun right before it ("a dataset River-In-The-Sea (RitS)")', () => {
    const x = run('T', 'We construct a dataset River-In-The-Sea (RitS), which contains 18,643 screen-action pairs.');
    expect(find(x, 'River-In-The-Sea')?.type).toBe('Dataset');
  });
  it('reads a name with a source file\'s extension as software, a technique, not the known name inside it ("kitenet.cpp")', () => {
    const x = run('T', 'We introduce kitenet.cpp, a software stack for KiteNet. kitenet.cpp achieves 2x speedups.');
    expect(find(x, 'kitenet.cpp')?.type).toBe('Technique');
    expect(find(x, 'kitenet.cpp')?.role).toBe('introduces');
  });
  it('types a title name by what the title says it is, not by the means after "via" ("Kite Learning: ... via Simulated Chatbot Arena"); "with a Dataset" still says it', () => {
    expect(find(run('Kite Learning: Data Flywheels for LLMs via Simulated Chatbot Arena', 'We introduce Kite Learning, an offline strategy.'), 'Kite Learning')?.type).toBe('Technique');
    expect(find(run('KiteCoder: Scaling Code Reasoning with a Large-Scale Verified Dataset', 'We build KiteCoder from 418K problems.'), 'KiteCoder')?.type).toBe('Dataset');
  });
  it('reads the coined word of a title name written alone as that name ("KiTE Attention: ..." then "KiTE improves ...")', () => {
    const x = run('KiTE Attention: Position Encoding via Householder Products', 'This paper describes KiTE, a data-dependent position encoding. KiTE improves upon Lark-9.');
    expect(find(x, 'KiTE Attention')?.mentions).toContain('KiTE');
    expect(find(x, 'KiTE')?.name).toBe('KiTE Attention');
  });
  it('does not read a known term that says how a study is run as the paper\'s own ("we design a novel RLHF study")', () => {
    const x = run('T', 'To understand the challenges, we design a novel RLHF study and find that Lark-9 fails.');
    expect(find(x, 'RLHF')?.role).toBe('uses');
  });
  it('takes no match-up before a title\'s colon for a name ("Lark-9 vs Zephyr-2: ...") and no Title-Case phrase for a release ("... Finetunes Small Subnetworks ...")', () => {
    const x = run('Lark-9 vs Zephyr-2: Which One is Safer?', 'We compare Lark-9 and Zephyr-2 on safety.');
    expect(names(x).filter((n) => /Lark-9|Zephyr-2/.test(n)).sort()).toEqual(['Lark-9', 'Zephyr-2']);
    expect(find(x, 'Lark-9')?.role).toBe('evaluates');
    const y = run('Reinforcement Learning Finetunes Small Subnetworks in Large Models', 'RL updates few parameters of Lark-9.');
    expect(names(y).filter((n) => /Small|Lark/.test(n))).toEqual(['Lark-9']);
    // "v.s." is written for "vs." too.
    const z = run('INT v.s. FP: A Study of Low-bit Quill Formats', 'We compare integer and floating-point quill formats.');
    expect(names(z).filter((n) => /v\.s\./.test(n))).toEqual([]);
  });
  it('takes a level of abstraction for no kind of term ("high-level planning", "low-level control"), but keeps the term it modifies where one is named', () => {
    const x = run('T', 'Lark-9 handles high-level planning and low-level visual question answering, and an LLM-based reranking beats cross-domain summarization.');
    expect(names(x).filter((n) => /level|based|domain/.test(n))).toEqual([]);
    expect(find(x, 'visual question answering')?.type).toBe('Task');
  });
  it('keeps this session\'s cues to their own contexts (review cases): a name that is the object of an action, "by introducing" said of prior work, a file in a path, a kind noun not made by the paper, "through a Dataset" in a title', () => {
    const data = run('T', 'Adding MathPile improves reasoning accuracy on QuillQA for Lark-9.');
    expect([find(data, 'MathPile')?.type, find(data, 'QuillQA')?.type]).toEqual([undefined, 'Benchmark']);
    const prior = run('T', 'Prior work improved robustness by introducing NoiseMix, while we study plain augmentation of Lark-9.');
    expect([find(prior, 'NoiseMix')?.role, find(prior, 'Lark-9')?.type]).toEqual([undefined, 'Model']);
    expect(names(run('T', 'Lark-9 runs with the kernel in src/attn.cpp and reaches 2x speed.')).filter((n) => /attn|Lark/.test(n))).toEqual(['Lark-9']);
    expect(find(run('T', 'On the dataset Hierarchical Label Refinement (HLR) improves F1 of Lark-9 by 3 points.'), 'Hierarchical Label Refinement')?.type).toBe('Technique');
    expect(find(run('PuzzleSet: Probing LLM Reasoning Through a Dataset of Logic Puzzles', 'We test Lark-9 on PuzzleSet.'), 'PuzzleSet')?.type).toBe('Dataset');
  });
  it('reads a size-lettered name that scores as a model even after an opening phrase ("When transferring to QuillQA, KiteDet-L achieves 0.6 AP")', () => {
    const x = run('T', 'When transferring to QuillQA, KiteDet-L achieves 0.6 AP gains over Lark-9.');
    expect(find(x, 'KiteDet-L')?.type).toBe('Model');
    expect(find(x, 'QuillQA')?.type).toBe('Benchmark');
  });
  it('reads "X filter" as a technique ("a 2D dilation filter")', () => {
    expect(find(run('T', 'Lark-9 relies on a 2D dilation filter.'), '2D dilation filter')?.type).toBe('Technique');
  });
  it('reads synthesis of a modality closing a hyphened compound as a task ("long-video synthesis"), and judging words as no kind of reasoning', () => {
    const x = run('T', 'Lark-9 supports long-video synthesis and foundational reasoning with high-performing reasoning.');
    expect(find(x, 'long-video synthesis')?.type).toBe('Task');
    expect(names(x).filter((n) => /foundational|high-performing/.test(n))).toEqual([]);
  });
  it('never reads a method the lexicon knows as the paper\'s own because the title names it as the means ("... with Tiered Ranking Networks")', () => {
    const x = run('Kite: Position Encoding with Tiered Ranking Networks', 'We propose Kite. Unlike Tiered Ranking Networks, Kite extrapolates.');
    expect(find(x, 'Tiered Ranking Networks')?.role).not.toBe('introduces');
  });
  it('reads capitalised words a lower-case method noun closes as that method, named without the noun ("the Heron Replay strategy", "a Mixture-of-Kites technique")', () => {
    const x = run('T', 'Lark-9 adopts the Heron Replay strategy and a Mixture-of-Kites technique. We propose a Gated Quill Fusion module for decoding.');
    expect(find(x, 'Heron Replay')?.type).toBe('Technique');
    expect(find(x, 'Mixture-of-Kites')?.type).toBe('Technique');
    // The paper's own method is named without the noun too.
    expect(find(x, 'Gated Quill Fusion')).toMatchObject({ name: 'Gated Quill Fusion', type: 'Technique', role: 'introduces' });
  });
  it('reads no method from a run that describes the noun or a class of models ("a Kite Transformer-based framework", "a Rao-Blackwellized objective", "a Large Language Model framework")', () => {
    const x = run('T', 'Lark-9 uses a Kite Transformer-based framework, a simplified, Rao-Blackwellized objective, a Large Language Model framework and the Heron Replay strategy.');
    expect(names(x).filter((n) => /Transformer-based|Blackwellized|Large Language Model/.test(n))).toEqual([]);
    expect(find(x, 'Heron Replay')?.type).toBe('Technique');
  });
  it('reads a numbered item that opens with a Title-Case name and describes it as a part the paper makes ("(1) Residual Kite Coding, where ..."); a heading closed by a colon is none', () => {
    const x = run('T', 'KiteGen has two designs: (1) Residual Kite Coding, where the encoder learns residuals; and (2) Sparse-routed Quill Experts, which enable dynamic compute. Our findings: (1) Improved Model Scalability: larger is better.');
    expect(find(x, 'Residual Kite Coding')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'Sparse-routed Quill Experts')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'Improved Model Scalability')).toBeUndefined();
  });
  it('reads a capitalised name right after the cue as the new thing, even of several words, with "of" inside, or after "a novel" ("we introduce Quill Rejection, a ... algorithm"; "the Curse of Kites")', () => {
    const x = run('T', 'We introduce Quill Rejection, a computationally-viable inference-time alignment algorithm. We propose Chain of Kites for table understanding. We present a novel Shifted Thought Window to curb overthinking.');
    expect(find(x, 'Quill Rejection')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'Chain of Kites')?.role).toBe('introduces');
    expect(find(x, 'Shifted Thought Window')?.role).toBe('introduces');
    expect(find(x, 'computationally-viable inference-time alignment')?.role).not.toBe('introduces');
  });
  it('reads Title-Case examples of benchmarks or data sets as such, until an item is no name ("benchmarks such as QuillQA and Last Kite Concatenation"); one plain word is none', () => {
    const x = run('T', 'We test on benchmarks such as QuillQA and Last Kite Concatenation, and on ranking benchmarks (Gull Pairs Eval, Wren Judgment Set). We mix datasets (Arxiv, Book Shelf Corpus).');
    expect(find(x, 'Last Kite Concatenation')?.type).toBe('Benchmark');
    expect(find(x, 'Gull Pairs Eval')?.type).toBe('Benchmark');
    expect(find(x, 'Book Shelf Corpus')?.type).toBe('Dataset');
    expect(find(x, 'Arxiv')).toBeUndefined();
  });
  it('takes "record" before a measure for a judgement of its value, not a kind of measure ("sets a record accuracy"), and keeps it as a noun elsewhere ("a record retrieval module")', () => {
    const x = run('T', 'Lark-9 sets a record accuracy on QuillQA, and the record throughput of 90 tokens/s. We design a record retrieval module.');
    expect(find(x, 'accuracy')?.mentions).toEqual(['accuracy']);
    expect(find(x, 'throughput')?.mentions).toEqual(['throughput']);
    expect(find(x, 'record retrieval')?.role).toBe('introduces');
  });
  it('keeps a known name opening a numbered item as used, not made ("(1) Lark-9, which ...")', () => {
    const x = run('T', 'Our system has two components: (1) Lark-9, which encodes the text, and (2) Heron Quill Decoding, which drafts tokens.');
    expect(find(x, 'Lark-9')?.role).not.toBe('introduces');
    expect(find(x, 'Heron Quill Decoding')?.role).toBe('introduces');
  });
  it('reads no part of the paper from a numbered list of challenges, findings or baselines ("two challenges: (1) Limited Context, which ...")', () => {
    const x = run('T', 'Existing methods face two challenges: (1) Limited Kite Context, which hurts recall, and (2) Slow Quill Decoding, which slows serving. We compare three baselines: (i) Random Heron Search, which samples. Our method has two components: (1) Gated Quill Fusion, which merges streams.');
    expect(names(x).filter((n) => /Limited Kite|Slow Quill|Random Heron/.test(n))).toEqual([]);
    expect(find(x, 'Gated Quill Fusion')?.role).toBe('introduces');
  });
  it('reads no method from a run that describes its noun or numbers a step ("a Multi-Stage approach", "a Text-to-SQL pipeline", "the Stage II module")', () => {
    const x = run('T', 'Lark-9 relies on a Multi-Stage approach, a Text-to-SQL pipeline and a Vision-Language framework. In the Stage II module we fuse, and the Heron Replay strategy helps.');
    expect(names(x).filter((n) => /Multi-Stage|Text-to-SQL|Vision-Language|Stage II/.test(n))).toEqual([]);
    expect(find(x, 'Heron Replay')?.type).toBe('Technique');
  });
  it('reads no data set from a table reference, a split or a domain in a list of benchmarks ("benchmarks (Table 2)", "test sets (In Domain and Out of Domain)")', () => {
    const x = run('T', 'We report accuracy on the benchmarks (Table 2), on test sets (In Domain and Out of Domain) and on benchmarks such as Last Kite Concatenation.');
    expect(names(x).filter((n) => /Table|Domain/.test(n))).toEqual([]);
    expect(find(x, 'Last Kite Concatenation')?.type).toBe('Benchmark');
  });
  it('reads capitalised words a title names as its means, closed by a mechanism or process noun and used again in the abstract, as the paper\'s own method ("Kite: Language Modeling with Explicit Quill Memory")', () => {
    const x = run('Kite: Language Modeling with Explicit Quill Memory', 'We present Kite, which stores facts in an explicit quill memory. Kite improves perplexity.');
    expect(find(x, 'Explicit Quill Memory')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'Explicit Quill Memory')?.mentions).toContain('explicit quill memory');
    const y = run('Kite: Faster Decoding via Heron Draft Trees', 'We present Kite, which grows a heron draft tree per step.');
    expect(find(y, 'Heron Draft Trees')?.role).toBe('introduces');
  });
  it('reads a title\'s means without a colon too ("Accurate Kite Quantization with Outlier Token Tracing")', () => {
    const x = run('Accurate Kite Quantization with Outlier Token Tracing', 'We propose outlier token tracing, which keeps rare tokens in full precision on Lark-9.');
    expect(find(x, 'Outlier Token Tracing')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('reads no method from a title\'s means that the abstract never uses again, that names no mechanism, that starts a longer term, or that follows a verb ("Kite: ... with Quill Data", "X Struggle with Long Kite Learning")', () => {
    const x = run('Kite: Scaling Retrieval with Curated Quill Data', 'We present Kite, trained on curated quill data.');
    expect(find(x, 'Curated Quill Data')).toBeUndefined();
    expect(find(x, 'Kite')?.role).toBe('introduces');
    const y = run('Kite: Tracking with Motion-Aware Memory', 'We propose motion-aware memory selection for the tracker.');
    expect(find(y, 'Motion-Aware Memory')).toBeUndefined();
    expect(find(y, 'motion-aware memory selection')?.role).toBe('introduces');
    const z = run('Long-context LLMs Struggle with Long Kite Learning', 'We test long kite learning with Lark-9.');
    expect(find(z, 'Long Kite Learning')?.role).not.toBe('introduces');
    expect(find(z, 'Lark-9')?.type).toBe('Model');
  });
  it('types an unknown name by a component noun beside it ("QuillNet, a component that ...", "HeronAdapter, a lightweight adapter"), and makes no name of the noun alone', () => {
    const x = run('T', 'Central to Kite is QuillNet, a component that injects features. We attach HeronAdapter, a lightweight adapter, to each layer. The planner is a key component of agents.');
    expect(find(x, 'QuillNet')?.type).toBe('Technique');
    expect(find(x, 'HeronAdapter')?.type).toBe('Technique');
    expect(names(x).filter((n) => /component|planner/i.test(n))).toEqual([]);
  });
  it('reads "precision" of number formats as no measure ("FP8 precision", "different precisions", "precision levels"), and keeps the measure ("precision, recall and F1")', () => {
    const x = run('T', 'We train Lark-9 in FP8 precision at different precisions and precision levels.');
    expect(find(x, 'precision')).toBeUndefined();
    const y = run('T', 'Lark-9 is trained in FP8 precision. We report precision, recall and F1 on QuillQA.');
    expect(find(y, 'precision')?.type).toBe('Metric');
  });
  it('reads no method from a title\'s means that names who does the work, what it draws on or a property ("with Human Feedback", "through Expert Annotation", "with Constant Memory"), and reads a title-case cue ("With")', () => {
    const x = run('Kite: Aligning Models with Human Quill Feedback', 'We propose Kite, which learns from human quill feedback.');
    expect(find(x, 'Human Quill Feedback')).toBeUndefined();
    const y = run('Kite: Streaming Models with Constant Quill Memory', 'We propose Kite, which streams in constant quill memory.');
    expect(find(y, 'Constant Quill Memory')).toBeUndefined();
    const w = run('Kite: A Quill Corpus Built through Expert Quill Annotation', 'We build Kite through expert quill annotation.');
    expect(find(w, 'Expert Quill Annotation')).toBeUndefined();
    const z = run('Kite: Language Modeling With Explicit Quill Memory', 'We propose Kite, which stores facts in an explicit quill memory.');
    expect(find(z, 'Explicit Quill Memory')?.role).toBe('introduces');
  });
  it('reads a known method that seems introduced as used where the paper introduces a name of its own ("We propose Kite ... we introduce a novel diffusion model"), and as introduced where the paper has nothing else', () => {
    const x = run('Kite: Training Sparse Diffusion Models with Quill Schedules', 'We propose Kite, a sparse training recipe. We introduce a novel diffusion model that denoises in blocks.');
    expect(find(x, 'Kite')?.role).toBe('introduces');
    expect(find(x, 'diffusion model')?.role).toBe('uses');
    const y = run('Scaling Diffusion Models', 'We introduce a novel diffusion model that denoises in blocks, and evaluate it on QuillQA.');
    expect(find(y, 'diffusion model')?.role).toBe('introduces');
  });
  it('reads "precision" of a vendor number format, of the original numbers or with its issues as no measure ("NVFP4 precision", "precision issues", "precision medicine")', () => {
    const x = run('T', 'Lark-9 runs in NVFP4 precision and keeps the original precision of outliers, which avoids precision issues in precision medicine.');
    expect(find(x, 'precision')).toBeUndefined();
    const y = run('T', 'Lark-9 runs in NVFP4 precision. Lark-9 improves precision by 4.2% on QuillQA.');
    expect(find(y, 'precision')?.type).toBe('Metric');
  });
  it('reads "recall" as the verb after a modal or "to" and before what is recalled ("struggle to recall the pairs", "cannot recall and use"), and keeps the measure ("91.2% recall")', () => {
    withLexicon([...TEST_LEXICON, entry('recall', 'Metric')], () => {
      const x = run('T', 'Recurrent models struggle to recall the critical pairs and cannot recall and use past tokens, and Lark-9 improves accuracy by 4%.');
      expect(find(x, 'recall')).toBeUndefined();
      const y = run('T', 'Recurrent models cannot recall and use past tokens. Lark-9 reaches 91.2% recall on QuillQA.');
      expect(find(y, 'recall')?.type).toBe('Metric');
    });
  });
  it('reads "recall" after a plural subject, "recalls", and recall as an ability ("recall-intensive tasks") as no measure', () => {
    withLexicon([...TEST_LEXICON, entry('recall', 'Metric')], () => {
      const x = run('T', 'LLMs partially recall facts, Lark-9 recalls tokens, and linear models fall short on recall-intensive tasks and recall tasks.');
      expect(find(x, 'recall')).toBeUndefined();
      const y = run('T', 'Lark-9 recalls tokens and reaches 91.2% recall on QuillQA.');
      expect(find(y, 'recall')?.type).toBe('Metric');
    });
  });
  it('reads "high precision" as the measure only with a measure or value beside it ("high precision and recall"), not "kept with high precision"', () => {
    const x = run('T', 'Lark-9 keeps outliers with high precision.');
    expect(find(x, 'precision')).toBeUndefined();
    const y = run('T', 'Lark-9 achieves high precision and recall on QuillQA.');
    expect(find(y, 'precision')?.type).toBe('Metric');
  });
  it('reads known terms written as plain English as no entity ("counting on larger models", "a data analysis of our logs", "the backdoor criterion"), and keeps them as terms ("fail at counting", "backdoor attacks")', () => {
    const x = run('T', 'Rather than counting on larger models, we run a detailed data analysis of our logs and apply the backdoor criterion.');
    expect(names(x).filter((n) => /counting|data analysis|backdoor/.test(n))).toEqual([]);
    const y = run('T', 'Lark-9 fails at counting and data analysis, and resists backdoor attacks.');
    expect(find(y, 'counting')?.type).toBe('Task');
    expect(find(y, 'data analysis')?.type).toBe('Task');
    expect(find(y, 'backdoor attack')?.type).toBe('Technique');
  });
  it('reads no new name into a known platform whose artifacts the paper builds ("we implement custom QUDA kernels"), and keeps "we introduce QUDA"', () => {
    const x = run('T', 'We implement custom QUDA kernels for Lark-9.');
    expect(find(x, 'QUDA')?.role).toBe('uses');
    const y = run('T', 'We introduce QUDA, a language for kernels.');
    expect(find(y, 'QUDA')?.role).toBe('introduces');
  });
  it('reads no count word ("eleven", "twenty") or graded adverb compound ("nearly-lossless") into a term', () => {
    const x = run('T', 'Lark-9 is tested on eleven in-context learning tasks and twenty in-context learning settings. It enables nearly-lossless W5A7 quantization.');
    expect(names(x).filter((n) => /eleven|twenty|nearly/.test(n))).toEqual([]);
    expect(find(x, 'in-context learning')?.type).toBe('Task');
    expect(find(x, 'W5A7 quantization')?.type).toBe('Technique');
  });
  it('reads a known model the paper fine-tunes as used ("We fine-tune Lark-9"), and a new name it trains as its own ("We fine-tuned Orca-9B-Med")', () => {
    const x = run('T', 'We fine-tune Lark-9 on clinical notes.');
    expect(find(x, 'Lark-9')?.role).not.toBe('introduces');
    const y = run('T', 'We fine-tuned Orca-9B-Med on clinical notes.');
    expect(find(y, 'Orca-9B-Med')).toMatchObject({ type: 'Model', role: 'introduces' });
  });
  it('types a new name by the general noun of its description, not by the names that noun\'s clause goes on to ("KiteMan, a framework enabling LLM agents to ..."), and the name right after "a <known term> approach" as the new one', () => {
    const x = run('T', 'We introduce KiteMan, a framework enabling LLM agents to learn rules.');
    expect(find(x, 'KiteMan')).toMatchObject({ type: 'Technique', role: 'introduces' });
    const y = run('T', 'We introduce KiteMan, a family of LLM agents for coding.');
    expect(find(y, 'KiteMan')?.type).toBe('Model');
    const z = run('T', 'We propose an RLHF approach QuillPoison, the first backdoor attack targeting LLM agents.');
    expect(find(z, 'QuillPoison')).toMatchObject({ type: 'Technique', role: 'introduces' });
  });
  it('reads a participle after a name\'s comma as what the name does, not as its description ("on QuillBench, outperforming strong models")', () => {
    const x = run('T', 'Lark-9 reaches the best average score on QuillBench, outperforming strong models such as Wren.');
    expect(find(x, 'QuillBench')?.type).toBe('Benchmark');
  });
  it('reads a participle in -ed before an appositive\'s noun as part of it ("Quill Proof Theorems (QPT), an aligned and bootstrapped dataset")', () => {
    const x = run('T', 'From these proofs, we provide Quill Proof Theorems (QPT), an NL-FL aligned and bootstrapped dataset.');
    expect(find(x, 'Quill Proof Theorems')?.type).toBe('Dataset');
  });
  it('reads a title release ("Kite-on-Quill 2.0:") as what the abstract calls it, through its short form, and as a model where it says nothing', () => {
    const x = run('Kite-on-Quill 2.0: Deep Reasoning', 'We introduce Kite-on-Quill 2.0 (KoQ-2), a hybrid retrieval framework that reads graphs.');
    expect(find(x, 'Kite-on-Quill 2.0')).toMatchObject({ type: 'Technique', role: 'introduces' });
    const y = run('Kite-on-Quill 2.0: Deep Reasoning', 'We introduce Kite-on-Quill 2.0, which reads graphs.');
    expect(find(y, 'Kite-on-Quill 2.0')?.type).toBe('Model');
  });
  it('reads class acronyms of a modality or setting ("VideoLLM", "LCLM") as no names, like "LLMs"', () => {
    const x = run('T', 'Current VideoLLM struggle with long videos, and an LCLM fails too, while Lark-9 does well.');
    expect(names(x).filter((n) => /LLM|LCLM/.test(n))).toEqual([]);
    expect(find(x, 'Lark-9')?.type).toBe('Model');
  });
  it('reads no currency code as a name ("For under $20 USD, our attack ...")', () => {
    const x = run('T', 'For under $20 USD, our attack extracts the projection matrix of Lark-9.');
    expect(find(x, 'USD')).toBeUndefined();
    expect(find(x, 'Lark-9')?.type).toBe('Model');
  });
  it('reads an intensified judging word ("ultra-fast") and a title\'s opening verb ("Understanding ...") as no part of a term', () => {
    const x = run('Understanding Quill Context Extension', 'Lark-9 does ultra-fast code generation and ultra-long context extension.');
    expect(names(x).filter((n) => /ultra-fast|Understanding/i.test(n))).toEqual([]);
    expect(names(x)).toEqual(expect.arrayContaining(['code generation', 'ultra-long context extension']));
  });
  it('reads a release tier behind a known method ("PPO-Pro", "PPO-mini") as a new method of its line, not the known one', () => {
    const x = run('T', 'We introduce PPO-Pro, a method that enhances PPO. We also propose PPO-mini.');
    expect(find(x, 'PPO-Pro')).toMatchObject({ type: 'Technique', role: 'introduces' });
    expect(find(x, 'PPO-mini')?.type).toBe('Technique');
    expect(find(x, 'PPO')?.role).not.toBe('introduces');
    // A size word sizes a model of the method, it makes no new one.
    expect(names(run('T', 'We compare PPO-Small with RLHF.'))).not.toContain('PPO-Small');
  });
  it('reads a name of two kinds ("GQA") as the kind of the known names it is listed with', () => {
    const x = run('T', 'KiteAttn beats baselines including PPO, GQA and RLHF.');
    expect(find(x, 'GQA')).toMatchObject({ name: 'grouped-query attention', type: 'Technique' });
    const y = run('T', 'We test Lark-9 on QuillQA, GQA and ILSVRC.');
    expect(find(y, 'GQA')?.type).toBe('Benchmark');
  });
  it('reads no model into a word of a capitalised class name ("the Large Language models") and no term into "Natural Language (NL)"', () => {
    const x = run('T', 'Since the Large Language models are autoregressive, we propose KiteKV. Large Language models drift. Natural Language (NL) prompts are long.');
    expect(names(x).filter((n) => /Language/.test(n))).toEqual([]);
    const y = run('T', 'We use the Helium models. The Helium models are fast.');
    expect(find(y, 'Helium')?.type).toBe('Model');
  });
  it('reads a title name closed by "Score" as a measure unless the title or abstract names another kind (benchmark, leaderboard, suite), and a reported measure as measured', () => {
    const x = run('KiteScore: Evaluating the Factuality of Long Outputs', 'We introduce KiteScore.');
    expect(find(x, 'KiteScore')).toMatchObject({ type: 'Metric', role: 'introduces' });
    const y = run('QuillScore: A Unified Evaluation Benchmark for World Generation', 'We introduce QuillScore.');
    expect(find(y, 'QuillScore')?.type).toBe('Benchmark');
    expect(find(run('ArenaScore: A Leaderboard for Chatbots', 'We present ArenaScore.'), 'ArenaScore')?.type).toBe('Benchmark');
    expect(find(run('FinScore: Evaluating Financial LLMs', 'FinScore is a suite of twelve tasks.'), 'FinScore')?.type).toBe('Benchmark');
    const z = run('T', 'We report perplexity and error rate for KiteNet.');
    expect(find(z, 'error rate')?.type).toBe('Metric');
  });
  it('joins a release word after a spaced dash to a known model ("Wren - Instruct", "Lark-9 - chat"), not an aside ("Wren - a strong model -")', () => {
    const x = run('T', 'We release Wren - Instruct and Wren - Python, and compare with Lark-9 - chat.');
    expect(names(x)).toEqual(expect.arrayContaining(['Wren - Instruct', 'Wren - Python', 'Lark-9 - chat']));
    expect(find(x, 'Wren - Instruct')?.family).toBe('Wren');
    const y = run('T', 'We use Wren - a strong model - as the judge.');
    expect(names(y)).toEqual(['Wren']);
  });
  it('keeps a state word ("pre-trained", "autonomous") out of a task: it says how a model is, not what kind of task', () => {
    const x = run('T', 'We adapt pre-trained code generation systems and study autonomous code generation with KiteAgent.');
    expect(names(x)).toContain('code generation');
    expect(names(x).filter((n) => /pre-trained|autonomous/i.test(n))).toEqual([]);
  });
  it('reads a capitalised describing suffix after a known model ("PPO-Like", "Wren-Generated") as an adjective, not a release', () => {
    const x = run('QuillSet: A Million-Scale, Wren-Generated Image Dataset', 'We compare Wren-Level editing with Lark-9-Based agents.');
    expect(names(x).filter((n) => /Generated|Level|Based/.test(n))).toEqual([]);
    expect(names(x)).toEqual(expect.arrayContaining(['Wren', 'Lark-9']));
  });
  it('types a name by its appositive where a verb-like word modifies the head noun ("a Code LLM", "a video reward model")', () => {
    expect(find(run('T', 'This led to KiteCoder, a Code LLM with only 6.7B parameters.'), 'KiteCoder')?.type).toBe('Model');
    expect(find(run('T', 'We introduce KiteRM, a multi-dimensional video reward model.'), 'KiteRM')?.type).toBe('Model');
  });
  it('reads a verb-like word and one modifier before the head noun as the appositive\'s noun phrase ("a whole slide foundation model")', () => {
    expect(find(run('T', 'We propose KiteSlide, a multimodal whole slide foundation model pretrained on scans.'), 'KiteSlide')?.type).toBe('Model');
    expect(find(run('T', 'We propose KiteKV, a small model assisted compensation method for KV cache compression.'), 'KiteKV')?.type).toBe('Technique');
    // A verb in "-s" right before two nouns is the name's verb: "Our method, X, directly aligns language model outputs".
    expect(find(run('T', 'Our method, Kite Iterated Task Optimization (KITO), directly aligns language model outputs to users.'), 'KITO')?.type).not.toBe('Model');
  });
  it('keeps a "-Bench" name a benchmark when its appositive calls it a framework', () => {
    expect(find(run('T', 'We introduce QuillBench, an automated framework designed to evaluate the chemical knowledge of LLMs.'), 'QuillBench')?.type).toBe('Benchmark');
  });
  it('types a name by the noun its naming clause hangs on ("a corpus, which we name X") and by what its family is of', () => {
    expect(find(run('T', 'We build a large corpus, which we name KitePile.'), 'KitePile')?.type).toBe('Dataset');
    // Not by a preposition's object: the clause hangs on the approach.
    expect(find(run('T', 'We propose an approach to code generation by LLMs, which we call KiteFlow.'), 'KiteFlow')?.type).toBe('Technique');
    expect(find(run('T', 'Training base models with it leads to the Kite2 family of models.'), 'Kite2')?.type).toBe('Model');
    expect(find(run('T', 'Lark-9 outperforms baselines on the QuillArena suite of simulated robot tasks.'), 'QuillArena')?.type).toBe('Benchmark');
  });
  it('types a new speech system by its ending ("Kite-TTS", "QuillCodec", "LarkVoice", "Wren-Audio") and a CamelCase "...LMs" as models', () => {
    const x = run('T', 'We introduce Kite-TTS and QuillCodec. We compare LarkVoice, Wren-Audio and our TernLMs.');
    for (const n of ['Kite-TTS', 'QuillCodec', 'LarkVoice', 'Wren-Audio', 'TernLMs']) expect(find(x, n)?.type).toBe('Model');
    // A task written in capitals is no speech model.
    expect(find(run('T', 'We study Text-to-Speech with Kite.'), 'Text-to-Speech')?.type).not.toBe('Model');
  });
  it('reads a plain capitalised word before a known benchmark ("Codec-QuillQA") as a new benchmark of its kind', () => {
    expect(find(run('T', 'We introduce Codec-QuillQA, which extends the test to codecs.'), 'Codec-QuillQA')?.type).toBe('Benchmark');
  });
  it('reads a benchmark named for an idiom as the idiom where the text finds one ("akin to finding a needle in a haystack")', () => {
    withLexicon([...TEST_LEXICON, entry('Needle in a Haystack', 'Benchmark', ['NIAH'])], () => {
      expect(names(run('T', 'Locating moments in long videos is akin to finding a needle in a haystack.'))).toEqual([]);
      expect(find(run('T', 'We test Kite on Needle in a Haystack and on the needle in a haystack test.'), 'Needle in a Haystack')?.type).toBe('Benchmark');
    });
  });
  it('types a name described as a trained component (transformer, codec, tokenizer, generator, backbone, autoencoder, vocoder, encoder, RNN, verifier) as a model', () => {
    expect(find(run('T', 'We introduce KiteTok, a discrete video tokenizer with a compact latent space.'), 'KiteTok')?.type).toBe('Model');
    expect(find(run('T', 'We present QuillGen, a multi-event video generator with temporal control.'), 'QuillGen')?.type).toBe('Model');
    expect(find(run('T', 'We present LarkDec, a decoder-only transformer for speech.'), 'LarkDec')?.type).toBe('Model');
    expect(find(run('T', 'We introduce TernViT, a state-of-the-art vision encoder for images.'), 'TernViT')?.type).toBe('Model');
    expect(find(run('T', 'We propose Tern, an RNN with gated linear recurrences.'), 'Tern')?.type).toBe('Model');
    expect(find(run('T', 'We propose TernPRM, a long CoT verifier fine-tuned on few labels.'), 'TernPRM')?.type).toBe('Model');
  });
  it('reads one word of manner before an ability ("semantic understanding", "sequential reasoning") as no task, unlike what is understood', () => {
    const x = run('T', 'Kite improves semantic understanding, sequential reasoning and generative modeling, with gains in clip understanding and chart reasoning.');
    for (const n of ['semantic understanding', 'sequential reasoning', 'generative modeling']) expect(names(x)).not.toContain(n);
    expect(names(x)).toEqual(expect.arrayContaining(['clip understanding', 'chart reasoning']));
    // A longer term keeps its manner word: "temporal action localization" is no ability.
    expect(names(run('T', 'We study temporal action localization.'))).toContain('temporal action localization');
  });
  it('reads a Title-Case task only in the title as its wording unless a preposition makes it the paper\'s task ("for Chart Parsing")', () => {
    expect(find(run('Kite: Zero-Shot Chart Parsing with Sparse Routing', 'We present Kite, a router.'), 'Zero-Shot Chart Parsing')).toBeUndefined();
    expect(find(run('Kite: Sparse Routing for Zero-Shot Chart Parsing', 'We present Kite, a router.'), 'Zero-Shot Chart Parsing')?.type).toBe('Task');
    // Said in the abstract too, it is the paper's task wherever the title puts it.
    expect(find(run('Kite: Zero-Shot Chart Parsing with Sparse Routing', 'Kite improves zero-shot chart parsing.'), 'Zero-Shot Chart Parsing')?.type).toBe('Task');
  });
  it('keeps a participle or verb ("given", "incur") out of the front of a term', () => {
    const x = run('T', 'Full caches incur quadratic inference costs, so KiteNet keeps a given attention budget.');
    expect(names(x).filter((n) => /^(?:given|incur)\b/i.test(n))).toEqual([]);
  });
  it('types a name by an appositive closed by a hyphened model noun ("a novel Video-LLM")', () => {
    expect(find(run('T', 'We introduce TernVid, a novel Video-LLM adept at perceiving moments.'), 'TernVid')?.type).toBe('Model');
    // Not a compound that only describes with it: "an LLM-based framework" is a method.
    expect(find(run('T', 'We introduce KiteFlow, an LLM-based framework for planning.'), 'KiteFlow')?.type).toBe('Technique');
  });
  it('keeps a patch size after a size letter in the name ("KiteViT-H/2") and reads an architecture with a size letter ("TernArch-XL") as a model', () => {
    withLexicon([...TEST_LEXICON, entry('KiteViT', 'Model'), entry('TernArch', 'Technique')], () => {
      const x = run('T', 'We compare KiteViT-H/2 and TernArch-XL/2 with TernArch-XL, and use and/or rules.');
      expect(find(x, 'KiteViT-H/2')?.type).toBe('Model');
      expect(find(x, 'TernArch-XL/2')?.type).toBe('Model');
      expect(find(x, 'TernArch-XL')?.type).toBe('Model');
      expect(names(x).filter((n) => /\/(?:or)?$|^or$/.test(n))).toEqual([]);
    });
  });
  it('pairs a list of values with a list of as many models across a clause between them ("... find it hard to solve X, achieving 68.0% and 49.3%")', () => {
    const x = run('T', 'Even the best models like Lark-9 and Heron find it challenging to solve QuillQA, achieving 68.0% and 49.3% in accuracy.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Lark-9', 68], ['Heron', 49.3]]);
  });
  it('reads "512×512" and "30 x 30" as sizes, not as factors, and keeps "4x" a factor', () => {
    const x = run('T', 'KiteNet generates 1024×1024 images, trains on 256 x 64GB NPUs and solves 30 x 30 mazes, and it is 4x faster than Wren.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 4]]);
  });
  it('reads inference as a task only for a hard kind of input or as reasoning ("long-context inference", "multi-hop inference"), not "parallel inference"', () => {
    const x = run('T', 'KiteNet speeds up parallel inference and test-time inference, and improves long-context inference and multi-hop inference.');
    expect(names(x)).toEqual(expect.arrayContaining(['long-context inference', 'multi-hop inference']));
    expect(names(x).filter((n) => /^(?:parallel|test-time) inference$/.test(n))).toEqual([]);
    // Also inside a method's name: "a GPU inference algorithm" is no GPU-inference task.
    const y = run('T', 'We provide an efficient GPU inference algorithm for KiteQ.');
    expect(y.entities.flatMap((e) => e.mentions).filter((m) => /^GPU inference$/.test(m))).toEqual([]);
  });
  it('keeps "point" before "cloud" in a term ("dense point cloud reconstruction"), though "point" alone is a unit', () => {
    const x = run('T', 'KiteNet is evaluated on dense point cloud reconstruction.');
    expect(names(x)).toContain('dense point cloud reconstruction');
  });
  it('keeps "multiple choice" written without its hyphen whole in a task ("multiple choice question answering")', () => {
    withLexicon([...TEST_LEXICON, entry('question answering', 'Task')], () => {
      const x = run('T', 'KiteNet is evaluated on multiple choice question answering.');
      expect(names(x)).toContain('multiple choice question answering');
      expect(names(x).filter((n) => /^choice/i.test(n))).toEqual([]);
    });
  });
  it('types a name of new shape the paper compares itself with as a baseline: a method, or a model where a version or size closes it', () => {
    const x = run('T', 'We present Osprey, a sparse decoder. Osprey outperforms DoveTail and TernLite on long inputs, and it is faster than HeronLM2.0 while INT8 stays slower than FP16.');
    expect(['DoveTail', 'TernLite', 'HeronLM2.0'].map((n) => find(x, n)?.type)).toEqual(['Technique', 'Technique', 'Model']);
    // A number format compared with is a setting, not a baseline.
    expect(names(x).filter((n) => /^(?:INT8|FP16)$/.test(n))).toEqual([]);
  });
  it('keeps a mixture\'s total and active parameters in the release\'s name ("Zephyr-2 30B-A3B"), not as a model of their own', () => {
    withLexicon([...TEST_LEXICON, entry('Lark Nano', 'Model')], () => {
      const x = run('T', 'In experiments with the Lark Nano 30B-A3B model architecture, we find gains.');
      expect(names(x)).toEqual(['Lark Nano 30B-A3B']);
    });
  });
  it('reads a known lower-case term written capitalised inside a longer capitalised name as a word of that name ("Dynamic Channel-wise Accuracy Boost")', () => {
    const x = run('T', 'Extensive experiments show that Dynamic Channel-wise Accuracy Boost, which ranks channels by sensitivity, maintains near-zero loss in accuracy.');
    expect(names(x).filter((n) => /accuracy/i.test(n))).toEqual(['accuracy']);
    expect(find(x, 'accuracy')?.mentions).toEqual(['accuracy']);
  });
  it('does not list a name after the comma that closes an opening phrase with the phrase\'s object ("On ILSVRC, KiteAE-f64 delivers ...")', () => {
    const x = run('T', 'We present a new autoencoder. On ILSVRC, KiteAE-f64 delivers better quality than before.');
    expect(find(x, 'KiteAE-f64')?.type).not.toBe('Benchmark');
    // A list after the preposition still types its items ("on ILSVRC, QuillSet and PikeSet").
    const y = run('T', 'We evaluate on ILSVRC, QuillSet and PikeSet.');
    expect(['QuillSet', 'PikeSet'].map((n) => find(y, n)?.type)).toEqual(['Benchmark', 'Benchmark']);
  });
  it('keeps the first word of a compound written without its hyphen ("bounding box", "second order", "test case") in the term', () => {
    const x = run('T', 'KiteNet applies second order optimization to bounding box prediction, nearest neighbor search and test case synthesis.');
    expect(names(x)).toEqual(expect.arrayContaining(['second order optimization', 'bounding box prediction', 'nearest neighbor search', 'test case synthesis']));
    // Cut after the word that would otherwise count, judge or act, a term keeps half a compound.
    expect(names(x).filter((n) => /^(?:order|box|neighbor|case)\b/i.test(n))).toEqual([]);
  });
  it('reads a Title-Case word after a noun of kind as the name the kind describes ("a new multi-agent framework Mora, which ...")', () => {
    const x = run('T', 'This paper proposes a new multi-agent framework Wrenly, which coordinates several agents.');
    expect(find(x, 'Wrenly')?.role).toBe('introduces');
    expect(names(x).filter((n) => /framework/i.test(n))).toEqual([]);
  });
  it('reads "SOTA" as judging, not as a kind of the term after it ("SOTA hallucination detection")', () => {
    withLexicon([...TEST_LEXICON, entry('hallucination detection', 'Task')], () => {
      const x = run('T', 'KiteNet outperforms SOTA hallucination detection methods.');
      expect(names(x)).toContain('hallucination detection');
      expect(names(x).filter((n) => /^sota /i.test(n))).toEqual([]);
    });
  });
  it('gives a value to the name set beside "our model" ("Our small model, Kite-8B, reaches 84.6%"), not to the paper\'s family', () => {
    const x = run('T', 'We introduce Kite, a series of open models. Our small model, Kite-8B, reaches 84.6% on QuillQA. Our model outperforms Wren.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Kite-8B', 84.6]]);
  });
  it('reads the examples of a compared class as compared ("compared to recent small video models (e.g., Wren-1.3B and Lark-1.3B) while being 16x faster")', () => {
    const x = run('T', 'We introduce Kite, a model. Kite achieves competitive quality compared to recent state-of-the-art small video models (e.g., Wren-1.3B and Lark-V2-1.3B) while being 16x faster.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Kite', 16]]);
  });
  it('keeps a name in closed brackets from owning the values after them ("79.3% on A (Wren: 76.8%), 63.6% on B"), unless the brackets name a subject that acts', () => {
    const x = run('T', 'We present KiteCoder, a model. KiteCoder achieves 79.3% on QuillEval (Wren-3: 76.8%) and 63.6% on LarkEval (Wren-3: 50.3%).');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteCoder', 79.3], ['Wren-3', 76.8], ['KiteCoder', 63.6], ['Wren-3', 50.3]]);
    const y = run('T', 'We evaluate ten models on QuillBench, with the best model (Wren-3) solving only 16.3% of the tasks.');
    expect(y.results.map((r) => [r.subject, r.value])).toEqual([['Wren-3', 16.3]]);
  });
  it('writes a result\'s subject as the paper writes the model when the lexicon\'s name is not in the text ("Wren Pro", not "Wren 1.0 Pro")', () => {
    withLexicon([...TEST_LEXICON, entry('Wren 1.0 Pro', 'Model', ['Wren Pro'])], () => {
      const x = run('T', 'We evaluate Wren Pro on QuillQA, where Wren Pro scores 49.3%.');
      expect(find(x, 'Wren Pro')?.name).toBe('Wren 1.0 Pro');
      expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Wren Pro', 49.3]]);
    });
  });
  it('reads the next name after a margin as compared too when the margin names its benchmark ("outperforms A by 0.8 points on the X benchmark and B by 2%")', () => {
    const x = run('T', 'We propose Skua, an attention. Skua outperforms Heron by 0.8 points on the QuillQA benchmark and Lark-9 by 2% accuracy on LarkSet.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Skua', 0.8], ['Skua', 2]]);
  });
  it('reads "(score: 53.9)" after a name as that name\'s score', () => {
    const x = run('T', 'We present Kite-70B, a model. Our Kite-70B (score: 54.1) can outperform Lark-9 (score: 53.9) and Heron (score: 52.0) on QuillQA.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Kite-70B', 54.1], ['Lark-9', 53.9], ['Heron', 52]]);
  });
  it('names a model\'s result as written where the paper writes its name only inside a longer alias ("Acme Wren", not "Wren")', () => {
    const x = run('T', 'We evaluate Acme Wren on QuillQA, where Acme Wren scores 81.2%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Acme Wren', 81.2]]);
    const y = run('T', 'We evaluate Acme Wren on QuillQA, where Wren scores 81.2%.');
    expect(y.results.map((r) => [r.subject, r.value])).toEqual([['Wren', 81.2]]);
  });
  it('gives the values of a named baseline to it ("surpassing the Wren baseline of 22.9% and 25.4%")', () => {
    const x = run('T', 'We present KiteNet, a prover. KiteNet reaches 36.5% and 33.6% on QuillQA, surpassing the Wren baseline of 22.9% and 25.4%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 36.5], ['KiteNet', 33.6], ['Wren', 22.9], ['Wren', 25.4]]);
  });
  it('counts a lexicon name as written only where the paper writes it whole ("Skua-4" is not written in "Skua-4-0613")', () => {
    withLexicon([...TEST_LEXICON, entry('Skua-4', 'Model', ['Skua-4-0613'])], () => {
      const x = run('T', 'We evaluate Skua-4-0613 on QuillQA, where Skua-4-0613 scores 52.0%.');
      expect(find(x, 'Skua-4-0613')?.name).toBe('Skua-4');
      expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Skua-4-0613', 52]]);
    });
  });
  it('reads a sum of money as a result in dollars ("KiteNet costs only $0.43 per issue")', () => {
    const x = run('T', 'We present KiteNet, a coding agent. KiteNet resolves 19% of the issues at an average cost of $0.43 per issue.');
    expect(x.results.map((r) => [r.subject, r.value, r.unit])).toEqual([['KiteNet', 19, '%'], ['KiteNet', 0.43, '$']]);
  });
  it('gives "it" and "our model" to the sized release of the paper\'s own model named last ("our KiteNet-7B ... It reaches 30%")', () => {
    const x = run('T', 'We present KiteNet, a family of models. Our KiteNet-7B surpasses Heron on QuillQA. It also exceeds Wren by 30.4% in accuracy.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet-7B', 30.4]]);
  });
  it('keeps a new name apart from the defined acronym it ends in ("Premier-TACO" after "... learning (TACO)", and "TACO\'s")', () => {
    const x = run('T', 'We present Premier-TACO, a pretraining method. It extends the temporal action contrastive learning (TACO) objective and boosts TACO\'s efficiency.');
    expect(find(x, 'Premier-TACO')?.mentions).toEqual(['Premier-TACO']);
    expect(find(x, 'TACO')?.name).toBe('temporal action contrastive learning');
  });
  it('gives the value compared with to the model named after it ("91.6% on QuillQA (compared to 84.8% for Heron)")', () => {
    const x = run('T', 'We present KiteNet, a model. KiteNet achieves 91.6% accuracy on QuillQA (compared to 84.8% for Heron).');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['KiteNet', 91.6], ['Heron', 84.8]]);
  });
  it('gives the first value of a before/after pair to the model named last before it ("on Wren and Heron improved the rate of Heron from 55.0% to 58.3%")', () => {
    const x = run('T', 'We present KiteAlign, a method. Stacking KiteAlign on Wren and Heron improved the win rate of Heron from 55.0% to 58.3%.');
    expect(x.results.map((r) => [r.subject, r.value])).toEqual([['Heron', 55], ['KiteAlign', 58.3]]);
  });
  it('types a name the paper introduces as a task or problem as a Task ("a new segmentation task -- X", "X, a new task that", "the X (XT) task")', () => {
    const dash = run('T', 'We propose a new segmentation task -- glyph part segmentation. We also present KiteSeg, a model for it.');
    expect([find(dash, 'glyph part segmentation')?.type, find(dash, 'glyph part segmentation')?.role]).toEqual(['Task', 'introduces']);
    const apposition = run('T', 'We introduce kite captioning, a new task that asks models to describe kites.');
    expect(find(apposition, 'kite captioning')?.type).toBe('Task');
    const after = run('T', 'We introduce the Pixel Kite Retrieval (PKR) task, in which models retrieve kites.');
    expect(find(after, 'PKR')?.type).toBe('Task');
  });
  it('leaves a new system whose description opens with "task" and a method for a named task as they are', () => {
    expect(find(run('T', 'We introduce KiteBot, a mobile task automation system for phones.'), 'KiteBot')?.type).not.toBe('Task');
    expect(find(run('T', 'We provide a simple baseline method for the KT task named kiteKT.'), 'kiteKT')?.type).not.toBe('Task');
  });
  it('makes no entity of plural items of data spelled out with a singular acronym ("whole slide images (WSI)", "Electronic Health Records (EHR)")', () => {
    const x = run('T', 'We pretrain KiteNet on whole slide images (WSI) and Electronic Health Records (EHR) from many hospitals.');
    expect(names(x)).not.toContain('whole slide images');
    expect(names(x)).not.toContain('Electronic Health Records');
  });
  it('types the synthesis of a talking head, an avatar or code as a task ("talking head synthesis"), of data as a technique', () => {
    const x = run('T', 'We study talking head synthesis and audio-driven avatar synthesis. We use kite data synthesis to build data.');
    expect(['talking head synthesis', 'audio-driven avatar synthesis', 'kite data synthesis'].map((n) => find(x, n)?.type)).toEqual(['Task', 'Task', 'Technique']);
  });
  it('types the matching of images, point clouds, local features, schemas or ontologies as a task, and keeps score matching a technique', () => {
    const x = run('T', 'We study point cloud matching and semi-dense local feature matching, trained with denoising score matching. We also study ontology matching.');
    expect(['point cloud matching', 'semi-dense local feature matching', 'ontology matching'].map((n) => find(x, n)?.type)).toEqual(['Task', 'Task', 'Task']);
    expect(find(x, 'score matching')?.type).toBe('Technique');
  });
  it('reads a term the lexicon knows whole around an acronym definition as that term ("Kite-Wren (KW) divergence"), not a verb after it ("(BaB) is")', () => {
    withLexicon([...TEST_LEXICON, entry('kite divergence', 'Technique', ['Kite-Wren divergence']), entry('bAbI', 'Benchmark')], () => {
      const x = run('T', 'We align them with the Kite-Wren (KW) divergence. Branch-and-bound (BaB) is among the best verifiers.');
      expect(find(x, 'kite divergence')?.mentions).toEqual(['Kite-Wren (KW) divergence']);
      expect(names(x)).not.toContain('bAbI');
    });
  });
  it('makes no name of a short form a known term spelled out in lower case ("kite-wren rate (KWR) prediction ... KWR models"); a capitalised one still names its term', () => {
    withLexicon([...TEST_LEXICON, entry('kite-wren rate prediction', 'Task')], () => {
      const x = run('T', 'Classic kite-wren rate (KWR) prediction models use tables. Our method outperforms strong KWR models.');
      expect(find(x, 'kite-wren rate prediction')?.type).toBe('Task');
      expect(names(x)).not.toContain('KWR');
    });
    withLexicon([...TEST_LEXICON, entry('kite divergence', 'Technique', ['Kite-Wren divergence'])], () => {
      const x = run('T', 'We align them with the Kite-Wren (KW) divergence. KW outperforms KL.');
      expect(find(x, 'kite divergence')?.mentions).toContain('KW');
    });
  });
  it('reads a comma list of capitalised steps opened by a verb as the long form of its acronym ("Fetch, Weave, Tie (FWT)"), not a list of what is measured', () => {
    const x = run('T', 'We present Fetch, Weave, Tie (FWT), a training-free framework. We also score Kindness, Wit, and Tact (KWT) in replies.');
    expect(find(x, 'Fetch, Weave, Tie')?.mentions).toEqual(['Fetch, Weave, Tie', 'FWT']);
    expect(names(x)).not.toContain('Kindness, Wit, and Tact');
  });
  it('makes no entity of the kind of data a system protects ("personally identifiable information (PII)"), and keeps a measure of information ("mutual information (MI)")', () => {
    const x = run('T', 'Models leak personally identifiable information (PII). We bound the kite mutual information (KMI) of the outputs.');
    expect(names(x)).not.toContain('personally identifiable information');
    expect(names(x)).toContain('kite mutual information');
  });
  it('starts a long form that begins inside a possessive at its word ("Sable\'s rank Wren Tuning (SWT)"), not after the apostrophe', () => {
    const x = run('T', 'We propose Sable\'s rank Wren Tuning (SWT), a new method. SWT helps.');
    expect(find(x, 'SWT')?.name).toBe('Sable\'s rank Wren Tuning');
    expect(names(x)).not.toContain('s rank Wren Tuning');
  });
  it('types a known model\'s name closed by "-Score" as a measure ("Kite-Image-Score")', () => {
    withLexicon([...TEST_LEXICON, entry('Kite', 'Model')], () => {
      expect(find(run('T', 'We evaluate captions with Kite-Image-Score.'), 'Kite-Image-Score')?.type).toBe('Metric');
    });
  });
  it('reads a name with a measure among its readings as that measure where it has a value ("an MAE of 0.019"), as the other reading elsewhere', () => {
    withLexicon([...TEST_LEXICON, entry('masked autoencoder', 'Technique', ['MAE']), entry('mean absolute error', 'Metric', ['MAE'])], () => {
      expect(find(run('T', 'KiteNet reaches an MAE of 0.019 on QuillQA.'), 'MAE')?.type).toBe('Metric');
      expect(find(run('T', 'We pretrain KiteNet with MAE on QuillQA.'), 'MAE')?.type).toBe('Technique');
    });
  });
  it('types a title name whose rest is headed by a measure noun as a measure ("KiteD: A Novel Evaluation Score for ..."), not a method\'s verb phrase', () => {
    expect(find(run('KiteD: A Novel Evaluation Score for Styled Kite Generation', 'We propose KiteD, which compares styles.'), 'KiteD')?.type).toBe('Metric');
    expect(find(run('Kite-Zero: Evolving Symbolic Pruning Metric from Scratch', 'We propose Kite-Zero, which prunes weights.'), 'Kite-Zero')?.type).not.toBe('Metric');
  });
  it('types a name by the appositive after its spelled-out bracket ("KITE (KIte Training Engine), a unified model that")', () => {
    expect(find(run('T', 'We present KITE (KIte Training Engine), a unified model that mines intentions.'), 'KITE')?.type).toBe('Model');
    expect(find(run('T', 'We present QUILL (QUestion and Instruction Level Labels), a new benchmark that tests recall.'), 'QUILL')?.type).toBe('Benchmark');
  });
  it('reads capitalised words closed by a capitalised component noun as a technique ("a Kite-Sync Controller"), not a plural class or a run that goes on', () => {
    const x = run('T', 'KiteTalk employs a Kite-Sync Controller to align lips. The Wren-Sync Generator restores hair. Deep Neural Networks are common. A Kite Block Sparse Attention speeds it up.');
    expect(['Kite-Sync Controller', 'Wren-Sync Generator'].map((n) => find(x, n)?.type)).toEqual(['Technique', 'Technique']);
    expect(names(x)).not.toContain('Deep Neural Networks');
    expect(names(x)).not.toContain('Kite Block');
  });
});
