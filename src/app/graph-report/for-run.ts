import type { LintOptions } from '../../engine/lint.js';
import { Graph } from '../../model/graph.js';
import type { Model } from '../../model/resource.js';
import { buildGraphReport, type GraphReport } from './build.js';

/** The graph report of a run's model, with the requirements of the rules the configuration leaves on. */
export function graphReportOf(model: Model, options: LintOptions): GraphReport {
  const on = options.rules.filter((r) => {
    const s = options.ruleSettings?.[r.meta.id];
    return (typeof s === 'string' ? s : s?.severity) !== 'off';
  });
  return buildGraphReport(new Graph(model, options.workspaces), on);
}
