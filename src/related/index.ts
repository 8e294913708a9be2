import type { EntityType, ExtractedEntity, ExtractedPaper, Role } from '../extraction/types.js';
import { entityKey } from '../extraction/normalise.js';
import { extractPaper } from '../extraction/extract.js';
import { familySentence, sharedEntitySentence, sharedTermsSentence } from './explain.js';
import { idf, Postings } from './postings.js';
import { paperTermCounts, tokenise, TITLE_WEIGHT } from './tokenise.js';
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

/** Term frequency is capped at this in postings; 1 + ln(15) is already far up the curve. */
const TF_SLOTS = 16;
/** Entity postings carry the role index (ROLES has four). */
const ROLE_SLOTS = 4;
/** The IDF of every key is recomputed once the corpus has grown by this fraction since the last time. */
const REFRESH_GROWTH = 0.01;
/** At most this many papers, the best by the sparse channels, are re-scored in topic space. */
const TOPIC_CANDIDATES = 2000;
const WHY_ENTITIES = 3;
const WHY_TERMS = 4;
const BIGRAM_DISPLAY_BOOST = 2;

interface Doc {
  paperId: string;
  title: string;
  abstract: string;
  /** Entity ids (one per key) and this paper's strongest role for each. */
  entities: Int32Array;
  roles: Uint8Array;
}

interface WeightedKey {
  id: number;
  weight: number;
}

/** The query side of a comparison: normalised weights of its terms, entities and model families. */
interface Query {
  self: number;
  title: string;
  abstract: string;
  terms: WeightedKey[];
  entities: WeightedKey[];
  families: WeightedKey[];
  /** Entity id → the query paper's role and name, for explanations. */
  entityRoles: Map<number, { role: Role; name: string }>;
  familyMembers: Map<number, string>;
}

/** A paper's entities reduced to one per key, with its strongest role and the family it belongs to. */
interface PaperEntity {
  key: string;
  name: string;
  type: EntityType;
  role: Role;
  family: string | null;
  familyName: string | null;
}

function paperEntities(entities: readonly ExtractedEntity[]): PaperEntity[] {
  const byKey = new Map<string, PaperEntity>();
  for (const e of entities) {
    const key = e.key || entityKey(e.name);
    if (!key) continue;
    const family = e.family ? entityKey(e.family) : e.type === 'Model' ? key : null;
    const familyName = e.family ?? (e.type === 'Model' ? e.name : null);
    const seen = byKey.get(key);
    if (!seen || ROLE_STRENGTH[e.role] > ROLE_STRENGTH[seen.role]) byKey.set(key, { key, name: e.name, type: e.type, role: e.role, family: family || null, familyName });
  }
  return [...byKey.values()];
}

/**
 * Related-paper index: for a paper, the papers most worth reading next, with reasons.
 *
 * Score = w.text · cos(TF-IDF of title + abstract, unigrams and bigrams)
 *       + w.entities · cos(shared entities weighted by IDF, type and role)
 *       + w.graph · cos(shared model families, i.e. entities linked through variants).
 * Everything a query needs is precomputed: inverted indexes of terms, entities and families,
 * and each paper's vector norms. IDF is read from live document frequencies at query time;
 * the norms (which depend on every IDF of a paper) are recomputed once the corpus has grown
 * by 1% since they were last computed, so adding papers one at a time stays cheap and the
 * drift between recomputations is bounded.
 */
