/**
 * A fast reader for the plain shape most repository YAML has: block maps and lists, plain and
 * quoted scalars (escapes and folded continuation lines included), `|`/`>` block scalars and
 * one-line flow collections, with comments and blank lines anywhere. It does a fraction of the `yaml` package's work because it
 * builds no token stream, syntax tree or document, only the values and their offsets.
 *
 * It is a shortcut, never a second opinion: on anything outside that shape, or anything it is
 * not sure the `yaml` package would accept as is (anchors, tags, directives, several documents,
 * multi-line flow collections, `|+`, tabs, odd indentation, any error), it declines and the
 * caller parses the file with `yaml`. A differential test holds the two to the same values and
 * offsets on every YAML file of the corpus and the fixtures, and on generated ones.
 */

export type FastNode = FastScalar | FastMap | FastSeq;
export interface FastScalar {
  k: 'scalar';
  start: number;
  end: number;
  value: null | boolean | number | string;
}
export interface FastPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: FastNode;
}
export interface FastMap {
  k: 'map';
  start: number;
  end: number;
  pairs: FastPair[];
}
export interface FastSeq {
  k: 'seq';
  start: number;
  end: number;
  items: FastNode[];
}

/** Thrown inside the reader to give up; never escapes `readYamlFast`. */
class Decline extends Error {}
const DECLINE = new Decline();
function decline(): never {
  throw DECLINE;
}

/** Deeper than this, the full parser decides (it has the depth budget and its message). */
const MAX_DEPTH = 150;
/** The `yaml` package rejects implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

// Characters the shortcut leaves to the full parser: tabs, control characters, a BOM, a lone CR
// and the Unicode line separators. Lines that start a directive or a document marker are found
// while the lines are indexed.
const UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\t\ufeff\u2028\u2029]|\r(?!\n)/;

/**
 * The root of a one-document YAML file, or undefined when the full parser must decide (the
 * file is outside the supported shape, or may not be valid YAML).
 */
export function readYamlFast(text: string): FastNode | FastError | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new FastReader(text).document();
  } catch (e) {
    if (e === DECLINE) return undefined;
    if (e instanceof FastError) return e;
    throw e;
  }
}

/**
 * The one error the fast reader reports itself, exactly as the `yaml` package reports it first:
 * a quoted scalar whose next line is not deeper than its key (lenient parsers accept it; yaml
 * ends the scalar at the line break before that line). Only on LF files, where the offset is sure.
 */
export class FastError extends Error {
  readonly k = 'error';
  readonly code = 'MISSING_CHAR';
  constructor(
    readonly quote: string,
    readonly start: number,
  ) {
    super(`Missing closing ${quote}quote`);
  }
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const CR = 13;
const DOUBLE_QUOTE = 34;
const PERCENT = 37;
const SINGLE_QUOTE = 39;
const PLUS = 43;
const COMMA = 44;
const DOT = 46;
const GREATER = 62;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;

/** Start offset, content end offset (before CR LF / LF) and indent of each line. */
interface Lines {
  readonly starts: number[];
  readonly ends: number[];
  readonly indents: number[];
}

class FastReader implements Lines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly indents: number[] = [];
  /** True for lines holding only spaces or a comment. */
  private readonly quiet: boolean[] = [];
  private line = 0;

