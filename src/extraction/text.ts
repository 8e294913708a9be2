import type { TextField } from './types.js';

/** A sentence of a title or abstract with its offsets in that field. */
export interface Sentence {
  field: TextField;
  text: string;
  start: number;
  end: number;
  /** 0 for the title; abstract sentences count from 1. */
  index: number;
}

/**
 * A run of name characters: letters, digits and the joiners that occur inside ML names
 * ("Qwen2.5-7B-Instruct-1M", "E^2-LLM", "μ-Bench"). Offsets are into the field's text.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words whose trailing dot never ends a sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'vs', 'v.s', 'etc', 'cf', 'fig', 'figs', 'eq', 'eqs', 'sec', 'approx', 'resp', 'no', 'dr', 'mr', 'ms', 'st', 'viz', 'incl', 'ca',
]);

/** A letter or digit of any script, or "∞" ("∞Bench"); ASCII decided by code, the rest by Unicode class. */
export const isAlnum = (c: string | undefined): boolean => c !== undefined && isAlnumAt(c, 0);

/** isAlnum of the character at `i`, without making a string of it for the common ASCII case. */
const isAlnumAt = (text: string, i: number): boolean => {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}∞]/u.test(text[i]!);
};
const JOINERS = new Set(['-', '.', '^', '+', '_', '‐', '&', '@']);


/**
 * A dot inside a name: versions ("Qwen2.5", "v0.2"), "e.g." and a short capitalised word before capitals ("Dr.LLM", "En.QA");
 * not a missing space ("dataset.We").
 */
function dotJoins(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (/\p{N}/u.test(prev) || /\p{N}/u.test(next)) return true;
  if (/^\p{Lu}{2}/u.test(text.slice(i + 1, i + 3)) && /(?:^|[^\p{L}])\p{Lu}\p{Ll}?$/u.test(text.slice(Math.max(0, i - 3), i))) return true;
  return /\p{Ll}/u.test(next) && !/\p{L}{2}/u.test(text.slice(i + 1, i + 3)) || /^\p{Ll}\.\p{Ll}\./u.test(text.slice(i - 1, i + 3));
}

/** Offsets of web addresses in a text: their parts are never entity names. */
export function urlSpans(text: string): { start: number; end: number }[] {
  if (!/https?:|www\.|\.(?:com|io|org|ai|net|edu|dev|html)\b/.test(text)) return [];
  // The look-behind starts a bare domain only where its run of name characters starts: without it the
  // scan re-reads the rest of every word from each of its letters.
  const re = /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_.-]+\.(?:com|io|org|ai|net|edu|dev|html)\b(?:\/\S*)?/gu;
  return [...text.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Splits a field into tokens: maximal alnum runs joined by name joiners, trailing joiners dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnumAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    while (i < n) {
      if (isAlnumAt(text, i)) {
        i++;
        end = i;
        continue;
      }
      const c = text[i]!;
      if (JOINERS.has(c) && isAlnumAt(text, i + 1) && (c !== '.' || dotJoins(text, i))) {
        // A joiner counts only between name characters.
        i++;
      } else if (c === '+') {
        // "C++", "ViT+" keep their trailing plus signs.
        i++;
        end = i;
      } else break;
    }
    tokens.push({ text: text.slice(start, end), start, end });
    i = Math.max(end, i);
  }
  return tokens;
}

/** The word just before position `dot`, lower-cased, for abbreviation checks. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, dot).toLowerCase();
}

/** Splits an abstract into sentences, keeping offsets; decimals, versions and abbreviations do not split. */
export function splitSentences(text: string, field: TextField, firstIndex = 1): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ field, text: text.slice(s, e), start: s, end: e, index: firstIndex + out.length });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Sentence end: punctuation, optional closing quote/bracket, whitespace, then a capital, digit or opener.
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k < text.length && !/[\p{Lu}\p{N}("'“\[]/u.test(text[k]!)) continue;
    if (c === '.' && ABBREVIATIONS.has(wordBefore(text, i).replace(/\.$/, ''))) continue;
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}

/** The title is one sentence of its own; the abstract is split. */
export function sentencesOf(title: string, abstract: string): Sentence[] {
  const t = title.trim();
  const titleSentence: Sentence[] = t ? [{ field: 'title', text: t, start: title.indexOf(t), end: title.indexOf(t) + t.length, index: 0 }] : [];
  return [...titleSentence, ...splitSentences(abstract, 'abstract')];
}
