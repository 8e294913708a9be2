import { paperFromRecord } from './fields.js';
import type { FormatReader } from './format.js';
import { formatBytes, notUtf8, readLines } from './lines.js';

/**
 * A JSON array of records (or one record), parsed whole: an error anywhere makes the whole
 * document unreadable, so the file is refused; large lists belong in JSON Lines, which streams.
 */
export const readJsonDocument: FormatReader = async function* ({ name: file, size, chunks }, report, limits) {
  const tooLarge = (what: string) => ({
    message: `a JSON document of ${what} is too large to parse whole (limit ${formatBytes(limits.maxDocumentBytes)}); write one record per line (JSON Lines, e.g. jq -c '.[]' file.json > file.jsonl); file refused`,
    severity: 'refused' as const,
  });
  if (size !== undefined && size > limits.maxDocumentBytes) {
    report(tooLarge(formatBytes(size)));
    return;
  }
  const lines: string[] = [];
  // The size of a pipe or a gzip file's content is known only once read.
  let total = 0;
  for await (const line of readLines(chunks, limits.maxDocumentBytes)) {
    if (!line.ok) {
      report(line.reason === 'too-long' ? tooLarge(`more than ${formatBytes(limits.maxDocumentBytes)}`) : { line: line.number, message: `line ${notUtf8(file)}; file refused`, severity: 'refused' });
      return;
    }
    total += line.bytes + 1;
    if (total > limits.maxDocumentBytes) {
      report(tooLarge(`more than ${formatBytes(limits.maxDocumentBytes)}`));
      return;
    }
    lines.push(line.text);
  }
  const text = lines.join('\n');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, message } = jsonError(error, text);
    report({ line, message: `invalid JSON (${message}); a JSON document cannot be read past an error; file refused`, severity: 'refused' });
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  const starts = Array.isArray(value) ? elementLines(text) : [lineAt(text, text.search(/\S/))];
  for (let i = 0; i < records.length; i++) {
    const result = paperFromRecord(records[i], file);
    if ('reason' in result) report({ line: starts[i], record: i + 1, message: result.reason, severity: 'skipped' });
    else yield { ...result, line: starts[i], record: i + 1 };
  }
};

/**
 * The line each element of a top-level JSON array starts on, so that a skipped record is named by its line
 * like a JSON Lines one. `text` is valid JSON (it parsed): only strings and nesting need tracking.
 */
function elementLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/\s/.test(c) && c !== ']') {
      out.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return out;
}

/**
 * V8's "... in JSON at position 95" as the line the error is on and "at column 12" (counted from 1 within
 * that line), which an editor finds; the problem's own "file:line" prefix gives the line. Node 20's V8
 * gives no position for an unexpected token (a trailing comma, a bare word) nor for a cut-short input, so
 * those are located from the context it quotes, or put at the end.
 */
export function jsonError(error: unknown, text: string): { line: number | undefined; message: string } {
  const raw = (error as Error).message;
  // The quoted context may span lines; a problem is printed on one.
  const message = raw.replace(/\r?\n/g, '\\n');
  const at = /at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  const position = at ? Number(at[1]) : quotedTokenPosition(raw, text) ?? (/end of JSON input/.test(raw) ? text.trimEnd().length : undefined);
  // A text quoted whole is short; on one line, that line is all there is to say.
  if (position === undefined) return { line: /\n\s*\S/.test(text) ? undefined : 1, message };
  const column = position - text.lastIndexOf('\n', position - 1);
  const where = `at column ${column}`;
  return { line: lineAt(text, position), message: at ? message.replace(at[0], where) : `${message} ${where}` };
}

/**
 * V8 quotes an unexpected token with up to ten characters either side: `..."abc},]..."` starts ten before
 * it, `"[,1,2..."` at the text's start (the token then ten from its end); a text of 21 characters or
 * fewer is quoted whole, which says nothing of where. The first place the quote occurs is where the
 * parser stopped, as it stops at the first error.
 */
function quotedTokenPosition(message: string, text: string): number | undefined {
  const quoted = /^Unexpected token .+?, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted || (!quoted[1] && !quoted[3])) return undefined;
  const start = text.indexOf(quoted[2]!);
  if (start === -1) return undefined;
  return quoted[1] ? start + 10 : start + quoted[2]!.length - 10;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
