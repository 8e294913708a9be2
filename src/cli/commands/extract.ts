import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseCommandArgs, UsageError, type Command } from '../command.js';
import { reportExtractionFailure } from '../extracted.js';
import { inputFiles, noPapersRead, PaperInput } from '../input.js';
import { Progress } from '../progress.js';
import { extractAll } from '../../extraction/parallel.js';
import { ENTITY_TYPES, type EntityType, type PaperExtraction } from '../../extraction/types.js';

const HELP = `Usage: papergraph extract [FILE...] [--json] [--out FILE] [--workers N]

Reads paper lists and extracts, from each paper's title and abstract, the models, benchmarks,
data sets, techniques, tasks and metrics it names, its role towards each, its numeric results and
the sentences that support them.

  FILE...      paper lists: trending-page text, a JSON array, JSON Lines (streamed; the arXiv
               metadata snapshot works as is) or arXiv API Atom XML; the format is detected.
               "-" reads stdin; a gzip file (.gz) is decompressed as it streams.
               Default: the bundled sample data/hf-trending-long-context.txt
  --json       print a JSON array on stdout, one element per paper in input order:
               {id, title, entities: [{name, type, mentions, role, evidence, ...}], results: [...]}
  --out FILE   write that JSON array to FILE instead (the summary table goes to stdout)
  --workers N  extract in N worker threads; 1 = none. Default, for inputs over 10,000 papers: one
               thread per core but one, when that makes two or more (a 2-core machine extracts in
               this thread: there two workers were slower, see bench:extract)
  -h, --help   show this help

Without --json or --out, prints a summary table. Progress and problems go to stderr, problems as
"file:line: message".
Exit status: 0 when every paper was read and extracted, 1 when anything was skipped or refused,
2 on a usage error.

Example:
  papergraph extract data/hf-trending-long-context.txt --json > out.json`;

interface Options {
  files: string[];
  json: boolean;
  out?: string;
  workers?: number;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandArgs('extract', argv, { json: { type: 'boolean' }, out: { type: 'string' }, workers: { type: 'string' } });
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`extract: --workers takes a whole number of threads, 1 or more (got "${values.workers}")`);
  }
  return { files: inputFiles(positionals), json: values.json ?? false, out: values.out, workers };
}

/** The reader of our output went away (`papergraph extract --json | head`): stop quietly. */
class OutputClosed extends Error {}

/**
 * Writes a JSON array one element at a time, waiting when the stream is full, so that the output
 * of a multi-GB input never sits in memory.
 */
class JsonArrayWriter {
  private count = 0;
  private failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure = error.code === 'EPIPE' ? new OutputClosed() : error;
    });
  }

  async write(value: unknown): Promise<void> {
    await this.put(`${this.count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(value)}`);
  }

  async close(): Promise<void> {
    await this.put(this.count === 0 ? '[]\n' : '\n]\n');
  }

  private async put(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    // once() rejects if the stream errors while we wait; the listener above has recorded which error.
    if (!this.stream.write(text)) await once(this.stream, 'drain').catch(() => undefined);
    if (this.failure) throw this.failure;
  }
}

/** Entity links per type and results, counted as papers stream past. */
class Tally {
  papers = 0;
  results = 0;
  readonly links = new Map<EntityType, number>(ENTITY_TYPES.map((t) => [t, 0]));

  add(extraction: PaperExtraction): void {
    this.papers++;
    this.results += extraction.results.length;
    for (const entity of extraction.entities) this.links.set(entity.type, (this.links.get(entity.type) ?? 0) + 1);
  }

  table(): string {
    const row = (label: string, count: number) => `${label.padEnd(16)}${String(count).padStart(9)}`;
    const links = [...this.links.values()].reduce((a, b) => a + b, 0);
    return [
      row('papers', this.papers),
      row('entity links', links),
      ...ENTITY_TYPES.map((type) => row(`  ${type}`, this.links.get(type) ?? 0)),
      row('results', this.results),
    ].join('\n');
  }
}

async function run(argv: string[]): Promise<number> {
  try {
    return await extractPapers(parseOptions(argv));
  } catch (error) {
    if (error instanceof OutputClosed) return 0;
    throw error;
  }
}

/** The --out file, opened before any work so that a bad path is a usage error, not a failure at the end. */
async function openOutput(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : message;
    throw new UsageError(`extract: cannot write --out ${path}: ${why}`);
  }
  return stream;
}

async function extractPapers(options: Options): Promise<number> {
  const input = new PaperInput(options.files);
  const tally = new Tally();
  const progress = new Progress('extract', undefined, 'papers');
  const file = options.out ? await openOutput(options.out) : undefined;
  const writer = file ? new JsonArrayWriter(file) : options.json ? new JsonArrayWriter(process.stdout) : undefined;
  let failed = 0;
  for await (const { paper, outcome } of extractAll(input.papers(), { workers: options.workers })) {
    progress.tick();
    if ('error' in outcome) {
      failed++;
      reportExtractionFailure(paper, outcome.error);
      continue;
    }
    tally.add(outcome.extraction);
    await writer?.write(outcome.extraction);
  }
  await writer?.close();
  if (file) {
    file.end();
    await once(file, 'finish');
  }
  progress.finish();
  input.finish();
  if (tally.papers === 0) {
    noPapersRead('extract', options.files);
    return 1;
  }
  if (!options.json || options.out) console.log(tally.table());
  return input.incomplete || failed > 0 ? 1 : 0;
}

export const extract: Command = { help: HELP, run };
