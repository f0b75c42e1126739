// Walks a template's resources: top-level (array or languageVersion 2.0 object), nested children,
// and inline nested deployments, then maps each one through the shared ARM shape.
import type { Loc, SourceFile } from '../../model/located.js';
import { fromArmShape, kindOfArmType } from '../../model/extract/arm-shape.js';
import type { Resource } from '../../model/resource.js';
import { getCI, type MEntry, type MObject, type MValue } from '../../model/value.js';
import type { Declared, ResourceIndex } from './declared.js';
import { Scope, setNested, type Binding, type CopyState } from './evaluate.js';
import { knownTail, unknown } from './functions.js';

/** A resource found in the template, with its type and name already evaluated. */
interface Found {
  raw: MObject;
  scope: Scope;
  type: string;
  name: MValue;
  symbol: string;
  existing: boolean;
  /** The copy loops this instance is in, for evaluating its body. */
  copy?: CopyState;
  instance?: string;
  calledFrom?: { loc: Loc; message: string }[];
  maybe?: string;
  decl?: Declared;
  resourceGroup?: string;
}

/** The parts of a resource the model reads; the rest (dependsOn, copy, condition, tags) is left out. */
const BODY_KEYS = new Set(['identity', 'properties', 'kind', 'sku', 'scope', 'location']);
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** Nested deployments deeper than this are not followed (a guard against pathological files). */
const MAX_DEPTH = 32;

export function readResources(src: SourceFile, template: MValue, index: ResourceIndex, bindings: Map<string, Binding>): Resource[] {
  const found: Found[] = [];
  // A resource-group template (not a subscription, management-group or tenant one) deploys to its resource group.
  const schema = getCI(template, '$schema');
  const rgTemplate = schema?.t === 'str' && /\/deploymentTemplate\.json/i.test(schema.value);
  collect(getCI(template, 'resources'), new Scope(template, index, bindings), 'resources', undefined, found, 0, rgTemplate ? { resourceGroup: `@${src.path}` } : {});
  // Bodies are evaluated once every resource is known, so references can find their targets.
  const out: Resource[] = [];
  for (const f of found) {
    if (f.existing || !kindOfArmType(f.type)) continue;
    const r = f.scope.withCopy(f.copy, () => {
      const apiVersion = f.scope.value(getCI(f.raw, 'apiVersion') ?? { t: 'null', loc: f.raw.loc });
      const entries: MEntry[] = f.raw.entries
        .filter((e) => BODY_KEYS.has(e.key.toLowerCase()))
        .map((e) => ({ key: e.key, keyLoc: e.keyLoc, value: f.scope.value(e.value) }));
      return fromArmShape({
        type: f.type,
        apiVersion: apiVersion.t === 'str' ? apiVersion.value : undefined,
        name: f.name,
        body: { t: 'obj', entries, loc: f.raw.loc },
        decl: f.raw.loc,
        format: 'arm',
        file: src.path,
        symbol: f.symbol,
        scope: src.path,
        instance: f.instance,
        calledFrom: f.calledFrom,
        maybeDeployed: f.maybe,
        resourceGroup: f.resourceGroup,
      });
    });
    if (r) out.push(r);
  }
  return out;
}

interface Parent {
  type: string;
  name: MValue;
}

/** The instance a resource is declared in: enclosing copy iterations and nested deployments. */
interface Within {
  instance?: string;
  calledFrom?: { loc: Loc; message: string }[];
  maybe?: string;
  resourceGroup?: string;
}

function collect(list: MValue | undefined, scope: Scope, path: string, parent: Parent | undefined, out: Found[], depth: number, within: Within): void {
  const items: { raw: MValue; symbol: string; symbolic?: string }[] = [];
  if (list?.t === 'arr') list.items.forEach((raw, i) => items.push({ raw, symbol: `${path}[${i}]` }));
  else if (list?.t === 'obj') for (const e of list.entries) items.push({ raw: e.value, symbol: path === 'resources' ? e.key : `${path}.${e.key}`, symbolic: e.key });
  for (const { raw, symbol, symbolic } of items) {
    if (raw.t !== 'obj') continue;
    for (const it of iterationsOf(raw, scope, within)) {
      scope.withCopy(it.copy, () => {
        const f = declare(raw, scope, symbol, symbolic, parent, it, out);
        if (!f || depth >= MAX_DEPTH) return;
        collect(getCI(raw, 'resources'), scope, `${symbol}.resources`, { type: f.type, name: f.name }, out, depth + 1, it);
        if (f.type.toLowerCase() === DEPLOYMENTS) nested(raw, f, scope, out, depth + 1, it);
      });
    }
  }
}

interface Iteration extends Within {
  copy?: CopyState;
}

/**
 * A resource's copy iterations (`copy: { name, count }`: one per index, `copy:<name>[i]`), less
 * those whose `condition` is known false; an unknown count or condition keeps one "maybe" instance.
 */
