/** Splits a text into plain runs and entity mentions, from the API's offset marks. */
import type { Mark, TextField } from '../api/types.js';

export type Segment = { text: string; mark?: Mark };

/**
 * Marks outside the text or overlapping an earlier mark are skipped rather than trusted, so a
 * bad offset can never duplicate or drop text: the segments always concatenate to `text`.
 */
export function segmentText(text: string, marks: readonly Mark[], field: TextField): Segment[] {
  const sorted = marks.filter((m) => m.field === field && m.start >= 0 && m.end <= text.length && m.start < m.end).sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of sorted) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) segments.push({ text: text.slice(cursor, mark.start) });
    segments.push({ text: text.slice(mark.start, mark.end), mark });
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/**
 * Marks every case-insensitive occurrence of any of `names` in `text` (longest name first), for
 * sentences that come without offsets (an entity's evidence in each paper).
 */
export function segmentByNames(text: string, names: readonly string[]): { text: string; hit: boolean }[] {
  const usable = [...new Set(names.filter((name) => name.trim().length >= 2))].sort((a, b) => b.length - a.length);
  if (!usable.length) return [{ text, hit: false }];
  const pattern = new RegExp(usable.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const parts: { text: string; hit: boolean }[] = [];
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false });
    parts.push({ text: match[0], hit: true });
    cursor = start + match[0].length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false });
  return parts;
}
