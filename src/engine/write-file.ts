import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Writes a report file, creating missing folders; undefined when written, else why not (one line). */
export function writeOutputFile(path: string, text: string): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return undefined;
  } catch (e) {
    return writeProblem(e);
  }
}
