/**
 * Every Cypher statement the loader runs. Labels and relationship types come from the fixed
 * constants below (one statement per label or role, generated once), never from input; all
 * values travel as parameters ($rows, $ids, $extractor).
 */
import { ENTITY_TYPES, ROLES, type EntityType, type Role } from '../extraction/types.js';

/** Paper→entity relationship type per role. */
export const ROLE_RELATIONSHIPS: Record<Role, string> = {
  introduces: 'INTRODUCES',
  evaluates: 'EVALUATES',
  uses: 'USES',
  mentions: 'MENTIONS',
};

/** Result→entity relationship type per field of a result. */
export const RESULT_RELATIONSHIPS = {
  subject: 'OF',
  benchmark: 'ON',
  metric: 'MEASURED_BY',
  compared_to: 'COMPARED_TO',
} as const;
export type ResultField = keyof typeof RESULT_RELATIONSHIPS;
export const RESULT_FIELDS = Object.keys(RESULT_RELATIONSHIPS) as ResultField[];

const ROLE_PATTERN = ROLES.map((r) => ROLE_RELATIONSHIPS[r]).join('|');
const RESULT_PATTERN = RESULT_FIELDS.map((f) => RESULT_RELATIONSHIPS[f]).join('|');

/** The uid that identifies an entity across types: "<Type>:<key>". */
export const entityUid = (type: EntityType, key: string): string => `${type}:${key}`;

export const STORED_HASHES = `
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.hash AS hash`;

/** Removes a changed paper's role links; returns the entities it pointed at (orphan candidates). */
export const DELETE_PAPER_LINKS = `
UNWIND $ids AS id
MATCH (:Paper {id: id})-[r:${ROLE_PATTERN}]->(e:Entity)
DELETE r
RETURN collect(DISTINCT e.uid) AS uids`;

export const DELETE_PAPER_RESULTS = `
UNWIND $ids AS id
MATCH (:Paper {id: id})-[:REPORTS]->(res:Result)
DETACH DELETE res`;

/**
 * Entities that nothing points at any more after a paper changed; returns the families of the
 * deleted variants, which may have become orphans in turn.
 */
export const DELETE_ORPHANS = `
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
WHERE NOT EXISTS { (e)<-[:${ROLE_PATTERN}|VARIANT_OF|${RESULT_PATTERN}]-() }
OPTIONAL MATCH (e)-[:VARIANT_OF]->(family:Entity)
WITH e, collect(family.uid) AS families
DETACH DELETE e
WITH families UNWIND families AS family
RETURN collect(DISTINCT family) AS families`;

export const MERGE_PAPERS = `
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.abstract = row.abstract, p.url = row.url,
    p.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    p.source = row.source, p.authors = row.authors, p.categories = row.categories,
    p.hash = row.hash, p.extractor = $extractor, p.annotations = row.annotations
RETURN collect(row.id) AS keys, collect(id(p)) AS nodes`;

/**
 * One MERGE per entity label; aliases only grow (a union in first-seen order). Returns each row's
 * node id (see CREATE_LINKS); the alias union is a FOREACH so every row reaches the RETURN.
 */
export const MERGE_ENTITIES: Record<EntityType, string> = Object.fromEntries(
  ENTITY_TYPES.map((label) => [
    label,
    `
UNWIND $rows AS row
MERGE (e:${label} {key: row.key})
ON CREATE SET e:Entity, e.uid = row.uid, e.name = row.name, e.aliases = row.aliases
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS extra
FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + extra)
RETURN collect(row.uid) AS keys, collect(id(e)) AS nodes`,
  ]),
) as Record<EntityType, string>;

/**
 * One statement per role: the link carries its evidence sentences with their offsets (and their
 * fields, only when one is not the abstract), the confidence and the extractor version; how the paper wrote the entity (names, spans) is on
 * the paper (`annotations`). CREATE, not MERGE: links are only written for a paper that is new or
 * whose old links were just deleted in the same transaction, and rows are unique per (paper, role,
 * entity), so none can exist yet; MERGE would search the paper's and the entity's relationships
 * for each row.
 */
export const CREATE_LINKS: Record<Role, string> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    `
UNWIND $rows AS row
MATCH (p) WHERE id(p) = row.p
MATCH (e) WHERE id(e) = row.e
CREATE (p)-[r:${ROLE_RELATIONSHIPS[role]}]->(e)
SET r.evidence = row.evidence, r.evidenceField = row.evidenceField,
    r.start = [x IN row.start | toInteger(x)], r.end = [x IN row.end | toInteger(x)],
    r.confidence = row.confidence, r.extractor = $extractor`,
  ]),
) as Record<Role, string>;

export const MERGE_FAMILIES = `
UNWIND $rows AS row
MATCH (v) WHERE id(v) = row.v
MATCH (f) WHERE id(f) = row.f
MERGE (v)-[:VARIANT_OF]->(f)`;

/** CREATE for the same reason as the links: a written paper's results were just deleted, or it is new. */
export const CREATE_RESULTS = `
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
CREATE (res:Result {key: row.key})
SET res.index = toInteger(row.index), res.value = row.value, res.unit = row.unit,
    res.subject = row.subject, res.benchmark = row.benchmark, res.metric = row.metric, res.comparedTo = row.comparedTo, res.change = row.change,
    res.evidence = row.evidence, res.evidenceField = row.evidenceField,
    res.start = toInteger(row.start), res.end = toInteger(row.end), res.extractor = $extractor
CREATE (p)-[:REPORTS]->(res)
RETURN collect(row.key) AS keys, collect(id(res)) AS nodes`;

export const CREATE_RESULT_LINKS: Record<ResultField, string> = Object.fromEntries(
  RESULT_FIELDS.map((field) => [
    field,
    `
UNWIND $rows AS row
MATCH (res) WHERE id(res) = row.r
MATCH (e) WHERE id(e) = row.e
CREATE (res)-[:${RESULT_RELATIONSHIPS[field]}]->(e)`,
  ]),
) as Record<ResultField, string>;

/** Dry run: which of these entities do not exist yet. */
export const MISSING_ENTITIES = `
UNWIND $uids AS uid
OPTIONAL MATCH (e:Entity {uid: uid})
WITH uid, e WHERE e IS NULL
RETURN collect(uid) AS missing`;

/** Dry run: how many role links and results the changed papers have now (they would be replaced). */
export const EXISTING_LINKS = `
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN sum(COUNT { (p)-[:${ROLE_PATTERN}]->() }) AS links, sum(COUNT { (p)-[:REPORTS]->() }) AS results`;

/** Read-back: a page of papers (keyset pagination by id) with their links and results. */
export const READ_PAPERS = `
MATCH (p:Paper) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
RETURN p {.*} AS paper,
  [(p)-[r:${ROLE_PATTERN}]->(e:Entity) | {
     relationship: type(r), link: properties(r), labels: labels(e), key: e.key,
     families: [path = (e)-[:VARIANT_OF*1..8]->(:Model) WHERE none(f IN tail(nodes(path)) WHERE f = e) | [f IN tail(nodes(path)) | f.name]]
  }] AS entities,
  [(p)-[:REPORTS]->(res:Result) | properties(res)] AS results`;
