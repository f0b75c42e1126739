import type { EvalBudget } from '../../model/eval-budget.js';
import type { Loc } from '../../model/located.js';
import type { MEntry, MObject, MValue, ResourceRef } from '../../model/value.js';
import type { Block, Body, CallExpr, Expr, ObjectItem, Span, TemplatePart, TraversalStep } from '../../parsers/terraform/index.js';
import type { TfFile } from './files.js';
import { callFunction } from './functions.js';

/** What the names of a module resolve to: the module instance being evaluated. */
export interface Env {
  /** The limits of the current file read. */
  readonly budget: EvalBudget;
  variable(name: string, from: Scope, loc: Loc): MValue;
  local(name: string, from: Scope, loc: Loc): MValue;
  /** `type.name` then `steps` (instance index, attributes). */
  resource(type: string, name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue;
  data(type: string, name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue;
  module(name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue;
}

/** Where an expression is evaluated: module instance, file, and `each` when a `for_each` binds it. */
export interface Scope {
  env: Env;
  file: TfFile;
  each?: { key: MValue; value: MValue };
  /** Variable defaults and tfvars: Terraform allows no references there. */
  literalOnly?: boolean;
}

export function locOf(s: Scope, span: Span): Loc {
  return s.file.src.loc(span.start, span.end);
}

export function unknown(loc: Loc, why: string, ref?: ResourceRef): MValue {
  return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}

export function textOf(s: Scope, span: Span): string {
  return s.file.src.text.slice(span.start, span.end);
}

// Module outputs, variables and locals call back into evaluation; a depth cap stops any cycle the
// per-name guards did not see (e.g. between module instances).
const MAX_DEPTH = 300;
let depth = 0;

/** Evaluates one expression under the read's budget (steps, size of what it computes) and the depth cap. */
export function evaluate(e: Expr, s: Scope): MValue {
  if (depth >= MAX_DEPTH) return unknown(locOf(s, e.span), 'expression nests too deeply to evaluate');
  const budget = s.env.budget;
  const loc = locOf(s, e.span);
  const spent = budget.enter(loc);
  if (spent) return spent;
  depth++;
  try {
    return budget.fit(evaluateInner(e, s), loc);
  } finally {
    depth--;
    budget.leave();
  }
}

function evaluateInner(e: Expr, s: Scope): MValue {
  const loc = locOf(s, e.span);
  switch (e.kind) {
    case 'string':
      return { t: 'str', value: e.value, loc };
    case 'number':
      return { t: 'num', value: e.value, loc };
    case 'bool':
      return { t: 'bool', value: e.value, loc };
    case 'null':
      return { t: 'null', loc };
    case 'template':
      return template(e.parts, s, loc);
    case 'tuple':
      return { t: 'arr', items: e.items.map((i) => evaluate(i, s)), loc };
    case 'object':
      return { t: 'obj', entries: e.items.map((i) => objectEntry(i, s)), loc };
    case 'paren':
      return evaluate(e.expr, s);
    case 'traversal':
      return traversal(e.root, e.steps, s, loc);
    case 'relativeTraversal':
      return applySteps(evaluate(e.source, s), e.steps, s, loc);
    case 'call':
      return call(e, s, loc);
    case 'conditional': {
      const test = evaluate(e.test, s);
      const truth = test.t === 'bool' ? test.value : test.t === 'str' && /^(true|false)$/.test(test.value) ? test.value === 'true' : undefined;
      if (truth === undefined) return unknown(loc, `the condition ${textOf(s, e.test.span)} is not known${test.t === 'unknown' ? ` (${test.why})` : ''}`);
      return evaluate(truth ? e.trueExpr : e.falseExpr, s);
    }
    case 'binary':
      return binary(e.op, evaluate(e.left, s), evaluate(e.right, s), loc);
    case 'unary': {
      const v = evaluate(e.operand, s);
      if (e.op === '!' && v.t === 'bool') return { t: 'bool', value: !v.value, loc };
      if (e.op === '-' && v.t === 'num') return { t: 'num', value: -v.value, loc };
      return unknown(loc, v.t === 'unknown' ? v.why : `operator ${e.op} on a ${v.t}`);
    }
    case 'for':
      return unknown(loc, 'for expressions are not evaluated');
    case 'error':
      return unknown(loc, 'the expression could not be parsed');
  }
}

/** A template is a string when every part is known; `"${x}"` alone is `x` itself, as in HCL. */
function template(parts: TemplatePart[], s: Scope, loc: Loc): MValue {
  if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0].kind !== 'directive') return evaluate(parts[0], s);
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    if (p.kind === 'directive') return unknown(loc, 'template directives are not evaluated');
    const v = evaluate(p, s);
    if (v.t === 'str' || v.t === 'num' || v.t === 'bool') out += String(v.value);
    else return unknown(loc, v.t === 'unknown' ? v.why : `a ${v.t} cannot be interpolated`);
  }
  return { t: 'str', value: out, loc };
}

