import type { Finding } from '../engine/finding.js';
import { countBySeverity, type ReportContext } from './types.js';

/** Findings as they are, with counts; suppressed findings included and marked. */
export function jsonReport(findings: Finding[], ctx: ReportContext): string {
  return JSON.stringify({ version: ctx.version, counts: countBySeverity(findings), findings }, null, 2) + '\n';
}
