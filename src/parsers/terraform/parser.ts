// Recursive-descent parser for HCL2 native syntax over the token stream from lexer.ts.
// Errors inside an attribute or block header abort that item (via ParseFailure), are recorded,
// and parsing resumes at the next line with brackets balanced, so later items still parse.

import type {
  Attribute,
  BinaryOp,
  Block,
  BlockLabel,
  Body,
  BodyItem,
  Expr,
  ForExpr,
  HclFile,
  HeredocInfo,
  ParseError,
  Span,
  TemplateDirective,
  TemplatePart,
  TraversalStep,
} from './ast.js';
import { decodeHeredoc, decodeQuoted, lex, type Token, type TokenType } from './lexer.js';
import { MAX_NESTING, tooDeepMessage } from '../budgets.js';
import { describeHclToken } from './describe.js';
import { nameForMessage } from '../names.js';

/** Parses HCL2 native syntax (a `.tf` or `.tfvars` file). Never throws. */
export function parseHcl(text: string): HclFile {
  const lexed = lex(text);
  const parser = new Parser(text, lexed.tokens);
  let body: Body;
  try {
    body = parser.parseFile();
  } catch (e) {
    // Defensive: a parser bug must not take down the caller (and its text may quote the source).
    const why = e instanceof RangeError ? tooDeepMessage(0) : 'Internal parser error';
    parser.errors.push({ message: why, span: { start: 0, end: text.length } });
    body = { attributes: [], blocks: [], items: [], span: { start: 0, end: text.length } };
  }
  const errors = [...lexed.errors, ...parser.errors].sort((a, b) => a.span.start - b.span.start);
  return { body, comments: lexed.comments, errors };
}

class ParseFailure {
  constructor(
    readonly message: string,
    readonly span: Span,
  ) {}
}

const BINARY_PREC: Partial<Record<TokenType, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** Opening token type -> its closing token type, used to balance recovery skips. */
const CLOSER: Partial<Record<TokenType, TokenType>> = {
  '{': '}',
  '[': ']',
  '(': ')',
  oquote: 'cquote',
  oheredoc: 'cheredoc',
  interp: 'seqend',
  control: 'seqend',
};
const CLOSERS = new Set<TokenType>(['}', ']', ')', 'cquote', 'cheredoc', 'seqend']);


const span = (start: number, end: number): Span => ({ start, end });

