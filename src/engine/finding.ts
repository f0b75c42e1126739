import { createHash } from 'node:crypto';
import type { Loc } from '../model/located.js';
import type { Fix, Severity } from '../rule/contract.js';

export interface RelatedLocation {
  loc: Loc;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  loc: Loc;
  related: RelatedLocation[];
  /** Stable across edits that move lines: rule + file + the reported text, never the line number. */
  fingerprint: string;
  /** Set when the finding is about a secret: reporters show no source text. */
  secret?: boolean;
  /** Set when an inline directive suppressed it (kept for SARIF). */
  suppression?: { justification: string };
  /** A fix the rule computed (edits, or only a description of what to run). */
  fix?: Fix;
  /**
   * Pull-request mode: `new` (the change adds it), `unchanged` (the base has it too), `absent`
   * (the base had it and the change fixed it; its location is in the base revision). SARIF's
   * `result.baselineState` values.
   */
  baselineState?: BaselineState;
}

/** True when the finding carries edits `--fix` can apply. */
export function hasEdits(f: Finding): boolean {
  return !!f.fix && f.fix.edits.length > 0;
}

export type BaselineState = 'new' | 'unchanged' | 'absent';

/** The canonical one-line form, used by the text reporter and as the test oracle. */
export function formatFinding(f: Finding): string {
  const { line, column } = f.loc.range.start;
  return `${f.loc.file}:${line}:${column}: ${f.message} [${f.ruleId}]`;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/**
 * The fingerprint hashes the rule id, the file and the content the finding points at (the text of
 * its first line, whitespace-collapsed), plus an occurrence counter for identical lines. Secret
 * findings hash the rule, file and message instead, so no secret ever enters the hash.
 */
export function fingerprint(ruleId: string, file: string, anchorText: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${file}\0${anchorText.replace(/\s+/g, ' ').trim()}\0${occurrence}`).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.loc.file !== b.loc.file) return a.loc.file < b.loc.file ? -1 : 1;
  const pa = a.loc.range.start;
  const pb = b.loc.range.start;
  return pa.line - pb.line || pa.column - pb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
