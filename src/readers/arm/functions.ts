// ARM template functions over already evaluated values. Each returns a known value only when
// every input it needs is known; anything else is an unknown that says why.
import type { Loc } from '../../model/located.js';
import { getCI, type MUnknown, type MValue, type ResourceRef } from '../../model/value.js';

export function unknown(loc: Loc, why: string, ref?: ResourceRef): MUnknown {
  return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}

// The known end of a partly unknown string: `concat(parameters('ws'), '/cpu')` ends in `/cpu`,
// which is enough for a child resource's own name or a resource ID's provider part.
const tails = new WeakMap<MUnknown, string>();

export function knownTail(v: MValue): string | undefined {
  return v.t === 'str' ? v.value : v.t === 'unknown' ? tails.get(v) : undefined;
}

function withTail(u: MUnknown, tail: string): MUnknown {
  tails.set(u, tail);
  return u;
}

/** `…/providers/Microsoft.X/a/n1/b/n2` → `{ type: 'Microsoft.X/a/b', name: 'n2' }`. */
export function refFromResourceId(text: string): { type: string; name: string } | undefined {
  const i = text.toLowerCase().lastIndexOf('/providers/');
  if (i < 0) return undefined;
  const segs = text
    .slice(i + '/providers/'.length)
    .split('/')
    .filter(Boolean);
  if (segs.length < 3 || segs.length % 2 === 0) return undefined;
  const types = segs.slice(1).filter((_, k) => k % 2 === 0);
  return { type: [segs[0], ...types].join('/'), name: segs[segs.length - 1] };
}

/** Joins string parts (concat, format); a partly unknown result keeps its known tail. */
export function joinParts(parts: MValue[], at: Loc): MValue {
  let text = '';
  let first: MUnknown | undefined;
  for (const p of parts) {
    const s = scalarText(p);
    if (s !== undefined) {
      text += s;
      continue;
    }
    first ??= p.t === 'unknown' ? p : unknown(at, `a ${kindName(p)} cannot be joined into a string`);
    text = (p.t === 'unknown' ? tails.get(p) : undefined) ?? '';
  }
  if (!first) return { t: 'str', value: text, loc: at };
  const id = refFromResourceId(text);
  return withTail(unknown(at, first.why, id && { ...id, property: 'id' }), text);
}

function scalarText(v: MValue): string | undefined {
  if (v.t === 'str') return v.value;
  if (v.t === 'num') return String(v.value);
  return undefined;
}

function kindName(v: MValue): string {
  return { str: 'string', num: 'number', bool: 'boolean', null: 'null', obj: 'object', arr: 'array', unknown: 'unknown value' }[v.t];
}

/** ARM writes booleans as `True` / `False` when it turns them into strings. */
function toText(v: MValue, at: Loc): MValue {
  if (v.t === 'bool') return { t: 'str', value: v.value ? 'True' : 'False', loc: at };
  return v;
}

/** A value without unknowns as plain JSON, else undefined. */
function plain(v: MValue): unknown {
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'unknown':
      return undefined;
    case 'arr': {
      const out: unknown[] = [];
      for (const i of v.items) {
        const p = plain(i);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'obj': {
      const out: Record<string, unknown> = {};
      for (const e of v.entries) {
        const p = plain(e.value);
        if (p === undefined || e.keyValue) return undefined;
        out[e.key.toLowerCase()] = p;
      }
      return out;
    }
  }
}

const bool = (value: boolean, at: Loc): MValue => ({ t: 'bool', value, loc: at });

function firstUnknown(args: MValue[], at: Loc, what: string): MUnknown {
  return args.find((a): a is MUnknown => a.t === 'unknown') ?? unknown(at, `${what}() got an argument it cannot use`);
}

type Fn = (args: MValue[], at: Loc) => MValue;

function concat(args: MValue[], at: Loc): MValue {
  if (args.length === 1) return args[0];
  if (args.length > 0 && args.every((a) => a.t === 'arr')) return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc: at };
  if (args.some((a) => a.t === 'arr')) return unknown(at, 'concat() of arrays with values not known statically');
  return joinParts(args, at);
}

