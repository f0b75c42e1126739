// Evaluation of ARM template expressions (`"[...]"` strings) within one template scope.
import type { Loc } from '../../model/located.js';
import { getCI, type MEntry, type MString, type MValue, type ResourceRef } from '../../model/value.js';
import { armLiteralValue, isArmExpression, parseArmExpression, type ArmCall, type ArmExpr, type ArmIndex, type ArmMember } from '../../parsers/arm-expr/parser.js';
import { exprKey, type Declared, type ResourceIndex } from './declared.js';
import { FUNCTIONS, knownTail, refFromResourceId, unknown } from './functions.js';
import { deploymentScope } from '../../model/deployment-scope.js';

/** Where an expression is written: its text (for argument spans) and the JSON string's location. */
interface Cx {
  text: string;
  at: Loc;
}

/** A value to bind to a parameter, computed on first use (a parameter file value, or a nested deployment's argument). */
export type Binding = () => MValue;

/**
 * The copy loops an evaluation is inside: loop name (lower case) → index, or undefined when the
 * loop's items are not known. `current` is the innermost loop, for `copyIndex()` without a name.
 */
export interface CopyState {
  current: string;
  indexes: ReadonlyMap<string, number | undefined>;
}

/** A nested deployment's template and scope, for `reference('<deployment>').outputs.x.value`. */
export interface NestedOutputs {
  scope: Scope;
  outputs: MValue | undefined;
}

/** Inline nested deployments by their declaration (kept here so the index does not depend on the evaluator). */
const NESTED = new WeakMap<Declared, NestedOutputs>();

/** Records an inline nested deployment's scope and outputs. */
export function setNested(d: Declared, n: NestedOutputs): void {
  NESTED.set(d, n);
}

const RESOURCE_TYPE = /^[A-Za-z][\w-]*(?:\.[\w-]+)+(?:\/[\w-]+)+$/;
const ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid', 'managementgroupresourceid']);

/** `reference(x)` members that name an identity property, with or without `'Full'`. */
const REFERENCE_PROPS: Record<string, string> = {
  principalid: 'principalId',
  'properties.principalid': 'principalId',
  'identity.principalid': 'principalId',
  clientid: 'clientId',
  'properties.clientid': 'clientId',
  tenantid: 'tenantId',
  'properties.tenantid': 'tenantId',
  'identity.tenantid': 'tenantId',
};

/**
 * One template's parameters and variables. Nested inline deployments with inner scope get their
 * own scope; outer-scope ones share their parent's.
 */
export class Scope {
  readonly id: number;
  private readonly params = new Map<string, MValue>();
  private readonly vars = new Map<string, MValue>();
  /** Variables built by a `copy` section of `variables`: their items depend on the loop. */
  private readonly loopVars = new Set<string>();
  private readonly cache = new Map<string, MValue>();
  private readonly busy = new Set<string>();
  /** The copy loops of what is being evaluated now (set around each loop iteration). */
  private copy?: CopyState;

  constructor(
    template: MValue,
    readonly index: ResourceIndex,
    private readonly bindings: Map<string, Binding> = new Map(),
  ) {
    this.id = index.newScopeId();
    const params = getCI(template, 'parameters');
    if (params?.t === 'obj') for (const e of params.entries) this.params.set(e.key.toLowerCase(), e.value);
    const vars = getCI(template, 'variables');
    if (vars?.t === 'obj') {
      for (const e of vars.entries) {
        if (e.key.toLowerCase() === 'copy' && e.value.t === 'arr') {
          for (const loop of e.value.items) {
            const n = getCI(loop, 'name');
            if (n?.t === 'str') this.loopVars.add(n.value.toLowerCase());
          }
        } else this.vars.set(e.key.toLowerCase(), e.value);
      }
    }
  }

  /** Runs `fn` inside a copy loop iteration; `copyIndex()` reads it. */
  withCopy<T>(copy: CopyState | undefined, fn: () => T): T {
    const saved = this.copy;
    this.copy = copy;
    try {
      return fn();
    } finally {
      this.copy = saved;
    }
  }

  get copyState(): CopyState | undefined {
    return this.copy;
  }

  /** Evaluates a raw template value deeply: expression strings, computed keys, `[[` escapes. */
  value(v: MValue): MValue {
    switch (v.t) {
      case 'str':
        return this.string(v);
      case 'obj':
        return { t: 'obj', entries: v.entries.flatMap((e) => (e.key.toLowerCase() === 'copy' && e.value.t === 'arr' ? this.propertyCopy(e) : [this.entry(e)])), loc: v.loc };
      case 'arr':
        return { t: 'arr', items: v.items.map((i) => this.value(i)), loc: v.loc };
      default:
        return v;
    }
  }

