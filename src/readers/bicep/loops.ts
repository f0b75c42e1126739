// Bicep `for` and `if` over resources, modules and values: each iteration is its own instance
// with its loop variables bound to the located items; a known-false condition removes it.
import type { Loc } from '../../model/located.js';
import type { MValue } from '../../model/value.js';
import type { Expr, ForExpr } from '../../parsers/bicep/index.js';
import type { ModuleSymbol, ResourceSymbol, Wrapper } from './symbols.js';
import { unknown, type Env } from './values.js';

/** One instance of a resource or module body: its loop variables, its name and whether it surely exists. */
export interface Iteration {
  env: Env;
  /** `base.sym[2]` for a loop iteration; the enclosing instance otherwise. */
  instance?: string;
  /** The loop index of the innermost loop, when looped with known items. */
  index?: number;
  /** Why it may not be deployed (a condition or loop not known statically). */
  maybe?: string;
}

/** One instance of a resource symbol: a loop iteration, or the only one. */
export interface ResourceInstance extends Iteration {
  sym: ResourceSymbol;
  /** The instance of the enclosing resource, for a nested child. */
  parent?: ResourceInstance;
  /** The whole loop (`xs` without an index): references to it name no one instance. */
  collection?: boolean;
}

export interface ModuleInstance extends Iteration {
  mod: ModuleSymbol;
  collection?: boolean;
}

/** What the loop code needs from the evaluator. */
export interface LoopHost {
  eval(e: Expr, env: Env): MValue;
  loc(span: { start: number; end: number }): Loc;
  readonly maxLoopIterations: number;
  /** Records a limit met while reading, for a note. */
  note(loc: Loc, message: string): void;
}

/** The items a `for` iterates, or why they are not known (unknown iterable, over the cap). */
export function loopItems(host: LoopHost, f: ForExpr, env: Env): MValue[] | { why: string } {
  const v = host.eval(f.iterable, env);
  if (v.t === 'unknown') return { why: `loop over a value not known statically (${v.why})` };
  if (v.t !== 'arr') return { why: `loop over a ${v.t} value` };
  if (v.items.length > host.maxLoopIterations) {
    const why = `loop over ${v.items.length} items, more than the limit of ${host.maxLoopIterations} (option maxLoopIterations)`;
    host.note(host.loc(f.iterable.span), `Loop not expanded: ${why}; it is read as one instance with unknown values.`);
    return { why };
  }
  return v.items;
}

/** The loop variables bound for one item (`x`, or `(x, i)`). */
export function bindLoop(f: ForExpr, env: Env, item: MValue, index: number, at: Loc): Env {
  const inner = new Map(env);
  if (f.itemName) inner.set(f.itemName, item);
  if (f.indexName) inner.set(f.indexName, { t: 'num', value: index, loc: at });
  return inner;
}

/** Loop variables that stand for any item, when the items are not known. */
function unknownLoop(host: LoopHost, f: ForExpr, env: Env, why: string): Env {
  const inner = new Map(env);
  if (f.itemName && f.itemNameSpan) inner.set(f.itemName, unknown(host.loc(f.itemNameSpan), `loop variable '${f.itemName}': ${why}`));
  if (f.indexName && f.indexNameSpan) inner.set(f.indexName, unknown(host.loc(f.indexNameSpan), `loop index '${f.indexName}': ${why}`));
  return inner;
}

export function join(base: string | undefined, name: string): string {
  return base ? `${base}.${name}` : name;
}

/**
 * Expands `for`/`if` wrappers from a starting instance. A known-false condition drops the
 * instance; an unknown one keeps it as "maybe deployed". A loop with known items gives one
 * instance per item (`name[i]`); with unknown items, one instance whose variables are unknown.
 */
export function iterations(host: LoopHost, wrappers: Wrapper[], start: Iteration, name: string): Iteration[] {
  let current = [start];
  for (const w of wrappers) {
    const next: Iteration[] = [];
    for (const it of current) {
      if (w.kind === 'if') {
        const c = host.eval(w.condition, it.env);
        if (c.t === 'bool') {
          if (c.value) next.push(it);
        } else next.push({ ...it, maybe: it.maybe ?? `its condition is not known statically (${c.t === 'unknown' ? c.why : 'not a boolean'})` });
        continue;
      }
      const items = loopItems(host, w, it.env);
      if (!Array.isArray(items)) {
        next.push({ env: unknownLoop(host, w, it.env, items.why), instance: `${join(it.instance, name)}[?]`, maybe: it.maybe ?? items.why });
        continue;
      }
      const at = host.loc(w.span);
      items.forEach((item, i) => next.push({ env: bindLoop(w, it.env, item, i, at), instance: `${join(it.instance, name)}[${i}]`, index: i, maybe: it.maybe }));
    }
    current = next;
  }
  return current;
}

/** `[for x in xs: body]` as a value: an array when the items (and any `if` filter) are known. */
export function forValue(host: LoopHost, f: ForExpr, env: Env, loc: Loc): MValue {
  const items = loopItems(host, f, env);
  if (!Array.isArray(items)) return unknown(loc, `array built by a for-expression: ${items.why}`);
  const out: MValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const inner = bindLoop(f, env, items[i], i, loc);
    let body = f.body;
    if (body.kind === 'if') {
      const c = host.eval(body.condition, inner);
      if (c.t !== 'bool') return unknown(loc, `array built by a for-expression with a filter not known statically`);
      if (!c.value) continue;
      body = body.body;
    }
    out.push(host.eval(body, inner));
  }
  return { t: 'arr', items: out, loc };
}
