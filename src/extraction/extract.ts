import type { Paper } from '../reading/paper.js';
import type { PaperExtraction } from './types.js';

// Placeholder until the extractor lands: the extractor engineer replaces this file.
export function extractPaper(paper: Paper): PaperExtraction {
  return { id: paper.id, title: paper.title, entities: [], results: [] };
}
