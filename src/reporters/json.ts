import type { Finding } from '../engine/finding.js';
import { countBySeverity, type ReportContext } from './types.js';

/** Findings as they are, with counts; suppressed findings included and marked. */
export function jsonReport(findings: Finding[], ctx: ReportContext): string {
  const change = ctx.change && { base: ctx.change.base, added: ctx.change.added, fixed: ctx.change.fixed.length, fixedFindings: ctx.change.fixed };
  return JSON.stringify({ version: ctx.version, counts: countBySeverity(findings), ...(change ? { change } : {}), findings }, null, 2) + '\n';
}
