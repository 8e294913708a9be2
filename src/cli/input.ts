import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-root.js';
import { counted } from './counted.js';
import type { ReadLimits } from '../reading/format.js';
import type { Paper, ReadProblem } from '../reading/paper.js';
import { readPapers } from '../reading/read.js';

const SAMPLE = join('data', 'hf-trending-long-context.txt');

/** The bundled sample corpus, found from the installed package (src/ or dist/src/), not the working directory. */
export function sampleCorpus(): string {
  const file = packagePath(SAMPLE);
  if (!existsSync(file)) throw new Error(`the bundled sample ${SAMPLE} is missing from the papergraph package`);
  return file;
}

/** The FILE... arguments of a command, or the bundled sample when there are none. */
export function inputFiles(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : [sampleCorpus()];
}

/** "file:line: message", "file: record 3: message" or "file: message". */
export function formatProblem(problem: ReadProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:` : problem.record !== undefined ? `${problem.file}: record ${problem.record}:` : `${problem.file}:`;
  return `${where}${problem.severity === 'note' ? ' note:' : ''} ${problem.message}`;
}

export interface PaperInputOptions {
  limits?: Partial<ReadLimits>;
  /** Messages printed per file before the rest are only counted (a mis-encoded 1 GB file must not flood the terminal). */
  maxMessagesPerFile?: number;
  /** Where messages go; stderr by default. */
  print?: (line: string) => void;
}

/**
 * The papers of a command's FILE... arguments, with every problem printed as `file:line: message`
 * on stderr as it is found, and counted so that the command can exit non-zero when anything was
 * left out.
 */
export class PaperInput {
  skipped = 0;
  refused = 0;
  notes = 0;
  private readonly shown = new Map<string, number>();
  private readonly hidden = new Map<string, number>();
  private readonly maxMessages: number;
  private readonly print: (line: string) => void;

  constructor(
    readonly files: string[],
    private readonly options: PaperInputOptions = {},
  ) {
    this.maxMessages = options.maxMessagesPerFile ?? 20;
    // On a terminal, clear the progress line first so that the message does not run into it.
    this.print = options.print ?? ((line) => process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}${line}\n`));
  }

  papers(): AsyncGenerator<Paper> {
    return readPapers(this.files, (problem) => this.report(problem), this.options.limits);
  }

  /** True when a record was skipped or a file refused: the command exits 1. */
  get incomplete(): boolean {
    return this.skipped + this.refused > 0;
  }

  /** Prints how many messages were not shown, and one line totalling the problems, if any. */
  finish(): void {
    for (const [file, count] of this.hidden) this.print(`${file}: ${counted(count, 'more problem', 'more problems')} not shown`);
    const parts = [
      this.skipped > 0 ? `${this.skipped} skipped` : '',
      this.refused > 0 ? `${counted(this.refused, 'file')} refused` : '',
      this.notes > 0 ? `${counted(this.notes, 'duplicate')} left out` : '',
    ].filter(Boolean);
    if (parts.length > 0) this.print(`papergraph: input problems: ${parts.join(', ')}`);
  }

  private report(problem: ReadProblem): void {
    if (problem.severity === 'skipped') this.skipped++;
    else if (problem.severity === 'refused') this.refused++;
    else this.notes++;
    const shown = this.shown.get(problem.file) ?? 0;
    if (shown < this.maxMessages) {
      this.shown.set(problem.file, shown + 1);
      this.print(formatProblem(problem));
    } else {
      this.hidden.set(problem.file, (this.hidden.get(problem.file) ?? 0) + 1);
    }
  }
}

/** When every file was refused or empty, the command says so instead of printing an empty result. */
export function noPapersRead(command: string, files: readonly string[]): void {
  process.stderr.write(`papergraph: ${command}: no papers read from ${files.join(', ')}\n`);
}
