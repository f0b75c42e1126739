// One evaluation of one Bicep file: its symbols, with parameter values from defaults, from a
// calling module or from a `.bicepparam` file. Symbol values are computed lazily, once.
import type { ReadContext } from '../../formats/contract.js';
import type { Loc, SourceFile } from '../../model/located.js';
import type { ArmShapedResource } from '../../model/extract/arm-shape.js';
import type { MValue, ResourceRef } from '../../model/value.js';
import type { BicepFile, Expr, OutputStatement, ParamStatement, ResourceStatement, Span, VarStatement } from '../../parsers/bicep/index.js';
import { evaluate, type FileScope as EvalScope } from './evaluate.js';
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
}

/** Runtime properties that references keep: `x.properties.principalId`, `x.identity.principalId`, … */
const REF_PROPERTIES = new Set(['principalId', 'clientId', 'tenantId']);

export class FileScope implements EvalScope {
  readonly src: SourceFile;
  readonly ctx: ReadContext;
  readonly chain: readonly string[];
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
  private readonly children = new Map<string, FileScope | undefined>();

  constructor(init: ScopeInit) {
    this.src = init.src;
    this.ast = init.ast;
    this.ctx = init.ctx;
    this.chain = init.chain;
    this.overrides = init.overrides;
    for (const s of init.ast.statements) {
      if (s.kind === 'param' && !this.params.has(s.name)) this.params.set(s.name, s);
      else if (s.kind === 'var' && !this.vars.has(s.name)) this.vars.set(s.name, s);
      else if (s.kind === 'output' && !this.outputs.has(s.name)) this.outputs.set(s.name, s);
      else if (s.kind === 'func') this.funcs.add(s.name);
    }
    const symbols = declareSymbols(init.ast.statements, (span) => this.loc(span));
    this.resources = symbols.resources;
    this.modules = symbols.modules;
    for (const r of symbols.roots) this.roots.set(r.stmt, r);
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
    if (this.busy.has(key)) return unknown(loc, `'${key.slice(key.indexOf(':') + 1)}' refers to itself`);
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
    const r = this.resources.get(name);
    if (r) return unknown(loc, `resource '${r.symbol}'`, this.ref(r));
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
    if (!p?.default) return unknown(loc, `parameter '${name}' has no default`);
    const def = p.default;
    return this.once(`param:${name}`, loc, () => this.eval(def));
  }

  paramNames(): string[] {
    return [...this.params.keys()];
  }

  /** `m.outputs.x` evaluated inside the module with the values the caller passed. */
  moduleOutput(mod: ModuleSymbol, name: string, loc: Loc): MValue {
    const child = this.moduleScope(mod);
    if (!child) return unknown(loc, `output '${name}' of module '${mod.stmt.name}' (${mod.stmt.path}) is not read`);
    return usedAt(child.output(name, loc), loc);
  }

  private output(name: string, loc: Loc): MValue {
    const o = this.outputs.get(name);
    if (!o) return unknown(loc, `module ${this.src.path} has no output '${name}'`);
    return this.once(`output:${name}`, loc, () => this.eval(o.value));
  }

  private moduleScope(mod: ModuleSymbol): FileScope | undefined {
    const key = mod.stmt.name;
    if (!this.children.has(key)) {
      const target = moduleTarget(this, mod);
      this.children.set(key, target && new FileScope({ ...target, ctx: this.ctx }));
    }
    return this.children.get(key);
  }

  // ---------------------------------------------------------------- resources

  /** The resource a symbol expression names: `x`, `x[i]`, `parent::child`. */
  symbolOf(expr: Expr, env: Env): ResourceSymbol | undefined {
    switch (expr.kind) {
      case 'ident':
        if (env.has(expr.name) || this.params.has(expr.name) || this.vars.has(expr.name)) return undefined;
        return this.resources.get(expr.name);
      case 'nested': {
        const parent = this.symbolOf(expr.object, env);
        return parent && this.resources.get(`${parent.symbol}::${expr.property}`);
      }
      case 'index':
        return this.symbolOf(expr.object, env);
      case 'paren':
        return this.symbolOf(expr.expr, env);
      case 'nonNull':
        return this.symbolOf(expr.operand, env);
      default:
        return undefined;
    }
  }

  moduleOf(expr: Expr, env: Env): ModuleSymbol | undefined {
    if (expr.kind === 'ident' && !env.has(expr.name)) return this.modules.get(expr.name);
    if (expr.kind === 'index') return this.moduleOf(expr.object, env);
    return undefined;
  }