  /**
   * A property copy loop (`"copy": [{ name, count, input }]`) becomes the property `name`: an
   * array of `input` evaluated with `copyIndex('name')` = 0…count-1; unknown when count is.
   */
  private propertyCopy(e: MEntry): MEntry[] {
    const out: MEntry[] = [];
    for (const loop of e.value.t === 'arr' ? e.value.items : []) {
      const name = getCI(loop, 'name');
      const input = getCI(loop, 'input');
      if (name?.t !== 'str' || !input) return [this.entry(e)];
      const count = this.value(getCI(loop, 'count') ?? { t: 'null', loc: loop.loc });
      const key = name.value.toLowerCase();
      const keyLoc = e.keyLoc;
      let value: MValue;
      if (count.t !== 'num') value = unknown(loop.loc, `property copy loop '${name.value}' with a count not known statically${count.t === 'unknown' ? ` (${count.why})` : ''}`);
      else if (count.value > this.index.maxLoopIterations) {
        value = unknown(loop.loc, `property copy loop '${name.value}' of ${count.value} items, more than the limit of ${this.index.maxLoopIterations} (option maxLoopIterations)`);
        this.index.notes.push({ loc: loop.loc, message: `Loop not expanded: ${value.why}; it is read as one instance with unknown values.` });
      }
      else {
        const items: MValue[] = [];
        for (let i = 0; i < count.value; i++) items.push(this.withCopy(this.enter(key, i), () => this.value(input)));
        value = { t: 'arr', items, loc: loop.loc };
      }
      out.push({ key: name.value, keyLoc, value });
    }
    return out;
  }

  /** The copy state one loop deeper. */
  enter(loop: string, index: number | undefined): CopyState {
    const indexes = new Map(this.copy?.indexes ?? []);
    indexes.set(loop, index);
    return { current: loop, indexes };
  }

  private entry(e: MEntry): MEntry {
    const value = this.value(e.value);
    if (!isArmExpression(e.key)) return { key: e.key, keyLoc: e.keyLoc, value };
    return { key: e.key, keyLoc: e.keyLoc, value, keyValue: this.string({ t: 'str', value: e.key, loc: e.keyLoc }) };
  }

  string(s: MString): MValue {
    if (!isArmExpression(s.value)) return s.value.startsWith('[[') ? { ...s, value: armLiteralValue(s.value) } : s;
    return this.ev(parseArmExpression(s.value)!, { text: s.value, at: s.loc });
  }

  /** The expression text of a name, keyed for matching `resourceId(type, <same expression>)`. */
  nameExprKey(raw: MValue | undefined): string | undefined {
    return raw?.t === 'str' && isArmExpression(raw.value) ? exprKey(this.id, raw.value.slice(1, -1)) : undefined;
  }

  param(name: string, at: Loc): MValue {
    const key = name.toLowerCase();
    const decl = this.params.get(key);
    if (!decl) return unknown(at, `parameter '${name}' is not declared`);
    return this.once(`p:${key}`, at, `parameter '${name}'`, () => {
      const bound = this.bindings.get(key);
      if (bound) return bound();
      const def = getCI(decl, 'defaultValue');
      return def ? this.value(def) : undefined;
    }) ?? unknown(at, `parameter '${name}' has no default`);
  }

  variable(name: string, at: Loc): MValue {
    const key = name.toLowerCase();
    if (this.loopVars.has(key)) return unknown(at, `variable '${name}' is built by a copy loop`);
    const decl = this.vars.get(key);
    if (!decl) return unknown(at, `variable '${name}' is not declared`);
    return this.once(`v:${key}`, at, `variable '${name}'`, () => this.value(decl))!;
  }

