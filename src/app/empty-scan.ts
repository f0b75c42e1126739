import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFileFor } from '../config/locate.js';
import { discover, UsageError } from '../engine/discover.js';
import type { Targets } from './targets.js';

/**
 * A scan that read no file passes silently otherwise (a wrong `path` or glob): it is a usage
 * error unless the pipeline allows it. Files named one by one that exist but are excluded or
 * ignored by the configuration are not an error: pre-commit passes whatever was staged.
 */
export function assertScanned(fileCount: number, given: { root: string; paths: string[]; include?: string[]; exclude?: string[] }, targets: Targets, allowEmpty: boolean): void {
  if (fileCount > 0 || allowEmpty) return;
  if (targets.reportOnly?.every((f) => existsSync(resolve(given.root, f)))) return;
  const what = targets.reportOnly ? `the file${targets.reportOnly.length === 1 ? '' : 's'} ${list(targets.reportOnly)}` : `path ${list(given.paths.length ? given.paths : ['.'])}`;
  const globs = [given.include?.length ? ` with include ${list(given.include)}` : '', given.exclude?.length ? ` and exclude ${list(given.exclude)}` : ''].join('');
  throw new UsageError(
    `no files to scan: ${what}${globs} has no YAML, JSON, Bicep, Terraform or script file that amlguard reads (globs are relative to the path); set allow-empty to accept an empty scan.`,
  );
}

const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * Whether a scan could read anything: a file discovery keeps, or a configuration file (which may
 * allow an empty scan). Stops at the first file; loads no reader.
 */
export function anyFileToRead(root: string, targets: Targets, configPath?: string): boolean {
  if (configFileFor(root, configPath, targets.configPaths)) return true;
  return discover({ root, paths: targets.paths, include: targets.include, exclude: targets.exclude, stopAfter: 1 }).length > 0;
}
