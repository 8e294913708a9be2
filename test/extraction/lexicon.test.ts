import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/extraction/matcher.js';
import { entityKey } from '../../src/extraction/normalise.js';
import type { EntityType } from '../../src/extraction/types.js';

/** data/lexicon/<file>.json holds the entries of one entity type. */
const FILES: Record<string, EntityType> = {
  models: 'Model',
  benchmarks: 'Benchmark',
  datasets: 'Dataset',
  techniques: 'Technique',
  tasks: 'Task',
  metrics: 'Metric',
};
const FIELDS = new Set(['name', 'aliases', 'family', 'ambiguous']);

interface Entry {
  name: string;
  aliases?: string[];
  family?: string;
  ambiguous?: boolean;
}
type Lexicon = Partial<Record<EntityType, unknown>>;

function shapeProblems(type: EntityType, raw: unknown): string[] {
  if (!Array.isArray(raw)) return [`${type}: not a JSON array`];
  const problems: string[] = [];
  raw.forEach((e: unknown, i) => {
    const where = `${type}[${i}]`;
    if (typeof e !== 'object' || e === null) return void problems.push(`${where}: not an object`);
    const entry = e as Record<string, unknown>;
    for (const field of Object.keys(entry)) if (!FIELDS.has(field)) problems.push(`${where}: unknown field ${field}`);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') problems.push(`${where}: name must be a non-empty string`);
    const aliases = entry.aliases;
    if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === '')))
      problems.push(`${where}: aliases must be non-empty strings`);
    if (entry.family !== undefined && (type !== 'Model' || typeof entry.family !== 'string'))
      problems.push(`${where}: family is a string and only for models`);
    if (entry.ambiguous !== undefined && entry.ambiguous !== true) problems.push(`${where}: ambiguous is only ever true`);
  });
  return problems;
}

/** Every rule the matcher relies on; returns one line per violation (empty when the lexicon is sound). */
function lexiconProblems(lexicon: Lexicon): string[] {
  const shape = Object.entries(lexicon).flatMap(([type, raw]) => shapeProblems(type as EntityType, raw));
  if (shape.length > 0) return shape;
  const problems: string[] = [];
  // surface key -> the entries (type + name + ambiguous) that claim it
  const owners = new Map<string, { type: EntityType; name: string; ambiguous: boolean }[]>();
  for (const [type, raw] of Object.entries(lexicon) as [EntityType, Entry[]][]) {
    const names = new Set<string>();
    raw.forEach((entry, i) => {
      const prev = raw[i - 1];
      if (prev && prev.name.toLowerCase() > entry.name.toLowerCase()) problems.push(`${type}: "${entry.name}" is out of order`);
      const own = new Set<string>();
      for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
        const key = entityKey(surface);
        // Case and punctuation variants only matter where the matcher compares exact casing; the signs it keeps
        // ("mAP@50" against "mAP50") make another form.
        if (own.has(matchKey(surface)) && entry.ambiguous !== true) problems.push(`${type} "${entry.name}": alias "${surface}" repeats a form after entityKey`);
        own.add(matchKey(surface));
        if (key.length < 2) problems.push(`${type} "${entry.name}": surface "${surface}" has the too-short key "${key}"`);
        const claims = owners.get(key) ?? [];
        if (claims.some((c) => c.type === type && c.name === entry.name)) continue; // alias repeating its own name
        claims.push({ type, name: entry.name, ambiguous: entry.ambiguous === true });
        owners.set(key, claims);
      }
      names.add(entry.name);
    });
    if (type !== 'Model') continue;
    const family = new Map(raw.map((e) => [e.name, e.family]));
    for (const entry of raw) {
      if (entry.family === undefined) continue;
      if (!names.has(entry.family)) problems.push(`Model "${entry.name}": family "${entry.family}" is not a model entry`);
      // follow the chain: a family line must end, never loop back
      const seen = new Set([entry.name]);
      for (let f: string | undefined = entry.family; f !== undefined; f = family.get(f)) {
        if (seen.has(f)) {
          problems.push(`Model "${entry.name}": family chain loops at "${f}"`);
          break;
        }
        seen.add(f);
      }
    }
  }
  for (const [key, claims] of owners) {
    if (claims.length < 2) continue;
    const who = claims.map((c) => `${c.type} "${c.name}"`).join(', ');
    const types = new Set(claims.map((c) => c.type));
    if (types.size < claims.length) problems.push(`key "${key}" is claimed twice within a type: ${who}`);
    else if (!claims.some((c) => c.ambiguous)) problems.push(`key "${key}" is claimed across types with no entry marked ambiguous: ${who}`);
  }
  return problems;
}

