import { SEVERITY_RANK, type Finding } from '../finding.js';
import type { Severity } from '../../rule/contract.js';

/** Keeps findings at or above `level` (CLI --severity, --quiet). */
export function atOrAbove(findings: Finding[], level: Severity | undefined): Finding[] {
  if (!level) return findings;
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
