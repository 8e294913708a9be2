import { ConsoleError, positionAt } from './errors.js';

/**
 * A Cypher token. The lexer knows just enough of Cypher to tell code from text: strings,
 * comments and backtick-quoted names are single tokens, so a keyword hidden inside one is
 * never mistaken for a clause, and a keyword outside one is never missed.
 */
export interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'comment';
  /** The source text of the token. */
  text: string;
  /** For words: upper-cased; for quoted names: the name without backticks; else the text. */
  value: string;
  offset: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

/** Splits a query into tokens; an unterminated string, comment or quoted name is a 400 with its position. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: Token['kind'], start: number, end: number, value?: string): void => {
    const text = query.slice(start, end);
    tokens.push({ kind, text, value: value ?? text, offset: start });
    i = end;
  };
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      push('comment', i, end === -1 ? query.length : end);
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) throw unterminated(query, i, 'comment');
      push('comment', i, end + 2);
    } else if (c === '"' || c === "'") {
      push('string', i, endOfString(query, i));
    } else if (c === '`') {
      const [end, name] = endOfQuoted(query, i);
      push('quoted', i, end, name);
    } else if (c === '$') {
      let end = i + 1;
      while (end < query.length && WORD_PART.test(query[end]!)) end++;
      push('param', i, end);
    } else if (/[0-9]/.test(c)) {
      let end = i + 1;
      while (end < query.length && /[0-9A-Za-z_.]/.test(query[end]!) && !(query[end] === '.' && query[end + 1] === '.')) end++;
      push('number', i, end);
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < query.length && WORD_PART.test(query[end]!)) end++;
      push('word', i, end, query.slice(i, end).toUpperCase());
    } else {
      push('punct', i, i + 1);
    }
  }
  return tokens;
}

/** Tokens that carry meaning: everything but comments. */
export function significant(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'comment');
}

function endOfString(query: string, start: number): number {
  const quote = query[start];
  for (let i = start + 1; i < query.length; i++) {
    if (query[i] === '\\') i++;
    else if (query[i] === quote) return i + 1;
  }
  throw unterminated(query, start, 'string');
}

/** Backtick-quoted names escape a backtick by doubling it. */
function endOfQuoted(query: string, start: number): [number, string] {
  let name = '';
  for (let i = start + 1; i < query.length; i++) {
    if (query[i] !== '`') name += query[i];
    else if (query[i + 1] === '`') {
      name += '`';
      i++;
    } else return [i + 1, name];
  }
  throw unterminated(query, start, 'quoted name');
}

function unterminated(query: string, offset: number, what: string): ConsoleError {
  return new ConsoleError(400, `Unterminated ${what} starting here.`, positionAt(query, offset));
}