function readLexicon(): Lexicon {
  const lexicon: Lexicon = {};
  for (const [file, type] of Object.entries(FILES)) {
    const path = fileURLToPath(new URL(`../../data/lexicon/${file}.json`, import.meta.url));
    lexicon[type] = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  }
  return lexicon;
}

describe('lexicon checks (on fixtures written for the test)', () => {
  it('accepts a small sound lexicon with a family chain and a marked cross-type collision', () => {
    expect(
      lexiconProblems({
        Model: [{ name: 'Foo' }, { name: 'Foo-2', family: 'Foo' }, { name: 'Foo-2-7B', aliases: ['Foo2 7B chat'], family: 'Foo-2' }],
        Benchmark: [{ name: 'GQA', ambiguous: true }],
        Technique: [{ name: 'grouped-query attention', aliases: ['GQA'] }],
      }),
    ).toEqual([]);
  });

  it('finds names that are equal after entityKey within one type', () => {
    const problems = lexiconProblems({ Model: [{ name: 'LLaMA-2' }, { name: 'Llama 2' }] });
    expect(problems.join('\n')).toMatch(/key "llama2" is claimed twice within a type/);
  });

  it('finds an alias of one entry that is another entry name of the same type', () => {
    const problems = lexiconProblems({ Task: [{ name: 'QA' }, { name: 'question answering', aliases: ['Q.A.'] }] });
    expect(problems.join('\n')).toMatch(/key "qa" is claimed twice/);
  });

  it('finds an unmarked alias that collides with an entry of another type', () => {
    const problems = lexiconProblems({
      Benchmark: [{ name: 'MAP-Bench' }],
      Metric: [{ name: 'mean average precision', aliases: ['MAP bench'] }],
    });
    expect(problems.join('\n')).toMatch(/claimed across types with no entry marked ambiguous/);
  });

  it('lets an alias differ only in a sign the matcher keeps ("mAP@50" beside "mAP50")', () => {
    expect(lexiconProblems({ Metric: [{ name: 'AP50', aliases: ['mAP50', 'mAP@50'] }] })).toEqual([]);
  });

  it('finds a case or hyphen variant listed as an alias, except on ambiguous entries whose casing matters', () => {
    const problems = lexiconProblems({ Model: [{ name: 'Llama 2', aliases: ['LLaMA-2'] }] });
    expect(problems.join('\n')).toMatch(/alias "LLaMA-2" repeats a form/);
    expect(lexiconProblems({ Metric: [{ name: 'mean average precision', aliases: ['Mean Average Precision', 'mAP'], ambiguous: true }] })).toEqual([]);
  });

  it('finds a family that names no model entry, and a family loop', () => {
    const missing = lexiconProblems({ Model: [{ name: 'Bar-7B', family: 'Bar' }] });
    expect(missing.join('\n')).toMatch(/family "Bar" is not a model entry/);
    const loop = lexiconProblems({ Model: [{ name: 'A', family: 'B' }, { name: 'B', family: 'A' }] });
    expect(loop.join('\n')).toMatch(/family chain loops/);
  });

  it('finds a family outside models, unknown fields, a symbol-only key and entries out of order', () => {
    const problems = lexiconProblems({ Metric: [{ name: 'F1', family: 'x' }, { name: 'BLEU', tags: [] }] }).join('\n');
    expect(problems).toMatch(/family is a string and only for models/);
    expect(problems).toMatch(/unknown field tags/);
    const rest = lexiconProblems({ Benchmark: [{ name: 'Zeta' }, { name: 'alpha' }, { name: '∞' }] }).join('\n');
    expect(rest).toMatch(/"alpha" is out of order/);
    expect(rest).toMatch(/too-short key/);
  });
});

