import type { Paper } from './paper.js';
import type { Revision } from './format.js';
import { arxivAbsUrl, arxivVersion, recordArxivId, titleId } from './ids.js';
import { plainFromLatex } from './latex.js';

/** Runs of whitespace (line breaks in arXiv titles, double spaces) become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "2024-07-01T17:59:59Z", "2008-11-13" or "Mon, 2 Apr 2007 19:18:42 GMT" -> "YYYY-MM-DD". */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const leading = /^\d{4}-\d{2}-\d{2}/.exec(text);
  if (leading) return leading[0];
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The date of the snapshot's first version: `versions: [{version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT"}, ...]`. */
function firstVersionDate(versions: unknown): string | undefined {
  return Array.isArray(versions) && isRecord(versions[0]) ? isoDate(versions[0].created) : undefined;
}

/**
 * Which copy of a paper a record is: the snapshot's latest version (its `versions` list ends with it) and
 * `update_date`, or the version its id names.
 */
function recordRevision(record: Record<string, unknown>): Revision | undefined {
  const latest = Array.isArray(record.versions) ? record.versions.at(-1) : undefined;
  const listed = isRecord(latest) && typeof latest.version === 'string' ? /^v(\d+)$/.exec(latest.version)?.[1] : undefined;
  const version = listed === undefined ? arxivVersion(text(record.id)) : Number(listed);
  const updated = isoDate(record.update_date) ?? (isRecord(latest) ? isoDate(latest.created) : undefined);
  return version === undefined && updated === undefined ? undefined : { version, updated };
}

/**
 * Authors as a list: "A, B and C" (the arXiv metadata snapshot), ["A", "B"] or [{name: "A"}]. The snapshot's string
 * may carry affiliations in parentheses ("A and B (1 and 2) ((1) Smith College, (2) UMass Amherst)"), which are
 * not authors, and LaTeX accents ("R\\'e"), which are read as the letters they make ("Ré").
 */
export function authorList(value: unknown): string[] | undefined {
  let names: string[] = [];
  // Whitespace is collapsed before any pattern with \s* or \s+ runs: each rescans a long run from every position in it.
  if (typeof value === 'string') names = withoutParentheses(collapseWhitespace(value)).split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  else if (Array.isArray(value)) names = value.map(nameOf).filter((n): n is string => n !== undefined);
  return nameList(names.map((name) => collapseWhitespace(name).replace(/\s+et\s+al\.?$/, '')));
}

/**
 * The snapshot's `authors_parsed`: [last, first, suffix] per author, written "First Last Suffix". Its parse writes
 * hyphenated initials apart ("C. -P."), as the authors never do ("C.-P.").
 */
export function parsedAuthorList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = (item: unknown) => (Array.isArray(item) ? [item[1], item[0], item[2]].filter((p): p is string => typeof p === 'string') : []);
  return nameList(value.map((item) => parts(item).join(' ').replace(/\.\s+-(?=\p{Lu})/gu, '.-')));
}

function nameList(names: string[]): string[] | undefined {
  // Collapsed before the LaTeX is read, for the same reason, and after, as reading it may leave double spaces.
  const plain = names.map((name) => collapseWhitespace(plainFromLatex(collapseWhitespace(name)))).filter(Boolean);
  return plain.length > 0 ? plain : undefined;
}

/** Text without its parenthesised groups, nested ones included. */
function withoutParentheses(text: string): string {
  let rest = text;
  for (let inner = /\s*\([^()]*\)/g; inner.test(rest); inner.lastIndex = 0) rest = rest.replace(inner, '');
  return rest;
}

function nameOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (isRecord(item) && typeof item.name === 'string') return item.name;
  return undefined;
}

