import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Why a file could not be written, in one line (no stack). */
export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      // Library errors without a code (the job summary's) carry a one-line message; never a stack.
      return code ?? (e instanceof Error ? e.message.split('\n')[0].slice(0, 300) : 'write failed');
  }
}

const WRITE_SLICE = 1 << 20;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Writes a report file, creating missing folders; undefined when written, else why not (one line). */
export function writeOutputFile(path: string, text: string): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      // In slices: a report of a large repository is tens of megabytes, and encoding it whole
      // would hold a second copy of it in memory.
      for (let i = 0; i < text.length; ) {
        let end = Math.min(i + WRITE_SLICE, text.length);
        // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
        writeSync(fd, text.slice(i, end));
        i = end;
      }
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (e) {
    return writeProblem(e);
  }
}
