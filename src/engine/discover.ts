import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { candidatesFor } from '../formats/registry.js';
import { kindOf, realOrSelf } from './read-context.js';

export interface DiscoveredFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the scan root, POSIX separators. */
  rel: string;
  size: number;
  /** Why it is not read although its name is one a format reads (a FIFO, a device, outside the root). */
  skip?: string;
}

export interface DiscoverOptions {
  root: string;
  /** Paths (files or folders) to scan, relative to root or absolute; default the root. */
  paths?: string[];
  /** Only files matching one of these globs (repo-relative), when given. */
  include?: string[];
  /** Files matching any of these globs are skipped. */
  exclude?: string[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.venv', '__pycache__']);

function matcher(globs: string[] | undefined): ((p: string) => boolean) | undefined {
  const list = (globs ?? []).map((g) => g.trim()).filter(Boolean);
  if (!list.length) return undefined;
  const ms = list.map((g) => new Minimatch(g, { dot: true, nocase: false, matchBase: !g.includes('/') }));
  return (p) => ms.some((m) => m.match(p));
}

/** Walks the given paths in a stable order; never follows symlinked folders (no loops). */
export function discover(opts: DiscoverOptions): DiscoveredFile[] {
  const root = resolve(opts.root);
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];

  const consider = (abs: string, size: number, skip?: string) => {
    const rel = relative(root, abs).split(sep).join('/');
    // By name only: which format reads it is decided on the text (formats/registry.ts).
    if (!candidatesFor(abs).length || seen.has(abs)) return;
    if (include && !include(rel)) return;
    if (exclude && exclude(rel)) return;
    seen.add(abs);
    out.push(skip ? { abs, rel, size, skip } : { abs, rel, size });
  };

  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue;
        const rel = relative(root, abs).split(sep).join('/');
        if (exclude && (exclude(rel) || exclude(rel + '/'))) continue;
        walk(abs);
      } else if (e.isFile()) {
        try {
          consider(abs, statSync(abs).size);
        } catch {
          /* vanished while walking */
        }
      } else if (special(e)) consider(abs, 0, `it is ${special(e)}, not a regular file`);
    }
  };
  const realRoot = realOrSelf(root);

  for (const p of opts.paths?.length ? opts.paths : ['.']) {
    const abs = resolve(root, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`path not found: ${p}`);
    }
    const real = realOrSelf(abs);
    const back = relative(realRoot, real);
    const outside = back === '..' || back.startsWith('..' + sep) || isAbsolute(back);
    if (outside) consider(abs, 0, 'it is outside the scan root');
    else if (st.isDirectory()) walk(abs);
    else consider(abs, st.size, st.isFile() ? undefined : `it is ${kindOf(st)}, not a regular file`);
  }
  return out;
}

/** FIFOs, sockets and devices: never opened (reading a FIFO blocks, a device may never end). */
function special(e: Dirent): string | undefined {
  return e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice() ? kindOf(e) : undefined;
}

/** A mistake in how amlguard was called (exit code 2). */
export class UsageError extends Error {}
