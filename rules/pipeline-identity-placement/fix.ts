// The fix for a root identity: the same identity block, cut from the root and written into each
// step that runs on a compute (steps with an identity of their own keep it).
import type { Resource } from '../../src/model/resource.js';
import type { SourceFile } from '../../src/model/located.js';
import type { Fix, TextEdit } from '../../src/rule/contract.js';
import { eolOf, indentOf } from '../../src/rule/edits.js';

export function moveRootIdentity(j: Resource, src: SourceFile | undefined): Fix | undefined {
  const id = j.identity;
  if (!id || !src || src.path !== j.file || id.decl.range.start.column !== 1) return undefined;
  const eol = eolOf(src);
  const first = id.decl.range.start.line;
  const last = blockEnd(src, first, 0);
  // The block as written, without a comment on its `identity:` line (markers, notes about the root).
  const block = Array.from({ length: last - first + 1 }, (_, k) => src.lines.lineText(first + k));
  block[0] = block[0].replace(/\s+#.*$/, '');
  const edits: TextEdit[] = [{ file: src.path, range: { start: { line: first, column: 1 }, end: { line: last + 1, column: 1 } }, replacement: '' }];
  for (const s of j.steps ?? []) {
    if (s.identity || s.type === 'pipeline' || s.nameLoc.file !== src.path) continue;
    const keyIndent = s.nameLoc.range.start.column - 1;
    const end = blockEnd(src, s.nameLoc.range.start.line, keyIndent);
    const child = end > s.nameLoc.range.start.line ? indentOf(src, end) : undefined;
    if (child === undefined || child.length <= keyIndent) return undefined; // a flow-style step: leave it to the author
    const text = src.lines.lineText(end);
    edits.push({ file: src.path, range: { start: { line: end, column: text.length + 1 }, end: { line: end, column: text.length + 1 } }, replacement: block.map((l) => eol + child + l).join('') });
  }
  if (edits.length === 1) return undefined; // no step to move it to
  return { description: 'Move the root identity onto each step that runs on a compute.', edits };
}

/** The last non-blank line of the block opened at `line` (lines indented deeper than `indent`). */
function blockEnd(src: SourceFile, line: number, indent: number): number {
  let end = line;
  for (let l = line + 1; l <= src.lines.lineCount; l++) {
    const text = src.lines.lineText(l);
    if (!text.trim()) continue;
    if (indentOf(src, l).length <= indent && !text.trim().startsWith('#')) break;
    if (!text.trim().startsWith('#') || indentOf(src, l).length > indent) end = l;
  }
  return end;
}
