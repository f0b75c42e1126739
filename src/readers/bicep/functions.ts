// Bicep built-in functions that can be evaluated statically. Anything that depends on the
// deployment (guid, uniqueString, resourceGroup(), reference, list*) stays unknown.
import type { Loc } from '../../model/located.js';
import type { MEntry, MValue } from '../../model/value.js';
import { deploymentScope } from '../../model/deployment-scope.js';
import { firstUnknown, lastSegment, sameValue, scalarText, strAt, unknown } from './values.js';

/** A resource type as the `resourceId` family takes it: `Microsoft.X/y[/z]`. */
const TYPE_ARG = /^[A-Za-z][\w-]*\.[\w.-]+\/[\w-]+(\/[\w-]+)*$/;

const ID_FUNCTIONS = new Set(['resourceId', 'subscriptionResourceId', 'tenantResourceId', 'extensionResourceId', 'managementGroupResourceId']);

type Builtin = (args: MValue[], loc: Loc) => MValue | undefined;

/** Evaluates a built-in call on evaluated arguments; unknown (with a reason) when it cannot. */
export function callBuiltin(name: string, args: MValue[], loc: Loc): MValue {
  if (ID_FUNCTIONS.has(name)) return resourceIdRef(name, args, loc);
  if (name === 'resourceGroup' || name === 'subscription') return deploymentScope(name, args, loc);
  const fn: Builtin | undefined = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
  const result = fn ? (firstUnknown(args) && !LENIENT.has(name) ? undefined : fn(args, loc)) : undefined;
  if (result) return result;
  const u = firstUnknown(args);
  if (fn && u) return unknown(loc, u.why);
  return unknown(loc, `${name}() is evaluated at deployment`);
}

/** `resourceId('T', 'n')` → an unknown ID that still says which resource it names. */
function resourceIdRef(fn: string, args: MValue[], loc: Loc): MValue {
  const at = args.findIndex((a) => a.t === 'str' && TYPE_ARG.test(a.value));
  if (at < 0) return unknown(loc, `${fn}() with a type that is not known`);
  const type = (args[at] as { value: string }).value;
  const last = args.length > at + 1 ? args[args.length - 1] : undefined;
  const name = last?.t === 'str' ? lastSegment(last.value) : undefined;
  return unknown(loc, `${fn}() is evaluated at deployment`, name ? { type, name, property: 'id' } : { type, property: 'id' });
}

/** Functions that look at their arguments one by one and may succeed with some unknown. */
const LENIENT = new Set(['any', 'coalesce', 'contains']);

const str = (s: string, loc: Loc): MValue => strAt(s, loc);
const bool = (value: boolean, loc: Loc): MValue => ({ t: 'bool', value, loc });
const num = (value: number, loc: Loc): MValue => ({ t: 'num', value, loc });

