import type { Finding } from '../finding.js';

/**
 * Keeps the findings on the given files (root-relative paths). The whole repository was read, so
 * cross-file rules saw their context; the report is about these files only (single-file
 * arguments, pre-commit, stdin).
 */
export function onlyOnFiles(findings: Finding[], files: string[] | undefined): Finding[] {
  if (!files) return findings;
  const keep = new Set(files);
  return findings.filter((f) => keep.has(f.loc.file));
}
