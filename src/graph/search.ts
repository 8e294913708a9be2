import type { SearchHit } from '../server/api-types.js';
import { entityKey } from '../extraction/normalise.js';
import type { KnowledgeGraph } from './build.js';

interface Entry {
  node: string;
  /** The text as written (label or alias). */
  text: string;
  /** entityKey(text): case, spaces and punctuation do not matter ("Long Bench" finds "LongBench"). */
  compact: string;
  /** The compact form of each word, for word-prefix matches inside titles. */
  words: string[];
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
 * then a prefix), with well-connected nodes first within a tier. A linear scan: cheap at tens of
 * thousands of nodes, and simple.
 */
export class SearchIndex {
  private readonly entries: Entry[] = [];
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
    const q = entityKey(query);
    if (!q) return [];
    const best = new Map<string, { score: number; entry: Entry }>();
    for (const entry of this.entries) {
      const tier = matchScore(q, entry);
      if (tier === 0) continue;
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
    const compact = entityKey(text);
    if (!compact) return;
    const words = text.split(/[\s/]+/).map(entityKey).filter((w) => w.length > 0);
    this.entries.push({ node, text, compact, words, alias });
  }
}

function matchScore(q: string, entry: Entry): number {
  const { compact, words } = entry;
  if (compact === q) return EXACT;
  if (compact.startsWith(q)) return PREFIX - Math.min(100, compact.length - q.length);
  if (words.some((w) => w.startsWith(q))) return WORD_PREFIX;
  if (q.length >= 3 && compact.includes(q)) return SUBSTRING;
  const edits = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
  if (edits === 0) return 0;
  let fuzzy = boundedDistance(q, compact, edits);
  if (fuzzy <= edits) return FUZZY - 50 * fuzzy;
  for (const word of words) fuzzy = Math.min(fuzzy, boundedDistance(q, word, edits));
  if (fuzzy <= edits) return FUZZY_WORD - 50 * fuzzy;
  // A typo in the beginning of a longer name ("longbnch" for "LongBench-v2").
  for (let len = q.length - edits; len <= q.length + edits; len++) {
    if (len > 0 && len < compact.length) fuzzy = Math.min(fuzzy, boundedDistance(q, compact.slice(0, len), edits));
  }
  return fuzzy <= edits ? FUZZY_PREFIX - 50 * fuzzy : 0;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as soon
 * as every cell of a row exceeds `max`: returns max + 1 in that case.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}
