import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Configuration file names looked for at the scan root (and in a single folder given as the path). */
export const CONFIG_NAMES = ['.amlguard.yml', '.amlguard.yaml'];

/** The configuration file a run uses: the one named, else the first found; undefined when none. */
export function configFileFor(root: string, explicit?: string, paths: string[] = []): string | undefined {
  if (explicit) return resolve(root, explicit);
  const dirs = [root, ...(paths.length === 1 ? [resolve(root, paths[0])] : [])];
  return dirs.flatMap((dir) => CONFIG_NAMES.map((n) => resolve(dir, n))).find((p) => existsSync(p));
}
