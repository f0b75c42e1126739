// Local Bicep modules and `.bicepparam` files: where they are, parsed once per run.
import { posix } from 'node:path';
import type { SourceFile } from '../../model/located.js';
import type { MValue } from '../../model/value.js';
import type { ReadContext } from '../../formats/contract.js';
import { parseBicep, type BicepFile, type Expr } from '../../parsers/bicep/index.js';
import type { ModuleSymbol } from './symbols.js';
import { property } from './symbols.js';
import type { Env } from './values.js';

/** Registry and template-spec modules (`br:`, `br/public:`, `ts:`) are not in the repository. */
const REMOTE = /^(br|ts)[:/]/i;

/** Deep enough for real module trees, shallow enough that a fan-out cannot explode. */
export const MAX_MODULE_DEPTH = 8;

/** Parameter values a caller gives a file: by name, or "all unknown" when the whole `params` object is. */
export type Overrides = { values: Map<string, MValue> } | { unknown: string };

export function parseCached(src: SourceFile, ctx: ReadContext): BicepFile {
  return ctx.memo('bicep:' + src.path, () => parseBicep(src.text));
}

/** Repo-relative path of a local `.bicep` reference; undefined for remote ones or paths leaving the scan root. */
export function localPath(from: string, path: string): string | undefined {
  if (REMOTE.test(path) || !/\.bicep$/i.test(path)) return undefined;
  const rel = posix.normalize(posix.join(posix.dirname(from), path.replace(/\\/g, '/')));
  if (rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel)) return undefined;
  return rel;
}

export interface ModuleTarget {
  src: SourceFile;
  ast: BicepFile;
  overrides: Overrides;
  chain: string[];
}

/** What `moduleTarget` needs from the calling file's scope. */
export interface Caller {
  src: SourceFile;
  ctx: ReadContext;
  chain: readonly string[];
  eval(e: Expr, env: Env): MValue;
}

/** The file a module statement instantiates and the values it passes, or undefined (remote, missing, cycle, too deep). */
export function moduleTarget(caller: Caller, mod: ModuleSymbol): ModuleTarget | undefined {
  const rel = localPath(caller.src.path, mod.stmt.path);
  if (!rel || caller.chain.includes(rel) || caller.chain.length >= MAX_MODULE_DEPTH) return undefined;
  const src = caller.ctx.source(rel);
  if (!src || !caller.ctx.budget.moduleCall(caller.src.loc(mod.stmt.span.start, mod.stmt.span.end))) return undefined;
  const params = property(mod.object, 'params');
  let overrides: Overrides = { values: new Map() };
  if (params) {
    const v = caller.eval(params.value, mod.env);
    // Values keep the location where the caller wrote them.
    if (v.t === 'obj') overrides = { values: new Map(v.entries.map((e) => [e.key, e.value])) };
    else if (v.t === 'unknown') overrides = { unknown: `module parameters are not known (${v.why})` };
  }
  return { src, ast: parseCached(src, caller.ctx), overrides, chain: [...caller.chain, rel] };
}

/** The one `.bicepparam` beside a template whose `using` names it; undefined when none or several. */
export function paramFileFor(src: SourceFile, ctx: ReadContext): { src: SourceFile; ast: BicepFile } | undefined {
  const found: { src: SourceFile; ast: BicepFile }[] = [];
  for (const f of ctx.list(posix.dirname(src.path))) {
    if (!f.toLowerCase().endsWith('.bicepparam')) continue;
    const psrc = ctx.source(f);
    if (!psrc) continue;
    const ast = parseCached(psrc, ctx);
    const using = ast.statements.find((s) => s.kind === 'using');
    if (using?.kind === 'using' && !using.none && localPath(f, using.path) === src.path) found.push({ src: psrc, ast });
  }
  return found.length === 1 ? found[0] : undefined;
}
