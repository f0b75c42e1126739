// AST for Bicep (.bicep) and Bicep parameter (.bicepparam) files.
// Every node carries a `span` of UTF-16 offsets into the source text (end exclusive),
// so callers can map any value back to an exact line/column.

export interface Span {
  start: number;
  end: number;
}

export interface Comment {
  span: Span;
  /** Full comment text including the `//` or `/* *\/` delimiters. */
  text: string;
  block: boolean;
}

/** A `#disable-next-line ...` style pragma (kept apart from comments). */
export interface Directive {
  span: Span;
  text: string;
}

export interface ParseError {
  message: string;
  span: Span;
}

export interface BicepFile {
  statements: Statement[];
  comments: Comment[];
  errors: ParseError[];
  directives: Directive[];
}

export interface Decorator {
  /** Possibly namespaced, e.g. `description` or `sys.description`. */
  name: string;
  nameSpan: Span;
  args: Expr[];
  span: Span;
}

/**
 * Type syntax is validated by the parser but kept as source text: the linter only
 * needs values, and types (unions, inline objects, `resourceInput<...>`) are many.
 */
export interface TypeExpr {
  kind: 'type';
  text: string;
  span: Span;
}

// ---------------------------------------------------------------- statements

interface StatementBase {
  span: Span;
  decorators: Decorator[];
}

interface NamedStatement extends StatementBase {
  name: string;
  nameSpan: Span;
}

export interface TargetScopeStatement extends StatementBase {
  kind: 'targetScope';
  value: Expr;
}

export interface MetadataStatement extends NamedStatement {
  kind: 'metadata';
  value: Expr;
}

export interface ParamStatement extends NamedStatement {
  kind: 'param';
  /** Absent in `.bicepparam` assignments (`param p = 1`). */
  type?: TypeExpr;
  default?: Expr;
}

export interface VarStatement extends NamedStatement {
  kind: 'var';
  /** Typed variables (`var v string = ...`). */
  type?: TypeExpr;
  value: Expr;
}

export interface ResourceStatement extends NamedStatement {
  kind: 'resource';
  /** Decoded type string, e.g. `Microsoft.Storage/storageAccounts@2023-01-01` (or `subnets` for children). */
  typeString: string;
  typeSpan: Span;
  existing: boolean;
  /** An `object`, or an `if` / `for` expression wrapping one. */
  body: Expr;
}

export interface ModuleStatement extends NamedStatement {
  kind: 'module';
  /** As written: `./mod.bicep`, `br/public:avm/res/x:0.1.0`, `br:...`, `ts:...`. */
  path: string;
  pathSpan: Span;
  body: Expr;
}

export interface OutputStatement extends NamedStatement {
  kind: 'output';
  type: TypeExpr;
  value: Expr;
}

export interface TypeStatement extends NamedStatement {
  kind: 'type';
  type: TypeExpr;
}

export interface FuncParam {
  name: string;
  nameSpan: Span;
  type: TypeExpr;
  span: Span;
}

export interface FuncStatement extends NamedStatement {
  kind: 'func';
  params: FuncParam[];
  returnType: TypeExpr;
  body: Expr;
}

export interface ImportItem {
  /** Imported symbol (an identifier, or the decoded string for `'a.b' as c`). */
  name: string;
  alias?: string;
  span: Span;
}

export interface ImportStatement extends StatementBase {
  kind: 'import';
  /**
   * `symbols`: `import {a, b as c} from 'x'`; `wildcard`: `import * as ns from 'x'`;
   * `provider`: legacy `import 'az@1.0.0' [with {...}] [as ns]`.
   */
  form: 'symbols' | 'wildcard' | 'provider';
  items: ImportItem[];
  /** Namespace for `wildcard`, optional alias for `provider`. */
  alias?: string;
  /** Module source for `symbols`/`wildcard`, provider specifier for `provider`. */
  from: string;
  fromSpan: Span;
  config?: Expr;
}

export interface UsingStatement extends StatementBase {
  kind: 'using';
  /** Template path; empty for `using none`. */
  path: string;
  pathSpan: Span;
  none: boolean;
  config?: Expr;
}

export interface ExtensionStatement extends StatementBase {
  kind: 'extension' | 'provider';
  /** Identifier (`microsoftGraphV1`) or string specifier (`'br:...'`). */
  specifier: string;
  specifierSpan: Span;
  config?: Expr;
  alias?: string;
}

export interface AssertStatement extends NamedStatement {
  kind: 'assert';
  value: Expr;
}

export type Statement =
  | TargetScopeStatement
  | MetadataStatement
  | ParamStatement
  | VarStatement
  | ResourceStatement
  | ModuleStatement
  | OutputStatement
  | TypeStatement
  | FuncStatement
  | ImportStatement
  | UsingStatement
  | ExtensionStatement
  | AssertStatement;

