// The JSON file an `az role definition create --role-definition` argument names, read from the repository.
import { posix } from 'node:path';
import type { ReadContext } from '../../formats/contract.js';
import type { MValue } from '../../model/value.js';
import { parseJsonc } from '../arm/json.js';

/**
 * `@role.json` or `role.json`: looked up beside the script first (where a script run from its own
 * folder finds it), then from the scan root (where CI runs). A path that leaves the scan root, is
 * absolute, holds a variable, or names no readable JSON object gives undefined.
 */
export function roleDefinitionFile(arg: string, scriptFile: string, ctx: ReadContext): MValue | undefined {
  const rel = arg.trim().replace(/^@/, '');
  if (!rel || /[$`%]/.test(rel) || posix.isAbsolute(rel) || /^[a-z]:[\\/]/i.test(rel)) return undefined;
  const wanted = rel.replace(/\\/g, '/');
  for (const candidate of [posix.join(posix.dirname(scriptFile), wanted), wanted]) {
    const path = posix.normalize(candidate);
    if (path === '..' || path.startsWith('../')) continue;
    const src = ctx.source(path);
    if (!src) continue;
    const root = ctx.memo(`az-role-json:${path}`, () => parseJsonc(src).root);
    return root?.t === 'obj' ? root : undefined;
  }
  return undefined;
}
