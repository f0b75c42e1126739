// Bicep lexer. Produces a flat token list in which newlines are tokens (Bicep is
// newline-sensitive) and comments/pragmas are side tables. Interpolated strings are
// split into pieces (`'a${` / `}b${` / `}c'`) with a brace stack, so the parser sees
// the embedded expressions as ordinary tokens.

import type { Comment, Directive, ParseError } from './ast.js';

export type TokenKind =
  | 'ident'
  | 'number'
  | 'string' // complete string without interpolation (single-line or ''')
  | 'stringLeft' // 'abc${
  | 'stringMiddle' // }abc${
  | 'stringRight' // }abc'
  | 'newline'
  | 'eof'
  | '{' | '}' | '[' | ']' | '(' | ')'
  | ',' | '.' | '.?' | ':' | '::' | '?' | '??' | '...'
  | '=' | '==' | '!=' | '=~' | '!~' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '*' | '/' | '%' | '!' | '&&' | '||' | '|' | '=>' | '@';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Identifier/number text, or the decoded literal text of a string (piece). */
  value: string;
  /** `'''` strings (kind `string` only). */
  multiline?: boolean;
}

export interface LexResult {
  tokens: Token[];
  comments: Comment[];
  directives: Directive[];
  errors: ParseError[];
}

const CH_LF = 10;
const CH_CR = 13;
const CH_QUOTE = 39; // '
const CH_BACKSLASH = 92;
const CH_DOLLAR = 36;
const CH_LBRACE = 123;

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const directives: Directive[] = [];
  const errors: ParseError[] = [];
  // One entry per open `{`: true when it is a `${` inside a string, so the matching
  // `}` resumes scanning the string instead of producing a token.
  const braces: boolean[] = [];
  const n = text.length;
  let pos = 0;

  const push = (kind: TokenKind, start: number, end: number, value = ''): void => {
    tokens.push({ kind, start, end, value });
  };
  const error = (message: string, start: number, end: number): void => {
    errors.push({ message, span: { start, end } });
  };
  const atLineStart = (p: number): boolean => {
    for (let i = p - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === CH_LF || c === CH_CR) return true;
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  };

  /**
   * Scans a single-line string body from `p` (just after `'` or the closing `}` of
   * an interpolation). Emits one token and returns the new position.
   */
  const scanString = (tokenStart: number, p: number, continued: boolean): number => {
    let value = '';
    let chunkStart = p;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === CH_QUOTE) {
        value += text.slice(chunkStart, p);
        push(continued ? 'stringRight' : 'string', tokenStart, p + 1, value);
        return p + 1;
      }
      if (c === CH_DOLLAR && text.charCodeAt(p + 1) === CH_LBRACE) {
        value += text.slice(chunkStart, p);
        push(continued ? 'stringMiddle' : 'stringLeft', tokenStart, p + 2, value);
        braces.push(true);
        return p + 2;
      }
      if (c === CH_LF || c === CH_CR) break;
      if (c === CH_BACKSLASH) {
        value += text.slice(chunkStart, p);
        const [decoded, next] = decodeEscape(p);
        value += decoded;
        p = next;
        chunkStart = p;
        continue;
      }
      p++;
    }
    // Unterminated: close the string here so the rest of the file still lexes.
    value += text.slice(chunkStart, p);
    error('Unterminated string', tokenStart, p);
    push(continued ? 'stringRight' : 'string', tokenStart, p, value);
    return p;
  };

  /** Decodes the escape at `p` (a backslash); returns [text, next position]. */
  const decodeEscape = (p: number): [string, number] => {
    const e = text[p + 1];
    switch (e) {
      case "'": return ["'", p + 2];
      case '\\': return ['\\', p + 2];
      case 'n': return ['\n', p + 2];
      case 'r': return ['\r', p + 2];
      case 't': return ['\t', p + 2];
      case '$': return ['$', p + 2];
      case 'u': {
        const m = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(p + 2, p + 12));
        const cp = m ? parseInt(m[1]!, 16) : -1;
        if (m && cp <= 0x10ffff) return [String.fromCodePoint(cp), p + 2 + m[0].length];
        error('Invalid \\u{...} escape sequence', p, p + 2);
        return ['', p + 2];
      }
      default:
        if (e === undefined || e === '\n' || e === '\r') {
          error('Unterminated escape sequence', p, p + 1);
          return ['', p + 1];
        }
        error(`Invalid escape sequence '\\${e}'`, p, p + 2);
        return [e, p + 2];
    }
  };

  /** `'''...'''`: verbatim, no escapes or interpolation; a leading newline is dropped. */
  const scanMultiline = (start: number): number => {
    const close = text.indexOf("'''", start + 3);
    if (close < 0) {
      error('Unterminated multi-line string', start, n);
      tokens.push({ kind: 'string', start, end: n, value: stripLeadingNewline(text.slice(start + 3)), multiline: true });
      return n;
    }
    // `''''` at the end belongs to the content: the last three quotes close it.
    let end = close + 3;
    while (text.charCodeAt(end) === CH_QUOTE) end++;
    const value = stripLeadingNewline(text.slice(start + 3, end - 3));
    tokens.push({ kind: 'string', start, end, value, multiline: true });
    return end;
  };

  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 0xfeff || c === 0x0c || c === 0x0b || c === 0xa0) {
      pos++;
      continue;
    }
    if (c === CH_LF || c === CH_CR) {
      const end = c === CH_CR && text.charCodeAt(pos + 1) === CH_LF ? pos + 2 : pos + 1;
      push('newline', pos, end);
      pos = end;
      continue;
    }
    if (c === 47 /* / */) {
      const c2 = text.charCodeAt(pos + 1);
      if (c2 === 47) {
        let end = pos + 2;
        while (end < n && text.charCodeAt(end) !== CH_LF && text.charCodeAt(end) !== CH_CR) end++;
        comments.push({ span: { start: pos, end }, text: text.slice(pos, end), block: false });
        pos = end;
        continue;
      }
      if (c2 === 42) {
        const close = text.indexOf('*/', pos + 2);
        const end = close < 0 ? n : close + 2;
        if (close < 0) error('Unterminated block comment', pos, n);
        comments.push({ span: { start: pos, end }, text: text.slice(pos, end), block: true });
        pos = end;
        continue;
      }
    }
    if (c === 35 /* # */ && atLineStart(pos) && isIdentStart(text.charCodeAt(pos + 1))) {
      // Pragmas such as `#disable-next-line BCP081` run to the end of the line.
      let end = pos + 1;
      while (end < n && text.charCodeAt(end) !== CH_LF && text.charCodeAt(end) !== CH_CR) end++;
      directives.push({ span: { start: pos, end }, text: text.slice(pos, end) });
      pos = end;
      continue;
    }
    if (isIdentStart(c)) {
      let end = pos + 1;
      while (end < n && isIdentPart(text.charCodeAt(end))) end++;
      push('ident', pos, end, text.slice(pos, end));
      pos = end;
      continue;
    }
    if (isDigit(c)) {
      let end = pos + 1;
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      push('number', pos, end, text.slice(pos, end));
      pos = end;
      continue;
    }
    if (c === CH_QUOTE) {
      if (text.charCodeAt(pos + 1) === CH_QUOTE && text.charCodeAt(pos + 2) === CH_QUOTE) {
        pos = scanMultiline(pos);
      } else {
        pos = scanString(pos, pos + 1, false);
      }
      continue;
    }
    if (c === CH_LBRACE) {
      braces.push(false);
      push('{', pos, pos + 1);
      pos++;
      continue;
    }
    if (c === 125 /* } */) {
      if (braces.length > 0 && braces[braces.length - 1]) {
        braces.pop();
        pos = scanString(pos, pos + 1, true);
        continue;
      }
      braces.pop();
      push('}', pos, pos + 1);
      pos++;
      continue;
    }
    const punct = matchPunctuator(text, pos);
    if (punct) {
      push(punct, pos, pos + punct.length);
      pos += punct.length;
      continue;
    }
    // Unknown character: report and skip (surrogate pairs as one unit).
    const low = text.charCodeAt(pos + 1);
    const width = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    error(`Unexpected character '${text.slice(pos, pos + width)}'`, pos, pos + width);
    pos += width;
  }
  push('eof', n, n);
  return { tokens, comments, directives, errors };
}

