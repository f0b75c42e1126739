// Small constructors and tests for located values, shared by the Bicep evaluator.
import type { Loc } from '../../model/located.js';
import type { MUnknown, MValue, ResourceRef } from '../../model/value.js';

/** Loop variables and lambda parameters in scope: name → value (always unknown). */
export type Env = ReadonlyMap<string, MValue>;
export const NO_ENV: Env = new Map();

export function unknown(loc: Loc, why: string, ref?: ResourceRef): MUnknown {
  return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}

export function strAt(value: string, loc: Loc): MValue {
  return { t: 'str', value, loc };
}

/** An unknown keeps its reason and reference but moves to where it is used. */
export function usedAt(v: MValue, loc: Loc): MValue {
  return v.t === 'unknown' ? { ...v, loc } : v;
}

/** Text of a scalar for interpolation and `concat`/`format`; undefined when not a known scalar. */
export function scalarText(v: MValue): string | undefined {
  if (v.t === 'str') return v.value;
  if (v.t === 'num' || v.t === 'bool') return String(v.value);
  return undefined;
}

/** The first unknown among values, to pass its reason on. */
export function firstUnknown(vs: MValue[]): MUnknown | undefined {
  return vs.find((v): v is MUnknown => v.t === 'unknown');
}

/** `ws/compute` → `compute`: references carry the last segment of a resource name. */
export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** Structural equality of known values (Bicep `==`); undefined when either side is not fully known. */
export function sameValue(a: MValue, b: MValue, ci = false): boolean | undefined {
  if (a.t === 'unknown' || b.t === 'unknown') return undefined;
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'str':
      return ci ? a.value.toLowerCase() === (b as typeof a).value.toLowerCase() : a.value === (b as typeof a).value;
    case 'num':
    case 'bool':
      return a.value === (b as typeof a).value;
    case 'null':
      return true;
    case 'arr': {
      const bi = (b as typeof a).items;
      if (a.items.length !== bi.length) return false;
      let all: boolean | undefined = true;
      for (let i = 0; i < a.items.length; i++) {
        const same = sameValue(a.items[i], bi[i], ci);
        if (same === false) return false;
        if (same === undefined) all = undefined;
      }
      return all;
    }
    case 'obj':
      // Objects are rarely compared; do not guess.
      return undefined;
  }
}

/** A value with where each part is written, as text: equal keys mean the same values from the same places. */
export function valueKey(v: MValue): string {
  const at = `@${v.loc.file}:${v.loc.range.start.line}:${v.loc.range.start.column}`;
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return JSON.stringify(v.value) + at;
    case 'null':
      return 'null' + at;
    case 'arr':
      return `[${v.items.map(valueKey).join(',')}]`;
    case 'obj':
      return `{${v.entries.map((e) => `${JSON.stringify(e.key)}:${valueKey(e.value)}`).join(',')}}`;
    case 'unknown':
      return `?${JSON.stringify(v.why)}${v.ref ? JSON.stringify(v.ref) : ''}${at}`;
  }
}