/** Bare and quoted keys are strings; `(expr)` and `"${expr}"` keys keep their evaluated value. */
function objectEntry(item: ObjectItem, s: Scope): MEntry {
  const keyLoc = locOf(s, item.keySpan);
  const value = evaluate(item.value, s);
  if (item.key.kind === 'string') return { key: item.key.value, keyLoc, value };
  const keyValue = evaluate(item.key, s);
  const key = keyValue.t === 'str' ? keyValue.value : textOf(s, item.keySpan);
  return { key, keyLoc, value, keyValue };
}

function traversal(root: string, steps: TraversalStep[], s: Scope, loc: Loc): MValue {
  const first = steps[0]?.kind === 'attr' ? steps[0].name : undefined;
  if (s.literalOnly) return unknown(loc, 'references are not allowed here');
  switch (root) {
    case 'var':
      if (first === undefined) break;
      return applySteps(s.env.variable(first, s, loc), steps.slice(1), s, loc);
    case 'local':
      if (first === undefined) break;
      return applySteps(s.env.local(first, s, loc), steps.slice(1), s, loc);
    case 'each':
      if (s.each && (first === 'key' || first === 'value')) return applySteps(s.each[first], steps.slice(1), s, loc);
      return unknown(loc, `each.${first ?? ''} is known only per for_each instance`);
    case 'count':
      return unknown(loc, 'count.index is known only per instance');
    case 'module':
      if (first === undefined) break;
      return s.env.module(first, steps.slice(1), s, loc);
    case 'data': {
      const name = steps[1]?.kind === 'attr' ? steps[1].name : undefined;
      if (first === undefined || name === undefined) break;
      return s.env.data(first, name, steps.slice(2), s, loc);
    }
    case 'path':
    case 'terraform':
    case 'self':
      return unknown(loc, `${root}.${first ?? ''} is not evaluated`);
  }
  // `azurerm_x.name…`: a resource address (a type always has a provider prefix and an underscore).
  if (first !== undefined && root.includes('_')) return s.env.resource(root, first, steps.slice(1), s, loc);
  return unknown(loc, `'${root}' is not known here`);
}

/** `.attr`, `[key]` and `[*]` on a value; anything not statically there is unknown. */
export function applySteps(v: MValue, steps: TraversalStep[], s: Scope, loc: Loc): MValue {
  let cur = v;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (cur.t === 'unknown') return cur.loc === loc ? cur : { ...cur, loc };
    if (step.kind === 'splat') {
      if (cur.t !== 'arr') return unknown(loc, 'splat over a value that is not a list');
      const rest = steps.slice(i + 1);
      return { t: 'arr', items: cur.items.map((item) => applySteps(item, rest, s, loc)), loc };
    }
    const key: MValue = step.kind === 'attr' ? { t: 'str', value: step.name, loc } : evaluate(step.key, s);
    cur = index(cur, key, loc);
  }
  return cur;
}

function index(v: MValue, key: MValue, loc: Loc): MValue {
  if (key.t === 'unknown') return unknown(loc, key.why);
  if (v.t === 'null') return unknown(loc, 'an attribute of null');
  if (v.t === 'obj' && (key.t === 'str' || key.t === 'num')) {
    const k = String(key.value);
    for (let i = v.entries.length - 1; i >= 0; i--) if (v.entries[i].key === k) return v.entries[i].value;
    return unknown(loc, `no attribute '${k}'`);
  }
  if (v.t === 'arr' && key.t === 'num') return v.items[key.value] ?? unknown(loc, `no element ${key.value}`);
  return unknown(loc, `cannot index a ${v.t}`);
}

