/**
 * Latent topics (LSA): a truncated SVD of the papers' TF-IDF matrix. Two papers about long
 * multimodal documents are close in topic space even when one says "page" and "layout" and the
 * other "PDF" and "chart", because those words keep company across the corpus; plain cosine
 * only sees the words they literally share.
 *
 * The SVD is randomized (Halko, Martinsson & Tropp 2011) and fitted on an evenly spaced sample
 * of papers, so fitting costs the same at 5,000 and at 500,000 papers; every paper, including
 * papers added later, is then folded in by projecting its TF-IDF vector onto the term basis.
 */
import { seededRandom } from '../graph/random.js';

/** A sparse vector: parallel arrays of column ids and values. */
export interface SparseVector {
  ids: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** Papers the SVD is fitted on, at most; beyond this an even sample is taken. */
export const FIT_SAMPLE = 2000;
const OVERSAMPLE = 10;
const POWER_ITERATIONS = 6;
const MAX_RANK = 64;
/** Multiply-adds allowed for orthonormalising the term side in one power iteration. */
const TERM_SIDE_BUDGET = 5e7;

/**
 * Number of topics for a corpus of n papers: √n, within [2, 64]. A handful of topics for a
 * reading list of 70 papers, a hundred or so for a field; measured on the sample corpus, the
 * ranking is flat between about 0.8√n and 1.2√n.
 */
export function topicRank(n: number): number {
  return Math.max(2, Math.min(MAX_RANK, Math.round(Math.sqrt(n))));
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/** Orthonormalises the columns of a rows×cols column-major matrix in place (modified Gram–Schmidt). */
function orthonormalise(m: Float64Array, rows: number, cols: number): void {
  for (let j = 0; j < cols; j++) {
    const cj = j * rows;
    for (let i = 0; i < j; i++) {
      const ci = i * rows;
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += m[ci + r]! * m[cj + r]!;
      for (let r = 0; r < rows; r++) m[cj + r]! -= dot * m[ci + r]!;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += m[cj + r]! ** 2;
    norm = Math.sqrt(norm);
    for (let r = 0; r < rows; r++) m[cj + r] = norm > 1e-12 ? m[cj + r]! / norm : 0;
  }
}

/** Transposes a rows×cols matrix stored column-major into row-major (or back, swapping the sizes). */
function transpose(m: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++) for (let r = 0; r < rows; r++) t[r * cols + j] = m[j * rows + r]!;
  return t;
}

/** Y = X·M for sparse rows X (n×cols) and column-major M (cols×k); Y column-major n×k. */
function times(rows: SparseVector[], m: Float64Array, cols: number, k: number): Float64Array {
  // Row-major copies keep the inner loop over k contiguous in memory.
  const mr = transpose(m, cols, k);
  const n = rows.length;
  const y = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const { ids, values } = rows[r]!;
    const yBase = r * k;
    for (let e = 0; e < ids.length; e++) {
      const mBase = ids[e]! * k;
      const v = values[e]!;
      for (let j = 0; j < k; j++) y[yBase + j]! += v * mr[mBase + j]!;
    }
  }
  return transpose(y, k, n);
}

/** Z = Xᵀ·Y for sparse rows X (n×cols) and column-major Y (n×k); Z column-major cols×k. */
function timesTransposed(rows: SparseVector[], y: Float64Array, cols: number, k: number): Float64Array {
  const n = rows.length;
  const yr = transpose(y, n, k);
  const z = new Float64Array(cols * k);
  for (let r = 0; r < n; r++) {
    const { ids, values } = rows[r]!;
    const yBase = r * k;
    for (let e = 0; e < ids.length; e++) {
      const zBase = ids[e]! * k;
      const v = values[e]!;
      for (let j = 0; j < k; j++) z[zBase + j]! += v * yr[yBase + j]!;
    }
  }
  return transpose(z, k, cols);
}

/** Eigen-decomposition of a small symmetric k×k matrix (cyclic Jacobi); eigenvectors are columns. */
function symmetricEigen(a: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!;
          const arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!;
          const aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!;
          const vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i]!;
  return { values, vectors: v };
}

