// Unified diffs of planned fixes, for --fix-dry-run and the job summary. The `diff` package computes
// them (Myers' algorithm with hunk context), which we would otherwise have to write and maintain.
import { createTwoFilesPatch } from 'diff';
import type { FileChange } from '../engine/fixes/plan.js';

/** `git diff`-style patch of one file: `a/<file>` → `b/<file>`, three lines of context. */
export function fileDiff(c: FileChange): string {
  const patch = createTwoFilesPatch(`a/${c.file}`, `b/${c.file}`, c.before, c.after, undefined, undefined, { context: 3 });
  // The package starts with a `===` rule line; patch readers expect `---` first.
  return patch.replace(/^(Index: .*\n)?=+\n/, '');
}

/** Every changed file's patch, in file order. */
export function changesDiff(changes: FileChange[]): string {
  return changes.map(fileDiff).join('');
}
