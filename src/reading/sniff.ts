import { open } from 'node:fs/promises';
import { extname, isAbsolute } from 'node:path';

export type Format = 'trending' | 'json' | 'jsonl' | 'atom';

/** What the first bytes of a file say: a readable format, or why the file is refused. */
export type Sniffed = { format: Format; size: number } | { refused: string };

const HEAD_BYTES = 64 * 1024;

// Magic numbers of files people pass by mistake, so the message can say what the file is.
const MAGIC: Array<[number[], string]> = [
  [[0x1f, 0x8b], 'a gzip archive; decompress it first (gunzip)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive; extract the paper list from it first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF; papergraph reads paper lists (text, JSON, JSON Lines, arXiv Atom XML), not papers'],
];

/** Reads the start of a file to refuse empty, binary and UTF-16 files and to pick the format. */
export async function sniff(file: string): Promise<Sniffed> {
  let head: Buffer;
  let size: number;
  try {
    const handle = await open(file, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A relative path is read from the working directory, which is not always the one the user thinks.
    const missing = isAbsolute(file) ? 'no such file' : `no such file in ${process.cwd()}`;
    const reason = code === 'ENOENT' ? missing : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { refused: `cannot read the file (${reason}); file refused` };
  }
  const magic = MAGIC.find(([bytes]) => bytes.every((b, i) => head[i] === b));
  if (magic) return { refused: `the file is ${magic[1]}; file refused` };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { refused: 'the file is UTF-16 text; papergraph reads UTF-8 (convert it with: iconv -f UTF-16 -t UTF-8); file refused' };
  }
  if (head.includes(0)) return { refused: 'the file is binary (it contains NUL bytes), not a text paper list; file refused' };
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start === '' && size <= HEAD_BYTES) return { refused: 'the file is empty; file refused' };
  return { format: formatOf(file, start), size };
}

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
