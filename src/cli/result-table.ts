/** Renders query results (columns and rows of plain JSON values) as an aligned text table. */
import { formatValue } from '../store/console/format-value.js';

const MAX_CELL = 48;

export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCell = MAX_CELL): string {
  const cells = rows.map((row) => columns.map((c) => clip(formatValue(row[c]), maxCell)));
  const headers = columns.map((c) => clip(c, maxCell));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
