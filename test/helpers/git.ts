import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp folder, driven with the git binary; `dispose` removes it. */
export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes files (null deletes) and commits them; returns the new commit's sha. */
  commit(message: string, files: Record<string, string | null>): string;
  write(files: Record<string, string | null>): void;
}

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

export function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Temp folders made by these helpers; `cleanupRepos()` removes them (call it in afterAll/afterEach). */
const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amlguard-git-'));
  made.push(dir);
  return dir;
}

export function cleanupRepos(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function openRepo(dir: string): TestRepo {
  const repo: TestRepo = {
    dir,
    git: (...args) => runGit(dir, args),
    write(files) {
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, name);
        if (content === null) rmSync(path, { force: true });
        else {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, content);
        }
      }
    },
    commit(message, files) {
      repo.write(files);
      repo.git('add', '-A');
      repo.git('commit', '-q', '--allow-empty', '-m', message);
      return repo.git('rev-parse', 'HEAD');
    },
  };
  return repo;
}

export function newRepo(): TestRepo {
  const dir = tempDir();
  runGit(dir, ['init', '-q', '-b', 'main']);
  return openRepo(dir);
}