// ---------------------------------------------------------------- expressions

export interface StringExpr {
  kind: 'string';
  span: Span;
  /** Decoded value (escapes resolved; `'''` strings verbatim). */
  value: string;
  multiline: boolean;
}

export interface InterpExpr {
  kind: 'interp';
  span: Span;
  /** Literal text (decoded, empty pieces omitted) alternating with `${}` expressions. */
  parts: Array<string | Expr>;
}

export interface NumberExpr {
  kind: 'number';
  span: Span;
  value: number;
}

export interface BoolExpr {
  kind: 'bool';
  span: Span;
  value: boolean;
}

export interface NullExpr {
  kind: 'null';
  span: Span;
}

export interface ObjectProperty {
  /** Identifier or decoded string key; for an interpolated key, its source text. */
  key: string;
  keySpan: Span;
  /** Set only when the key is an interpolated string (`'${x}': 1`). */
  keyExpr?: InterpExpr;
  value: Expr;
  span: Span;
}

export interface ObjectExpr {
  kind: 'object';
  span: Span;
  properties: ObjectProperty[];
  /** Nested child `resource` declarations inside a resource body. */
  resources: ResourceStatement[];
  /** `...expr` spread entries, in source order. */
  spreads: SpreadExpr[];
}

export interface ArrayExpr {
  kind: 'array';
  span: Span;
  /** Items; `...expr` entries appear as `spread` nodes in place. */
  items: Expr[];
}

export interface SpreadExpr {
  kind: 'spread';
  span: Span;
  expr: Expr;
}

export interface IdentExpr {
  kind: 'ident';
  span: Span;
  name: string;
}

export interface MemberExpr {
  kind: 'member';
  span: Span;
  object: Expr;
  property: string;
  propertySpan: Span;
  /** `a.?b` */
  safe: boolean;
}

export interface IndexExpr {
  kind: 'index';
  span: Span;
  object: Expr;
  index: Expr;
  /** `a[?b]` */
  safe: boolean;
}

/** `parent::child` nested resource accessor. */
export interface NestedResourceExpr {
  kind: 'nested';
  span: Span;
  object: Expr;
  property: string;
  propertySpan: Span;
}

export interface CallExpr {
  kind: 'call';
  span: Span;
  /**
   * Dotted callee when the receiver is a plain identifier chain (`resourceId`,
   * `az.resourceId`, `kv.getSecret`); just the method name otherwise.
   */
  callee: string;
  /** Span of `callee` as written. */
  calleeSpan: Span;
  /** Bare function/method name (last segment of `callee`). */
  name: string;
  /** Receiver for `x.f(...)` calls (namespace, resource symbol, any expression). */
  object?: Expr;
  args: Expr[];
}

export interface TernaryExpr {
  kind: 'ternary';
  span: Span;
  test: Expr;
  consequent: Expr;
  alternate: Expr;
}

export type BinaryOp =
  | '??'
  | '||'
  | '&&'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryExpr {
  kind: 'binary';
  span: Span;
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** `!x`, `-x`. Negative literals stay unary: `-1` is `-` applied to the number 1. */
export interface UnaryExpr {
  kind: 'unary';
  span: Span;
  op: '!' | '-';
  operand: Expr;
}

/** Postfix non-null assertion `x!`. */
export interface NonNullExpr {
  kind: 'nonNull';
  span: Span;
  operand: Expr;
}

/** Parentheses are kept as a node so that inner spans stay exact. */
export interface ParenExpr {
  kind: 'paren';
  span: Span;
  expr: Expr;
}

export interface ForExpr {
  kind: 'for';
  span: Span;
  itemName?: string;
  itemNameSpan?: Span;
  indexName?: string;
  indexNameSpan?: Span;
  iterable: Expr;
  body: Expr;
}

export interface IfExpr {
  kind: 'if';
  span: Span;
  condition: Expr;
  body: Expr;
}

export interface LambdaParam {
  name: string;
  span: Span;
  type?: TypeExpr;
}

export interface LambdaExpr {
  kind: 'lambda';
  span: Span;
  params: LambdaParam[];
  body: Expr;
}

/** Placeholder for input that could not be parsed (an entry is also in `errors`). */
export interface ErrorExpr {
  kind: 'error';
  span: Span;
  message: string;
}

export type Expr =
  | StringExpr
  | InterpExpr
  | NumberExpr
  | BoolExpr
  | NullExpr
  | ObjectExpr
  | ArrayExpr
  | SpreadExpr
  | IdentExpr
  | MemberExpr
  | IndexExpr
  | NestedResourceExpr
  | CallExpr
  | TernaryExpr
  | BinaryExpr
  | UnaryExpr
  | NonNullExpr
  | ParenExpr
  | ForExpr
  | IfExpr
  | LambdaExpr
  | ErrorExpr;
