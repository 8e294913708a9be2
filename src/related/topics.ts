/**
 * Latent topics (LSA): a truncated SVD of the papers' feature matrix (TF-IDF of words and of
 * character grams). Two papers about long multimodal documents are close in topic space even when
 * one says "page" and "layout" and the other "PDF" and "chart", because those words keep company
 * across the corpus; plain cosine only sees the words they literally share.
 *
 * A position is multi-resolution: the cosine of two papers is the mean of their cosines on the
 * leading quarter, half and all of the topics. Coarse topics say "both are about multimodal
 * evaluation", fine ones "both are about multi-page document QA"; no single number of topics is
 * right for every pair, and the mean is much less sensitive to that number (and to the random
 * sketch) than any one of them. The README ("Related work") gives the measurements: the grams and the
 * resolutions each gain nothing alone on the sample corpus, and do together.
 *
 * The SVD is randomized (Halko, Martinsson & Tropp 2011) and fitted on an evenly spaced sample
 * of papers, so fitting costs the same at 5,000 and at 500,000 papers; every paper, including
 * papers added later, is then folded in by projecting its feature vector onto the basis.
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
/** The resolutions of a position, as fractions of the topics (leading ones first). */
const RESOLUTIONS = [0.25, 0.5, 1];
/** A paper whose leading topics carry less than this share of its length has no say at that resolution. */
const NEGLIGIBLE = 1e-4;

/**
 * Number of topics for a corpus of n papers (the finest resolution): 2√n, within [2, 64]: 17 for a
 * reading list of 70 papers, 64 for a field; measured on the sample corpus, the ranking is
 * flat between about 1.5√n and 2.5√n.
 */
export function topicRank(n: number): number {
  return Math.max(2, Math.min(MAX_RANK, Math.round(2 * Math.sqrt(n))));
}

