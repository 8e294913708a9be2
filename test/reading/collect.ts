import { fileURLToPath } from 'node:url';
import type { ReadLimits } from '../../src/reading/format.js';
import type { Paper, ReadProblem } from '../../src/reading/paper.js';
import { readPapers } from '../../src/reading/read.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/reading/${name}`, import.meta.url));

/** Every paper and problem readPapers gives for `files`. */
export async function collect(files: string[], limits?: Partial<ReadLimits>): Promise<{ papers: Paper[]; problems: ReadProblem[] }> {
  const papers: Paper[] = [];
  const problems: ReadProblem[] = [];
  for await (const paper of readPapers(files, (p) => problems.push(p), limits)) papers.push(paper);
  return { papers, problems };
}