  constructor(private readonly text: string) {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const next = nl === -1 ? text.length : nl;
      const end = next > start && text.charCodeAt(next - 1) === CR ? next - 1 : next;
      const first = text.charCodeAt(start);
      // `%` starts a directive, `---` and `...` mark documents.
      if (first === PERCENT || ((first === DASH || first === DOT) && (text.startsWith('---', start) || text.startsWith('...', start)))) decline();
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      this.quiet.push(i === end || text.charCodeAt(i) === HASH);
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  document(): FastNode {
    this.skipQuiet();
    if (this.line >= this.starts.length || this.indents[this.line] !== 0) decline();
    const first = this.text.charCodeAt(this.starts[this.line]);
    // A flow collection (JSON, say) at the top ignores indentation.
    const root = first === OPEN_BRACKET || first === OPEN_BRACE ? this.inlineValue(this.starts[this.line], -1, 0) : this.block(this.starts[this.line], 0, 0);
    this.skipQuiet();
    if (this.line < this.starts.length) decline();
    return root;
  }

  /** Whether a line holds only spaces (or nothing). */
  private blank(l: number): boolean {
    return this.starts[l] + this.indents[l] === this.ends[l];
  }

  private skipQuiet(): void {
    while (this.line < this.starts.length && this.quiet[this.line]) this.line++;
  }

  /** The indent of the next line with content, or -1 at the end of the text. */
  private nextIndent(): number {
    this.skipQuiet();
    return this.line < this.starts.length ? this.indents[this.line] : -1;
  }

  /**
   * A block map or list whose first key or dash is at `pos` (column `indent`) of the current
   * line; with a `parent` indent, also a plain or quoted scalar that starts on a line of its own.
   */
  private block(pos: number, indent: number, depth: number, parent = -1): FastNode {
    if (depth > MAX_DEPTH) decline();
    if (this.isDash(pos)) return this.seq(pos, indent, depth);
    if (this.keyEnd(pos) >= 0) return this.map(pos, indent, depth);
    const c = this.text.charCodeAt(pos);
    if (parent < 0 || c === PIPE || c === GREATER) decline();
    return this.inlineValue(pos, parent, depth);
  }

  private isDash(pos: number): boolean {
    if (this.text.charCodeAt(pos) !== DASH) return false;
    const next = pos + 1;
    return next >= this.ends[this.line] || this.text.charCodeAt(next) === SPACE;
  }

  private map(pos: number, indent: number, depth: number): FastMap {
    const pairs: FastPair[] = [];
    for (;;) {
      pairs.push(this.pair(pos, indent, depth));
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline();
      pos = this.starts[this.line] + indent;
      if (this.isDash(pos)) decline();
    }
    return { k: 'map', start: pairs[0].keyStart, end: pairs[pairs.length - 1].value.end, pairs };
  }

  private seq(pos: number, indent: number, depth: number): FastSeq {
    const items: FastNode[] = [];
    const start = pos;
    for (;;) {
      items.push(this.item(pos, indent, depth));
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline();
      pos = this.starts[this.line] + indent;
      // A list as a map value may sit at the map's indent; the map takes the next key.
      if (!this.isDash(pos)) break;
    }
    return { k: 'seq', start, end: items[items.length - 1].end, items };
  }

  /** One list item; `pos` is its dash. */
  private item(pos: number, indent: number, depth: number): FastNode {
    const end = this.ends[this.line];
    let p = pos + 1;
    while (p < end && this.text.charCodeAt(p) === SPACE) p++;
    if (p >= end || this.text.charCodeAt(p) === HASH) return this.valueBelow(p, indent, depth, false);
    const column = p - this.starts[this.line];
    if (this.isDash(p) || this.keyEnd(p) >= 0) return this.block(p, column, depth + 1);
    return this.inlineValue(p, indent, depth);
  }

  /** One `key: value` pair whose key starts at `pos`. */
  private pair(pos: number, indent: number, depth: number): FastPair {
    const lineEnd = this.ends[this.line];
    const colon = this.keyEnd(pos);
    if (colon < 0) decline();
    const key = this.keyScalar(pos, colon);
    let p = colon + 1;
    while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    // A list may be a map value at the map's own indent.
    const value = p >= lineEnd || this.text.charCodeAt(p) === HASH ? this.valueBelow(p, indent, depth, true) : this.inlineValue(p, indent, depth);
    return { key: key.text, keyStart: key.start, keyEnd: key.end, value };
  }

  /**
   * The value of a key or dash with nothing after it on its line: the deeper lines below (or, with
   * `listAtIndent`, a list at the same indent), else an empty value at `at`.
   */
  private valueBelow(at: number, indent: number, depth: number, listAtIndent: boolean): FastNode {
    this.line++;
    const next = this.nextIndent();
    if (next > indent || (listAtIndent && next === indent && this.isDash(this.starts[this.line] + next))) {
      return this.block(this.starts[this.line] + next, next, depth + 1, indent);
    }
    return { k: 'scalar', start: at, end: at, value: null };
  }

  /**
   * Where the colon of a one-line implicit key starting at `pos` is, or -1 when the line does
   * not start with a key the shortcut supports.
   */
  private keyEnd(pos: number): number {
    const text = this.text;
    const end = this.ends[this.line];
    const c = text.charCodeAt(pos);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = closingQuote(text, pos, end);
      if (close < 0) return -1;
      let p = close;
      while (p < end && text.charCodeAt(p) === SPACE) p++;
      if (p < end && text.charCodeAt(p) === COLON && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) return p;
      return -1;
    }
    if (!plainStart(text, pos, end)) return -1;
    for (let p = pos + 1; p < end; p++) {
      const ch = text.charCodeAt(p);
      if (ch === COLON) {
        if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) return p;
      } else if (ch === HASH && text.charCodeAt(p - 1) === SPACE) return -1;
    }
    return -1;
  }

  private keyScalar(pos: number, colon: number): { text: string; start: number; end: number } {
    const text = this.text;
    const c = text.charCodeAt(pos);
    let end = colon;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end - pos > MAX_KEY) decline();
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return { text: unquote(text, pos, end), start: pos, end };
    const raw = text.slice(pos, end);
    if (raw.endsWith(':')) decline();
    return { text: String(resolvePlain(raw)), start: pos, end };
  }

  /**
   * A value that starts on its key's or dash's line at `p`; `indent` is the parent's (block
   * scalars are indented relative to it). The next line with content must not be deeper.
   */
  private inlineValue(p: number, indent: number, depth: number): FastNode {
    const text = this.text;
    const lineEnd = this.ends[this.line];
    const c = text.charCodeAt(p);
    let node: FastNode;
    if (c === PIPE || c === GREATER) return this.blockScalar(p, indent);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      const flow = new FlowReader(text, this, this.line, p, indent, depth);
      node = flow.collection();
      this.line = flow.line;
      this.lineRest(flow.pos);
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = closingQuote(text, p, lineEnd);
      if (close >= 0) node = { k: 'scalar', start: p, end: close, value: unquote(text, p, close) };
      else node = this.multiLineQuoted(p, indent);
      this.lineRest(node.end);
    } else {
      node = this.plain(p, indent);
    }
    this.line++;
    // A deeper line after a one-line value would continue it (or be an error).
    if (this.nextIndent() > indent) decline();
    return node;
  }

  /**
   * A plain scalar from `p`, with its continuation lines (deeper than `indent`), folded: one
   * line break becomes a space, blank lines become line breaks. Leaves `line` on its last line.
   */
  private plain(p: number, indent: number): FastScalar {
    const text = this.text;
    if (!plainStart(text, p, this.ends[this.line])) decline();
    let end = this.plainLineEnd(p);
    let value = text.slice(p, end);
    let closed = end < this.ends[this.line] && text.charCodeAt(this.lineContentEnd(p)) === HASH;
    let blanks = 0;
    for (let l = this.line + 1; !closed && l < this.starts.length; l++) {
      if (this.blank(l)) {
        blanks++;
        continue;
      }
      const start = this.starts[l] + this.indents[l];
      if (this.indents[l] <= indent || text.charCodeAt(start) === HASH) break;
      if (!plainStart(text, start, this.ends[l])) decline();
      this.line = l;
      const segmentEnd = this.plainLineEnd(start);
      value += (blanks ? '\n'.repeat(blanks) : ' ') + text.slice(start, segmentEnd);
      blanks = 0;
      end = segmentEnd;
      closed = segmentEnd < this.ends[l] && text.charCodeAt(this.lineContentEnd(start)) === HASH;
    }
    return { k: 'scalar', start: p, end, value: resolvePlain(value) };
  }

  /**
   * Where the plain text from `p` on the current line ends (before a comment and trailing
   * spaces); declines on a `: ` (a nested map on one line, which YAML forbids).
   */
  private plainLineEnd(p: number): number {
    const text = this.text;
    let end = this.lineContentEnd(p);
    for (let q = p + 1; q < end; q++) {
      if (text.charCodeAt(q) === COLON && (q + 1 === end || text.charCodeAt(q + 1) === SPACE)) decline();
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** The offset of a ` #` comment on the current line after `p`, or the line's end. */
  private lineContentEnd(p: number): number {
    const text = this.text;
    const lineEnd = this.ends[this.line];
    for (let q = p + 1; q < lineEnd; q++) {
      if (text.charCodeAt(q) === HASH && text.charCodeAt(q - 1) === SPACE) return q;
    }
    return lineEnd;
  }

  /**
   * A quoted scalar from `p` that goes on over deeper lines: line breaks fold as in plain
   * scalars, with the spaces around them dropped. Leaves `line` on the closing quote's line.
   */
  private multiLineQuoted(p: number, indent: number): FastScalar {
    const text = this.text;
    const pieces = [text.slice(p + 1, this.ends[this.line])];
    let close = -1;
    for (let l = this.line + 1; close < 0; l++) {
      if (l >= this.starts.length) decline();
      if (this.blank(l)) {
        pieces.push('');
        continue;
      }
      if (this.indents[l] <= indent) {
        // yaml's lexer first looks for the closing quote anywhere after: without one, its error is elsewhere.
        if (text.includes('\r') || closingQuote(text, this.starts[l] - 1, text.length, text.charCodeAt(p)) < 0) decline();
        throw new FastError(text[p], this.starts[l] - 1);
      }
      this.line = l;
      const from = this.starts[l] + this.indents[l];
      close = closingQuote(text, from - 1, this.ends[l], text.charCodeAt(p));
      pieces.push(text.slice(from, close < 0 ? this.ends[l] : close - 1));
    }
    const double = text.charCodeAt(p) === DOUBLE_QUOTE;
    let body = '';
    let blanks = 0;
    // After a double-quoted line that ends in an escaped line break, the next line joins with nothing between.
    let glue = false;
    for (let i = 0; i < pieces.length; i++) {
      const raw = pieces[i];
      const last = i === pieces.length - 1;
      if (i > 0 && !last && raw === '') {
        if (glue) decline();
        blanks++;
        continue;
      }
      let piece = raw;
      let escapedBreak = false;
      if (!last) {
        piece = withoutTrailingSpaces(raw);
        escapedBreak = double && endsInOddBackslashes(raw);
        // `\ ` (an escaped space) before trailing spaces: left to yaml.
        if (double && !escapedBreak && endsInOddBackslashes(piece)) decline();
        if (escapedBreak) piece = raw.slice(0, -1);
      }
      if (i > 0) body += glue ? '' : blanks ? '\n'.repeat(blanks) : ' ';
      body += piece;
      blanks = 0;
      glue = escapedBreak;
    }
    return { k: 'scalar', start: p, end: close, value: double ? unescape(body) : body.replaceAll("''", "'") };
  }

  /** After a one-line value: only spaces, then an optional comment. */
  private lineRest(p: number): void {
    const end = this.ends[this.line];
    if (p < end && this.text.charCodeAt(p) !== SPACE) decline();
    while (p < end && this.text.charCodeAt(p) === SPACE) p++;
    if (p < end && this.text.charCodeAt(p) !== HASH) decline();
  }

  /** A `|` or `>` block scalar whose header is at `h`; its lines are deeper than `indent`. */
  private blockScalar(h: number, indent: number): FastScalar {
    const text = this.text;
    const folded = text.charCodeAt(h) === GREATER;
    const headerEnd = this.ends[this.line];
    let p = h + 1;
    let chomp = 'clip';
    const ch = text.charCodeAt(p);
    // `|+` keeps trailing blank lines, which need the full parser's bookkeeping.
    if (ch === PLUS) decline();
    if (ch === DASH) {
      chomp = 'strip';
      p++;
    }
    if (p < headerEnd && text.charCodeAt(p) !== SPACE) decline();
    this.lineRest(p);
    // Content lines: the first line with text fixes the indentation.
    let first = this.line + 1;
    const count = this.starts.length;
    while (first < count && this.blank(first)) first++;
    if (first >= count || this.indents[first] <= indent) decline();
    const at = this.indents[first];
    for (let l = this.line + 1; l < first; l++) if (this.ends[l] - this.starts[l] > at) decline();
    let last = first;
    let l = first;
    for (; l < count; l++) {
      if (this.blank(l)) {
        if (this.indents[l] > at) decline();
        continue;
      }
      if (this.indents[l] < at) break;
      if (folded && this.indents[l] > at) decline();
      last = l;
    }
    if (l < count && this.indents[l] > indent) decline();
    const lines: string[] = [];
    for (let k = this.line + 1; k <= last; k++) lines.push(this.blank(k) ? '' : text.slice(this.starts[k] + at, this.ends[k]));
    let value = folded ? fold(lines) : lines.join('\n');
    if (chomp === 'clip') value += '\n';
    const contentEnd = this.ends[last];
    const end = h + text.slice(h, contentEnd).trimEnd().length;
    this.line = last + 1;
    this.skipQuiet();
    if (this.line < count && this.indents[this.line] > indent) decline();
    return { k: 'scalar', start: h, end, value };
  }
}

/**
 * The offset after the closing quote of a quoted scalar opened at `pos`, looking up to `end`, or
 * -1. For a continuation line, `quote` names the opening quote and `pos` is just before the line's text.
 */
function closingQuote(text: string, pos: number, end: number, quote = text.charCodeAt(pos)): number {
  for (let p = pos + 1; p < end; p++) {
    const ch = text.charCodeAt(p);
    if (quote === DOUBLE_QUOTE && ch === BACKSLASH) p++;
    else if (ch === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(p + 1) === SINGLE_QUOTE) p++;
      else return p + 1;
    }
  }
  return -1;
}

