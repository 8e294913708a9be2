import { wordClass } from './words.js';
import type { LexiconEntry } from './lexicon.js';
import { isAlnum, type Token } from './text.js';

/** A lexicon form found in a text: offsets of the surface as written. */
export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
  /** The lexicon form (name or alias) that matched. */
  form: string;
  /** Every entry the matched form names, where they are of several kinds ("GQA": a benchmark and an attention). */
  readings?: readonly LexiconEntry[];
}

// The trie is compiled into a flat table: row `node * SYMBOLS` holds the children of `node` for the ASCII
// characters that count for matching, so a step of the walk is one array read; other characters (Greek
// letters, accented names) are rare and live in a map per node.
const SYMBOL_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789+/@&';
const SYMBOLS = SYMBOL_CHARS.length;
const SYMBOL = new Int8Array(128).fill(-1);
for (let k = 0; k < SYMBOLS; k++) SYMBOL[SYMBOL_CHARS.charCodeAt(k)] = k;
for (let c = 65; c <= 90; c++) SYMBOL[c] = SYMBOL[c + 32]!;
/** No child: the root (node 0) is nobody's child, so 0 can mark a missing one. */
const NONE = 0;

interface TrieForm {
  entry: LexiconEntry;
  form: string;
}

/** The trie as it is built, before it is compiled into the table. */
interface BuildNode {
  next: Map<number, BuildNode>;
  forms: TrieForm[];
  /** The node's number in the table, given in breadth-first order. */
  id: number;
}

const newBuildNode = (): BuildNode => ({ next: new Map(), forms: [], id: 0 });

/** Nodes in breadth-first order, numbered so: the shallow nodes every walk reads end up in a few cache lines. */
function breadthFirst(root: BuildNode): BuildNode[] {
  const order = [root];
  for (let k = 0; k < order.length; k++) {
    for (const child of order[k]!.next.values()) {
      child.id = order.length;
      order.push(child);
    }
  }
  return order;
}

// Characters that may separate two parts of one name: "LLaMA-2" = "Llama 2" = "llama2", "DALL·E" = "DALL-E"; an apostrophe
// too, so "Spearman's rank correlation" meets its lexicon form whichever way the text writes it.
const isGap = (c: string): boolean => c === ' ' || c === '-' || c === '·' || c === '.' || c === '_' || c === '‐' || c === "'" || c === '’';

// "+", "/", "@" and "&" are part of a name ("C++", "tokens/s", "Pass@k", "J&F"): dropping them would make "token/s" = "tokens".
const isKept = (c: string | undefined): boolean => isAlnum(c) || c === '+' || c === '/' || c === '@' || c === '&';

/** Characters of `s` that count for matching: letters, digits and the signs isKept keeps, lower-cased. */
function normChars(s: string): string[] {
  const out: string[] = [];
  for (const ch of s.normalize('NFKC').toLowerCase()) if (isKept(ch)) out.push(ch);
  return out;
}

/** The form the matcher compares: two aliases with one key are one form to it, whatever their case and gaps. */
export const matchKey = (s: string): string => normChars(s).join('');

const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Short all-capital forms ("RAG", "OCR", "MFU") and ambiguous entries ("Goldfish"-like common words)
 * match only when the text writes them with the lexicon's casing.
 */
function needsExactCase(entry: LexiconEntry, form: string): boolean {
  if (entry.ambiguous) return true;
  const l = letters(form);
  return l.length <= 5 && /^\p{Lu}+$/u.test(l);
}

/**
 * "multiple" is not "MultiPL-E": a lower-case dictionary word never matches a form whose capitals or
 * punctuation are what make it a name.
 */
function isPlainWordFor(surface: string, form: string): boolean {
  // Lower case, or capitalised as the first word of a sentence ("Multiple runs ...").
  if (!/^\p{Lu}?\p{Ll}+$/u.test(surface) || /^\p{Ll}+$/u.test(form) || surface === form) return false;
  // "a 2D ellipse" is not the ELLIPSE corpus: a word in lower case never matches a name written all in capitals,
  // whether or not the dictionary knows the word.
  if (/^\p{Ll}+$/u.test(surface) && /^\p{Lu}{4,}$/u.test(form)) return true;
  // ("beats" is not "BEATs": two capitals mark a name as much as CamelCase does.)
  const marked = /\p{Ll}\p{Lu}/u.test(form) || /[^\p{L}\p{N}\s]/u.test(form) || /\p{Lu}.*\p{Lu}/u.test(form);
  return marked && wordClass(surface.toLowerCase()) !== 'unknown';
}