/** Longest operator/punctuator at `pos`, decided by its first character. */
function matchPunctuator(text: string, pos: number): TokenKind | undefined {
  const next = text[pos + 1];
  switch (text[pos]) {
    case '(': return '(';
    case ')': return ')';
    case '[': return '[';
    case ']': return ']';
    case ',': return ',';
    case '+': return '+';
    case '-': return '-';
    case '*': return '*';
    case '/': return '/';
    case '%': return '%';
    case '@': return '@';
    case '.':
      if (next === '.' && text[pos + 2] === '.') return '...';
      return next === '?' ? '.?' : '.';
    case ':': return next === ':' ? '::' : ':';
    case '?': return next === '?' ? '??' : '?';
    case '=': return next === '=' ? '==' : next === '~' ? '=~' : next === '>' ? '=>' : '=';
    case '!': return next === '=' ? '!=' : next === '~' ? '!~' : '!';
    case '<': return next === '=' ? '<=' : '<';
    case '>': return next === '=' ? '>=' : '>';
    case '&': return next === '&' ? '&&' : undefined;
    case '|': return next === '|' ? '||' : '|';
    default: return undefined;
  }
}

function stripLeadingNewline(s: string): string {
  if (s.startsWith('\r\n')) return s.slice(2);
  if (s.startsWith('\n') || s.startsWith('\r')) return s.slice(1);
  return s;
}
