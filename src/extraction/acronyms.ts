import { isAlnum } from './text.js';
import { wordClass } from './words.js';

/** Words of the text and where they sit in it. */
interface Written {
  text: string;
  start: number;
  end: number;
}

/** "long form (SHORT)": both halves with offsets in the field's text. */
export interface AcronymDefinition {
  long: Written;
  short: Written;
}

/** A parenthesised text that can be a short form: one name-like word with a capital letter. */
function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 15 || /\s/.test(s)) return false;
  if (!/^[\p{L}\p{N}]/u.test(s) || !/\p{Lu}/u.test(s)) return false;
  // "(R3)" counts three words with one initial; any other one-letter form is a label ("(A)", "(B2)").
  return (s.match(/\p{L}/gu) ?? []).length >= 2 || /^\p{Lu}[34]$/u.test(s);
}

/**
 * Schwartz & Hearst (2003): walk the short form right to left, finding each character in the long
 * candidate, the first one at a word start. Returns the offset in `long` where the long form begins.
 */
function longFormStart(short: string, long: string): number | null {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si]!;
    if (!isAlnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && isAlnum(l[li - 1])))) li--;
    if (li < 0) return null;
    li--;
    si--;
  }
  // Back to the start of the word the first character sits in.
  let start = li + 1;
  while (start > 0 && isAlnum(l[start - 1])) start--;
  return start;
}

/**
 * "4-bit NormalFloat (NF4)", "14th Critical Assessment of protein Structure Prediction (CASP14)": the
 * short form's trailing number stands for a numeric word in front of the long form, which the
 * letters alone spell.
 */
function numberLedStart(short: string, long: string): number | null {
  const digits = /\p{N}+$/u.exec(short)?.[0];
  const letters = digits ? short.slice(0, -digits.length) : '';
  if (!digits || (letters.match(/\p{L}/gu) ?? []).length < 2) return null;
  const start = longFormStart(letters, long);
  if (start === null) return null;
  const before = /(\S+)\s+$/u.exec(long.slice(0, start));
  // "4-bit" leads "NF4", "40-bit" does not: the number must end where the acronym's does.
  return before && before[1]!.startsWith(digits) && !/^\p{N}/u.test(before[1]!.slice(digits.length)) ? start - before[0].length : null;
}

const LINKING_WORD = /^(?:of|in|on|for|and|to|the|with|via|from|by|a|an)$/i;

/**
 * "International Olympiad in Informatics (IOI)": where the short form's letters are the initials of the
 * words before it (linking words may be skipped), the long form starts at the first of those words, even
 * when the letters alone are found in fewer words ("Informatics" holds i, o, i).
 */
