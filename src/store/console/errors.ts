import { isAuthFailure, Neo4jAuthError, Neo4jUnavailableError } from '../errors.js';

/** Where in the query something went wrong; line and column count from 1, offset from 0. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

/**
 * A console request that cannot be answered, with the HTTP status that says why:
 * 400 rejected or invalid, 408 timed out, 413 too long, 503 Neo4j unavailable.
 */
export class ConsoleError extends Error {
  override name = 'ConsoleError';
  constructor(
    readonly status: number,
    message: string,
    readonly position?: QueryPosition,
  ) {
    super(message);
  }
}

export const READ_ONLY = 'The console is read-only';

export function positionAt(query: string, offset: number): QueryPosition {
  const before = query.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

interface DriverError {
  code?: string;
  message?: string;
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** What a driver error is read against: where Neo4j was, the time limit, and the text put in front of the query. */
export interface ErrorContext {
  uri: string;
  user: string;
  timeoutMs: number;
  /** Lines and characters the console put in front of the user's query (the `EXPLAIN` line). */
  shift: { lines: number; chars: number };
}

/** Turns a driver error into a ConsoleError whose positions point into what the user typed. */
export function fromDriverError(error: unknown, { uri, user, timeoutMs, shift }: ErrorContext): ConsoleError {
  const { code = '', message = String(error) } = (error ?? {}) as DriverError;
  if (isAuthFailure(code)) return new ConsoleError(503, new Neo4jAuthError(uri, user, error).message);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return new ConsoleError(503, new Neo4jUnavailableError(uri, error).message);
  if (/TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/.test(code) && /time/i.test(message)) {
    return timeoutError(timeoutMs);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return new ConsoleError(400, `${READ_ONLY}: ${firstLine(message)}`);
  }
  if (/MemoryPoolOutOfMemoryError|OutOfMemory/.test(code)) {
    return new ConsoleError(400, 'The query needed more memory than Neo4j allows for one transaction. Narrow it or aggregate less.');
  }
  if (code.startsWith('Neo.ClientError.')) {
    const match = POSITION.exec(message);
    if (!match) return new ConsoleError(400, message);
    const line = Number(match[1]) - shift.lines;
    const offset = Math.max(0, Number(match[3]) - shift.chars);
    const position = { line: Math.max(1, line), column: Number(match[2]), offset };
    return new ConsoleError(400, message.replace(POSITION, `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`), position);
  }
  return new ConsoleError(500, `Neo4j could not run the query (${code || 'unknown error'}).`);
}

export function timeoutError(timeoutMs: number): ConsoleError {
  return new ConsoleError(408, `The query ran longer than the console's ${timeoutMs / 1000} s limit and was stopped. Narrow it (LIMIT, a more selective MATCH) or raise PAPERGRAPH_CYPHER_TIMEOUT_MS.`);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