/** The leading-topic counts of the resolutions of a rank. */
function prefixes(rank: number): number[] {
  return RESOLUTIONS.map((f) => Math.max(1, Math.round(f * rank)));
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

/** The basis of a topic space: for each feature id, its coordinates on `rank` topics, strongest first. */
export class TopicSpace {
  /** Length of a position: one block per resolution. */
  readonly dims: number;
  private readonly prefixes: number[];

  private constructor(
    readonly rank: number,
    /** Row-major: compact row × rank; features the fit did not see have no row and no say. */
    private readonly basis: Float32Array,
    /** Per feature id below the vocabulary: its compact row, or -1. */
    private readonly row: Int32Array,
  ) {
    this.prefixes = prefixes(rank);
    this.dims = this.prefixes.reduce((a, b) => a + b, 0);
  }

  /**
   * Fits `rank` topics to sample rows (unit feature vectors over feature ids < vocabulary).
   * Returns null when the sample is too small to have topics.
   */
  static fit(rows: SparseVector[], vocabulary: number, rank: number, seed = 1): TopicSpace | null {
    // Compact the columns to the features the sample uses.
    const column = new Int32Array(vocabulary).fill(-1);
    let cols = 0;
    const compact = rows.map(({ ids, values }) => {
      const row = new Int32Array(ids.length);
      for (let e = 0; e < ids.length; e++) {
        const t = ids[e]!;
        if (column[t] === -1) column[t] = cols++;
        row[e] = column[t]!;
      }
      return { ids: row, values };
    });
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
    const basis = new Float32Array(cols * r);
    const btRows = transpose(bt, cols, k);
    order.forEach((eigen, topic) => {
      const sigma = Math.sqrt(Math.max(values[eigen]!, 0));
      if (sigma < 1e-9) return;
      const u = Float64Array.from({ length: k }, (_, i) => vectors[i * k + eigen]! / sigma);
      // v_topic = Bᵀ u / σ, one coordinate per term.
      for (let c = 0; c < cols; c++) {
        let x = 0;
        for (let i = 0; i < k; i++) x += btRows[c * k + i]! * u[i]!;
        basis[c * r + topic] = x;
      }
    });
    return new TopicSpace(r, basis, column);
  }

  /** Adds weight × the feature's topic coordinates to out[offset .. offset + rank). */
  accumulate(out: Float32Array, offset: number, feature: number, weight: number): void {
    const row = feature >= 0 && feature < this.row.length ? this.row[feature]! : -1;
    if (row < 0) return;
    const r = this.rank;
    const base = row * r;
    for (let j = 0; j < r; j++) out[offset + j]! += weight * this.basis[base + j]!;
  }

  /**
   * Turns topic coordinates (rank of them) into a position at out[offset .. offset + dims): per
   * resolution, the leading coordinates scaled to unit length, over √(resolutions), so that the
   * dot product of two positions is the mean of their cosines at each resolution. A position is
   * unit length, or all zeros for a paper none of whose features has a topic.
   */
  place(coordinates: ArrayLike<number>, out: Float32Array, offset: number): void {
    let full = 0;
    for (let j = 0; j < this.rank; j++) full += coordinates[j]! ** 2;
    const share = 1 / Math.sqrt(this.prefixes.length);
    let at = offset;
    for (const p of this.prefixes) {
      let sq = 0;
      for (let j = 0; j < p; j++) sq += coordinates[j]! ** 2;
      const scale = sq > 0 && sq > NEGLIGIBLE * NEGLIGIBLE * full ? share / Math.sqrt(sq) : 0;
      for (let j = 0; j < p; j++) out[at + j] = coordinates[j]! * scale;
      at += p;
    }
  }

  /** A paper's position in topic space (see place). */
  embed(vector: SparseVector): Float32Array {
    const coordinates = new Float32Array(this.rank);
    for (let e = 0; e < vector.ids.length; e++) this.accumulate(coordinates, 0, vector.ids[e]!, vector.values[e]!);
    const out = new Float32Array(this.dims);
    this.place(coordinates, out, 0);
    return out;
  }
}

/** Topic refits happen when the corpus has grown by this fraction since the last fit (above FIT_SAMPLE). */
const REFIT_GROWTH = 0.2;

/**
 * A visitor over the (paper, feature, weight) entries of the papers' feature matrix, for the papers
 * `wanted` accepts (a paper's features may cost something to compute).
 */
export type MatrixEntries = (visit: (doc: number, feature: number, weight: number) => void, wanted: (doc: number) => boolean) => void;

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

  /** Refits if due, then places every paper; `n` papers, feature ids below `vocabulary`. */
  rebuild(n: number, vocabulary: number, entries: MatrixEntries): void {
    // Between refits, papers keep the positions they were folded in at: re-placing 100,000 papers
    // for a 1% IDF drift would cost seconds and change little.
    if (this.space && this.count === n && n > FIT_SAMPLE && n < this.fittedAt * (1 + REFIT_GROWTH)) return;
    this.space = TopicSpace.fit(sampleRows(n, entries), vocabulary, topicRank(n));
    this.fittedAt = n;
    const space = this.space;
    this.count = n;
    if (!space) return;
    const { rank: r, dims } = space;
    const coordinates = new Float32Array(n * r);
    entries((doc, feature, weight) => space.accumulate(coordinates, doc * r, feature, weight), () => true);
    this.positions = new Float32Array(Math.ceil(n * 1.1) * dims);
    for (let doc = 0; doc < n; doc++) space.place(coordinates.subarray(doc * r, doc * r + r), this.positions, doc * dims);
  }

  /** Places a paper added since the last rebuild (fold-in: projected on the current topics). */
  add(vector: SparseVector): void {
    if (!this.space) return;
    const { dims } = this.space;
    if ((this.count + 1) * dims > this.positions.length) {
      const grown = new Float32Array(Math.ceil((this.count + 1) * 1.5) * dims);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions.set(this.space.embed(vector), this.count * dims);
    this.count++;
  }

  /** The position of a paper, or of a text given as a feature vector. */
  position(of: number | SparseVector): Float32Array | null {
    if (!this.space) return null;
    const { dims } = this.space;
    return typeof of === 'number' ? this.positions.subarray(of * dims, of * dims + dims) : this.space.embed(of);
  }

  /** Similarity of a position and a paper's position: the mean of their cosines at each resolution. */
  similarity(position: Float32Array, doc: number): number {
    const dims = position.length;
    const base = doc * dims;
    let dot = 0;
    for (let j = 0; j < dims; j++) dot += position[j]! * this.positions[base + j]!;
    return dot;
  }
}

/** The feature rows of an evenly spaced sample of at most FIT_SAMPLE papers. */
function sampleRows(n: number, entries: MatrixEntries): SparseVector[] {
  const size = Math.min(n, FIT_SAMPLE);
  const rowOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < size; i++) rowOf[Math.floor((i * n) / size)] = i;
  const ids: number[][] = Array.from({ length: size }, () => []);
  const values: number[][] = Array.from({ length: size }, () => []);
  entries(
    (doc, feature, weight) => {
      const row = rowOf[doc]!;
      ids[row]!.push(feature);
      values[row]!.push(weight);
    },
    (doc) => rowOf[doc]! >= 0,
  );
  return ids.map((row, i) => ({ ids: row, values: values[i]! }));
}
