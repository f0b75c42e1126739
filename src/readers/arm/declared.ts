// The resources a template file declares, so `resourceId(...)` and `reference(...)` can point at
// them by symbol when their names are the same literal or the same expression.
import { EvalBudget } from '../../model/eval-budget.js';
import type { ResourceRef } from '../../model/value.js';
import type { ReadNote } from '../../formats/contract.js';

export interface Declared {
  type: string;
  /** The last name segment, when known. */
  name?: string;
  /** The full name (`ws/cpu`), when known. */
  fullName?: string;
  /** The name's expression text, normalised and tied to its scope, when the name is not known. */
  expr?: string;
  /** languageVersion 2.0 symbolic name, tied to its scope. */
  symbolic?: string;
  symbol: string;
  /** The copy iteration or nested deployment instance (see `Resource.instance`). */
  instance?: string;
}

export class ResourceIndex {
  private readonly byType = new Map<string, Declared[]>();
  private readonly all: Declared[] = [];
  /** Limits met while reading (loops over more items than the cap), for notes. */
  readonly notes: ReadNote[] = [];
  private scopes = 0;

  constructor(
    readonly file: string,
    readonly maxLoopIterations = 1000,
    /** The limits of the current file read. */
    readonly budget: EvalBudget = new EvalBudget(),
  ) {}


  newScopeId(): number {
    return this.scopes++;
  }

  add(d: Declared): void {
    const t = d.type.toLowerCase();
    const list = this.byType.get(t) ?? [];
    list.push(d);
    this.byType.set(t, list);
    this.all.push(d);
  }

  /** By type and (last-segment) name or name expression; only an unambiguous match counts. */
  find(type: string, name: string | undefined, expr: string | undefined): Declared | undefined {
    const n = name?.toLowerCase();
    return unique((this.byType.get(type.toLowerCase()) ?? []).filter((d) => (n !== undefined && d.name?.toLowerCase() === n) || (expr !== undefined && d.expr === expr)));
  }

  /** `reference('name')` / `reference('symbol')`: a symbolic name first, then a full or last-segment name. */
  byName(scopeId: number, name: string): Declared | undefined {
    const sym = `${scopeId}:${name}`;
    const n = name.toLowerCase();
    return unique(this.all.filter((d) => d.symbolic === sym)) ?? unique(this.all.filter((d) => d.fullName?.toLowerCase() === n || d.name?.toLowerCase() === n));
  }

  byExpr(expr: string): Declared | undefined {
    return unique(this.all.filter((d) => d.expr === expr));
  }

  refTo(d: Declared, property: string): ResourceRef {
    const ref: ResourceRef = { type: d.type, symbol: d.symbol, scope: this.file, property };
    if (d.instance) ref.instance = d.instance;
    if (d.name !== undefined) ref.name = d.name;
    return ref;
  }
}

function unique(list: Declared[]): Declared | undefined {
  return list.length > 0 && list.every((d) => d.symbol === list[0].symbol && d.instance === list[0].instance) ? list[0] : undefined;
}

/** A name expression's identity within one scope: `[parameters( 'uaiName' )]` ≡ `parameters('uainame')`. */
export function exprKey(scopeId: number, text: string): string {
  return `${scopeId}:${text.replace(/\s+/g, '').toLowerCase()}`;
}
