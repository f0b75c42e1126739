// HCL2 native-syntax scanner. Produces the whole token stream up front; template text
// (quoted strings and heredocs) is scanned in a separate mode driven by a stack of frames,
// because `${ ... }` may itself contain quotes and braces to any depth.

import type { Comment, ParseError } from './ast.js';
import { nameForMessage } from '../names.js';

export type TokenType =
  | 'ident'
  | 'number'
  | 'newline'
  | 'eof'
  | 'invalid'
  | 'oquote' // "
  | 'cquote' // "
  | 'oheredoc' // <<EOT or <<-EOT, including the newline
  | 'cheredoc' // closing marker (with its indentation)
  | 'lit' // literal template text, escapes still encoded
  | 'interp' // ${ or ${~
  | 'control' // %{ or %{~
  | 'seqend' // } or ~} closing an interp/control
  | '{' | '}' | '[' | ']' | '(' | ')'
  | ',' | '?' | ':' | '.' | '...' | '=>'
  | '=' | '==' | '!=' | '!' | '<' | '<=' | '>' | '>='
  | '&&' | '||' | '+' | '-' | '*' | '/' | '%';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** oheredoc: the marker identifier and whether it is the `<<-` form. */
  marker?: string;
  flush?: boolean;
  /** lit inside a heredoc: the chunk starts at the beginning of a line. */
  lineStart?: boolean;
  /** interp/control: `${~`; seqend: `~}`. */
  strip?: boolean;
}

export interface LexResult {
  tokens: Token[];
  comments: Comment[];
  errors: ParseError[];
}

type Frame =
  | { kind: 'quote'; start: number }
  | { kind: 'heredoc'; marker: string; atLineStart: boolean; start: number; openEnd: number }
  | { kind: 'interp' } // ${ or %{, closed by }
  | { kind: 'brace' }; // plain { in expression mode

/** The operator or punctuation at `p`, longest first (`==` over `=`), by its first character. */
function punctuationAt(t: string, p: number): TokenType | undefined {
  const next = t[p + 1];
  switch (t[p]) {
    case '.':
      return t.startsWith('...', p) ? '...' : '.';
    case '=':
      return next === '=' ? '==' : next === '>' ? '=>' : '=';
    case '!':
      return next === '=' ? '!=' : '!';
    case '<':
      return next === '=' ? '<=' : '<';
    case '>':
      return next === '=' ? '>=' : '>';
    case '&':
      return next === '&' ? '&&' : undefined;
    case '|':
      return next === '|' ? '||' : undefined;
    case '{': case '}': case '[': case ']': case '(': case ')': case ',': case '?': case ':': case '+': case '-': case '*': case '/': case '%':
      return t[p] as TokenType;
    default:
      return undefined;
  }
}

