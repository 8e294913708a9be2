/** One line of a text file, decoded, without its line break. */
export interface TextLine {
  /** 1-based. */
  number: number;
  text: string;
  /** Its size in the file, without the line break: limits are in bytes, and a CJK character takes three. */
  bytes: number;
}

/** A line that could not be decoded: too long to hold, or not UTF-8. */
export interface BadLine {
  number: number;
  reason: 'too-long' | 'not-utf8';
  bytes: number;
}

export type LineOrBad = ({ ok: true } & TextLine) | ({ ok: false } & BadLine);

const NEWLINE = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams an input line by line, splitting on LF bytes (safe in UTF-8) so that memory stays bounded by
 * the longest line: a line longer than `maxLineBytes` is dropped as its bytes arrive and reported as
 * too long, and each line is decoded strictly, so invalid UTF-8 is reported with its line number.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<LineOrBad> {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let bytes = 0;
  let number = 0;

  const finish = (): LineOrBad => {
    number++;
    const size = bytes;
    const kept = parts;
    parts = [];
    bytes = 0;
    if (size > maxLineBytes) return { ok: false, number, reason: 'too-long', bytes: size };
    let line = kept.length === 1 ? kept[0]! : Buffer.concat(kept);
    if (line.at(-1) === CR) line = line.subarray(0, -1);
    if (number === 1 && line.subarray(0, 3).equals(BOM)) line = line.subarray(3);
    try {
      return { ok: true, number, text: strict.decode(line), bytes: size };
    } catch {
      return { ok: false, number, reason: 'not-utf8', bytes: size };
    }
  };

  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      bytes += end - start;
      // Past the limit the line's bytes are counted but no longer kept.
      if (bytes <= maxLineBytes) parts.push(chunk.subarray(start, end));
      else parts = [];
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (bytes > 0 || parts.length > 0) yield finish();
}

/** "3.2 MiB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** Why a line that is not UTF-8 is left out, with the command that converts the usual single-byte encodings. */
export function notUtf8(file: string): string {
  return `is not valid UTF-8 (if the file is Latin-1 or Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8 '${file}' > '${file}.utf8')`;
}
