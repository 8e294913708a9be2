import { readAtom } from './atom.js';
import { DEFAULT_LIMITS, type FormatReader, type Located, type ReadLimits } from './format.js';
import { readJsonDocument } from './json.js';
import { readJsonLines } from './jsonl.js';
import type { Paper, ReadProblem } from './paper.js';
import { type Format, sniff } from './sniff.js';
import { Duplicates } from './duplicates.js';
import { CorruptGzipError, sourceName } from './source.js';
import { readTrending } from './trending.js';

const READERS: Record<Format, FormatReader> = {
  trending: readTrending,
  json: readJsonDocument,
  jsonl: readJsonLines,
  atom: readAtom,
};

/**
 * Reads paper lists in any supported format (trending-page text, JSON, JSON Lines, arXiv Atom XML),
 * file after file, in file order. What cannot be read is passed to `onProblem` and left out; of the copies of a
 * paper (one id) one is kept, with a note: the first, or a newer one read while the first was held back (duplicates.ts).
 */
export async function* readPapers(
  files: string[],
  onProblem: (problem: ReadProblem) => void,
  limits: Partial<ReadLimits> = {},
): AsyncGenerator<Paper> {
  const settings = { ...DEFAULT_LIMITS, ...limits };
  const duplicates = new Duplicates(settings.holdPapers, settings.holdChars);
  for (const file of files) {
    const name = sourceName(file);
    const report = (problem: Omit<ReadProblem, 'file'>) => onProblem({ file: name, ...problem });
    const sniffed = await sniff(file);
    if ('refused' in sniffed) {
      report({ message: sniffed.refused, severity: 'refused' });
      continue;
    }
    // The last paper read, to say where a gzip file breaks off: zlib's error knows no line.
    let last: Located | undefined;
    try {
      for await (const located of READERS[sniffed.format](sniffed.source, report, settings)) {
        last = located;
        const note = duplicates.add(located);
        if (note) report({ line: located.line, record: located.record, message: note, severity: 'note' });
        yield* duplicates.release();
      }
    } catch (error) {
      // A download cut short is the usual cause: what was read before the break is kept.
      if (!(error instanceof CorruptGzipError)) throw error;
      report(cutShort(error, last));
    } finally {
      // A reader that returns before reading its chunks (a JSON document refused for its size) never starts their
      // generator, whose own finally would close the file: closed here whatever the reader did.
      await sniffed.source.close();
    }
  }
  yield* duplicates.release(true);
}

/** A gzip file that breaks off, reported at the last paper read before the break, or, with none, with where to look. */
function cutShort(error: CorruptGzipError, last: Located | undefined): Omit<ReadProblem, 'file'> {
  if (last?.line === undefined) return { message: `${error.message}; the rest of the file was skipped (decompress it with gunzip to see where)`, severity: 'skipped' };
  const record = last.record === undefined ? '' : ` (record ${last.record})`;
  return { line: last.line, record: last.record, message: `${error.message} after line ${last.line}${record}; the rest of the file was skipped`, severity: 'skipped' };
}
