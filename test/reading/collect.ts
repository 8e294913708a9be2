import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadLimits } from '../../src/reading/format.js';
import type { Paper, ReadProblem } from '../../src/reading/paper.js';
import { readPapers } from '../../src/reading/read.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/reading/${name}`, import.meta.url));

/**
 * A writer of small fixtures into a fresh temporary directory, so that the bytes under test are visible in the
 * test that reads them.
 */
export function writeFixture(prefix: string): (name: string, content: string | Buffer) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

/** Every paper and problem readPapers gives for `files`. */
export async function collect(files: string[], limits?: Partial<ReadLimits>): Promise<{ papers: Paper[]; problems: ReadProblem[] }> {
  const papers: Paper[] = [];
  const problems: ReadProblem[] = [];
  for await (const paper of readPapers(files, (p) => problems.push(p), limits)) papers.push(paper);
  return { papers, problems };
}