/** Categories as a list: "cs.CL cs.LG" or ["cs.CL", "cs.LG"]. */
export function categoryList(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const categories = items.map((c) => c.trim()).filter(Boolean);
  return categories.length > 0 ? categories : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The fields a reader found for one paper, before validation. */
export interface RawPaper {
  id?: string;
  url?: string;
  title?: string;
  abstract?: string;
  published?: string;
  authors?: string[];
  categories?: string[];
  revision?: Revision;
}

/** A valid Paper with its revision when known, or why the record cannot be one. */
export type PaperOrReason = { paper: Paper; revision?: Revision } | { reason: string };

/**
 * Checks that a title and an abstract are present, collapses whitespace, reads the abstract's LaTeX as
 * text and assigns the stable id. A paper with an arXiv id is paired with its copies by that id, so its
 * title is read as rendered too ("$\infty$Bench" is "∞Bench" from the API's Atom and from the snapshot alike)
 * and it gets its arXiv page as URL when the record names none. Without one the title stays as given: it is
 * what pairs the paper with the same paper read elsewhere (a trending page shows titles already rendered),
 * and what its id is made from.
 */
export function toPaper(raw: RawPaper, source: string): PaperOrReason {
  const arxivId = recordArxivId(raw);
  const written = collapseWhitespace(raw.title ?? '');
  const title = arxivId === undefined ? written : collapseWhitespace(plainFromLatex(written));
  if (!title) return { reason: 'record has no title; skipped' };
  const abstract = collapseWhitespace(plainFromLatex(raw.abstract ?? ''));
  if (!abstract) return { reason: `"${title}" has no abstract; skipped` };
  const paper: Paper = { id: arxivId ?? titleId(title), title, abstract, source };
  const url = raw.url?.trim() || (arxivId === undefined ? undefined : arxivAbsUrl(arxivId));
  if (url) paper.url = url;
  if (raw.published) paper.published = raw.published;
  if (raw.authors?.length) paper.authors = raw.authors;
  if (raw.categories?.length) paper.categories = raw.categories;
  return { paper, revision: raw.revision };
}

/**
 * A JSON record in the formats papergraph reads: `title`, `abstract` (or `summary`), optional `id`,
 * `url`, `published` (or the snapshot's first `versions` date or `update_date`), `authors`, `categories`.
 */
export function paperFromRecord(record: unknown, source: string): PaperOrReason {
  if (!isRecord(record)) return { reason: 'expected a JSON object with "title" and "abstract"; skipped' };
  // null counts as missing, as in the arXiv snapshot's empty fields.
  const title = record.title ?? undefined;
  if (title !== undefined && typeof title !== 'string') return { reason: '"title" is not a string; skipped' };
  const abstract = record.abstract ?? record.summary ?? undefined;
  if (abstract !== undefined && typeof abstract !== 'string') return { reason: '"abstract" is not a string; skipped' };
  if (!collapseWhitespace(title ?? '')) return { reason: untitled(record) };
  return toPaper(
    {
      id: text(record.id),
      url: text(record.url),
      title,
      abstract,
      // The snapshot's update_date is its last change; its first version's date is when the paper appeared, as the API's <published>.
      published: isoDate(record.published) ?? firstVersionDate(record.versions) ?? isoDate(record.update_date),
      authors: parsedAuthorList(record.authors_parsed) ?? authorList(record.authors),
      categories: categoryList(record.categories),
      revision: recordRevision(record),
    },
    source,
  );
}

/**
 * Why a JSON record without a title is no paper, naming what it holds: a list wrapped in an object
 * ({"papers": [...]}) or fields under other names ("name", "text") are the usual mistakes.
 */
function untitled(record: Record<string, unknown>): string {
  const lists = Object.keys(record).filter((key) => Array.isArray(record[key]) && (record[key] as unknown[]).some(isRecord));
  if (lists.length === 1) {
    const key = lists[0]!;
    const path = /^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `.[${JSON.stringify(key)}]`;
    return `record has no title but a list of records under "${key}": papergraph reads a top-level array of papers or one paper per line (take the list out with jq '${path}'); skipped`;
  }
  const fields = Object.keys(record).filter((key) => record[key] !== null && record[key] !== '');
  const shown = fields.length > 8 ? [...fields.slice(0, 8), '...'] : fields;
  return `record has no title (its fields: ${shown.join(', ') || 'none'}; a paper needs "title" and "abstract" or "summary"); skipped`;
}
