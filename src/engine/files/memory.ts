import { posix } from 'node:path';
import type { FileEntry, FileSource } from './source.js';

/**
 * A file tree held in memory (a git revision read from objects): repo-relative path → size and
 * bytes; a file listed without bytes is seen by discovery but reads as unreadable.
 */
export function memorySource(root: string, files: ReadonlyMap<string, { size: number; bytes?: Buffer }>): FileSource {
  const dirs = new Map<string, Map<string, FileEntry>>([['.', new Map()]]);
  const add = (dir: string, entry: FileEntry) => {
    let d = dirs.get(dir);
    if (!d) dirs.set(dir, (d = new Map()));
    d.set(entry.name, entry);
  };
  for (const [path, { size }] of files) {
    const file = posix.normalize(path);
    add(posix.dirname(file), { name: posix.basename(file), dir: false, size });
    // Register every ancestor folder in its parent, up to the root (stopping where one is known).
    for (let dir = posix.dirname(file); dir !== '.' && !dirs.get(posix.dirname(dir))?.has(posix.basename(dir)); dir = posix.dirname(dir)) {
      add(posix.dirname(dir), { name: posix.basename(dir), dir: true, size: 0 });
    }
  }
  const key = (rel: string) => posix.normalize(rel.replace(/\/+$/, '') || '.');
  return {
    root,
    stat(rel) {
      const k = key(rel);
      if (dirs.has(k)) return { dir: true, size: 0 };
      const file = files.get(k);
      return file ? { dir: false, size: file.size } : undefined;
    },
    list(relDir) {
      return [...(dirs.get(key(relDir))?.values() ?? [])];
    },
    read(rel) {
      return files.get(key(rel))?.bytes;
    },
  };
}
