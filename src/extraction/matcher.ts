import { wordClass } from './words.js';
import type { LexiconEntry } from './lexicon.js';
import type { Token } from './text.js';

/** A lexicon form found in a text: offsets of the surface as written. */
export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
  /** The lexicon form (name or alias) that matched. */
  form: string;
}

interface TrieNode {
  /** Children by UTF-16 code unit: numbers, so the walk makes no one-character strings. */
  next: Map<number, TrieNode>;
  forms: { entry: LexiconEntry; form: string }[];
}

const newNode = (): TrieNode => ({ next: new Map(), forms: [] });
const isAlnum = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
};
// Characters that may separate two parts of one name: "LLaMA-2" = "Llama 2" = "llama2"; an apostrophe
// too, so "Spearman's rank correlation" meets its lexicon form whichever way the text writes it.
const isGap = (c: string): boolean => c === ' ' || c === '-' || c === '.' || c === '_' || c === '‐' || c === "'" || c === '’';

// "+", "/" and "@" are part of a name ("C++", "tokens/s", "Pass@k"): dropping them would make "token/s" = "tokens".
const isKept = (c: string | undefined): boolean => isAlnum(c) || c === '+' || c === '/' || c === '@';

/** Characters of `s` that count for matching: letters, digits and "+", lower-cased. */
function normChars(s: string): string[] {
  const out: string[] = [];
  for (const ch of s.normalize('NFKC').toLowerCase()) if (isKept(ch)) out.push(ch);
  return out;
}

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
  const marked = /\p{Ll}\p{Lu}/u.test(form) || /[^\p{L}\p{N}\s]/u.test(form);
  return marked && wordClass(surface.toLowerCase()) !== 'unknown';
}

/** "open Llama-3.1" is not "OpenLLaMA": a name written as one word does not begin with a separate plain word. */
function splitsOneWordName(surface: string, form: string): boolean {
  const space = surface.indexOf(' ');
  if (space < 0 || /[\s\-_.]/.test(form)) return false;
  const head = surface.slice(0, space);
  // "tensor flow" is not "TensorFlow" either: a CamelCase name's parts written apart in lower case are words.
  return /^\p{Ll}+$/u.test(head) && (wordClass(head) !== 'unknown' || (/\p{Ll}\p{Lu}/u.test(form) && !/\p{Lu}/u.test(surface)));
}

/**
 * A character trie over normalised lexicon forms, walked from each token start: case, hyphen and
 * space variants match, a final plural "s" is tolerated, and the longest match at a start wins.
 */
export class LexiconMatcher {
  private readonly root = newNode();
  readonly size: number;

  constructor(entries: readonly LexiconEntry[]) {
    let n = 0;
    for (const entry of entries) {
      for (const form of [entry.name, ...entry.aliases]) {
        const chars = normChars(form);
        if (chars.length < 2) continue;
        let node = this.root;
        for (const ch of chars) {
          const code = ch.charCodeAt(0);
          let child = node.next.get(code);
          if (!child) {
            child = newNode();
            node.next.set(code, child);
          }
          node = child;
        }
        if (!node.forms.some((f) => f.entry === entry)) node.forms.push({ entry, form });
        n++;
      }
    }
    this.size = n;
  }

  /** All non-overlapping matches in `text`, each starting at a token start. */
  match(text: string, tokens: readonly Token[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    // One lower-cased copy per text; per-character folding only where case folding changes lengths.
    const folded = text.toLowerCase();
    const lower = folded.length === text.length ? folded : null;
    let blockedUntil = 0;
    for (const token of tokens) {
      if (token.start < blockedUntil) continue;
      const first = lower ? lower.charCodeAt(token.start) : text[token.start]!.toLowerCase().charCodeAt(0);
      if (first < 128 && !this.root.next.has(first)) continue;
      const m = this.longestAt(text, lower, token.start);
      if (m) {
        out.push(m);
        blockedUntil = m.end;
      }
    }
    return out;
  }

  private longestAt(text: string, lower: string | null, start: number): LexiconMatch | null {
    let node: TrieNode | undefined = this.root;
    let best: LexiconMatch | null = null;
    let i = start;
    let lastEnd = start;
    while (node && i < text.length) {
      // Skip one separator between parts of a name, never more.
      if (i > start && !isKept(text[i])) {
        if (!isGap(text[i]!) || !isAlnum(text[i + 1])) break;
        i++;
      }
      const raw = text[i];
      if (raw === undefined) break;
      if (lower && raw.charCodeAt(0) < 128) node = node.next.get(lower.charCodeAt(i));
      else for (const ch of raw.normalize('NFKC').toLowerCase()) node = node?.next.get(ch.charCodeAt(0));
      if (!node) break;
      i++;
      lastEnd = i;
      if (node.forms.length === 0) continue;
      const candidate = this.accept(text, start, lastEnd, node);
      if (candidate) best = candidate;
    }
    return best;
  }

  /** A match ending at `end` counts when it ends a word (optionally with a plural "s"). */
  private accept(text: string, start: number, end: number, node: TrieNode): LexiconMatch | null {
    let stop = end;
    if (isAlnum(text[end])) {
      if (!(text[end] === 's' && !isAlnum(text[end + 1]) && /\p{L}/u.test(text[end - 1]!))) return null;
      stop = end + 1;
    }
    const surface = text.slice(start, end);
    for (const { entry, form } of node.forms) {
      if (needsExactCase(entry, form) && letters(surface) !== letters(form)) continue;
      if (isPlainWordFor(surface, form) || splitsOneWordName(surface, form)) continue;
      return { start, end: stop, entry, form };
    }
    return null;
  }
}
