/** The public library API: `import { lint } from 'amlguard'`. No @actions/* here. */
import { builtinRules } from '../rules/index.js';
import { lint as runLint, type LintOptions, type LintResult } from './engine/lint.js';

export type { Finding } from './engine/finding.js';
export type { Rule, RuleMeta, Severity } from './rule/contract.js';
export type { LintOptions, LintResult, RuleSetting } from './engine/lint.js';
export type { Model, Resource } from './model/resource.js';
export { defineRule } from './rule/contract.js';
export { formatFinding } from './engine/finding.js';
export { builtinRules };

export function lint(options: Partial<LintOptions> & { root: string }): LintResult {
  return runLint({ rules: builtinRules, ...options });
}
