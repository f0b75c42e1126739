// Recursive-descent parser for Bicep and .bicepparam files.
//
// Design notes:
// - Newlines are tokens. Statements, object properties and array items end at a
//   newline (or a comma inside `{}`/`[]`); inside `(...)` newlines are insignificant.
//   An expression continues onto the next line when that line starts with a binary
//   operator (except `-`, which could start a new array item), `?`, `:` or `.`.
// - Syntax errors throw a private ParseFailure that is caught at two levels: object
//   properties / array items (skip the item, keep parsing the container) and
//   statements (skip to the next line that starts a statement). Every loop checks
//   that it consumed a token, so malformed input can never loop forever.
// - Parentheses are kept as `paren` nodes so the inner expression keeps its exact span.

import type {
  ArrayExpr,
  BicepFile,
  BinaryOp,
  CallExpr,
  Decorator,
  Expr,
  ForExpr,
  FuncParam,
  IfExpr,
  ImportItem,
  InterpExpr,
  LambdaExpr,
  LambdaParam,
  ObjectExpr,
  ObjectProperty,
  ParseError,
  ResourceStatement,
  Span,
  SpreadExpr,
  Statement,
  TypeExpr,
} from './ast.js';
import { lex, type Token, type TokenKind } from './lexer.js';
import { MAX_NESTING, tooDeepMessage } from '../budgets.js';

class ParseFailure extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
  }
}

const BINARY_PRECEDENCE: Partial<Record<TokenKind, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4, '!=': 4, '=~': 4, '!~': 4,
  '<': 5, '<=': 5, '>': 5, '>=': 5,
  '+': 6, '-': 6,
  '*': 7, '/': 7, '%': 7,
};

const STATEMENT_KEYWORDS = new Set([
  'targetScope', 'metadata', 'param', 'var', 'resource', 'module', 'output', 'type',
  'func', 'import', 'using', 'extension', 'provider', 'assert',
]);

/** Words a parse message may quote: statement keywords and the other reserved words. */
const KEYWORDS = new Set([...STATEMENT_KEYWORDS, 'if', 'for', 'in', 'true', 'false', 'null', 'existing', 'with', 'as', 'none']);

const OPENERS: Partial<Record<TokenKind, TokenKind>> = {
  '{': '}', '[': ']', '(': ')', stringLeft: 'stringRight',
};
const CLOSING = new Set<TokenKind>(['}', ']', ')', 'stringRight']);


/** Where a statement-start check happens: recovery may stop at different tokens. */
type Context = 'top' | 'object' | 'array';

export function parseBicep(text: string): BicepFile {
  const lexed = lex(text);
  const parser = new Parser(text, lexed.tokens, lexed.errors);
  let statements: Statement[] = [];
  try {
    statements = parser.parseFile();
  } catch (e) {
    // Last resort (e.g. stack overflow on absurd nesting): never throw to callers.
    // (The error's own text may quote the source, so it is not repeated.)
    const message = e instanceof RangeError ? tooDeepMessage(0) : 'Internal parser error';
    lexed.errors.push({ message, span: { start: 0, end: text.length } });
    statements = parser.statements;
  }
  lexed.errors.sort((a, b) => a.span.start - b.span.start);
  return { statements, comments: lexed.comments, errors: lexed.errors, directives: lexed.directives };
}

