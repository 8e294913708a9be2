/**
 * A deterministic synthetic corpus for benchmarks: papers with extractions shaped like the real
 * extractor's output, at any size, streamed one paper at a time (memory stays flat apart from the
 * entity vocabulary, which a real corpus has too).
 *
 * Shape, chosen to resemble the trending-papers sample:
 * - 8–15 entities per paper over all six types; 30% of papers introduce a new entity.
 * - Reuse follows a Heaps/Simon process: a mention is a new entity with probability
 *   beta·m^(gamma-1) (m = mentions of that type so far), otherwise it copies an earlier mention
 *   (preferential attachment, so popularity is Zipf-like); ~45k distinct entities at 100k papers,
 *   ~330 at 68 papers (the sample's scale).
 * - Papers have topics; entities are reused mostly within a topic and titles/abstracts are built
 *   from the topic's words and the entities' names, so text similarity and shared entities agree.
 * - 0–3 results per paper tied to the paper's benchmarks, metrics and models; evidence offsets
 *   point at the real sentence in the abstract.
 * - Published dates spread over three years in corpus order; model variants carry a family.
 */
import { entityKey } from '../src/extraction/normalise.js';
import { seededRandom } from '../src/graph/random.js';
import type { EntityType, Evidence, ExtractedEntity, ExtractedPaper, ExtractedResult, Role, Span } from '../src/extraction/types.js';

const WORDS = (
  'attention sparse dense token context window memory cache retrieval document layout vision ' +
  'language video audio speech image chart table page multimodal reasoning planning agent tool ' +
  'code program math proof graph node edge kernel gradient optimizer schedule curriculum reward ' +
  'policy preference alignment instruction dialogue summary translation question answer evidence ' +
  'citation search index embedding vector cluster hierarchy tree chain step thought verifier ' +
  'critic latent diffusion denoising flow rotary position extrapolation interpolation length ' +
  'compression quantization pruning distillation adapter expert mixture routing gating parallel ' +
  'pipeline tensor shard throughput latency prefill decode stream chunk segment block recurrent ' +
  'state space convolution transformer encoder decoder head layer residual norm scaling law data ' +
  'corpus synthetic annotation label noise robustness safety jailbreak hallucination factuality ' +
  'calibration uncertainty benchmark evaluation leaderboard protein molecule genome medical clinical ' +
  'legal finance scientific paper patent web crawl navigation robot manipulation control physics ' +
  'simulation weather time series forecasting anomaly recommendation ranking click user session ' +
  'federated privacy watermark detection segmentation depth pose motion generation editing style ' +
  'font handwriting ocr receipt form invoice map satellite remote sensing point cloud mesh scene'
).split(' ');

const FILLER = (
  'we show that the proposed approach improves over strong baselines while remaining simple to ' +
  'implement and cheap to run in practice across settings existing methods often struggle with ' +
  'scale and fail to generalise beyond the training distribution our analysis reveals why'
).split(' ');

const SYLLABLES = (
  'qa lu mer vin tor zen ka ri sol nex ora phi dra gon mi stra ly ra ve on ta bel cor dex fal ' +
  'gri hal ion jun kel mor nav pax quo rex sy tav ul vor wyn xe yor zu'
).split(' ');

const BASE_METRICS = [
  'accuracy', 'F1', 'exact match', 'BLEU', 'ROUGE-L', 'perplexity', 'Pass@1', 'Recall@10', 'nDCG@10',
  'MRR', 'win rate', 'AUROC', 'CIDEr', 'WER', 'mAP', 'top-1 accuracy', 'FID', 'latency',
];
const MODEL_SIZES = ['0.5B', '1B', '1.5B', '3B', '7B', '8B', '13B', '14B', '32B', '34B', '70B', '72B'];
const BENCH_SUFFIX = ['Bench', 'QA', '-Eval', 'Arena', '-Hard', 'Suite'];
const TASK_NOUNS = ['question answering', 'retrieval', 'generation', 'understanding', 'summarization', 'classification', 'reasoning'];
const ADJECTIVES = ['hierarchical', 'adaptive', 'dynamic', 'efficient', 'sparse', 'contrastive', 'progressive', 'recursive', 'selective', 'unified'];
const TOPICS = 60;
const TOPIC_WORDS = 14;

