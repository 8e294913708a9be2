/** One paper as read from any supported input format, before extraction. */
export interface Paper {
  /** arXiv id when known (e.g. "2407.01523"), otherwise "t-" + a hash of the normalised title. */
  id: string;
  title: string;
  abstract: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when the source gives one. */
  published?: string;
  authors?: string[];
  categories?: string[];
  /** The file the paper was read from. */
  source: string;
}

/** Something wrong with the input, reported with the place it was found. */
export interface ReadProblem {
  file: string;
  /** 1-based line number, when the format has lines. */
  line?: number;
  /** 1-based record number within the file. */
  record?: number;
  message: string;
  /**
   * skipped: one record (or the rest of the file) was left out; refused: the whole file was left out;
   * note: nothing was lost (a duplicate of a paper already read).
   */
  severity: 'skipped' | 'refused' | 'note';
}