const ID_START_RE = /[\p{ID_Start}_]/u;
const ID_CONTINUE_RE = /[\p{ID_Continue}-]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function lex(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private readonly frames: Frame[] = [];
  private readonly tokens: Token[] = [];
  private readonly comments: Comment[] = [];
  private readonly errors: ParseError[] = [];

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1; // UTF-8 BOM decoded as U+FEFF
  }

  run(): LexResult {
    const len = this.text.length;
    while (this.pos < len) {
      const top = this.frames[this.frames.length - 1];
      if (top?.kind === 'quote') this.scanQuoted(top);
      else if (top?.kind === 'heredoc') this.scanHeredoc(top);
      else this.scanNormal();
    }
    // Close templates left open at EOF so the parser sees balanced tokens.
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i]!;
      if (f.kind === 'quote') {
        this.error('Unterminated template string', f.start, len);
        this.push('cquote', len, len);
      } else if (f.kind === 'heredoc') {
        this.error(`Unterminated heredoc; expected closing marker ${nameForMessage(f.marker)}`, f.start, f.openEnd);
        this.push('cheredoc', len, len);
      }
    }
    this.push('eof', len, len);
    return { tokens: this.tokens, comments: this.comments, errors: this.errors };
  }

  private push(type: TokenType, start: number, end: number, extra?: Partial<Token>): Token {
    const tok: Token = { type, start, end };
    if (extra) Object.assign(tok, extra); // rare (heredoc/strip markers); keeps the common shape small
    this.tokens.push(tok);
    return tok;
  }

  private error(message: string, start: number, end: number): void {
    this.errors.push({ message, span: { start, end } });
  }

  /** Emits interp/control for `${`/`%{` at pos; returns false if there is none. */
  private scanTemplateOpen(): boolean {
    const t = this.text;
    const c = t[this.pos];
    if ((c !== '$' && c !== '%') || t[this.pos + 1] !== '{') return false;
    const strip = t[this.pos + 2] === '~';
    const end = this.pos + (strip ? 3 : 2);
    this.push(c === '$' ? 'interp' : 'control', this.pos, end, strip ? { strip } : undefined);
    this.frames.push({ kind: 'interp' });
    this.pos = end;
    return true;
  }

  private scanQuoted(frame: Extract<Frame, { kind: 'quote' }>): void {
    const t = this.text;
    const c = t[this.pos];
    if (c === '"') {
      this.push('cquote', this.pos, ++this.pos);
      this.frames.pop();
      return;
    }
    if (c === '\n' || (c === '\r' && t[this.pos + 1] === '\n')) {
      // Quoted templates cannot span lines: end the string here so the next line still lexes.
      this.error('Unterminated template string', frame.start, this.pos);
      this.push('cquote', this.pos, this.pos);
      this.frames.pop();
      return;
    }
    if (this.scanTemplateOpen()) return;
    const start = this.pos;
    let p = this.pos;
    while (p < t.length) {
      const ch = t[p];
      if (ch === '"' || ch === '\n' || (ch === '\r' && t[p + 1] === '\n')) break;
      if (ch === '\\') {
        const n = t[p + 1];
        p += n === undefined || n === '\n' || n === '\r' ? 1 : 2;
        continue;
      }
      if ((ch === '$' || ch === '%') && t[p + 1] === '{') break;
      if ((ch === '$' || ch === '%') && t[p + 1] === ch && t[p + 2] === '{') {
        p += 3; // $${ and %%{ are escapes for literal ${ and %{
        continue;
      }
      p++;
    }
    this.push('lit', start, p);
    this.pos = p;
  }

  private scanHeredoc(frame: Extract<Frame, { kind: 'heredoc' }>): void {
    const t = this.text;
    if (frame.atLineStart) {
      const closeEnd = this.matchHeredocEnd(frame.marker);
      if (closeEnd >= 0) {
        this.push('cheredoc', this.pos, closeEnd);
        this.pos = closeEnd;
        this.frames.pop();
        return;
      }
    }
    if (this.scanTemplateOpen()) {
      frame.atLineStart = false;
      return;
    }
    // One literal chunk per line (or up to the next interpolation), so the parser can
    // strip common indentation for `<<-`.
    const start = this.pos;
    let p = this.pos;
    while (p < t.length) {
      const ch = t[p];
      if (ch === '\n') {
        p++;
        break;
      }
      if ((ch === '$' || ch === '%') && t[p + 1] === '{') break;
      if ((ch === '$' || ch === '%') && t[p + 1] === ch && t[p + 2] === '{') {
        p += 3;
        continue;
      }
      p++;
    }
    this.push('lit', start, p, frame.atLineStart ? { lineStart: true } : undefined);
    frame.atLineStart = t[p - 1] === '\n';
    this.pos = p;
  }

  /** End offset of the closing marker if the current line is `<ws>MARKER<ws>`, else -1. */
  private matchHeredocEnd(marker: string): number {
    const t = this.text;
    let p = this.pos;
    while (t[p] === ' ' || t[p] === '\t') p++;
    if (!t.startsWith(marker, p)) return -1;
    const end = p + marker.length;
    let q = end;
    while (t[q] === ' ' || t[q] === '\t') q++;
    if (q >= t.length || t[q] === '\n' || (t[q] === '\r' && t[q + 1] === '\n')) return end;
    return -1;
  }

  private scanNormal(): void {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    const ch = t[start]!;

    if (ch === ' ' || ch === '\t' || (ch === '\r' && t[start + 1] !== '\n')) {
      let p = start + 1;
      while (t[p] === ' ' || t[p] === '\t') p++; // indentation runs are common; skip them in one go
      this.pos = p;
      return;
    }
    if (ch === '\n' || ch === '\r') {
      this.pos += ch === '\r' ? 2 : 1;
      this.push('newline', start, this.pos);
      return;
    }
    if (ch === '#' || (ch === '/' && t[start + 1] === '/')) {
      let p = start;
      while (p < t.length && t[p] !== '\n' && !(t[p] === '\r' && t[p + 1] === '\n')) p++;
      this.comment(start, p);
      return;
    }
    if (ch === '/' && t[start + 1] === '*') {
      const close = t.indexOf('*/', start + 2);
      if (close < 0) this.error('Unterminated block comment', start, start + 2);
      this.comment(start, close < 0 ? t.length : close + 2);
      return;
    }
    if (isDigit(c)) return this.scanNumber();
    if (isAsciiIdStart(c) || (c >= 128 && ID_START_RE.test(this.codePointAt(start)))) return this.scanIdent();
    if (ch === '"') {
      this.push('oquote', start, ++this.pos);
      this.frames.push({ kind: 'quote', start });
      return;
    }
    if (ch === '<' && t[start + 1] === '<' && this.scanHeredocOpen()) return;
    if (ch === '{') {
      this.frames.push({ kind: 'brace' });
      this.push('{', start, ++this.pos);
      return;
    }
    if (ch === '}' || (ch === '~' && t[start + 1] === '}')) return this.scanCloseBrace();
    const p = punctuationAt(t, start);
    if (p) {
      this.pos += p.length;
      this.push(p, start, this.pos);
      return;
    }
    const bad = this.codePointAt(start);
    this.pos += bad.length;
    this.push('invalid', start, this.pos);
  }

  private codePointAt(p: number): string {
    return String.fromCodePoint(this.text.codePointAt(p)!);
  }

  private comment(start: number, end: number): void {
    this.comments.push({ span: { start, end }, text: this.text.slice(start, end) });
    this.pos = end;
  }

  private scanNumber(): void {
    const t = this.text;
    const start = this.pos;
    let p = start;
    while (isDigit(t.charCodeAt(p))) p++;
    // A dot only belongs to the number when digits follow (`a.0.b` keeps its dots).
    if (t[p] === '.' && isDigit(t.charCodeAt(p + 1))) {
      p++;
      while (isDigit(t.charCodeAt(p))) p++;
    }
    if (t[p] === 'e' || t[p] === 'E') {
      let q = p + 1;
      if (t[q] === '+' || t[q] === '-') q++;
      if (isDigit(t.charCodeAt(q))) {
        while (isDigit(t.charCodeAt(q))) q++;
        p = q;
      }
    }
    this.push('number', start, p);
    this.pos = p;
  }

  private scanIdent(): void {
    const t = this.text;
    let p = this.pos;
    // Most identifiers are ASCII: no code point string for their first character.
    p += t.charCodeAt(p) < 128 ? 1 : this.codePointAt(p).length;
    while (p < t.length) {
      const c = t.charCodeAt(p);
      if (isAsciiIdStart(c) || isDigit(c) || c === 45 /* - */) p++;
      else if (c >= 128 && ID_CONTINUE_RE.test(this.codePointAt(p))) p += this.codePointAt(p).length;
      else break;
    }
    this.push('ident', this.pos, p);
    this.pos = p;
  }

  /** `<<EOT` / `<<-EOT` must be followed directly by a newline; otherwise not a heredoc. */
  private scanHeredocOpen(): boolean {
    const t = this.text;
    let p = this.pos + 2;
    const flush = t[p] === '-';
    if (flush) p++;
    const idStart = p;
    if (!isAsciiIdStart(t.charCodeAt(p))) return false; // markers are ASCII identifiers in practice
    while (p < t.length && (isAsciiIdStart(t.charCodeAt(p)) || isDigit(t.charCodeAt(p)) || t[p] === '-')) p++;
    const marker = t.slice(idStart, p);
    let end: number;
    if (t[p] === '\n') end = p + 1;
    else if (t[p] === '\r' && t[p + 1] === '\n') end = p + 2;
    else return false;
    this.push('oheredoc', this.pos, end, { marker, flush });
    this.frames.push({ kind: 'heredoc', marker, atLineStart: true, start: this.pos, openEnd: p });
    this.pos = end;
    return true;
  }

  private scanCloseBrace(): void {
    const start = this.pos;
    const strip = this.text[start] === '~';
    const top = this.frames[this.frames.length - 1];
    if (strip && top?.kind !== 'interp') {
      this.push('invalid', start, ++this.pos); // `~` is only meaningful before a template `}`
      return;
    }
    this.pos += strip ? 2 : 1;
    if (top?.kind === 'interp') {
      this.frames.pop();
      this.push('seqend', start, this.pos, strip ? { strip } : undefined);
      return;
    }
    if (top?.kind === 'brace') this.frames.pop();
    this.push('}', start, this.pos);
  }
}

