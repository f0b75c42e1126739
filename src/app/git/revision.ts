import { git, gitMaybe, gitWithInput, GitError } from './run.js';

/** One file of a revision, as `git ls-tree` lists it. */
export interface TreeFile {
  /** Path relative to the folder git ran in, POSIX separators. */
  path: string;
  oid: string;
  size: number;
}

/** The commit a ref names (`main`, `origin/main`, `HEAD~1`, a sha), or undefined when it is not in this clone. */
export async function resolveCommit(repo: string, ref: string): Promise<string | undefined> {
  const out = await gitMaybe(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return out?.toString('utf8').trim() || undefined;
}

export async function isShallow(repo: string): Promise<boolean> {
  return (await git(repo, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
}

/** The folder git ran in is inside a work tree (false: not a git checkout at all). */
export async function isGitCheckout(repo: string): Promise<boolean> {
  return (await gitMaybe(repo, ['rev-parse', '--is-inside-work-tree']))?.toString('utf8').trim() === 'true';
}

/**
 * The commit of `ref`, fetched from `origin` when this clone does not have it (a shallow CI
 * checkout has only the head): `git fetch --depth=1 origin <ref>` in a shallow clone, so only that
 * commit comes down. Throws a GitError with one sentence saying what to do when it cannot be had.
 */
export async function ensureCommit(repo: string, ref: string): Promise<string> {
  const local = await resolveCommit(repo, ref);
  if (local) return local;
  const shallow = await isShallow(repo).catch(() => false);
  const fetched = await gitMaybe(repo, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), '--end-of-options', 'origin', ref]);
  const sha = fetched && ((await resolveCommit(repo, ref)) ?? (await resolveCommit(repo, 'FETCH_HEAD')));
  if (sha) return sha;
  throw new GitError(
    `The base commit ${ref} is not in this ${shallow ? 'shallow ' : ''}clone and could not be fetched from origin; check out with \`fetch-depth: 0\` (actions/checkout) or fetch the base commit before running amlguard.`,
  );
}

/** The commit where `head` left `base` (what a pull request is compared with), or undefined when history is too shallow to tell. */
export async function mergeBase(repo: string, base: string, head: string): Promise<string | undefined> {
  return (await gitMaybe(repo, ['merge-base', '--end-of-options', base, head]))?.toString('utf8').trim() || undefined;
}

const TREE_LINE = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/;

/**
 * The regular files of a commit under the folder git runs in (paths relative to it), without
 * touching the working tree. Symlinks and submodules are left out, as discovery skips them on disk.
 */
export async function listTree(repo: string, commit: string): Promise<TreeFile[]> {
  const out = (await git(repo, ['ls-tree', '-r', '-z', '--long', '--end-of-options', commit])).toString('utf8');
  const files: TreeFile[] = [];
  for (const line of out.split('\0')) {
    const m = TREE_LINE.exec(line);
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue;
    files.push({ path: m[5], oid: m[3], size: Number(m[4]) });
  }
  return files;
}

/** The bytes of many blobs through one `git cat-file --batch` process. */
export async function readBlobs(repo: string, files: TreeFile[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (!files.length) return blobs;
  const expected = files.reduce((n, f) => n + f.size + f.oid.length + 32, 0);
  const out = await gitWithInput(repo, ['cat-file', '--batch'], files.map((f) => f.oid).join('\n') + '\n', expected);
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [oid, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    blobs.set(oid, out.subarray(at, at + n));
    at += n + 1; // content, then a newline
  }
  return blobs;
}

/**
 * The files of a commit that `want` selects, with their bytes; files not wanted keep their size
 * only (discovery still sees them, e.g. to report a file over the size limit).
 */
export async function readRevision(repo: string, commit: string, want: (path: string, size: number) => boolean): Promise<Map<string, { size: number; bytes?: Buffer }>> {
  const tree = await listTree(repo, commit);
  const wanted = tree.filter((f) => want(f.path, f.size));
  const blobs = await readBlobs(repo, wanted);
  return new Map(tree.map((f) => [f.path, { size: f.size, bytes: blobs.get(f.oid) }]));
}

/** A file the change touched: `A`dded, `M`odified, `D`eleted, `R`enamed (with `from`), `C`opied, `T`ype changed. */
export interface ChangedFile {
  status: string;
  path: string;
  /** The path at the base, for renames and copies. */
  from?: string;
}

/**
 * Files changed between `base` and `head` (`git diff --name-status -z -M base...head`, paths
 * relative to the folder git runs in), or between `base` and the working tree when `head` is
 * omitted (untracked files count as added). When the clone is too shallow for a merge base, the
 * two commits are compared directly.
 */
export async function changedFiles(repo: string, base: string, head?: string): Promise<ChangedFile[]> {
  const diff = ['diff', '--name-status', '-z', '-M', '--relative', '--no-color', '--no-ext-diff'];
  if (!head) {
    const tracked = parseNameStatus(await git(repo, [...diff, '--end-of-options', base]));
    const untracked = (await git(repo, ['ls-files', '--others', '--exclude-standard', '-z'])).toString('utf8').split('\0').filter(Boolean);
    return [...tracked, ...untracked.map((path) => ({ status: 'A', path }))];
  }
  const out = (await gitMaybe(repo, [...diff, '--end-of-options', `${base}...${head}`])) ?? (await git(repo, [...diff, '--end-of-options', base, head]));
  return parseNameStatus(out);
}

function parseNameStatus(out: Buffer): ChangedFile[] {
  const parts = out.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; ) {
    const status = parts[i++];
    if (!status) break;
    if (status[0] === 'R' || status[0] === 'C') {
      files.push({ status: status[0], from: parts[i], path: parts[i + 1] });
      i += 2;
    } else files.push({ status: status[0], path: parts[i++] });
  }
  return files;
}
