import { posix } from 'node:path';
import type { ReadContext, ReadNote } from '../../formats/contract.js';
import type { EvalBudget } from '../../model/eval-budget.js';
import type { Loc } from '../../model/located.js';
import type { Resource } from '../../model/resource.js';
import type { MValue, ResourceRef } from '../../model/value.js';
import type { Block, TraversalStep } from '../../parsers/terraform/index.js';
import { azapiType, mapAzapi } from './azapi.js';
import { armTypeOfAzurerm, mapAzurerm } from './azurerm.js';
import { applySteps, evaluate, loopElements, textOf, unknown, type Env, type Scope } from './eval.js';
import { attrOf, moduleIndex, pick, topItems, type Decl, type ModuleIndex, type TfFile } from './files.js';
import { appendAll } from '../../model/append.js';
import { fingerprintArgs } from './fingerprint.js';

/** Module calls nest at most this deep (real trees are 2–3 levels). */
const MAX_MODULE_DEPTH = 8;

/** Module-call arguments that configure Terraform rather than pass a variable. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Attribute names of references and the `ResourceRef.property` they read. */
const REF_PROPERTIES: Record<string, string> = { id: 'id', principal_id: 'principalId', object_id: 'principalId', client_id: 'clientId', tenant_id: 'tenantId', name: 'name' };

/** One `count` / `for_each` instance of a resource or module call: its address and bindings. */
interface Instance {
  /** The address with its index: `azurerm_x.y["k"]`, `azurerm_x.y[0]`, `module.m[1]`. */
  symbol: string;
  key?: string | number;
  each?: { key: MValue; value: MValue };
  count?: MValue;
  /** Why it may not exist (a count or for_each not known statically). */
  maybe?: string;
}

/** A module call: where it is written, and the scope its arguments are evaluated in. */
interface Caller {
  block: Block;
  scope: Scope;
}

/**
 * One evaluation of a module folder: the root module (variables from tfvars, else defaults) or a
 * module called with arguments. Values are computed on demand and cached; per-name guards turn
 * cycles into unknowns.
 */
export class ModuleInstance implements Env {
  private readonly cache = new Map<string, MValue>();
  private readonly busy = new Set<string>();
  private readonly calls = new Map<string, ModuleInstance | null>();
  private readonly instances = new Map<Block, Instance[]>();
  private byFile?: Map<string, Resource[]>;
  readonly maxIterations: number;

  constructor(
    private readonly ctx: ReadContext,
    readonly index: ModuleIndex,
    /** The `module` block that calls this instance and where it is written; undefined for a root module. */
    private readonly caller: Caller | undefined,
    /** Folders on the call path, this one last (cycle guard). */
    private readonly chain: string[],
    /** The instance address: `module.a["x"].module.b`; empty for a root module. */
    readonly path = '',
    /** The module calls on the way here, outermost first. */
    private readonly calledFrom: { loc: Loc; message: string }[] = [],
    /** Why this instance may not exist (its call's count or for_each is not known). */
    private readonly maybe?: string,
  ) {
    this.maxIterations = ctx.maxLoopIterations;
  }

  tooMany(loc: Loc, what: string, size: number): void {
    loopNotes(this.ctx).push({ loc, message: `${what} has ${size} elements, more than the ${this.maxIterations} amlguard expands (option maxLoopIterations): read as not known.` });
  }

  get budget(): EvalBudget {
    return this.ctx.budget;
  }

  /** Resources declared in `path` (one of this module's files), with those of the modules it calls. */
  resourcesOf(path: string): Resource[] {
    return this.resourcesByFile().get(path) ?? [];
  }

  allResources(): Resource[] {
    return [...this.resourcesByFile().values()].flat();
  }

