// Static evaluation of Bicep expressions into located values. What cannot be known before
// deployment becomes `unknown` with a reason (and a reference when it points at a resource).
import type { ReadContext } from '../../formats/contract.js';
import type { Loc } from '../../model/located.js';
import type { MEntry, MValue, ResourceRef } from '../../model/value.js';
import type { BinaryExpr, CallExpr, Expr, InterpExpr, MemberExpr, ObjectExpr, Span } from '../../parsers/bicep/index.js';
import { callBuiltin, range } from './functions.js';
import { forValue, type LoopHost, type ModuleInstance, type ResourceInstance } from './loops.js';
import { firstUnknown, sameValue, scalarText, strAt, unknown, type Env } from './values.js';
import { appendAll } from '../../model/append.js';

/** What evaluation needs from the file's scope (implemented by `FileScope`; declared here so the two modules do not import each other). */
export interface FileScope extends LoopHost {
  readonly ctx: ReadContext;
  isFunction(name: string): boolean;
  ident(name: string, span: Span, env: Env): MValue;
  symbolOf(expr: Expr, env: Env): ResourceInstance | undefined;
  moduleOf(expr: Expr, env: Env): ModuleInstance | undefined;
  ref(inst: ResourceInstance, prop?: string): ResourceRef;
  resourceMember(inst: ResourceInstance, path: string[], loc: Loc): MValue;
  moduleOutput(inst: ModuleInstance, name: string, loc: Loc): MValue;
  declaredWithName(type: string, expr: Expr): ResourceInstance | undefined;
}

/** Evaluates one expression under the read's budget (steps, nesting, size of what it computes). */
export function evaluate(scope: FileScope, e: Expr, env: Env): MValue {
  const budget = scope.ctx.budget;
  const loc = scope.loc(e.span);
  const spent = budget.enter(loc);
  if (spent) return spent;
  try {
    return budget.fit(evaluateNode(scope, e, env, loc), loc);
  } finally {
    budget.leave();
  }
}

function evaluateNode(scope: FileScope, e: Expr, env: Env, loc: Loc): MValue {
  switch (e.kind) {
    case 'string':
      return strAt(e.value, loc);
    case 'number':
      return { t: 'num', value: e.value, loc };
    case 'bool':
      return { t: 'bool', value: e.value, loc };
    case 'null':
      return { t: 'null', loc };
    case 'interp':
      return interpolation(scope, e, env, loc);
    case 'object':
      return object(scope, e, env, loc);
    case 'array': {
      const items: MValue[] = [];
      for (const item of e.items) {
        const v = evaluate(scope, item.kind === 'spread' ? item.expr : item, env);
        if (item.kind === 'spread' && v.t === 'arr') appendAll(items, v.items);
        else items.push(item.kind === 'spread' ? unknown(v.loc, 'spread of a value not known statically') : v);
      }
      return { t: 'arr', items, loc };
    }
    case 'ident':
      return scope.ident(e.name, e.span, env);
    case 'member':
      return member(scope, e, env, loc);
    case 'index': {
      const sym = scope.symbolOf(e, env);
      if (sym) return unknown(loc, `resource '${sym.sym.symbol}'`, scope.ref(sym));
      const base = evaluate(scope, e.object, env);
      const key = evaluate(scope, e.index, env);
      if (base.t === 'arr' && key.t === 'num') return base.items[key.value] ?? unknown(loc, `index ${key.value} is out of range`);
      if (key.t === 'str') return propertyOf(base, key.value, loc, e.safe);
      // A resource ID starts with '/': `names[?<id>]` on an object with no such key is null.
      if (e.safe && base.t === 'obj' && key.t === 'unknown' && key.ref?.property === 'id' && !base.entries.some((x) => x.key.startsWith('/'))) return { t: 'null', loc };
      return unknown(loc, firstUnknown([base, key])?.why ?? 'index not known statically');
    }
    case 'nested': {
      const sym = scope.symbolOf(e, env);
      return sym ? unknown(loc, `resource '${sym.sym.symbol}'`, scope.ref(sym)) : unknown(loc, `nested resource '${e.property}' not found`);
    }
    case 'call':
      return call(scope, e, env, loc);
    case 'ternary': {
      // Only a known condition picks a branch; otherwise either could be deployed.
      const test = evaluate(scope, e.test, env);
      if (test.t === 'bool') return evaluate(scope, test.value ? e.consequent : e.alternate, env);
      return unknown(loc, test.t === 'unknown' ? test.why : 'condition is not a boolean');
    }
    case 'binary':
      return binary(scope, e, env, loc);
    case 'unary': {
      const v = evaluate(scope, e.operand, env);
      if (e.op === '!' && v.t === 'bool') return { t: 'bool', value: !v.value, loc };
      if (e.op === '-' && v.t === 'num') return { t: 'num', value: -v.value, loc };
      return unknown(loc, v.t === 'unknown' ? v.why : `cannot apply '${e.op}'`);
    }
    case 'nonNull':
      return evaluate(scope, e.operand, env);
    case 'paren':
      return evaluate(scope, e.expr, env);
    case 'for':
      return forValue(scope, e, env, loc);
    case 'lambda':
      return unknown(loc, 'lambda');
    case 'spread':
      return unknown(loc, 'spread');
    case 'if':
      return unknown(loc, 'if-expression');
    case 'error':
      return unknown(loc, `could not parse: ${e.message}`);
  }
}