/** Per type: the Heaps coefficient (how fast the vocabulary grows) and how papers use it. */
const TYPE_SHAPE: Record<EntityType, { beta: number; share: number; roles: [Role, number][] }> = {
  Technique: { beta: 3, share: 0.3, roles: [['uses', 0.6], ['mentions', 0.4]] },
  Model: { beta: 2.6, share: 0.2, roles: [['evaluates', 0.35], ['uses', 0.3], ['mentions', 0.35]] },
  Task: { beta: 1.8, share: 0.15, roles: [['evaluates', 0.3], ['uses', 0.2], ['mentions', 0.5]] },
  Benchmark: { beta: 2.1, share: 0.15, roles: [['evaluates', 0.75], ['mentions', 0.25]] },
  Dataset: { beta: 1.8, share: 0.08, roles: [['uses', 0.6], ['evaluates', 0.2], ['mentions', 0.2]] },
  Metric: { beta: 0.4, share: 0.12, roles: [['evaluates', 0.8], ['mentions', 0.2]] },
};
const TYPES = Object.keys(TYPE_SHAPE) as EntityType[];
const INTRODUCED: [EntityType, number][] = [['Technique', 0.45], ['Model', 0.25], ['Benchmark', 0.2], ['Dataset', 0.1]];
const GAMMA = 0.53;
const START_DAY = Date.UTC(2023, 0, 1);
const DAYS = 3 * 365;

interface VocabEntry {
  name: string;
  key: string;
  type: EntityType;
  topic: number;
  alias?: string;
  family?: string;
}

/** A growable list of entity indexes: the mention history that reuse copies from. */
class History {
  private items = new Int32Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = value;
  }
  at(index: number): number {
    return this.items[index]!;
  }
}

const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

class Vocabulary {
  readonly entries: VocabEntry[] = [];
  private readonly keys = new Set<string>();
  private readonly global = new Map<EntityType, History>(TYPES.map((t) => [t, new History()]));
  private readonly byTopic = new Map<string, History>();
  private readonly families: number[] = [];

  constructor(
    private readonly random: () => number,
    private readonly topicWords: string[][],
  ) {
    for (const name of BASE_METRICS) this.add({ name, key: entityKey(name), type: 'Metric', topic: -1 });
  }

  /** An entity of `type` for a paper on `topic`: new with Heaps probability, else a copied mention. */
  draw(type: EntityType, topic: number): number {
    const history = this.global.get(type)!;
    const pNew = Math.min(1, TYPE_SHAPE[type].beta * Math.pow(history.length + 1, GAMMA - 1));
    let index: number;
    if (history.length === 0 || this.random() < pNew) index = this.create(type, topic);
    else {
      const local = this.byTopic.get(`${topic}|${type}`);
      const source = local && local.length > 0 && this.random() < 0.65 ? local : history;
      index = source.at(Math.floor(this.random() * source.length));
    }
    this.record(index, topic);
    return index;
  }

  /** A brand-new entity, introduced by the paper on `topic`. */
  introduce(type: EntityType, topic: number): number {
    const index = this.create(type, topic);
    this.record(index, topic);
    return index;
  }

  private record(index: number, topic: number): void {
    const type = this.entries[index]!.type;
    this.global.get(type)!.push(index);
    const id = `${topic}|${type}`;
    let local = this.byTopic.get(id);
    if (!local) this.byTopic.set(id, (local = new History()));
    local.push(index);
  }

