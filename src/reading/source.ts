import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The FILE argument that means standard input. */
const STDIN = '-';

/** The name problems and papers of an input are reported under: the path, or "stdin" for "-". */
export const sourceName = (file: string): string => (file === STDIN ? 'stdin' : file);

const HEAD_BYTES = 64 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * One input opened once: a file, a pipe such as /dev/stdin, or stdin itself ("-"), gunzipped as it streams when it
 * is gzip. A pipe cannot be read twice, so the first bytes that pick the format are kept and read again from here.
 */
export interface Source {
  /** The name problems and papers are reported under: the path, or "stdin". */
  name: string;
  /** Bytes on disk, known only for a regular uncompressed file. */
  size?: number;
  gzip: boolean;
  /** The first bytes, decompressed. */
  head: Buffer;
  /** True when the head is every byte there is. */
  ended: boolean;
  /** Every byte from the start, the head included; read it once. */
  chunks: AsyncIterable<Buffer>;
  /** Lets go of the file or pipe when the input is refused without being read. */
  close(): Promise<void>;
}

/** A gzip stream that breaks off (a partial download) or is not gzip past its first bytes. */
export class CorruptGzipError extends Error {}

/** Opens `file` ("-" for stdin) and reads its first bytes; throws what opening a file throws (ENOENT, EISDIR). */
export async function openSource(file: string): Promise<Source> {
  const name = sourceName(file);
  // Opening /dev/stdin fails (ENXIO) when stdin is a socket, as a child process of Node gets: read it as stdin.
  const stdin = file === STDIN || file === '/dev/stdin';
  const info = stdin ? undefined : await stat(file);
  if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const raw = await peek(stdin ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 }));
  const gzip = GZIP_MAGIC.every((byte, i) => raw.head[i] === byte) || /\.gz$/i.test(file);
  if (!gzip) return { name, size: info?.isFile() ? info.size : undefined, gzip, ...raw };
  // pipeline() hands a read error of the compressed bytes on to the gunzip stream, which the reader iterates.
  const gunzip = pipeline(Readable.from(raw.chunks), createGunzip(), () => undefined);
  return { name, gzip, ...(await peek(corruptAsTyped(gunzip))), close: async () => { gunzip.destroy(); await raw.close(); } };
}

/** zlib's own errors ("unexpected end of file", "incorrect header check") as CorruptGzipError. */
async function* corruptAsTyped(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* stream;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) throw new CorruptGzipError(`the gzip data is corrupt or cut short (${(error as Error).message})`);
    throw error;
  }
}

/** Reads up to HEAD_BYTES from `stream` and gives them back in front of the rest. */
async function peek(stream: AsyncIterable<Buffer>): Promise<Pick<Source, 'head' | 'ended' | 'chunks' | 'close'>> {
  const iterator = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    first.push(next.value);
    length += next.value.length;
  }
  const close = async () => {
    await iterator.return?.();
  };
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      yield* first;
      if (ended) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // A reader that stops early (an XML error, a refused JSON document) lets go of the file or pipe here.
      await close();
    }
  }
  return { head: Buffer.concat(first).subarray(0, HEAD_BYTES), ended, chunks: chunks(), close };
}
