import { readFileSync, writeFileSync } from 'node:fs';
import { ConfigError } from '../../config/errors.js';
import type { Finding } from '../finding.js';

interface BaselineFile {
  tool: 'amlguard';
  version: 1;
  /** One entry per accepted finding; the fingerprint ignores line numbers. */
  findings: { ruleId: string; file: string; fingerprint: string }[];
}

export function writeBaseline(path: string, findings: Finding[]): number {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({ ruleId: f.ruleId, file: f.loc.file, fingerprint: f.fingerprint }));
  const data: BaselineFile = { tool: 'amlguard', version: 1, findings: entries };
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  return entries.length;
}

export function readBaseline(path: string): Set<string> {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read the baseline ${path}: ${(e as Error).message}`);
  }
  if (data?.tool !== 'amlguard' || !Array.isArray(data.findings)) throw new ConfigError(`${path} is not an amlguard baseline (expected {"tool": "amlguard", "findings": [...]}).`);
  return new Set(data.findings.map((f) => f.fingerprint));
}

/** Only the findings that are not in the baseline. */
export function newFindings(findings: Finding[], baseline: Set<string>): Finding[] {
  return findings.filter((f) => !baseline.has(f.fingerprint));
}