function endsInOddBackslashes(s: string): boolean {
  let n = 0;
  while (n < s.length && s.charCodeAt(s.length - 1 - n) === BACKSLASH) n++;
  return n % 2 === 1;
}

function withoutTrailingSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === SPACE) end--;
  return s.slice(0, end);
}

/** Folding of a `>` scalar with no deeper lines: single breaks become spaces, blank lines breaks. */
function fold(lines: string[]): string {
  let out = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (started) out += blanks ? '\n'.repeat(blanks) : ' ';
    else out += '\n'.repeat(blanks);
    out += line;
    blanks = 0;
    started = true;
  }
  return out;
}

/**
 * Flow collections of one-line scalars and flow collections (`[a, "b"]`, `{k: v}`). They may go
 * on over lines deeper than the `parent` block's indent, with line breaks between entries only.
 */
class FlowReader {
  pos: number;
  /** End of the current line's content. */
  private end: number;
  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    public line: number,
    start: number,
    private readonly parent: number,
    private readonly depth: number,
  ) {
    this.pos = start;
    this.end = lines.ends[line];
  }

  collection(depth = this.depth): FastMap | FastSeq {
    if (depth > MAX_DEPTH) decline();
    const text = this.text;
    const start = this.pos;
    const isMap = text.charCodeAt(start) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    this.pos++;
    this.spaces();
    const items: FastNode[] = [];
    const pairs: FastPair[] = [];
    if (text.charCodeAt(this.pos) === close) {
      this.pos++;
      return isMap ? { k: 'map', start, end: this.pos, pairs } : { k: 'seq', start, end: this.pos, items };
    }
    for (;;) {
      if (isMap) {
        const key = this.node(depth, true);
        if (key.k !== 'scalar' || key.value === null) decline();
        this.spaces();
        if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE) decline();
        this.pos++;
        this.spaces();
        const value = this.node(depth);
        const keyText = this.text.charCodeAt(key.start) === DOUBLE_QUOTE || this.text.charCodeAt(key.start) === SINGLE_QUOTE ? (key.value as string) : String(key.value);
        pairs.push({ key: keyText, keyStart: key.start, keyEnd: key.end, value });
      } else {
        items.push(this.node(depth));
      }
      this.spaces();
      const c = text.charCodeAt(this.pos);
      if (c === close) {
        this.pos++;
        return isMap ? { k: 'map', start, end: this.pos, pairs } : { k: 'seq', start, end: this.pos, items };
      }
      if (c !== COMMA) decline();
      this.pos++;
      this.spaces();
      // A trailing comma or an empty entry: left to the full parser.
      const n = text.charCodeAt(this.pos);
      if (n === close || n === COMMA) decline();
    }
  }

  /** Skips spaces, and line breaks onto deeper lines (blank lines too). */
  private spaces(): void {
    const { starts, ends, indents } = this.lines;
    for (;;) {
      while (this.pos < this.end && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
      if (this.pos < this.end || this.line + 1 >= starts.length) return;
      const l = ++this.line;
      this.pos = starts[l] + indents[l];
      this.end = ends[l];
      // Only the closing bracket may come back to the parent's indent.
      const c = this.text.charCodeAt(this.pos);
      if (this.pos < this.end && indents[l] <= this.parent && !(indents[l] === this.parent && (c === CLOSE_BRACKET || c === CLOSE_BRACE))) decline();
    }
  }

  /** One entry; a key (`asKey`) ends at a colon followed by a space. */
  private node(depth: number, asKey = false): FastNode {
    const text = this.text;
    const p = this.pos;
    if (p >= this.end) decline();
    const c = text.charCodeAt(p);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.collection(depth + 1);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = closingQuote(text, p, this.end);
      if (close < 0) decline();
      this.pos = close;
      return { k: 'scalar', start: p, end: close, value: unquote(text, p, close) };
    }
    if (!plainStart(text, p, this.end, true)) decline();
    let q = p;
    for (; q < this.end; q++) {
      const ch = text.charCodeAt(q);
      if (ch === COMMA || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE) break;
      if (asKey && ch === COLON && text.charCodeAt(q + 1) === SPACE) break;
      // Colons and comments inside flow scalars have subtle rules; the full parser decides.
      if (ch === COLON || ch === HASH || ch === SINGLE_QUOTE || ch === DOUBLE_QUOTE) decline();
    }
    let e = q;
    while (text.charCodeAt(e - 1) === SPACE) e--;
    this.pos = q;
    return { k: 'scalar', start: p, end: e, value: resolvePlain(text.slice(p, e)) };
  }
}

