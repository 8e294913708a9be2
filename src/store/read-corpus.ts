/**
 * Reads the stored graph back as extracted papers, so the server can serve from Neo4j exactly
 * what `buildGraph` would build from a fresh extraction. Papers come in pages (keyset pagination
 * by id) so no single query result holds the whole corpus.
 */
import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, ROLES, type EntityType, type Evidence, type ExtractedEntity, type ExtractedPaper, type ExtractedResult, type Role, type Span, type TextField } from '../extraction/types.js';
import type { Paper } from '../reading/paper.js';
import type { Neo4jConfig } from './config.js';
import { getDriver, sessionConfig } from './driver.js';
import { toPlain } from './plain.js';
import { StoredGraphOutdatedError } from './errors.js';
import { entityUid, READ_PAPERS, ROLE_RELATIONSHIPS } from './statements.js';
import type { EntityAnnotation, ResultRow } from './rows.js';

const PAGE = 2000;
const ROLE_OF = new Map<string, Role>(ROLES.map((r) => [ROLE_RELATIONSHIPS[r], r]));

interface StoredLink {
  confidence: number;
  evidence: string[];
  /** Absent when every evidence sentence is in the abstract. */
  evidenceField?: TextField[] | null;
  start: number[];
  end: number[];
}

interface StoredEntity {
  relationship: string;
  link: StoredLink;
  labels: string[];
  key: string;
  /** Each VARIANT_OF path up from the entity, as the names along it. */
  families: string[][];
}

/** A result as read back: the row the loader wrote, less its identity and provenance. */
type StoredResult = Omit<ResultRow, 'key' | 'paper' | 'evidenceField'> & { evidenceField: TextField };

/** Every stored paper with its entities (role, evidence, confidence, family) and results, by id. */
export async function readCorpus(config: Neo4jConfig): Promise<ExtractedPaper[]> {
  const papers: ExtractedPaper[] = [];
  for await (const page of readCorpusPages(config)) papers.push(...page);
  return papers;
}

/** The same, a page at a time, for callers that index as they go. */
export async function* readCorpusPages(config: Neo4jConfig, pageSize = PAGE): AsyncGenerator<ExtractedPaper[]> {
  let after = '';
  for (;;) {
    const session = getDriver(config).session(sessionConfig(config, 'READ'));
    let rows: { paper: Record<string, unknown>; entities: StoredEntity[]; results: StoredResult[] }[];
    try {
      const result = await session.executeRead((tx) => tx.run(READ_PAPERS, { after, limit: neo4j.int(pageSize) }));
      rows = result.records.map((r) => toPlain(r.toObject()) as (typeof rows)[number]);
    } finally {
      await session.close();
    }
    if (rows.length === 0) return;
    yield rows.map(toExtractedPaper);
    after = String(rows[rows.length - 1]!.paper.id);
    if (rows.length < pageSize) return;
  }
}

function toExtractedPaper(row: { paper: Record<string, unknown>; entities: StoredEntity[]; results: StoredResult[] }): ExtractedPaper {
  const stored = row.paper;
  const paper: Paper = { id: String(stored.id), title: String(stored.title), abstract: String(stored.abstract), source: String(stored.source) };
  if (stored.url != null) paper.url = String(stored.url);
  if (stored.published != null) paper.published = String(stored.published);
  if (Array.isArray(stored.authors)) paper.authors = stored.authors as string[];
  if (Array.isArray(stored.categories)) paper.categories = stored.categories as string[];
  if (typeof stored.annotations !== 'string') throw new StoredGraphOutdatedError(paper.id);
  const annotations = new Map((JSON.parse(stored.annotations) as EntityAnnotation[]).map((a) => [`${a.role}|${a.uid}`, a]));
  const entities = row.entities.flatMap((e) => {
    const entity = toEntity(e, annotations);
    return entity ? [entity] : [];
  });
  const results = [...row.results].sort((a, b) => a.index - b.index).map(toResult);
  return { paper, extraction: { id: paper.id, title: paper.title, entities, results } };
}

function toEntity(stored: StoredEntity, annotations: Map<string, EntityAnnotation>): ExtractedEntity | null {
  const type = ENTITY_TYPES.find((t) => stored.labels.includes(t)) as EntityType | undefined;
  const role = ROLE_OF.get(stored.relationship);
  const note = type && role ? annotations.get(`${role}|${entityUid(type, stored.key)}`) : undefined;
  if (!type || !role || !note) return null;
  const link = stored.link;
  const evidence: Evidence[] = link.evidence.map((sentence, i) => ({ field: link.evidenceField?.[i] ?? 'abstract', sentence, start: link.start[i]!, end: link.end[i]! }));
  const spans: Span[] = note.spans.map(([field, start, end]) => ({ field, start, end }));
  const entity: ExtractedEntity = { name: note.name, key: stored.key, type, mentions: note.mentions, spans, role, evidence, confidence: link.confidence };
  // The longest path is the whole lineage ("Gemini 1.5 Pro" → Gemini 1.5 → Gemini); the shorter ones are its prefixes.
  const [family, ...lineage] = stored.families.reduce((a, b) => (b.length > a.length ? b : a), []);
  if (family) entity.family = family;
  if (lineage.length) entity.lineage = lineage;
  if (note.aliases?.length) entity.aliases = note.aliases;
  return entity;
}

function toResult(stored: StoredResult): ExtractedResult {
  return {
    subject: stored.subject,
    // Neo4j does not store null properties: an absent one reads back as null.
    benchmark: stored.benchmark ?? null,
    metric: stored.metric ?? null,
    value: stored.value,
    unit: stored.unit ?? null,
    compared_to: stored.comparedTo ?? null,
    ...(stored.change ? { change: true as const } : {}),
    evidence: { field: stored.evidenceField, sentence: stored.evidence, start: stored.start, end: stored.end },
  };
}
