import { join, posix, relative, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { isReadByName } from '../formats/endings.js';
import { diskSource } from './files/disk.js';
import type { FileSource } from './files/source.js';

export interface DiscoveredFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the scan root, POSIX separators. */
  rel: string;
  size: number;
  /** Why it is not read although its name is one a format reads (a FIFO, a socket, a device). */
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
  /** Stop once this many files are found (to ask "is there anything to read?"). */
  stopAfter?: number;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.venv', '__pycache__']);

/** `**` then `/*` then a literal ending (`**​/*.yml`): any file in any folder whose path ends so, dotfiles included. */
const ANY_PATH_ENDING = /^\*\*\/\*([^*?[\]{}()!+@\\/]+)$/;

function matcher(globs: string[] | undefined): ((p: string) => boolean) | undefined {
  const list = (globs ?? []).map((g) => g.trim()).filter(Boolean);
  if (!list.length) return undefined;
  // The common "every file of this kind" glob is a string test; minimatch answers the rest.
  const endings: string[] = [];
  const ms: Minimatch[] = [];
  for (const g of list) {
    const ending = ANY_PATH_ENDING.exec(g)?.[1];
    if (ending) endings.push(ending);
    else ms.push(new Minimatch(g, { dot: true, nocase: false, matchBase: !g.includes('/') }));
  }
  return (p) => endings.some((e) => p.endsWith(e)) || ms.some((m) => m.match(p));
}

/** Walks the given paths in a stable order (on disk, or in a git revision); never follows symlinked folders (no loops). */
export function discover(opts: DiscoverOptions, source: FileSource = diskSource(opts.root)): DiscoveredFile[] {
  const root = resolve(opts.root);
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];

  const consider = (rel: string, size: number, special?: string) => {
    // By name only: which format reads it is decided on the text (formats/registry.ts).
    if (!isReadByName(rel) || seen.has(rel)) return;
    if (include && !include(rel)) return;
    if (exclude && exclude(rel)) return;
    seen.add(rel);
    out.push(special ? { abs: join(root, rel), rel, size, skip: `it is ${special}, not a regular file` } : { abs: join(root, rel), rel, size });
  };

  const enough = () => opts.stopAfter !== undefined && out.length >= opts.stopAfter;
  const walk = (dir: string) => {
    if (enough()) return;
    const entries = source.list(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (enough()) return;
      const rel = dir === '.' ? e.name : `${dir}/${e.name}`;
      if (e.dir) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (exclude && (exclude(rel) || exclude(rel + '/'))) continue;
        walk(rel);
      } else consider(rel, e.size, e.special);
    }
  };

  for (const p of opts.paths?.length ? opts.paths : ['.']) {
    const rel = posix.normalize(relative(root, resolve(root, p)).split(sep).join('/') || '.');
    const st = source.stat(rel);
    if (!st) throw new UsageError(`path not found: ${p}`);
    if (st.dir) walk(rel);
    else consider(rel, st.size, st.special);
  }
  return out;
}

/** A mistake in how amlguard was called (exit code 2). */
export class UsageError extends Error {}