/** The term basis of a topic space: for each term id, its coordinates on `rank` topics. */
export class TopicSpace {
  private constructor(
    readonly rank: number,
    /** Row-major: term id × rank; terms the fit did not see have no row and no say. */
    private readonly basis: Float32Array,
    private readonly terms: number,
  ) {}

  /**
   * Fits `rank` topics to sample rows (normalised TF-IDF vectors over term ids < vocabulary).
   * Returns null when the sample is too small to have topics.
   */
  static fit(rows: SparseVector[], vocabulary: number, rank: number, seed = 1): TopicSpace | null {
    // Compact the columns to the terms the sample uses.
    const column = new Int32Array(vocabulary).fill(-1);
    const termOf: number[] = [];
    const compact = rows.map(({ ids, values }) => {
      const cols = new Int32Array(ids.length);
      for (let e = 0; e < ids.length; e++) {
        const t = ids[e]!;
        if (column[t] === -1) {
          column[t] = termOf.length;
          termOf.push(t);
        }
        cols[e] = column[t]!;
      }
      return { ids: cols, values };
    });
    const cols = termOf.length;
    const k = Math.min(2 * rank + OVERSAMPLE, rows.length, cols);
    const r = Math.min(rank, k);
    if (r < 1) return null;
    const random = seededRandom(seed);
    const omega = new Float64Array(cols * k);
    for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
    let y = times(compact, omega, cols, k);
    orthonormalise(y, rows.length, k);
    // Subspace iteration. The term side has as many rows as the vocabulary: it is re-orthonormalised
    // (better accuracy) only while that is cheap, i.e. for small corpora.
    const normaliseTerms = cols * k * k <= TERM_SIDE_BUDGET;
    for (let i = 0; i < POWER_ITERATIONS; i++) {
      const z = timesTransposed(compact, y, cols, k);
      if (normaliseTerms) orthonormalise(z, cols, k);
      y = times(compact, z, cols, k);
      orthonormalise(y, rows.length, k);
    }
    // B = Qᵀ X (k × cols), kept as Bᵀ (cols × k, column-major); BBᵀ = U Σ² Uᵀ gives B's right singular vectors.
    const bt = timesTransposed(compact, y, cols, k);
    const gram = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        let dot = 0;
        for (let c = 0; c < cols; c++) dot += bt[i * cols + c]! * bt[j * cols + c]!;
        gram[i * k + j] = dot;
        gram[j * k + i] = dot;
      }
    }
    const { values, vectors } = symmetricEigen(gram, k);
    const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, r);
    const basis = new Float32Array(vocabulary * r);
    const btRows = transpose(bt, cols, k);
    order.forEach((eigen, topic) => {
      const sigma = Math.sqrt(Math.max(values[eigen]!, 0));
      if (sigma < 1e-9) return;
      const u = Float64Array.from({ length: k }, (_, i) => vectors[i * k + eigen]! / sigma);
      // v_topic = Bᵀ u / σ, one coordinate per term.
      for (let c = 0; c < cols; c++) {
        let x = 0;
        for (let i = 0; i < k; i++) x += btRows[c * k + i]! * u[i]!;
        basis[termOf[c]! * r + topic] = x;
      }
    });
    return new TopicSpace(r, basis, vocabulary);
  }

  /** Adds weight × the term's topic coordinates to out[offset .. offset + rank). */
  accumulate(out: Float32Array, offset: number, term: number, weight: number): void {
    if (term < 0 || term >= this.terms) return;
    const r = this.rank;
    const base = term * r;
    for (let j = 0; j < r; j++) out[offset + j]! += weight * this.basis[base + j]!;
  }

  /** A paper's unit-length position in topic space (all zeros when none of its terms has a topic). */
  embed(vector: SparseVector): Float32Array {
    const out = new Float32Array(this.rank);
    for (let e = 0; e < vector.ids.length; e++) this.accumulate(out, 0, vector.ids[e]!, vector.values[e]!);
    normaliseRow(out, 0, this.rank);
    return out;
  }
}

