import { existsSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

/**
 * `include`/`exclude` globs are written relative to the scanned folder (`path`). They are
 * matched against root-relative paths, so each is anchored to that folder: `ml/**` under
 * `examples` → `examples/ml/**`, and a bare name pattern (`*.yml`) stays any-depth →
 * `examples/**\/*.yml`. A `./`-prefixed glob is relative to the root, as before; an absolute one
 * is made relative to the root. `base` and `absRoot` use POSIX separators.
 */
export function anchorGlobs(globs: string[] | undefined, base: string, absRoot: string): string[] | undefined {
  if (!globs) return undefined;
  const dir = posix.normalize(base.replace(/\\/g, '/')).replace(/\/+$/, '');
  return globs
    .map((g) => g.trim())
    .filter(Boolean)
    .map((g) => {
      const negated = g.startsWith('!') ? '!' : '';
      const body = negated ? g.slice(1) : g;
      if (body.startsWith('./')) return negated + body.slice(2);
      if (posix.isAbsolute(body)) return negated + posix.relative(absRoot.replace(/\\/g, '/'), body);
      if (dir === '.' || dir === '') return negated + body;
      return negated + (body.includes('/') ? `${dir}/${body}` : `${dir}/**/${body}`);
    });
}

/** Characters that make a command-line argument a glob rather than a path. */
const MAGIC = /[*?[\]{}]/;

/**
 * Splits command-line path arguments: existing paths stay paths; a glob (quoted so the shell did
 * not expand it) becomes an include pattern.
 */
export function splitPathArgs(args: string[], exists: (p: string) => boolean): { paths: string[]; globs: string[] } {
  const paths: string[] = [];
  const globs: string[] = [];
  for (const a of args) {
    if (exists(a) || !MAGIC.test(a)) paths.push(a);
    else globs.push(a.replace(/\\/g, '/').replace(/^\.\//, ''));
  }
  return { paths, globs };
}

/** The folder a glob is scanned from: its segments before the first wildcard (`ml/**\/*.yml` → `ml`). */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  return parts.slice(0, parts.findIndex((p) => MAGIC.test(p))).join('/') || '.';
}

/** What to read and what to report on, from the paths and globs a user gave. */
export interface Targets {
  /** Root-relative paths to discover. */
  paths: string[];
  include?: string[];
  exclude?: string[];
  /** Report only on these root-relative files (single-file arguments or stdin). */
  reportOnly?: string[];
  /** The folder whose configuration applies, besides the root's. */
  configPaths: string[];
}

/**
 * Folders are scanned whole, with include/exclude relative to the folder when there is one;
 * files given one by one (pre-commit, an editor, stdin) are reported on alone while the whole
 * root is read, so configuration and cross-file context are the same as in a full scan.
 */
export function resolveTargets(o: { root: string; args: string[]; include?: string[]; exclude?: string[]; stdinFilename?: string }): Targets {
  const root = resolve(o.root);
  const exists = (p: string) => existsSync(resolve(root, p));
  const { paths: given, globs } = splitPathArgs(o.args, exists);
  const rel = (p: string) => relative(root, resolve(root, p)).split(sep).join('/') || '.';
  const isFile = (p: string) => {
    try {
      return statSync(resolve(root, p)).isFile();
    } catch {
      return false;
    }
  };
  if (o.stdinFilename !== undefined || (given.length > 0 && !globs.length && given.every(isFile))) {
    const files = o.stdinFilename !== undefined ? [rel(o.stdinFilename)] : given.map(rel);
    const dirs = [...new Set(files.map((f) => posix.dirname(f)))];
    return { paths: ['.'], include: o.include, exclude: o.exclude, reportOnly: files, configPaths: dirs.length === 1 ? dirs : [] };
  }
  const absRoot = root.split(sep).join('/');
  if (globs.length) {
    // Each glob is a target of its own, and so is each plain path: their union is scanned.
    const include = [...(anchorGlobs(o.include, '.', absRoot) ?? []), ...globs, ...given.flatMap((p) => [rel(p), `${rel(p)}/**`])];
    return { paths: [...given, ...globs.map(globBase)], include, exclude: anchorGlobs(o.exclude, '.', absRoot), configPaths: [] };
  }
  const base = given.length === 1 && !isFile(given[0]) ? rel(given[0]) : '.';
  return { paths: given, include: anchorGlobs(o.include, base, absRoot), exclude: anchorGlobs(o.exclude, base, absRoot), configPaths: given.length === 1 ? given : [] };
}

/** The one folder argument when it lies outside the current directory, as an absolute path. */
export function outsideFolder(cwd: string, positionals: string[]): string | undefined {
  if (positionals.length !== 1 || positionals[0] === '-') return undefined;
  const abs = resolve(cwd, positionals[0]);
  const back = relative(cwd, abs);
  if (!(back === '..' || back.startsWith('..' + sep) || isAbsolute(back))) return undefined;
  try {
    return statSync(abs).isDirectory() ? abs : undefined;
  } catch {
    return undefined;
  }
}