// ---- literal decoding (escape syntax is a lexical concern) ---------------------------

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Decodes backslash escapes and `$${` / `%%{` in a quoted-string literal chunk. */
export function decodeQuoted(raw: string, offset: number, errors: ParseError[]): string {
  if (!raw.includes('\\') && !raw.includes('{')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += `${c}{`;
      i += 3;
      continue;
    }
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const n = raw[i + 1];
    const simple = n === undefined ? undefined : SIMPLE_ESCAPES[n];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (n === 'u' || n === 'U') {
      const len = n === 'u' ? 4 : 8;
      const hex = raw.slice(i + 2, i + 2 + len);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (cp <= 0x10ffff) {
        out += String.fromCodePoint(cp);
        i += 2 + len;
        continue;
      }
    }
    const badLen = n === undefined ? 1 : 2;
    errors.push({ message: 'Invalid escape sequence in string', span: { start: offset + i, end: offset + i + badLen } });
    out += raw.slice(i, i + badLen);
    i += badLen;
  }
  return out;
}

/** Heredocs keep backslashes literally; only `$${`/`%%{` are escapes. CRLF is normalised to LF. */
export function decodeHeredoc(raw: string): string {
  return raw.replace(/\r\n/g, '\n').replace(/([$%])\1\{/g, '$1{');
}
