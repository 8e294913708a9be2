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
