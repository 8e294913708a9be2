/** Dense ids for string keys, in order of first sight. */
class KeyIds {
  private readonly ids = new Map<string, number>();

  /** The key's id, creating it when `create` is set; -1 for an unknown key otherwise. */
  id(key: string, create: boolean): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      if (!create) return -1;
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

/** Anything that counts, per key id, the documents holding the key. */
interface DocumentFrequencies {
  readonly size: number;
  df(id: number): number;
}

/**
 * An inverted index from keys (terms, entities, model families) to the documents that contain
 * them. A posting is one packed integer, `doc << bits | value`, so a posting list is a plain array
 * of small integers: compact at 100,000 papers and fast to scan.
 */
export class Postings implements DocumentFrequencies {
  private readonly keys = new KeyIds();
  private readonly lists: number[][] = [];
  readonly mask: number;

  /** `bits` bounds the small value carried by each posting (a capped frequency, a role index). */
  constructor(readonly bits: number) {
    this.mask = (1 << bits) - 1;
  }

  /** The key's id, creating it when `create` is set; -1 for an unknown key otherwise. */
  id(key: string, create = false): number {
    const id = this.keys.id(key, create);
    if (id === this.lists.length) this.lists.push([]);
    return id;
  }

  add(id: number, doc: number, value: number): void {
    this.lists[id]!.push((doc << this.bits) | Math.min(value, this.mask));
  }

  /** Number of documents holding the key (each document is posted once per key). */
  df(id: number): number {
    return id < 0 ? 0 : this.lists[id]!.length;
  }

  list(id: number): readonly number[] {
    return this.lists[id] ?? [];
  }

  get size(): number {
    return this.lists.length;
  }
}

/**
 * Keys counted by document frequency only, without posting lists: for features that are scored
 * from each paper's own vectors and never searched by key (character grams).
 */
export class KeyCounts implements DocumentFrequencies {
  private readonly keys = new KeyIds();
  private readonly counts: number[] = [];

  /** The key's id, creating it when `create` is set; -1 for an unknown key otherwise. */
  id(key: string, create = false): number {
    const id = this.keys.id(key, create);
    if (id === this.counts.length) this.counts.push(0);
    return id;
  }

  /** Counts one more document holding the key. */
  count(id: number): void {
    this.counts[id]!++;
  }

  df(id: number): number {
    return id < 0 ? 0 : this.counts[id]!;
  }

  get size(): number {
    return this.counts.length;
  }
}

/**
 * Smoothed inverse document frequency: rare keys weigh more, a key in every document still
 * weighs a little (ln 2) so that two papers sharing only common ground are not at exactly zero.
 */
export function idf(documents: number, df: number): number {
  return Math.log(1 + documents / Math.max(df, 1));
}

/**
 * IDF per key id, frozen when computed: scores between two refreshes all use the same IDF, and
 * keys first seen since then get theirs from live counts.
 */
export class IdfTable {
  private values = new Float64Array(0);

  constructor(private readonly counts: DocumentFrequencies) {}

  refresh(documents: number): void {
    this.values = new Float64Array(this.counts.size);
    for (let id = 0; id < this.values.length; id++) this.values[id] = idf(documents, this.counts.df(id));
  }

  get(id: number, documents: number): number {
    return id >= 0 && id < this.values.length ? this.values[id]! : idf(documents, this.counts.df(id));
  }
}