  private create(type: EntityType, topic: number): number {
    const entry = this.invent(type, topic);
    let name = entry.name;
    for (let n = 2; this.keys.has(entityKey(name)); n++) name = `${entry.name}-${n}`;
    return this.add({ ...entry, name, key: entityKey(name) });
  }

  private add(entry: VocabEntry): number {
    this.keys.add(entry.key);
    this.entries.push(entry);
    if (entry.type === 'Model' && !entry.family) this.families.push(this.entries.length - 1);
    return this.entries.length - 1;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private invent(type: EntityType, topic: number): VocabEntry {
    const words = this.topicWords[topic]!;
    const w = () => this.pick(words);
    const base = { key: '', type, topic };
    switch (type) {
      case 'Model': {
        if (this.families.length > 0 && this.random() < 0.6) {
          const family = this.entries[this.pick(this.families)]!.name;
          const variant = this.random() < 0.7 ? this.pick(MODEL_SIZES) : `v${1 + Math.floor(this.random() * 4)}.${Math.floor(this.random() * 10)}`;
          const name = `${family}-${variant}${this.random() < 0.3 ? '-Instruct' : ''}`;
          return { ...base, name, family };
        }
        const syllables = 2 + Math.floor(this.random() * 2);
        return { ...base, name: cap(Array.from({ length: syllables }, () => this.pick(SYLLABLES)).join('')) };
      }
      case 'Benchmark':
        return { ...base, name: `${cap(w())}${cap(this.pick(WORDS))}${this.pick(BENCH_SUFFIX)}` };
      case 'Dataset':
        return { ...base, name: this.random() < 0.5 ? `${cap(w())}${cap(this.pick(WORDS))}-${1 + Math.floor(this.random() * 900)}k` : `${cap(w())}Corpus` };
      case 'Technique': {
        if (this.random() < 0.3) return { ...base, name: `${cap(w())}${cap(this.pick(WORDS))}` };
        const name = `${this.pick(ADJECTIVES)} ${w()} ${this.pick(WORDS)}`;
        const entry: VocabEntry = { ...base, name };
        if (this.random() < 0.4) entry.alias = name.split(' ').map((part) => part.charAt(0).toUpperCase()).join('');
        return entry;
      }
      case 'Task':
        return { ...base, name: `${w()} ${this.pick(WORDS)} ${this.pick(TASK_NOUNS)}` };
      case 'Metric':
        return { ...base, name: this.random() < 0.5 ? `${w()} score` : `${cap(w())}@${1 + Math.floor(this.random() * 20)}` };
    }
  }
}

/** Accumulates abstract sentences while keeping the character offsets evidence needs. */
class AbstractWriter {
  text = '';
  private readonly spans = new Map<number, Span[]>();
  private readonly evidence = new Map<number, Evidence[]>();

  /** Appends a sentence made of literal pieces and entity references; returns its evidence. */
  sentence(parts: (string | { entity: number; surface: string })[]): Evidence {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    const mentioned: number[] = [];
    for (const part of parts) {
      if (typeof part === 'string') this.text += part;
      else {
        const spans = this.spans.get(part.entity) ?? [];
        spans.push({ field: 'abstract', start: this.text.length, end: this.text.length + part.surface.length });
        this.spans.set(part.entity, spans);
        this.text += part.surface;
        mentioned.push(part.entity);
      }
    }
    const evidence: Evidence = { field: 'abstract', sentence: this.text.slice(start), start, end: this.text.length };
    for (const entity of new Set(mentioned)) {
      const list = this.evidence.get(entity) ?? [];
      list.push(evidence);
      this.evidence.set(entity, list);
    }
    return evidence;
  }

