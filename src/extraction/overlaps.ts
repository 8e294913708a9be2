/**
 * Overlap resolution: the longest candidate wins where several overlap; a nested term yields to its outer term.
 */
import { NAMING_RANK, SOURCE_RANK, type Candidate } from './candidate.js';
import type { FieldText } from './field-text.js';
import type { TextField } from './types.js';

/**
 * A term inside a longer term is named by the longer one, the most complete form written ("KV cache"
 * in "KV cache compression" is no mention of its own; a standalone "KV cache" elsewhere is). Two
 * exceptions: a term closed by a general noun ("sparse attention method") keeps its inner term, and a
 * judge model stays named inside its score ("GPT-4 score").
 */
function isNestedTerm(inner: Candidate, outer: Candidate): boolean {
  if (inner.start < outer.start || inner.end > outer.end) return false;
  if (outer.type === 'Metric' && outer.source === 'shape') return inner.source === 'lexicon' && inner.type === 'Model';
  return outer.generic === true;
}

/**
 * Which kept candidates cover each character of a field: overlap checks stay local to a span. Most
 * characters have at most one owner (a typed array, holding owner + 1 so that a fresh array means none);
 * a nested term's second owner goes to a map.
 */
class Coverage {
  private readonly first: Int32Array;
  private readonly more = new Map<number, number[]>();
  constructor(length: number) {
    this.first = new Int32Array(length + 1);
  }
  add(start: number, end: number, owner: number): void {
    for (let p = start; p < end; p++) {
      if (this.first[p] === 0) this.first[p] = owner + 1;
      else {
        const list = this.more.get(p);
        if (list) list.push(owner);
        else this.more.set(p, [owner]);
      }
    }
  }
  /** The lowest owner in [start, end) for which `clashes` holds, or -1. */
  lowestClash(start: number, end: number, clashes: (owner: number) => boolean): number {
    let lowest = -1;
    for (let p = start; p < end; p++) {
      const k = this.first[p]! - 1;
      if (k < 0) continue;
      if ((lowest < 0 || k < lowest) && clashes(k)) lowest = k;
      if (this.more.size === 0) continue;
      for (const extra of this.more.get(p) ?? []) if ((lowest < 0 || extra < lowest) && clashes(extra)) lowest = extra;
    }
    return lowest;
  }
}

/** Keep the longest candidate where several overlap; among equals, the more trusted source. */
export function resolveOverlaps(candidates: Candidate[], fields: readonly FieldText[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
  const kept: Candidate[] = [];
  const owners = new Map<TextField, Coverage>(fields.map((f) => [f.field, new Coverage(f.text.length)]));
  for (const c of sorted) {
    const at = owners.get(c.field)!;
    const clashIndex = at.lowestClash(c.start, c.end, (k) => !isNestedTerm(c, kept[k]!));
    const clash = clashIndex >= 0 ? kept[clashIndex] : undefined;
    if (!clash) {
      at.add(c.start, c.end, kept.length);
      kept.push(c);
    }
    else if (clash.start === c.start && clash.end === c.end) {
      // Same span from two rules: keep the trusted one, remember what the other knew.
      if (c.introduced) clash.introduced = true;
      if (!clash.type && c.type) clash.type = c.type;
      if (c.source === 'phrase' && clash.source === 'intro') {
        clash.name = c.name;
        clash.generic = c.generic;
      }
      // The lexicon, then an acronym definition, knows the name and type best; but a new name built on a known
      // model's ("Evo-Memory: Benchmarking ...", "FLUX-Reason-6M") is the data the paper says it is.
      if ((c.source === 'lexicon' || c.source === 'acronym') && NAMING_RANK[c.source] < NAMING_RANK[clash.naming ?? clash.source]) {
        clash.name = c.name;
        if (!(c.family && c.type === 'Model' && clash.source === 'intro' && (clash.type === 'Benchmark' || clash.type === 'Dataset'))) clash.type = c.type;
        clash.confidence = Math.max(clash.confidence, c.confidence);
        clash.naming = c.source;
        if (c.family) clash.family = c.family;
      }
    }
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}
