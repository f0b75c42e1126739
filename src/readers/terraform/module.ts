import { posix } from 'node:path';
import type { ReadContext } from '../../formats/contract.js';
import type { EvalBudget } from '../../model/eval-budget.js';
import type { Loc } from '../../model/located.js';
import type { Resource } from '../../model/resource.js';
import type { MValue, ResourceRef } from '../../model/value.js';
import type { Block, TraversalStep } from '../../parsers/terraform/index.js';
import { azapiType, mapAzapi } from './azapi.js';
import { armTypeOfAzurerm, mapAzurerm } from './azurerm.js';
import { applySteps, evaluate, unknown, type Env, type Scope } from './eval.js';
import { attrOf, moduleIndex, pick, topItems, type Decl, type ModuleIndex, type TfFile } from './files.js';
import { appendAll } from '../../model/append.js';

/** Module calls nest at most this deep (real trees are 2–3 levels). */
const MAX_MODULE_DEPTH = 8;

/** Module-call arguments that configure Terraform rather than pass a variable. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Attribute names of references and the `ResourceRef.property` they read. */
const REF_PROPERTIES: Record<string, string> = { id: 'id', principal_id: 'principalId', client_id: 'clientId', tenant_id: 'tenantId', name: 'name' };

/** One for_each instance of a resource: its address and `each` binding. */
interface Instance {
  symbol: string;
  key?: string;
  each?: { key: MValue; value: MValue };
}

/**
 * One evaluation of a module folder: the root module (variables from tfvars, else defaults) or a
 * module called with arguments. Values are computed on demand and cached; per-name guards turn
 * cycles into unknowns.
 */
export class ModuleInstance implements Env {
  private readonly cache = new Map<string, MValue>();
  private readonly busy = new Set<string>();
  private readonly calls = new Map<Block, ModuleInstance | null>();
  private readonly instances = new Map<Block, Instance[]>();
  private byFile?: Map<string, Resource[]>;