  spansOf(entity: number): Span[] {
    return this.spans.get(entity) ?? [];
  }
  evidenceOf(entity: number): Evidence[] {
    return this.evidence.get(entity) ?? [];
  }
}

/** Joins entity references as "A", "A and B", "A, B and C". */
function listOf(refs: { entity: number; surface: string }[]): (string | { entity: number; surface: string })[] {
  const parts: (string | { entity: number; surface: string })[] = [];
  refs.forEach((ref, i) => {
    if (i > 0) parts.push(i === refs.length - 1 ? ' and ' : ', ');
    parts.push(ref);
  });
  return parts;
}

function weighted<T>(random: () => number, options: [T, number][]): T {
  let r = random() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of options) {
    r -= weight;
    if (r <= 0) return value;
  }
  return options[options.length - 1]![0];
}

/** Yields `count` synthetic papers with extractions; the same (count, seed) gives the same corpus. */
export function* syntheticCorpus(count: number, seed = 42): Generator<ExtractedPaper> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const topicWords = Array.from({ length: TOPICS }, () => Array.from({ length: TOPIC_WORDS }, () => pick(WORDS)));
  const vocab = new Vocabulary(random, topicWords);
  const typeShares = TYPES.map((t): [EntityType, number] => [t, TYPE_SHAPE[t].share]);
  const perMonth = new Map<string, number>();

  for (let i = 0; i < count; i++) {
    // Topic popularity is Zipf-like: rank ~ TOPICS^u.
    const topic = Math.min(TOPICS - 1, Math.floor(Math.pow(TOPICS, random())) - 1);
    const words = topicWords[topic]!;
    const chosen = new Map<number, Role>();
    if (random() < 0.3) chosen.set(vocab.introduce(weighted(random, INTRODUCED), topic), 'introduces');
    const target = 8 + Math.floor(random() * 8);
    for (let tries = 0; chosen.size < target && tries < target * 3; tries++) {
      const type = weighted(random, typeShares);
      const index = vocab.draw(type, topic);
      if (!chosen.has(index)) chosen.set(index, weighted(random, TYPE_SHAPE[type].roles));
    }

    const day = Math.min(DAYS - 1, Math.floor((i * DAYS) / Math.max(count, 1) + random() * 3));
    const published = new Date(START_DAY + day * 86_400_000).toISOString().slice(0, 10);
    const month = published.slice(2, 4) + published.slice(5, 7);
    const serial = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, serial);
    const id = `${month}.${String(serial).padStart(5, '0')}`;

    const entry = (index: number) => vocab.entries[index]!;
    const byRole = (role: Role) => [...chosen].filter(([, r]) => r === role).map(([index]) => index);
    const writer = new AbstractWriter();
    const firstUse = new Set<number>();
    const ref = (index: number) => {
      const e = entry(index);
      const surface = e.alias && !firstUse.has(index) ? `${e.name} (${e.alias})` : e.name;
      firstUse.add(index);
      return { entity: index, surface };
    };
    const phrase = (n: number) => Array.from({ length: n }, () => (random() < 0.7 ? pick(words) : pick(FILLER))).join(' ');

    writer.sentence([`${cap(phrase(3))} remains a central challenge for ${phrase(2)} systems, because ${phrase(6)}.`]);
    writer.sentence([`${cap(pick(FILLER))} ${phrase(8)} ${pick(FILLER)} ${phrase(5)}.`]);
    const introduced = byRole('introduces');
    for (const index of introduced) writer.sentence(['In this paper we introduce ', ref(index), `, a ${phrase(2)} approach that ${phrase(4)} for ${phrase(2)}.`]);
    const uses = byRole('uses');
    for (let k = 0; k < uses.length; k += 3) {
      writer.sentence([k === 0 ? 'Our method builds on ' : 'It further combines ', ...listOf(uses.slice(k, k + 3).map(ref)), ` to ${phrase(5)}.`]);
    }
    const evaluates = byRole('evaluates');
    for (let k = 0; k < evaluates.length; k += 3) {
      writer.sentence([k === 0 ? 'We evaluate on ' : 'Experiments also cover ', ...listOf(evaluates.slice(k, k + 3).map(ref)), `, measuring ${phrase(3)}.`]);
    }
    const results = writeResults(random, writer, chosen, entry, ref);
    const mentions = byRole('mentions');
    for (let k = 0; k < mentions.length; k += 3) {
      writer.sentence([k === 0 ? 'Unlike prior work such as ' : 'Related efforts including ', ...listOf(mentions.slice(k, k + 3).map(ref)), `, our ${phrase(3)} ${phrase(4)}.`]);
    }
    writer.sentence([`${cap(pick(FILLER))} ${phrase(10)}, and ${phrase(6)}.`]);
    writer.sentence([`Code and ${phrase(2)} data are released to support ${phrase(4)} research.`]);

    const lead = introduced[0] !== undefined ? `${cap(entry(introduced[0]).name)}: ` : '';
    const title = `${lead}${cap(phrase(3))} for ${phrase(2)} ${pick(TASK_NOUNS)}`;
    const entities: ExtractedEntity[] = [...chosen].map(([index, role]) => {
      const e = entry(index);
      const entity: ExtractedEntity = {
        name: e.name,
        key: e.key,
        type: e.type,
        mentions: e.alias ? [e.name, e.alias] : [e.name],
        spans: writer.spansOf(index),
        role,
        evidence: writer.evidenceOf(index),
        confidence: Math.round((0.6 + random() * 0.39) * 100) / 100,
      };
      if (e.family) entity.family = e.family;
      if (e.alias) entity.aliases = [e.alias];
      return entity;
    });
    yield {
      paper: { id, title, abstract: writer.text, url: `https://arxiv.org/abs/${id}`, published, source: 'synthetic' },
      extraction: { id, title, entities, results },
    };
  }
}

