import { posix } from 'node:path';
import { diskSource } from './files/disk.js';
import type { FileSource } from './files/source.js';
import { SourceFile } from '../model/located.js';
import { EvalBudget } from '../model/eval-budget.js';
import type { ReadContext } from '../formats/registry.js';

/** Iterations read per loop unless the configuration says otherwise. */
export const DEFAULT_MAX_LOOP_ITERATIONS = 1000;

/** The engine's side of the read context: why a file could not be read, for the finding that says so. */
export interface EngineReadContext extends ReadContext {
  /** Why `source(rel)` gave undefined (`it is not UTF-8 text`, `it is a FIFO, not a regular file`, …). */
  whyUnread(rel: string): string | undefined;
}

export interface ScanInfo {
  files?: readonly string[];
  maxLoopIterations?: number;
  /** The evaluation limits of the run (reset per file read by the engine). */
  budget?: EvalBudget;
}

const leaves = (rel: string) => rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel);

/**
 * File access for readers (from disk or a git revision), cached so no file is read or parsed
 * twice. Paths leaving the root are never read; the disk source also refuses symlinks leading out
 * of it and anything that is not a regular file.
 */
export function readContext(root: string, sources: Map<string, SourceFile>, files: FileSource = diskSource(root), scan: ScanInfo = {}): EngineReadContext {
  const unread = new Map<string, string>();
  const memos = new Map<string, unknown>();
  const listed = new Map<string, string[]>();
  const budget = scan.budget ?? new EvalBudget();
  return {
    root,
    budget,
    files: scan.files ?? [],
    maxLoopIterations: scan.maxLoopIterations ?? DEFAULT_MAX_LOOP_ITERATIONS,
    source(rel) {
      const key = posix.normalize(rel);
      const hit = sources.get(key);
      if (hit || unread.has(key)) return hit;
      if (leaves(key)) {
        unread.set(key, 'it is outside the scan root');
        return undefined;
      }
      const bytes = files.read(key);
      const text = bytes && decode(bytes);
      if (text === undefined) {
        unread.set(key, bytes ? 'it is not UTF-8 text' : (files.whyUnread?.(key) ?? 'it cannot be read'));
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
      const key = posix.normalize(relDir);
      if (leaves(key)) return [];
      // Listed once per run: readers ask for a file's folder once per file (parameter files beside templates).
      let names = listed.get(key);
      if (!names) {
        names = files
          .list(key)
          .filter((e) => !e.dir && !e.special)
          .map((e) => posix.join(key, e.name))
          .sort();
        listed.set(key, names);
      }
      return names;
    },
    forget(key) {
      memos.delete(key);
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

/** For reporters' source snippets: the same rules as readers (regular files inside the root only). */
export function readRegularText(root: string, rel: string): string | undefined {
  const key = posix.normalize(rel);
  if (leaves(key)) return undefined;
  const bytes = diskSource(root).read(key);
  return bytes && decode(bytes);
}

// One decoder for the run: each call decodes a whole buffer, so no state carries over.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Strict UTF-8 (a BOM is dropped); undefined for binary or other encodings. */
export function decode(buf: Uint8Array): string | undefined {
  // A NUL in the first 8 KiB marks a binary file (most files are shorter: no view needed).
  if ((buf.length <= 8192 ? buf : buf.subarray(0, 8192)).includes(0)) return undefined;
  try {
    return STRICT_UTF8.decode(buf);
  } catch {
    return undefined;
  }
}
