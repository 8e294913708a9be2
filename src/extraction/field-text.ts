/**
 * A title or abstract with its tokens and sentences, and look-ups of positions and words in it.
 */
import { tokenize, urlSpans, type Sentence, type Token } from './text.js';
import type { TextField } from './types.js';

/** Field state: its text, tokens and sentences. */
export interface FieldText {
  field: TextField;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function sentenceAt(f: FieldText, pos: number): Sentence {
  let lo = 0;
  let hi = f.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return f.sentences[lo]!;
}

export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Every occurrence of `name` written as a whole word in a field. */
export function occurrences(f: FieldText, name: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!name) return out;
  for (let at = f.text.indexOf(name); at >= 0; at = f.text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!isWordChar(f.text[at - 1]) && !isWordChar(f.text[end])) out.push({ start: at, end });
  }
  return out;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function fieldText(field: TextField, text: string, sentences: Sentence[]): FieldText {
  const urls = urlSpans(text);
  const all = tokenize(text);
  const tokens = urls.length === 0 ? all : all.filter((t) => !urls.some((u) => overlaps(u, t)));
  return { field, text, tokens, sentences: sentences.filter((s) => s.field === field) };
}
