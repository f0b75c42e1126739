import type { Loc } from '../../model/located.js';
import type { MEntry, MValue } from '../../model/value.js';

type Fn = (args: MValue[], loc: Loc) => MValue;

const unknown = (loc: Loc, why: string): MValue => ({ t: 'unknown', loc, why });

/** The first unknown argument, passed through so its reason survives. */
function firstUnknown(args: MValue[], loc: Loc): MValue | undefined {
  const u = args.find((a) => a.t === 'unknown');
  return u ? { ...u, loc } : undefined;
}

function scalarText(v: MValue): string | undefined {
  return v.t === 'str' || v.t === 'num' || v.t === 'bool' ? String(v.value) : undefined;
}

/** A string derived from one argument keeps that argument's location (where it is written). */
function mapString(f: (s: string) => string): Fn {
  return ([v], loc) => {
    if (v?.t === 'str') return { ...v, value: f(v.value) };
    return unknown(loc, v?.t === 'unknown' ? v.why : 'not a known string');
  };
}

const FUNCTIONS: Record<string, Fn> = {
  // Terraform encodes the object; azapi bodies read it as the object itself.
  jsonencode: ([v], loc) => v ?? unknown(loc, 'jsonencode() without an argument'),
  jsondecode: ([v], loc) => {
    if (v?.t !== 'str') return unknown(loc, v?.t === 'unknown' ? v.why : 'jsondecode() of a value that is not a string');
    try {
      return fromJson(JSON.parse(v.value), v.loc);
    } catch {
      return unknown(loc, 'jsondecode() of invalid JSON');
    }
  },
  tostring: ([v], loc) => {
    if (!v) return unknown(loc, 'tostring() without an argument');
    const s = scalarText(v);
    if (s !== undefined) return { t: 'str', value: s, loc: v.loc };
    return v.t === 'null' ? v : unknown(loc, v.t === 'unknown' ? v.why : `tostring() of a ${v.t}`);
  },
  tonumber: ([v], loc) => {
    if (v?.t === 'num' || v?.t === 'null') return v;
    if (v?.t === 'str' && v.value.trim() !== '' && Number.isFinite(Number(v.value))) return { t: 'num', value: Number(v.value), loc: v.loc };
    return unknown(loc, v?.t === 'unknown' ? v.why : 'tonumber() of a value that is not a number');
  },
  tobool: ([v], loc) => {
    if (v?.t === 'bool' || v?.t === 'null') return v;
    if (v?.t === 'str' && (v.value === 'true' || v.value === 'false')) return { t: 'bool', value: v.value === 'true', loc: v.loc };
    return unknown(loc, v?.t === 'unknown' ? v.why : 'tobool() of a value that is not a boolean');
  },
  // Plain substrings only; a `/regex/` pattern is left unknown.
  replace: (args, loc) => {
    const u = firstUnknown(args, loc);
    if (u) return u;
    const [v, from, to] = args;
    if (v?.t !== 'str' || from?.t !== 'str' || to?.t !== 'str') return unknown(loc, 'replace() of values that are not strings');
    if (/^\/.*\/$/.test(from.value)) return unknown(loc, 'replace() with a regular expression is not evaluated');
    return { t: 'str', value: v.value.split(from.value).join(to.value), loc };
  },
  lower: mapString((s) => s.toLowerCase()),
  upper: mapString((s) => s.toUpperCase()),
  trimspace: mapString((s) => s.trim()),
  merge: (args, loc) => {
    const objs = args.filter((a) => a.t !== 'null');
    const u = firstUnknown(objs, loc);
    if (u) return u;
    if (objs.some((o) => o.t !== 'obj')) return unknown(loc, 'merge() of values that are not objects');
    const entries: MEntry[] = [];
    for (const o of objs) {
      if (o.t !== 'obj') continue;
      for (const e of o.entries) {
        const at = entries.findIndex((x) => x.key === e.key);
        if (at >= 0) entries.splice(at, 1);
        entries.push(e);
      }
    }
    return { t: 'obj', entries, loc };
  },
  concat: (args, loc) => {
    const u = firstUnknown(args, loc);
    if (u) return u;
    if (args.some((a) => a.t !== 'arr')) return unknown(loc, 'concat() of values that are not lists');
    return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc };
  },
  flatten: ([v], loc) => {
    if (v?.t !== 'arr') return unknown(loc, v?.t === 'unknown' ? v.why : 'flatten() of a value that is not a list');
    const out: MValue[] = [];
    const walk = (x: MValue): boolean => {
      if (x.t === 'unknown') return false;
      if (x.t !== 'arr') out.push(x);
      else for (const i of x.items) if (!walk(i)) return false;
      return true;
    };
    return walk(v) ? { t: 'arr', items: out, loc } : unknown(loc, 'flatten() of a list with unknown items');
  },
  // Every combination of one element of each list, capped so a product cannot blow up.
  setproduct: (args, loc) => {
    const u = firstUnknown(args, loc);
    if (u) return u;
    if (!args.length || args.some((a) => a.t !== 'arr')) return unknown(loc, 'setproduct() of values that are not lists');
    const lists = args.map((a) => (a.t === 'arr' ? a.items : []));
    const size = lists.reduce((n, l) => n * l.length, 1);
    if (size > MAX_PRODUCT) return unknown(loc, `setproduct() of ${size} combinations is not evaluated`);
    let combos: MValue[][] = [[]];
    for (const l of lists) combos = combos.flatMap((c) => l.map((i) => [...c, i]));
    return { t: 'arr', items: size ? combos.map((c) => ({ t: 'arr', items: c, loc })) : [], loc };
  },
  keys: ([v], loc) => (v?.t === 'obj' ? { t: 'arr', items: [...v.entries].sort(byKey).map((e) => ({ t: 'str', value: e.key, loc: e.keyLoc })), loc } : unknown(loc, v?.t === 'unknown' ? v.why : 'keys() of a value that is not a map')),
  values: ([v], loc) => (v?.t === 'obj' ? { t: 'arr', items: [...v.entries].sort(byKey).map((e) => e.value), loc } : unknown(loc, v?.t === 'unknown' ? v.why : 'values() of a value that is not a map')),
  distinct: ([v], loc) => {
    if (v?.t !== 'arr') return unknown(loc, v?.t === 'unknown' ? v.why : 'distinct() of a value that is not a list');
    return FUNCTIONS.toset([v], loc);
  },
  contains: ([list, x], loc) => {
    if (list?.t !== 'arr' || !x || x.t === 'unknown' || list.items.some((i) => i.t === 'unknown')) return unknown(loc, 'contains() of values that are not known');
    const s = scalarText(x);
    if (s === undefined) return unknown(loc, 'contains() of a collection is not evaluated');
    return { t: 'bool', value: list.items.some((i) => i.t === x.t && scalarText(i) === s), loc };
  },
  element: ([list, i], loc) => {
    if (list?.t !== 'arr' || i?.t !== 'num' || !list.items.length) return unknown(loc, 'element() of values that are not known');
    return list.items[Math.floor(i.value) % list.items.length];
  },
  tolist: ([v], loc) => (v?.t === 'arr' ? v : unknown(loc, v?.t === 'unknown' ? v.why : 'tolist() of a value that is not a list')),
  toset: ([v], loc) => {
    if (v?.t !== 'arr') return unknown(loc, v?.t === 'unknown' ? v.why : 'toset() of a value that is not a list');
    const seen = new Set<string>();
    const items = v.items.filter((i) => {
      const s = scalarText(i);
      if (s === undefined) return true;
      const k = `${i.t}:${s}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { ...v, items };
  },
  tomap: ([v], loc) => (v?.t === 'obj' ? v : unknown(loc, v?.t === 'unknown' ? v.why : 'tomap() of a value that is not an object')),
  // The first argument that is neither null nor "", when everything before it is known.
  coalesce: (args, loc) => {
    for (const a of args) {
      if (a.t === 'unknown') return { ...a, loc };
      if (a.t === 'null' || (a.t === 'str' && a.value === '')) continue;
      return a;
    }
    return unknown(loc, 'coalesce() found no value');
  },
  // An error in the first argument (null attribute…) reads as unknown here, so the fallback is
  // never taken on a guess: only a known first argument is returned.
  try: ([v], loc) => (v && v.t !== 'unknown' ? v : unknown(loc, v?.why ?? 'try() without an argument')),
  lookup: ([map, key, fallback], loc) => {
    if (map?.t !== 'obj' || key?.t !== 'str') return unknown(loc, map?.t === 'unknown' ? map.why : key?.t === 'unknown' ? key.why : 'lookup() of a value that is not an object');
    for (let i = map.entries.length - 1; i >= 0; i--) if (map.entries[i].key === key.value) return map.entries[i].value;
    return fallback ?? unknown(loc, `lookup() found no key '${key.value}'`);
  },
  length: ([v], loc) => {
    if (v?.t === 'arr') return { t: 'num', value: v.items.length, loc };
    if (v?.t === 'obj') return { t: 'num', value: v.entries.length, loc };
    if (v?.t === 'str') return { t: 'num', value: [...v.value].length, loc };
    return unknown(loc, v?.t === 'unknown' ? v.why : 'length() of a value without a length');
  },
  join: ([sep, list], loc) => {
    if (sep?.t !== 'str' || list?.t !== 'arr') return unknown(loc, 'join() of values that are not known');
    const parts = list.items.map(scalarText);
    if (parts.some((p) => p === undefined)) return unknown(loc, 'join() of a list with unknown items');
    return { t: 'str', value: parts.join(sep.value), loc };
  },
  format: ([spec, ...rest], loc) => {
    if (spec?.t !== 'str') return unknown(loc, 'format() with an unknown format');
    // Only plain verbs; widths and precisions (`%03d`) are left unknown rather than approximated.
    if (/%[^%sdvqt]/.test(spec.value.replace(/%%/g, ''))) return unknown(loc, 'format() with a verb that is not evaluated');
    let i = 0;
    let failed = false;
    const value = spec.value.replace(/%([%sdvqt])/g, (_m, verb: string) => {
      if (verb === '%') return '%';
      const arg = rest[i++];
      const s = arg ? scalarText(arg) : undefined;
      if (s === undefined) failed = true;
      return verb === 'q' ? JSON.stringify(s ?? '') : (s ?? '');
    });
    return failed ? unknown(loc, 'format() with unknown arguments') : { t: 'str', value, loc };
  },
};

/** setproduct() results beyond this many combinations are left unknown. */
const MAX_PRODUCT = 10000;

const byKey = (a: MEntry, b: MEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function callFunction(name: string, args: MValue[], loc: Loc): MValue {
  const fn = FUNCTIONS[name];
  if (!fn) return unknown(loc, `${name}() is not evaluated`);
  return fn(args, loc);
}

/** A decoded JSON value; every node gets the location of the string it came from. */
function fromJson(v: unknown, loc: Loc): MValue {
  if (v === null) return { t: 'null', loc };
  if (typeof v === 'string') return { t: 'str', value: v, loc };
  if (typeof v === 'number') return { t: 'num', value: v, loc };
  if (typeof v === 'boolean') return { t: 'bool', value: v, loc };
  if (Array.isArray(v)) return { t: 'arr', items: v.map((i) => fromJson(i, loc)), loc };
  const entries = Object.entries(v as Record<string, unknown>).map(([key, value]) => ({ key, keyLoc: loc, value: fromJson(value, loc) }));
  return { t: 'obj', entries, loc };
}