/** `format('{0}/{1}', a, b)`; format specifiers (`{0:N2}`) are not evaluated. */
function format(args: MValue[], at: Loc): MValue {
  const [fmt, ...rest] = args;
  if (fmt?.t !== 'str') return fmt?.t === 'unknown' ? fmt : unknown(at, 'format() without a format string');
  const parts: MValue[] = [];
  let lit = '';
  let last = 0;
  for (const m of fmt.value.matchAll(/\{\{|\}\}|\{(\d+)([,:][^{}]*)?\}/g)) {
    lit += fmt.value.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === undefined) {
      lit += m[0][0];
      continue;
    }
    parts.push({ t: 'str', value: lit, loc: at });
    lit = '';
    const arg = rest[Number(m[1])];
    parts.push(!arg ? unknown(at, `format() has no argument {${m[1]}}`) : m[2] ? unknown(at, 'format() specifiers are not evaluated') : toText(arg, at));
  }
  parts.push({ t: 'str', value: lit + fmt.value.slice(last), loc: at });
  return joinParts(parts, at);
}

function caseOf(lower: boolean): Fn {
  return ([v], at) => {
    const f = (s: string) => (lower ? s.toLowerCase() : s.toUpperCase());
    if (v?.t === 'str') return { t: 'str', value: f(v.value), loc: at };
    if (v?.t === 'unknown') {
      const tail = tails.get(v);
      return tail === undefined ? v : withTail(unknown(at, v.why), f(tail));
    }
    return unknown(at, `${lower ? 'toLower' : 'toUpper'}() of a ${v ? kindName(v) : 'missing value'}`);
  };
}

/** Case-sensitive like ARM; strings equal but for case are left unknown rather than guessed. */
function equals([a, b]: MValue[], at: Loc): MValue {
  if (!a || !b) return unknown(at, 'equals() needs two arguments');
  const pa = plain(a);
  const pb = plain(b);
  if (pa === undefined || pb === undefined) return firstUnknown([a, b], at, 'equals');
  if (typeof pa === 'string' && typeof pb === 'string' && pa !== pb && pa.toLowerCase() === pb.toLowerCase()) {
    return unknown(at, 'equals() of strings that differ only in case');
  }
  return bool(JSON.stringify(pa) === JSON.stringify(pb), at);
}

/** Three-valued and/or: one false (and) or one true (or) decides even next to unknowns. */
function logic(isAnd: boolean): Fn {
  return (args, at) => {
    let open: MUnknown | undefined;
    for (const a of args) {
      if (a.t === 'bool') {
        if (a.value !== isAnd) return bool(!isAnd, at);
      } else open ??= a.t === 'unknown' ? a : unknown(at, `${isAnd ? 'and' : 'or'}() of a ${kindName(a)}`);
    }
    return open ?? bool(isAnd, at);
  };
}

function toBool([v]: MValue[], at: Loc): MValue {
  if (v?.t === 'bool') return v;
  if (v?.t === 'str') return bool(v.value.toLowerCase() === 'true', at);
  if (v?.t === 'num') return bool(v.value !== 0, at);
  return v?.t === 'unknown' ? v : unknown(at, 'bool() of a value that is not a string or number');
}

function toStringFn([v]: MValue[], at: Loc): MValue {
  if (v?.t === 'str') return v;
  if (v?.t === 'num' || v?.t === 'bool') return { t: 'str', value: v.t === 'bool' ? (v.value ? 'True' : 'False') : String(v.value), loc: at };
  return v?.t === 'unknown' ? v : unknown(at, 'string() of an object or array is not evaluated');
}

function empty([v]: MValue[], at: Loc): MValue {
  if (!v) return unknown(at, 'empty() needs an argument');
  if (v.t === 'str') return bool(v.value === '', at);
  if (v.t === 'arr') return bool(v.items.length === 0, at);
  if (v.t === 'obj') return bool(v.entries.length === 0, at);
  if (v.t === 'null') return bool(true, at);
  return v.t === 'unknown' ? v : unknown(at, `empty() of a ${kindName(v)}`);
}

/** The first non-null argument; an unknown one comes first, the result is that unknown (it may be null or not). */
function coalesce(args: MValue[], at: Loc): MValue {
  for (const a of args) if (a.t !== 'null') return a;
  return { t: 'null', loc: at };
}

function createObject(args: MValue[], at: Loc): MValue {
  const entries = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const k = args[i];
    if (k.t !== 'str') return unknown(at, 'createObject() with a key not known statically');
    entries.push({ key: k.value, keyLoc: k.loc, value: args[i + 1] });
  }
  return { t: 'obj', entries, loc: at };
}

function tryGet([obj, key]: MValue[], at: Loc): MValue {
  if (obj?.t === 'null') return { t: 'null', loc: at };
  if (obj?.t !== 'obj' || key?.t !== 'str') return obj?.t === 'unknown' ? obj : key?.t === 'unknown' ? key : unknown(at, 'tryGet() of a value that is not an object');
  return getCI(obj, key.value) ?? { t: 'null', loc: at };
}

