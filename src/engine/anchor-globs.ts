import { posix } from 'node:path';

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
 * not expand it) becomes an include pattern, scanned from its folder part (`"ml/**\/*.yml"` →
 * path `ml`, include `ml/**\/*.yml`).
 */
export function splitPathArgs(args: string[], exists: (p: string) => boolean): { paths: string[]; globs: string[] } {
  const paths: string[] = [];
  const globs: string[] = [];
  for (const a of args) {
    if (exists(a) || !MAGIC.test(a)) {
      paths.push(a);
      continue;
    }
    const parts = a.replace(/\\/g, '/').split('/');
    const fixed = parts.slice(0, parts.findIndex((p) => MAGIC.test(p)));
    paths.push(fixed.join('/') || '.');
    globs.push(a.replace(/^\.\//, ''));
  }
  return { paths, globs };
}
