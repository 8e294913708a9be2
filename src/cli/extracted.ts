import { extractAll } from '../extraction/parallel.js';
import type { ExtractedPaper } from '../extraction/types.js';
import type { Paper } from '../reading/paper.js';
import { PaperInput } from './input.js';
import { Progress } from './progress.js';

/** A paper the extractor failed on is left out, said on stderr; the command exits 1. */
export function reportExtractionFailure(paper: Paper, error: string): void {
  process.stderr.write(`${paper.source}: "${paper.title}" (id ${paper.id}): extraction failed: ${error}; skipped\n`);
}

/** Reads and extracts every paper of `files` into memory, with a progress line; `incomplete` when any paper was left out. */
export async function extractFiles(files: string[]): Promise<{ papers: ExtractedPaper[]; incomplete: boolean }> {
  const input = new PaperInput(files);
  const papers: ExtractedPaper[] = [];
  let failed = 0;
  const progress = new Progress('extract', undefined, 'papers');
  for await (const { paper, outcome } of extractAll(input.papers())) {
    progress.tick();
    if ('error' in outcome) {
      failed++;
      reportExtractionFailure(paper, outcome.error);
    } else papers.push({ paper, extraction: outcome.extraction });
  }
  progress.finish();
  input.finish();
  return { papers, incomplete: input.incomplete || failed > 0 };
}