/** `'${x}'` alone is `x` itself (keeps a reference); several parts join when all are known. */
function interpolation(scope: FileScope, e: InterpExpr, env: Env, loc: Loc): MValue {
  const [only] = e.parts;
  if (e.parts.length === 1 && typeof only !== 'string') {
    const v = evaluate(scope, only, env);
    if (v.t === 'str' || v.t === 'unknown') return v;
    const text = scalarText(v);
    return text === undefined ? unknown(loc, 'interpolation of an object or array') : strAt(text, loc);
  }
  let out = '';
  for (const part of e.parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const v = evaluate(scope, part, env);
    const text = scalarText(v);
    if (text === undefined) return unknown(loc, v.t === 'unknown' ? v.why : 'interpolation of an object or array');
    out += text;
  }
  return strAt(out, loc);
}

/** Properties and `...spread` entries in source order; computed keys keep their evaluated value. */
function object(scope: FileScope, e: ObjectExpr, env: Env, loc: Loc): MValue {
  // Spreads are rare: without them the properties are already in source order.
  const items = e.spreads.length ? [...e.properties, ...e.spreads].sort((a, b) => a.span.start - b.span.start) : e.properties;
  const entries: MEntry[] = [];
  for (const item of items) {
    if ('kind' in item) {
      // A spread whose value is unknown adds nothing we can see (limitation: it may override).
      const v = evaluate(scope, item.expr, env);
      if (v.t === 'obj') appendAll(entries, v.entries);
      continue;
    }
    // An interpolated key is kept as written between its quotes: `${uai.id}`.
    const key = item.keyExpr && /^'.*'$/s.test(item.key) ? item.key.slice(1, -1) : item.key;
    const entry: MEntry = { key, keyLoc: scope.loc(item.keySpan), value: evaluate(scope, item.value, env) };
    if (item.keyExpr) entry.keyValue = evaluate(scope, item.keyExpr, env);
    entries.push(entry);
  }
  return { t: 'obj', entries, loc };
}

function member(scope: FileScope, e: MemberExpr, env: Env, loc: Loc): MValue {
  const sym = scope.symbolOf(e.object, env);
  if (sym) return scope.resourceMember(sym, [e.property], loc);
  if (e.object.kind === 'member') {
    const inner = e.object;
    const owner = scope.symbolOf(inner.object, env);
    if (owner) return scope.resourceMember(owner, [inner.property, e.property], loc);
    const mod = inner.property === 'outputs' ? scope.moduleOf(inner.object, env) : undefined;
    if (mod) return scope.moduleOutput(mod, e.property, loc);
  }
  return propertyOf(evaluate(scope, e.object, env), e.property, loc, e.safe);
}