  private resourcesByFile(): Map<string, Resource[]> {
    if (this.byFile) return this.byFile;
    const map = new Map<string, Resource[]>();
    this.byFile = map;
    const emitted = this.ctx.memo('tf-emitted-instances', () => new Set<ModuleInstance>());
    for (const file of this.index.files) {
      const out: Resource[] = [];
      for (const item of topItems(file)) {
        if (item.kind !== 'block') continue;
        if (item.type === 'resource' && item.labels.length >= 2) appendAll(out, this.expand(item, file));
        else if (item.type === 'module' && item.labels.length) {
          for (const inst of this.instancesOf(item, file)) {
            const child = this.call({ node: item, file }, inst);
            // Calls with identical arguments share one instance: its resources are listed once.
            if (!child || emitted.has(child)) continue;
            emitted.add(child);
            appendAll(out, child.allResources());
          }
        }
      }
      map.set(file.src.path, out);
    }
    return map;
  }

  private expand(block: Block, file: TfFile): Resource[] {
    const type = block.labels[0].value;
    const out: Resource[] = [];
    for (const inst of this.instancesOf(block, file)) {
      const s: Scope = { env: this, file, each: inst.each, count: inst.count };
      const at = { symbol: inst.symbol, dir: this.index.dir };
      const r = type === 'azapi_resource' ? mapAzapi(block, s, at) : mapAzurerm(type, block, s, at);
      if (!r) continue;
      const instance = this.label(inst);
      if (instance) r.instance = instance;
      if (this.calledFrom.length) r.calledFrom = this.calledFrom;
      const maybe = inst.maybe ?? this.maybe;
      if (maybe) r.maybeDeployed = maybe;
      out.push(r);
    }
    return out;
  }

  /** `Resource.instance` of an instance in this module: the module address, then the resource's own index. */
  private label(inst: Instance | undefined): string | undefined {
    const own = inst?.key !== undefined ? inst.symbol : undefined;
    return [this.path, own].filter(Boolean).join('.') || undefined;
  }

  /**
   * A block's instances. `count = n` gives n (none for 0, e.g. `var.grant ? 1 : 0` with `grant`
   * false); `for_each` over a known map or set gives one per element with `each` bound; a count
   * or collection not known statically gives one instance that may not exist; a loop over the
   * cap is read the same way, with a note.
   */
  private instancesOf(block: Block, file: TfFile): Instance[] {
    const hit = this.instances.get(block);
    if (hit) return hit;
    const list = this.expandLoop(block, file);
    this.instances.set(block, list);
    return list;
  }

  private expandLoop(block: Block, file: TfFile): Instance[] {
    const prefix = block.type === 'data' ? 'data.' : block.type === 'module' ? 'module.' : '';
    const address = prefix + block.labels.map((l) => l.value).slice(0, block.type === 'module' ? 1 : 2).join('.');
    const s: Scope = { env: this, file };
    const countAttr = attrOf(block, 'count');
    const forEachAttr = attrOf(block, 'for_each');
    const maybe = (attr: typeof countAttr, why: string): Instance[] => [{ symbol: address, maybe: `${attr!.name} = ${textOf(s, attr!.expr.span)} is not known (${why})` }];
    const over = (attr: typeof countAttr, size: number): Instance[] => {
      this.tooMany(s.file.src.loc(attr!.expr.span.start, attr!.expr.span.end), `the ${attr!.name} of ${address}`, size);
      return maybe(attr, `more than ${this.maxIterations} instances`);
    };
    if (countAttr) {
      const c = evaluate(countAttr.expr, s);
      if (c.t !== 'num') return maybe(countAttr, c.t === 'unknown' ? c.why : `a ${c.t}`);
      const n = Math.max(0, Math.floor(c.value));
      if (n > this.maxIterations) return over(countAttr, n);
      return Array.from({ length: n }, (_, i) => ({ symbol: `${address}[${i}]`, key: i, count: { t: 'num', value: i, loc: c.loc } }));
    }
    if (forEachAttr) {
      const v = evaluate(forEachAttr.expr, s);
      // A set of strings: each.key and each.value are the string.
      const elems = v.t === 'arr' ? (v.items.every((i) => i.t === 'str') ? dedupeStrings(v.items).map((i) => ({ key: i, value: i })) : undefined) : loopElements(v);
      if (!elems) return maybe(forEachAttr, v.t === 'unknown' ? v.why : `a ${v.t}`);
      if (elems.length > this.maxIterations) return over(forEachAttr, elems.length);
      return elems.map((e) => {
        const key = e.key.t === 'str' ? e.key.value : String((e.key as { value: unknown }).value);
        return { symbol: `${address}[${JSON.stringify(key)}]`, key, each: { key: { t: 'str', value: key, loc: e.key.loc }, value: e.value } };
      });
    }
    return [{ symbol: address }];
  }