function iterationsOf(raw: MObject, scope: Scope, within: Within): Iteration[] {
  const copy = getCI(raw, 'copy');
  const base: Iteration = { ...within, copy: scope.copyState };
  let list: Iteration[] = [base];
  const loopName = getCI(copy, 'name');
  if (copy?.t === 'obj' && loopName?.t === 'str') {
    const key = loopName.value.toLowerCase();
    const count = scope.value(getCI(copy, 'count') ?? { t: 'null', loc: copy.loc });
    const max = scope.index.maxLoopIterations;
    const prefix = within.instance ? `${within.instance}.` : '';
    if (count.t === 'num' && count.value <= max) {
      list = [];
      for (let i = 0; i < count.value; i++) list.push({ ...base, copy: scope.enter(key, i), instance: `${prefix}copy:${loopName.value}[${i}]` });
    } else {
      const why = count.t === 'num' ? `copy loop '${loopName.value}' of ${count.value} items, more than the limit of ${max} (option maxLoopIterations)` : `copy loop '${loopName.value}' with a count not known statically${count.t === 'unknown' ? ` (${count.why})` : ''}`;
      if (count.t === 'num') scope.index.notes.push({ loc: copy.loc, message: `Loop not expanded: ${why}; it is read as one instance with unknown values.` });
      list = [{ ...base, copy: scope.enter(key, undefined), instance: `${prefix}copy:${loopName.value}[?]`, maybe: within.maybe ?? why }];
    }
  }
  const condition = getCI(raw, 'condition');
  if (!condition) return list;
  return list.flatMap((it) => {
    const c = scope.withCopy(it.copy, () => scope.value(condition));
    if (c.t === 'bool') return c.value ? [it] : [];
    return [{ ...it, maybe: it.maybe ?? `its condition is not known statically${c.t === 'unknown' ? ` (${c.why})` : ''}` }];
  });
}

function declare(raw: MObject, scope: Scope, symbol: string, symbolic: string | undefined, parent: Parent | undefined, it: Iteration, out: Found[]): Found | undefined {
  const typeV = scope.value(getCI(raw, 'type') ?? { t: 'null', loc: raw.loc });
  if (typeV.t !== 'str') return undefined;
  // A nested child writes its type and name relative to its parent (`computes`, `cpu`).
  const relative = parent && !typeV.value.includes('/');
  const type = relative ? `${parent.type}/${typeV.value}` : typeV.value;
  const rawName = getCI(raw, 'name');
  const own = resourceName(scope, rawName, raw);
  const name = relative ? childName(parent.name, own) : own;
  const ex = getCI(raw, 'existing');
  const existing = ex?.t === 'bool' && ex.value;
  const f: Found = { raw, scope, type, name, symbol, existing, copy: it.copy, instance: it.instance, calledFrom: it.calledFrom, maybe: it.maybe, resourceGroup: it.resourceGroup };
  out.push(f);
  const decl: Declared = { type, symbol };
  if (it.instance) decl.instance = it.instance;
  if (name.t === 'str') {
    decl.name = name.value.slice(name.value.lastIndexOf('/') + 1);
    decl.fullName = name.value;
  } else decl.expr = scope.nameExprKey(rawName);
  if (symbolic !== undefined) decl.symbolic = `${scope.id}:${symbolic}`;
  scope.index.add(decl);
  f.decl = decl;
  return f;
}

/**
 * An inline nested deployment: an instance of its own (`deployment:<name>`), with the deployment
 * as its call site. With `expressionEvaluationOptions.scope: inner` the template is its own scope
 * and gets `properties.parameters.<x>.value` evaluated in the outer scope (in the deployment's copy
 * iteration); with the default outer scope it sees the outer parameters and variables.
 */
function nested(raw: MObject, f: Found, outer: Scope, out: Found[], depth: number, it: Iteration): void {
  const props = getCI(raw, 'properties');
  const template = getCI(props, 'template');
  if (template?.t !== 'obj') return; // templateLink: the linked file is read on its own
  const mode = getCI(getCI(props, 'expressionEvaluationOptions'), 'scope');
  const inner = mode?.t === 'str' && mode.value.toLowerCase() === 'inner';
  let scope = outer;
  if (inner) {
    const bindings = new Map<string, Binding>();
    const args = getCI(props, 'parameters');
    const copy = outer.copyState;
    if (args?.t === 'obj') {
      for (const e of args.entries) {
        const value = getCI(e.value, 'value');
        const why = getCI(e.value, 'copy') ? 'is built by a copy loop' : 'is not passed as a value';
        bindings.set(e.key.toLowerCase(), value ? () => outer.withCopy(copy, () => outer.value(value)) : () => unknown(e.keyLoc, `parameter '${e.key}' ${why}`));
      }
    }
    scope = new Scope(template, outer.index, bindings);
  }
  if (f.decl) setNested(f.decl, { scope, outputs: getCI(template, 'outputs') });
  const label = f.name.t === 'str' ? f.name.value : f.symbol;
  const instance = `${it.instance ? `${it.instance}.` : ''}deployment:${label}`;
  const calledFrom = [...(it.calledFrom ?? []), { loc: raw.loc, message: `nested deployment '${label}'` }];
  // Inner-scope templates start outside any copy loop: copyIndex() there refers to their own loops.
  // `resourceGroup` on the deployment moves it to that resource group; without it, the parent's.
  const rg = getCI(raw, 'resourceGroup');
  const rgValue = rg ? outer.value(rg) : undefined;
  const resourceGroup = !rg ? it.resourceGroup : rgValue?.t === 'str' ? rgValue.value : undefined;
  const body = () => collect(getCI(template, 'resources'), scope, `${f.symbol}.properties.template.resources`, undefined, out, depth, { instance, calledFrom, maybe: it.maybe, resourceGroup });
  if (inner) scope.withCopy(undefined, body);
  else body();
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
