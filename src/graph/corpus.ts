import type { UndirectedGraph } from 'graphology';
import type { EntityType, ExtractedPaper, ExtractedResult } from '../extraction/types.js';
import { ENTITY_TYPES, ROLES } from '../extraction/types.js';
import { entityKey, isCalled } from '../extraction/normalise.js';
import { buildGraph, type KnowledgeGraph } from './build.js';
import { detectCommunities, type Communities } from './communities.js';
import { entityNodeId } from './ids.js';
import { computeLayout, type Positions } from './layout.js';
import { SearchIndex } from './search.js';
import { undirectedSkeleton } from './skeleton.js';

/** A reported number, tied to the graph's entity nodes where its names resolve to one. */
export interface ResultRecord {
  paperId: string;
  result: ExtractedResult;
  subjectId?: string;
  benchmarkId?: string;
}

export interface CorpusCounts {
  papers: number;
  entities: number;
  byType: Record<EntityType | 'Paper', number>;
  byRole: Record<(typeof ROLES)[number] | 'variant_of', number>;
}

/** Where a result's subject / benchmark name is looked for, most likely type first. */
const SUBJECT_TYPES: EntityType[] = ['Model', 'Technique', 'Dataset', 'Benchmark', 'Task', 'Metric'];
const BENCHMARK_TYPES: EntityType[] = ['Benchmark', 'Dataset', 'Task', 'Model', 'Technique', 'Metric'];

/**
 * Everything the API serves, held in memory: papers with their extractions, the knowledge graph,
 * results indexed by entity, and (computed once, on first use) layout, communities and search.
 */
export class Corpus {
  readonly papers = new Map<string, ExtractedPaper>();
  readonly graph: KnowledgeGraph;
  readonly resultsBySubject = new Map<string, ResultRecord[]>();
  readonly resultsByBenchmark = new Map<string, ResultRecord[]>();
  readonly resultsByPaper = new Map<string, ResultRecord[]>();
  readonly seed: number;
  #skeleton?: UndirectedGraph;
  #communities?: Communities;
  #layout?: Positions;
  #search?: SearchIndex;
  #counts?: CorpusCounts;
  #entitiesByKey?: Map<string, string[]>;

  constructor(items: Iterable<ExtractedPaper>, options: { seed?: number } = {}) {
    this.seed = options.seed ?? 1;
    for (const item of items) this.papers.set(item.paper.id, item);
    this.graph = buildGraph(this.papers.values());
    this.indexResults();
  }

  get skeleton(): UndirectedGraph {
    return (this.#skeleton ??= undirectedSkeleton(this.graph));
  }

  get communities(): Communities {
    return (this.#communities ??= detectCommunities(this.graph, this.skeleton, this.seed));
  }

  get layout(): Positions {
    const communities = this.communities;
    this.#layout ??= computeLayout(this.skeleton, {
      seed: this.seed,
      groups: { of: (node) => communities.of.get(node) ?? 0, count: communities.list.length },
    });
    return this.#layout;
  }

  get search(): SearchIndex {
    return (this.#search ??= new SearchIndex(this.graph));
  }

  /** Entity node ids by key: one key may name entities of several types ("e:Model:x", "e:Technique:x"). */
  get entitiesByKey(): ReadonlyMap<string, readonly string[]> {
    return (this.#entitiesByKey ??= this.indexKeys());
  }

  get counts(): CorpusCounts {
    return (this.#counts ??= this.count());
  }

  /** Computes layout, communities and the search index now, so no request pays for them. */
  prepare(): this {
    void this.layout;
    void this.search;
    void this.counts;
    return this;
  }

  private count(): CorpusCounts {
    const byType = Object.fromEntries([...ENTITY_TYPES, 'Paper'].map((t) => [t, 0])) as CorpusCounts['byType'];
    const byRole = Object.fromEntries([...ROLES, 'variant_of'].map((r) => [r, 0])) as CorpusCounts['byRole'];
    this.graph.forEachNode((_node, attrs) => {
      byType[attrs.kind === 'paper' ? 'Paper' : attrs.type] += 1;
    });
    this.graph.forEachEdge((_edge, attrs) => {
      byRole[attrs.kind] += 1;
    });
    return { papers: byType.Paper, entities: this.graph.order - byType.Paper, byType, byRole };
  }

  private indexKeys(): Map<string, string[]> {
    const byKey = new Map<string, string[]>();
    this.graph.forEachNode((node, attrs) => {
      if (attrs.kind === 'entity') push(byKey, attrs.key, node);
    });
    return byKey;
  }

  private indexResults(): void {
    const byKey = this.entitiesByKey;
    for (const { paper, extraction } of this.papers.values()) {
      for (const result of extraction.results) {
        const record: ResultRecord = { paperId: paper.id, result };
        const subjectId = this.resolve(result.subject, extraction.entities, byKey, SUBJECT_TYPES);
        const benchmarkId = result.benchmark ? this.resolve(result.benchmark, extraction.entities, byKey, BENCHMARK_TYPES) : undefined;
        if (subjectId) record.subjectId = subjectId;
        if (benchmarkId) record.benchmarkId = benchmarkId;
        push(this.resultsByPaper, paper.id, record);
        if (subjectId) push(this.resultsBySubject, subjectId, record);
        if (benchmarkId) push(this.resultsByBenchmark, benchmarkId, record);
      }
    }
  }

  /**
   * The entity a result names: first among the paper's own entities (by key or by a surface form),
   * then anywhere in the graph, preferring the types such a name usually has.
   */
  private resolve(name: string, own: ExtractedPaper['extraction']['entities'], byKey: ReadonlyMap<string, readonly string[]>, types: EntityType[]): string | undefined {
    const key = entityKey(name);
    if (!key) return undefined;
    const local = own.filter((e) => isCalled(e, key));
    const rank = (type: EntityType) => types.indexOf(type);
    const best = local.sort((a, b) => rank(a.type) - rank(b.type))[0];
    if (best) return entityNodeId(best.type, best.key);
    const global = byKey.get(key) ?? [];
    return [...global].sort((a, b) => rank(this.entityType(a)) - rank(this.entityType(b)))[0];
  }

  private entityType(node: string): EntityType {
    const attrs = this.graph.getNodeAttributes(node);
    return attrs.kind === 'entity' ? attrs.type : 'Model';
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
