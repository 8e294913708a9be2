/**
 * Turns extracted papers into the parameter rows the loader's statements UNWIND. Pure: no
 * driver here, so the shape of what is written can be tested and reasoned about on its own.
 */
import { createHash } from 'node:crypto';
import { familyLinks } from '../extraction/families.js';
import { entityKey, isCalled } from '../extraction/normalise.js';
import { ENTITY_TYPES, ROLES, type EntityType, type ExtractedEntity, type ExtractedPaper, type Role, type TextField } from '../extraction/types.js';
import { entityUid, RESULT_FIELDS, type ResultField } from './statements.js';

export interface PaperRow {
  id: string;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
  source: string;
  authors: string[] | null;
  categories: string[] | null;
  /** Fingerprint of the paper and its extraction: equal hash = nothing to write. */
  hash: string;
  /** JSON of the paper's EntityAnnotation list: how and where it writes each linked entity. */
  annotations: string;
}

/**
 * How one paper writes one of its linked entities (name as written, surface forms, aliases,
 * character spans). Needed only to highlight the text and to read the extraction back, never
 * queried in Cypher, so it is stored once per paper as JSON rather than as properties on every
 * link (which doubled the server's work per link; see cypher/README.md, "Load benchmark").
 */
export interface EntityAnnotation {
  role: Role;
  uid: string;
  name: string;
  mentions: string[];
  aliases?: string[];
  /** [field, start, end] per mention. */
  spans: [TextField, number, number][];
}

export interface EntityRow {
  uid: string;
  key: string;
  name: string;
  aliases: string[];
}

/** A role link: the properties the issue asks of every link; the extractor travels once per statement. */
export interface LinkRow {
  paper: string;
  uid: string;
  confidence: number;
  evidence: string[];
  /**
   * The field of each evidence sentence; null (no property) when all are in the abstract, as
   * nearly all are: a list of strings costs the server a record of its own on every link.
   */
  evidenceField: TextField[] | null;
  start: number[];
  end: number[];
}

export interface ResultRow {
  key: string;
  paper: string;
  index: number;
  value: number;
  unit: string | null;
  subject: string;
  benchmark: string | null;
  metric: string | null;
  comparedTo: string | null;
  /** true for a change against something else (ExtractedResult.change); null, so not stored, for a score. */
  change: true | null;
  evidence: string;
  evidenceField: string;
  start: number;
  end: number;
}

/** Everything one transaction writes for a batch of papers. */
export interface BatchRows {
  papers: PaperRow[];
  entities: Record<EntityType, EntityRow[]>;
  links: Record<Role, LinkRow[]>;
  families: { variant: string; family: string }[];
  results: ResultRow[];
  resultLinks: Record<ResultField, { result: string; uid: string }[]>;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which of a paper's entities a result field refers to, by key, preferring these types. */
const RESULT_TYPE_PREFERENCE: Record<ResultField, EntityType[]> = {
  subject: ['Model', 'Technique', 'Dataset', 'Benchmark', 'Task', 'Metric'],
  benchmark: ['Benchmark', 'Dataset', 'Task'],
  metric: ['Metric'],
  compared_to: ['Model', 'Technique', 'Dataset', 'Benchmark', 'Task', 'Metric'],
};

/**
 * The paper's fingerprint: its text, metadata, extraction and extractor version. `source` (the
 * input file's path) is left out, so the same corpus read from another path or checkout is still
 * "unchanged"; a paper's `source` is the file it was first loaded from.
 */
export function paperHash(item: ExtractedPaper, extractor: string): string {
  const { paper, extraction } = item;
  const content = [paper.id, paper.title, paper.abstract, paper.url, paper.published, paper.authors, paper.categories, extraction.entities, extraction.results, extractor];
  return createHash('sha1').update(JSON.stringify(content)).digest('base64url');
}

export function paperRow(item: ExtractedPaper, extractor: string, annotations: EntityAnnotation[], hash = paperHash(item, extractor)): PaperRow {
  const { paper } = item;
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    url: paper.url ?? null,
    published: paper.published && FULL_DATE.test(paper.published) ? paper.published : null,
    source: paper.source,
    authors: paper.authors?.length ? paper.authors : null,
    categories: paper.categories?.length ? paper.categories : null,
    hash,
    annotations: JSON.stringify(annotations),
  };
}

function emptyBatch(): BatchRows {
  return {
    papers: [],
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, []])) as unknown as Record<EntityType, EntityRow[]>,
    links: Object.fromEntries(ROLES.map((r) => [r, []])) as unknown as Record<Role, LinkRow[]>,
    families: [],
    results: [],
    resultLinks: Object.fromEntries(RESULT_FIELDS.map((f) => [f, []])) as unknown as Record<ResultField, { result: string; uid: string }[]>,
  };
}

