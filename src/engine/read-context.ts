import { posix } from 'node:path';
import { diskSource } from './files/disk.js';
import type { FileSource } from './files/source.js';
import { SourceFile } from '../model/located.js';
import type { ReadContext } from '../formats/registry.js';

/** Iterations read per loop unless the configuration says otherwise. */
export const DEFAULT_MAX_LOOP_ITERATIONS = 1000;

/** File access for readers (from disk or a git revision), cached so no file is read or parsed twice. */
export function readContext(root: string, sources: Map<string, SourceFile>, files: FileSource = diskSource(root), scan: { files?: readonly string[]; maxLoopIterations?: number } = {}): ReadContext {
  const missing = new Set<string>();
  const memos = new Map<string, unknown>();
  return {
    root,
    files: scan.files ?? [],
    maxLoopIterations: scan.maxLoopIterations ?? DEFAULT_MAX_LOOP_ITERATIONS,
    source(rel) {
      const key = posix.normalize(rel);
      const hit = sources.get(key);
      if (hit || missing.has(key)) return hit;
      const bytes = files.read(key);
      const text = bytes && decode(bytes);
      if (text === undefined) {
        missing.add(key);
        return undefined;
      }
      const src = new SourceFile(key, text);
      sources.set(key, src);
      return src;
    },
    list(relDir) {
      return files
        .list(relDir)
        .filter((e) => !e.dir)
        .map((e) => posix.join(relDir, e.name))
        .sort();
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
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