  ref(sym: ResourceSymbol, prop?: string): ResourceRef {
    const name = this.resourceName(sym);
    const ref: ResourceRef = { type: this.resourceType(sym) };
    if (name.t === 'str') ref.name = lastSegment(name.value);
    ref.symbol = sym.symbol;
    ref.scope = this.src.path;
    if (prop) ref.property = prop;
    return ref;
  }

  /** `x.id`, `x.name`, `x.properties.principalId` … on a resource symbol. */
  resourceMember(sym: ResourceSymbol, path: string[], loc: Loc): MValue {
    const [first, second] = path;
    if (path.length === 1) {
      if (first === 'id') return unknown(loc, `${sym.symbol}.id is known at deployment`, this.ref(sym, 'id'));
      if (first === 'name') {
        const n = this.resourceName(sym);
        return n.t === 'unknown' ? unknown(loc, n.why, this.ref(sym, 'name')) : n;
      }
      if (first === 'type') return strAt(this.resourceType(sym), loc);
      const api = this.apiVersion(sym);
      if (first === 'apiVersion' && api) return strAt(api, loc);
    }
    if (path.length === 2 && (first === 'properties' || first === 'identity') && REF_PROPERTIES.has(second)) {
      return unknown(loc, `${sym.symbol}.${path.join('.')} is known at deployment`, this.ref(sym, second));
    }
    return unknown(loc, `${sym.symbol}.${path.join('.')} is known at deployment`);
  }

  resourceType(sym: ResourceSymbol): string {
    const { type, relative } = splitType(sym.stmt.typeString);
    return relative && sym.lexicalParent ? `${this.resourceType(sym.lexicalParent)}/${type}` : type;
  }

  private apiVersion(sym: ResourceSymbol): string | undefined {
    const { apiVersion, relative } = splitType(sym.stmt.typeString);
    return apiVersion ?? (relative && sym.lexicalParent ? this.apiVersion(sym.lexicalParent) : undefined);
  }

  /** The `name` value as written (a child's own segment). */
  resourceName(sym: ResourceSymbol): MValue {
    const loc = this.decl(sym.stmt);
    const p = property(sym.object, 'name');
    if (!p) return unknown(loc, `resource '${sym.symbol}' has no name`);
    return this.once(`name:${sym.symbol}`, loc, () => this.eval(p.value, sym.env));
  }

  private parentOf(sym: ResourceSymbol): ResourceSymbol | undefined {
    if (sym.lexicalParent) return sym.lexicalParent;
    const p = property(sym.object, 'parent');
    return p && this.symbolOf(p.value, sym.env);
  }

  /**
   * `parentName/childName` for children (nested or `parent:`), located at the child's own name.
   * When the parent's name is unknown the child's own segment is kept: it is still its last segment.
   */
  private fullName(sym: ResourceSymbol): MValue {
    const loc = this.decl(sym.stmt);
    return this.once(`fullname:${sym.symbol}`, loc, () => {
      const name = this.resourceName(sym);
      const parent = this.parentOf(sym);
      if (!parent || name.t !== 'str') return name;
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
   * Every declared resource in source order (nested children after their parent), then those of
   * local modules at the module statement. `existing` resources only serve references.
   */
  collect(): ArmShapedResource[] {
    const out: ArmShapedResource[] = [];
    const emit = (sym: ResourceSymbol) => {
      if (!sym.stmt.existing && sym.object) out.push(this.shape(sym, sym.object));
      sym.children.forEach(emit);
    };
    for (const s of this.ast.statements) {
      if (s.kind === 'resource') {
        const sym = this.roots.get(s);
        if (sym) emit(sym);
      } else if (s.kind === 'module') {
        const mod = this.modules.get(s.name);
        const child = mod?.stmt === s ? this.moduleScope(mod) : undefined;
        if (child) appendAll(out, child.collect());
      }
    }
    return out;
  }

  private shape(sym: ResourceSymbol, object: Expr): ArmShapedResource {
    return {
      type: this.resourceType(sym),
      apiVersion: this.apiVersion(sym),
      name: this.fullName(sym),
      body: this.eval(object, sym.env),
      decl: this.decl(sym.stmt),
      format: 'bicep',
      file: this.src.path,
      symbol: sym.symbol,
      scope: this.src.path,
    };
  }
}