/** 0–3 results tying a subject (introduced or evaluated model/technique) to a benchmark and metric. */
function writeResults(
  random: () => number,
  writer: AbstractWriter,
  chosen: Map<number, Role>,
  entry: (index: number) => VocabEntry,
  ref: (index: number) => { entity: number; surface: string },
): ExtractedResult[] {
  const of = (type: EntityType, roles: Role[]) => [...chosen].filter(([i, r]) => entry(i).type === type && roles.includes(r)).map(([i]) => i);
  const subjects = [...of('Model', ['introduces', 'evaluates']), ...of('Technique', ['introduces'])];
  const benchmarks = of('Benchmark', ['evaluates', 'introduces']);
  const metrics = of('Metric', ['evaluates']);
  const rivals = of('Model', ['evaluates', 'mentions', 'uses']);
  if (subjects.length === 0) return [];
  const results: ExtractedResult[] = [];
  const wanted = Math.floor(random() * 4);
  for (let k = 0; k < wanted; k++) {
    const subject = subjects[Math.floor(random() * subjects.length)]!;
    const benchmark = benchmarks.length ? benchmarks[Math.floor(random() * benchmarks.length)]! : undefined;
    const metric = metrics.length ? metrics[Math.floor(random() * metrics.length)]! : undefined;
    const rival = rivals.filter((r) => r !== subject)[0];
    const percent = random() < 0.6;
    const value = Math.round((percent ? 20 + random() * 78 : 1 + random() * 9) * 10) / 10;
    const unit = percent ? '%' : 'x';
    const parts: (string | { entity: number; surface: string })[] = [benchmark !== undefined ? 'On ' : 'Overall, ', ...(benchmark !== undefined ? [ref(benchmark), ', '] : [])];
    parts.push(ref(subject), ` reaches ${value}${unit}`);
    if (metric !== undefined) parts.push(' ', ref(metric));
    if (rival !== undefined) parts.push(' compared to ', ref(rival));
    parts.push('.');
    const evidence = writer.sentence(parts);
    results.push({
      subject: entry(subject).name,
      benchmark: benchmark !== undefined ? entry(benchmark).name : null,
      metric: metric !== undefined ? entry(metric).name : null,
      value,
      unit,
      compared_to: rival !== undefined ? entry(rival).name : null,
      evidence,
    });
  }
  return results;
}