class Parser {
  private i = 0;
  /** End offset of the last consumed non-newline token: the end of every node span. */
  private prevEnd = 0;
  /** True inside `(...)`, where newlines do not end expressions. */
  private loose = false;
  readonly statements: Statement[] = [];
  /** Current expression/type nesting, see `enter()`. */
  private depth = 0;
  /** Index of each `(` token -> index of its matching `)`, built on first use. */
  private closers: Map<number, number> | undefined;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly errors: ParseError[],
  ) {}

  // ------------------------------------------------------------ token helpers

  private get tok(): Token {
    return this.tokens[this.i]!;
  }

  private peek(offset = 1): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private advance(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.i++;
    if (t.kind !== 'newline') this.prevEnd = t.end;
    return t;
  }

  private at(kind: TokenKind): boolean {
    return this.tok.kind === kind;
  }

  private atWord(word: string): boolean {
    return this.tok.kind === 'ident' && this.tok.value === word;
  }

  private eat(kind: TokenKind): Token | undefined {
    return this.at(kind) ? this.advance() : undefined;
  }

  private skipNewlines(): void {
    while (this.tok.kind === 'newline') this.i++;
  }

  /** Index of the first non-newline token at or after the current one. */
  private nextSignificant(): number {
    let j = this.i;
    while (this.tokens[j]!.kind === 'newline') j++;
    return j;
  }

  /**
   * True if the current token, or the first token of a following line, is `kind`
   * and may continue the expression; in the latter case the newlines are skipped.
   */
  private atContinued(kind: TokenKind): boolean {
    if (this.tok.kind === kind) return true;
    if (this.tok.kind !== 'newline') return false;
    const j = this.nextSignificant();
    if (this.tokens[j]!.kind !== kind) return false;
    this.i = j;
    return true;
  }

  /** First token of its line (a container that lost its closer stops before a statement). */
  private atLineStart(): boolean {
    return this.i === 0 || this.tokens[this.i - 1]!.kind === 'newline';
  }

  /**
   * A line starting with `name:` is an object property; seen inside `(...)` or
   * `[...]` it means that group was never closed.
   */
  private atPropertyLine(): boolean {
    return (this.at('ident') || this.at('string')) && this.peek().kind === ':' && this.atLineStart();
  }

  /** After an item: a comma (consumed), a new line, or the container's closer. */
  private atItemEnd(closer: TokenKind): boolean {
    return this.eat(',') !== undefined || this.at('newline') || this.at(closer) || this.atLineStart();
  }

  private span(start: number): Span {
    return { start, end: Math.max(start, this.prevEnd) };
  }

  private describe(t: Token): string {
    switch (t.kind) {
      case 'ident':
        // Keywords are grammar; any other name may be a secret typed where a value belongs.
        return KEYWORDS.has(t.value) ? `'${t.value}'` : 'a name';
      case 'newline':
        return 'end of line';
      case 'eof':
        return 'end of file';
      case 'number':
        return 'a number';
      case 'string':
      case 'stringLeft':
        return 'string';
      case 'stringMiddle':
      case 'stringRight':
        return "'}'";
      default:
        return `'${t.kind}'`;
    }
  }

  /** Span used when reporting at the current token (end-of-line errors point at the line's end). */
  private hereSpan(): Span {
    const t = this.tok;
    return t.kind === 'newline' || t.kind === 'eof'
      ? { start: this.prevEnd, end: this.prevEnd }
      : { start: t.start, end: t.end };
  }

  private fail(message: string, span: Span = this.hereSpan()): never {
    throw new ParseFailure({ message, span });
  }

  private report(message: string, span: Span): void {
    this.errors.push({ message, span });
  }

  private expect(kind: TokenKind, what: string): Token {
    if (this.tok.kind === kind) return this.advance();
    return this.fail(`Expected ${what}, found ${this.describe(this.tok)}`);
  }

  private expectIdent(what: string): Token {
    return this.expect('ident', what);
  }

  private expectWord(word: string): Token {
    if (this.atWord(word)) return this.advance();
    return this.fail(`Expected '${word}', found ${this.describe(this.tok)}`);
  }

  /**
   * Expects the closer of a group opened by `open`. When the parser has already run
   * onto a later line, the error points at the unclosed opener instead.
   */
  private expectCloser(kind: ')' | ']', open: Token, alternatives = ''): Token {
    if (this.tok.kind === kind) return this.advance();
    if (this.atLineStart() || this.at('eof')) this.fail(`Missing '${kind}' to close this '${open.kind}'`, tokSpan(open));
    return this.fail(`Expected ${alternatives}'${kind}', found ${this.describe(this.tok)}`);
  }

  /** A string literal without interpolation (resource types, module paths, import sources). */
  private expectPlainString(what: string): Token {
    if (this.tok.kind === 'string') return this.advance();
    if (this.tok.kind === 'stringLeft') this.fail(`${what} cannot contain string interpolation`);
    return this.fail(`Expected ${what}, found ${this.describe(this.tok)}`);
  }

  private withLoose<T>(loose: boolean, fn: () => T): T {
    const saved = this.loose;
    this.loose = loose;
    try {
      return fn();
    } finally {
      this.loose = saved;
    }
  }

  /**
   * Does the current token start a statement? Used to stop error recovery and to
   * detect a missing `}`/`]` (a keyword followed by a name cannot be a property or item).
   */
  private isStatementStart(context: Context): boolean {
    const t = this.tok;
    if (t.kind === '@') return context !== 'object';
    if (t.kind !== 'ident' || !STATEMENT_KEYWORDS.has(t.value)) return false;
    const next = this.peek();
    switch (t.value) {
      case 'targetScope':
        return next.kind === '=';
      case 'import':
        return next.kind === '{' || next.kind === '*' || next.kind === 'string';
      case 'using':
        return next.kind === 'string' || (next.kind === 'ident' && next.value === 'none');
      case 'extension':
      case 'provider':
        return next.kind === 'ident' || next.kind === 'string';
      case 'resource':
        return context !== 'object' && next.kind === 'ident';
      default:
        return next.kind === 'ident';
    }
  }

  // ------------------------------------------------------------ error recovery

  /**
   * Skips to the next line that starts a statement. Stops at once if the failure
   * happened at the start of a later statement (e.g. after a missing `}`).
   */
  private syncToStatement(statementStart: number): void {
    if (this.i > statementStart && this.atLineStart() && this.isStatementStart('top')) return;
    while (!this.at('eof')) {
      if (this.at('newline')) {
        this.skipNewlines();
        if (this.isStatementStart('top')) return;
        continue;
      }
      this.advance();
    }
  }

  /**
   * Skips the rest of a broken container item, re-scanning from the item's first
   * token so brackets opened inside the item are balanced. Stops before a newline,
   * `,` or closer at the item's depth, or at a line that starts a statement.
   */
  private syncItem(from: number, context: Context): void {
    this.i = from;
    this.prevEnd = this.tokens[from]!.start;
    const stack: TokenKind[] = [];
    while (!this.at('eof')) {
      const k = this.tok.kind;
      if (stack.length === 0 && (k === 'newline' || k === ',')) break;
      if (k === 'newline') {
        this.skipNewlines();
        if (this.isStatementStart(context)) break;
        const top = stack[stack.length - 1];
        if ((top === ')' || top === ']') && this.atPropertyLine()) break;
        continue;
      }
      const closer = OPENERS[k];
      if (closer) {
        stack.push(closer);
      } else if (k === '}' || k === ']' || k === ')' || k === 'stringRight') {
        const at = stack.lastIndexOf(k);
        // Unmatched: the container's own (or an outer) closer, so whatever this item
        // opened was left unclosed.
        if (at < 0) break;
        stack.length = at;
      }
      this.advance();
    }
    if (this.i === from && !this.at('eof')) this.advance();
  }

  // ------------------------------------------------------------ statements

  parseFile(): Statement[] {
    for (;;) {
      this.skipNewlines();
      if (this.at('eof')) break;
      const before = this.i;
      try {
        const statement = this.parseStatement();
        this.statements.push(statement);
        if (!this.at('newline') && !this.at('eof') && !this.atLineStart()) {
          this.fail(`Expected a new line after the ${statement.kind} statement, found ${this.describe(this.tok)}`);
        }
      } catch (e) {
        if (!(e instanceof ParseFailure)) throw e;
        this.errors.push(e.error);
        this.syncToStatement(before);
      }
      if (this.i === before) this.advance();
    }
    return this.statements;
  }

  private parseStatement(): Statement {
    const start = this.tok.start;
    const decorators = this.parseDecorators();
    const t = this.tok;
    const keyword = t.kind === 'ident' ? t.value : '';
    switch (keyword) {
      case 'targetScope': {
        this.advance();
        this.expect('=', "'='");
        const value = this.parseExpr();
        return { kind: 'targetScope', value, decorators, span: this.span(start) };
      }
      case 'metadata':
      case 'assert': {
        this.advance();
        const name = this.expectIdent(`${keyword} name`);
        this.expect('=', "'='");
        const value = this.parseExpr();
        return { kind: keyword, name: name.value, nameSpan: tokSpan(name), value, decorators, span: this.span(start) };
      }
      case 'param':
        return this.parseParam(start, decorators);
      case 'var': {
        this.advance();
        const name = this.expectIdent('variable name');
        const type = this.at('=') ? undefined : this.parseType();
        this.expect('=', "'='");
        const value = this.parseExpr();
        return { kind: 'var', name: name.value, nameSpan: tokSpan(name), type, value, decorators, span: this.span(start) };
      }
      case 'resource':
        return this.parseResource(start, decorators);
      case 'module': {
        this.advance();
        const name = this.expectIdent('module name');
        const path = this.expectPlainString('module path');
        this.expect('=', "'='");
        const body = this.parseBody();
        return {
          kind: 'module', name: name.value, nameSpan: tokSpan(name), path: path.value, pathSpan: tokSpan(path),
          body, decorators, span: this.span(start),
        };
      }
      case 'output': {
        this.advance();
        const name = this.expectIdent('output name');
        const type = this.parseType();
        this.expect('=', "'='");
        const value = this.parseExpr();
        return { kind: 'output', name: name.value, nameSpan: tokSpan(name), type, value, decorators, span: this.span(start) };
      }
      case 'type': {
        this.advance();
        const name = this.expectIdent('type name');
        this.expect('=', "'='");
        const type = this.parseType();
        return { kind: 'type', name: name.value, nameSpan: tokSpan(name), type, decorators, span: this.span(start) };
      }
      case 'func':
        return this.parseFunc(start, decorators);
      case 'import':
        return this.parseImport(start, decorators);
      case 'using': {
        this.advance();
        if (this.atWord('none')) {
          const none = this.advance();
          return { kind: 'using', path: '', pathSpan: tokSpan(none), none: true, decorators, span: this.span(start) };
        }
        const path = this.expectPlainString('template path');
        const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
        return { kind: 'using', path: path.value, pathSpan: tokSpan(path), none: false, config, decorators, span: this.span(start) };
      }
      case 'extension':
      case 'provider': {
        this.advance();
        if (!this.at('ident') && !this.at('string')) {
          this.fail(`Expected an ${keyword} name or specifier string, found ${this.describe(this.tok)}`);
        }
        const spec = this.advance();
        const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
        const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
        return {
          kind: keyword, specifier: spec.value, specifierSpan: tokSpan(spec), config, alias, decorators,
          span: this.span(start),
        };
      }
      default:
        return this.fail(
          decorators.length > 0
            ? `Expected a declaration after the decorator, found ${this.describe(t)}`
            : `Expected a statement (param, var, resource, module, output, ...), found ${this.describe(t)}`,
        );
    }
  }

  private parseDecorators(): Decorator[] {
    const decorators: Decorator[] = [];
    while (this.at('@')) {
      decorators.push(this.parseDecorator());
      this.skipNewlines();
    }
    return decorators;
  }

  private parseDecorator(): Decorator {
    const start = this.advance().start; // @
    const first = this.expectIdent('decorator name');
    let name = first.value;
    while (this.at('.')) {
      this.advance();
      name += '.' + this.expectIdent('decorator name').value;
    }
    const nameSpan = { start: first.start, end: this.prevEnd };
    const open = this.expect('(', "'(' after the decorator name");
    const args = this.parseArguments(open);
    return { name, nameSpan, args, span: this.span(start) };
  }

  private parseParam(start: number, decorators: Decorator[]): Statement {
    this.advance();
    const name = this.expectIdent('parameter name');
    // `.bicepparam` assignments have no type: `param p = value`.
    const type = this.at('=') ? undefined : this.parseType();
    const value = this.eat('=') ? this.parseExpr() : undefined;
    return { kind: 'param', name: name.value, nameSpan: tokSpan(name), type, default: value, decorators, span: this.span(start) };
  }

  private parseResource(start: number, decorators: Decorator[]): ResourceStatement {
    this.advance();
    const name = this.expectIdent('resource name');
    const type = this.expectPlainString("resource type string ('Namespace/type@version')");
    const existing = this.atWord('existing') ? (this.advance(), true) : false;
    this.expect('=', "'='");
    const body = this.parseBody();
    return {
      kind: 'resource', name: name.value, nameSpan: tokSpan(name), typeString: type.value, typeSpan: tokSpan(type),
      existing, body, decorators, span: this.span(start),
    };
  }

  /** Resource/module body: `{...}`, `if (cond) {...}` or `[for ...: ...]`. */
  private parseBody(): Expr {
    if (this.atWord('if') && this.peek().kind === '(') return this.parseIf();
    if (this.at('{')) return this.parseObject();
    if (this.at('[')) {
      const j = this.nextSignificantAfter(this.i + 1);
      const t = this.tokens[j]!;
      if (t.kind === 'ident' && t.value === 'for') return this.parseFor();
    }
    return this.fail(`Expected '{', 'if (...)' or '[for ...]' for the body, found ${this.describe(this.tok)}`);
  }

  private parseFunc(start: number, decorators: Decorator[]): Statement {
    this.advance();
    const name = this.expectIdent('function name');
    this.expect('(', "'('");
    const params: FuncParam[] = this.withLoose(true, () => {
      const list: FuncParam[] = [];
      this.skipNewlines();
      while (!this.at(')')) {
        const p = this.expectIdent('parameter name');
        const type = this.parseType();
        list.push({ name: p.value, nameSpan: tokSpan(p), type, span: this.span(p.start) });
        this.skipNewlines();
        if (this.eat(',')) {
          this.skipNewlines();
        } else if (!this.at(')')) {
          this.fail(`Expected ',' or ')', found ${this.describe(this.tok)}`);
        }
      }
      this.advance();
      return list;
    });
    const returnType = this.parseType();
    this.expect('=>', "'=>'");
    this.skipNewlines();
    const body = this.parseExpr();
    return {
      kind: 'func', name: name.value, nameSpan: tokSpan(name), params, returnType, body, decorators,
      span: this.span(start),
    };
  }

  private parseImport(start: number, decorators: Decorator[]): Statement {
    this.advance();
    if (this.at('{')) {
      this.advance();
      const items: ImportItem[] = [];
      for (;;) {
        this.skipNewlines();
        if (this.eat('}')) break;
        if (!this.at('ident') && !this.at('string')) {
          this.fail(`Expected an imported symbol name, found ${this.describe(this.tok)}`);
        }
        const item = this.advance();
        const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
        items.push({ name: item.value, alias, span: this.span(item.start) });
        if (!this.eat(',') && !this.at('newline') && !this.at('}')) {
          this.fail(`Expected ',' or '}', found ${this.describe(this.tok)}`);
        }
      }
      this.expectWord('from');
      const from = this.expectPlainString('import source');
      return { kind: 'import', form: 'symbols', items, from: from.value, fromSpan: tokSpan(from), decorators, span: this.span(start) };
    }
    if (this.at('*')) {
      this.advance();
      this.expectWord('as');
      const alias = this.expectIdent('namespace name').value;
      this.expectWord('from');
      const from = this.expectPlainString('import source');
      return {
        kind: 'import', form: 'wildcard', items: [], alias, from: from.value, fromSpan: tokSpan(from), decorators,
        span: this.span(start),
      };
    }
    // Legacy provider import: import 'az@1.0.0' [with {...}] [as ns]
    const spec = this.expectPlainString("'{', '*' or a provider specifier string");
    const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
    const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
    return {
      kind: 'import', form: 'provider', items: [], alias, from: spec.value, fromSpan: tokSpan(spec), config,
      decorators, span: this.span(start),
    };
  }

  // ------------------------------------------------------------ types

  /**
   * Validates type syntax and returns its source text: names (`string`, `ns.t`),
   * literals, unions (`'a' | 'b'`, also one member per line with leading `|`),
   * `T[]`, `T?`, `T.prop`, `T[*]`, `T.*`, inline objects and tuples (with
   * decorators), `resource 'type@ver'` and `resourceInput<'type@ver'>`.
   */
  private parseType(): TypeExpr {
    if (this.at('newline') && this.tokens[this.nextSignificant()]!.kind === '|') this.skipNewlines();
    const start = this.tok.start;
    if (this.eat('|')) this.skipNewlines();
    this.parseTypeMember();
    while (this.atContinued('|')) {
      this.advance();
      this.skipNewlines();
      this.parseTypeMember();
    }
    return { kind: 'type', text: this.text.slice(start, this.prevEnd), span: this.span(start) };
  }

  private parseTypeMember(): void {
    this.enter();
    try {
      this.parseTypePrimary();
      this.parseTypeSuffixes();
    } finally {
      this.depth--;
    }
  }

  private parseTypeSuffixes(): void {
    for (;;) {
      if (this.at('[')) {
        this.advance();
        if (this.at('*') || this.at('number')) this.advance();
        this.expect(']', "']'");
      } else if (this.at('.')) {
        this.advance();
        if (!this.eat('*')) this.expectIdent('property name');
      } else if (this.at('?')) {
        this.advance();
      } else {
        return;
      }
    }
  }

  private parseTypePrimary(): void {
    const t = this.tok;
    switch (t.kind) {
      case 'ident':
        this.advance();
        if (t.value === 'resource' && this.at('string')) {
          this.advance();
        } else if (this.at('<')) {
          // resourceInput<'type@ver'> / resourceOutput<'type@ver'>
          this.advance();
          do {
            this.parseType();
          } while (this.eat(','));
          this.expect('>', "'>'");
        }
        return;
      case 'string':
      case 'number':
        this.advance();
        return;
      case '-':
        this.advance();
        this.expect('number', 'a number');
        return;
      case '(':
        this.advance();
        this.withLoose(true, () => {
          this.skipNewlines();
          this.parseType();
          this.skipNewlines();
          this.expect(')', "')'");
        });
        return;
      case '{':
        this.parseTypeContainer('}', () => {
          if (!this.at('ident') && !this.at('string') && !this.at('*')) {
            this.fail(`Expected a property name, found ${this.describe(this.tok)}`);
          }
          this.advance();
          this.expect(':', "':'");
          this.parseType();
        });
        return;
      case '[':
        this.parseTypeContainer(']', () => this.parseType());
        return;
      default:
        this.fail(`Expected a type, found ${this.describe(t)}`);
    }
  }

  /** Object types and tuple types: decorated members separated by newlines or commas. */
  private parseTypeContainer(closer: '}' | ']', member: () => void): void {
    const open = this.advance();
    this.withLoose(false, () => {
      for (;;) {
        this.skipNewlines();
        if (this.eat(closer)) return;
        if (this.at('eof') || this.isStatementStart('object')) this.fail(`Missing '${closer}'`, tokSpan(open));
        const before = this.i;
        this.parseDecorators();
        member();
        if (!this.atItemEnd(closer)) {
          this.fail(`Expected a new line, ',' or '${closer}', found ${this.describe(this.tok)}`);
        }
        if (this.i === before) this.fail(`Expected '${closer}'`);
      }
    });
  }

  // ------------------------------------------------------------ expressions

  parseExpr(): Expr {
    const start = this.tok.start;
    const test = this.parseBinary(1);
    if (!this.atContinued('?')) return test;
    this.advance();
    this.skipNewlines();
    const consequent = this.parseExpr();
    if (!this.atContinued(':')) this.fail(`Expected ':' in conditional expression, found ${this.describe(this.tok)}`);
    this.advance();
    this.skipNewlines();
    const alternate = this.parseExpr();
    return { kind: 'ternary', test, consequent, alternate, span: this.span(start) };
  }

  /** Binary operator at the current token or starting the next line (see header). */
  private peekBinaryOp(): TokenKind | undefined {
    let t = this.tok;
    if (t.kind === 'newline') {
      const j = this.nextSignificant();
      t = this.tokens[j]!;
      if (BINARY_PRECEDENCE[t.kind] === undefined || (t.kind === '-' && !this.loose)) return undefined;
      this.i = j;
    }
    return BINARY_PRECEDENCE[t.kind] === undefined ? undefined : t.kind;
  }

  private parseBinary(minPrecedence: number): Expr {
    const start = this.tok.start;
    let left = this.parseUnary();
    for (;;) {
      const saved = this.i;
      const op = this.peekBinaryOp();
      const precedence = op === undefined ? 0 : BINARY_PRECEDENCE[op]!;
      if (op === undefined || precedence < minPrecedence) {
        this.i = saved;
        return left;
      }
      this.advance();
      this.skipNewlines();
      const right = this.parseBinary(precedence + 1);
      left = { kind: 'binary', op: op as BinaryOp, left, right, span: this.span(start) };
    }
  }

  private parseUnary(): Expr {
    this.enter();
    try {
      const t = this.tok;
      if (t.kind === '!' || t.kind === '-') {
        this.advance();
        const operand = this.parseUnary();
        return { kind: 'unary', op: t.kind, operand, span: this.span(t.start) };
      }
      return this.parsePostfix(this.parsePrimary());
    } finally {
      this.depth--;
    }
  }

  /** How deep the brackets from here go (until they close below the current level), for the message. */
  private nestingAhead(): number {
    let d = 0;
    let max = 0;
    for (let i = this.i; i < this.tokens.length; i++) {
      const k = this.tokens[i]!.kind;
      if (OPENERS[k]) max = Math.max(max, ++d);
      else if (CLOSING.has(k) && --d < 0) break;
    }
    return max;
  }

  /** Nesting guard: absurdly deep input becomes a syntax error, not a stack overflow. */
  private enter(): void {
    if (this.depth >= MAX_NESTING) this.fail(tooDeepMessage(this.depth + this.nestingAhead()));
    this.depth++;
  }

  private parsePostfix(expr: Expr): Expr {
    const start = expr.span.start;
    for (;;) {
      const t = this.tok;
      if (t.kind === '.' || t.kind === '.?' || (t.kind === 'newline' && this.continuesWithDot())) {
        const dot = this.advance();
        const name = this.expectIdent('property name');
        if (dot.kind === '.' && this.at('(')) {
          expr = this.parseCall(name, expr);
        } else {
          expr = {
            kind: 'member', object: expr, property: name.value, propertySpan: tokSpan(name), safe: dot.kind === '.?',
            span: this.span(start),
          };
        }
      } else if (t.kind === '[') {
        const open = this.advance();
        const safe = this.eat('?') !== undefined;
        const index = this.withLoose(true, () => {
          this.skipNewlines();
          const e = this.parseExpr();
          this.skipNewlines();
          return e;
        });
        this.expectCloser(']', open);
        expr = { kind: 'index', object: expr, index, safe, span: this.span(start) };
      } else if (t.kind === '::') {
        this.advance();
        const name = this.expectIdent('nested resource name');
        expr = { kind: 'nested', object: expr, property: name.value, propertySpan: tokSpan(name), span: this.span(start) };
      } else if (t.kind === '!') {
        this.advance();
        expr = { kind: 'nonNull', operand: expr, span: this.span(start) };
      } else {
        return expr;
      }
    }
  }

  /** A line starting with `.` / `.?` continues a member chain. */
  private continuesWithDot(): boolean {
    const j = this.nextSignificant();
    const k = this.tokens[j]!.kind;
    if (k !== '.' && k !== '.?') return false;
    this.i = j;
    return true;
  }

  private parsePrimary(): Expr {
    const t = this.tok;
    if (this.atLineStart() && this.isStatementStart('top')) {
      // e.g. `var x = (1 +` followed by the next declaration: stop before it.
      this.fail('Expected an expression before the next statement', { start: this.prevEnd, end: this.prevEnd });
    }
    switch (t.kind) {
      case 'number':
        this.advance();
        return { kind: 'number', value: Number(t.value), span: tokSpan(t) };
      case 'string':
        this.advance();
        return { kind: 'string', value: t.value, multiline: t.multiline === true, span: tokSpan(t) };
      case 'stringLeft':
        return this.parseInterp();
      case '{':
        return this.parseObject();
      case '[': {
        const next = this.tokens[this.nextSignificantAfter(this.i + 1)]!;
        return next.kind === 'ident' && next.value === 'for' ? this.parseFor() : this.parseArray();
      }
      case '(':
        return this.isLambdaAhead() ? this.parseLambda() : this.parseParen();
      case 'ident':
        if (t.value === 'true' || t.value === 'false') {
          this.advance();
          return { kind: 'bool', value: t.value === 'true', span: tokSpan(t) };
        }
        if (t.value === 'null') {
          this.advance();
          return { kind: 'null', span: tokSpan(t) };
        }
        if (this.peek().kind === '=>') return this.parseLambda();
        this.advance();
        if (this.at('(')) return this.parseCall(t);
        return { kind: 'ident', name: t.value, span: tokSpan(t) };
      default:
        return this.fail(`Expected an expression, found ${this.describe(t)}`);
    }
  }

  private nextSignificantAfter(j: number): number {
    while (this.tokens[j]!.kind === 'newline') j++;
    return j;
  }

  /** Parses `(args)` after `name` (already consumed); `object` is the receiver of `x.name(...)`. */
  private parseCall(name: Token, object?: Expr): CallExpr {
    const args = this.parseArguments(this.advance());
    const path = object ? identPath(object) : undefined;
    const callee = object === undefined ? name.value : path !== undefined ? `${path}.${name.value}` : name.value;
    const calleeSpan = object !== undefined && path !== undefined ? { start: object.span.start, end: name.end } : tokSpan(name);
    const start = object ? object.span.start : name.start;
    return { kind: 'call', callee, calleeSpan, name: name.value, object, args, span: this.span(start) };
  }

  /** Comma-separated arguments after `open` (a consumed `(`), through the closing `)`. */
  private parseArguments(open: Token): Expr[] {
    return this.withLoose(true, () => {
      const args: Expr[] = [];
      this.skipNewlines();
      while (!this.at(')')) {
        if (this.at('eof') || this.atPropertyLine()) this.expectCloser(')', open);
        args.push(this.parseExpr());
        this.skipNewlines();
        if (!this.eat(',')) {
          this.expectCloser(')', open, "',' or ");
          return args;
        }
        this.skipNewlines();
      }
      this.advance();
      return args;
    });
  }

  private parseParen(): Expr {
    const open = this.advance();
    const expr = this.withLoose(true, () => {
      this.skipNewlines();
      const e = this.parseExpr();
      this.skipNewlines();
      return e;
    });
    this.expectCloser(')', open);
    return { kind: 'paren', expr, span: this.span(open.start) };
  }

  /** At `(`: is this a lambda parameter list, i.e. is the matching `)` followed by `=>`? */
  private isLambdaAhead(): boolean {
    this.closers ??= matchParens(this.tokens);
    const close = this.closers.get(this.i);
    return close !== undefined && this.tokens[close + 1]!.kind === '=>';
  }

  private parseLambda(): LambdaExpr {
    const start = this.tok.start;
    const params: LambdaParam[] = [];
    if (this.at('ident')) {
      const p = this.advance();
      params.push({ name: p.value, span: tokSpan(p) });
    } else {
      this.advance(); // (
      this.withLoose(true, () => {
        this.skipNewlines();
        while (!this.at(')')) {
          const p = this.expectIdent('lambda parameter name');
          // Typed lambda parameters: `(x int) => ...`
          const type = this.at(',') || this.at(')') || this.at('newline') ? undefined : this.parseType();
          params.push({ name: p.value, type, span: this.span(p.start) });
          this.skipNewlines();
          if (this.eat(',')) this.skipNewlines();
          else if (!this.at(')')) this.fail(`Expected ',' or ')', found ${this.describe(this.tok)}`);
        }
        this.advance();
      });
    }
    this.expect('=>', "'=>'");
    this.skipNewlines();
    const body = this.parseExpr();
    return { kind: 'lambda', params, body, span: this.span(start) };
  }

  private parseInterp(): InterpExpr {
    const first = this.advance();
    const parts: Array<string | Expr> = [];
    if (first.value) parts.push(first.value);
    this.withLoose(true, () => {
      for (;;) {
        this.skipNewlines();
        parts.push(this.parseExpr());
        this.skipNewlines();
        const t = this.tok;
        if (t.kind !== 'stringMiddle' && t.kind !== 'stringRight') {
          this.fail(`Expected '}' to end the string interpolation, found ${this.describe(t)}`);
        }
        this.advance();
        if (t.value) parts.push(t.value);
        if (t.kind === 'stringRight') return;
      }
    });
    return { kind: 'interp', parts, span: this.span(first.start) };
  }

  /** `if (condition) { ... }` in resource/module bodies and loop bodies. */
  private parseIf(): IfExpr {
    const start = this.advance().start;
    const open = this.expect('(', "'(' after 'if'");
    const condition = this.withLoose(true, () => {
      this.skipNewlines();
      const e = this.parseExpr();
      this.skipNewlines();
      return e;
    });
    this.expectCloser(')', open);
    if (!this.at('{')) this.fail(`Expected '{' after the if condition, found ${this.describe(this.tok)}`);
    const body = this.parseObject();
    return { kind: 'if', condition, body, span: this.span(start) };
  }

  /** `[for x in xs: body]`, `[for (x, i) in xs: body]`; body may be `if (...) {...}`. */
  private parseFor(): ForExpr {
    const start = this.advance().start; // [
    return this.withLoose(false, () => {
      this.skipNewlines();
      this.advance(); // for
      const result: Partial<ForExpr> = {};
      if (this.eat('(')) {
        const item = this.expectIdent('loop item name');
        result.itemName = item.value;
        result.itemNameSpan = tokSpan(item);
        if (this.eat(',')) {
          const index = this.expectIdent('loop index name');
          result.indexName = index.value;
          result.indexNameSpan = tokSpan(index);
        }
        this.expect(')', "')'");
      } else {
        const item = this.expectIdent('loop item name');
        result.itemName = item.value;
        result.itemNameSpan = tokSpan(item);
      }
      this.expectWord('in');
      const iterable = this.parseExpr();
      this.expect(':', "':' after the loop source");
      this.skipNewlines();
      const body = this.atWord('if') && this.peek().kind === '(' ? this.parseIf() : this.parseExpr();
      this.skipNewlines();
      this.expect(']', "']' to close the loop");
      return { kind: 'for', ...result, iterable, body, span: this.span(start) };
    });
  }

  private parseObject(): ObjectExpr {
    const open = this.advance();
    const properties: ObjectProperty[] = [];
    const resources: ResourceStatement[] = [];
    const spreads: SpreadExpr[] = [];
    this.withLoose(false, () => {
      for (;;) {
        this.skipNewlines();
        if (this.eat('}')) return;
        if (this.at('eof') || this.at(']') || this.at(')') || this.isStatementStart('object')) {
          this.report("Missing '}' to close this object", tokSpan(open));
          return;
        }
        const itemStart = this.i;
        let key: { key: string; keySpan: Span; keyExpr?: InterpExpr } | undefined;
        let valueStart = this.tok.start;
        try {
          if (this.at('@') || (this.atWord('resource') && this.peek().kind === 'ident')) {
            const start = this.tok.start;
            const decorators = this.parseDecorators();
            if (!this.atWord('resource')) this.fail(`Expected a nested resource after the decorator, found ${this.describe(this.tok)}`);
            resources.push(this.parseResource(start, decorators));
          } else if (this.at('...')) {
            spreads.push(this.parseSpread());
          } else {
            const parsedKey = this.parsePropertyKey();
            this.expect(':', "':' after the property name");
            key = parsedKey; // from here on a failure still yields the property
            valueStart = this.tok.start;
            const value = this.parseExpr();
            properties.push({ ...key, value, span: this.span(key.keySpan.start) });
            key = undefined;
          }
          if (!this.atItemEnd('}')) {
            this.fail(`Expected a new line or ',' after the property, found ${this.describe(this.tok)}`);
          }
        } catch (e) {
          if (!(e instanceof ParseFailure)) throw e;
          this.errors.push(e.error);
          this.syncItem(itemStart, 'object');
          if (key) {
            // Keep the key so that consumers still see the property exists.
            const value: Expr = { kind: 'error', message: e.error.message, span: this.span(valueStart) };
            properties.push({ ...key, value, span: this.span(key.keySpan.start) });
          }
        }
      }
    });
    return { kind: 'object', properties, resources, spreads, span: this.span(open.start) };
  }

  /** Keys are identifiers (keywords included) or strings, possibly interpolated. */
  private parsePropertyKey(): { key: string; keySpan: Span; keyExpr?: InterpExpr } {
    const t = this.tok;
    if (t.kind === 'ident' || t.kind === 'string') {
      this.advance();
      return { key: t.value, keySpan: tokSpan(t) };
    }
    if (t.kind === 'stringLeft') {
      const keyExpr = this.parseInterp();
      return { key: this.text.slice(keyExpr.span.start, keyExpr.span.end), keySpan: keyExpr.span, keyExpr };
    }
    return this.fail(`Expected a property name, found ${this.describe(t)}`);
  }

  private parseSpread(): SpreadExpr {
    const start = this.advance().start;
    const expr = this.parseExpr();
    return { kind: 'spread', expr, span: this.span(start) };
  }

  private parseArray(): ArrayExpr {
    const open = this.advance();
    const items: Expr[] = [];
    this.withLoose(false, () => {
      for (;;) {
        this.skipNewlines();
        if (this.eat(']')) return;
        if (this.at('eof') || this.at('}') || this.at(')') || this.isStatementStart('array') || this.atPropertyLine()) {
          this.report("Missing ']' to close this array", tokSpan(open));
          return;
        }
        const itemStart = this.i;
        const start = this.tok.start;
        let pushed = false;
        try {
          items.push(this.at('...') ? this.parseSpread() : this.parseExpr());
          pushed = true;
          if (!this.atItemEnd(']')) {
            this.fail(`Expected a new line or ',' after the array item, found ${this.describe(this.tok)}`);
          }
        } catch (e) {
          if (!(e instanceof ParseFailure)) throw e;
          this.errors.push(e.error);
          this.syncItem(itemStart, 'array');
          // A placeholder keeps the indexes of later items right.
          if (!pushed) items.push({ kind: 'error', message: e.error.message, span: this.span(start) });
        }
      }
    });
    return { kind: 'array', items, span: this.span(open.start) };
  }
}

/** One pass over the tokens pairing parentheses (keeps lambda lookahead linear). */
function matchParens(tokens: Token[]): Map<number, number> {
  const result = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((t, j) => {
    if (t.kind === '(') open.push(j);
    else if (t.kind === ')' && open.length > 0) result.set(open.pop()!, j);
  });
  return result;
}

function tokSpan(t: Token): Span {
  return { start: t.start, end: t.end };
}

/** `a`, `a.b`, ... as dotted text when the expression is a plain identifier chain. */
function identPath(e: Expr): string | undefined {
  if (e.kind === 'ident') return e.name;
  if (e.kind === 'member' && !e.safe) {
    const base = identPath(e.object);
    return base === undefined ? undefined : `${base}.${e.property}`;
  }
  return undefined;
}