export class RelatedIndex {
  private readonly docs: Doc[] = [];
  private readonly byPaperId = new Map<string, number>();
  private readonly terms = new Postings(TF_SLOTS);
  private readonly entities = new Postings(ROLE_SLOTS);
  private readonly families = new Postings(ROLE_SLOTS);
  private readonly entityInfo: { name: string; type: EntityType; family: number }[] = [];
  private readonly familyNames: string[] = [];
  /** Per paper: L2 norms of its text, entity and family vectors. */
  private textNorm: number[] = [];
  private entityNorm: number[] = [];
  private familyNorm: number[] = [];
  private normsAt = 0;
  private readonly topics = new PaperTopics();
  /** Per-query scratch, reused: accumulated scores per channel and the docs touched. */
  private scratch = { text: new Float64Array(0), entity: new Float64Array(0), family: new Float64Array(0), seen: new Uint8Array(0) };

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
    const counts = paperTermCounts(paper.title, paper.abstract);
    for (const [term, count] of counts) this.terms.add(this.terms.id(term, true), doc, count);
    const entities = paperEntities(extraction.entities);
    const familyRoles = new Map<number, Role>();
    for (const e of entities) {
      const id = this.entities.id(e.key, true);
      if (id === this.entityInfo.length) {
        const family = e.family ? this.families.id(e.family, true) : -1;
        if (family === this.familyNames.length) this.familyNames.push(e.familyName ?? e.name);
        this.entityInfo.push({ name: e.name, type: e.type, family });
      }
      this.entities.add(id, doc, roleIndex(e.role));
      const family = e.family ? this.families.id(e.family, true) : -1;
      if (family === this.familyNames.length) this.familyNames.push(e.familyName ?? e.name);
      if (family >= 0) {
        const seen = familyRoles.get(family);
        if (!seen || ROLE_STRENGTH[e.role] > ROLE_STRENGTH[seen]) familyRoles.set(family, e.role);
      }
    }
    for (const [family, role] of familyRoles) this.families.add(family, doc, roleIndex(role));
    const ids = entities.map((e) => this.entities.id(e.key));
    this.docs.push({ paperId: paper.id, title: paper.title, abstract: paper.abstract, entities: Int32Array.from(ids), roles: Uint8Array.from(entities.map((e) => roleIndex(e.role))) });
    this.byPaperId.set(paper.id, doc);
    // Norms against today's IDF; refreshIfStale recomputes them all once the corpus has grown.
    const n = this.docs.length;
    const termTf = (count: number): number => 1 + Math.log(Math.min(count, TF_SLOTS - 1));
    this.textNorm.push(vectorNorm([...counts].map(([term, count]) => termTf(count) * idf(n, this.terms.df(this.terms.id(term))))));
    this.entityNorm.push(vectorNorm(ids.map((id) => TYPE_WEIGHT[this.entityInfo[id]!.type] * idf(n, this.entities.df(id)))));
    this.familyNorm.push(vectorNorm([...familyRoles.keys()].map((family) => idf(n, this.families.df(family)))));
    if (this.topics.rank > 0) {
      const vector = [...counts].map(([term, count]) => ({ id: this.terms.id(term), weight: termTf(count) * idf(n, this.terms.df(this.terms.id(term))) }));
      this.topics.add(sparse(normalise(vector)));
    }
  }

  /** Related papers of a paper in the index, best first; unknown ids give an empty list. */
  related(paperId: string, k: number): RelatedHit[] {
    const doc = this.byPaperId.get(paperId);
    if (doc === undefined) return [];
    this.refreshIfStale();
    const d = this.docs[doc]!;
    const entities: PaperEntity[] = [];
    for (let i = 0; i < d.entities.length; i++) {
      const info = this.entityInfo[d.entities[i]!]!;
      entities.push({ key: '', name: info.name, type: info.type, role: roleAt(d.roles[i]!), family: null, familyName: info.family >= 0 ? this.familyNames[info.family]! : null });
    }
    return this.search(this.query(doc, d.title, d.abstract, Array.from(d.entities), entities), k);
  }

  /** Related papers of a paper that is not in the index (pasted title and abstract). */
  relatedToText(title: string, abstract: string, k: number): RelatedHit[] {
    this.refreshIfStale();
    const extraction = extractPaper({ id: 'query', title, abstract, source: 'query' });
    const entities = paperEntities(extraction.entities);
    return this.search(this.query(-1, title, abstract, entities.map((e) => this.entities.id(e.key)), entities), k);
  }

  /** Recomputes every paper's vector norms from current document frequencies. */
  refresh(): void {
    this.textNorm = this.norms(this.terms, (_id, value) => 1 + Math.log(value));
    this.entityNorm = this.norms(this.entities, (id) => TYPE_WEIGHT[this.entityInfo[id]!.type]);
    this.familyNorm = this.norms(this.families, () => 1);
    this.normsAt = this.docs.length;
    this.topics.rebuild(this.docs.length, this.terms.size, (visit) => this.visitTextMatrix(visit));
  }

  /** Visits every entry of the normalised TF-IDF matrix, term by term. */
  private visitTextMatrix(visit: (doc: number, term: number, weight: number) => void): void {
    const n = this.docs.length;
    for (let id = 0; id < this.terms.size; id++) {
      const list = this.terms.list(id);
      const w = idf(n, list.length);
      for (const packed of list) {
        const doc = Math.floor(packed / TF_SLOTS);
        visit(doc, id, ((1 + Math.log(packed - doc * TF_SLOTS)) * w) / this.textNorm[doc]!);
      }
    }
  }

  private refreshIfStale(): void {
    if (this.docs.length > this.normsAt * (1 + REFRESH_GROWTH)) this.refresh();
    const n = this.docs.length;
    if (this.scratch.seen.length < n) {
      const capacity = Math.max(n, Math.ceil(this.scratch.seen.length * 1.5));
      this.scratch = { text: new Float64Array(capacity), entity: new Float64Array(capacity), family: new Float64Array(capacity), seen: new Uint8Array(capacity) };
    }
  }

  /** An entity's weight in a paper's vector before IDF: the paper's role times the type's weight. */
  private entityWeight(id: number, role: number): number {
    return ROLE_STRENGTH[roleAt(role)] * TYPE_WEIGHT[this.entityInfo[id]!.type];
  }

  /** L2 norm per document of the vectors weight(key, value) · idf(key). */
  private norms(postings: Postings, weight: (id: number, value: number) => number): number[] {
    const n = this.docs.length;
    const sq: number[] = new Array<number>(n).fill(0);
    const slots = postings.slots;
    for (let id = 0; id < postings.size; id++) {
      const list = postings.list(id);
      const w = idf(n, list.length);
      for (const packed of list) {
        const doc = Math.floor(packed / slots);
        const x = weight(id, packed - doc * slots) * w;
        sq[doc]! += x * x;
      }
    }
    for (let i = 0; i < n; i++) sq[i] = Math.sqrt(sq[i]!) || 1;
    return sq;
  }

  private query(self: number, title: string, abstract: string, entityIds: number[], entities: PaperEntity[]): Query {
    const n = this.docs.length;
    const terms = normalise(
      [...paperTermCounts(title, abstract)].map(([term, count]) => {
        const id = this.terms.id(term);
        return { id, weight: (1 + Math.log(Math.min(count, TF_SLOTS - 1))) * idf(n, this.terms.df(id)) };
      }),
    );
    const entityRoles = new Map<number, { role: Role; name: string }>();
    const familyRoles = new Map<number, Role>();
    const familyMembers = new Map<number, string>();
    const entityWeights = entities.map((e, i) => {
      const id = entityIds[i]!;
      if (id >= 0) entityRoles.set(id, { role: e.role, name: e.name });
      const family = id >= 0 ? this.entityInfo[id]!.family : e.family ? this.families.id(e.family) : -1;
      if (family >= 0) {
        const seen = familyRoles.get(family);
        if (!seen || ROLE_STRENGTH[e.role] > ROLE_STRENGTH[seen]) familyRoles.set(family, e.role);
        if (!familyMembers.has(family)) familyMembers.set(family, e.name);
      }
      return { id, weight: TYPE_WEIGHT[e.type] * idf(n, this.entities.df(id)), role: ROLE_STRENGTH[e.role] };
    });
    const families = [...familyRoles].map(([id, role]) => ({ id, weight: idf(n, this.families.df(id)), role: ROLE_STRENGTH[role] }));
    return { self, title, abstract, terms, entities: normaliseRoleFree(entityWeights), families: normaliseRoleFree(families), entityRoles, familyMembers };
  }

  private search(query: Query, k: number): RelatedHit[] {
    const n = this.docs.length;
    const { text, entity, family, seen } = this.scratch;
    const touched: number[] = [];
    const accumulate = (postings: Postings, keys: WeightedKey[], acc: Float64Array, norm: number[], weight: (id: number, value: number) => number): void => {
      const slots = postings.slots;
      for (const { id, weight: qw } of keys) {
        if (id < 0) continue;
        const list = postings.list(id);
        const w = qw * idf(n, list.length);
        for (const packed of list) {
          const doc = Math.floor(packed / slots);
          acc[doc]! += (w * weight(id, packed - doc * slots)) / norm[doc]!;
          if (!seen[doc]) {
            seen[doc] = 1;
            touched.push(doc);
          }
        }
      }
    };
    accumulate(this.terms, query.terms, text, this.textNorm, (_id, value) => 1 + Math.log(value));
    accumulate(this.entities, query.entities, entity, this.entityNorm, (id, value) => this.entityWeight(id, value));
    accumulate(this.families, query.families, family, this.familyNorm, (_id, value) => ROLE_STRENGTH[roleAt(value)]);
    const { weights } = this;
    const sparseScore = (doc: number): number => weights.text * text[doc]! + weights.entities * entity[doc]! + weights.graph * family[doc]!;
    let candidates = touched.filter((doc) => doc !== query.self);
    if (candidates.length > TOPIC_CANDIDATES) candidates = topK(candidates, sparseScore, TOPIC_CANDIDATES);
    const position = weights.topics > 0 ? this.topics.position(query.self >= 0 ? query.self : sparse(query.terms)) : null;
    const score = position ? (doc: number): number => sparseScore(doc) + weights.topics * this.topics.similarity(position, doc) : sparseScore;
    const best = topK(candidates, score, k);
    const hits = best.map((doc) => this.explain(query, doc, score(doc)));
    for (const doc of touched) {
      text[doc] = 0;
      entity[doc] = 0;
      family[doc] = 0;
      seen[doc] = 0;
    }
    return hits;
  }

  private explain(query: Query, doc: number, score: number): RelatedHit {
    const d = this.docs[doc]!;
    const n = this.docs.length;
    const shared: (SharedEntity & { strength: number })[] = [];
    const hitFamilies = new Map<number, string>();
    for (let i = 0; i < d.entities.length; i++) {
      const id = d.entities[i]!;
      const info = this.entityInfo[id]!;
      const hitRole = roleAt(d.roles[i]!);
      if (info.family >= 0 && !hitFamilies.has(info.family)) hitFamilies.set(info.family, info.name);
      const mine = query.entityRoles.get(id);
      if (!mine) continue;
      const strength = ROLE_STRENGTH[mine.role] * ROLE_STRENGTH[hitRole] * TYPE_WEIGHT[info.type] ** 2 * idf(n, this.entities.df(id)) ** 2;
      shared.push({ name: mine.name, type: info.type, roles: [mine.role, hitRole], strength });
    }
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
    return { paperId: d.paperId, title: d.title, score: round(score), why, shared: shared.map(({ name, type, roles }) => ({ name, type, roles })) };
  }

  /** The shared terms that contribute most to the text similarity, bigrams before their parts. */
  private strongestSharedTerms(query: Query, d: Doc): string[] {
    const n = this.docs.length;
    const queryWeight = new Map(query.terms.map((t) => [t.id, t.weight]));
    const surfaces = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const field of [d.title, d.abstract]) {
      const boost = field === d.title ? TITLE_WEIGHT : 1;
      for (const { term, surface } of tokenise(field)) {
        if (!surfaces.has(term)) surfaces.set(term, surface);
        counts.set(term, (counts.get(term) ?? 0) + boost);
      }
    }
    const scored: { surface: string; term: string; weight: number }[] = [];
    for (const [term, count] of counts) {
      const id = this.terms.id(term);
      const qw = queryWeight.get(id);
      if (qw === undefined || id < 0) continue;
      scored.push({ term, surface: surfaces.get(term)!, weight: qw * (1 + Math.log(count)) * idf(n, this.terms.df(id)) });
    }
    // A bigram says more than either of its words: it is shown first and hides its parts.
    scored.sort((a, b) => b.weight * (b.term.includes(' ') ? BIGRAM_DISPLAY_BOOST : 1) - a.weight * (a.term.includes(' ') ? BIGRAM_DISPLAY_BOOST : 1));
    const chosenTerms: string[] = [];
    const chosen: string[] = [];
    for (const s of scored) {
      if (chosen.length >= WHY_TERMS) break;
      const words = s.term.split(' ');
      if (chosenTerms.some((c) => c.split(' ').includes(s.term)) || (words.length > 1 && words.every((w) => chosenTerms.includes(w)))) continue;
      chosenTerms.push(s.term);
      chosen.push(s.surface);
    }
    return chosen;
  }
}

function sparse(keys: WeightedKey[]): SparseVector {
  return { ids: keys.map((k) => k.id), values: keys.map((k) => k.weight) };
}

function vectorNorm(values: number[]): number {
  return Math.sqrt(values.reduce((s, x) => s + x * x, 0)) || 1;
}

/**
 * Unit length before the roles are applied, then scaled by each key's role strength: a paper that
 * only mentions its one entity must not look, after normalisation, like one that evaluates it.
 */
function normaliseRoleFree(keys: (WeightedKey & { role: number })[]): WeightedKey[] {
  const norm = vectorNorm(keys.map((k) => k.weight));
  return keys.map((k) => ({ id: k.id, weight: (k.weight * k.role) / norm }));
}

function normalise(keys: WeightedKey[]): WeightedKey[] {
  const norm = vectorNorm(keys.map((k) => k.weight));
  return keys.map((k) => ({ id: k.id, weight: k.weight / norm }));
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
