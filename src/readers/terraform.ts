import { posix } from 'node:path';
import type { ParseProblem, ReadContext, ReadResult } from '../formats/contract.js';
import type { SourceFile } from '../model/located.js';
import { loadFile, topItems, type TfFile } from './terraform/files.js';
import { calledDir, loopNotes, rootModule } from './terraform/module.js';

/**
 * Terraform works per module, i.e. per folder: a `.tf` file is evaluated with the variables,
 * locals, resources and module calls of every `.tf` file beside it (and `terraform.tfvars` /
 * `*.auto.tfvars` values). The folder is evaluated once per run; each file returns the resources
 * it declares, plus those of the local modules it calls.
 */
export function readTerraform(src: SourceFile, ctx: ReadContext): ReadResult {
  const file = loadFile(ctx, src.path, src);
  if (!file) return { resources: [] };
  const dir = posix.dirname(src.path);
  // A folder the repository calls as a module is read through its calls, with their arguments:
  // read on its own, its variable defaults would add resources no caller creates.
  const resources = calledDirs(ctx).has(dir) ? [] : rootModule(ctx, dir, file).resourcesOf(src.path);
  const parseError = problem(file);
  const notes = loopNotes(ctx).splice(0);
  return { resources, ...(parseError ? { parseError } : {}), ...(notes.length ? { notes } : {}) };
}

/** `.tfvars` declare no resources; `terraform.tfvars` and `*.auto.tfvars` feed their folder's module. */
export function readTfvars(src: SourceFile, ctx: ReadContext): ReadResult {
  const file = loadFile(ctx, src.path, src);
  const parseError = file && problem(file);
  return parseError ? { resources: [], parseError } : { resources: [] };
}

/** Folders that a `.tf` file of the scan calls as a local module. */
function calledDirs(ctx: ReadContext): Set<string> {
  return ctx.memo('tf-called-dirs', () => {
    const dirs = new Set<string>();
    for (const path of ctx.files) {
      if (!/\.tf(\.json)?$/i.test(path)) continue;
      const file = loadFile(ctx, path);
      if (!file) continue;
      for (const item of topItems(file)) {
        if (item.kind !== 'block' || item.type !== 'module') continue;
        const dir = calledDir(posix.dirname(path), item);
        if (dir && dir !== posix.dirname(path)) dirs.add(dir);
      }
    }
    return dirs;
  });
}

function problem(file: TfFile): ParseProblem | undefined {
  const first = file.hcl.errors.reduce<(typeof file.hcl.errors)[number] | undefined>((a, e) => (!a || e.span.start < a.span.start ? e : a), undefined);
  if (!first) return undefined;
  return { message: first.message, start: first.span.start, end: first.span.end, certain: true };
}
