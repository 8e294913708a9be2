import { extname, isAbsolute } from 'node:path';
import { CorruptGzipError, openSource, type Source } from './source.js';

export type Format = 'trending' | 'json' | 'jsonl' | 'atom';

/** What the first bytes of an input say: a readable format with the opened input, or why the input is refused. */
export type Sniffed = { format: Format; source: Source } | { refused: string };

// Magic numbers of files people pass by mistake, so the message can say what the file is (gzip is read: see source.ts).
const MAGIC: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive; extract the paper list from it first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF; papergraph reads paper lists (text, JSON, JSON Lines, arXiv Atom XML), not papers'],
];

/** Opens an input and reads its start to refuse empty, binary and UTF-16 input and to pick the format. */
export async function sniff(file: string): Promise<Sniffed> {
  let source: Source;
  try {
    source = await openSource(file);
  } catch (error) {
    if (error instanceof CorruptGzipError) return { refused: `${error.message}; file refused` };
    const code = (error as NodeJS.ErrnoException).code;
    // A relative path is read from the working directory, which is not always the one the user thinks.
    const missing = isAbsolute(file) ? 'no such file' : `no such file in ${process.cwd()}`;
    const reason = code === 'ENOENT' ? missing : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { refused: `cannot read the file (${reason}); file refused` };
  }
  const refused = refusal(source);
  if (refused === undefined) return { format: formatOf(file.replace(/\.gz$/i, ''), startOf(source.head)), source };
  await source.close();
  return { refused: `${refused}; file refused` };
}

/** Why an input is no paper list, from its first bytes; undefined when it may be one. */
function refusal({ head, ended, gzip }: Source): string | undefined {
  const what = gzip ? 'the decompressed file' : 'the file';
  const magic = MAGIC.find(([bytes]) => bytes.every((b, i) => head[i] === b));
  if (magic) return `${what} is ${magic[1]}`;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return `${what} is UTF-16 text; papergraph reads UTF-8 (convert it with: iconv -f UTF-16 -t UTF-8)`;
  }
  if (head.includes(0)) return `${what} is binary (it contains NUL bytes), not a text paper list`;
  // Whether the input ended within its head, not its size on disk: a pipe's size is 0 whatever it carries.
  if (startOf(head) === '' && ended) return `${what} is empty`;
  return undefined;
}

const startOf = (head: Buffer): string => new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart();

// An XML declaration, comment or doctype, or a first tag followed by nothing but another tag.
const XML_START = /^<(?:\?xml|!--|!DOCTYPE|[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>\s*(?:<|$))/;

/**
 * Content decides between markup, JSON and text (a title may well start with "[" or "<", so the
 * next characters must look like JSON or XML too); the extension breaks the tie between JSON and
 * JSON Lines.
 */
function formatOf(file: string, start: string): Format {
  const extension = extname(file).toLowerCase();
  if (XML_START.test(start)) return 'atom';
  if (/^\[\s*[{\]]/.test(start)) return 'json';
  if (/^\{\s*["}]/.test(start)) {
    if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
    return firstLineIsJson(start) ? 'jsonl' : 'json';
  }
  return 'trending';
}

/** A file whose first line is a whole JSON value is JSON Lines; a pretty-printed object is not. */
function firstLineIsJson(start: string): boolean {
  const newline = start.indexOf('\n');
  // A first line longer than the head is one big record: only JSON Lines puts a record on one line.
  if (newline === -1) return true;
  try {
    JSON.parse(start.slice(0, newline));
    return true;
  } catch {
    return false;
  }
}
