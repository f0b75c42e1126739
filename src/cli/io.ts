import { resolve } from 'node:path';
import { writeOutputFile } from '../engine/write-file.js';

/** All the CLI's I/O, so tests can drive it in-process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Environment (NO_COLOR, FORCE_COLOR, TERM); default none. */
  env?: Record<string, string | undefined>;
  /** Reads standard input (for the `-` argument). */
  readStdin?: () => Promise<string>;
}

/**
 * Writes `text` to the `--output` file (relative to `base`), or to stdout when there is none.
 * False, after one line on stderr naming `what` could not be written, when the file cannot be.
 */
export function emit(io: CliIO, text: string, output: string | undefined, base: string, what: string): boolean {
  if (!output) {
    io.stdout(text);
    return true;
  }
  const problem = writeOutputFile(resolve(base, output), text);
  if (problem) io.stderr(`${what}: ${problem}.\n`);
  return !problem;
}