/** `split('ws/cpu', '/')`: Bicep writes child names this way (`split(format('{0}/{1}', …), '/')[1]`). */
function split([v, sep]: MValue[], at: Loc): MValue {
  if (v?.t !== 'str' || sep?.t !== 'str') return [v, sep].find((a): a is MUnknown => a?.t === 'unknown') ?? unknown(at, 'split() of values that are not strings');
  return { t: 'arr', items: v.value.split(sep.value).map((value) => ({ t: 'str', value, loc: at })), loc: at };
}

function end(first: boolean): Fn {
  return ([v], at) => {
    if (v?.t === 'arr') return (first ? v.items[0] : v.items[v.items.length - 1]) ?? { t: 'null', loc: at };
    if (v?.t === 'str') return { t: 'str', value: first ? v.value.slice(0, 1) : v.value.slice(-1), loc: at };
    return v?.t === 'unknown' ? v : unknown(at, `${first ? 'first' : 'last'}() of a value that is not an array or string`);
  };
}

function replace([v, from, to]: MValue[], at: Loc): MValue {
  if (v?.t === 'str' && from?.t === 'str' && to?.t === 'str') return { t: 'str', value: v.value.split(from.value).join(to.value), loc: at };
  return firstUnknown([v, from, to].filter((a): a is MValue => !!a), at, 'replace');
}

/** `json('null')`, `json('{}')`: a literal JSON text becomes a value. */
function json([v]: MValue[], at: Loc): MValue {
  if (v?.t !== 'str') return v?.t === 'unknown' ? v : unknown(at, 'json() of a value that is not a string');
  try {
    return fromPlain(JSON.parse(v.value), at);
  } catch {
    return unknown(at, 'json() of text that is not JSON');
  }
}

function fromPlain(p: unknown, at: Loc): MValue {
  if (p === null) return { t: 'null', loc: at };
  if (typeof p === 'string') return { t: 'str', value: p, loc: at };
  if (typeof p === 'number') return { t: 'num', value: p, loc: at };
  if (typeof p === 'boolean') return bool(p, at);
  if (Array.isArray(p)) return { t: 'arr', items: p.map((i) => fromPlain(i, at)), loc: at };
  return { t: 'obj', entries: Object.entries(p as object).map(([key, value]) => ({ key, keyLoc: at, value: fromPlain(value, at) })), loc: at };
}

/** `greater`, `less`, … on two numbers or two strings (ordinal). */
function compare(test: (c: number) => boolean): Fn {
  return ([a, b], at) => {
    if (a?.t === 'num' && b?.t === 'num') return bool(test(a.value - b.value), at);
    if (a?.t === 'str' && b?.t === 'str') return bool(test(a.value < b.value ? -1 : a.value > b.value ? 1 : 0), at);
    const u = [a, b].find((x) => x?.t === 'unknown');
    return u ?? unknown(at, 'comparison of values that are not two numbers or two strings');
  };
}

/** `length()` of a string, array or object. */
function lengthOf([v]: MValue[], at: Loc): MValue {
  if (v?.t === 'str') return { t: 'num', value: v.value.length, loc: at };
  if (v?.t === 'arr') return { t: 'num', value: v.items.length, loc: at };
  if (v?.t === 'obj') return { t: 'num', value: v.entries.length, loc: at };
  return v?.t === 'unknown' ? v : unknown(at, 'length() of a value without a length');
}

/** Functions evaluated from their argument values, by lowercased name. */
export const FUNCTIONS: Record<string, Fn> = {
  concat,
  format,
  tolower: caseOf(true),
  toupper: caseOf(false),
  equals,
  not: ([v], at) => (v?.t === 'bool' ? bool(!v.value, at) : v?.t === 'unknown' ? v : unknown(at, 'not() of a value that is not a boolean')),
  and: logic(true),
  or: logic(false),
  bool: toBool,
  string: toStringFn,
  empty,
  coalesce,
  createarray: (args, at) => ({ t: 'arr', items: args, loc: at }),
  createobject: createObject,
  tryget: tryGet,
  json,
  split,
  first: end(true),
  last: end(false),
  replace,
  greater: compare((c) => c > 0),
  greaterorequals: compare((c) => c >= 0),
  less: compare((c) => c < 0),
  lessorequals: compare((c) => c <= 0),
  length: lengthOf,
};
