// AST for HCL2 native syntax (Terraform .tf / .tfvars).
// All spans are UTF-16 offsets into the original text (as JS string indices), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface ParseError {
  message: string;
  span: Span;
}

/** A `#`, `//` or `/* *\/` comment; `text` includes the delimiters (no trailing newline). */
export interface Comment {
  span: Span;
  text: string;
}

export interface HclFile {
  body: Body;
  comments: Comment[];
  errors: ParseError[];
}

/**
 * A file or block body. `attributes` and `blocks` are split for convenience, `items` keeps
 * source order. For a block, `span` runs from `{` to `}` inclusive; for a file it is the whole text.
 */
export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  items: BodyItem[];
  span: Span;
}

export type BodyItem = Attribute | Block;

export interface Attribute {
  kind: 'attribute';
  name: string;
  nameSpan: Span;
  expr: Expr;
  /** From the name to the end of the expression. */
  span: Span;
}

export interface BlockLabel {
  value: string;
  span: Span;
}

export interface Block {
  kind: 'block';
  type: string;
  typeSpan: Span;
  labels: BlockLabel[];
  body: Body;
  /** From the type keyword to the closing `}`. */
  span: Span;
}

export type Expr =
  | StringExpr
  | TemplateExpr
  | NumberExpr
  | BoolExpr
  | NullExpr
  | TupleExpr
  | ObjectExpr
  | TraversalExpr
  | RelativeTraversalExpr
  | CallExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr
  | ForExpr
  | ErrorExpr;

/** Present on `string`/`template` expressions that came from a heredoc. */
export interface HeredocInfo {
  marker: string;
  /** `<<-` form: common leading indentation was removed from the value. */
  flush: boolean;
}

/**
 * A template without interpolations or directives, with escapes decoded. Also used for bare
 * identifier object keys (`{ a = 1 }`), which then carry `bare: true`.
 */
export interface StringExpr {
  kind: 'string';
  value: string;
  span: Span;
  heredoc?: HeredocInfo;
  bare?: true;
}

export interface TemplateExpr {
  kind: 'template';
  /** Decoded literal text, interpolated expressions, and `%{ }` directive markers, in order. */
  parts: TemplatePart[];
  span: Span;
  heredoc?: HeredocInfo;
}

export type TemplatePart = string | Expr | TemplateDirective;

/** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in c }`, `%{ endfor }` as flat markers. */
export interface TemplateDirective {
  kind: 'directive';
  keyword: 'if' | 'else' | 'endif' | 'for' | 'endfor';
  span: Span;
  /** Condition of `if`, collection of `for`. */
  expr?: Expr;
  keyVar?: string;
  valueVar?: string;
}

export interface NumberExpr {
  kind: 'number';
  value: number;
  /** Source text, e.g. `1e3`; negative literals `-1` are folded into one number. */
  raw: string;
  span: Span;
}

export interface BoolExpr {
  kind: 'bool';
  value: boolean;
  span: Span;
}

export interface NullExpr {
  kind: 'null';
  span: Span;
}

export interface TupleExpr {
  kind: 'tuple';
  items: Expr[];
  span: Span;
}

export interface ObjectItem {
  /** Bare identifiers become `{kind:'string', bare:true}`; `(expr)` keys are `paren`. */
  key: Expr;
  keySpan: Span;
  value: Expr;
  span: Span;
}

export interface ObjectExpr {
  kind: 'object';
  items: ObjectItem[];
  span: Span;
}

export interface AttrStep {
  kind: 'attr';
  name: string;
  span: Span;
}

/** `[expr]`; `legacy` marks the `a.0` form. Span covers the brackets (or `.0`). */
export interface IndexStep {
  kind: 'index';
  key: Expr;
  span: Span;
  legacy?: true;
}

/** `[*]`; `legacy` marks the `.*` attribute-only splat. */
export interface SplatStep {
  kind: 'splat';
  span: Span;
  legacy?: true;
}

export type TraversalStep = AttrStep | IndexStep | SplatStep;

/** A reference rooted at a variable name: `var.x`, `a[0].b`, `a[*].id`, `each.value`. */
export interface TraversalExpr {
  kind: 'traversal';
  root: string;
  rootSpan: Span;
  steps: TraversalStep[];
  span: Span;
}

/** Postfix access on any other expression: `jsondecode(x).foo`, `(a)[*].id`, `merge(a,b)["k"]`. */
export interface RelativeTraversalExpr {
  kind: 'relativeTraversal';
  source: Expr;
  steps: TraversalStep[];
  span: Span;
}

export interface CallExpr {
  kind: 'call';
  /** May contain `::` for provider functions, e.g. `provider::azurerm::normalise_resource_id`. */
  name: string;
  nameSpan: Span;
  args: Expr[];
  /** Final argument followed by `...`. */
  expandFinal: boolean;
  span: Span;
}

export interface ConditionalExpr {
  kind: 'conditional';
  test: Expr;
  trueExpr: Expr;
  falseExpr: Expr;
  span: Span;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  span: Span;
}

export interface UnaryExpr {
  kind: 'unary';
  op: '!' | '-';
  operand: Expr;
  span: Span;
}

export interface ParenExpr {
  kind: 'paren';
  expr: Expr;
  span: Span;
}

export interface ForExpr {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  /** Only for object `for` (`{for ... : k => v}`). */
  keyExpr?: Expr;
  valueExpr: Expr;
  condExpr?: Expr;
  /** Object `for` with `...` after the value. */
  grouping: boolean;
  isObject: boolean;
  span: Span;
}

/** Placeholder for an expression that failed to parse; an entry in `errors` covers it. */
export interface ErrorExpr {
  kind: 'error';
  span: Span;
}

/** Direct child expressions of `expr`, in source order (template directives are unwrapped). */
export function childExprs(expr: Expr): Expr[] {
  const stepKeys = (steps: TraversalStep[]): Expr[] =>
    steps.flatMap((s) => (s.kind === 'index' ? [s.key] : []));
  switch (expr.kind) {
    case 'template':
      return expr.parts.flatMap((p): Expr[] => {
        if (typeof p === 'string') return [];
        if (p.kind === 'directive') return p.expr ? [p.expr] : [];
        return [p];
      });
    case 'tuple':
      return expr.items;
    case 'object':
      return expr.items.flatMap((i) => [i.key, i.value]);
    case 'traversal':
      return stepKeys(expr.steps);
    case 'relativeTraversal':
      return [expr.source, ...stepKeys(expr.steps)];
    case 'call':
      return expr.args;
    case 'conditional':
      return [expr.test, expr.trueExpr, expr.falseExpr];
    case 'binary':
      return [expr.left, expr.right];
    case 'unary':
      return [expr.operand];
    case 'paren':
      return [expr.expr];
    case 'for': {
      const out = [expr.collection];
      if (expr.keyExpr) out.push(expr.keyExpr);
      out.push(expr.valueExpr);
      if (expr.condExpr) out.push(expr.condExpr);
      return out;
    }
    default:
      return [];
  }
}

/** Pre-order walk over an expression tree; return `false` from `visit` to skip children. */
export function walkExpr(expr: Expr, visit: (e: Expr) => boolean | void): void {
  if (visit(expr) === false) return;
  for (const child of childExprs(expr)) walkExpr(child, visit);
}
