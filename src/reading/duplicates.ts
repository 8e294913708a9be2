import type { Located, Revision } from './format.js';
import type { Paper } from './paper.js';

/**
 * Leaves out all but one copy of each paper: the first, unless a later copy says it is newer (a higher arXiv
 * version, or else a later update date) while the first is still held back. Papers stream on to extraction as
 * they are read, so only the last `hold` of them can still be replaced (the snapshot's v3 a few lines below its
 * v2, not one a million lines on), and fewer when their text passes `maxChars`, so that memory stays bounded.
 */
export class Duplicates {
  private readonly held = new Map<string, { paper: Paper; revision?: Revision }>();
  // Ids only (not papers): a few tens of MB for millions of papers.
  private readonly passed = new Set<string>();
  private chars = 0;

  constructor(
    private readonly hold: number,
    private readonly maxChars: number,
  ) {}

  /** Takes one paper in read order; for a duplicate, returns the note saying which copy was kept. */
  add({ paper, revision }: Located): string | undefined {
    const earlier = this.held.get(paper.id);
    if (earlier) {
      const newer = newerLabel(revision, earlier.revision);
      // Map.set on a held id keeps its place: the paper is passed on where its first copy was read.
      if (newer) {
        this.chars += size(paper) - size(earlier.paper);
        this.held.set(paper.id, { paper, revision });
      }
      return duplicateNote(paper, newer ? `kept the newer, ${newer}` : 'kept the first');
    }
    if (this.passed.has(paper.id)) return duplicateNote(paper, 'kept the first');
    this.chars += size(paper);
    this.held.set(paper.id, { paper, revision });
    return undefined;
  }

  /** The papers to pass on now: the oldest held beyond the window, or every one at the end. */
  *release(all = false): Generator<Paper> {
    for (const [id, { paper }] of this.held) {
      if (!all && this.held.size <= this.hold && this.chars <= this.maxChars) return;
      this.chars -= size(paper);
      this.held.delete(id);
      this.passed.add(id);
      yield paper;
    }
  }
}

const size = (paper: Paper): number => paper.title.length + paper.abstract.length;

function duplicateNote(paper: Paper, kept: string): string {
  return `"${paper.title}" (id ${paper.id}) was already read; ${kept}`;
}

/** "v3" or "updated 2024-02-26" when `later` is newer than `earlier` by what both say; undefined otherwise. */
function newerLabel(later: Revision | undefined, earlier: Revision | undefined): string | undefined {
  if (later?.version !== undefined && earlier?.version !== undefined) return later.version > earlier.version ? `v${later.version}` : undefined;
  if (later?.updated !== undefined && earlier?.updated !== undefined) return later.updated > earlier.updated ? `updated ${later.updated}` : undefined;
  return undefined;
}
