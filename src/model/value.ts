import type { Loc } from './located.js';

/**
 * A located value read from any input format. Every leaf keeps its source location, so a rule
 * reports a value and never computes a line. `unknown` stands for anything not statically known
 * (a parameter without default, `${var.x}`, `$VAR`); rules treat it as "cannot tell".
 */
export type MValue = MString | MNumber | MBool | MNull | MObject | MArray | MUnknown;

export interface MString { t: 'str'; value: string; loc: Loc }
export interface MNumber { t: 'num'; value: number; loc: Loc }
export interface MBool { t: 'bool'; value: boolean; loc: Loc }
export interface MNull { t: 'null'; loc: Loc }
export interface MObject {
  t: 'obj';
  /** Entries in source order; keys as written. */
  entries: MEntry[];
  loc: Loc;
}
export interface MEntry {
  key: string;
  keyLoc: Loc;
  value: MValue;
  /** The evaluated key when it is computed (ARM `[resourceId(...)]`, Bicep `'${uai.id}'`, HCL `(expr)`). */
  keyValue?: MValue;
}
export interface MArray { t: 'arr'; items: MValue[]; loc: Loc }
export interface MUnknown {
  t: 'unknown';
  loc: Loc;
  /** Why it cannot be known, e.g. "parameter 'x' has no default". */
  why: string;
  /** For references to a resource (`uai.id`, `reference(...).principalId`, `azurerm_x.y.principal_id`), what they point at. */
  ref?: ResourceRef;
}

/**
 * A reference to a resource whose value is not known statically but whose target is: by symbol
 * within a file or module (Bicep symbol, Terraform address, ARM resource), and/or by type + name.
 */
export interface ResourceRef {
  /** ARM resource type, e.g. `Microsoft.ManagedIdentity/userAssignedIdentities`, when known. */
  type?: string;
  /** The resource's (last-segment) name, when known. */
  name?: string;
  /** A symbol unique in `scope`: Bicep symbol, Terraform address, ARM resource index. */
  symbol?: string;
  /** Where `symbol` is defined: a file path (Bicep, ARM) or a module folder (Terraform). */
  scope?: string;
  /** The module instance or loop iteration of `symbol` (see `Resource.instance`). */
  instance?: string;
  /** The property read: `id`, `principalId`, `clientId`, `name`, `tenantId`; absent = the resource itself. */
  property?: string;
}

/** Three-valued truth: definitely true, definitely false, or cannot tell. */
export type Tri = true | false | 'unknown';

/** The value of a key; with duplicate keys the last one wins, as in the parsers AML tools use. */
export function get(obj: MValue | undefined, key: string): MValue | undefined {
  return entry(obj, key)?.value;
}

/** Case-insensitive key lookup (ARM property names are case-insensitive). */
export function getCI(obj: MValue | undefined, key: string): MValue | undefined {
  if (!obj || obj.t !== 'obj') return undefined;
  const k = key.toLowerCase();
  for (const e of obj.entries) if (e.key.toLowerCase() === k) return e.value;
  return undefined;
}

export function entry(obj: MValue | undefined, key: string): MEntry | undefined {
  if (!obj || obj.t !== 'obj') return undefined;
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return undefined;
}

export function getPath(obj: MValue | undefined, path: string[]): MValue | undefined {
  let cur = obj;
  for (const k of path) cur = get(cur, k);
  return cur;
}

export function str(v: MValue | undefined): string | undefined {
  return v?.t === 'str' ? v.value : undefined;
}

/** Booleans as written in YAML/JSON/HCL/CLI: true, "true", "True", "yes" stay distinct from unknowns. */
export function truthOf(v: MValue | undefined): Tri | undefined {
  if (!v) return undefined;
  if (v.t === 'bool') return v.value;
  if (v.t === 'unknown') return 'unknown';
  if (v.t === 'str') {
    const s = v.value.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** Normalise enum spellings across formats: `SystemAssigned`, `system_assigned`, `systemAssigned` → `systemassigned`. */
export function normEnum(s: string): string {
  return s.toLowerCase().replace(/[\s_-]/g, '');
}

/** Converts a located tree to plain JSON (unknowns become a marker object) for schema validation. */
export function toPlain(v: MValue): unknown {
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'arr':
      return v.items.map(toPlain);
    case 'obj': {
      const o: Record<string, unknown> = {};
      for (const e of v.entries) o[e.key] = toPlain(e.value);
      return o;
    }
    case 'unknown':
      return { $unknown: v.why };
  }
}

/** Follows a JSON pointer (`/a/0/b`) through a located tree, stopping at the deepest node found. */
export function atPointer(root: MValue, pointer: string): { node: MValue; keyLoc?: Loc } {
  let node: MValue = root;
  let keyLoc: Loc | undefined;
  if (!pointer) return { node };
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.t === 'obj') {
      const e = node.entries.find((x) => x.key === seg);
      if (!e) break;
      keyLoc = e.keyLoc;
      node = e.value;
    } else if (node.t === 'arr') {
      const item = node.items[Number(seg)];
      if (!item) break;
      keyLoc = undefined;
      node = item;
    } else break;
  }
  return { node, keyLoc };
}

/** Plain JSON (e.g. a JSON string written in a script) as a located tree, every node at `loc`. */
export function fromPlain(x: unknown, loc: Loc): MValue {
  if (typeof x === 'string') return { t: 'str', value: x, loc };
  if (typeof x === 'number') return { t: 'num', value: x, loc };
  if (typeof x === 'boolean') return { t: 'bool', value: x, loc };
  if (Array.isArray(x)) return { t: 'arr', items: x.map((i) => fromPlain(i, loc)), loc };
  if (x && typeof x === 'object') return { t: 'obj', entries: Object.entries(x).map(([key, v]) => ({ key, keyLoc: loc, value: fromPlain(v, loc) })), loc };
  return { t: 'null', loc };
}