function call(e: CallExpr, s: Scope, loc: Loc): MValue {
  let args = e.args.map((a) => evaluate(a, s));
  if (e.expandFinal) {
    const last = args[args.length - 1];
    if (last?.t !== 'arr') return unknown(loc, `${e.name}(...) expands an argument that is not a known list`);
    args = [...args.slice(0, -1), ...last.items];
  }
  return callFunction(e.name, args, loc);
}

function isPrimitive(v: MValue): v is Extract<MValue, { t: 'str' | 'num' | 'bool' | 'null' }> {
  return v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'null';
}

function binary(op: string, l: MValue, r: MValue, loc: Loc): MValue {
  if (l.t === 'unknown') return unknown(loc, l.why);
  if (r.t === 'unknown') return unknown(loc, r.why);
  if (op === '==' || op === '!=') {
    // `x != null` is decidable for any known x, even a collection.
    let eq: boolean | undefined;
    if (l.t === 'null' || r.t === 'null') eq = l.t === r.t;
    else if (isPrimitive(l) && isPrimitive(r)) eq = l.t === r.t && l.value === r.value;
    if (eq === undefined) return unknown(loc, 'comparing collections is not evaluated');
    return { t: 'bool', value: op === '==' ? eq : !eq, loc };
  }
  if (op === '&&' || op === '||') {
    if (l.t !== 'bool' || r.t !== 'bool') return unknown(loc, `operator ${op} needs booleans`);
    return { t: 'bool', value: op === '&&' ? l.value && r.value : l.value || r.value, loc };
  }
  if (l.t !== 'num' || r.t !== 'num') return unknown(loc, `operator ${op} needs numbers`);
  const a = l.value;
  const b = r.value;
  switch (op) {
    case '<':
      return { t: 'bool', value: a < b, loc };
    case '>':
      return { t: 'bool', value: a > b, loc };
    case '<=':
      return { t: 'bool', value: a <= b, loc };
    case '>=':
      return { t: 'bool', value: a >= b, loc };
    case '+':
      return { t: 'num', value: a + b, loc };
    case '-':
      return { t: 'num', value: a - b, loc };
    case '*':
      return { t: 'num', value: a * b, loc };
    case '/':
      return b === 0 ? unknown(loc, 'division by zero') : { t: 'num', value: a / b, loc };
    case '%':
      return b === 0 ? unknown(loc, 'division by zero') : { t: 'num', value: a % b, loc };
  }
  return unknown(loc, `operator ${op} is not evaluated`);
}

/** Block arguments that configure Terraform itself, not the resource. */
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', 'timeouts']);

/**
 * A block body as an object: attributes by name, nested blocks by type (a list when repeated),
 * `dynamic "x"` blocks as an unknown `x`. Meta-arguments are left out.
 */
export function evaluateBody(body: Body, s: Scope, loc: Loc): MObject {
  const entries: MEntry[] = [];
  const blocks = new Map<string, MEntry>();
  for (const item of body.items) {
    if (META.has(item.kind === 'attribute' ? item.name : item.type)) continue;
    if (item.kind === 'attribute') {
      entries.push({ key: item.name, keyLoc: locOf(s, item.nameSpan), value: evaluate(item.expr, s) });
      continue;
    }
    if (item.type === 'dynamic') {
      const label = item.labels[0];
      if (label) entries.push({ key: label.value, keyLoc: locOf(s, label.span), value: unknown(locOf(s, item.span), `dynamic block '${label.value}'`) });
      continue;
    }
    const value = evaluateBody(item.body, s, locOf(s, item.span));
    const seen = blocks.get(item.type);
    if (!seen) {
      const e: MEntry = { key: item.type, keyLoc: locOf(s, item.typeSpan), value };
      blocks.set(item.type, e);
      entries.push(e);
    } else if (seen.value.t === 'arr') seen.value.items.push(value);
    else seen.value = { t: 'arr', items: [seen.value, value], loc: seen.value.loc };
  }
  return { t: 'obj', entries, loc };
}

/** `resource "type" "name"`: from the keyword to the last label. */
export function headerLoc(block: Block, s: Scope): Loc {
  const end = block.labels.length ? block.labels[block.labels.length - 1].span.end : block.typeSpan.end;
  return s.file.src.loc(block.typeSpan.start, end);
}