/** "open Llama-3.1" is not "OpenLLaMA": a name written as one word does not begin with a separate plain word. */
function splitsOneWordName(surface: string, form: string): boolean {
  const space = surface.indexOf(' ');
  if (space < 0 || /[\s\-_.]/.test(form)) return false;
  const head = surface.slice(0, space);
  // "tensor flow" is not "TensorFlow" either: a CamelCase name's parts written apart, the first in lower case, are
  // words ("commonsense QA" is a kind of question answering, not CommonsenseQA). An article is never a name's first
  // part, in any case: "A Real-World Benchmark" is not "AReaL".
  if (/^(?:a|an|the)$/iu.test(head)) return true;
  // "Part I" is not "Parti": a Roman numeral written apart numbers a part, it is no letter of a name.
  if (/^(?:I|II|III|IV)$/u.test(surface.slice(space + 1))) return true;
  return /^\p{Ll}+$/u.test(head) && (wordClass(head) !== 'unknown' || /\p{Ll}\p{Lu}/u.test(form));
}

// A letter, then a version glued on and ending the word or followed by a dash or a point: "O11", "Ov13", "n4-VL";
// not "Ov" alone, nor a plural, nor a new name made of the release's ("SAM2Long", "Llama2Vec", "GPT4Scene").
const GLUED_VERSION = /\p{L}[vV]?\d+(?:\.\d+)*(?![\p{L}\p{N}])/uy;

// "behaviour cloning", "language modelling", "hyperparameter optimisation": the lexicon is written in American
// spelling, papers in both.
const BRITISH: readonly [RegExp, string][] = [
  [/behavior/gi, 'behaviour'], [/(model|label)(ing|ed)\b/gi, '$1l$2'], [/iz(ation|ations|er|ers|ed)\b/gi, 'is$1'], [/\bcolor/gi, 'colour'],
];

/** The forms with their British spellings added where these differ. */
function withBritishSpellings(forms: readonly string[]): string[] {
  const out = [...forms];
  for (const form of forms) {
    const british = BRITISH.reduce((text, [re, to]) => text.replace(re, to), form);
    if (british !== form) out.push(british);
  }
  return out;
}

/**
 * A character trie over normalised lexicon forms, walked from each token start: case, hyphen and
 * space variants match, a final plural "s" is tolerated, and the longest match at a start wins.
 */
export class LexiconMatcher {
  /** Child node per (node, ASCII symbol), NONE where there is none; 16-bit while the trie is small. */
  private readonly ascii: Uint16Array | Uint32Array;
  private readonly wide = new Map<number, Map<number, number>>();
  /** The forms ending at each node, null at inner nodes: a packed array, one slot per node. */
  private readonly forms: (TrieForm[] | null)[];
  /** Nodes whose forms name entries of several kinds. */
  private readonly mixedKinds: Uint8Array;
  readonly size: number;

  constructor(entries: readonly LexiconEntry[]) {
    const root = newBuildNode();
    let n = 0;
    for (const entry of entries) {
      for (const form of withBritishSpellings([entry.name, ...entry.aliases])) {
        const chars = normChars(form);
        if (chars.length < 2) continue;
        let node = root;
        for (const ch of chars) {
          const code = ch.charCodeAt(0);
          let child = node.next.get(code);
          if (!child) node.next.set(code, (child = newBuildNode()));
          node = child;
        }
        // One form per entry and spelling: "o1" and "O1" both stay, for entries matched only in their own casing.
        if (node.forms.some((f) => f.entry === entry && letters(f.form) === letters(form))) continue;
        node.forms.push({ entry, form });
        n++;
      }
    }
    const order = breadthFirst(root);
    this.ascii = order.length < 65536 ? new Uint16Array(order.length * SYMBOLS) : new Uint32Array(order.length * SYMBOLS);
    this.forms = order.map((node) => (node.forms.length ? node.forms : null));
    this.mixedKinds = Uint8Array.from(order, (node) => (new Set(node.forms.map((f) => f.entry.type)).size > 1 ? 1 : 0));
    order.forEach((node, k) => {
      for (const [code, child] of node.next) {
        if (code < 128) this.ascii[k * SYMBOLS + SYMBOL[code]!] = child.id;
        else {
          let map = this.wide.get(k);
          if (!map) this.wide.set(k, (map = new Map()));
          map.set(code, child.id);
        }
      }
    });
    this.size = n;
  }

  /** One step of the walk from `node` by a character code (ASCII capitals fold to lower case). */
  private step(node: number, code: number): number {
    if (code < 128) {
      const symbol = SYMBOL[code]!;
      return symbol < 0 ? NONE : this.ascii[node * SYMBOLS + symbol]!;
    }
    return this.wide.get(node)?.get(code) ?? NONE;
  }

