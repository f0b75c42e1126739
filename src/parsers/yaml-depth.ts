// A linear estimate of a YAML stream's nesting, taken before the `yaml` package sees the text.
// That package composes recursively; thousands of levels exhaust the stack, and V8 may then abort
// the process while compiling a regular expression (a fatal error, not a catchable RangeError).
//
// The estimate counts open block nodes (by indentation and `- `, `? `, `: ` indicators, as a stack
// of columns) plus open flow brackets outside quotes, comments and block scalars. It errs on the
// high side for odd plain scalars (an unbalanced `[` after a space), never by much on the low side
// (a mapping and its sequence may share one column: at most twice the real depth is missed).

export interface YamlNesting {
  /** The deepest estimated nesting. */
  max: number;
  /** Offset where the estimate first crossed the limit, if it did. */
  crossedAt?: number;
}

const SPACE = 32;
const TAB = 9;

export function yamlNesting(text: string, limit: number): YamlNesting {
  const s = new Scan(text, limit);
  s.run();
  return s.crossedAt === undefined ? { max: s.max } : { max: s.max, crossedAt: s.crossedAt };
}

class Scan {
  max = 0;
  crossedAt: number | undefined;
  private readonly stack: number[] = [];
  private flow = 0;
  /** Open quoted scalar that continues on the next line (its quote char), or 0. */
  private quote = 0;
  /** Lines indented more than this belong to a block scalar; -2 when none is open. */
  private blockScalar = -2;
  private line = '';
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  run(): void {
    const t = this.text;
    let start = 0;
    while (start <= t.length) {
      let end = t.indexOf('\n', start);
      if (end < 0) end = t.length;
      this.line = t.charCodeAt(end - 1) === 13 ? t.slice(start, end - 1) : t.slice(start, end);
      this.lineStart = start;
      this.scanLine();
      start = end + 1;
    }
  }

  private deeper(col: number, blockLevel: boolean): void {
    if (blockLevel) this.stack.push(col);
    else this.flow++;
    const d = this.stack.length + this.flow;
    if (d > this.max) this.max = d;
    if (d > this.limit && this.crossedAt === undefined) this.crossedAt = this.lineStart + col;
  }

  private scanLine(): void {
    const l = this.line;
    let indent = 0;
    while (l.charCodeAt(indent) === SPACE) indent++;
    const blank = indent >= l.length || (l[indent] === '#' && !this.quote);
    if (this.blockScalar > -2) {
      if (blank || indent > this.blockScalar) return;
      this.blockScalar = -2;
    }
    if (this.quote) {
      const after = this.closeQuote(0, this.quote);
      if (after < 0) return;
      this.quote = 0;
      if (this.flow > 0) this.flowScan(after);
      else this.afterScalar(after);
      return;
    }
    if (blank) return;
    if (this.flow > 0) {
      this.flowScan(indent);
      return;
    }
    if (indent === 0 && (l.startsWith('---') || l.startsWith('...')) && isBreak(l.charCodeAt(3))) {
      this.stack.length = 0;
      this.nodeStart(3);
      return;
    }
    while (this.stack.length && this.stack[this.stack.length - 1] >= indent) this.stack.pop();
    this.nodeStart(indent);
  }

  /** A block node starts at `p`: indicators, properties, then its content. */
  private nodeStart(p: number): void {
    const l = this.line;
    for (;;) {
      while (isSpace(l.charCodeAt(p))) p++;
      const c = l[p];
      if ((c === '-' || c === '?' || c === ':') && isBreak(l.charCodeAt(p + 1))) {
        this.deeper(p, true);
        p++;
        continue;
      }
      if (c === '&' || c === '!') {
        while (p < l.length && !isSpace(l.charCodeAt(p))) p++;
        continue;
      }
      break;
    }
    if (p >= l.length || l[p] === '#') return;
    if (this.blockScalarHeader(p)) {
      this.blockScalar = this.stack.length ? this.stack[this.stack.length - 1] : -1;
      return;
    }
    this.deeper(p, true);
    this.content(p);
  }

  /** The content of a node on this line: flow collection, quoted scalar or plain scalar (maybe a key). */
  private content(p: number): void {
    const l = this.line;
    const c = l[p];
    if (c === '[' || c === '{') {
      this.flowScan(p);
      return;
    }
    if (c === '"' || c === "'") {
      const after = this.closeQuote(p + 1, l.charCodeAt(p));
      if (after < 0) this.quote = l.charCodeAt(p);
      else this.afterScalar(after);
      return;
    }
    this.afterScalar(p);
  }

  /** After a key or scalar: a `: ` starts the value on the same line. */
  private afterScalar(p: number): void {
    const l = this.line;
    for (let i = p; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (c === 35 /* # */ && (i === 0 || isSpace(l.charCodeAt(i - 1)))) return;
      if (c === 58 /* : */ && isBreak(l.charCodeAt(i + 1))) {
        this.value(i + 1);
        return;
      }
    }
  }

  /** A mapping value on the key's line. */
  private value(p: number): void {
    const l = this.line;
    for (;;) {
      while (isSpace(l.charCodeAt(p))) p++;
      if (l[p] !== '&' && l[p] !== '!') break;
      while (p < l.length && !isSpace(l.charCodeAt(p))) p++;
    }
    if (p >= l.length || l[p] === '#') return;
    if (this.blockScalarHeader(p)) {
      this.blockScalar = this.stack.length ? this.stack[this.stack.length - 1] : -1;
      return;
    }
    const c = l[p];
    if (c === '[' || c === '{') this.flowScan(p);
    else if (c === '"' || c === "'") {
      const after = this.closeQuote(p + 1, l.charCodeAt(p));
      if (after < 0) this.quote = l.charCodeAt(p);
    }
  }

  /** Brackets from `p` on, in flow context; quotes start only at a token boundary. */
  private flowScan(p: number): void {
    const l = this.line;
    for (let i = p; i < l.length; i++) {
      const c = l.charCodeAt(i);
      const prev = i > 0 ? l.charCodeAt(i - 1) : SPACE;
      if (c === 91 /* [ */ || c === 123 /* { */) this.deeper(i, false);
      else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (this.flow > 0) this.flow--;
        if (this.flow === 0) return;
      } else if (c === 35 /* # */ && isSpace(prev)) return;
      else if ((c === 34 || c === 39) && (isSpace(prev) || prev === 91 || prev === 123 || prev === 44 || prev === 58)) {
        const after = this.closeQuote(i + 1, c);
        if (after < 0) {
          this.quote = c;
          return;
        }
        i = after - 1;
      }
    }
  }

  /** Offset just after the closing quote, or -1 when the scalar continues on the next line. */
  private closeQuote(from: number, q: number): number {
    const l = this.line;
    for (let i = from; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (q === 34 && c === 92 /* \ */) i++;
      else if (c === q) {
        if (q === 39 && l.charCodeAt(i + 1) === 39) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  private blockScalarHeader(p: number): boolean {
    const l = this.line;
    if (l[p] !== '|' && l[p] !== '>') return false;
    let i = p + 1;
    while (i < l.length && /[0-9+-]/.test(l[i])) i++;
    while (isSpace(l.charCodeAt(i))) i++;
    return i >= l.length || l[i] === '#';
  }
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Whitespace or end of line (NaN past the end). */
function isBreak(c: number): boolean {
  return c !== c || isSpace(c);
}