  /**
   * The instance one iteration of a local module call evaluates to; null for registry/git
   * sources, missing folders and cycles. Calls of one folder with identical arguments share an
   * instance.
   */
  private call(decl: Decl<Block>, inst: Instance): ModuleInstance | null {
    const callKey = `${decl.node.span.start}:${decl.file.src.path}:${inst.symbol}`;
    const hit = this.calls.get(callKey);
    if (hit !== undefined) return hit;
    this.calls.set(callKey, null);
    const dir = calledDir(this.index.dir, decl.node);
    if (!dir || this.chain.length >= MAX_MODULE_DEPTH || this.chain.includes(dir)) return null;
    const index = moduleIndex(this.ctx, dir);
    if (!index.files.length || !this.ctx.budget.moduleCall(decl.file.src.loc(decl.node.span.start, decl.node.span.end))) return null;
    const scope: Scope = { env: this, file: decl.file, each: inst.each, count: inst.count };
    const name = inst.symbol;
    const path = [this.path, name].filter(Boolean).join('.');
    const site = { loc: decl.file.src.loc(decl.node.typeSpan.start, decl.node.labels[0].span.end), message: `module instance '${path}'` };
    const make = () => new ModuleInstance(this.ctx, index, { block: decl.node, scope }, [...this.chain, dir], path, [...this.calledFrom, site], inst.maybe ?? this.maybe);
    const args = inst.maybe || this.maybe ? undefined : fingerprintArgs(decl.node, scope, CALL_META);
    const child = args === undefined ? make() : this.ctx.memo(`tf-call:${dir}#${args}`, make);
    this.calls.set(callKey, child);
    return child;
  }

