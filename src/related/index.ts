import type { EntityType, ExtractedEntity, ExtractedPaper, Role } from '../extraction/types.js';
import { entityKey } from '../extraction/normalise.js';
import { extractPaper } from '../extraction/extract.js';
import { familySentence, sharedEntitySentence, sharedTermsSentence } from './explain.js';
import { IdfTable, KeyCounts, Postings } from './postings.js';
import { paperGramCounts, paperTermCounts } from './tokenise.js';
import { topK } from './topk.js';
import type { SparseVector } from './topics.js';
import { PaperTopics } from './topics.js';
import type { RelatedWeights } from './weights.js';
import { DEFAULT_WEIGHTS, ROLE_STRENGTH, roleAt, roleIndex, TYPE_WEIGHT } from './weights.js';

export type { RelatedWeights } from './weights.js';
export { DEFAULT_WEIGHTS } from './weights.js';

export interface SharedEntity {
  name: string;
  type: EntityType;
  /** [the query paper's role, the related paper's role]. */
  roles: [Role, Role];
}

export interface RelatedHit {
  paperId: string;
  title: string;
  score: number;
  /** Sentences saying why, strongest first. */
  why: string[];
  shared: SharedEntity[];
}

/** Term frequencies are capped at 15 (4 bits); 1 + ln 15 is already far up the curve. */
const TF_BITS = 4;
const TF_MAX = (1 << TF_BITS) - 1;
const TF_WEIGHT = Float64Array.from({ length: TF_MAX + 1 }, (_, tf) => (tf > 0 ? 1 + Math.log(tf) : 0));
/** Entity and family postings carry a role index (ROLES has four). */
const ROLE_BITS = 2;
const ROLE_WEIGHT = Float64Array.from({ length: 1 << ROLE_BITS }, (_, i) => ROLE_STRENGTH[roleAt(i)]);
/** IDF and norms are recomputed once the corpus has grown by this fraction since the last time. */
const REFRESH_GROWTH = 0.01;
/**
 * Candidates: posting lists up to this length are always scanned; longer ones (the commonest
 * words) only while fewer than CANDIDATES papers have been reached. The best CANDIDATES papers
 * by that first pass are then scored exactly on every channel.
 */
const FULL_SCAN_DF = 2000;
const CANDIDATES = 1000;
const WHY_ENTITIES = 3;
const WHY_TERMS = 4;
/** In the shared-terms line a bigram is preferred to its words unless they weigh twice as much. */
const BIGRAM_DISPLAY_BOOST = 2;
/** In the shared-entity lines, a link where exactly one paper introduces the entity is listed this much earlier. */
const INTRODUCED_DISPLAY_BOOST = 3;

/** One paper, with its forward index: sorted term ids with capped frequencies, entities, families. */
interface Doc {
  paperId: string;
  title: string;
  abstract: string;
  terms: Int32Array;
  tfs: Uint8Array;
  entities: Int32Array;
  roles: Uint8Array;
  families: Int32Array;
  familyRoles: Uint8Array;
  /** Per family: the paper's entity in it (with the strongest role). */
  familyMembers: Int32Array;
}

/** The query side: unit vectors (roles applied after normalising) and what explanations need. */
interface Query {
  self: number;
  /** Text vector sorted by term id, unknown terms left out (they still count in its norm). */
  termIds: Int32Array;
  /** Per term: its weight in the query's unit vector times its IDF (the document side's IDF factor). */
  termMatch: Float64Array;
  entities: Map<number, number>;
  families: Map<number, number>;
  entityRoles: Map<number, { role: Role; name: string }>;
  familyMembers: Map<number, string>;
  /** Per family: the query paper's own entities in it; a family link counts only through others. */
  familyEntities: Map<number, Set<number>>;
  position: Float32Array | null;
}

/** A paper's entities reduced to one per key, with its strongest role and the family it belongs to. */
interface PaperEntity {
  key: string;
  name: string;
  type: EntityType;
  role: Role;
  /** Key and name of the model family: the declared family, or a model's own name. */
  family: { key: string; name: string } | null;
}

