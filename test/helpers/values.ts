import type { Loc } from '../../src/model/located.js';
import type { MValue } from '../../src/model/value.js';

/** `file:line:col-line:col` of a location, for compact assertions. */
export function at(loc: Loc | undefined): string {
  if (!loc) return 'none';
  const { start, end } = loc.range;
  return `${loc.file}:${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** A value without its locations, for compact comparisons (locations are checked with `at`). */
export function plain(v: MValue | undefined): unknown {
  if (!v) return undefined;
  switch (v.t) {
    case 'obj':
      return Object.fromEntries(v.entries.map((e) => [e.key, plain(e.value)]));
    case 'arr':
      return v.items.map(plain);
    case 'null':
      return null;
    case 'unknown':
      return v.ref ? { unknown: v.why, ref: v.ref } : { unknown: v.why };
    default:
      return v.value;
  }
}
