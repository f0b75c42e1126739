import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { SourceFile } from '../model/located.js';
import { EvalBudget } from '../model/eval-budget.js';
import type { ReadContext } from '../formats/registry.js';

/** The engine's side of the read context: why a file could not be read, for the finding that says so. */
export interface EngineReadContext extends ReadContext {
  /** Why `source(rel)` gave undefined (`not UTF-8 text`, `a FIFO, not a regular file`, …). */
  whyUnread(rel: string): string | undefined;
}

export interface ReadLimits {
  /** Files larger than this are not read (bytes). */
  maxFileSize: number;
  budget?: EvalBudget;
}

/**
 * File access for readers, cached so no file is read or parsed twice. Only regular files whose
 * real path is inside the real scan root are read: a symlinked module folder pointing outside the
 * checkout, a FIFO or `/dev/zero` behind a module path read as missing.
 */
export function readContext(root: string, sources: Map<string, SourceFile>, limits: ReadLimits = { maxFileSize: Infinity }): EngineReadContext {
  const unread = new Map<string, string>();
  const memos = new Map<string, unknown>();
  const realRoot = realOrSelf(root);
  const budget = limits.budget ?? new EvalBudget();
  return {
    root,
    budget,
    source(rel) {
      const key = posix.normalize(rel);
      const hit = sources.get(key);
      if (hit || unread.has(key)) return hit;
      const text = readRegular(root, realRoot, key, limits.maxFileSize);
      if (typeof text !== 'string') {
        unread.set(key, text.why);
        return undefined;
      }
      const src = new SourceFile(key, text);
      sources.set(key, src);
      return src;
    },
    whyUnread(rel) {
      return unread.get(posix.normalize(rel));
    },
    list(relDir) {
      const dir = posix.normalize(relDir);
      const at = inside(root, realRoot, dir);
      if (!('real' in at)) return [];
      try {
        return readdirSync(at.real, { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => posix.join(dir, e.name))
          .sort();
      } catch {
        return [];
      }
    },
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const v = compute();
      // A value cut short by the current file's budget must not stand in for another file's read.
      if (!budget.crossed) memos.set(key, v);
      return v;
    },
  };
}

/** The real path of a repo-relative path when it stays inside the real root, else why not. */
function inside(root: string, realRoot: string, rel: string): { real: string } | { why: string } {
  if (rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel)) return { why: 'it is outside the scan root' };
  let real: string;
  try {
    real = realpathSync.native(join(root, rel));
  } catch (e) {
    return { why: missingWhy(e) };
  }
  const back = relative(realRoot, real);
  if (back === '..' || back.startsWith('..' + sep) || isAbsolute(back)) return { why: 'it leads outside the scan root (symlink)' };
  return { real };
}

/** A regular file's UTF-8 text when its real path is inside the real root, else why not. */
function readRegular(root: string, realRoot: string, rel: string, maxFileSize: number): string | { why: string } {
  const at = inside(root, realRoot, rel);
  if (!('real' in at)) return at;
  let st: Stats;
  try {
    st = statSync(at.real);
  } catch (e) {
    return { why: missingWhy(e) };
  }
  if (!st.isFile()) return { why: `it is ${kindOf(st)}, not a regular file` };
  if (st.size > maxFileSize) return { why: `it is ${st.size} bytes, over the ${maxFileSize}-byte limit` };
  let buf: Buffer;
  try {
    buf = readFileSync(at.real);
  } catch (e) {
    return { why: missingWhy(e) };
  }
  return decode(buf) ?? { why: 'it is not UTF-8 text' };
}

/** For reporters' source snippets: the same rules as readers (regular files inside the root only). */
export function readRegularText(root: string, rel: string, maxFileSize = 5 * 1024 * 1024): string | undefined {
  const text = readRegular(root, realOrSelf(root), posix.normalize(rel), maxFileSize);
  return typeof text === 'string' ? text : undefined;
}

export function realOrSelf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

function missingWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist (missing, or removed while scanning)';
  if (code === 'EACCES' || code === 'EPERM') return 'it cannot be read (permission denied)';
  if (code === 'ELOOP') return 'it is a symlink loop';
  return `it cannot be read (${code ?? 'I/O error'})`;
}

/** What a non-regular file is, in words. */
export function kindOf(st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSymbolicLink()) return 'a symlink';
  return 'a special file';
}

/** Strict UTF-8 (a BOM is dropped); undefined for binary or other encodings. */
export function decode(buf: Buffer): string | undefined {
  if (buf.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return undefined;
  }
}
