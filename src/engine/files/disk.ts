import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileEntry, FileSource, FileStat } from './source.js';

/**
 * The working tree under `root`. Only regular files whose real path is inside the real root are
 * read: a symlinked module pointing outside the checkout, or `/dev/zero` behind a module path,
 * reads as missing; FIFOs, sockets and devices are listed as special and never opened.
 */
export function diskSource(root: string): FileSource {
  const abs = resolve(root);
  const realRoot = realOrSelf(abs);
  const unread = new Map<string, string>();
  // Folders by path: their real path and whether it is inside the real root. A folder met while
  // listing its parent (a real folder, not a symlink) is known without a system call; others are
  // resolved once. A file that is not a symlink itself is then placed with one lstat.
  const folders = new Map<string, { real: string; inside: boolean }>([[abs, { real: realRoot, inside: true }]]);
  const folderOf = (folder: string) => {
    let known = folders.get(folder);
    if (!known) {
      const real = realpathSync.native(folder);
      folders.set(folder, (known = { real, inside: isInside(realRoot, real) }));
    }
    return known;
  };
  return {
    root: abs,
    stat(rel) {
      try {
        const st = statSync(join(abs, rel));
        if (st.isDirectory()) return { dir: true, size: 0 };
        if (st.isFile()) return { dir: false, size: st.size };
        return { dir: false, size: 0, special: kindOf(st) };
      } catch {
        return undefined;
      }
    },
    list(relDir) {
      const folder = join(abs, relDir);
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        return [];
      }
      const parent = folders.get(folder);
      const out: FileEntry[] = [];
      for (const e of entries) {
        if (e.isDirectory()) {
          out.push({ name: e.name, dir: true, size: 0 });
          if (parent) folders.set(`${folder}${sep}${e.name}`, { real: `${parent.real}${sep}${e.name}`, inside: parent.inside });
        } else if (e.isFile()) {
          const st = fileStat(`${folder}${sep}${e.name}`);
          if (st) out.push({ name: e.name, ...st });
        } else if (isSpecial(e)) out.push({ name: e.name, dir: false, size: 0, special: kindOf(e) });
      }
      return out;
    },
    read(rel) {
      const why = (text: string) => (unread.set(rel, text), undefined);
      const path = join(abs, rel);
      let real: string;
      let inside: boolean;
      let st: Stats;
      try {
        st = lstatSync(path);
        if (st.isSymbolicLink()) {
          real = realpathSync.native(path);
          inside = isInside(realRoot, real);
          st = statSync(real);
        } else {
          const folder = folderOf(dirname(path));
          real = `${folder.real}${sep}${basename(path)}`;
          inside = folder.inside;
        }
      } catch (e) {
        return why(missingWhy(e));
      }
      if (!inside) return why('it leads outside the scan root (symlink)');
      if (!st.isFile()) return why(`it is ${kindOf(st)}, not a regular file`);
      try {
        return readFileSync(real);
      } catch (e) {
        return why(missingWhy(e));
      }
    },
    whyUnread(rel) {
      return unread.get(rel);
    },
  };
}

function isInside(realRoot: string, real: string): boolean {
  const back = relative(realRoot, real);
  return !(back === '..' || back.startsWith('..' + sep) || isAbsolute(back));
}

function fileStat(path: string): FileStat | undefined {
  try {
    return { dir: false, size: statSync(path).size };
  } catch {
    return undefined; // vanished while listing
  }
}

function isSpecial(e: Dirent): boolean {
  return e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice();
}

function realOrSelf(p: string): string {
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
function kindOf(st: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'a special file';
}
