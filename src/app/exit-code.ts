import { SEVERITY_RANK, type Finding } from '../engine/finding.js';

export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** 1 when an unsuppressed finding is at or above `failOn`, else 0 (CLI and Action alike). */
export function exitCode(findings: Finding[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => !f.suppression && SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