  /** Computes a value once; a cycle back into it reads as unknown. */
  private once(key: string, loc: Loc, cycle: string, compute: () => MValue): MValue {
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (this.busy.has(key)) return unknown(loc, cycle);
    this.busy.add(key);
    try {
      const v = compute();
      this.cache.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }

  /** Known values keep where they are written; unknowns are reported where they are used. */
  private static at(v: MValue, loc: Loc): MValue {
    return v.t === 'unknown' ? { ...v, loc } : v;
  }

  variable(name: string, from: Scope, loc: Loc): MValue {
    const decl = pick(this.index.variables.get(name), from.file);
    const key = `var:${decl?.file.src.path ?? ''}:${name}`;
    const v = this.once(key, loc, `variable '${name}' refers to itself`, () => {
      const arg = this.caller?.block.body.attributes.find((a) => a.name === name && !CALL_META.has(a.name));
      if (this.caller && arg) return evaluate(arg.expr, this.caller.scope);
      if (!this.caller) {
        // Later tfvars files win.
        for (let i = this.index.tfvars.length - 1; i >= 0; i--) {
          const file = this.index.tfvars[i];
          const a = topItems(file).find((x) => x.kind === 'attribute' && x.name === name);
          if (a?.kind === 'attribute') return evaluate(a.expr, { env: this, file, literalOnly: true });
        }
      }
      if (!decl) return unknown(loc, `variable '${name}' is not declared`);
      const def = attrOf(decl.node, 'default');
      if (!def) return unknown(loc, `variable '${name}' has no default`);
      return evaluate(def.expr, { env: this, file: decl.file, literalOnly: true });
    });
    return ModuleInstance.at(v, loc);
  }

  local(name: string, from: Scope, loc: Loc): MValue {
    const decl = pick(this.index.locals.get(name), from.file);
    if (!decl) return unknown(loc, `local '${name}' is not declared`);
    const key = `local:${decl.file.src.path}:${name}`;
    const v = this.once(key, loc, `local '${name}' refers to itself`, () => evaluate(decl.node.expr, { env: this, file: decl.file }));
    return ModuleInstance.at(v, loc);
  }

  resource(type: string, name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue {
    const decl = pick(this.index.resources.get(`${type}.${name}`), from.file);
    return this.reference(type, `${type}.${name}`, decl, steps, from, loc);
  }

  data(type: string, name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue {
    // The principal running Terraform: someone outside the repository, never an identity it declares.
    if (type === 'azurerm_client_config' && steps.length === 1 && steps[0].kind === 'attr' && steps[0].name === 'object_id') {
      return unknown(loc, `data.azurerm_client_config.${name}.object_id is the principal running Terraform`, { type: DEPLOYER_TYPE, name: 'the principal running Terraform', property: 'principalId' });
    }
    const decl = pick(this.index.data.get(`${type}.${name}`), from.file);
    return this.reference(type, `data.${type}.${name}`, decl, steps, from, loc);
  }

  /**
   * `addr[key].attr…`: the name, and attributes written in the block, are known inputs; anything
   * else (id, principal_id, outputs) is known only after apply: an unknown with a reference.
   */
  private reference(type: string, address: string, decl: Decl<Block> | undefined, steps: TraversalStep[], from: Scope, loc: Loc): MValue {
    let rest = steps;
    let inst: Instance | undefined;
    if (rest[0]?.kind === 'index') {
      const k = evaluate(rest[0].key, from);
      if (decl && (k.t === 'str' || k.t === 'num')) inst = this.instancesOf(decl.node, decl.file).find((i) => i.key === k.value);
      rest = rest.slice(1);
    } else if (rest[0]?.kind === 'splat') return unknown(loc, `${address}[*] is not evaluated`);
    if (!inst && decl) {
      const all = this.instancesOf(decl.node, decl.file);
      if (all.length === 1) inst = all[0];
    }
    const first = rest[0]?.kind === 'attr' ? rest[0].name : undefined;
    const scope: Scope | undefined = decl && { env: this, file: decl.file, each: inst?.each, count: inst?.count };
    const nameValue = decl && scope ? this.attribute(decl, 'name', scope, inst, loc) : undefined;
    if (first && first !== 'id' && decl && scope && attrOf(decl.node, first)) {
      const v = first === 'name' ? nameValue! : this.attribute(decl, first, scope, inst, loc);
      if (v.t !== 'unknown') return applySteps(v, rest.slice(1), from, loc);
    }
    const attrs = rest.flatMap((s) => (s.kind === 'attr' ? [s.name] : []));
    const last = attrs[attrs.length - 1];
    const ref: ResourceRef = {
      type: type === 'azapi_resource' ? (decl && scope ? azapiType(decl.node, scope)?.type : undefined) : armTypeOfAzurerm(type),
      name: nameValue?.t === 'str' ? nameValue.value : undefined,
      symbol: inst?.symbol ?? address,
      scope: this.index.dir,
      instance: this.label(inst) ?? (this.path || undefined),
      property: last === undefined ? undefined : (REF_PROPERTIES[last] ?? attrs.join('.')),
    };
    for (const k of Object.keys(ref) as (keyof ResourceRef)[]) if (ref[k] === undefined) delete ref[k];
    const what = [ref.symbol, ...attrs].join('.');
    const why = address.startsWith('data.') ? `${what} is read from Azure at plan time` : decl ? `${what} is known only after apply` : `${what} is not declared in this module`;
    return unknown(loc, why, ref);
  }

  /** An attribute written in a resource or data block, evaluated where it is written. */
  private attribute(decl: Decl<Block>, name: string, scope: Scope, inst: Instance | undefined, loc: Loc): MValue {
    const attr = attrOf(decl.node, name);
    if (!attr) return unknown(loc, `no '${name}' argument`);
    const key = `attr:${decl.file.src.path}:${decl.node.span.start}:${inst?.symbol ?? ''}:${name}`;
    return ModuleInstance.at(this.once(key, loc, `'${name}' refers to itself`, () => evaluate(attr.expr, scope)), loc);
  }

  /** `module.m.output…`: the output's expression evaluated in the called module. */
  module(name: string, steps: TraversalStep[], from: Scope, loc: Loc): MValue {
    const decl = pick(this.index.modules.get(name), from.file);
    if (!decl) return unknown(loc, `module '${name}' is not declared`);
    const all = this.instancesOf(decl.node, decl.file);
    let inst = all.length === 1 && steps[0]?.kind !== 'index' ? all[0] : undefined;
    if (steps[0]?.kind === 'index') {
      const k = evaluate(steps[0].key, from);
      inst = k.t === 'str' || k.t === 'num' ? all.find((i) => i.key === k.value) : undefined;
    }
    const rest = steps[0]?.kind === 'index' ? steps.slice(1) : steps;
    if (rest[0]?.kind !== 'attr') return unknown(loc, `module.${name} as a whole is not evaluated`);
    if (!inst) return unknown(loc, all.length ? `which instance of module.${name} is meant is not known` : `module.${name} creates no instance`);
    const child = this.call(decl, inst);
    if (!child) return unknown(loc, `module '${name}' is not a local module that can be read`);
    return applySteps(child.output(rest[0].name, loc), rest.slice(1), from, loc);
  }

  private output(name: string, loc: Loc): MValue {
    const decl = this.index.outputs.get(name)?.[0];
    const value = decl && attrOf(decl.node, 'value');
    if (!decl || !value) return unknown(loc, `module output '${name}' is not declared`);
    const v = this.once(`output:${name}`, loc, `output '${name}' refers to itself`, () => evaluate(value.expr, { env: this, file: decl.file }));
    return ModuleInstance.at(v, loc);
  }
}

/** `ResourceRef.type` of the principal running Terraform (`data.azurerm_client_config.x.object_id`). */
export const DEPLOYER_TYPE = 'deployer';

function dedupeStrings(items: MValue[]): MValue[] {
  const seen = new Set<string>();
  return items.filter((i) => i.t === 'str' && !seen.has(i.value) && !!seen.add(i.value));
}

/** The folder a `module` block calls, when its source is a local path inside the scan. */
export function calledDir(fromDir: string, block: Block): string | undefined {
  const source = attrOf(block, 'source')?.expr;
  const path = source?.kind === 'string' ? source.value : undefined;
  if (!path || !/^\.\.?\//.test(path)) return undefined;
  const dir = posix.normalize(posix.join(fromDir, path)).replace(/\/$/, '');
  return dir.startsWith('..') ? undefined : dir;
}

/**
 * Loop-limit notes met while evaluating, wherever the loop is (a module file, maybe read through
 * another file's call): each read hands over those gathered so far.
 */
export function loopNotes(ctx: ReadContext): ReadNote[] {
  return ctx.memo('tf-loop-notes', () => [] as ReadNote[]);
}

/** The root-module evaluation of a folder, once per run. */
export function rootModule(ctx: ReadContext, dir: string, self?: TfFile): ModuleInstance {
  const index = moduleIndex(ctx, dir);
  // A file missing from the folder listing still gets a module of its own.
  if (self && !index.files.includes(self)) {
    return ctx.memo(`tf-module:${dir}#${self.src.path}`, () => new ModuleInstance(ctx, moduleIndex(ctx, dir, self.src), undefined, [dir]));
  }
  return ctx.memo(`tf-module:${dir}`, () => new ModuleInstance(ctx, index, undefined, [dir]));
}
