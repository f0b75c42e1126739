// Terraform JSON syntax (`*.tf.json`) → the same AST as `.tf` files, with spans into the JSON
// text, so the Terraform evaluator and mappers read both syntaxes alike (and join one module).
// Follows Terraform's JSON mapping: strings are templates (`"${var.x}"`), `"//"` keys are comments.
import { parseTree, printParseErrorCode, type Node, type ParseError as JsonError } from 'jsonc-parser';
import { parseHcl, type Attribute, type Block, type Body, type BodyItem, type Expr, type HclFile, type ParseError, type Span } from '../../parsers/terraform/index.js';

/** Top-level block types and how many labels their JSON nesting carries. */
const LABELS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, check: 1, import: 0, moved: 0, removed: 0, terraform: 0 };

/**
 * Object-valued arguments of resources that are maps, not nested blocks (the JSON syntax cannot
 * tell them apart without the provider schema; every other object is read as a block).
 */
const MAP_ARGUMENTS = new Set(['tags', 'body', 'headers', 'app_settings', 'response_export_values', 'parameters', 'sensitive_body', 'output']);

/** Block bodies whose object values are always arguments (module inputs, variable defaults, outputs). */
const ARGUMENTS_ONLY = new Set(['module', 'variable', 'output', 'locals']);

export function parseTfJson(text: string): HclFile {
  const jsonErrors: JsonError[] = [];
  const root = parseTree(text, jsonErrors, { allowTrailingComma: false, disallowComments: true });
  // jsonc-parser can report an unterminated comment one character past the end: keep spans inside the text.
  const errors: ParseError[] = jsonErrors.map((e) => ({ message: describe(e.error), span: { start: Math.min(e.offset, text.length), end: Math.min(e.offset + e.length, text.length) } }));
  const body = emptyBody({ start: 0, end: text.length });
  if (root?.type === 'object') {
    for (const prop of props(root)) {
      const [key, value] = prop.children!;
      const type = key.value as string;
      if (type === 'locals') {
        for (const v of listOf(value)) body.items.push(block('locals', key, [], v, prop, text));
      } else if (type in LABELS) addLabelled(body, type, key, value, LABELS[type], [], prop, text);
    }
  } else if (root && !errors.length) {
    errors.push({ message: 'a Terraform JSON file is one object', span: span(root) });
  }
  split(body);
  return { body, comments: [], errors };
}

/** `{"resource": {"TYPE": {"NAME": {…}}}}`: one label per nesting level, then the body (or a list of bodies). */
function addLabelled(body: Body, type: string, typeKey: Node, value: Node, depth: number, labels: Node[], outer: Node, text: string): void {
  if (depth === 0) {
    for (const v of listOf(value)) body.items.push(block(type, labels.at(-1) ?? typeKey, labels, v, outer, text));
    return;
  }
  if (value.type !== 'object') return;
  for (const prop of props(value)) addLabelled(body, type, typeKey, prop.children![1], depth - 1, [...labels, prop.children![0]], prop, text);
}

/** A block whose header is the innermost key (`"acr": {…}`) and whose span is that property. */
function block(type: string, head: Node, labels: Node[], value: Node, prop: Node, text: string): Block {
  const inner = bodyOf(type, value, text);
  return {
    kind: 'block',
    type,
    typeSpan: span(head),
    labels: labels.map((l) => ({ value: String(l.value), span: span(l) })),
    body: inner,
    span: { start: prop.offset, end: prop.offset + prop.length },
  };
}

function bodyOf(type: string, value: Node, text: string): Body {
  const body = emptyBody(span(value));
  if (value.type !== 'object') return body;
  for (const prop of props(value)) {
    const [key, v] = prop.children!;
    const name = key.value as string;
    const nested = !ARGUMENTS_ONLY.has(type) && !MAP_ARGUMENTS.has(name) && isBlockValue(v);
    if (nested) for (const item of listOf(v)) body.items.push(block(name, key, [], item, v.type === 'array' ? item : prop, text));
    else body.items.push(attribute(name, key, v, prop, text));
  }
  split(body);
  return body;
}

const isBlockValue = (v: Node) => v.type === 'object' || (v.type === 'array' && !!v.children?.length && v.children.every((c) => c.type === 'object'));

function attribute(name: string, key: Node, value: Node, prop: Node, text: string): Attribute {
  return { kind: 'attribute', name, nameSpan: unquoted(key), expr: expr(value, text), span: { start: prop.offset, end: prop.offset + prop.length } };
}

function expr(n: Node, text: string): Expr {
  switch (n.type) {
    case 'string':
      return stringExpr(n, text);
    case 'number':
      return { kind: 'number', value: n.value as number, raw: text.slice(n.offset, n.offset + n.length), span: span(n) };
    case 'boolean':
      return { kind: 'bool', value: n.value as boolean, span: span(n) };
    case 'null':
      return { kind: 'null', span: span(n) };
    case 'array':
      return { kind: 'tuple', items: (n.children ?? []).map((c) => expr(c, text)), span: span(n) };
    case 'object':
      return {
        kind: 'object',
        items: props(n).map((p) => {
          const [k, v] = p.children!;
          return { key: stringExpr(k, text), keySpan: span(k), value: expr(v, text), span: span(p) };
        }),
        span: span(n),
      };
    default:
      return { kind: 'error', span: span(n) };
  }
}

/** A JSON string is an HCL template: parsed as one (spans shifted into the JSON text) when it interpolates. */
function stringExpr(n: Node, text: string): Expr {
  const raw = text.slice(n.offset, n.offset + n.length);
  if (raw.includes('${') || raw.includes('%{')) {
    const prefix = 'v=';
    const parsed = parseHcl(prefix + raw);
    const attr = parsed.body.attributes[0];
    if (!parsed.errors.length && attr) return shift(attr.expr, n.offset - prefix.length);
  }
  return { kind: 'string', value: String(n.value), span: span(n) };
}

/** Moves every span of a parsed fragment by `delta` (the fragment's place in the JSON text). */
function shift<T>(node: T, delta: number): T {
  if (Array.isArray(node)) return node.map((x) => shift(x, delta)) as T;
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') return { start: o.start + delta, end: (o.end as number) + delta } as T;
  return Object.fromEntries(keys.map((k) => [k, shift(o[k], delta)])) as T;
}

/** Object properties without Terraform JSON's `"//"` comments. */
const props = (obj: Node): Node[] => (obj.children ?? []).filter((p) => p.children?.length === 2 && p.children[0].value !== '//');
const listOf = (v: Node): Node[] => (v.type === 'array' ? (v.children ?? []).filter((c) => c.type === 'object') : [v]);
const span = (n: Node): Span => ({ start: n.offset, end: n.offset + n.length });
const unquoted = (n: Node): Span => ({ start: n.offset + 1, end: n.offset + n.length - 1 });
const emptyBody = (s: Span): Body => ({ attributes: [], blocks: [], items: [], span: s });

function split(body: Body): void {
  body.attributes = body.items.filter((i): i is Attribute => i.kind === 'attribute');
  body.blocks = body.items.filter((i: BodyItem): i is Block => i.kind === 'block');
}

/** `CommaExpected` → `comma expected`. */
function describe(code: JsonError['error']): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