class Parser {
  private pos = 0;
  /** Top of stack: are newline tokens significant right now? */
  private readonly newlines: boolean[] = [true];
  readonly errors: ParseError[] = [];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly toks: Token[],
  ) {}

  parseFile(): Body {
    const body = this.parseBody(false);
    body.span = span(0, this.text.length);
    return body;
  }

  // ---- token access -------------------------------------------------------------------

  private index(offset = 0): number {
    let i = this.pos;
    const skipNl = !this.newlines[this.newlines.length - 1];
    for (let n = 0; ; i++) {
      const t = this.toks[i]!;
      if (t.type === 'eof') return i;
      if (skipNl && t.type === 'newline') continue;
      if (n++ === offset) return i;
    }
  }

  private peek(offset = 0): Token {
    return this.toks[this.index(offset)]!;
  }

  private next(): Token {
    const i = this.index();
    const t = this.toks[i]!;
    this.pos = t.type === 'eof' ? i : i + 1;
    return t;
  }

  private textOf(t: Token): string {
    return this.text.slice(t.start, t.end);
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.type === 'ident' && t.end - t.start === word.length && this.text.startsWith(word, t.start);
  }

  private fail(message: string, at: Token | Span): never {
    throw new ParseFailure(message, span(at.start, at.end));
  }

  /** The kind of a token, never its text (a mistyped line may hold a secret). */
  private describe(t: Token): string {
    return describeHclToken(t.type, this.textOf(t));
  }

  private expect(type: TokenType, what: string): Token {
    const t = this.peek();
    if (t.type !== type) this.fail(`Expected ${what}, found ${this.describe(t)}`, t);
    return this.next();
  }

  /** Runs `fn` with newlines significant or not; restored even when `fn` throws. */
  private withNewlines<T>(significant: boolean, fn: () => T): T {
    this.newlines.push(significant);
    try {
      return fn();
    } finally {
      this.newlines.pop();
    }
  }

  /** After a binary/conditional operator a line break cannot end the expression; allow one. */
  private skipNewlines(): void {
    while (this.toks[this.pos]!.type === 'newline') this.pos++;
  }

  private report(f: ParseFailure): void {
    this.errors.push({ message: f.message, span: f.span });
  }

  /**
   * Skips to the end of the line of the item that started at token `from`, keeping brackets
   * opened since then balanced. Stops before a `}` that closes an enclosing block.
   * Returns the end offset of the last token skipped or already consumed.
   */
  private recover(from: number): number {
    const stack: TokenType[] = [];
    const track = (t: Token): boolean => {
      const closer = CLOSER[t.type];
      if (closer) {
        stack.push(closer);
        return true;
      }
      if (!CLOSERS.has(t.type)) return true;
      const at = stack.lastIndexOf(t.type);
      if (at >= 0) stack.length = at; // also abandons unclosed inner brackets
      else if (t.type === '}') return false; // belongs to an enclosing block
      return true;
    };
    for (let i = from; i < this.pos; i++) track(this.toks[i]!);
    let lastEnd = this.pos > 0 ? this.toks[this.pos - 1]!.end : 0;
    for (;;) {
      const t = this.toks[this.pos]!;
      if (t.type === 'eof') break;
      if (t.type === 'newline' && stack.length === 0) break;
      if (!track(t)) break;
      lastEnd = t.end;
      this.pos++;
    }
    return lastEnd;
  }

  // ---- bodies -------------------------------------------------------------------------

  /** Parses items until EOF, or until a `}` (left unconsumed) when `inBlock`. */
  private parseBody(inBlock: boolean): Body {
    const body: Body = { attributes: [], blocks: [], items: [], span: span(0, 0) };
    const seen = new Map<string, Attribute>();
    for (;;) {
      const t = this.toks[this.pos]!;
      if (t.type === 'newline') {
        this.pos++;
        continue;
      }
      if (t.type === 'eof') break;
      if (t.type === '}') {
        if (inBlock) break;
        this.errors.push({ message: 'Unexpected "}"', span: span(t.start, t.end) });
        this.pos++;
        continue;
      }
      const startPos = this.pos;
      let item: BodyItem | undefined;
      try {
        item = this.parseItem(inBlock);
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        this.report(e);
        this.recover(startPos);
      }
      if (this.pos === startPos) this.pos++; // guarantee progress
      if (!item) continue;
      body.items.push(item);
      if (item.kind === 'block') {
        body.blocks.push(item);
        continue;
      }
      body.attributes.push(item);
      if (seen.has(item.name)) {
        this.errors.push({ message: `Attribute ${nameForMessage(item.name)} is defined more than once`, span: item.nameSpan });
      } else {
        seen.set(item.name, item);
      }
    }
    return body;
  }

  private parseItem(inBlock: boolean): BodyItem {
    const startPos = this.pos;
    const name = this.toks[this.pos]!;
    if (name.type !== 'ident') this.fail(`Expected an attribute or block, found ${this.describe(name)}`, name);
    this.pos++;
    if (this.toks[this.pos]!.type === '=') return this.parseAttribute(name, startPos, inBlock);
    return this.parseBlock(name, startPos, inBlock);
  }

  private parseAttribute(nameTok: Token, startPos: number, inBlock: boolean): Attribute {
    this.pos++; // '='
    const exprStart = this.peek().start;
    let expr: Expr;
    try {
      expr = this.parseExpr();
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw e;
      this.report(e);
      const end = Math.max(exprStart, this.recover(startPos));
      expr = { kind: 'error', span: span(exprStart, end) };
      return this.attribute(nameTok, expr); // recover() already found the line end
    }
    this.expectItemEnd(inBlock, startPos, 'attribute');
    return this.attribute(nameTok, expr);
  }

  private attribute(nameTok: Token, expr: Expr): Attribute {
    return {
      kind: 'attribute',
      name: this.textOf(nameTok),
      nameSpan: span(nameTok.start, nameTok.end),
      expr,
      span: span(nameTok.start, expr.span.end),
    };
  }

  private parseBlock(typeTok: Token, startPos: number, inBlock: boolean): Block {
    const labels: BlockLabel[] = [];
    for (;;) {
      const t = this.toks[this.pos]!;
      if (t.type === '{') break;
      if (t.type === 'ident') {
        labels.push({ value: this.textOf(t), span: span(t.start, t.end) });
        this.pos++;
      } else if (t.type === 'oquote') {
        const label = this.parseQuoted();
        if (label.kind !== 'string') this.fail('Block labels cannot contain interpolations or directives', label.span);
        labels.push({ value: label.value, span: label.span });
      } else {
        const what = labels.length ? 'a block label or "{"' : '"=", a block label or "{"';
        this.fail(`Expected ${what} after the block type, found ${this.describe(t)}`, t);
      }
    }
    // Blocks nest by recursion too; the guard runs before the `{` is taken so it is counted.
    const [open, body] = this.nested(() => [this.toks[this.pos++]!, this.parseBody(true)] as const);
    const close = this.toks[this.pos]!;
    let end: number;
    if (close.type === '}') {
      this.pos++;
      end = close.end;
    } else {
      this.errors.push({ message: 'Unclosed block: missing "}"', span: span(open.start, open.end) });
      end = this.toks[this.pos - 1]!.end;
    }
    body.span = span(open.start, end);
    const block: Block = {
      kind: 'block',
      type: this.textOf(typeTok),
      typeSpan: span(typeTok.start, typeTok.end),
      labels,
      body,
      span: span(typeTok.start, end),
    };
    this.expectItemEnd(inBlock, startPos, 'block');
    return block;
  }

  /** An item ends at a newline, EOF, or (for single-line blocks) the enclosing `}`. */
  private expectItemEnd(inBlock: boolean, startPos: number, what: string): void {
    const t = this.toks[this.pos]!;
    if (t.type === 'newline' || t.type === 'eof' || (inBlock && t.type === '}')) return;
    this.errors.push({
      message: `Expected a newline after ${what}, found ${this.describe(t)}`,
      span: span(t.start, t.end),
    });
    this.recover(startPos);
  }

  // ---- expressions --------------------------------------------------------------------

  private parseExpr(): Expr {
    return this.nested(() => this.parseConditional());
  }

  /** How deep the brackets from here go (until they close below the current level), for the message. */
  private nestingAhead(): number {
    let d = 0;
    let max = 0;
    for (let i = this.pos; i < this.toks.length; i++) {
      const t = this.toks[i]!.type;
      if (CLOSER[t]) max = Math.max(max, ++d);
      else if (CLOSERS.has(t) && --d < 0) break;
    }
    return max;
  }

  /** Bounds recursion so hostile nesting becomes a parse error instead of a stack overflow. */
  private nested<T>(fn: () => T): T {
    if (this.depth >= MAX_NESTING) this.fail(tooDeepMessage(this.depth + this.nestingAhead()), this.peek());
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private parseConditional(): Expr {
    const test = this.parseBinary(1);
    if (this.peek().type !== '?') return test;
    this.next();
    this.skipNewlines();
    const trueExpr = this.parseExpr();
    this.expect(':', '":" in conditional expression');
    this.skipNewlines();
    const falseExpr = this.parseExpr();
    return { kind: 'conditional', test, trueExpr, falseExpr, span: span(test.span.start, falseExpr.span.end) };
  }

  /** Precedence climbing; all HCL binary operators are left-associative. */
  private parseBinary(minPrec: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      const prec = BINARY_PREC[this.peek().type];
      if (prec === undefined || prec < minPrec) return left;
      const op = this.next().type as BinaryOp;
      this.skipNewlines();
      const right = this.parseBinary(prec + 1);
      left = { kind: 'binary', op, left, right, span: span(left.span.start, right.span.end) };
    }
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t.type !== '!' && t.type !== '-') return this.parsePostfix(this.parseTerm());
    this.next();
    const operand = this.nested(() => this.parseUnary());
    if (t.type === '-' && operand.kind === 'number') {
      return { kind: 'number', value: -operand.value, raw: this.text.slice(t.start, operand.span.end), span: span(t.start, operand.span.end) };
    }
    return { kind: 'unary', op: t.type, operand, span: span(t.start, operand.span.end) };
  }

  private parseTerm(): Expr {
    const t = this.peek();
    switch (t.type) {
      case 'number':
        this.next();
        return { kind: 'number', value: Number(this.textOf(t)), raw: this.textOf(t), span: span(t.start, t.end) };
      case 'ident':
        return this.parseIdentTerm();
      case 'oquote':
        return this.parseQuoted();
      case 'oheredoc':
        return this.parseHeredoc();
      case '(':
        return this.parseParen();
      case '[':
        return this.parseTuple();
      case '{':
        return this.parseObject();
      default:
        this.fail(`Expected an expression, found ${this.describe(t)}`, t);
    }
  }

  private parseIdentTerm(): Expr {
    const t = this.next();
    const name = this.textOf(t);
    const s = span(t.start, t.end);
    if (name === 'true' || name === 'false') return { kind: 'bool', value: name === 'true', span: s };
    if (name === 'null') return { kind: 'null', span: s };
    if (this.peek().type === '(') return this.parseCall(name, s);
    if (this.isProviderFunctionSep(this.pos)) {
      let fullName = name;
      let end = t.end;
      while (this.isProviderFunctionSep(this.pos)) {
        const part = this.toks[this.pos + 2]!;
        fullName += `::${this.textOf(part)}`;
        end = part.end;
        this.pos += 3;
      }
      if (this.peek().type !== '(') this.fail('Expected "(" after the function name', this.peek());
      return this.parseCall(fullName, span(t.start, end));
    }
    return { kind: 'traversal', root: name, rootSpan: s, steps: [], span: s };
  }

  /** `::ident` directly at token index i (provider-defined function names). */
  private isProviderFunctionSep(i: number): boolean {
    const [a, b, c] = [this.toks[i]!, this.toks[i + 1], this.toks[i + 2]];
    return a.type === ':' && b?.type === ':' && b.start === a.end && c?.type === 'ident' && c.start === b.end;
  }

  private parseCall(name: string, nameSpan: Span): Expr {
    this.next(); // '('
    return this.withNewlines(false, () => {
      const args: Expr[] = [];
      let expandFinal = false;
      while (this.peek().type !== ')') {
        args.push(this.parseExpr());
        if (this.peek().type === '...') {
          this.next();
          expandFinal = true;
          break;
        }
        if (this.peek().type !== ',') break;
        this.next();
      }
      const close = this.expect(')', expandFinal ? '")" after "..."' : '"," or ")" in function call');
      return { kind: 'call', name, nameSpan, args, expandFinal, span: span(nameSpan.start, close.end) };
    });
  }

  private parseParen(): Expr {
    const open = this.next();
    return this.withNewlines(false, () => {
      const expr = this.parseExpr();
      const close = this.expect(')', '")"');
      return { kind: 'paren', expr, span: span(open.start, close.end) };
    });
  }

  /** Attribute access, index and splat after any expression. */
  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      const t = this.peek();
      let steps: TraversalStep[];
      if (t.type === '.') steps = this.parseDotStep();
      else if (t.type === '[') steps = [this.parseBracketStep()];
      else return expr;
      const end = steps[steps.length - 1]!.span.end;
      if (expr.kind === 'traversal' || expr.kind === 'relativeTraversal') {
        expr.steps.push(...steps);
        expr.span = span(expr.span.start, end);
      } else {
        expr = { kind: 'relativeTraversal', source: expr, steps, span: span(expr.span.start, end) };
      }
    }
  }

  private parseDotStep(): TraversalStep[] {
    const dot = this.next();
    const t = this.toks[this.pos]!;
    if (t.type === 'ident') {
      this.pos++;
      return [{ kind: 'attr', name: this.textOf(t), span: span(dot.start, t.end) }];
    }
    if (t.type === '*') {
      this.pos++;
      return [{ kind: 'splat', span: span(dot.start, t.end), legacy: true }];
    }
    if (t.type === 'number') {
      // Legacy index `a.0`; the lexer reads `a.0.1` as the number `0.1`, so split it.
      this.pos++;
      const steps: TraversalStep[] = [];
      let at = t.start;
      for (const digits of this.textOf(t).split('.')) {
        const key: Expr = { kind: 'number', value: Number(digits), raw: digits, span: span(at, at + digits.length) };
        steps.push({ kind: 'index', key, span: span(at - 1, at + digits.length), legacy: true });
        at += digits.length + 1;
      }
      steps[0]!.span.start = dot.start;
      return steps;
    }
    this.fail(`Expected an attribute name after ".", found ${this.describe(t)}`, t);
  }

  private parseBracketStep(): TraversalStep {
    const open = this.next();
    return this.withNewlines(false, () => {
      if (this.peek().type === '*' && this.peek(1).type === ']') {
        this.next();
        const close = this.next();
        return { kind: 'splat', span: span(open.start, close.end) };
      }
      const key = this.parseExpr();
      const close = this.expect(']', '"]" after index');
      return { kind: 'index', key, span: span(open.start, close.end) };
    });
  }

  private isForStart(): boolean {
    return this.isKeyword(this.peek(), 'for') && this.peek(1).type === 'ident';
  }

  private parseTuple(): Expr {
    const open = this.next();
    return this.withNewlines(false, () => {
      if (this.isForStart()) return this.parseFor(open, false);
      const items: Expr[] = [];
      while (this.peek().type !== ']') {
        items.push(this.parseExpr());
        if (this.peek().type !== ',') break;
        this.next();
      }
      const close = this.expect(']', '"," or "]" in tuple');
      return { kind: 'tuple', items, span: span(open.start, close.end) };
    });
  }

  private parseObject(): Expr {
    const open = this.next();
    if (this.withNewlines(false, () => this.isForStart())) {
      return this.withNewlines(false, () => this.parseFor(open, true));
    }
    // Newlines separate object items, so they stay significant at this level.
    return this.withNewlines(true, () => {
      const items: Extract<Expr, { kind: 'object' }>['items'] = [];
      for (;;) {
        this.skipNewlines();
        if (this.peek().type === '}') break;
        let key = this.parseExpr();
        if (key.kind === 'traversal' && key.steps.length === 0) {
          key = { kind: 'string', value: key.root, span: key.span, bare: true };
        }
        const sep = this.peek();
        if (sep.type !== '=' && sep.type !== ':') this.fail(`Expected "=" or ":" after object key, found ${this.describe(sep)}`, sep);
        this.next();
        const value = this.parseExpr();
        items.push({ key, keySpan: key.span, value, span: span(key.span.start, value.span.end) });
        const after = this.peek();
        if (after.type === ',') this.next();
        else if (after.type !== 'newline' && after.type !== '}') {
          this.fail(`Expected a newline or "," after object item, found ${this.describe(after)}`, after);
        }
      }
      const close = this.next();
      return { kind: 'object', items, span: span(open.start, close.end) };
    });
  }

  /** `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}`. */
  private parseFor(open: Token, isObject: boolean): ForExpr {
    this.next(); // 'for'
    const first = this.expect('ident', 'a variable name after "for"');
    let keyVar: string | undefined;
    let valueVar = this.textOf(first);
    if (this.peek().type === ',') {
      this.next();
      keyVar = valueVar;
      valueVar = this.textOf(this.expect('ident', 'a value variable name after ","'));
    }
    const inTok = this.peek();
    if (!this.isKeyword(inTok, 'in')) this.fail(`Expected "in" in for expression, found ${this.describe(inTok)}`, inTok);
    this.next();
    const collection = this.parseExpr();
    this.expect(':', '":" after for expression collection');
    let keyExpr: Expr | undefined;
    if (isObject) {
      keyExpr = this.parseExpr();
      this.expect('=>', '"=>" in object for expression');
    }
    const valueExpr = this.parseExpr();
    let grouping = false;
    if (isObject && this.peek().type === '...') {
      this.next();
      grouping = true;
    }
    let condExpr: Expr | undefined;
    if (this.isKeyword(this.peek(), 'if')) {
      this.next();
      condExpr = this.parseExpr();
    }
    const close = this.expect(isObject ? '}' : ']', `"${isObject ? '}' : ']'}" to close for expression`);
    const expr: ForExpr = { kind: 'for', valueVar, collection, valueExpr, grouping, isObject, span: span(open.start, close.end) };
    if (keyVar !== undefined) expr.keyVar = keyVar;
    if (keyExpr) expr.keyExpr = keyExpr;
    if (condExpr) expr.condExpr = condExpr;
    return expr;
  }

  // ---- templates ----------------------------------------------------------------------

  private parseQuoted(): Expr {
    const open = this.next();
    const raw = this.parseTemplateParts('cquote');
    const close = this.next(); // cquote (the lexer always supplies one)
    return this.buildTemplate(raw, span(open.start, close.end), undefined);
  }

  private parseHeredoc(): Expr {
    const open = this.next();
    const raw = this.parseTemplateParts('cheredoc');
    const close = this.next();
    const info: HeredocInfo = { marker: open.marker!, flush: !!open.flush };
    if (info.flush) this.flushIndent(raw);
    return this.buildTemplate(raw, span(open.start, close.end), info);
  }

  private parseTemplateParts(end: 'cquote' | 'cheredoc'): RawPart[] {
    const parts: RawPart[] = [];
    const nesting: TemplateDirective[] = [];
    for (;;) {
      const t = this.toks[this.pos]!;
      if (t.type === end) break;
      if (t.type === 'lit') {
        this.pos++;
        parts.push({ lit: t, text: this.text.slice(t.start, t.end) });
      } else if (t.type === 'interp') {
        this.pos++;
        const [expr, close] = this.withNewlines(false, () => [this.parseExpr(), this.expect('seqend', '"}" to close interpolation')] as const);
        parts.push({ part: expr, stripBefore: !!t.strip, stripAfter: !!close.strip });
      } else if (t.type === 'control') {
        this.pos++;
        const [dir, close] = this.withNewlines(false, () => {
          const d = this.parseDirective(t);
          return [d, this.expect('seqend', '"}" to close template directive')] as const;
        });
        dir.span.end = close.end;
        this.checkDirectiveNesting(dir, nesting);
        parts.push({ part: dir, stripBefore: !!t.strip, stripAfter: !!close.strip });
      } else {
        this.fail(`Unexpected ${this.describe(t)} in template`, t);
      }
    }
    const open = nesting[nesting.length - 1];
    if (open) this.errors.push({ message: `Unclosed "%{ ${open.keyword} }" directive`, span: open.span });
    return parts;
  }

  private parseDirective(open: Token): TemplateDirective {
    const kw = this.expect('ident', 'a template directive keyword');
    const keyword = this.textOf(kw);
    const dir: TemplateDirective = { kind: 'directive', keyword: 'if', span: span(open.start, kw.end) };
    switch (keyword) {
      case 'if':
        dir.expr = this.parseExpr();
        break;
      case 'for': {
        const first = this.textOf(this.expect('ident', 'a variable name after "for"'));
        if (this.peek().type === ',') {
          this.next();
          dir.keyVar = first;
          dir.valueVar = this.textOf(this.expect('ident', 'a value variable name'));
        } else {
          dir.valueVar = first;
        }
        if (!this.isKeyword(this.peek(), 'in')) this.fail('Expected "in" in template for directive', this.peek());
        this.next();
        dir.expr = this.parseExpr();
        break;
      }
      case 'else':
      case 'endif':
      case 'endfor':
        break;
      default:
        this.fail('Unknown template directive', kw);
    }
    dir.keyword = keyword as TemplateDirective['keyword'];
    return dir;
  }

  private checkDirectiveNesting(dir: TemplateDirective, stack: TemplateDirective[]): void {
    const top = stack[stack.length - 1];
    const mismatch = (): void => {
      this.errors.push({ message: `Unexpected "%{ ${dir.keyword} }" directive`, span: dir.span });
    };
    if (dir.keyword === 'if' || dir.keyword === 'for') stack.push(dir);
    else if (dir.keyword === 'else') {
      if (top?.keyword !== 'if') mismatch();
    } else if (top?.keyword === (dir.keyword === 'endif' ? 'if' : 'for')) stack.pop();
    else mismatch();
  }

  /** `<<-`: remove the indentation shared by all non-blank lines (lines starting with `${` count as 0). */
  private flushIndent(parts: RawPart[]): void {
    let min = Infinity;
    let lineStart = true;
    for (const p of parts) {
      if ('lit' in p) {
        if (p.lit.lineStart) {
          const ws = leadingBlanks(p.text);
          const blankLine = /^[ \t]*\r?\n$/.test(p.text);
          if (!blankLine) min = Math.min(min, ws);
        }
        lineStart = p.text.endsWith('\n');
      } else {
        if (lineStart) min = 0;
        lineStart = false;
      }
    }
    if (min === Infinity || min === 0) return;
    for (const p of parts) {
      if ('lit' in p && p.lit.lineStart) p.text = p.text.slice(Math.min(min, leadingBlanks(p.text)));
    }
  }

  private buildTemplate(raw: RawPart[], s: Span, heredoc: HeredocInfo | undefined): Expr {
    const parts: TemplatePart[] = [];
    let pendingStrip = false; // previous `~}` strips leading whitespace of the next literal
    for (const p of raw) {
      if ('lit' in p) {
        let value = heredoc ? decodeHeredoc(p.text) : decodeQuoted(p.text, p.lit.start, this.errors);
        if (pendingStrip) value = value.trimStart();
        pendingStrip = false;
        const prev = parts[parts.length - 1];
        if (typeof prev === 'string') parts[parts.length - 1] = prev + value;
        else parts.push(value);
        continue;
      }
      const prev = parts[parts.length - 1];
      if (p.stripBefore && typeof prev === 'string') parts[parts.length - 1] = prev.trimEnd();
      parts.push(p.part);
      pendingStrip = p.stripAfter;
    }
    const cleaned = parts.filter((p) => p !== '');
    if (cleaned.every((p) => typeof p === 'string')) {
      const str: Expr = { kind: 'string', value: cleaned.join(''), span: s };
      if (heredoc) str.heredoc = heredoc;
      return str;
    }
    const tpl: Expr = { kind: 'template', parts: cleaned, span: s };
    if (heredoc) tpl.heredoc = heredoc;
    return tpl;
  }
}

type RawPart =
  | { lit: Token; text: string }
  | { part: Expr | TemplateDirective; stripBefore: boolean; stripAfter: boolean };

function leadingBlanks(s: string): number {
  let n = 0;
  while (s[n] === ' ' || s[n] === '\t') n++;
  return n;
}
