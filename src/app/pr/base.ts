import { candidatesFor } from '../../formats/registry.js';
import { DEFAULT_MAX_FILE } from '../../engine/lint.js';
import { memorySource } from '../../engine/files/memory.js';
import type { FileSource } from '../../engine/files/source.js';
import { changedFiles, ensureCommit, isGitCheckout, mergeBase, readRevision, type ChangedFile } from '../git/revision.js';
import { GitError } from '../git/run.js';

/** The base of a pull request (or of `--base REF`), read from git objects: nothing is checked out. */
export interface BaseRevision {
  /** The commit compared with: where the head left the base ref, when history shows it, else the ref's commit. */
  commit: string;
  /** Its files, for the same discovery and readers as the head. */
  source: FileSource;
  /** What the change did, by git: paths relative to the scan root. */
  changes: ChangedFile[];
}

/**
 * Resolves `ref` (fetching just that commit into a shallow clone), reads the scan root's files at
 * that commit (only the formats amlguard reads, up to the size limit) and lists the changed files
 * between it and the working tree. Throws GitError with a sentence when any of that is impossible.
 */
export async function loadBase(root: string, ref: string, opts: { maxFileSize?: number } = {}): Promise<BaseRevision> {
  if (!(await isGitCheckout(root))) throw new GitError(`A base revision (${ref}) needs a git checkout, and ${root} is not one.`);
  const tip = await ensureCommit(root, ref);
  const commit = (await mergeBase(root, tip, 'HEAD')) ?? tip;
  const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE;
  const files = await readRevision(root, commit, (path, size) => candidatesFor(path).length > 0 && size <= limit);
  return { commit, source: memorySource(root, files), changes: await changedFiles(root, commit) };
}

/** Base path → head path of every renamed file. */
export function renamesOf(changes: ChangedFile[]): Map<string, string> {
  return new Map(changes.filter((c) => c.from && c.status === 'R').map((c) => [c.from!, c.path]));
}

/** Every path the change touched, at the head and (for renames) at the base. */
export function changedPaths(changes: ChangedFile[]): Set<string> {
  return new Set(changes.flatMap((c) => (c.from ? [c.path, c.from] : [c.path])));
}
