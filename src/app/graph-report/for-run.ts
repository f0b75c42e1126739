import { ruleEnabled, type LintOptions, type LintResult } from '../../engine/lint.js';
import { buildGraphReport, type GraphReport } from './build.js';

/** The graph report of a run, with the requirements of the rules its options leave on. */
export function graphReportOf(result: Pick<LintResult, 'graph'>, options: LintOptions): GraphReport {
  return buildGraphReport(
    result.graph(),
    options.rules.filter((r) => ruleEnabled(options, r.meta.id)),
  );
}
