// Resource and module symbols of one Bicep file, with their bodies unwrapped from `if`/`for`.
import type { Expr, ForExpr, IfExpr, ModuleStatement, ObjectExpr, ObjectProperty, ResourceStatement, Statement } from '../../parsers/bicep/index.js';

/** `for` and `if` wrappers around a resource or module body, outermost first. */
export type Wrapper = ForExpr | IfExpr;

export interface ResourceSymbol {
  stmt: ResourceStatement;
  /** `x`, or `parent::child` for a nested child (as Bicep spells the accessor). */
  symbol: string;
  /** The enclosing resource, for a child declared inside its parent's body. */
  lexicalParent?: ResourceSymbol;
  /** The body object once `if (...)` / `[for ...]` are peeled off; undefined when malformed. */
  object?: ObjectExpr;
  wrappers: Wrapper[];
  /** Whether this symbol or an enclosing one is a loop: references then need an index. */
  looped: boolean;
  children: ResourceSymbol[];
}

export interface ModuleSymbol {
  stmt: ModuleStatement;
  object?: ObjectExpr;
  wrappers: Wrapper[];
}

/** Peels `if (c) {...}` and `[for x in xs: ...]` off a resource or module body. */
export function unwrapBody(body: Expr): { object?: ObjectExpr; wrappers: Wrapper[] } {
  const wrappers: Wrapper[] = [];
  let e: Expr = body;
  while (e.kind === 'if' || e.kind === 'for') {
    wrappers.push(e);
    e = e.body;
  }
  return e.kind === 'object' ? { object: e, wrappers } : { wrappers };
}

/** The last property with this key (Bicep rejects duplicates; the last wins if present). */
export function property(obj: ObjectExpr | undefined, key: string): ObjectProperty | undefined {
  if (!obj) return undefined;
  for (let i = obj.properties.length - 1; i >= 0; i--) if (obj.properties[i].key === key) return obj.properties[i];
  return undefined;
}

/**
 * Declares every resource (nested children included) and module of a file. Lookup keys are
 * the symbol (`x`, `x::child`); a nested child is also reachable by its bare name when no
 * top-level symbol has that name, as inside its parent's body.
 */
export function declareSymbols(statements: Statement[]) {
  const resources = new Map<string, ResourceSymbol>();
  const modules = new Map<string, ModuleSymbol>();
  const roots: ResourceSymbol[] = [];
  const bare: ResourceSymbol[] = [];

  const declare = (stmt: ResourceStatement, parent?: ResourceSymbol): ResourceSymbol => {
    const { object, wrappers } = unwrapBody(stmt.body);
    const symbol = parent ? `${parent.symbol}::${stmt.name}` : stmt.name;
    const looped = (parent?.looped ?? false) || wrappers.some((w) => w.kind === 'for');
    const sym: ResourceSymbol = { stmt, symbol, lexicalParent: parent, object, wrappers, looped, children: [] };
    if (!resources.has(symbol)) resources.set(symbol, sym);
    if (parent) bare.push(sym);
    for (const child of object?.resources ?? []) sym.children.push(declare(child, sym));
    return sym;
  };

  for (const s of statements) {
    if (s.kind === 'resource') roots.push(declare(s));
    else if (s.kind === 'module' && !modules.has(s.name)) modules.set(s.name, { stmt: s, ...unwrapBody(s.body) });
  }
  for (const sym of bare) if (!resources.has(sym.stmt.name)) resources.set(sym.stmt.name, sym);
  return { resources, modules, roots };
}

/** `Microsoft.X/y@2024-01-01` → type and API version; relative child types (`computes@…`) have no namespace. */
export function splitType(typeString: string): { type: string; apiVersion?: string; relative: boolean } {
  const at = typeString.indexOf('@');
  const type = at < 0 ? typeString : typeString.slice(0, at);
  const apiVersion = at < 0 ? undefined : typeString.slice(at + 1);
  return { type, apiVersion, relative: !type.split('/')[0].includes('.') };
}