/** Scales out[offset .. offset + length) to unit length (left at zero when it is zero). */
export function normaliseRow(out: Float32Array, offset: number, length: number): void {
  let norm = 0;
  for (let j = 0; j < length; j++) norm += out[offset + j]! ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let j = 0; j < length; j++) out[offset + j]! /= norm;
}

/** Topic refits happen when the corpus has grown by this fraction since the last fit (above FIT_SAMPLE). */
const REFIT_GROWTH = 0.2;

/** A visitor over every (paper, term, weight) entry of the normalised TF-IDF matrix. */
export type MatrixEntries = (visit: (doc: number, term: number, weight: number) => void) => void;

/**
 * Every paper's position in topic space. Up to FIT_SAMPLE papers the topics are refitted and every
 * paper re-placed on every rebuild (cheap, and exact); beyond, only when the corpus has grown by
 * 20%, and papers added in between are folded into the existing topics as they come.
 */
export class PaperTopics {
  private space: TopicSpace | null = null;
  private fittedAt = 0;
  private positions = new Float32Array(0);
  private count = 0;

  get rank(): number {
    return this.space?.rank ?? 0;
  }

  /** Refits if due, then places every paper; `n` papers, term ids below `vocabulary`. */
  rebuild(n: number, vocabulary: number, entries: MatrixEntries): void {
    // Between refits, papers keep the positions they were folded in at: re-placing 100,000 papers
    // for a 1% IDF drift would cost seconds and change little.
    if (this.space && this.count === n && n > FIT_SAMPLE && n < this.fittedAt * (1 + REFIT_GROWTH)) return;
    this.space = TopicSpace.fit(sampleRows(n, entries), vocabulary, topicRank(n));
    this.fittedAt = n;
    const space = this.space;
    this.count = n;
    if (!space) return;
    const r = space.rank;
    this.positions = new Float32Array(Math.ceil(n * 1.1) * r);
    entries((doc, term, weight) => space.accumulate(this.positions, doc * r, term, weight));
    for (let doc = 0; doc < n; doc++) normaliseRow(this.positions, doc * r, r);
  }

  /** Places a paper added since the last rebuild (fold-in: projected on the current topics). */
  add(vector: SparseVector): void {
    if (!this.space) return;
    const r = this.space.rank;
    if ((this.count + 1) * r > this.positions.length) {
      const grown = new Float32Array(Math.ceil((this.count + 1) * 1.5) * r);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions.set(this.space.embed(vector), this.count * r);
    this.count++;
  }

  /** The position of a paper, or of a text given as a TF-IDF vector. */
  position(of: number | SparseVector): Float32Array | null {
    if (!this.space) return null;
    const r = this.space.rank;
    return typeof of === 'number' ? this.positions.subarray(of * r, of * r + r) : this.space.embed(of);
  }

  /** Cosine between a position and a paper's position. */
  similarity(position: Float32Array, doc: number): number {
    const r = position.length;
    const base = doc * r;
    let dot = 0;
    for (let j = 0; j < r; j++) dot += position[j]! * this.positions[base + j]!;
    return dot;
  }
}

/** The TF-IDF rows of an evenly spaced sample of at most FIT_SAMPLE papers. */
function sampleRows(n: number, entries: MatrixEntries): SparseVector[] {
  const size = Math.min(n, FIT_SAMPLE);
  const rowOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < size; i++) rowOf[Math.floor((i * n) / size)] = i;
  const ids: number[][] = Array.from({ length: size }, () => []);
  const values: number[][] = Array.from({ length: size }, () => []);
  entries((doc, term, weight) => {
    const row = rowOf[doc]!;
    if (row < 0) return;
    ids[row]!.push(term);
    values[row]!.push(weight);
  });
  return ids.map((row, i) => ({ ids: row, values: values[i]! }));
}
