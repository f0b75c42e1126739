// Walks a template's resources: top-level (array or languageVersion 2.0 object), nested children,
// and inline nested deployments, then maps each one through the shared ARM shape.
import type { SourceFile } from '../../model/located.js';
import { fromArmShape, kindOfArmType } from '../../model/extract/arm-shape.js';
import type { Resource } from '../../model/resource.js';
import { getCI, type MEntry, type MObject, type MValue } from '../../model/value.js';
import type { Declared, ResourceIndex } from './declared.js';
import { Scope, type Binding } from './evaluate.js';
import { knownTail, unknown } from './functions.js';

/** A resource found in the template, with its type and name already evaluated. */
interface Found {
  raw: MObject;
  scope: Scope;
  type: string;
  name: MValue;
  symbol: string;
  existing: boolean;
}

/** The parts of a resource the model reads; the rest (dependsOn, copy, condition, tags) is left out. */
const BODY_KEYS = new Set(['identity', 'properties', 'kind', 'sku', 'scope', 'location']);
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** Nested deployments deeper than this are not followed (a guard against pathological files). */
const MAX_DEPTH = 32;

export function readResources(src: SourceFile, template: MValue, index: ResourceIndex, bindings: Map<string, Binding>): Resource[] {
  const found: Found[] = [];
  collect(getCI(template, 'resources'), new Scope(template, index, bindings), 'resources', undefined, found, 0);
  // Bodies are evaluated once every resource is known, so references can find their targets.
  const out: Resource[] = [];
  for (const f of found) {
    if (f.existing || !kindOfArmType(f.type)) continue;
    const apiVersion = f.scope.value(getCI(f.raw, 'apiVersion') ?? { t: 'null', loc: f.raw.loc });
    const entries: MEntry[] = f.raw.entries
      .filter((e) => BODY_KEYS.has(e.key.toLowerCase()))
      .map((e) => ({ key: e.key, keyLoc: e.keyLoc, value: f.scope.value(e.value) }));
    const r = fromArmShape({
      type: f.type,
      apiVersion: apiVersion.t === 'str' ? apiVersion.value : undefined,
      name: f.name,
      body: { t: 'obj', entries, loc: f.raw.loc },
      decl: f.raw.loc,
      format: 'arm',
      file: src.path,
      symbol: f.symbol,
      scope: src.path,
    });
    if (r) out.push(r);
  }
  return out;
}

interface Parent {
  type: string;
  name: MValue;
}

function collect(list: MValue | undefined, scope: Scope, path: string, parent: Parent | undefined, out: Found[], depth: number): void {
  const items: { raw: MValue; symbol: string; symbolic?: string }[] = [];
  if (list?.t === 'arr') list.items.forEach((raw, i) => items.push({ raw, symbol: `${path}[${i}]` }));
  else if (list?.t === 'obj') for (const e of list.entries) items.push({ raw: e.value, symbol: path === 'resources' ? e.key : `${path}.${e.key}`, symbolic: e.key });
  for (const { raw, symbol, symbolic } of items) {
    if (raw.t !== 'obj') continue;
    const typeV = scope.value(getCI(raw, 'type') ?? { t: 'null', loc: raw.loc });
    if (typeV.t !== 'str') continue;
    // A nested child writes its type and name relative to its parent (`computes`, `cpu`).
    const relative = parent && !typeV.value.includes('/');
    const type = relative ? `${parent.type}/${typeV.value}` : typeV.value;
    const rawName = getCI(raw, 'name');
    const own = resourceName(scope, rawName, raw);
    const name = relative ? childName(parent.name, own) : own;
    const ex = getCI(raw, 'existing');
    const existing = ex?.t === 'bool' && ex.value;
    out.push({ raw, scope, type, name, symbol, existing });
    const decl: Declared = { type, symbol };
    if (name.t === 'str') {
      decl.name = name.value.slice(name.value.lastIndexOf('/') + 1);
      decl.fullName = name.value;
    } else decl.expr = scope.nameExprKey(rawName);
    if (symbolic !== undefined) decl.symbolic = `${scope.id}:${symbolic}`;
    scope.index.add(decl);
    if (depth >= MAX_DEPTH) continue;
    collect(getCI(raw, 'resources'), scope, `${symbol}.resources`, { type, name }, out, depth + 1);
    if (type.toLowerCase() === DEPLOYMENTS) nested(raw, scope, symbol, out, depth + 1);
  }
}

/**
 * An inline nested deployment. With `expressionEvaluationOptions.scope: inner` the template is
 * its own scope and gets `properties.parameters.<x>.value` evaluated in the outer scope; with the
 * default outer scope it sees the outer parameters and variables.
 */
function nested(raw: MObject, outer: Scope, symbol: string, out: Found[], depth: number): void {
  const props = getCI(raw, 'properties');
  const template = getCI(props, 'template');
  if (template?.t !== 'obj') return; // templateLink: the linked file is read on its own
  const mode = getCI(getCI(props, 'expressionEvaluationOptions'), 'scope');
  const inner = mode?.t === 'str' && mode.value.toLowerCase() === 'inner';
  let scope = outer;
  if (inner) {
    const bindings = new Map<string, Binding>();
    const args = getCI(props, 'parameters');
    if (args?.t === 'obj') {
      for (const e of args.entries) {
        const value = getCI(e.value, 'value');
        const why = getCI(e.value, 'copy') ? 'is built by a copy loop' : 'is not passed as a value';
        bindings.set(e.key.toLowerCase(), value ? () => outer.value(value) : () => unknown(e.keyLoc, `parameter '${e.key}' ${why}`));
      }
    }
    scope = new Scope(template, outer.index, bindings);
  }
  collect(getCI(template, 'resources'), scope, `${symbol}.properties.template.resources`, undefined, out, depth);
}

/**
 * The resource's name. When it is only partly known (`concat(parameters('ws'), '/cpu')`), its
 * known last segment is enough: the model names a resource by its last segment.
 */
function resourceName(scope: Scope, rawName: MValue | undefined, raw: MObject): MValue {
  if (!rawName) return unknown(raw.loc, 'the resource has no name');
  const v = scope.value(rawName);
  if (v.t !== 'unknown') return v;
  const tail = knownTail(v);
  if (tail?.includes('/') && !tail.endsWith('/')) return { t: 'str', value: tail.slice(tail.lastIndexOf('/') + 1), loc: v.loc };
  return v;
}

/** `ws` + `cpu` → `ws/cpu`; with the parent's name unknown, the child's own name still names it. */
function childName(parent: MValue, own: MValue): MValue {
  if (own.t !== 'str') return own;
  if (parent.t === 'str') return { ...own, value: `${parent.value}/${own.value}` };
  return own;
}