  /** Every entry one of whose forms is `form` as a whole ("GQA": the benchmark and grouped-query attention). */
  entriesNamed(form: string): LexiconEntry[] {
    let node = 0;
    for (const ch of normChars(form)) {
      node = this.step(node, ch.charCodeAt(0));
      if (node === NONE) return [];
    }
    return (this.forms[node] ?? []).map((f) => f.entry);
  }

  /** All non-overlapping matches in `text`, each starting at a token start. */
  match(text: string, tokens: readonly Token[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    let blockedUntil = 0;
    for (const token of tokens) {
      if (token.start < blockedUntil) continue;
      const first = text.charCodeAt(token.start);
      if (first < 128 && this.step(0, first) === NONE) continue;
      const m = this.longestAt(text, token.start);
      if (m) {
        out.push(m);
        blockedUntil = m.end;
      }
    }
    return out;
  }

  private longestAt(text: string, start: number): LexiconMatch | null {
    let node = 0;
    let best: LexiconMatch | null = null;
    let i = start;
    const n = text.length;
    while (i < n) {
      let code = text.charCodeAt(i);
      // Skip one separator between parts of a name, never more ("Tanks & Temples": a space before a kept sign too).
      if (i > start && !(code < 128 ? SYMBOL[code]! >= 0 : isKept(text[i]))) {
        if (!isGap(text[i]!) || !isKept(text[i + 1])) break;
        code = text.charCodeAt(++i);
      }
      if (code < 128) {
        const next = this.step(node, code);
        // "accuracies", "latencies": a plural in "-ies" of a name ending in "y".
        if (next === NONE && code === 105 && i > start) return this.iesPlural(text, start, i, node) ?? best;
        node = next;
      } else {
        for (const ch of text[i]!.normalize('NFKC').toLowerCase()) {
          node = this.step(node, ch.charCodeAt(0));
          if (node === NONE) break;
        }
      }
      if (node === NONE) break;
      i++;
      const forms = this.forms[node];
      if (!forms) continue;
      const candidate = this.accept(text, start, i, forms, this.mixedKinds[node] === 1);
      if (candidate) best = candidate;
    }
    return best;
  }

  /** The name ending in "y" whose plural "-ies" starts at `at` ("accurac" + "ies"), if the word ends there. */
  private iesPlural(text: string, start: number, at: number, node: number): LexiconMatch | null {
    if (text.charCodeAt(at + 1) !== 101 || text.charCodeAt(at + 2) !== 115 || isAlnum(text[at + 3])) return null;
    const y = this.step(node, 121);
    const forms = y === NONE ? null : this.forms[y];
    const m = forms ? this.accept(text.slice(0, at) + 'y' + text.slice(at + 3), start, at + 1, forms, false) : null;
    // "Canaries", "Dollies": a proper name takes no "-ies" plural; a model named so is not meant.
    return m && m.entry.type !== 'Model' ? { ...m, end: at + 3 } : null;
  }

  /** A match ending at `end` counts when it ends a word (optionally with a plural "s"); `mixed` when its forms name several kinds. */
  private accept(text: string, start: number, end: number, forms: readonly TrieForm[], mixed: boolean): LexiconMatch | null {
    let stop = end;
    // "YOLO11", "YOLOv13", "Qwen4": a model's name with the next version written on; the release is named as written.
    GLUED_VERSION.lastIndex = end - 1;
    const gluedVersion = isAlnum(text[end]) && GLUED_VERSION.test(text);
    if (gluedVersion) forms = forms.filter((f) => f.entry.type === 'Model');
    else if (isAlnum(text[end])) {
      // "losses", "biases": a name ending in a hissing sound takes "-es" for its plural.
      if (text[end] === 'e' && text[end + 1] === 's' && !isAlnum(text[end + 2]) && /(?:s|x|z|ch|sh)$/i.test(text.slice(start, end))) stop = end + 2;
      else if (!(text[end] === 's' && !isAlnum(text[end + 1]) && /\p{L}/u.test(text[end - 1]!))) return null;
      // "ImageNet as well": a letter after a space and an "s" make a word, not the plural of "ImageNet-A" ("RNN-Ts" is one).
      else if (text[end - 2] === ' ') return null;
      else stop = end + 1;
    }
    const surface = text.slice(start, end);
    // "the reward model's generalization": a possessive is no plural of the name ("reward models").
    if (/['’]s$/u.test(surface)) return null;
    for (const { entry, form } of forms) {
      if (needsExactCase(entry, form) && letters(surface) !== letters(form)) continue;
      if (isPlainWordFor(surface, form) || splitsOneWordName(surface, form)) continue;
      // The other readings matter for the name as written, not for its plural.
      return mixed && stop === end ? { start, end: stop, entry, form, readings: forms.map((f) => f.entry) } : { start, end: stop, entry, form };
    }
    return null;
  }
}
