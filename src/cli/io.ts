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