function paperEntities(entities: readonly ExtractedEntity[]): PaperEntity[] {
  const byKey = new Map<string, PaperEntity>();
  for (const e of entities) {
    const key = e.key || entityKey(e.name);
    if (!key) continue;
    const familyName = e.family ?? (e.type === 'Model' ? e.name : null);
    const family = familyName && entityKey(familyName) ? { key: entityKey(familyName), name: familyName } : null;
    const seen = byKey.get(key);
    if (!seen || ROLE_STRENGTH[e.role] > ROLE_STRENGTH[seen.role]) byKey.set(key, { key, name: e.name, type: e.type, role: e.role, family });
  }
  return [...byKey.values()];
}

/** Keeps, per id, the strongest role. */
function strongest(pairs: [number, Role][]): Map<number, Role> {
  const out = new Map<number, Role>();
  for (const [id, role] of pairs) {
    const seen = out.get(id);
    if (id >= 0 && (!seen || ROLE_STRENGTH[role] > ROLE_STRENGTH[seen])) out.set(id, role);
  }
  return out;
}

const norm = (values: Iterable<number>): number => {
  let sq = 0;
  for (const x of values) sq += x * x;
  return Math.sqrt(sq) || 1;
};

/** Topic features interleave the two vocabularies: words at even ids, character grams at odd ones. */
const wordFeature = (term: number): number => 2 * term;
const gramFeature = (gram: number): number => 2 * gram + 1;
const featureVocabulary = (terms: number, grams: number): number => 2 * Math.max(terms, grams);

/**
 * Related-paper index: for a paper, the papers most worth reading next, with reasons.
 *
 * Score = w.text     · cos(TF-IDF of title + abstract, unigrams and bigrams)
 *       + w.topics   · similarity in latent topic space (multi-resolution LSA of the TF-IDF of
 *                      words and of their character 4-grams, see topics.ts)
 *       + w.entities · Σ shared entities: IDF² · type weight² · role strength on both sides
 *       + w.graph    · Σ shared model families (entities linked through variants), likewise
 * (entity and family sums normalised by each paper's role-free vector length).
 *
 * Precomputed: inverted indexes (terms, entities, families), each paper's forward index and
 * vector norms, IDF tables (character grams: document frequencies only, they are never searched
 * by key) and topic positions. A query scans posting lists to find candidates, then scores at
 * most 1,000 of them exactly. IDF and norms are frozen between refreshes, which
 * happen lazily once the corpus has grown by 1%, so adding papers stays cheap and the drift in
 * between is bounded; papers added meanwhile get norms and topic positions against the frozen
 * tables.
 */
export class RelatedIndex {
  private readonly docs: Doc[] = [];
  private readonly byPaperId = new Map<string, number>();
  private readonly terms = new Postings(TF_BITS);
  private readonly entities = new Postings(ROLE_BITS);
  private readonly families = new Postings(ROLE_BITS);
  private readonly termIdf = new IdfTable(this.terms);
  /** Character grams of words (of title and abstract), by the number of papers using them. */
  private readonly grams = new KeyCounts();
  private readonly gramIdf = new IdfTable(this.grams);
  private readonly entityIdf = new IdfTable(this.entities);
  private readonly familyIdf = new IdfTable(this.families);
  /** Per entity id: its name and type as first seen, and its model family's id (or -1). */
  private readonly entityInfo: { name: string; type: EntityType; family: number }[] = [];
  private readonly familyNames: string[] = [];
  /** Per term id: the term as first written ("long-context" for the term "long context"). */
  private readonly termSurface: string[] = [];
  /** Per paper: L2 norms of its text vector and of its role-free entity and family vectors. */
  private textNorm: number[] = [];
  private entityNorm: number[] = [];
  private familyNorm: number[] = [];
  private refreshedAt = 0;
  private readonly topics = new PaperTopics();
  /** Per-query scratch, reused: first-pass scores and which papers were reached. */
  private partial = new Float64Array(0);
  private reached = new Uint8Array(0);