function initialsStart(short: string, long: string): number | null {
  if (!/^\p{L}+$/u.test(short)) return null;
  const letters = short.toLowerCase();
  const words = [...long.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  let li = letters.length - 1;
  for (let k = words.length - 1; k >= 0 && li >= 0; k--) {
    const w = words[k]![0];
    if (w[0]!.toLowerCase() === letters[li]) {
      if (li === 0) return words[k]!.index!;
      li--;
    } else if (!LINKING_WORD.test(w)) return null;
  }
  return null;
}

/**
 * "Multi-Modal Mutual-Information Decoding (M3ID)": a 3 or 4 after a letter counts that many words with
 * that initial, each part of a hyphened word among them ("T2V" is text-to-video: a 2 mostly reads "to").
 */
function repeatedInitialsStart(short: string, long: string): number | null {
  const spelled = short.replace(/(\p{L})([34])(?!\p{N})/gu, (_, letter: string, times: string) => letter.repeat(Number(times)));
  return spelled === short ? null : initialsStart(spelled, long.replace(/-/g, ' '));
}

// A 2 between the letters of a short form mostly reads "to" ("I2V", "T2V"), a 4 "for".
const TWO_AS_TO = /(?<=\p{L})2(?=\p{L})/gu;
const FOUR_AS_FOR = /(?<=\p{L})4(?=\p{L})/gu;

/**
 * "Repository to Environment (R2E)", "Learning for Planning (L4P)": a 2 between letters reads "to" and a 4 "for",
 * whose initials the words spell. Only a coined, capitalised name is read so: "End-to-End (E2E)" describes a model.
 */
function readDigitStart(short: string, long: string): number | null {
  const spelled = short.replace(TWO_AS_TO, 't').replace(FOUR_AS_FOR, 'f');
  if (spelled === short) return null;
  const start = initialsStart(spelled, long.replace(/-/g, ' '));
  return start !== null && /^\p{Lu}/u.test(long.slice(start)) && !/^end-to-end$/i.test(long.slice(start)) ? start : null;
}

/** "I2V" for "image-to-video generation": the short form spells the initials the words open with, a 2 between letters read "to". */
export function abbreviates(short: string, long: string): boolean {
  const letters = short.replace(TWO_AS_TO, 't').replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = long.split(/[\s-]+/u).map((w) => w.charAt(0)).join('').toLowerCase();
  return letters.length >= 2 && initials.startsWith(letters);
}

/**
 * "EnerVerse translates ... via a policy head (EnerVerse-A)": a bracketed name whose first part the text
 * before it writes out whole is a variant of that name, not an abbreviation of the words.
 */
function namesItsOwnHead(short: string, long: string): boolean {
  const head = /^[\p{L}\p{N}]+/u.exec(short)?.[0] ?? '';
  // ("Visual Reinforcement Fine-Tuning (Visual-RFT)" does abbreviate: its head is a word, not a name.)
  return head.length < short.length && /\p{Ll}\p{Lu}|\p{L}\p{N}/u.test(head) && long.split(/[\s-]+/u)[0] === head;
}

// "See, Point, Fly", "Expand, Oscillation, and Shrink": capitalised single words in a comma list, the steps of a method.
const CAPITALISED_LIST = /^\p{Lu}\p{L}*(?:,? (?:and |& )?\p{Lu}\p{L}*)+$/u;

/**
 * "See, Point, Fly (SPF)": a list of capitalised words opened by a verb names a method's steps, one name when each word
 * gives the short form one initial ("Environmental, Social, and Governance (ESG)" lists what is measured).
 */
function isVerbListName(short: string, long: string): boolean {
  const items = long.split(/,?\s+(?:and\s+|&\s+)?|,\s*/u).filter(Boolean);
  return CAPITALISED_LIST.test(long) && isVerbLike(items[0]!.toLowerCase()) && items.map((w) => w.charAt(0)).join('').toLowerCase() === short.replace(/[^\p{L}]/gu, '').toLowerCase();
}

// A word the dictionary lacks ("describe") reads as a verb unless a noun's or an adjective's ending says otherwise.
const NOUN_OR_ADJECTIVE_ENDING = /(?:al|ic|ive|ous|able|ible|ity|ness|ion|cy|ment|er|or|s)$/;
const isVerbLike = (w: string): boolean => wordClass(w) === 'verb' || (wordClass(w) === 'unknown' && !NOUN_OR_ADJECTIVE_ENDING.test(w));

const LEADING_NOISE = /^(the|a|an|our|their|its|this|these|and|or|of|with|by|for|in|on|to|using|called|named|dubbed|termed)\s+/i;

/** Acronym definitions in a sentence of `text` spanning [from, to). */
export function findAcronymDefinitions(text: string, from: number, to: number): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const re = /\(([^()\s]{2,15})\)/gu;
  re.lastIndex = from;
  // The scan stops a bracket's length past the sentence: left unbounded, each sentence's last search read on
  // to the end of the abstract.
  const scanned = text.slice(0, to + 20);
  for (let m = re.exec(scanned); m && m.index < to; m = re.exec(scanned)) {
    const short = m[1]!;
    if (!isShortForm(short)) continue;
    const long = longFormBefore(text, from, m.index, short);
    if (long) out.push({ long, short: { text: short, start: m.index + 1, end: m.index + 1 + short.length } });
  }
  return out;
}

