// Locations are most of the objects a read gives (four each: the location, its range, two
// positions). Cloned one by one they are slow to rebuild on the main thread and come back larger
// than the main thread makes them (each with its own copy of the path, and roomier objects). So a
// worker packs them into integers before posting, and the main thread unpacks them as compact
// objects naming their file with one shared string. A location referenced twice stays one object.
import type { Loc } from '../../model/located.js';
import type { FileOutcome } from './read-one.js';

/** The locations of one outcome: file names, then five integers each (file, start line and column, end line and column). */
export interface PackedLocations {
  files: string[];
  ints: Int32Array;
}

const FIELDS = 5;

/** Worker side: replaces every location in the outcome's read by `{ $loc: index }`. */
export function packLocations(outcome: FileOutcome): PackedLocations | undefined {
  if (!outcome.read) return undefined;
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const ints: number[] = [];
  const packed = new Map<object, { $loc: number }>();
  walk(outcome.read, (value) => {
    if (!isLoc(value)) return undefined;
    let marker = packed.get(value);
    if (!marker) {
      let f = fileIndex.get(value.file);
      if (f === undefined) fileIndex.set(value.file, (f = files.push(value.file) - 1));
      const { start, end } = value.range;
      marker = { $loc: ints.length / FIELDS };
      ints.push(f, start.line, start.column, end.line, end.column);
      packed.set(value, marker);
    }
    return marker;
  });
  return { files, ints: Int32Array.from(ints) };
}

/** Main-thread side: puts the locations back, one object per packed location, file names shared through `names`. */
export function unpackLocations(outcome: FileOutcome, packed: PackedLocations | undefined, names: ReadonlyMap<string, string>): void {
  if (!outcome.read || !packed) return;
  const files = packed.files.map((f) => names.get(f) ?? f);
  const { ints } = packed;
  const locs: (Loc | undefined)[] = new Array(ints.length / FIELDS);
  walk(outcome.read, (value) => {
    const i = (value as { $loc?: unknown }).$loc;
    if (typeof i !== 'number') return undefined;
    const k = i * FIELDS;
    return (locs[i] ??= { file: files[ints[k]], range: { start: { line: ints[k + 1], column: ints[k + 2] }, end: { line: ints[k + 3], column: ints[k + 4] } } });
  });
}

/** Visits every object property and array item under `root`; `swap` may return a replacement (not walked into). */
function walk(root: object, swap: (value: object) => object | undefined): void {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (typeof value !== 'object' || value === null) continue;
      const replacement = swap(value);
      if (replacement) record[key] = replacement;
      else stack.push(value);
    }
  }
}

function isLoc(v: object): v is Loc {
  const o = v as Partial<Loc>;
  return typeof o.file === 'string' && typeof o.range === 'object' && o.range !== null && typeof o.range.start?.line === 'number' && Object.keys(v).length === 2;
}
