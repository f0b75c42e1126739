import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { ReportContext } from '../../src/reporters/types.js';

/** The report context of reporter tests: every built-in rule, a fixed version and help base. */
export const reportCtx: ReportContext = { rules: builtinRules.map((r) => r.meta), version: '0.1.0', helpBase: 'https://example.test/rules' };

/** One finding for reporter tests; override any field. */
export function sampleFinding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'compute-identity-exclusive',
    severity: 'error',
    message: "Compute cluster 'c' sets both.",
    loc: { file: 'compute/c.yml', range: { start: { line: 8, column: 9 }, end: { line: 8, column: 38 } } },
    related: [],
    fingerprint: 'abc123',
    ...over,
  };
}
