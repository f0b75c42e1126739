import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import type { ReadContext } from '../../src/formats/contract.js';
import { runCli } from '../../src/cli/main.js';
import { SourceFile } from '../../src/model/located.js';
import { EvalBudget } from '../../src/model/eval-budget.js';

/**
 * A fresh `amlguard-<what>-*` folder in the temp directory, removed when the current test ends
 * (or, when made outside a test, when its suite ends).
 */
export function tempDir(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), `amlguard-${what}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return dir;
}

/** A throw-away repository on disk: repo-relative path → content. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = tempDir('test');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the CLI in-process in `cwd`, capturing its output and exit code. */
export async function cliIn(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false });
  return { code, stdout, stderr };
}

/** An in-memory scan for reader tests: repo-relative path → text. */
export function memContext(files: Record<string, string>, maxLoopIterations = 1000): ReadContext {
  const sources = new Map(Object.entries(files).map(([p, t]) => [p, new SourceFile(p, t)]));
  const memos = new Map<string, unknown>();
  return {
    root: '/mem',
    budget: new EvalBudget(),
    files: Object.keys(files),
    maxLoopIterations,
    source: (rel) => sources.get(posix.normalize(rel)),
    list: (dir) => [...sources.keys()].filter((k) => posix.dirname(k) === posix.normalize(dir)).sort(),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
