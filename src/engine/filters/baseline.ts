import { readFileSync } from 'node:fs';
import { baseline as validator } from '../../generated/validators.js';
import { writeOutputFile } from '../write-file.js';
import { ConfigError } from '../../config/errors.js';
import type { Finding } from '../finding.js';

interface BaselineFile {
  tool: 'amlguard';
  version: 1;
  /** One entry per accepted finding; the fingerprint ignores line numbers. */
  findings: { ruleId: string; file: string; fingerprint: string }[];
}

/** Records the findings; `{ count }` when written, else why not (one line). */
export function writeBaseline(path: string, findings: Finding[]): { count: number } | string {
  const entries = findings.filter((f) => !f.suppression).map((f) => ({ ruleId: f.ruleId, file: f.loc.file, fingerprint: f.fingerprint }));
  const data: BaselineFile = { tool: 'amlguard', version: 1, findings: entries };
  return writeOutputFile(path, JSON.stringify(data, null, 2) + '\n') ?? { count: entries.length };
}

export function readBaseline(path: string): Set<string> {
  let data: BaselineFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read the baseline ${path}: ${(e as Error).message}`);
  }
  if (!isBaseline(data)) throw new ConfigError(`${path} is not an amlguard baseline: ${baselineProblem(data)} (expected {"tool": "amlguard", "version": 1, "findings": [{"ruleId", "file", "fingerprint"}, …]}).`);
  return new Set(data.findings.map((f) => f.fingerprint));
}

function validate(data: unknown): typeof validator {
  validator(data);
  return validator;
}

function isBaseline(data: unknown): data is BaselineFile {
  return validate(data).errors == null;
}

function baselineProblem(data: unknown): string {
  const err = validate(data).errors?.[0];
  if (!err) return 'invalid';
  const where = err.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'the top level';
  return `${where} ${err.message ?? 'is invalid'}`;
}

/** Only the findings that are not in the baseline. */
export function newFindings(findings: Finding[], baseline: Set<string>): Finding[] {
  return findings.filter((f) => !baseline.has(f.fingerprint));
}
