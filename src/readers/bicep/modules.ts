// Local Bicep modules and `.bicepparam` files: where they are, parsed once per run.
import { posix } from 'node:path';
import type { SourceFile } from '../../model/located.js';
import type { MValue } from '../../model/value.js';
import type { ReadContext } from '../../formats/contract.js';
import { parseBicep, type BicepFile, type Expr } from '../../parsers/bicep/index.js';
import type { ModuleSymbol } from './symbols.js';
import { property } from './symbols.js';
import { valueKey, type Env } from './values.js';

/** Registry and template-spec modules (`br:`, `br/public:`, `ts:`) are not in the repository. */
const REMOTE = /^(br|ts)[:/]/i;

/** Deep enough for real module trees, shallow enough that a fan-out cannot explode. */
export const MAX_MODULE_DEPTH = 8;

/** Parameter values a caller gives a file: by name, or "all unknown" when the whole `params` object is. */
export type Overrides = { values: Map<string, MValue> } | { unknown: string };

export function parseCached(src: SourceFile, ctx: ReadContext): BicepFile {
  return ctx.memo(astKey(src), () => parseBicep(src.text));
}

/** The memo key of a file's syntax tree. */
export const astKey = (src: SourceFile): string => 'bicep:' + src.path;

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
  /** Identifies the call by file and argument values (with where they are written), for the memo. */
  key?: string;
}

/** What `moduleTarget` needs from the calling file's scope. */
export interface Caller {
  src: SourceFile;
  ctx: ReadContext;
  chain: readonly string[];
  eval(e: Expr, env: Env): MValue;
}

/** The file a module statement instantiates and the values it passes, or undefined (remote, missing, cycle, too deep). */
export function moduleTarget(caller: Caller, mod: ModuleSymbol, env: Env): ModuleTarget | undefined {
  const rel = localPath(caller.src.path, mod.stmt.path);
  if (!rel || caller.chain.includes(rel) || caller.chain.length >= MAX_MODULE_DEPTH) return undefined;
  const src = caller.ctx.source(rel);
  if (!src || !caller.ctx.budget.moduleCall(caller.src.loc(mod.stmt.span.start, mod.stmt.span.end))) return undefined;
  const params = property(mod.object, 'params');
  let overrides: Overrides = { values: new Map() };
  let args: MValue | undefined;
  if (params) {
    args = caller.eval(params.value, env);
    // Values keep the location where the caller wrote them.
    if (args.t === 'obj') overrides = { values: new Map(args.entries.map((e) => [e.key, e.value])) };
    else if (args.t === 'unknown') overrides = { unknown: `module parameters are not known (${args.why})` };
  }
  const scope = property(mod.object, 'scope');
  const key = `${rel}|${args ? valueKey(args) : ''}|${scope ? valueKey(caller.eval(scope.value, env)) : ''}`;
  return { src, ast: parseCached(src, caller.ctx), overrides, chain: [...caller.chain, rel], key };
}

/** The one `.bicepparam` beside a template whose `using` names it; undefined when none or several. */
export function paramFileFor(src: SourceFile, ctx: ReadContext): { src: SourceFile; ast: BicepFile } | undefined {
  const found: { src: SourceFile; ast: BicepFile }[] = [];
  const dir = posix.dirname(src.path);
  const params = ctx.memo(`bicep:params:${dir}`, () => ctx.list(dir).filter((f) => f.toLowerCase().endsWith('.bicepparam')));
  for (const f of params) {
    const psrc = ctx.source(f);
    if (!psrc) continue;
    const ast = parseCached(psrc, ctx);
    const using = ast.statements.find((s) => s.kind === 'using');
    if (using?.kind === 'using' && !using.none && localPath(f, using.path) === src.path) found.push({ src: psrc, ast });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Bicep files some other file of the scan calls as a local module (directly or through a chain
 * from a file nobody calls). They are read as instances of those calls, not on their own with
 * their defaults; files only reachable through a cycle are still read on their own.
 */
export function calledModules(ctx: ReadContext): ReadonlySet<string> {
  return ctx.memo('bicep:called', () => {
    const files = ctx.files.filter((f) => /\.bicep$/i.test(f));
    const calls = new Map<string, string[]>();
    const called = new Set<string>();
    for (const f of files) {
      const src = ctx.source(f);
      if (!src || !/\bmodule\s/.test(src.text)) continue;
      const targets: string[] = [];
      for (const s of parseCached(src, ctx).statements) {
        const rel = s.kind === 'module' ? localPath(f, s.path) : undefined;
        if (rel && rel !== f) targets.push(rel);
      }
      calls.set(f, targets);
      targets.forEach((t) => called.add(t));
    }
    const reached = new Set<string>();
    const queue = files.filter((f) => !called.has(f));
    while (queue.length) {
      for (const t of calls.get(queue.pop()!) ?? []) {
        if (reached.has(t)) continue;
        reached.add(t);
        queue.push(t);
      }
    }
    return reached;
  });
}
