// Explicit limits every evaluator (ARM, Bicep, Terraform) works under. One budget object per run,
// reset for each file read; evaluators check it at their choke points (each expression evaluated,
// each module instance). A crossed limit makes the value `unknown` (so rules stay silent about
// it), the file's other values stay as evaluated, and the engine reports the first crossing on the
// file as one finding.
import type { Loc } from './located.js';
import type { MValue } from './value.js';

export interface EvalLimits {
  /** Expressions evaluated per file read, the modules it calls included. */
  evalSteps: number;
  /** Size of any computed value: characters of a string, elements of an array or object, counted through nesting. */
  valueSize: number;
  /** Module instances (Bicep `module`, Terraform `module` calls) evaluated per file read. */
  moduleInstances: number;
  /** Seconds of evaluation per file read (a backstop: the step limit is the deterministic one). */
  secondsPerFile: number;
}

export const DEFAULT_EVAL_LIMITS: Readonly<EvalLimits> = {
  evalSteps: 1_000_000,
  valueSize: 1_000_000,
  moduleInstances: 1_000,
  secondsPerFile: 10,
};

/** Expression nesting while evaluating (variables referring to variables…): a stack guard, not configurable. */
export const MAX_EVAL_DEPTH = 400;

/** The first limit a file read crossed. */
export interface BudgetCrossing {
  message: string;
  loc: Loc;
}

/** Checked every this many steps: reading the clock on every step would cost more than the step. */
const CLOCK_EVERY = 1024;

export class EvalBudget {
  readonly limits: Readonly<EvalLimits>;
  private steps = 0;
  private modules = 0;
  private depth = 0;
  private deadline = Infinity;
  /** Why every further evaluation in this file is unknown (steps or time spent). */
  private spent?: string;
  private crossing?: BudgetCrossing;
  /** Computed size of values already checked: shared sub-values are weighed once. */
  private readonly weights = new WeakMap<object, number>();

  /** `setBy`: where the limits come from, quoted in messages (`default`, `.amlguard.yml`). */
  constructor(
    limits: Partial<EvalLimits> = {},
    private readonly setBy: Partial<Record<keyof EvalLimits, string>> = {},
  ) {
    this.limits = { ...DEFAULT_EVAL_LIMITS, ...limits };
  }

  /** Starts a file read with a fresh budget. */
  begin(): void {
    this.steps = 0;
    this.modules = 0;
    this.depth = 0;
    this.spent = undefined;
    this.crossing = undefined;
    this.deadline = performance.now() + this.limits.secondsPerFile * 1000;
  }

  /** Ends a file read: the first limit it crossed, if any. */
  end(): BudgetCrossing | undefined {
    const c = this.crossing;
    this.deadline = Infinity;
    return c;
  }

  /** What the current file read has used so far (the fuzz suite checks it stays within the limits). */
  get used(): { steps: number; modules: number } {
    return { steps: this.steps, modules: this.modules };
  }

  /** True once a limit was crossed in this file read (memoized results must not be shared then). */
  get crossed(): boolean {
    return this.crossing !== undefined;
  }

  /**
   * Enters one evaluation at `loc`: an unknown value when the budget is spent or evaluation nests
   * too deep (then do not call `leave`), else undefined (call `leave` when done).
   */
  enter(loc: Loc): MValue | undefined {
    if (this.spent) return unknown(loc, this.spent);
    if (++this.steps > this.limits.evalSteps) {
      this.spent = this.cross(loc, `too large to evaluate: more than ${this.limits.evalSteps} evaluation steps`, this.limits.evalSteps, 'evalSteps');
      return unknown(loc, this.spent);
    }
    if (this.steps % CLOCK_EVERY === 0 && performance.now() > this.deadline) {
      this.spent = this.cross(loc, `too slow to evaluate: over ${this.limits.secondsPerFile} s`, `${this.limits.secondsPerFile} s`, 'secondsPerFile');
      return unknown(loc, this.spent);
    }
    if (this.depth >= MAX_EVAL_DEPTH) return unknown(loc, this.cross(loc, 'too deep to evaluate: expressions nest', MAX_EVAL_DEPTH));
    this.depth++;
    return undefined;
  }

  leave(): void {
    this.depth--;
  }

  /** The value, or an unknown when it is larger than any computed value may be. */
  fit(v: MValue, loc: Loc): MValue {
    const size = this.weigh(v);
    if (size <= this.limits.valueSize) return v;
    const what = v.t === 'str' ? `a computed string of ${size} characters` : `a computed ${v.t === 'arr' ? 'array' : 'object'} of ${size} elements`;
    return unknown(loc, this.cross(loc, `too large to evaluate: ${what}`, this.limits.valueSize, 'valueSize'));
  }

  /** Counts one module instance: false (and a crossing at `loc`) when the file read has evaluated its limit. */
  moduleCall(loc: Loc): boolean {
    if (this.spent) return false;
    if (++this.modules <= this.limits.moduleInstances) return true;
    this.cross(loc, `too large to evaluate: more than ${this.limits.moduleInstances} module instances`, this.limits.moduleInstances, 'moduleInstances');
    return false;
  }

  /** Records the first crossing of the file read; returns the reason an unknown value gives. */
  private cross(loc: Loc, what: string, limit: number | string, key?: keyof EvalLimits): string {
    const setBy = key ? (this.setBy[key] ?? 'default') : 'built-in';
    const message = `${what}, limit ${limit}, set by ${setBy}${key ? ` (limits.${key})` : ''}`;
    this.crossing ??= { message, loc };
    return message;
  }

  /** Characters and elements of a value, through nesting; shared parts are weighed once and cached. */
  private weigh(v: MValue): number {
    if (v.t === 'str') return v.value.length;
    if (v.t !== 'arr' && v.t !== 'obj') return 1;
    const hit = this.weights.get(v);
    if (hit !== undefined) return hit;
    let n = 1;
    if (v.t === 'arr') for (const i of v.items) n += this.weigh(i);
    else for (const e of v.entries) n += e.key.length + this.weigh(e.value);
    this.weights.set(v, n);
    return n;
  }
}

function unknown(loc: Loc, why: string): MValue {
  return { t: 'unknown', loc, why };
}
