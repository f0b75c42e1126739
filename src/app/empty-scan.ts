import { UsageError } from '../engine/discover.js';
import type { Targets } from './targets.js';

/**
 * A scan that read no file passes silently otherwise (a wrong `path` or glob): it is a usage
 * error unless the pipeline allows it.
 */
export function assertScanned(fileCount: number, given: { paths: string[]; include?: string[]; exclude?: string[] }, targets: Targets, allowEmpty: boolean): void {
  if (fileCount > 0 || allowEmpty) return;
  const what = targets.reportOnly ? `the file${targets.reportOnly.length === 1 ? '' : 's'} ${list(targets.reportOnly)}` : `path ${list(given.paths.length ? given.paths : ['.'])}`;
  const globs = [given.include?.length ? ` with include ${list(given.include)}` : '', given.exclude?.length ? ` and exclude ${list(given.exclude)}` : ''].join('');
  throw new UsageError(
    `no files to scan: ${what}${globs} has no YAML, JSON, Bicep, Terraform or script file that amlguard reads (globs are relative to the path); set allow-empty to accept an empty scan.`,
  );
}

const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');
