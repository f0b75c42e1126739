/** The public library API: `import { lint } from 'amlguard'`. No @actions/* here. */
import { builtinRules } from '../rules/index.js';
import { lintAgainstBase } from './app/pr/run.js';
import type { Finding } from './engine/finding.js';
import { lint as runLint, type LintOptions, type LintResult } from './engine/lint.js';

export type { Finding } from './engine/finding.js';
export type { BaselineState } from './engine/finding.js';
export type { DiffContext, Rule, RuleMeta, Severity } from './rule/contract.js';
export type { LintOptions, LintResult, RuleSetting } from './engine/lint.js';
export type { Model, Resource } from './model/resource.js';
export { defineRule } from './rule/contract.js';
export { formatFinding } from './engine/finding.js';
export { builtinRules };

export function lint(options: Partial<LintOptions> & { root: string }): LintResult {
  return runLint({ rules: builtinRules, ...options });
}

/**
 * Pull-request mode: lints `root` against the git revision `base` (merge base with HEAD when
 * history shows it; fetched into a shallow clone if missing), running the diff rules and marking
 * findings new or unchanged; `fixed` lists the base findings the change removed.
 */
export async function lintAgainst(base: string, options: Partial<LintOptions> & { root: string; changedOnly?: boolean }): Promise<LintResult & { fixed: Finding[] }> {
  const { changedOnly, ...rest } = options;
  const run = await lintAgainstBase({ rules: builtinRules, ...rest }, { ref: base, changedOnly });
  return run.result;
}