/**
 * Whether a plain scalar may start at `p`: not an indicator (`- `, `? `, `: ` and the flow,
 * comment, anchor, alias, tag, block, quote, directive and reserved characters).
 */
function plainStart(text: string, p: number, end: number, flow = false): boolean {
  if (p >= end) return false;
  const c = text.charCodeAt(p);
  switch (c) {
    case DASH: {
      const n = p + 1 < end ? text.charCodeAt(p + 1) : SPACE;
      return n !== SPACE;
    }
    case 63: // ?
    case COLON: {
      // `?x` and `:x` start plain scalars in block context (in flow context the rules differ).
      const n = p + 1 < end ? text.charCodeAt(p + 1) : SPACE;
      return !flow && n !== SPACE;
    }
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return false;
    default:
      return true;
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a one-line quoted scalar spanning `start`..`end` (quotes included). */
function unquote(text: string, start: number, end: number): string {
  const body = text.slice(start + 1, end - 1);
  if (text.charCodeAt(start) === SINGLE_QUOTE) return body.includes("''") ? body.replaceAll("''", "'") : body;
  return unescape(body);
}

/** A double-quoted scalar's body with its escapes resolved. */
function unescape(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e in ESCAPES) {
      out += ESCAPES[e];
      continue;
    }
    const length = HEX_LENGTH[e];
    const hex = length ? body.slice(i + 1, i + 1 + length) : '';
    if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) decline();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) decline();
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

const NON_STRING_STARTS = '~nNtTfF+-.0123456789';

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(s: string): null | boolean | number | string {
  // Only these first characters can start a null, bool or number.
  if (s !== '' && !NON_STRING_STARTS.includes(s[0])) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