/** A property of an evaluated value; `a.?b` on a missing key is null. */
function propertyOf(base: MValue, key: string, loc: Loc, safe: boolean): MValue {
  if (base.t === 'obj') {
    // Bicep property access ignores case, as ARM does; an exact match wins.
    const hit = lastEntry(base.entries, (k) => k === key) ?? lastEntry(base.entries, (k) => k.toLowerCase() === key.toLowerCase());
    if (hit) return hit.value;
    return safe ? { t: 'null', loc } : unknown(loc, `no property '${key}'`);
  }
  if (base.t === 'null' && safe) return { t: 'null', loc };
  // `resourceGroup().id`, `subscription().id`: still the same scope.
  if (base.t === 'unknown' && key === 'id' && base.ref && !base.ref.property) return unknown(loc, base.why, { ...base.ref, property: 'id' });
  return unknown(loc, base.t === 'unknown' ? base.why : `'${key}' of a ${base.t} value`);
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lastEntry(entries: MEntry[], match: (key: string) => boolean): MEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (match(entries[i].key)) return entries[i];
  return undefined;
}

/** Built-ins (also as `az.x` / `sys.x`); method calls and user functions are deployment-time. */
function call(scope: FileScope, e: CallExpr, env: Env, loc: Loc): MValue {
  const ns = e.object?.kind === 'ident' && (e.object.name === 'az' || e.object.name === 'sys');
  if (e.object && !ns) return unknown(loc, `${e.callee}() is evaluated at deployment`);
  if (!e.object && scope.isFunction(e.name)) return unknown(loc, `user-defined function ${e.name}()`);
  const args = e.args.map((a) => evaluate(scope, a, env));
  if (e.name === 'range') {
    const v = range(args, loc, scope.maxLoopIterations);
    if (v.t === 'unknown' && /option maxLoopIterations/.test(v.why)) scope.note(loc, `Loop not expanded: ${v.why}; it is read as one instance with unknown values.`);
    return v;
  }
  const v = callBuiltin(e.name, args, loc);
  // `resourceId('T', uaiName)` with `uaiName` not known names the resource declared with `name: uaiName`.
  const last = e.args[e.args.length - 1];
  if (v.t === 'unknown' && v.ref?.type && !v.ref.name && last?.kind === 'ident' && !env.has(last.name) && args[args.length - 1]?.t === 'unknown') {
    const same = scope.declaredWithName(v.ref.type, last);
    if (same) return unknown(loc, v.why, scope.ref(same, 'id'));
  }
  return v;
}

function binary(scope: FileScope, e: BinaryExpr, env: Env, loc: Loc): MValue {
  const l = evaluate(scope, e.left, env);
  const r = evaluate(scope, e.right, env);
  const bool = (value: boolean): MValue => ({ t: 'bool', value, loc });
  const why = () => firstUnknown([l, r])?.why ?? `cannot evaluate '${e.op}' here`;
  switch (e.op) {
    case '??':
      if (l.t === 'null') return r;
      // A reference (a resource ID, a principal ID) is never null: it is the result as it stands.
      if (l.t === 'unknown' && l.ref) return l;
      return l.t === 'unknown' ? unknown(loc, l.why) : l;
    case '&&':
    case '||': {
      const stop = e.op === '||';
      if ((l.t === 'bool' && l.value === stop) || (r.t === 'bool' && r.value === stop)) return bool(stop);
      if (l.t === 'bool' && r.t === 'bool') return bool(!stop);
      break;
    }
    case '==':
    case '!=':
    case '=~':
    case '!~': {
      const same = sameValue(l, r, e.op === '=~' || e.op === '!~');
      if (same !== undefined) return bool(e.op === '==' || e.op === '=~' ? same : !same);
      break;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = l.t === 'num' && r.t === 'num' ? l.value - r.value : l.t === 'str' && r.t === 'str' ? ordinal(l.value, r.value) : undefined;
      if (c !== undefined) {
        return bool(e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : c >= 0);
      }
      break;
    }
    default:
      if (l.t === 'num' && r.t === 'num') {
        const a = l.value;
        const b = r.value;
        if ((e.op === '/' || e.op === '%') && b === 0) break;
        const value = e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : e.op === '/' ? Math.trunc(a / b) : a % b;
        return { t: 'num', value, loc };
      }
  }
  return unknown(loc, why());
}