  /** Evaluates a parameter or variable once; a cycle gives an unknown instead of recursing. */
  private once(key: string, at: Loc, what: string, compute: () => MValue | undefined): MValue | undefined {
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (this.busy.has(key)) return unknown(at, `${what} refers to itself`);
    this.busy.add(key);
    try {
      const v = compute();
      if (v) this.cache.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }

  /** Evaluates one expression under the read's budget (steps, nesting, size of what it computes). */
  private ev(e: ArmExpr, cx: Cx): MValue {
    const budget = this.index.budget;
    const spent = budget.enter(cx.at);
    if (spent) return spent;
    try {
      return budget.fit(this.evNode(e, cx), cx.at);
    } finally {
      budget.leave();
    }
  }

  private evNode(e: ArmExpr, cx: Cx): MValue {
    switch (e.kind) {
      case 'string':
        return { t: 'str', value: e.value, loc: cx.at };
      case 'number':
        return { t: 'num', value: e.value, loc: cx.at };
      case 'bool':
        return { t: 'bool', value: e.value, loc: cx.at };
      case 'null':
        return { t: 'null', loc: cx.at };
      case 'error':
        return unknown(cx.at, `malformed expression: ${e.message}`);
      case 'member':
      case 'index':
        return this.access(e, cx);
      case 'call':
        return this.call(e, cx);
    }
  }

  private access(e: ArmMember | ArmIndex, cx: Cx): MValue {
    // `reference(x).identity.principalId`: the whole member chain decides what is read.
    const props: string[] = [];
    let base: ArmExpr = e;
    for (;;) {
      if (base.kind === 'member') props.unshift(base.property);
      else if (base.kind === 'index' && base.index.kind === 'string') props.unshift(base.index.value);
      else break;
      base = base.object;
    }
    if (base.kind === 'call' && base.lname === 'reference') return this.reference(base, props, cx);
    const obj = this.ev(e.object, cx);
    const key: MValue = e.kind === 'member' ? { t: 'str', value: e.property, loc: cx.at } : this.ev(e.index, cx);
    if (obj.t === 'obj' && key.t === 'str') return getCI(obj, key.value) ?? unknown(cx.at, `no property '${key.value}'`);
    if (obj.t === 'arr' && key.t === 'num') return obj.items[key.value] ?? unknown(cx.at, `no item ${key.value}`);
    // `resourceGroup().id`, `subscription().id`: still the same scope.
    if (obj.t === 'unknown' && key.t === 'str' && key.value.toLowerCase() === 'id' && obj.ref && !obj.ref.property) return unknown(cx.at, obj.why, { ...obj.ref, property: 'id' });
    if (obj.t === 'unknown') return unknown(cx.at, obj.why);
    return key.t === 'unknown' ? key : unknown(cx.at, `cannot read '${key.t === 'str' ? key.value : '?'}' of a ${obj.t} value`);
  }

  private call(e: ArmCall, cx: Cx): MValue {
    const arg = (i: number) => (e.args[i] ? this.ev(e.args[i], cx) : unknown(cx.at, `${e.name}() is missing an argument`));
    switch (e.lname) {
      case 'parameters':
      case 'variables': {
        const n = arg(0);
        if (n.t !== 'str') return n.t === 'unknown' ? n : unknown(cx.at, `${e.name}() needs a name`);
        return e.lname === 'parameters' ? this.param(n.value, cx.at) : this.variable(n.value, cx.at);
      }
      case 'if': {
        // Only the branch taken is evaluated; with an unknown condition, so is the result.
        const c = arg(0);
        if (c.t === 'bool') return arg(c.value ? 1 : 2);
        return c.t === 'unknown' ? unknown(cx.at, `if() with a condition not known statically (${c.why})`) : unknown(cx.at, 'if() with a condition that is not a boolean');
      }
      case 'reference':
        return this.reference(e, [], cx);
      case 'resourcegroup':
      case 'subscription':
        return deploymentScope(e.lname === 'subscription' ? 'subscription' : 'resourceGroup', e.args.map((a) => this.ev(a, cx)), cx.at);
      case 'copyindex':
        return this.copyIndex(e.args.map((a) => this.ev(a, cx)), cx.at);
    }
    if (ID_FUNCTIONS.has(e.lname)) return this.resourceId(e, cx);
    const fn = FUNCTIONS[e.lname];
    if (fn) return fn(e.args.map((a) => this.ev(a, cx)), cx.at);
    return unknown(cx.at, `${e.name}() is not evaluated statically`);
  }

  /** `copyIndex([loopName], [offset])` in the current copy loop iteration. */
  private copyIndex(args: MValue[], at: Loc): MValue {
    const named = args[0]?.t === 'str' ? args[0].value.toLowerCase() : undefined;
    const offset = args.find((a) => a.t === 'num');
    const loop = named ?? this.copy?.current;
    if (!loop || !this.copy?.indexes.has(loop)) return unknown(at, `copyIndex(${named ? `'${named}'` : ''}) outside a copy loop`);
    const i = this.copy.indexes.get(loop);
    if (i === undefined) return unknown(at, `copyIndex() of copy loop '${loop}' whose count is not known statically`);
    return { t: 'num', value: i + (offset?.t === 'num' ? offset.value : 0), loc: at };
  }

  /** `resourceId([sub], [rg], type, name…)` and its siblings: the ID is unknown, its target often is not. */
  private resourceId(e: ArmCall, cx: Cx): MValue {
    const args = e.args.map((a) => this.ev(a, cx));
    const from = e.lname === 'extensionresourceid' ? 1 : 0;
    const ti = args.findIndex((a, i) => i >= from && a.t === 'str' && RESOURCE_TYPE.test(a.value));
    if (ti < 0 || ti === args.length - 1) return unknown(cx.at, `${e.name}() is known only at deployment`);
    const type = (args[ti] as MString).value;
    const last = args[args.length - 1];
    const tail = knownTail(last);
    const name = tail !== undefined && (last.t === 'str' || tail.includes('/')) ? tail.slice(tail.lastIndexOf('/') + 1) : undefined;
    const lastExpr = e.args[e.args.length - 1];
    const expr = last.t === 'unknown' ? exprKey(this.id, cx.text.slice(lastExpr.span.start, lastExpr.span.end)) : undefined;
    const decl = this.index.find(type, name, expr);
    const why = `the ID of ${type} '${name ?? '?'}' is known only at deployment`;
    if (decl) return unknown(cx.at, why, { ...this.index.refTo(decl, 'id'), ...(name !== undefined ? { name } : {}) });
    return unknown(cx.at, why, name !== undefined ? { type, name, property: 'id' } : undefined);
  }

  /** `reference(target[, api[, 'Full']])` followed by members: a reference when they name an identity property. */
  private reference(e: ArmCall, props: string[], cx: Cx): MValue {
    if (props.length >= 2 && props[0].toLowerCase() === 'outputs') return this.nestedOutput(e, props, cx);
    const property = REFERENCE_PROPS[props.join('.').toLowerCase()];
    const target = property && e.args[0] ? this.target(e.args[0], cx) : undefined;
    if (!property || !target) return unknown(cx.at, 'reference() is known only at deployment');
    return unknown(cx.at, `the ${property} of ${target.type ?? 'a resource'} '${target.name ?? '?'}' is known only at deployment`, { ...target, property });
  }

  /** `reference('<deployment>').outputs.<x>.value`: the output of an inline nested deployment of this file. */
  private nestedOutput(e: ArmCall, props: string[], cx: Cx): MValue {
    const arg = e.args[0] ? this.ev(e.args[0], cx) : undefined;
    const name = arg?.t === 'str' ? arg.value : undefined;
    const decl = name !== undefined ? this.index.byName(this.id, name) : undefined;
    const nested = decl && NESTED.get(decl);
    if (!nested) return unknown(cx.at, `output '${props[1]}' of deployment '${name ?? '?'}' is known only at deployment`);
    const out = getCI(nested.outputs, props[1]);
    if (!out) return unknown(cx.at, `deployment '${name}' has no output '${props[1]}'`);
    const v = nested.scope.output(props[1], out);
    const rest = props.slice(2);
    if (rest[0]?.toLowerCase() !== 'value') return unknown(cx.at, `'${props.join('.')}' of a deployment`);
    let cur: MValue = v;
    for (const p of rest.slice(1)) cur = getCI(cur, p) ?? unknown(cx.at, `no property '${p}'`);
    return cur.t === 'unknown' ? { ...cur, loc: cx.at } : cur;
  }

  /** An output of this scope's template, evaluated once. */
  output(name: string, decl: MValue): MValue {
    return this.once(`o:${name.toLowerCase()}`, decl.loc, `output '${name}'`, () => this.value(getCI(decl, 'value') ?? unknown(decl.loc, `output '${name}' has no value`)))!;
  }

  /** What `reference(x)` points at: a resource ID (function or literal), or a resource of this file by name or symbol. */
  private target(arg: ArmExpr, cx: Cx): Target | undefined {
    const v = this.ev(arg, cx);
    if (v.t === 'unknown') {
      if (v.ref?.property === 'id') return targetOf(v.ref);
      const decl = this.index.byExpr(exprKey(this.id, cx.text.slice(arg.span.start, arg.span.end)));
      return decl && targetOf(this.index.refTo(decl, 'id'));
    }
    if (v.t !== 'str') return undefined;
    const id = refFromResourceId(v.value);
    if (id) {
      const decl = this.index.find(id.type, id.name, undefined);
      return decl ? { ...targetOf(this.index.refTo(decl, 'id')), name: id.name } : id;
    }
    const decl = this.index.byName(this.id, v.value);
    return decl && targetOf(this.index.refTo(decl, 'id'));
  }
}

type Target = Omit<ResourceRef, 'property'>;

function targetOf(ref: ResourceRef): Target {
  const t: Target = {};
  if (ref.type !== undefined) t.type = ref.type;
  if (ref.name !== undefined) t.name = ref.name;
  if (ref.symbol !== undefined) t.symbol = ref.symbol;
  if (ref.scope !== undefined) t.scope = ref.scope;
  if (ref.instance !== undefined) t.instance = ref.instance;
  return t;
}
