import type { SearchHit } from '../server/api-types.js';
import { entityKey } from '../extraction/normalise.js';
import type { KnowledgeGraph } from './build.js';

interface Entry {
  node: string;
  /** The text as written (label or alias). */
  text: string;
  alias: boolean;
}

/** Match tiers, far enough apart that the degree bonus only orders hits within a tier. */
const EXACT = 1000;
const PREFIX = 800;
const WORD_PREFIX = 600;
const SUBSTRING = 400;
const FUZZY = 300;
const FUZZY_WORD = 240;
const FUZZY_PREFIX = 230;
const ALIAS_PENALTY = 10;

/**
 * Typo-tolerant lookup over paper titles, entity names and aliases: exact > prefix > word prefix >
 * substring > bounded edit distance (1 edit from 4 characters, 2 from 8; whole name, then a word,
 * then a prefix), with well-connected nodes first within a tier. Names and words are compared in
 * their searchKey form (case, spaces and punctuation do not matter: "Long Bench" finds
 * "LongBench"; nor does a Greek letter against its name: "mu-bench" finds "μ-Bench"), and each
 * distinct name and word is compared once per query, however many nodes share it: titles repeat
 * words, so this is what keeps a 10,000-node search in milliseconds.
 */
export class SearchIndex {
  private readonly entries: Entry[] = [];
  /** Distinct compact names (labels and aliases) -> the entries bearing them. */
  private readonly names = new Map<string, number[]>();
  /** Distinct compact words of every name -> the entries containing them. */
  private readonly words = new Map<string, number[]>();
  private readonly degree = new Map<string, number>();

  constructor(private readonly graph: KnowledgeGraph) {
    graph.forEachNode((node, attrs) => {
      this.degree.set(node, graph.degree(node));
      this.add(node, attrs.label, false);
      if (attrs.kind === 'entity') {
        for (const alias of attrs.aliases) if (alias !== attrs.label) this.add(node, alias, true);
      }
    });
  }

  search(query: string, limit: number): SearchHit[] {
    const q = searchKey(query);
    if (!q) return [];
    const tiers = this.match(q);
    const best = new Map<string, { score: number; entry: Entry }>();
    for (const [index, tier] of tiers) {
      const entry = this.entries[index]!;
      const score = tier - (entry.alias ? ALIAS_PENALTY : 0);
      const previous = best.get(entry.node);
      if (!previous || score > previous.score) best.set(entry.node, { score, entry });
    }
    const hits = [...best].map(([node, { score, entry }]) => {
      const total = score + Math.min(50, 10 * Math.log2(1 + (this.degree.get(node) ?? 0)));
      return { node, entry, total };
    });
    hits.sort((a, b) => b.total - a.total || a.entry.text.length - b.entry.text.length || (a.node < b.node ? -1 : 1));
    return hits.slice(0, limit).map(({ node, entry, total }) => this.hit(node, entry, total));
  }

  /** Entry index -> the best tier any of its forms reaches. */
  private match(q: string): Map<number, number> {
    const tiers = new Map<number, number>();
    const credit = (indexes: number[], tier: number) => {
      for (const i of indexes) if ((tiers.get(i) ?? 0) < tier) tiers.set(i, tier);
    };
    const edits = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    for (const [name, indexes] of this.names) {
      if (name === q) credit(indexes, EXACT);
      else if (name.startsWith(q)) credit(indexes, PREFIX - Math.min(100, name.length - q.length));
      else if (q.length >= 3 && name.includes(q)) credit(indexes, SUBSTRING);
      else if (edits > 0) {
        const whole = boundedDistance(q, name, edits);
        if (whole <= edits) credit(indexes, FUZZY - 50 * whole);
        else if (name.length > q.length - edits) {
          // A typo in the beginning of a longer name ("longbnch" for "LongBench-v2").
          const d = boundedPrefixDistance(q, name, edits);
          if (d <= edits) credit(indexes, FUZZY_PREFIX - 50 * d);
        }
      }
    }
    for (const [word, indexes] of this.words) {
      if (word.startsWith(q)) credit(indexes, WORD_PREFIX);
      else if (edits > 0 && Math.abs(word.length - q.length) <= edits) {
        const d = boundedDistance(q, word, edits);
        if (d <= edits) credit(indexes, FUZZY_WORD - 50 * d);
      }
    }
    return tiers;
  }

  private hit(node: string, entry: Entry, total: number): SearchHit {
    const attrs = this.graph.getNodeAttributes(node);
    const hit: SearchHit = {
      id: node,
      label: attrs.label,
      kind: attrs.kind,
      type: attrs.kind === 'paper' ? 'Paper' : attrs.type,
      score: Math.round(total) / 1000,
    };
    if (entry.alias) hit.matched = entry.text;
    return hit;
  }

  private add(node: string, text: string, alias: boolean): void {
    const compact = searchKey(text);
    if (!compact) return;
    const index = this.entries.push({ node, text, alias }) - 1;
    push(this.names, compact, index);
    for (const word of new Set(text.split(/[\s/]+/).map(searchKey))) if (word) push(this.words, word, index);
  }
}

const GREEK_NAMES: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu',
  ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho', ς: 'sigma', σ: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

/**
 * The entityKey form with Greek letters spelled out, for search only: people type "mu-bench" for
 * "μ-Bench" (entityKey keeps the letter, so the entity's own identity is untouched).
 */
function searchKey(text: string): string {
  return entityKey(text).replace(/[α-ω]/g, (letter) => GREEK_NAMES[letter] ?? letter);
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as soon
 * as every cell of a row exceeds `max`: returns max + 1 in that case.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const row = lastRow(a, b, max);
  return row ? Math.min(row[b.length]!, max + 1) : max + 1;
}

/** The smallest distance between `a` and a prefix of `b` of a's length give or take `max`. */
export function boundedPrefixDistance(a: string, b: string, max: number): number {
  const end = Math.min(b.length, a.length + max);
  const row = lastRow(a, b.slice(0, end), max);
  if (!row) return max + 1;
  let best = max + 1;
  for (let j = Math.max(1, a.length - max); j <= end; j++) best = Math.min(best, row[j]!);
  return best;
}

// Scratch rows reused by every call: a search compares thousands of strings, and allocating
// three arrays per comparison dominated its cost.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The DP's last row (distances from all of `a` to each prefix of `b`), or null once every cell of a row exceeds max. */
function lastRow(a: string, b: string, max: number): Int32Array | null {
  if (rows[0]!.length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 1));
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return null;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev;
}
