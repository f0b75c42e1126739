// --fix: lint, write the planned fixes, and lint again until nothing changes (a fix skipped for
// overlapping another is retried on the next pass). A second --fix run then changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { planFixes, type FixPlan } from '../engine/fixes/plan.js';

/** Passes before giving up on fixes that keep colliding (each pass re-lints). */
const MAX_PASSES = 10;

/** A file under the scan root, read as text; anything outside the root is never read or written. */
export function rootReader(root: string): (file: string) => string | undefined {
  return (file) => {
    const abs = insideRoot(root, file);
    if (!abs) return undefined;
    try {
      return readFileSync(abs, 'utf8');
    } catch {
      return undefined;
    }
  };
}

function insideRoot(root: string, file: string): string | undefined {
  const abs = resolve(root, file);
  const rel = relative(resolve(root), abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? abs : undefined;
}

/** What the fixes would change, from one lint: for --fix-dry-run. */
export function planOnce(options: LintOptions): { result: LintResult; plan: FixPlan } {
  const result = lint(options);
  return { result, plan: planFixes(result.findings, rootReader(options.root)) };
}

export interface FixRun {
  /** The lint after the last pass: what is left. */
  result: LintResult;
  fixesApplied: number;
  filesChanged: string[];
}

/** Applies fixes in place, pass after pass, until a pass changes nothing. */
export function fixInPlace(options: LintOptions): FixRun {
  const changed = new Set<string>();
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { result, plan } = planOnce(options);
    if (!plan.changes.length) return { result, fixesApplied: applied, filesChanged: [...changed].sort() };
    for (const c of plan.changes) {
      const abs = insideRoot(options.root, c.file);
      if (!abs) continue;
      writeFileSync(abs, c.after);
      changed.add(c.file);
    }
    applied += plan.applied.length;
  }
  return { result: lint(options), fixesApplied: applied, filesChanged: [...changed].sort() };
}
