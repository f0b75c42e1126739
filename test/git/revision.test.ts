import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, ensureCommit, isShallow, listTree, readBlobs, readRevision, resolveCommit } from '../../src/app/git/revision.js';
import { GitError } from '../../src/app/git/run.js';
import { cleanupRepos, newRepo, openRepo, runGit, tempDir } from '../helpers/git.js';

afterEach(cleanupRepos);

describe('git revisions', () => {
  it('resolves refs to commits and says undefined for a ref the clone does not have', async () => {
    const repo = newRepo();
    const first = repo.commit('first', { 'a.yml': 'a: 1\n' });
    repo.git('branch', 'feature');
    const second = repo.commit('second', { 'a.yml': 'a: 2\n' });
    expect(await resolveCommit(repo.dir, 'feature')).toBe(first);
    expect(await resolveCommit(repo.dir, 'HEAD')).toBe(second);
    expect(await resolveCommit(repo.dir, 'HEAD~1')).toBe(first);
    expect(await resolveCommit(repo.dir, 'no-such-branch')).toBeUndefined();
    expect(await resolveCommit(repo.dir, '--output=/tmp/x')).toBeUndefined(); // never read as an option
  });

  it('reads a revision from objects with one cat-file process, leaving the working tree alone', async () => {
    const repo = newRepo();
    const base = repo.commit('base', { 'ml/workspace.yml': 'name: old\n', 'infra/main.bicep': "param x string = 'a'\n", 'docs/big.bin': Buffer.alloc(10, 1).toString() });
    repo.commit('head', { 'ml/workspace.yml': 'name: new\n', 'infra/main.bicep': null });
    repo.write({ 'ml/workspace.yml': 'name: uncommitted\n' });

    const tree = await listTree(repo.dir, base);
    expect(tree.map((f) => [f.path, f.size])).toEqual([['docs/big.bin', 10], ['infra/main.bicep', 21], ['ml/workspace.yml', 10]]);
    const blobs = await readBlobs(repo.dir, tree);
    expect(blobs.get(tree[2].oid)?.toString()).toBe('name: old\n');

    const files = await readRevision(repo.dir, base, (path) => !path.endsWith('.bin'));
    expect(files.get('infra/main.bicep')?.bytes?.toString()).toBe("param x string = 'a'\n");
    expect(files.get('docs/big.bin')).toEqual({ size: 10, bytes: undefined });
    // Nothing checked out: the working tree keeps its uncommitted edit and its deletion.
    expect(readFileSync(join(repo.dir, 'ml/workspace.yml'), 'utf8')).toBe('name: uncommitted\n');
    expect(repo.git('status', '--porcelain')).toBe('M ml/workspace.yml');
  });

  it('lists paths relative to a subfolder, and only that subfolder', async () => {
    const repo = newRepo();
    const c = repo.commit('c', { 'platform/ml/a.yml': 'a: 1\n', 'other/b.yml': 'b: 1\n' });
    expect((await listTree(join(repo.dir, 'platform'), c)).map((f) => f.path)).toEqual(['ml/a.yml']);
  });

  it('lists changed files with renames, between commits and against the working tree', async () => {
    const repo = newRepo();
    const text = 'name: mlw-fraud\nlocation: westeurope\nidentity:\n  type: system_assigned\n';
    const base = repo.commit('base', { 'ml/ws.yml': text, 'ml/old.yml': 'a: 1\n', 'keep.yml': 'k: 1\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('change', { 'ml/ws.yml': null, 'ml/workspace.yml': text, 'ml/old.yml': null, 'ml/new.yml': 'b: 2\n', 'keep.yml': 'k: 2\n' });
    const head = repo.git('rev-parse', 'HEAD');
    const sorted = (xs: { path: string }[]) => [...xs].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(sorted(await changedFiles(repo.dir, base, head))).toEqual([
      { status: 'M', path: 'keep.yml' },
      { status: 'A', path: 'ml/new.yml' },
      { status: 'D', path: 'ml/old.yml' },
      { status: 'R', from: 'ml/ws.yml', path: 'ml/workspace.yml' },
    ]);
    repo.write({ 'untracked.bicep': 'param p string\n', 'keep.yml': 'k: 3\n' });
    const worktree = await changedFiles(repo.dir, head);
    expect(sorted(worktree)).toEqual([{ status: 'M', path: 'keep.yml' }, { status: 'A', path: 'untracked.bicep' }]);
  });

  it('in a shallow clone, fetches just the base commit from origin', async () => {
    const origin = newRepo();
    const base = origin.commit('base', { 'ml/workspace.yml': 'name: a\n' });
    const head = origin.commit('head', { 'ml/workspace.yml': 'name: b\n' });
    const bare = join(tempDir(), 'origin.git');
    runGit(origin.dir, ['clone', '-q', '--bare', origin.dir, bare]);
    const clone = openRepo(join(tempDir(), 'clone'));
    runGit(origin.dir, ['clone', '-q', '--depth=1', `file://${bare}`, clone.dir]);

    expect(await isShallow(clone.dir)).toBe(true);
    expect(await resolveCommit(clone.dir, base)).toBeUndefined();
    expect(await ensureCommit(clone.dir, base)).toBe(base);
    expect(await isShallow(clone.dir)).toBe(true); // still shallow: one commit came down, not the history
    expect(clone.git('rev-parse', 'HEAD')).toBe(head);
    const files = await readRevision(clone.dir, base, () => true);
    expect(files.get('ml/workspace.yml')?.bytes?.toString()).toBe('name: a\n');
  });

  it('says in one sentence that fetch-depth: 0 is needed when the base cannot be fetched', async () => {
    const origin = newRepo();
    origin.commit('only', { 'a.yml': 'a: 1\n' });
    const bare = join(tempDir(), 'origin.git');
    runGit(origin.dir, ['clone', '-q', '--bare', origin.dir, bare]);
    const clone = openRepo(join(tempDir(), 'clone'));
    runGit(origin.dir, ['clone', '-q', '--depth=1', `file://${bare}`, clone.dir]);
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const err = await ensureCommit(clone.dir, missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toBe(
      `The base commit ${missing} is not in this shallow clone and could not be fetched from origin; check out with \`fetch-depth: 0\` (actions/checkout) or fetch the base commit before running amlguard.`,
    );
  });
});