function texts(args: MValue[]): string[] | undefined {
  const out: string[] = [];
  for (const a of args) {
    const s = scalarText(a);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

const BUILTINS: Record<string, Builtin> = {
  any: (a) => a[0],
  concat(args, loc) {
    if (args.every((a) => a.t === 'arr')) return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc };
    const t = texts(args);
    return t && str(t.join(''), loc);
  },
  format(args, loc) {
    const t = texts(args);
    if (!t || !t.length) return undefined;
    let ok = true;
    const out = t[0].replace(/\{(\d+)\}/g, (_, i: string) => {
      const v = t[Number(i) + 1];
      if (v === undefined) ok = false;
      return v ?? '';
    });
    return ok ? str(out, loc) : undefined;
  },
  toLower: (a, loc) => (a[0]?.t === 'str' ? str(a[0].value.toLowerCase(), loc) : undefined),
  toUpper: (a, loc) => (a[0]?.t === 'str' ? str(a[0].value.toUpperCase(), loc) : undefined),
  trim: (a, loc) => (a[0]?.t === 'str' ? str(a[0].value.trim(), loc) : undefined),
  string(a, loc) {
    const t = a[0] && scalarText(a[0]);
    return t === undefined ? undefined : str(t, loc);
  },
  bool(a, loc) {
    const v = a[0];
    if (v?.t === 'bool') return bool(v.value, loc);
    if (v?.t === 'str' && /^(true|false)$/i.test(v.value)) return bool(v.value.toLowerCase() === 'true', loc);
    if (v?.t === 'num') return bool(v.value !== 0, loc);
    return undefined;
  },
  int(a, loc) {
    const v = a[0];
    if (v?.t === 'num') return num(Math.trunc(v.value), loc);
    if (v?.t === 'str' && /^-?\d+$/.test(v.value.trim())) return num(Number(v.value), loc);
    return undefined;
  },
  empty(a, loc) {
    const v = a[0];
    if (v?.t === 'null') return bool(true, loc);
    if (v?.t === 'str') return bool(v.value === '', loc);
    if (v?.t === 'arr') return bool(v.items.length === 0, loc);
    if (v?.t === 'obj') return bool(v.entries.length === 0, loc);
    return undefined;
  },
  length(a, loc) {
    const v = a[0];
    if (v?.t === 'str') return num(v.value.length, loc);
    if (v?.t === 'arr') return num(v.items.length, loc);
    if (v?.t === 'obj') return num(new Set(v.entries.map((e) => e.key)).size, loc);
    return undefined;
  },
  contains(a, loc) {
    const [c, x] = a;
    if (!c || !x) return undefined;
    // A resource ID from resourceId() and its siblings surely holds `/providers/<type>/`.
    if (c.t === 'unknown' && c.ref?.property === 'id' && c.ref.type && x.t === 'str' && `/providers/${c.ref.type}/`.includes(x.value)) return bool(true, loc);
    if (c.t === 'str' && x.t === 'str') return bool(c.value.includes(x.value), loc);
    if (c.t === 'obj' && x.t === 'str') return bool(c.entries.some((e) => e.key.toLowerCase() === x.value.toLowerCase()), loc);
    if (c.t === 'arr') {
      const hits = c.items.map((i) => sameValue(i, x));
      if (hits.includes(true)) return bool(true, loc);
      return hits.includes(undefined) ? undefined : bool(false, loc);
    }
    return undefined;
  },
  union(args, loc) {
    if (args.length && args.every((a) => a.t === 'obj')) return args.reduce<MValue>((acc, o) => mergeObjects(acc, o, loc), { t: 'obj', entries: [], loc });
    if (args.length && args.every((a) => a.t === 'arr')) {
      const items: MValue[] = [];
      for (const a of args) for (const i of a.t === 'arr' ? a.items : []) if (!items.some((x) => sameValue(x, i) === true)) items.push(i);
      return { t: 'arr', items, loc };
    }
    return undefined;
  },
  coalesce(args) {
    for (const a of args) {
      if (a.t === 'unknown') return undefined;
      if (a.t !== 'null') return a;
    }
    return args.length ? args[args.length - 1] : undefined;
  },
  replace(a, loc) {
    const t = texts(a.slice(0, 3));
    return t && t.length === 3 ? str(t[0].split(t[1]).join(t[2]), loc) : undefined;
  },
  split(a, loc) {
    const [s, d] = a;
    if (s?.t !== 'str' || d?.t !== 'str') return undefined;
    return { t: 'arr', items: s.value.split(d.value).map((p) => str(p, loc)), loc };
  },
  first: (a, loc) => pick(a[0], 0, loc),
  last: (a, loc) => pick(a[0], -1, loc),
  // `items(obj)`: `{ key, value }` per entry, sorted by key as Azure returns them.
  items(a, loc) {
    const o = a[0];
    if (o?.t !== 'obj') return undefined;
    const entries = [...o.entries].sort((x, y) => (x.key.toLowerCase() < y.key.toLowerCase() ? -1 : x.key.toLowerCase() > y.key.toLowerCase() ? 1 : 0));
    return {
      t: 'arr',
      items: entries.map((e) => ({ t: 'obj', loc: e.keyLoc, entries: [{ key: 'key', keyLoc: e.keyLoc, value: str(e.key, e.keyLoc) }, { key: 'value', keyLoc: e.keyLoc, value: e.value }] })),
      loc,
    };
  },
  join(a, loc) {
    const [arr, d] = a;
    if (arr?.t !== 'arr' || d?.t !== 'str') return undefined;
    const t = texts(arr.items);
    return t && str(t.join(d.value), loc);
  },
};

/** `range(start, count)`, refused beyond the loop limit so a huge count cannot blow up. */
export function range(args: MValue[], loc: Loc, max: number): MValue {
  const [start, count] = args;
  if (start?.t !== 'num' || count?.t !== 'num') return unknown(loc, firstUnknown(args)?.why ?? 'range() needs two integers');
  if (count.value > max) return unknown(loc, `range() of ${count.value} items, more than the limit of ${max} (option maxLoopIterations)`);
  const items: MValue[] = [];
  for (let i = 0; i < count.value; i++) items.push(num(start.value + i, loc));
  return { t: 'arr', items, loc };
}

function pick(v: MValue | undefined, at: number, loc: Loc): MValue | undefined {
  if (v?.t === 'arr') return v.items.at(at);
  if (v?.t === 'str' && v.value.length) return str(v.value.at(at)!, loc);
  return undefined;
}

/** `union()` of objects merges nested objects too; the later value wins. */
function mergeObjects(a: MValue, b: MValue, loc: Loc): MValue {
  if (a.t !== 'obj' || b.t !== 'obj') return b;
  const entries: MEntry[] = [...a.entries];
  for (const e of b.entries) {
    const i = entries.findIndex((x) => x.key === e.key);
    if (i < 0) entries.push(e);
    else entries[i] = { ...e, value: mergeObjects(entries[i].value, e.value, e.value.loc) };
  }
  return { t: 'obj', entries, loc };
}