/**
 * Rows for the papers to (re)write; entities are deduplicated across the batch, aliases unioned.
 * `hashes` (paper id -> paperHash) saves hashing twice when the caller already has them.
 */
export function batchRows(items: ExtractedPaper[], extractor: string, hashes?: Map<string, string>): BatchRows {
  const batch = emptyBatch();
  const entities = new Map<string, EntityRow & { type: EntityType }>();
  const addEntity = (type: EntityType, key: string, name: string, aliases: string[]) => {
    const uid = entityUid(type, key);
    const row = entities.get(uid);
    if (!row) entities.set(uid, { uid, key, name, aliases: [...new Set(aliases)], type });
    else for (const alias of aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
  };
  const families = new Set<string>();

  for (const item of items) {
    const paperId = item.paper.id;
    const seen = new Set<string>();
    const annotations: EntityAnnotation[] = [];
    for (const entity of item.extraction.entities) {
      const uid = entityUid(entity.type, entity.key);
      addEntity(entity.type, entity.key, entity.name, [...entity.mentions, ...(entity.aliases ?? [])]);
      if (seen.has(`${entity.role}|${uid}`)) continue;
      seen.add(`${entity.role}|${uid}`);
      batch.links[entity.role].push(linkRow(paperId, uid, entity));
      annotations.push(annotation(uid, entity));
      for (const { variant, family } of familyLinks(entity)) {
        addEntity('Model', family.key, family.name, [family.name]);
        const id = `${variant.key}|${family.key}`;
        if (!families.has(id)) batch.families.push({ variant: variant.key, family: family.key });
        families.add(id);
      }
    }
    batch.papers.push(paperRow(item, extractor, annotations, hashes?.get(paperId)));
    item.extraction.results.forEach((result, index) => {
      const key = `${paperId}#${index}`;
      batch.results.push({
        key,
        paper: paperId,
        index,
        value: result.value,
        unit: result.unit,
        subject: result.subject,
        benchmark: result.benchmark,
        metric: result.metric,
        comparedTo: result.compared_to,
        change: result.change ?? null,
        evidence: result.evidence.sentence,
        evidenceField: result.evidence.field,
        start: result.evidence.start,
        end: result.evidence.end,
      });
      for (const field of RESULT_FIELDS) {
        const uid = resolveResultEntity(item.extraction.entities, result[field], RESULT_TYPE_PREFERENCE[field]);
        if (uid) batch.resultLinks[field].push({ result: key, uid });
      }
    });
  }
  for (const { type, ...row } of entities.values()) batch.entities[type].push(row);
  return batch;
}

function linkRow(paper: string, uid: string, entity: ExtractedEntity): LinkRow {
  return {
    paper,
    uid,
    confidence: entity.confidence,
    evidence: entity.evidence.map((e) => e.sentence),
    evidenceField: entity.evidence.every((e) => e.field === 'abstract') ? null : entity.evidence.map((e) => e.field),
    start: entity.evidence.map((e) => e.start),
    end: entity.evidence.map((e) => e.end),
  };
}

function annotation(uid: string, entity: ExtractedEntity): EntityAnnotation {
  const note: EntityAnnotation = { role: entity.role, uid, name: entity.name, mentions: entity.mentions, spans: entity.spans.map((s) => [s.field, s.start, s.end]) };
  if (entity.aliases?.length) note.aliases = entity.aliases;
  return note;
}

/**
 * A result names its subject/benchmark/metric as text; link it to the paper's entity with that key, or else to
 * the one the paper writes that way (a subject is written as the paper writes it, "Gemini Pro" for "Gemini 1.0 Pro").
 */
function resolveResultEntity(entities: ExtractedEntity[], name: string | null, types: EntityType[]): string | null {
  if (!name) return null;
  const key = entityKey(name);
  for (const named of [(e: ExtractedEntity) => e.key === key, (e: ExtractedEntity) => isCalled(e, key)]) {
    for (const type of types) {
      const hit = entities.find((e) => e.type === type && named(e));
      if (hit) return entityUid(hit.type, hit.key);
    }
  }
  return null;
}

/** Number of rows a batch writes per kind, for dry runs. */
export function rowCounts(batch: BatchRows): { links: number; results: number; resultLinks: number; families: number } {
  return {
    links: ROLES.reduce((n, r) => n + batch.links[r].length, 0),
    results: batch.results.length,
    resultLinks: RESULT_FIELDS.reduce((n, f) => n + batch.resultLinks[f].length, 0),
    families: batch.families.length,
  };
}
