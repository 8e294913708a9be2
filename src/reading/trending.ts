import { collapseWhitespace, toPaper } from './fields.js';
import type { FormatReader, Located, ReadLimits, Report } from './format.js';
import { formatBytes, notUtf8, readLines } from './lines.js';
import type { Source } from './source.js';

/** A run of non-blank lines. */
interface Paragraph {
  text: string;
  /** Line number of its first line. */
  line: number;
  lineCount: number;
}

// Lines of the Hugging Face papers page that are page chrome, not papers.
const FURNITURE = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^by\s*AK and the research community$/i,
  /^(trending|daily) papers$/i,
  /^upvote$/i,
  /^\d+$/, // upvote and comment counts
  /^submitted by \S+$/i,
  /^·?\s*\d+ authors?$/i,
  /^(published on )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(, \d{4})?$/i,
];

const MAX_TITLE_CHARS = 300;

/** Titles are one short line that does not end a sentence and holds no link. */
function titleLike(p: Paragraph): boolean {
  return p.text.length <= MAX_TITLE_CHARS && p.lineCount === 1 && !/[.;]$/.test(p.text) && !/https?:\/\//.test(p.text);
}

/**
 * The text of a trending-papers page: page furniture, then for each paper a title line and an
 * abstract paragraph. An abstract may run over several paragraphs; a paragraph that looks like a
 * title starts the next paper.
 */
export const readTrending: FormatReader = async function* (source, report, limits) {
  const file = source.name;
  const paragraphs = await readParagraphs(source, report, limits);
  if (!paragraphs) return;
  let record = 0;
  let current: { title: Paragraph; abstract: Paragraph[] } | undefined;

  const finish = (): Located | undefined => {
    if (!current) return undefined;
    const { title, abstract } = current;
    current = undefined;
    record++;
    const result = toPaper({ title: title.text, abstract: abstract.map((p) => p.text).join(' ') }, file);
    if ('reason' in result) {
      report({ line: title.line, record, message: result.reason, severity: 'skipped' });
      return undefined;
    }
    return { paper: result.paper, line: title.line, record };
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (!current) {
      if (titleLike(p)) current = { title: p, abstract: [] };
      else report({ line: p.line, message: 'a paragraph with no title line before it; skipped', severity: 'skipped' });
    } else if (current.abstract.length === 0) {
      // A title-like paragraph followed by an abstract (or by nothing) is the next title: this one has no abstract.
      if (titleLike(p) && (next === undefined || !titleLike(next))) {
        finish();
        current = { title: p, abstract: [] };
      } else {
        current.abstract.push(p);
      }
    } else if (titleLike(p)) {
      const paper = finish();
      if (paper) yield paper;
      current = { title: p, abstract: [] };
    } else {
      current.abstract.push(p);
    }
  }
  const last = finish();
  if (last) yield last;
};

/** The file's paragraphs without furniture, or undefined when the file is refused (reported). */
async function readParagraphs({ name: file, chunks }: Source, report: Report, limits: ReadLimits): Promise<Paragraph[] | undefined> {
  const paragraphs: Paragraph[] = [];
  let open: { lines: string[]; line: number } | undefined;
  let total = 0;
  const close = () => {
    if (open) paragraphs.push({ text: collapseWhitespace(open.lines.join(' ')), line: open.line, lineCount: open.lines.length });
    open = undefined;
  };
  for await (const line of readLines(chunks, limits.maxLineBytes)) {
    if (!line.ok) {
      // A lost line would shift every title/abstract pair after it, so nothing in the file is trusted.
      const why = line.reason === 'not-utf8' ? notUtf8(file) : `is longer than ${formatBytes(limits.maxLineBytes)}`;
      report({ line: line.number, message: `line ${why}; file refused`, severity: 'refused' });
      return undefined;
    }
    total += line.bytes + 1;
    if (total > limits.maxDocumentBytes) {
      report({ message: `trending-page text larger than ${formatBytes(limits.maxDocumentBytes)}; use JSON Lines for large lists; file refused`, severity: 'refused' });
      return undefined;
    }
    const text = line.text.trim();
    if (text === '' || FURNITURE.some((re) => re.test(text))) close();
    else if (open) open.lines.push(text);
    else open = { lines: [text], line: line.number };
  }
  close();
  return paragraphs;
}
