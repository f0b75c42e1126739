import { posix, relative, resolve, sep } from 'node:path';
import type { FileSource } from './files/source.js';
import type { Finding } from './finding.js';
import { lint, type LintOptions, type LintResult } from './lint.js';

export interface ChangeOptions extends LintOptions {
  /** The base revision's files (a git commit read from objects), read with the same options as the head. */
  base: FileSource;
  /** Files renamed by the change: base path → head path, so their findings keep their identity. */
  renames?: ReadonlyMap<string, string>;
}

export interface ChangeResult extends LintResult {
  /** Base findings the change removed (`baselineState: 'absent'`, located in the base revision). */
  fixed: Finding[];
}

/**
 * Pull-request mode: lints the base revision and the head with the same rules and configuration,
 * runs the diff rules on the two models, and marks every head finding `new` or `unchanged` by
 * fingerprint (a renamed file's findings are matched under their new path).
 */
export function lintChange(opts: ChangeOptions): ChangeResult {
  const { base: source, renames, ...common } = opts;
  const paths = presentPaths(common, source);
  const base: LintResult | undefined = paths.length
    ? lint({ ...common, paths, source, baseline: undefined, baseModel: undefined, fingerprintPath: (f) => renames?.get(f) ?? f })
    : undefined;
  const head = lint({ ...common, baseModel: base?.model ?? { resources: [] } });
  const baseFindings = base?.findings ?? [];
  const atBase = new Set(baseFindings.map((f) => f.fingerprint));
  const findings = head.findings.map((f): Finding => ({ ...f, baselineState: atBase.has(f.fingerprint) ? 'unchanged' : 'new' }));
  const stillThere = new Set(findings.filter((f) => !f.suppression).map((f) => f.fingerprint));
  const fixed = baseFindings.filter((f) => !f.suppression && !stillThere.has(f.fingerprint)).map((f): Finding => ({ ...f, baselineState: 'absent' }));
  return { ...head, findings, fixed };
}

/** The scanned paths that exist at the base (a folder the change adds has nothing to compare with). */
function presentPaths(opts: LintOptions, base: FileSource): string[] {
  const root = resolve(opts.root);
  return (opts.paths?.length ? opts.paths : ['.']).filter((p) => base.stat(posix.normalize(relative(root, resolve(root, p)).split(sep).join('/') || '.')));
}

/** Only the findings located in the given files (changed-files mode: the rest of the repository is still read for context). */
export function inFiles<T extends Finding>(findings: T[], files: ReadonlySet<string>): T[] {
  return findings.filter((f) => files.has(f.loc.file));
}

/** What the change does to the findings, for summaries. */
export function changeCounts(findings: Finding[], fixed: Finding[]): { added: number; fixed: number } {
  return { added: findings.filter((f) => f.baselineState === 'new' && !f.suppression).length, fixed: fixed.length };
}