  constructor(
    private readonly ctx: ReadContext,
    readonly index: ModuleIndex,
    /** The `module` block that calls this instance and where it is written; undefined for a root module. */
    private readonly caller: { block: Block; scope: Scope } | undefined,
    /** Folders on the call path, this one last (cycle guard). */
    private readonly chain: string[],
  ) {}

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
    for (const file of this.index.files) {
      const out: Resource[] = [];
      for (const item of topItems(file)) {
        if (item.kind !== 'block') continue;
        if (item.type === 'resource' && item.labels.length >= 2) appendAll(out, this.expand(item, file));
        else if (item.type === 'module' && !this.repetition(item, file).none) appendAll(out, this.call({ node: item, file })?.allResources() ?? []);
      }
      map.set(file.src.path, out);
    }
    return map;
  }

  private expand(block: Block, file: TfFile): Resource[] {
    const type = block.labels[0].value;
    const out: Resource[] = [];
    for (const inst of this.instancesOf(block, file)) {
      const s: Scope = { env: this, file, each: inst.each };
      const at = { symbol: inst.symbol, dir: this.index.dir };
      const r = type === 'azapi_resource' ? mapAzapi(block, s, at) : mapAzurerm(type, block, s, at);
      if (r) out.push(r);
    }
    return out;
  }

  /**
   * A block's `count` / `for_each`. `none`: known to create nothing (`count = 0`, e.g.
   * `var.kind == "Hub" ? 1 : 0` with the default kind, or an empty collection).
   */
  private repetition(block: Block, file: TfFile): { none: boolean; forEach?: MValue } {
    const s: Scope = { env: this, file };
    const count = attrOf(block, 'count');
    const c = count && evaluate(count.expr, s);
    const forEachAttr = attrOf(block, 'for_each');
    const forEach = forEachAttr && evaluate(forEachAttr.expr, s);
    const none = (c?.t === 'num' && c.value <= 0) || (forEach?.t === 'obj' && forEach.entries.length === 0) || (forEach?.t === 'arr' && forEach.items.length === 0);
    return { none, forEach };
  }

  /**
   * `for_each` over a known map or set gives one instance per element with `each` bound; a block
   * known to create nothing gives none; anything else (a count, an unknown collection) is read as
   * one instance.
   */
  private instancesOf(block: Block, file: TfFile): Instance[] {
    const hit = this.instances.get(block);
    if (hit) return hit;
    const address = `${block.type === 'data' ? 'data.' : ''}${block.labels[0].value}.${block.labels[1].value}`;
    const { none, forEach: v } = this.repetition(block, file);
    let list: Instance[] = none ? [] : [{ symbol: address }];
    if (v && !none) {
      const elems: { key: MValue & { t: 'str' }; value: MValue }[] | undefined =
        v.t === 'obj' && v.entries.every((e) => !e.keyValue || e.keyValue.t === 'str')
          ? v.entries.map((e) => ({ key: { t: 'str', value: e.key, loc: e.keyValue?.loc ?? e.keyLoc }, value: e.value }))
          : v.t === 'arr' && v.items.every((i) => i.t === 'str')
            ? v.items.map((i) => ({ key: i as MValue & { t: 'str' }, value: i }))
            : undefined;
      if (elems) list = elems.map((e) => ({ symbol: `${address}[${JSON.stringify(e.key.value)}]`, key: e.key.value, each: { key: e.key, value: e.value } }));
    }
    this.instances.set(block, list);
    return list;
  }

  /** The instance a local module call evaluates to; null for registry/git sources, missing folders and cycles. */
  private call(decl: Decl<Block>): ModuleInstance | null {
    const hit = this.calls.get(decl.node);
    if (hit !== undefined) return hit;
    this.calls.set(decl.node, null);
    const source = attrOf(decl.node, 'source')?.expr;
    const path = source?.kind === 'string' ? source.value : undefined;
    if (!path || !/^\.\.?\//.test(path) || this.chain.length >= MAX_MODULE_DEPTH) return null;
    const dir = posix.normalize(posix.join(this.index.dir, path)).replace(/\/$/, '');
    if (dir.startsWith('..') || this.chain.includes(dir)) return null;
    const index = moduleIndex(this.ctx, dir);
    if (!index.files.length || !this.ctx.budget.moduleCall(decl.file.src.loc(decl.node.span.start, decl.node.span.end))) return null;
    const child = new ModuleInstance(this.ctx, index, { block: decl.node, scope: { env: this, file: decl.file } }, [...this.chain, dir]);
    this.calls.set(decl.node, child);
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
      if (decl && k.t === 'str') inst = this.instancesOf(decl.node, decl.file).find((i) => i.key === k.value);
      rest = rest.slice(1);
    } else if (rest[0]?.kind === 'splat') return unknown(loc, `${address}[*] is not evaluated`);
    if (!inst && decl) {
      const all = this.instancesOf(decl.node, decl.file);
      if (all.length === 1) inst = all[0];
    }
    const first = rest[0]?.kind === 'attr' ? rest[0].name : undefined;
    const scope: Scope | undefined = decl && { env: this, file: decl.file, each: inst?.each };
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
    const rest = steps[0]?.kind === 'index' ? steps.slice(1) : steps;
    if (rest[0]?.kind !== 'attr') return unknown(loc, `module.${name} as a whole is not evaluated`);
    const child = this.call(decl);
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

/** The root-module evaluation of a folder, once per run. */
export function rootModule(ctx: ReadContext, dir: string, self?: TfFile): ModuleInstance {
  const index = moduleIndex(ctx, dir);
  // A file missing from the folder listing still gets a module of its own.
  if (self && !index.files.includes(self)) {
    return ctx.memo(`tf-module:${dir}#${self.src.path}`, () => new ModuleInstance(ctx, moduleIndex(ctx, dir, self.src), undefined, [dir]));
  }
  return ctx.memo(`tf-module:${dir}`, () => new ModuleInstance(ctx, index, undefined, [dir]));
}
