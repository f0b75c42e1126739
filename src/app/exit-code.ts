import { failsAt, type Finding } from '../engine/finding.js';

export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** 1 when an unsuppressed finding is at or above `failOn`, else 0 (CLI and Action alike). */
export function exitCode(findings: Finding[], failOn: FailOn): number {
  return failsAt(findings, failOn) ? 1 : 0;
}
