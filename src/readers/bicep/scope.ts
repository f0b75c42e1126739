// One evaluation of one Bicep file (one module instance): its symbols, with parameter values
// from defaults, from a calling module or from a `.bicepparam` file. Loops and conditions give
// each resource its instances; symbol values are computed lazily, once per instance.
import type { ReadContext, ReadNote } from '../../formats/contract.js';
import type { Loc, SourceFile } from '../../model/located.js';
import type { ArmShapedResource } from '../../model/extract/arm-shape.js';
import type { MValue, ResourceRef } from '../../model/value.js';
import type { BicepFile, Expr, OutputStatement, ParamStatement, ResourceStatement, Span, VarStatement } from '../../parsers/bicep/index.js';
import { evaluate, type FileScope as EvalScope } from './evaluate.js';
import { iterations, join, type Iteration, type ModuleInstance, type ResourceInstance } from './loops.js';
import { moduleTarget, type Overrides } from './modules.js';
import { declareSymbols, property, splitType, type ModuleSymbol, type ResourceSymbol } from './symbols.js';
import { lastSegment, NO_ENV, strAt, unknown, usedAt, type Env } from './values.js';
import { appendAll } from '../../model/append.js';

export interface ScopeInit {
  src: SourceFile;
  ast: BicepFile;
  ctx: ReadContext;
  overrides?: Overrides;
  /** Files instantiated on the way here, this one last (module cycle guard). */
  chain: readonly string[];
  /** This module instance (`trainUai`, `roles[1]`); undefined for a file read on its own. */
  instance?: string;
  /** The module calls that made this instance, outermost first. */
  calledFrom?: { loc: Loc; message: string }[];
  /** Why this whole instance may not be deployed (its module call's condition or loop). */
  maybe?: string;
  /** Where notes about limits go (shared by a file and its module instances). */
  notes?: ReadNote[];
  /** The resource group this instance deploys to (see `Resource.resourceGroup`). */
  resourceGroup?: string;
}

/** Runtime properties that references keep: `x.properties.principalId`, `x.identity.principalId`, … */
const REF_PROPERTIES = new Set(['principalId', 'clientId', 'tenantId']);

export type { ModuleInstance, ResourceInstance } from './loops.js';

export class FileScope implements EvalScope {
  readonly src: SourceFile;
  readonly ctx: ReadContext;
  readonly chain: readonly string[];
  readonly instance?: string;
  readonly calledFrom: { loc: Loc; message: string }[];
  private readonly maybe?: string;
  readonly notes: ReadNote[];
  private readonly resourceGroup?: string;
  private readonly ast: BicepFile;
  private readonly overrides?: Overrides;
  private readonly params = new Map<string, ParamStatement>();
  private readonly vars = new Map<string, VarStatement>();
  private readonly outputs = new Map<string, OutputStatement>();
  private readonly funcs = new Set<string>();
  private readonly resources: Map<string, ResourceSymbol>;
  private readonly modules: Map<string, ModuleSymbol>;
  private readonly roots = new Map<ResourceStatement, ResourceSymbol>();
  private readonly values = new Map<string, MValue>();
  private readonly busy = new Set<string>();
  private readonly resourceInstances = new Map<ResourceSymbol, ResourceInstance[]>();
  private readonly moduleInstances = new Map<ModuleSymbol, ModuleInstance[]>();
  private readonly children = new Map<ModuleInstance, FileScope | undefined>();
  /** A scope shared by identical module calls gives its resources once. */
  private collected = false;

  constructor(init: ScopeInit) {
    this.src = init.src;
    this.ast = init.ast;
    this.ctx = init.ctx;
    this.chain = init.chain;
    this.overrides = init.overrides;
    this.instance = init.instance;
    this.calledFrom = init.calledFrom ?? [];
    this.maybe = init.maybe;
    this.notes = init.notes ?? [];
    this.resourceGroup = init.resourceGroup ?? (init.calledFrom?.length ? undefined : rootGroup(init.ast, init.src.path));
    for (const s of init.ast.statements) {
      if (s.kind === 'param' && !this.params.has(s.name)) this.params.set(s.name, s);
      else if (s.kind === 'var' && !this.vars.has(s.name)) this.vars.set(s.name, s);
      else if (s.kind === 'output' && !this.outputs.has(s.name)) this.outputs.set(s.name, s);
      else if (s.kind === 'func') this.funcs.add(s.name);
    }
    const symbols = declareSymbols(init.ast.statements);
    this.resources = symbols.resources;
    this.modules = symbols.modules;
    for (const r of symbols.roots) this.roots.set(r.stmt, r);
  }

