import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileEntry, FileSource, FileStat } from './source.js';

/** The working tree under `root`. */
export function diskSource(root: string): FileSource {
  const abs = resolve(root);
  return {
    root: abs,
    stat(rel) {
      try {
        const st = statSync(join(abs, rel));
        return st.isDirectory() ? { dir: true, size: 0 } : st.isFile() ? { dir: false, size: st.size } : undefined;
      } catch {
        return undefined;
      }
    },
    list(relDir) {
      let entries;
      try {
        entries = readdirSync(join(abs, relDir), { withFileTypes: true });
      } catch {
        return [];
      }
      const out: FileEntry[] = [];
      for (const e of entries) {
        if (e.isDirectory()) out.push({ name: e.name, dir: true, size: 0 });
        else if (e.isFile()) {
          const st = fileStat(join(abs, relDir, e.name));
          if (st) out.push({ name: e.name, ...st });
        }
      }
      return out;
    },
    read(rel) {
      try {
        return readFileSync(join(abs, rel));
      } catch {
        return undefined;
      }
    },
  };
}

function fileStat(path: string): FileStat | undefined {
  try {
    return { dir: false, size: statSync(path).size };
  } catch {
    return undefined; // vanished while listing
  }
}