/** The words before the bracket at `open` that spell `short`, trimmed of leading function words and quotes. */
function longFormBefore(text: string, from: number, open: number, short: string): Written | null {
  const { start: ws, end } = wordsBefore(text, from, open, short);
  const candidate = text.slice(ws, end);
  const spelled = longFormStart(short, candidate) ?? numberLedStart(short, candidate) ?? repeatedInitialsStart(short, candidate) ?? readDigitStart(short, candidate);
  if (spelled === null) return null;
  // "Video Intelligence via Tool-Augmented Learning (VITAL)": the initials may sit in the parts of a hyphened word.
  const initials = initialsStart(short, candidate) ?? initialsStart(short, candidate.replace(/-/g, ' '));
  const rel = initials !== null && initials < spelled ? initials : spelled;
  let longText = candidate.slice(rel);
  let longStart = ws + rel;
  for (let n = LEADING_NOISE.exec(longText); n; n = LEADING_NOISE.exec(longText)) {
    longStart += n[0].length;
    longText = longText.slice(n[0].length);
  }
  // 'The "Summary of a Haystack" (SummHay) task': quotes around the long form are not part of it.
  const quoted = /^["“'‘]?(.*?)["”'’]?$/su.exec(longText)!;
  longStart += longText.indexOf(quoted[1]!);
  longText = quoted[1]!;
  if (longText.replace(/[^\p{L}]/gu, '').length <= short.length || (longText.includes(',') && !isVerbListName(short, longText)) || namesItsOwnHead(short, longText)) return null;
  // "Spearman's rank Correlation Coefficient (SCC)": a long form that starts inside a possessive starts at its word.
  const possessive = /\p{L}+['’]$/u.exec(text.slice(Math.max(0, longStart - 40), longStart))?.[0] ?? '';
  longStart -= possessive.length;
  longText = possessive + longText;
  return { text: longText, start: longStart, end: longStart + longText.length };
}

/** Where a long form of `short` may start: at most min(|A|+5, 2|A|) words before the bracket, inside the sentence. */
function wordsBefore(text: string, from: number, open: number, short: string): { start: number; end: number } {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  const maxWords = Math.min(letters + 5, letters * 2);
  let ws = open;
  while (ws > from && /\s/.test(text[ws - 1]!)) ws--;
  const end = ws;
  let words = 0;
  while (ws > from && words < maxWords) {
    const c = text[ws - 1]!;
    if (/[.;:,()\[\]]/.test(c) && !/\p{L}/u.test(text[ws - 2] ?? '')) break;
    if (/[;:()]/.test(c)) break;
    if (/\s/.test(c) && !/\s/.test(text[ws] ?? ' ')) words++;
    if (words >= maxWords) break;
    ws--;
  }
  return { start: ws, end };
}

/**
 * "SLIM-7B (SLIding-window Memory)": a name followed by its expansion in brackets. The name's letters
 * (before any size or version) must spell the start of the bracketed words.
 */
export function findExpansions(text: string, from: number, to: number): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // From each "(" inside the sentence: the bracketed words, then the name just before the bracket.
  for (let open = text.indexOf('(', from); open >= 0 && open < to; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0 || close - open - 1 < 4 || close - open - 1 > 80 || text.slice(open + 1, close).includes('(')) continue;
    const m = /([\p{L}\p{N}][\p{L}\p{N}.\-^]*)\s*$/u.exec(text.slice(Math.max(from, open - 40), open));
    if (!m) continue;
    const name = m[1]!;
    const inner = text.slice(open + 1, close);
    const nameStart = open - m[0].length;
    const letters = /^[\p{L}]+/u.exec(name.replace(/-/g, ''))?.[0] ?? '';
    // Several words, or one CamelCase word ("TQBench (TinyQueryBench)").
    const words = /[\s-]/.test(inner.trim()) || /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(inner);
    if (letters.length < 2 || !/\p{Lu}.*\p{Lu}/u.test(name) || !words || inner.includes(',')) continue;
    if (longFormStart(letters, inner) !== 0) continue;
    out.push({ long: { text: inner, start: open + 1, end: close }, short: { text: name, start: nameStart, end: nameStart + name.length } });
  }
  return out;
}

/** "X (a.k.a. Y)": the bracketed Y is another name of whatever ends right before the bracket. */
export interface AliasMarker {
  /** Where the text before the bracket ends (trailing spaces dropped). */
  before: number;
  alias: Written;
}

const ALIAS_OPEN = /\(\s*(?:a\.k\.a\.?|aka|also known as|also called|also referred to as|known as)\s+([^()]{2,60}?)\s*\)/gi;

export function findAliasMarkers(text: string, from: number, to: number): AliasMarker[] {
  const out: AliasMarker[] = [];
  ALIAS_OPEN.lastIndex = from;
  // As for acronyms: no search reads past the sentence by more than a marker's length.
  const scanned = text.slice(0, to + 120);
  for (let m = ALIAS_OPEN.exec(scanned); m && m.index < to; m = ALIAS_OPEN.exec(scanned)) {
    const alias = m[1]!;
    const start = m.index + m[0].indexOf(alias, m[0].search(/\s/));
    let before = m.index;
    while (before > from && /\s/.test(text[before - 1]!)) before--;
    out.push({ before, alias: { text: alias, start, end: start + alias.length } });
  }
  return out;
}
