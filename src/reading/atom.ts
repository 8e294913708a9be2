import sax from 'sax';
import { collapseWhitespace, isoDate, toPaper } from './fields.js';
import { arxivIdFrom, arxivVersion } from './ids.js';
import type { FormatReader, Located } from './format.js';
import { formatBytes, notUtf8, readLines } from './lines.js';

/** The fields of one <entry> collected while it is parsed. */
interface Entry {
  line: number;
  fields: Partial<Record<'id' | 'title' | 'summary' | 'published' | 'updated', string>>;
  authors: string[];
  categories: string[];
  url?: string;
  /** Of text held, in bytes as the limit is. */
  bytes: number;
}

const TEXT_FIELDS = new Set(['id', 'title', 'summary', 'published', 'updated']);

// The arXiv API answers a bad query with a feed of one <entry> whose id is an anchor here and whose summary says what was wrong.
const API_ERROR_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors/;

/** "1 entry before it was read", "3 entries before it were read". */
const entriesBefore = (count: number): string => (count === 1 ? '1 entry before it was read' : `${count} entries before it were read`);

/** Element name without its namespace prefix ("arxiv:comment" -> "comment"). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * arXiv API Atom XML, parsed as a stream with sax: each <entry> becomes a paper when it closes.
 * An XML error stops the file there, because what follows cannot be trusted.
 */
export const readAtom: FormatReader = async function* ({ name: file, chunks }, report, limits) {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const ready: Located[] = [];
  const path: string[] = [];
  let entry: Entry | undefined;
  let record = 0;
  let failed: string | undefined;
  let apiError: { line: number; text: string } | undefined;
  // The feed's <opensearch:totalResults>: "0" tells an empty query result from a file that is no feed.
  let totalResults = '';

  parser.onerror = (error) => {
    failed ??= error.message.split('\n')[0];
  };
  parser.onopentag = (tag) => {
    const name = local(tag.name);
    path.push(name);
    const attributes = tag.attributes as Record<string, string>;
    if (name === 'entry') entry = { line: parser.line + 1, fields: {}, authors: [], categories: [], bytes: 0 };
    else if (entry && name === 'category' && attributes.term) entry.categories.push(attributes.term);
    else if (entry && name === 'link' && attributes.href && (attributes.rel ?? 'alternate') === 'alternate') entry.url ??= attributes.href;
    else if (entry && name === 'name' && path.at(-2) === 'author') entry.authors.push('');
  };
  const ontext = (text: string) => {
    if (!entry) {
      if (path.at(-1) === 'totalResults') totalResults += text;
      return;
    }
    entry.bytes += Buffer.byteLength(text);
    if (entry.bytes > limits.maxLineBytes) return; // reported when the entry closes; not held meanwhile
    const name = path.at(-1) ?? '';
    // Only direct children of <entry>: the feed's own <title> and <id> are not papers.
    if (TEXT_FIELDS.has(name) && path.at(-2) === 'entry') entry.fields[name as keyof Entry['fields']] = (entry.fields[name as keyof Entry['fields']] ?? '') + text;
    else if (name === 'name' && path.at(-2) === 'author' && entry.authors.length > 0) entry.authors[entry.authors.length - 1] += text;
  };
  parser.ontext = ontext;
  parser.oncdata = ontext;
  parser.onclosetag = (tagName) => {
    path.pop();
    if (local(tagName) !== 'entry' || !entry) return;
    const done = entry;
    entry = undefined;
    if (API_ERROR_ID.test(done.fields.id?.trim() ?? '')) {
      apiError ??= { line: done.line, text: collapseWhitespace(done.fields.summary ?? '') };
      return;
    }
    record++;
    if (done.bytes > limits.maxLineBytes) {
      report({ line: done.line, record, message: `entry holds more than ${formatBytes(limits.maxLineBytes)} of text; skipped`, severity: 'skipped' });
      return;
    }
    const result = toPaper(
      {
        id: done.fields.id,
        // An arXiv entry's link is the page of one version; the paper gets its unversioned page, as from the snapshot.
        url: arxivIdFrom(done.fields.id) === undefined ? done.url : undefined,
        title: done.fields.title,
        abstract: done.fields.summary,
        published: isoDate(done.fields.published),
        authors: done.authors.map((a) => a.trim()).filter(Boolean),
        categories: done.categories,
        revision: { version: arxivVersion(done.fields.id), updated: isoDate(done.fields.updated) },
      },
      file,
    );
    if ('reason' in result) report({ line: done.line, record, message: result.reason, severity: 'skipped' });
    else ready.push({ ...result, line: done.line, record });
  };

  for await (const line of readLines(chunks, limits.maxLineBytes)) {
    if (!line.ok) {
      const why = line.reason === 'not-utf8' ? notUtf8(file) : `is longer than ${formatBytes(limits.maxLineBytes)}`;
      report({ line: line.number, message: `line ${why}; the rest of the file was skipped (${entriesBefore(record)})`, severity: 'skipped' });
      return;
    }
    parser.write(`${line.text}\n`);
    yield* ready.splice(0);
    if (apiError) {
      report({ line: apiError.line, message: apiErrorMessage(apiError.text), severity: 'refused' });
      return;
    }
    if (failed) {
      report({ line: line.number, message: `invalid XML (${failed}); the rest of the file was skipped (${entriesBefore(record)})`, severity: 'skipped' });
      return;
    }
  }
  parser.close();
  yield* ready.splice(0);
  if (failed) report({ message: `invalid XML at the end of the file (${failed})`, severity: 'skipped' });
  else if (record === 0 && totalResults.trim() === '0') {
    report({ message: 'the arXiv query returned no entries (<opensearch:totalResults> is 0); widen the query and fetch the feed again; file refused', severity: 'refused' });
  } else if (record === 0) report({ message: 'no <entry> elements: not an arXiv Atom feed; file refused', severity: 'refused' });
};

/** An arXiv API error feed is an answer about the query, not a paper titled "Error". */
function apiErrorMessage(text: string): string {
  return `the arXiv API answered with an error, not papers: "${text || 'no error text'}"; fix the query and fetch the feed again; file refused`;
}
