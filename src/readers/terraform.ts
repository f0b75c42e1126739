import { posix } from 'node:path';
import type { ParseProblem, ReadContext, ReadResult } from '../formats/contract.js';
import type { SourceFile } from '../model/located.js';
import { loadFile, type TfFile } from './terraform/files.js';
import { rootModule } from './terraform/module.js';

/**
 * Terraform works per module, i.e. per folder: a `.tf` file is evaluated with the variables,
 * locals, resources and module calls of every `.tf` file beside it (and `terraform.tfvars` /
 * `*.auto.tfvars` values). The folder is evaluated once per run; each file returns the resources
 * it declares, plus those of the local modules it calls.
 */
export function readTerraform(src: SourceFile, ctx: ReadContext): ReadResult {
  const file = loadFile(ctx, src.path, src);
  if (!file) return { resources: [] };
  const resources = rootModule(ctx, posix.dirname(src.path), file).resourcesOf(src.path);
  const parseError = problem(file);
  return parseError ? { resources, parseError } : { resources };
}

/** `.tfvars` declare no resources; `terraform.tfvars` and `*.auto.tfvars` feed their folder's module. */
export function readTfvars(src: SourceFile, ctx: ReadContext): ReadResult {
  const file = loadFile(ctx, src.path, src);
  const parseError = file && problem(file);
  return parseError ? { resources: [], parseError } : { resources: [] };
}

function problem(file: TfFile): ParseProblem | undefined {
  const first = file.hcl.errors.reduce<(typeof file.hcl.errors)[number] | undefined>((a, e) => (!a || e.span.start < a.span.start ? e : a), undefined);
  if (!first) return undefined;
  return { message: first.message, start: first.span.start, end: first.span.end, certain: true };
}
