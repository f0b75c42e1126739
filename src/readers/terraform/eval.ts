import type { EvalBudget } from '../../model/eval-budget.js';
import type { Loc } from '../../model/located.js';
import type { MEntry, MObject, MValue, ResourceRef } from '../../model/value.js';
import type { Block, Body, CallExpr, Expr, ForExpr, ObjectItem, Span, TemplatePart, TraversalStep } from '../../parsers/terraform/index.js';
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
  /** Elements a loop (`for`, `dynamic`, `count`, `for_each`) may have before it is read as unknown. */
  readonly maxIterations: number;
  /** Says (as a note) that a loop is over the cap. */
  tooMany(loc: Loc, what: string, size: number): void;
}

/** Where an expression is evaluated: module instance, file, and `each` when a `for_each` binds it. */
export interface Scope {
  env: Env;
  file: TfFile;
  each?: { key: MValue; value: MValue };
  /** `count.index` when a `count` binds it. */
  count?: MValue;
  /** Names bound by `for` expressions and `dynamic` block iterators. */
  vars?: Record<string, MValue>;
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
      return forExpr(e, s, loc);
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
    else if (v.t === 'unknown') return groupId(parts, s, loc) ?? roleDefinitionId(parts, s, loc) ?? unknown(loc, v.why);
    else return unknown(loc, `a ${v.t} cannot be interpolated`);
  }
  return { t: 'str', value: out, loc };
}

/**
 * `"/subscriptions/${…}/resourceGroups/${azurerm_resource_group.x.name}"`: the ID of that group
 * whatever its name and subscription, as a reference to it.
 */
function groupId(parts: TemplatePart[], s: Scope, loc: Loc): MValue | undefined {
  const [sub, , rg, name, ...rest] = parts;
  if (sub !== '/subscriptions/' || typeof rg !== 'string' || !/^\/resourceGroups\/$/i.test(rg) || !name || typeof name === 'string' || name.kind === 'directive') return undefined;
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== '/')) return undefined;
  const v = evaluate(name, s);
  if (v.t !== 'unknown' || !v.ref?.symbol || !/resourceGroups$/i.test(v.ref.type ?? '') || v.ref.property !== 'name') return undefined;
  return unknown(loc, v.why, { ...v.ref, property: 'id' });
}

/**
 * `"${data.azurerm_subscription.x.id}/providers/Microsoft.Authorization/roleDefinitions/<guid>"`:
 * the role is known whatever the subscription, as a reference to the role definition.
 */
function roleDefinitionId(parts: TemplatePart[], s: Scope, loc: Loc): MValue | undefined {
  // `"${data.azurerm_subscription.x.id}${data.azurerm_role_definition.y.id}"`: the role read by name.
  const last = parts[parts.length - 1];
  const lastValue = last && typeof last !== 'string' && last.kind !== 'directive' ? evaluate(last, s) : undefined;
  if (lastValue?.t === 'unknown' && lastValue.ref?.name && /roleDefinitions$/i.test(lastValue.ref.type ?? '')) return unknown(loc, lastValue.why, { type: lastValue.ref.type, name: lastValue.ref.name });
  let tail = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const v = typeof p === 'string' ? p : p.kind === 'directive' ? undefined : evaluate(p, s);
    const text = typeof v === 'string' ? v : v?.t === 'str' ? v.value : undefined;
    if (text === undefined) break;
    tail = text + tail;
  }
  const m = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(tail);
  return m ? unknown(loc, 'the role definition ID has a subscription not known statically', { type: 'Microsoft.Authorization/roleDefinitions', name: m[1] }) : undefined;
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
  const bound = s.vars?.[root];
  if (bound) return applySteps(bound, steps, s, loc);
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
      if (s.count && first === 'index') return s.count;
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

/** One element of a collection a loop walks: a map's key, a list's index or a set's value, and the element. */
export interface LoopElement {
  key: MValue;
  value: MValue;
}

/** The elements of a known list, set or map in Terraform's order (maps by key); undefined when not known. */
export function loopElements(v: MValue): LoopElement[] | undefined {
  if (v.t === 'arr') return v.items.some((i) => i.t === 'unknown') ? undefined : v.items.map((value, i) => ({ key: { t: 'num', value: i, loc: value.loc }, value }));
  if (v.t === 'obj') {
    if (v.entries.some((e) => e.keyValue && e.keyValue.t !== 'str' && e.keyValue.t !== 'num')) return undefined;
    const entries = v.entries.map((e) => ({ key: { t: 'str' as const, value: e.key, loc: e.keyValue?.loc ?? e.keyLoc }, value: e.value }));
    return entries.sort((a, b) => (a.key.value < b.key.value ? -1 : a.key.value > b.key.value ? 1 : 0));
  }
  return undefined;
}

/** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value}` over a known collection. */
function forExpr(e: ForExpr, s: Scope, loc: Loc): MValue {
  const coll = evaluate(e.collection, s);
  const elems = loopElements(coll);
  if (!elems) return unknown(loc, coll.t === 'unknown' ? coll.why : `a for expression over a ${coll.t}`);
  if (elems.length > s.env.maxIterations) {
    s.env.tooMany(loc, 'this for expression', elems.length);
    return unknown(loc, `a for expression over ${elems.length} elements (more than ${s.env.maxIterations})`);
  }
  const items: MValue[] = [];
  const entries: MEntry[] = [];
  for (const el of elems) {
    const vars = { ...s.vars, ...(e.keyVar ? { [e.keyVar]: el.key, [e.valueVar]: el.value } : { [e.valueVar]: el.value }) };
    const inner: Scope = { ...s, vars };
    if (e.condExpr) {
      const c = evaluate(e.condExpr, inner);
      if (c.t !== 'bool') return unknown(loc, c.t === 'unknown' ? c.why : 'a for condition that is not a boolean');
      if (!c.value) continue;
    }
    const value = evaluate(e.valueExpr, inner);
    if (!e.isObject || !e.keyExpr) {
      items.push(value);
      continue;
    }
    const k = evaluate(e.keyExpr, inner);
    if (k.t !== 'str' && k.t !== 'num') return unknown(loc, k.t === 'unknown' ? k.why : 'a for key that is not a string');
    const key = String(k.value);
    const seen = entries.find((x) => x.key === key);
    if (e.grouping) {
      if (seen && seen.value.t === 'arr') seen.value.items.push(value);
      else entries.push({ key, keyLoc: k.loc, value: { t: 'arr', items: [value], loc: value.loc }, keyValue: { t: 'str', value: key, loc: k.loc } });
    } else if (seen) return unknown(loc, `a for expression gives the key '${key}' twice`);
    else entries.push({ key, keyLoc: k.loc, value, keyValue: { t: 'str', value: key, loc: k.loc } });
  }
  return e.isObject ? { t: 'obj', entries, loc } : { t: 'arr', items, loc };
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
    const add = (type: string, typeSpan: Span, value: MValue) => {
      const seen = blocks.get(type);
      if (!seen) {
        const e: MEntry = { key: type, keyLoc: locOf(s, typeSpan), value };
        blocks.set(type, e);
        entries.push(e);
      } else if (seen.value.t === 'arr') seen.value.items.push(value);
      else seen.value = { t: 'arr', items: [seen.value, value], loc: seen.value.loc };
    };
    if (item.type === 'dynamic') {
      const label = item.labels[0];
      if (!label) continue;
      const expanded = dynamicBlocks(item, s);
      if (!expanded) entries.push({ key: label.value, keyLoc: locOf(s, label.span), value: unknown(locOf(s, item.span), `dynamic block '${label.value}'`) });
      else for (const d of expanded) add(label.value, label.span, evaluateBody(d.block.body, d.scope, locOf(s, d.block.span)));
      continue;
    }
    add(item.type, item.typeSpan, evaluateBody(item.body, s, locOf(s, item.span)));
  }
  return { t: 'obj', entries, loc };
}

/**
 * The blocks a `dynamic "x" { for_each = …; content { … } }` generates: its `content` once per
 * element, with the iterator (`x`, or the `iterator` argument) bound to `{key, value}`.
 * Undefined when the collection is not known.
 */
export function dynamicBlocks(dyn: Block, s: Scope): { block: Block; scope: Scope }[] | undefined {
  const content = dyn.body.blocks.find((b) => b.type === 'content');
  const forEach = dyn.body.attributes.find((a) => a.name === 'for_each');
  const label = dyn.labels[0]?.value;
  if (!content || !forEach || !label) return undefined;
  const it = dyn.body.attributes.find((a) => a.name === 'iterator');
  const name = it?.expr.kind === 'traversal' && !it.expr.steps.length ? it.expr.root : label;
  const elems = loopElements(evaluate(forEach.expr, s));
  if (!elems) return undefined;
  if (elems.length > s.env.maxIterations) {
    s.env.tooMany(locOf(s, dyn.typeSpan), `dynamic block '${label}'`, elems.length);
    return undefined;
  }
  return elems.map((el) => {
    const iterator: MValue = { t: 'obj', entries: [{ key: 'key', keyLoc: el.key.loc, value: el.key }, { key: 'value', keyLoc: el.value.loc, value: el.value }], loc: el.value.loc };
    return { block: content, scope: { ...s, vars: { ...s.vars, [name]: iterator } } };
  });
}

/** `resource "type" "name"`: from the keyword to the last label. */
export function headerLoc(block: Block, s: Scope): Loc {
  const end = block.labels.length ? block.labels[block.labels.length - 1].span.end : block.typeSpan.end;
  return s.file.src.loc(block.typeSpan.start, end);
}