  get maxLoopIterations(): number {
    return this.ctx.maxLoopIterations;
  }

  note(loc: Loc, message: string): void {
    this.notes.push({ loc, message });
  }

  loc(span: Span): Loc {
    return this.src.loc(span.start, span.end);
  }

  eval(expr: Expr, env: Env = NO_ENV): MValue {
    return evaluate(this, expr, env);
  }

  isFunction(name: string): boolean {
    return this.funcs.has(name);
  }

  /** Computes a symbol's value once; a symbol that needs itself is unknown rather than a stack overflow. */
  private once(key: string, loc: Loc, compute: () => MValue): MValue {
    const hit = this.values.get(key);
    if (hit) return hit;
    if (this.busy.has(key)) return unknown(loc, `'${key.slice(key.lastIndexOf(':') + 1)}' refers to itself`);
    this.busy.add(key);
    try {
      const v = compute();
      this.values.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }

  /** A name used as a value: loop variable, parameter, variable, resource or module. */
  ident(name: string, span: Span, env: Env): MValue {
    const loc = this.loc(span);
    const local = env.get(name);
    if (local) return usedAt(local, loc);
    if (this.params.has(name)) return usedAt(this.param(name, loc), loc);
    const v = this.vars.get(name);
    if (v) return usedAt(this.once(`var:${name}`, loc, () => this.eval(v.value)), loc);
    const r = this.instanceOf(name);
    if (r) return unknown(loc, `resource '${r.sym.symbol}'`, this.ref(r));
    if (this.modules.has(name)) return unknown(loc, `module '${name}'`);
    return unknown(loc, `'${name}' is not known statically`);
  }

  /** A parameter's value: passed by the caller, else its default (where the default is written), else unknown. */
  param(name: string, loc: Loc): MValue {
    const o = this.overrides;
    if (o && 'unknown' in o) return unknown(loc, o.unknown);
    const passed = o?.values.get(name);
    if (passed) return passed;
    const p = this.params.get(name);
    // A call (module or .bicepparam) that leaves out a nullable parameter without default gives it null.
    if (o && p && !p.default && p.type && /\?\s*$/.test(p.type.text)) return { t: 'null', loc: this.loc(p.nameSpan) };
    if (!p?.default) return unknown(loc, `parameter '${name}' has no default`);
    const def = p.default;
    return this.once(`param:${name}`, loc, () => this.eval(def));
  }

  paramNames(): string[] {
    return [...this.params.keys()];
  }

  // ---------------------------------------------------------------- modules

  /** The instances of a module call: one, none (known-false condition), or one per loop item. */
  instancesOfModule(mod: ModuleSymbol): ModuleInstance[] {
    let list = this.moduleInstances.get(mod);
    if (!list) {
      const its = iterations(this, mod.wrappers, { env: NO_ENV, instance: this.instance, maybe: this.maybe }, mod.stmt.name);
      // A module call is an instance of its own even outside a loop.
      const looped = mod.wrappers.some((w) => w.kind === 'for');
      list = its.map((it) => ({ ...it, mod, instance: looped ? it.instance : join(this.instance, mod.stmt.name) }));
      this.moduleInstances.set(mod, list);
    }
    return list;
  }

  /** `m.outputs.x` evaluated inside the module instance with the values the caller passed. */
  moduleOutput(inst: ModuleInstance, name: string, loc: Loc): MValue {
    if (inst.collection) return unknown(loc, `output '${name}' of every instance of module loop '${inst.mod.stmt.name}'`);
    const child = this.moduleScope(inst);
    if (!child) return unknown(loc, `output '${name}' of module '${inst.mod.stmt.name}' (${inst.mod.stmt.path}) is not read`);
    return usedAt(child.output(name, loc), loc);
  }

  private output(name: string, loc: Loc): MValue {
    const o = this.outputs.get(name);
    if (!o) return unknown(loc, `module ${this.src.path} has no output '${name}'`);
    return this.once(`output:${name}`, loc, () => this.eval(o.value));
  }

  private moduleScope(inst: ModuleInstance): FileScope | undefined {
    if (!this.children.has(inst)) {
      const target = moduleTarget(this, inst.mod, inst.env);
      let child: FileScope | undefined;
      if (target) {
        const calledFrom = [...this.calledFrom, { loc: this.src.loc(inst.mod.stmt.span.start, inst.mod.stmt.pathSpan.end), message: `module instance '${inst.instance}'` }];
        // Identical calls (same file, same values from the same places) are evaluated once.
        const resourceGroup = this.moduleGroup(inst);
        const make = () => new FileScope({ ...target, ctx: this.ctx, instance: inst.instance, calledFrom, maybe: inst.maybe, notes: this.notes, resourceGroup });
        child = target.key ? this.ctx.memo(`bicep:instance:${target.key}|${inst.maybe ?? ''}`, make) : make();
      }
      this.children.set(inst, child);
    }
    return this.children.get(inst);
  }

  /**
   * The resource group a module call deploys to: `scope: resourceGroup('<name>')` or a resource
   * group symbol with a known name; without `scope`, the caller's own.
   */
  private moduleGroup(inst: ModuleInstance): string | undefined {
    const p = property(inst.mod.object, 'scope');
    if (!p) return this.resourceGroup;
    const v = this.eval(p.value, inst.env);
    if (v.t !== 'unknown' || !v.ref?.type || !/^Microsoft\.Resources\/resourceGroups$/i.test(v.ref.type)) return undefined;
    return v.ref.name ?? (v.ref.symbol ? undefined : this.resourceGroup);
  }

  // ---------------------------------------------------------------- resources

  /** Every instance of a resource symbol (children: per instance of their parent). */
  instancesOf(sym: ResourceSymbol): ResourceInstance[] {
    let list = this.resourceInstances.get(sym);
    if (!list) {
      const parents: (ResourceInstance | undefined)[] = sym.lexicalParent ? this.instancesOf(sym.lexicalParent) : [undefined];
      list = [];
      for (const parent of parents) {
        const start: Iteration = parent ? { env: parent.env, instance: parent.instance, maybe: parent.maybe } : { env: NO_ENV, instance: this.instance, maybe: this.maybe };
        for (const it of iterations(this, sym.wrappers, start, sym.symbol)) list.push({ ...it, sym, parent });
      }
      this.resourceInstances.set(sym, list);
    }
    return list;
  }

  /** The one instance a bare symbol names; a loop as a whole is a collection. */
  private instanceOf(name: string): ResourceInstance | undefined {
    const sym = this.resources.get(name);
    return sym && this.soleInstance(sym);
  }

  private soleInstance(sym: ResourceSymbol, parent?: ResourceInstance): ResourceInstance {
    if (!sym.looped) {
      const hit = this.instancesOf(sym).find((i) => !parent || i.parent === parent);
      // A resource whose condition is false is still declared: references keep pointing at it.
      if (hit) return hit;
      return { sym, env: parent?.env ?? NO_ENV, instance: parent?.instance ?? this.instance, parent };
    }
    return { sym, env: NO_ENV, collection: true };
  }

  /** The resource instance a symbol expression names: `x`, `x[i]`, `parent::child`. */
  symbolOf(expr: Expr, env: Env): ResourceInstance | undefined {
    switch (expr.kind) {
      case 'ident':
        if (env.has(expr.name) || this.params.has(expr.name) || this.vars.has(expr.name)) return undefined;
        return this.instanceOf(expr.name);
      case 'nested': {
        const parent = this.symbolOf(expr.object, env);
        const sym = parent && this.resources.get(`${parent.sym.symbol}::${expr.property}`);
        if (!sym || !parent) return undefined;
        return parent.collection ? { sym, env: NO_ENV, collection: true } : this.soleInstance(sym, parent);
      }
      case 'index': {
        const base = this.symbolOf(expr.object, env);
        if (!base?.collection) return base;
        const i = this.eval(expr.index, env);
        const hit = i.t === 'num' && !base.sym.lexicalParent ? this.instancesOf(base.sym).find((x) => x.index === i.value) : undefined;
        return hit ?? base;
      }
      case 'paren':
        return this.symbolOf(expr.expr, env);
      case 'nonNull':
        return this.symbolOf(expr.operand, env);
      default:
        return undefined;
    }
  }

  moduleOf(expr: Expr, env: Env): ModuleInstance | undefined {
    if (expr.kind === 'ident' && !env.has(expr.name)) {
      const mod = this.modules.get(expr.name);
      if (!mod) return undefined;
      if (!mod.wrappers.some((w) => w.kind === 'for')) return this.instancesOfModule(mod)[0] ?? { mod, env: NO_ENV, collection: true };
      return { mod, env: NO_ENV, collection: true };
    }
    if (expr.kind === 'index') {
      const base = this.moduleOf(expr.object, env);
      if (!base?.collection) return base;
      const i = this.eval(expr.index, env);
      return (i.t === 'num' ? this.instancesOfModule(base.mod).find((x) => x.index === i.value) : undefined) ?? base;
    }
    if (expr.kind === 'paren') return this.moduleOf(expr.expr, env);
    return undefined;
  }

  /**
   * The one resource of this type (not in a loop) whose `name` is written as the same expression
   * (`name: uaiName`): two references through the same unresolved value denote the same resource.
   */
  declaredWithName(type: string, expr: Expr): ResourceInstance | undefined {
    const text = this.exprText(expr);
    const hits = [...this.roots.values()].filter((sym) => {
      const p = property(sym.object, 'name');
      return !sym.looped && p && this.resourceType(sym).toLowerCase() === type.toLowerCase() && this.exprText(p.value) === text;
    });
    return hits.length === 1 ? this.soleInstance(hits[0]) : undefined;
  }

  private exprText(e: Expr): string {
    return this.src.text.slice(e.span.start, e.span.end).replace(/\s+/g, '');
  }

  /** A reference to one instance; a whole loop is referenced by type only. */
  ref(inst: ResourceInstance, prop?: string): ResourceRef {
    const ref: ResourceRef = { type: this.resourceType(inst.sym) };
    if (!inst.collection) {
      const name = this.resourceName(inst);
      if (name.t === 'str') ref.name = lastSegment(name.value);
      ref.symbol = inst.sym.symbol;
      ref.scope = this.src.path;
      if (inst.instance) ref.instance = inst.instance;
    }
    if (prop) ref.property = prop;
    return ref;
  }

  /** `x.id`, `x.name`, `x.properties.principalId` … on a resource instance. */
  resourceMember(inst: ResourceInstance, path: string[], loc: Loc): MValue {
    const [first, second] = path;
    const symbol = inst.sym.symbol;
    if (path.length === 1) {
      if (first === 'id') return unknown(loc, `${symbol}.id is known at deployment`, this.ref(inst, 'id'));
      if (first === 'name') {
        if (inst.collection) return unknown(loc, `the name of every instance of loop '${symbol}'`);
        const n = this.resourceName(inst);
        return n.t === 'unknown' ? unknown(loc, n.why, this.ref(inst, 'name')) : n;
      }
      if (first === 'type') return strAt(this.resourceType(inst.sym), loc);
      const api = this.apiVersion(inst.sym);
      if (first === 'apiVersion' && api) return strAt(api, loc);
    }
    if (path.length === 2 && (first === 'properties' || first === 'identity') && REF_PROPERTIES.has(second)) {
      return unknown(loc, `${symbol}.${path.join('.')} is known at deployment`, this.ref(inst, second));
    }
    return unknown(loc, `${symbol}.${path.join('.')} is known at deployment`);
  }

  resourceType(sym: ResourceSymbol): string {
    const { type, relative } = splitType(sym.stmt.typeString);
    return relative && sym.lexicalParent ? `${this.resourceType(sym.lexicalParent)}/${type}` : type;
  }

  private apiVersion(sym: ResourceSymbol): string | undefined {
    const { apiVersion, relative } = splitType(sym.stmt.typeString);
    return apiVersion ?? (relative && sym.lexicalParent ? this.apiVersion(sym.lexicalParent) : undefined);
  }

  private key(what: string, inst: ResourceInstance): string {
    return `${what}:${inst.instance ?? ''}:${inst.sym.symbol}`;
  }

  /** The `name` value as written (a child's own segment), in this instance. */
  resourceName(inst: ResourceInstance): MValue {
    const loc = this.decl(inst.sym.stmt);
    const p = property(inst.sym.object, 'name');
    if (!p) return unknown(loc, `resource '${inst.sym.symbol}' has no name`);
    return this.once(this.key('name', inst), loc, () => this.eval(p.value, inst.env));
  }

  private parentOf(inst: ResourceInstance): ResourceInstance | undefined {
    if (inst.parent) return inst.parent;
    const p = property(inst.sym.object, 'parent');
    return p && this.symbolOf(p.value, inst.env);
  }

  /**
   * `parentName/childName` for children (nested or `parent:`), located at the child's own name.
   * When the parent's name is unknown the child's own segment is kept: it is still its last segment.
   */
  private fullName(inst: ResourceInstance): MValue {
    const loc = this.decl(inst.sym.stmt);
    return this.once(this.key('fullname', inst), loc, () => {
      const name = this.resourceName(inst);
      const parent = this.parentOf(inst);
      if (!parent || parent.collection || name.t !== 'str') return name;
      const pn = this.fullName(parent);
      return pn.t === 'str' ? { ...name, value: `${pn.value}/${name.value}` } : name;
    });
  }

  /** `resource sym 'Type@api'`: the declaration's first line, without decorators. */
  decl(stmt: ResourceStatement): Loc {
    const kw = this.src.text.lastIndexOf('resource', stmt.nameSpan.start - 1);
    return this.src.loc(kw >= stmt.span.start ? kw : stmt.nameSpan.start, stmt.typeSpan.end);
  }

  /**
   * Every deployed resource instance in source order (nested children after their parent), then
   * those of local module instances at the module statement. `existing` resources only serve
   * references; a scope shared by identical module calls gives its resources once.
   */
  collect(): ArmShapedResource[] {
    if (this.collected) return [];
    this.collected = true;
    const out: ArmShapedResource[] = [];
    const emit = (inst: ResourceInstance) => {
      if (!inst.sym.stmt.existing && inst.sym.object) out.push(this.shape(inst, inst.sym.object));
      for (const child of inst.sym.children) for (const c of this.instancesOf(child)) if (c.parent === inst) emit(c);
    };
    for (const s of this.ast.statements) {
      if (s.kind === 'resource') {
        const sym = this.roots.get(s);
        if (sym) this.instancesOf(sym).forEach(emit);
      } else if (s.kind === 'module') {
        const mod = this.modules.get(s.name);
        if (mod?.stmt !== s) continue;
        for (const inst of this.instancesOfModule(mod)) appendAll(out, this.moduleScope(inst)?.collect() ?? []);
      }
    }
    return out;
  }

  private shape(inst: ResourceInstance, object: Expr): ArmShapedResource {
    const shaped: ArmShapedResource = {
      type: this.resourceType(inst.sym),
      apiVersion: this.apiVersion(inst.sym),
      name: this.fullName(inst),
      body: this.eval(object, inst.env),
      decl: this.decl(inst.sym.stmt),
      format: 'bicep',
      file: this.src.path,
      symbol: inst.sym.symbol,
      scope: this.src.path,
    };
    if (inst.instance) shaped.instance = inst.instance;
    if (this.calledFrom.length) shaped.calledFrom = this.calledFrom;
    if (inst.maybe) shaped.maybeDeployed = inst.maybe;
    if (this.resourceGroup) shaped.resourceGroup = this.resourceGroup;
    return shaped;
  }
}

/** A root template deploys to a resource group unless its `targetScope` says otherwise. */
function rootGroup(ast: BicepFile, path: string): string | undefined {
  const t = ast.statements.find((s) => s.kind === 'targetScope');
  if (t?.kind === 'targetScope' && !(t.value.kind === 'string' && t.value.value === 'resourceGroup')) return undefined;
  return `@${path}`;
}
