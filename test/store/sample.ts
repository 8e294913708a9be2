import { join } from 'node:path';
import { extractPaper } from '../../src/extraction/extract.js';
import type { ExtractedPaper } from '../../src/extraction/types.js';
import { readPapers } from '../../src/reading/read.js';

/** The bundled sample corpus, read and extracted with whatever the current extractor returns. */
export async function extractedSample(): Promise<ExtractedPaper[]> {
  const papers: ExtractedPaper[] = [];
  const file = join(import.meta.dirname, '..', '..', 'data', 'hf-trending-long-context.txt');
  for await (const paper of readPapers([file], () => {})) papers.push({ paper, extraction: extractPaper(paper) });
  return papers;
}