  constructor(readonly weights: RelatedWeights = DEFAULT_WEIGHTS) {}

  static build(papers: Iterable<ExtractedPaper>, weights: RelatedWeights = DEFAULT_WEIGHTS): RelatedIndex {
    const index = new RelatedIndex(weights);
    for (const paper of papers) index.add(paper);
    index.refresh();
    return index;
  }

  get size(): number {
    return this.docs.length;
  }

  has(paperId: string): boolean {
    return this.byPaperId.has(paperId);
  }

  /** Adds a paper; a paper id already present is left as it is. */
  add({ paper, extraction }: ExtractedPaper): void {
    if (this.byPaperId.has(paper.id)) return;
    const doc = this.docs.length;
    const counts = [...paperTermCounts(paper.title, paper.abstract)]
      .map(([term, { count, surface }]) => {
        const id = this.terms.id(term, true);
        // The surface shown in explanations: the term itself when written that way (no new string).
        if (id === this.termSurface.length) this.termSurface.push(surface === term ? term : surface);
        return [id, Math.min(count, TF_MAX)] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    for (const [id, tf] of counts) this.terms.add(id, doc, tf);
    const grams = paperGramCounts(paper.title, paper.abstract);
    for (const gram of grams.keys()) this.grams.count(this.grams.id(gram, true));
    const entities = paperEntities(extraction.entities);
    const familyIds = entities.map((e) => {
      if (!e.family) return -1;
      const id = this.families.id(e.family.key, true);
      if (id === this.familyNames.length) this.familyNames.push(e.family.name);
      return id;
    });
    const entityIds = entities.map((e, i) => {
      const id = this.entities.id(e.key, true);
      if (id === this.entityInfo.length) this.entityInfo.push({ name: e.name, type: e.type, family: familyIds[i]! });
      this.entities.add(id, doc, roleIndex(e.role));
      return id;
    });
    const familyRoles = strongest(entities.map((e, i): [number, Role] => [familyIds[i]!, e.role]));
    for (const [id, role] of familyRoles) this.families.add(id, doc, roleIndex(role));
    const familyMember = new Map<number, number>();
    entities.forEach((e, i) => {
      if (familyIds[i]! >= 0 && familyRoles.get(familyIds[i]!) === e.role && !familyMember.has(familyIds[i]!)) familyMember.set(familyIds[i]!, entityIds[i]!);
    });
    this.docs.push({
      paperId: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      terms: Int32Array.from(counts.map(([id]) => id)),
      tfs: Uint8Array.from(counts.map(([, tf]) => tf)),
      entities: Int32Array.from(entityIds),
      roles: Uint8Array.from(entities.map((e) => roleIndex(e.role))),
      families: Int32Array.from(familyRoles.keys()),
      familyRoles: Uint8Array.from([...familyRoles.values()].map(roleIndex)),
      familyMembers: Int32Array.from(familyRoles.keys(), (id) => familyMember.get(id)!),
    });
    this.byPaperId.set(paper.id, doc);
    this.computeNorms(doc);
    if (this.topics.rank > 0) this.topics.add(this.featureVector(this.textVector(doc), this.gramVector(grams)));
  }

  /** Related papers of a paper in the index, best first; unknown ids give an empty list. */
  related(paperId: string, k: number): RelatedHit[] {
    const doc = this.byPaperId.get(paperId);
    if (doc === undefined) return [];
    this.refreshIfStale();
    const d = this.docs[doc]!;
    const n = this.docs.length;
    const text = this.textVector(doc);
    const entities = new Map<number, number>();
    const entityRoles = new Map<number, { role: Role; name: string }>();
    d.entities.forEach((id, i) => {
      const role = roleAt(d.roles[i]!);
      entities.set(id, (TYPE_WEIGHT[this.entityInfo[id]!.type] * this.entityIdf.get(id, n) * ROLE_STRENGTH[role]) / this.entityNorm[doc]!);
      entityRoles.set(id, { role, name: this.entityInfo[id]!.name });
    });
    const families = new Map<number, number>();
    const familyMembers = new Map<number, string>();
    d.families.forEach((id, i) => families.set(id, (this.familyIdf.get(id, n) * ROLE_STRENGTH[roleAt(d.familyRoles[i]!)]) / this.familyNorm[doc]!));
    d.entities.forEach((id) => {
      const { family, name } = this.entityInfo[id]!;
      if (family >= 0 && !familyMembers.has(family)) familyMembers.set(family, name);
    });
    const position = this.topics.position(doc);
    const familyEntities = this.familyEntities(Array.from(d.entities, (id) => [this.entityInfo[id]!.family, id]));
    return this.search({ self: doc, ...this.termMatch(text), entities, families, entityRoles, familyMembers, familyEntities, position }, k);
  }

  /** Related papers of a paper that is not in the index (pasted title and abstract). */
  relatedToText(title: string, abstract: string, k: number): RelatedHit[] {
    this.refreshIfStale();
    const n = this.docs.length;
    const counts = [...paperTermCounts(title, abstract)].map(([term, { count }]) => {
      const id = this.terms.id(term);
      return { id, weight: TF_WEIGHT[Math.min(count, TF_MAX)]! * this.termIdf.get(id, n) };
    });
    const textNorm = norm(counts.map((c) => c.weight));
    const known = counts.filter((c) => c.id >= 0).sort((a, b) => a.id - b.id);
    const text: SparseVector = { ids: known.map((c) => c.id), values: known.map((c) => c.weight / textNorm) };

    const entities = paperEntities(extractPaper({ id: 'query', title, abstract, source: 'query' }).entities);
    const entityNorm = norm(entities.map((e) => TYPE_WEIGHT[e.type] * this.entityIdf.get(this.entities.id(e.key), n)));
    const entityWeights = new Map<number, number>();
    const entityRoles = new Map<number, { role: Role; name: string }>();
    const familyMembers = new Map<number, string>();
    for (const e of entities) {
      const id = this.entities.id(e.key);
      if (id < 0) continue;
      entityWeights.set(id, (TYPE_WEIGHT[e.type] * this.entityIdf.get(id, n) * ROLE_STRENGTH[e.role]) / entityNorm);
      entityRoles.set(id, { role: e.role, name: e.name });
    }
    const familyRoles = strongest(entities.flatMap((e): [number, Role][] => (e.family ? [[this.families.id(e.family.key), e.role]] : [])));
    const familyNorm = norm(entities.flatMap((e) => (e.family ? [this.familyIdf.get(this.families.id(e.family.key), n)] : [])));
    const families = new Map([...familyRoles].map(([id, role]) => [id, (this.familyIdf.get(id, n) * ROLE_STRENGTH[role]) / familyNorm]));
    for (const e of entities) {
      const family = e.family ? this.families.id(e.family.key) : -1;
      if (family >= 0 && !familyMembers.has(family)) familyMembers.set(family, e.name);
    }
    const position = this.topics.position(this.featureVector(text, this.gramVector(paperGramCounts(title, abstract))));
    const familyEntities = this.familyEntities(entities.map((e) => [e.family ? this.families.id(e.family.key) : -1, this.entities.id(e.key)]));
    return this.search({ self: -1, ...this.termMatch(text), entities: entityWeights, families, entityRoles, familyMembers, familyEntities, position }, k);
  }

  /** Recomputes IDF tables, every paper's norms and the topic positions. */
  refresh(): void {
    const n = this.docs.length;
    this.termIdf.refresh(n);
    this.gramIdf.refresh(n);
    this.entityIdf.refresh(n);
    this.familyIdf.refresh(n);
    this.textNorm = [];
    this.entityNorm = [];
    this.familyNorm = [];
    for (let doc = 0; doc < n; doc++) this.computeNorms(doc);
    this.refreshedAt = n;
    this.topics.rebuild(n, featureVocabulary(this.terms.size, this.grams.size), (visit, wanted) => {
      for (let doc = 0; doc < n; doc++) {
        if (!wanted(doc)) continue;
        const d = this.docs[doc]!;
        const { ids, values } = this.featureVector(this.textVector(doc), this.gramVector(paperGramCounts(d.title, d.abstract)));
        for (let i = 0; i < ids.length; i++) visit(doc, ids[i]!, values[i]!);
      }
    });
  }

  private refreshIfStale(): void {
    if (this.docs.length > this.refreshedAt * (1 + REFRESH_GROWTH)) this.refresh();
    if (this.reached.length < this.docs.length) {
      const capacity = Math.ceil(this.docs.length * 1.25);
      this.partial = new Float64Array(capacity);
      this.reached = new Uint8Array(capacity);
    }
  }

  private computeNorms(doc: number): void {
    const n = this.docs.length;
    const d = this.docs[doc]!;
    this.textNorm[doc] = norm(Array.from(d.terms, (id, i) => TF_WEIGHT[d.tfs[i]!]! * this.termIdf.get(id, n)));
    this.entityNorm[doc] = norm(Array.from(d.entities, (id) => TYPE_WEIGHT[this.entityInfo[id]!.type] * this.entityIdf.get(id, n)));
    this.familyNorm[doc] = norm(Array.from(d.families, (id) => this.familyIdf.get(id, n)));
  }

  /** A paper's unit TF-IDF vector, sorted by term id. */
  private textVector(doc: number): SparseVector {
    const n = this.docs.length;
    const d = this.docs[doc]!;
    const values = new Float64Array(d.terms.length);
    for (let i = 0; i < values.length; i++) values[i] = (TF_WEIGHT[d.tfs[i]!]! * this.termIdf.get(d.terms[i]!, n)) / this.textNorm[doc]!;
    return { ids: d.terms, values };
  }

  /**
   * The unit TF-IDF vector of character-gram counts (capped like the index's), sorted by gram id;
   * grams the index has never seen count in the norm only.
   */
  private gramVector(counts: Map<string, number>): SparseVector {
    const n = this.docs.length;
    const entries = [...counts].map(([gram, count]) => {
      const id = this.grams.id(gram);
      return { id, weight: TF_WEIGHT[Math.min(count, TF_MAX)]! * this.gramIdf.get(id, n) };
    });
    const vectorNorm = norm(entries.map((e) => e.weight));
    const kept = entries.filter((e) => e.id >= 0).sort((a, b) => a.id - b.id);
    return { ids: Int32Array.from(kept, (e) => e.id), values: Float64Array.from(kept, (e) => e.weight / vectorNorm) };
  }

  /** A paper's position features: its word and gram vectors side by side, each scaled to half the length. */
  private featureVector(words: SparseVector, grams: SparseVector): SparseVector {
    const ids = new Int32Array(words.ids.length + grams.ids.length);
    const values = new Float64Array(ids.length);
    for (let i = 0; i < words.ids.length; i++) {
      ids[i] = wordFeature(words.ids[i]!);
      values[i] = words.values[i]! * Math.SQRT1_2;
    }
    for (let i = 0, at = words.ids.length; i < grams.ids.length; i++, at++) {
      ids[at] = gramFeature(grams.ids[i]!);
      values[at] = grams.values[i]! * Math.SQRT1_2;
    }
    return { ids, values };
  }

  private familyEntities(pairs: [family: number, entity: number][]): Map<number, Set<number>> {
    const out = new Map<number, Set<number>>();
    for (const [family, entity] of pairs) {
      if (family < 0) continue;
      const set = out.get(family) ?? new Set<number>();
      set.add(entity);
      out.set(family, set);
    }
    return out;
  }

  private termMatch(text: SparseVector): Pick<Query, 'termIds' | 'termMatch'> {
    const n = this.docs.length;
    const termIds = Int32Array.from(text.ids);
    return { termIds, termMatch: Float64Array.from(termIds, (id, i) => text.values[i]! * this.termIdf.get(id, n)) };
  }

  private search(query: Query, k: number): RelatedHit[] {
    const candidates = this.candidates(query);
    const score = (doc: number): number => this.score(query, doc).total;
    return topK(candidates, score, k).map((doc) => this.explain(query, doc));
  }

  /**
   * First pass: accumulate each channel's contributions over posting lists, rarest keys first,
   * and keep the best CANDIDATES papers. Lists longer than FULL_SCAN_DF (words in a good part of
   * the corpus) are only scanned while too few papers have been reached to fill the candidates.
   */
  private candidates(query: Query): number[] {
    const n = this.docs.length;
    const { weights } = this;
    // Each list: the query's weight for the key, and the document side's weight per posting value.
    const lists: { postings: Postings; id: number; weight: number; value: Float64Array }[] = [];
    query.termIds.forEach((id, i) => lists.push({ postings: this.terms, id, weight: weights.text * query.termMatch[i]!, value: TF_WEIGHT }));
    for (const [id, w] of query.entities) lists.push({ postings: this.entities, id, weight: weights.entities * w * TYPE_WEIGHT[this.entityInfo[id]!.type] * this.entityIdf.get(id, n), value: ROLE_WEIGHT });
    for (const [id, w] of query.families) lists.push({ postings: this.families, id, weight: weights.graph * w * this.familyIdf.get(id, n), value: ROLE_WEIGHT });
    lists.sort((a, b) => a.postings.df(a.id) - b.postings.df(b.id));
    const norms = new Map<Postings, number[]>([
      [this.terms, this.textNorm],
      [this.entities, this.entityNorm],
      [this.families, this.familyNorm],
    ]);
    const { partial, reached } = this;
    const touched: number[] = [];
    for (const { postings, id, weight, value } of lists) {
      if (weight === 0) continue;
      const list = postings.list(id);
      if (list.length > FULL_SCAN_DF && touched.length >= CANDIDATES) break;
      const docNorm = norms.get(postings)!;
      const { bits, mask } = postings;
      for (const packed of list) {
        const doc = packed >>> bits;
        partial[doc]! += (weight * value[packed & mask]!) / docNorm[doc]!;
        if (!reached[doc]) {
          reached[doc] = 1;
          touched.push(doc);
        }
      }
    }
    const others = touched.filter((doc) => doc !== query.self);
    const best = others.length > CANDIDATES ? topK(others, (doc) => partial[doc]!, CANDIDATES) : others;
    for (const doc of touched) {
      partial[doc] = 0;
      reached[doc] = 0;
    }
    return best;
  }

  /** Exact score of one paper against the query, per channel. */
  private score(query: Query, doc: number): { text: number; entities: number; families: number; topics: number; total: number } {
    const n = this.docs.length;
    const d = this.docs[doc]!;
    const { termIds, termMatch } = query;
    let text = 0;
    for (let i = 0, j = 0; i < termIds.length && j < d.terms.length; ) {
      const a = termIds[i]!;
      const b = d.terms[j]!;
      if (a === b) text += termMatch[i++]! * TF_WEIGHT[d.tfs[j++]!]!;
      else if (a < b) i++;
      else j++;
    }
    text /= this.textNorm[doc]!;
    let entities = 0;
    for (let i = 0; i < d.entities.length; i++) {
      const id = d.entities[i]!;
      const w = query.entities.get(id);
      if (w) entities += w * ROLE_WEIGHT[d.roles[i]!]! * TYPE_WEIGHT[this.entityInfo[id]!.type] * this.entityIdf.get(id, n);
    }
    entities /= this.entityNorm[doc]!;
    let families = 0;
    for (let i = 0; i < d.families.length; i++) {
      const id = d.families[i]!;
      const w = query.families.get(id);
      // Two papers naming the same model already share it as an entity; the family links variants.
      if (w && !query.familyEntities.get(id)?.has(d.familyMembers[i]!)) families += w * ROLE_WEIGHT[d.familyRoles[i]!]! * this.familyIdf.get(id, n);
    }
    families /= this.familyNorm[doc]!;
    const topics = query.position ? this.topics.similarity(query.position, doc) : 0;
    const { weights: w } = this;
    return { text, entities, families, topics, total: w.text * text + w.topics * topics + w.entities * entities + w.graph * families };
  }

  private explain(query: Query, doc: number): RelatedHit {
    const d = this.docs[doc]!;
    const n = this.docs.length;
    const shared: (SharedEntity & { strength: number })[] = [];
    const hitFamilies = new Map<number, string>();
    d.entities.forEach((id, i) => {
      const info = this.entityInfo[id]!;
      const hitRole = roleAt(d.roles[i]!);
      if (info.family >= 0 && !hitFamilies.has(info.family)) hitFamilies.set(info.family, info.name);
      const mine = query.entityRoles.get(id);
      if (!mine) return;
      // Shown first: what one paper introduces and the other works with is the most telling link.
      const introduced = (mine.role === 'introduces') !== (hitRole === 'introduces') ? INTRODUCED_DISPLAY_BOOST : 1;
      const strength = ROLE_STRENGTH[mine.role] * ROLE_STRENGTH[hitRole] * TYPE_WEIGHT[info.type] ** 2 * this.entityIdf.get(id, n) ** 2 * introduced;
      shared.push({ name: mine.name, type: info.type, roles: [mine.role, hitRole], strength });
    });
    shared.sort((a, b) => b.strength - a.strength);
    const why = shared.slice(0, WHY_ENTITIES).map((s) => sharedEntitySentence(s.name, s.type, s.roles[0], s.roles[1], d.title));
    const sharedNames = new Set(shared.map((s) => s.name));
    for (const [family, member] of query.familyMembers) {
      const other = hitFamilies.get(family);
      if (other && other !== member && !sharedNames.has(member) && !sharedNames.has(other)) {
        why.push(familySentence(this.familyNames[family]!, member, other));
        break;
      }
    }
    const terms = this.strongestSharedTerms(query, d);
    if (terms.length > 0) why.push(sharedTermsSentence(terms));
    const score = this.score(query, doc).total;
    return { paperId: d.paperId, title: d.title, score: Math.round(score * 1e4) / 1e4, why, shared: shared.map(({ name, type, roles }) => ({ name, type, roles })) };
  }

  /** The shared terms that contribute most to the text similarity, as first written in the corpus. */
  private strongestSharedTerms(query: Query, d: Doc): string[] {
    const { termIds, termMatch } = query;
    const scored: { id: number; weight: number }[] = [];
    for (let i = 0, j = 0; i < termIds.length && j < d.terms.length; ) {
      const a = termIds[i]!;
      const b = d.terms[j]!;
      if (a === b) {
        const boost = this.termSurface[a]!.includes(' ') ? BIGRAM_DISPLAY_BOOST : 1;
        scored.push({ id: a, weight: termMatch[i++]! * TF_WEIGHT[d.tfs[j++]!]! * boost });
      } else if (a < b) i++;
      else j++;
    }
    // A bigram is shown first and hides its words; words already shown hide a bigram of them.
    scored.sort((a, b) => b.weight - a.weight);
    const chosen: string[] = [];
    for (const { id } of scored) {
      if (chosen.length >= WHY_TERMS) break;
      const surface = this.termSurface[id]!;
      const words = surface.split(' ');
      const hidden = chosen.some((c) => c.split(' ').includes(surface)) || (words.length > 1 && words.every((w) => chosen.includes(w)));
      if (!hidden) chosen.push(surface);
    }
    return chosen;
  }
}
