// Runs the suite with a private temporary directory and fails the run when a test leaves an
// `amlguard-*` folder behind in it (every test removes what it creates; see helpers/repo.ts).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  // Private, so test runs of other checkouts in the same temp directory cannot be mistaken for leaks.
  const dir = mkdtempSync(join(tmpdir(), 'vitest-run-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir).filter((n) => n.startsWith('amlguard-'));
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length) {
      // An error thrown here is printed but does not fail the run: set the exit code as well.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} temporary folder(s) behind: ${left.join(', ')}`);
    }
  };
}
