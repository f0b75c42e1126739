import { changeCounts, inFiles, lintChange, type ChangeResult } from '../../engine/change.js';
import type { Finding } from '../../engine/finding.js';
import type { LintOptions } from '../../engine/lint.js';
import type { ChangedFile } from '../git/revision.js';
import type { ChangeSummary } from '../../reporters/types.js';
import { changedPaths, loadBase, renamesOf } from './base.js';

export interface BaseRunOptions {
  /** The base: a ref or commit (`--base`, the pull request's base sha). */
  ref: string;
  /** How reports name the base (default: the ref). */
  label?: string;
  /** Report only findings in files the change touched (the whole repository is still read). */
  changedOnly?: boolean;
  /** The change's files from elsewhere (the pull request API) instead of git; called with the base commit. */
  listChanges?: (baseCommit: string) => Promise<ChangedFile[]>;
}

export interface BaseRun {
  result: ChangeResult;
  /** For reporters: the base, the count of new findings and the fixed ones. */
  change: ChangeSummary;
  /** The changed files, when `changedOnly` asked for them. */
  changed?: Set<string>;
}

/** A lint run judged against a base revision: head findings marked new/unchanged, diff rules run, optionally only changed files. */
export async function lintAgainstBase(options: LintOptions, o: BaseRunOptions): Promise<BaseRun> {
  const base = await loadBase(options.root, o.ref, { maxFileSize: options.maxFileSize });
  const changes = o.listChanges ? await o.listChanges(base.commit) : base.changes;
  let result = lintChange({ ...options, base: base.source, renames: renamesOf(changes) });
  let changed: Set<string> | undefined;
  if (o.changedOnly) {
    changed = changedPaths(changes);
    result = { ...result, findings: inFiles(result.findings, changed), fixed: inFiles(result.fixed, changed) };
  }
  const { added } = changeCounts(result.findings, result.fixed);
  return { result, change: { base: o.label ?? o.ref, added, fixed: result.fixed }, changed };
}

/** The findings the change adds (`--only-new`: what annotations and the exit code consider). */
export function newOnly(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.baselineState === 'new');
}
