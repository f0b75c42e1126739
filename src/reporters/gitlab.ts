import { createHash } from 'node:crypto';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../rule/contract.js';
import type { ReportContext } from './types.js';

/** GitLab's Code Quality scale is info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', note: 'info' };

/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`). The fingerprint is the finding's own
 * (rule, file and reported text, never the line), so an issue keeps its identity when lines move;
 * should two findings share one, the second is re-hashed with its rank so GitLab shows both.
 */
export function gitlabReport(findings: Finding[], _ctx: ReportContext): string {
  const seen = new Map<string, number>();
  const issues = findings
    .filter((f) => !f.suppression)
    .map((f) => {
      const n = seen.get(f.fingerprint) ?? 0;
      seen.set(f.fingerprint, n + 1);
      const fingerprint = n === 0 ? f.fingerprint : createHash('sha256').update(`${f.fingerprint}\0${n}`).digest('hex').slice(0, 32);
      return {
        type: 'issue',
        check_name: f.ruleId,
        description: f.message,
        categories: ['Security'],
        severity: SEVERITY[f.severity],
        fingerprint,
        location: { path: f.loc.file, lines: { begin: f.loc.range.start.line, end: f.loc.range.end.line } },
      };
    });
  return JSON.stringify(issues, null, 2) + '\n';
}