describe('data/lexicon', () => {
  const lexicon = readLexicon();

  it('has no problems in any file', () => {
    expect(lexiconProblems(lexicon)).toEqual([]);
  });

  it('resolves the variants and aliases the extractor depends on', () => {
    const byKey = (type: EntityType, surface: string): Entry | undefined =>
      (lexicon[type] as Entry[]).find((e) => [e.name, ...(e.aliases ?? [])].some((s) => entityKey(s) === entityKey(surface)));
    expect(byKey('Model', 'Qwen2-VL 7B')?.family).toBe('Qwen2-VL');
    expect(byKey('Model', 'Mistral-7B-Instruct-v0.2')?.family).toBe('Mistral');
    expect(byKey('Model', 'LLaMA 2')?.name).toBe('Llama 2');
    expect(byKey('Model', 'Claude Sonnet 3.7')?.name).toBe('Claude 3.7 Sonnet');
    expect(byKey('Benchmark', 'NIAH')?.name).toBe('Needle in a Haystack');
    expect(byKey('Technique', 'RAG')?.name).toBe('retrieval-augmented generation');
    expect(byKey('Technique', 'rotary positional embeddings')).toBeUndefined(); // plural is the matcher's job
    expect(byKey('Technique', 'rotary positional embedding')?.name).toBe('rotary position embedding');
    expect(byKey('Metric', 'pass@1')?.name).toBe('Pass@k');
    expect(byKey('Task', 'ICL')?.name).toBe('in-context learning');
    // The activity is a task, the thing that does it a technique: "world modeling" / "world model", "jailbreaking" / "jailbreak attack".
    expect([byKey('Task', 'world modeling')?.name, byKey('Technique', 'world modeling')]).toEqual(['world modeling', undefined]);
    expect([byKey('Task', 'jailbreaking')?.name, byKey('Technique', 'jailbreaking')]).toEqual(['jailbreaking', undefined]);
    // Searching the literature is a task ("search" alone reads as a technique's head).
    expect(byKey('Task', 'scientific literature search')?.name).toBe('literature search');
    // Serving models, tracking state, controlling length: tasks of their own, not the technique or task inside them.
    expect(byKey('Task', 'large language model serving')?.name).toBe('LLM serving');
    expect(byKey('Task', 'mathematical problem-solving')?.name).toBe('mathematical problem solving');
    for (const task of ['state tracking', 'length control', 'attribute binding', 'end-to-end autonomous driving']) expect(byKey('Task', task)?.name, task).toBe(task);
    // Methods and parts named in lower case, and the judge by its short name.
    for (const method of ['thinking with images', 'prompt optimization', 'self-alignment', 'safety alignment', 'residual stream', 'parametric memory', 'value model']) expect(byKey('Technique', method)?.name, method).toBe(method);
    expect(byKey('Technique', 'LLM judge')?.name).toBe('LLM-as-a-judge');
    expect(byKey('Technique', 'MAS')?.name).toBe('multi-agent system');
    // The longer forms papers write for known methods: the matcher takes the longest, so the mention is what the paper wrote.
    expect(byKey('Technique', 'chain-of-thought reasoning')?.name).toBe('chain-of-thought');
    expect(byKey('Technique', 'text-to-image diffusion model')?.name).toBe('diffusion model');
    expect(byKey('Technique', 'discrete diffusion model')?.name).toBe('masked diffusion');
    expect(byKey('Technique', 'dLLM')?.name).toBe('diffusion language model'); // a class of models, as "LLM" is
    // Puzzles and competitions models are measured on are benchmarks.
    expect(byKey('Benchmark', 'International Mathematical Olympiad')?.name).toBe('IMO');
    expect(byKey('Benchmark', '24 Game')?.name).toBe('Game of 24');
    expect(byKey('Benchmark', 'Blocksworld')?.name).toBe('Blocks World'); // one form after entityKey
    // Games used as test beds: benchmarks, but common words, so only where written with a capital.
    for (const game of ['Countdown', 'Minecraft']) expect([byKey('Benchmark', game)?.name, byKey('Benchmark', game)?.ambiguous], game).toEqual([game, true]);
    // Names that are plain words in lower case ("QuaRot rotates the weights"): only as written.
    expect(byKey('Technique', 'RotatE')?.ambiguous).toBe(true);
    // "palm lines" is no PaLM, "speakers in the wild" no SITW: names whose lower-case form is ordinary wording.
    expect([byKey('Model', 'PaLM')?.ambiguous, byKey('Benchmark', 'SITW')?.ambiguous]).toEqual([true, true]);
    // A class of models, as "vision-language model" is: no technique (the extractor reads "VLA" as it reads "VLM").
    expect(byKey('Technique', 'vision-language-action model')).toBeUndefined();
    // Tools, schedules and parts papers name in passing and seldom mark: no entities of their own.
    for (const term of ['CUDA', 'human-in-the-loop', 'learning rate warmup', 'draft model']) expect(byKey('Technique', term), term).toBeUndefined();
    // Optical flow is a signal methods use; estimating it is the task.
    expect([byKey('Technique', 'optical flow')?.name, byKey('Task', 'optical flow'), byKey('Task', 'optical flow estimation')?.name]).toEqual(['optical flow', undefined, 'optical flow estimation']);
    expect(byKey('Metric', 'training throughput')?.name).toBe('training throughput');
    // Reinforcement-learning agents are algorithms, as PPO is: techniques, not models.
    for (const agent of ['DreamerV3', 'MuZero', 'TD-MPC2']) expect([byKey('Technique', agent)?.name, byKey('Model', agent)], agent).toEqual([agent, undefined]);
    // Multi-agent RL is a kind of reinforcement learning, a technique as reinforcement learning is.
    expect([byKey('Technique', 'MARL')?.name, byKey('Task', 'MARL')]).toEqual(['multi-agent reinforcement learning', undefined]);
    // Contamination of test data is the problem papers study; decontamination is the technique against it.
    expect([byKey('Task', 'benchmark contamination')?.name, byKey('Technique', 'decontamination')?.name]).toEqual(['data contamination', 'data decontamination']);
    // Automating machine learning and generating research ideas are tasks agents are built and measured for.
    expect([byKey('Task', 'automated machine learning')?.name, byKey('Task', 'research idea generation')?.name]).toEqual(['AutoML', 'idea generation']);
    // Failures of trained models that papers measure and mitigate: tasks, as jailbreaking is.
    for (const failure of ['sycophancy', 'reward hacking', 'overthinking']) expect(byKey('Task', failure)?.name, failure).toBe(failure);
    // Controlling continuous action spaces is the task control suites measure.
    expect(byKey('Task', 'continuous control')?.name).toBe('continuous control');
    // Recommending by generating item identifiers is the task generative recommenders are measured on.
    expect(byKey('Task', 'generative recommendation')?.name).toBe('generative recommendation');
    // A modality pair names its generation task bare, as "image-to-video" and "text-to-3D" already do.
    expect([byKey('Task', 'text-to-image')?.name, byKey('Task', 'text-to-video')?.name]).toEqual(['text-to-image generation', 'text-to-video generation']);
    // Captioning written bare is the task, beside its image and video kinds.
    expect(byKey('Task', 'captioning')?.name).toBe('captioning');
    // Forecasters, table encoders and robot policies of their fields are known models; their benchmarks are known too.
    for (const model of ['TimeMixer', 'PatchTSMixer', 'TAPAS', 'TAPEX', 'PerAct', 'RVT']) expect(byKey('Model', model)?.name, model).toBe(model);
    for (const bench of ['GIFT-Eval', 'ToTTo', 'FEVEROUS', 'SParC']) expect(byKey('Benchmark', bench)?.name, bench).toBe(bench);
    // "UniTS" written in lower case is the word "units": the name matches only as written.
    expect(byKey('Model', 'UniTS')?.ambiguous).toBe(true);
    // Chemistry and materials: interatomic potentials and molecule models are models, their suites benchmarks, DFT a technique.
    for (const model of ['CHGNet', 'M3GNet', 'Uni-Mol', 'MatterGen']) expect(byKey('Model', model)?.name, model).toBe(model);
    expect([byKey('Benchmark', 'Matbench Discovery')?.name, byKey('Technique', 'DFT')?.name]).toEqual(['Matbench Discovery', 'density functional theory']);
    // Recent evaluation suites, and the short name a paper may use for one.
    for (const bench of ['ZebraLogic', 'VL-RewardBench', 'OSWorld-Verified', 'TIIF-Bench']) expect(byKey('Benchmark', bench)?.name, bench).toBe(bench);
    expect(byKey('Benchmark', 'BBEH')?.name).toBe('BIG-Bench Extra Hard');
    // Driving, medical, remote-sensing and audio models; segmentation networks are architectures, as U-Net is.
    for (const model of ['BEVFusion', 'PointPillars', 'RemoteCLIP', 'SAM-Med2D', 'Pengi']) expect(byKey('Model', model)?.name, model).toBe(model);
    // Provers and coders are models; a release of a known line keeps its family.
    expect([byKey('Model', 'Goedel-Prover')?.name, byKey('Model', 'OctoCoder')?.name, byKey('Model', 'VILA-U')?.family]).toEqual(['Goedel-Prover', 'OctoCoder', 'VILA']);
    expect([byKey('Model', 'VALL-E 2')?.family, byKey('Technique', 'nnU-Net')?.name, byKey('Benchmark', 'OmniDocBench')?.name]).toEqual(['VALL-E', 'nnU-Net', 'OmniDocBench']);
    // Sequence-model architectures are techniques, like the Transformer; sized releases are the extractor's models. RWKV,
    // named in the read gold mostly for its released models, is a model.
    for (const arch of ['Mamba', 'RetNet', 'S4', 'Sparse Transformer', 'LongNet', 'Titans', 'Perceiver', 'Recurrent Memory Transformer']) expect(byKey('Technique', arch)?.name, arch).toBe(arch);
    expect(byKey('Model', 'RWKV')?.name).toBe('RWKV');
    // "computer-using agents" is a class of agents; OpenAI's model is named as "OpenAI CUA".
    expect([byKey('Model', 'Computer-Using Agent'), byKey('Model', 'OpenAI CUA')?.name]).toEqual([undefined, 'OpenAI CUA']);
    // Searching as an agent or in an image, solving puzzles, controlling motion: tasks; "tool utilization" is tool use.
    for (const task of ['agentic search', 'visual search', 'puzzle solving', 'motion control', 'image tokenization', 'model collapse']) expect(byKey('Task', task)?.name, task).toBe(task);
    expect(byKey('Task', 'tool utilization')?.name).toBe('tool use');
    // Understanding what is seen, synthesising images, walking, aligning to people: tasks ("human preference alignment" is the goal, not a method).
    for (const task of ['visual understanding', 'image synthesis', 'locomotion', 'human preference alignment']) expect(byKey('Task', task)?.name, task).toBe(task);
    for (const task of ['embodied reasoning', 'normal estimation', 'deep search', 'spatial intelligence', 'factuality evaluation', 'formal reasoning']) expect(byKey('Task', task)?.name, task).toBe(task);
    for (const method of ['vector retrieval', 'prefetching', 'retrieval-augmented reasoning']) expect(byKey('Technique', method)?.name, method).toBe(method);
    for (const method of ['sliding window', 'low-precision training', 'linear transformer', 'in-context generation', 'tiling', 'iterative refinement']) expect(byKey('Technique', method)?.name, method).toBe(method);
    for (const measure of ['visual appeal', 'factual accuracy']) expect(byKey('Metric', measure)?.name, measure).toBe(measure);
  });
});
