/**
 * Where the engine reads a scan's files from: the working tree on disk, or one git revision held
 * in memory (pull-request mode lints the base commit without checking it out). Paths are relative
 * to `root`, with POSIX separators; `.` is the root itself.
 */
export interface FileSource {
  /** Absolute path the relative paths are resolved against (for a git revision: the checkout it belongs to). */
  readonly root: string;
  /** Whether a path is a file (with its size) or a folder; undefined when missing. */
  stat(rel: string): FileStat | undefined;
  /** Regular files and folders directly inside a folder (symlinks are left out: no loops), in any order; [] when missing. */
  list(relDir: string): FileEntry[];
  /** A file's bytes; undefined when missing or unreadable. */
  read(rel: string): Buffer | undefined;
  /** Why `read(rel)` gave undefined, in words (`it is a FIFO, not a regular file`), when known. */
  whyUnread?(rel: string): string | undefined;
}

export interface FileStat {
  dir: boolean;
  /** Bytes (0 for folders). */
  size: number;
  /** For a FIFO, socket or device (never opened): what it is, e.g. `a FIFO`. */
  special?: string;
}

export interface FileEntry extends FileStat {
  name: string;
}
