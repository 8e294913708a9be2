/**
 * Cypher highlighting for CodeMirror, tokenising as the console's guard does (see
 * src/store/console/lexer.ts): strings with escapes, `//` and multi-line block comments,
 * backtick-quoted names and `$parameters`, so what looks like code in the editor is what the
 * server treats as code. Labels and relationship types after `:` and keys after `.` get their own colour.
 */
import type { StreamParser, StringStream } from '@codemirror/language';

interface State {
  /** Inside a block comment or a string that continues on the next line. */
  open: '*/' | "'" | '"' | null;
  /** The previous significant character, to tell `:Label` and `.key` apart from variables. */
  prev: string;
}

const KEYWORDS = new Set(
  (
    'match optional where return with unwind order by skip limit distinct as and or xor not in is null starts ends contains ' +
    'case when then else end union all call yield exists desc asc descending ascending true false create merge set ' +
    'remove delete detach foreach load csv from headers use show terminate drop index constraint on explain profile finish'
  ).split(' '),
);
const ATOMS = new Set(['true', 'false', 'null']);

function readQuoted(stream: StringStream, state: State, quote: "'" | '"'): string {
  while (!stream.eol()) {
    const ch = stream.next();
    if (ch === '\\') stream.next();
    else if (ch === quote) {
      state.open = null;
      return 'string';
    }
  }
  state.open = quote;
  return 'string';
}

function readComment(stream: StringStream, state: State): string {
  if (stream.skipTo('*/')) {
    stream.pos += 2;
    state.open = null;
  } else {
    stream.skipToEnd();
    state.open = '*/';
  }
  return 'comment';
}

export const cypherMode: StreamParser<State> = {
  name: 'cypher',
  startState: () => ({ open: null, prev: '' }),
  token(stream, state) {
    if (state.open === '*/') return readComment(stream, state);
    if (state.open) return readQuoted(stream, state, state.open);
    if (stream.eatSpace()) return null;
    const prev = state.prev;
    const ch = stream.next()!;
    state.prev = ch;
    if (ch === '/' && stream.eat('/')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (ch === '/' && stream.eat('*')) return readComment(stream, state);
    if (ch === "'" || ch === '"') return readQuoted(stream, state, ch);
    if (ch === '`') {
      while (!stream.eol()) if (stream.next() === '`' && !stream.eat('`')) break;
      state.prev = 'w';
      return prev === ':' ? 'typeName' : prev === '.' ? 'propertyName' : 'variableName';
    }
    if (ch === '$') {
      stream.eatWhile(/[\p{L}\p{N}_]/u);
      return 'variableName.special';
    }
    if (/\d/.test(ch)) {
      stream.match(/^[\d_]*(\.\d+)?([eE][-+]?\d+)?/);
      return 'number';
    }
    if (/[\p{L}_]/u.test(ch)) {
      stream.eatWhile(/[\p{L}\p{N}_]/u);
      state.prev = 'w';
      const word = stream.current().toLowerCase();
      if (prev === ':') return 'typeName';
      if (prev === '.') return stream.match(/^\s*\(/, false) ? 'variableName.standard' : 'propertyName';
      if (ATOMS.has(word)) return 'atom';
      if (KEYWORDS.has(word)) return 'keyword';
      return stream.match(/^\s*\(/, false) ? 'variableName.standard' : 'variableName';
    }
    // `(n:Label)` but `{key: value}`: a colon followed by a space opens a map value, not a label.
    if (ch === ':' && /\s/.test(stream.peek() ?? ' ')) state.prev = ' ';
    return /[-+*%^=<>!|&~]/.test(ch) ? 'operator' : 'punctuation';
  },
};
