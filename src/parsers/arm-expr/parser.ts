// Parser for ARM template language expressions: JSON strings written as `[expr]`.
// Never throws: malformed input yields an `error` node.
import type { ArmExpr, Span } from './ast.js';
import { MAX_NESTING, tooDeepMessage } from '../budgets.js';

export type * from './ast.js';

/** True for `[…]` strings; `[[…` is an escaped literal `[`, not an expression. */
export function isArmExpression(s: string): boolean {
  return s.length >= 2 && s[0] === '[' && s[1] !== '[' && s[s.length - 1] === ']';
}

/** The literal value of a non-expression string (`[[x]` means `[x]`). */
export function armLiteralValue(s: string): string {
  return s.startsWith('[[') ? s.slice(1) : s;
}

class ParseError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

export function parseArmExpression(s: string): ArmExpr | null {
  if (!isArmExpression(s)) return null;
  const p = new Parser(s, s.length - 1);
  try {
    p.skipWs();
    if (p.pos >= p.end) throw new ParseError('empty expression', p.pos);
    const e = p.expr();
    p.skipWs();
    if (p.pos < p.end) throw new ParseError(`unexpected '${s[p.pos]}'`, p.pos);
    return e;
  } catch (err) {
    const at = err instanceof ParseError ? err.at : 1;
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'error', message: `${message} at offset ${at}`, span: { start: at, end: s.length } };
  }
}

const IDENT_START = /[A-Za-z_$]/;
const IDENT_CHAR = /[\w$]/;
const PROP_CHAR = /[\w$-]/; // property names after `.` may contain `-`
/** Sticky: matched in place, so a long expression is never copied per number. */
const NUMBER = /-?\d+(\.\d+)?/y;

class Parser {
  pos = 1; // just after the opening `[`
  private depth = 0;
  constructor(readonly s: string, readonly end: number) {}

  skipWs(): void {
    while (this.pos < this.end && /\s/.test(this.s[this.pos])) this.pos++;
  }

  private peek(): string | undefined {
    this.skipWs();
    return this.pos < this.end ? this.s[this.pos] : undefined;
  }

  private expect(c: string): void {
    if (this.peek() !== c) {
      throw new ParseError(this.pos >= this.end ? `expected '${c}' before end` : `expected '${c}'`, this.pos);
    }
    this.pos++;
  }

  private span(start: number): Span {
    return { start, end: this.pos };
  }

  /** primary followed by any `.prop` / `[index]` accessors */
  expr(): ArmExpr {
    // Calls and indexes nest by recursion: stop well before the stack does.
    if (this.depth >= MAX_NESTING) throw new ParseError(tooDeepMessage(0), this.pos);
    this.depth++;
    try {
      return this.accessors(this.primary());
    } finally {
      this.depth--;
    }
  }

  private accessors(first: ArmExpr): ArmExpr {
    let e = first;
    for (;;) {
      const c = this.peek();
      if (c === '.') {
        this.pos++;
        this.skipWs();
        const at = this.pos;
        const name = this.ident(PROP_CHAR);
        if (!name) throw new ParseError('expected property name', at);
        e = { kind: 'member', object: e, property: name, propertySpan: this.span(at), span: { start: e.span.start, end: this.pos } };
      } else if (c === '[') {
        this.pos++;
        const index = this.expr();
        this.expect(']');
        e = { kind: 'index', object: e, index, span: { start: e.span.start, end: this.pos } };
      } else {
        return e;
      }
    }
  }

  private ident(chars: RegExp): string {
    const at = this.pos;
    if (at >= this.end || !IDENT_START.test(this.s[at])) return '';
    this.pos++;
    while (this.pos < this.end && chars.test(this.s[this.pos])) this.pos++;
    return this.s.slice(at, this.pos);
  }

  private primary(): ArmExpr {
    const c = this.peek();
    const start = this.pos;
    if (c === undefined) throw new ParseError('unexpected end of expression', start);
    if (c === "'") return this.string();
    if (/[-\d]/.test(c)) {
      NUMBER.lastIndex = start;
      const m = NUMBER.exec(this.s);
      if (!m || start + m[0].length > this.end) throw new ParseError('malformed number', start);
      this.pos += m[0].length;
      return { kind: 'number', value: Number(m[0]), span: this.span(start) };
    }
    if (!IDENT_START.test(c)) throw new ParseError(`unexpected '${c}'`, start);
    // dotted names are namespaced user-defined functions, but only when a call follows
    let name = this.ident(IDENT_CHAR);
    let nameEnd = this.pos;
    while (this.s[this.pos] === '.') {
      const save = this.pos;
      this.pos++;
      const part = this.ident(IDENT_CHAR);
      if (!part) {
        this.pos = save;
        break;
      }
      if (this.peek() === '(' || this.s[this.pos] === '.') {
        name += '.' + part;
        nameEnd = this.pos;
      } else {
        this.pos = save; // a property access, handled by expr()
        break;
      }
    }
    this.pos = nameEnd;
    const lname = name.toLowerCase();
    if (this.peek() !== '(') {
      if (lname === 'true' || lname === 'false') return { kind: 'bool', value: lname === 'true', span: this.span(start) };
      if (lname === 'null') return { kind: 'null', span: this.span(start) };
      throw new ParseError("expected '(' after a function name", this.pos);
    }
    this.pos++;
    const args: ArmExpr[] = [];
    if (this.peek() === ')') this.pos++;
    else {
      for (;;) {
        args.push(this.expr());
        const sep = this.peek();
        if (sep === ',') this.pos++;
        else if (sep === ')') {
          this.pos++;
          break;
        } else throw new ParseError(sep === undefined ? "expected ')' before end" : "expected ',' or ')'", this.pos);
      }
    }
    const span = this.span(start);
    if (args.length === 0 && (lname === 'true' || lname === 'false')) return { kind: 'bool', value: lname === 'true', span };
    if (args.length === 0 && lname === 'null') return { kind: 'null', span };
    return { kind: 'call', name, lname, nameSpan: { start, end: nameEnd }, args, span };
  }

  private string(): ArmExpr {
    const start = this.pos;
    let value = '';
    let i = start + 1;
    for (;;) {
      if (i >= this.end) throw new ParseError('unterminated string', start);
      const ch = this.s[i];
      if (ch === "'") {
        if (this.s[i + 1] === "'" && i + 1 < this.end) {
          value += "'";
          i += 2;
          continue;
        }
        break;
      }
      value += ch;
      i++;
    }
    this.pos = i + 1;
    return { kind: 'string', value, span: this.span(start) };
  }
}
