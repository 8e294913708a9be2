import type { Corpus } from '../graph/corpus.js';
import type { Neo4jConfig } from '../store/config.js';

/** One related paper as the related-work index returns it. */
export interface RelatedMatch {
  paperId: string;
  title: string;
  score: number;
  why: string[];
}

/** What the server needs from the related-work index (src/related's RelatedIndex fits it). */
export interface RelatedSource {
  related(paperId: string, k: number): RelatedMatch[];
  relatedToText?(title: string, abstract: string, k: number): RelatedMatch[];
}

/** What every route reads: the corpus in memory and the optional services around it. */
export interface ServerContext {
  corpus: Corpus;
  /** Set when a Neo4j is configured; health reports on it. */
  neo4j?: Neo4jConfig;
  related?: RelatedSource;
  /** Where the corpus came from, for /api/health. */
  source: 'neo4j' | 'memory';
}
