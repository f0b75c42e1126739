import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { SourceFile } from '../model/located.js';
import type { ReadContext } from '../formats/registry.js';

/** File access for readers, cached so no file is read or parsed twice. */
/** Iterations read per loop unless the configuration says otherwise. */
export const DEFAULT_MAX_LOOP_ITERATIONS = 1000;

export function readContext(root: string, sources: Map<string, SourceFile>, scan: { files?: readonly string[]; maxLoopIterations?: number } = {}): ReadContext {
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
      let text: string | undefined;
      try {
        text = decode(readFileSync(join(root, key)));
      } catch {
        text = undefined;
      }
      if (text === undefined) {
        missing.add(key);
        return undefined;
      }
      const src = new SourceFile(key, text);
      sources.set(key, src);
      return src;
    },
    list(relDir) {
      try {
        return readdirSync(join(root, relDir), { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => posix.join(relDir, e.name))
          .sort();
      } catch {
        return [];
      }
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
