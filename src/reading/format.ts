import type { Paper, ReadProblem } from './paper.js';
import type { Source } from './source.js';

/** Which copy of a paper is newer, when the source says: its arXiv version, or the date it was last updated (ISO). */
export interface Revision {
  version?: number;
  updated?: string;
}

/** A paper with the place in its file it was read from, for messages about it, and its revision when known. */
export interface Located {
  paper: Paper;
  line?: number;
  record?: number;
  revision?: Revision;
}

/** Reports a problem in the file being read. */
export type Report = (problem: Omit<ReadProblem, 'file'>) => void;

export interface ReadLimits {
  /** A longer line is skipped with a message instead of being held in memory. */
  maxLineBytes: number;
  /** Formats that must be parsed whole (a JSON array, trending-page text) are refused above this size. */
  maxDocumentBytes: number;
  /**
   * Papers held back before being passed on, so that a newer copy read soon after can replace one; fewer when
   * their text passes holdChars.
   */
  holdPapers: number;
  /**
   * Characters of title and abstract the held papers may take. Characters, not bytes, and its own limit: it bounds
   * memory held across papers, where maxLineBytes bounds one line, and either may change without the other.
   */
  holdChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxLineBytes: 16 * 1024 * 1024,
  maxDocumentBytes: 256 * 1024 * 1024,
  holdPapers: 1000,
  holdChars: 16 * 1024 * 1024,
};

/** Reads one input of one format, yielding papers in file order and reporting what it leaves out. */
export type FormatReader = (source: Source, report: Report, limits: ReadLimits) => AsyncGenerator<Located>;
