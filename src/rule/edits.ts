// Text edits built from located values: a fix rewrites only the characters a value occupies, in
// the spelling the file already uses (its quotes, its indentation), never a reformatted file.
import type { Loc, SourceFile } from '../model/located.js';
import type { MValue } from '../model/value.js';
import type { TextEdit } from './contract.js';

/** The source text a location covers. */
export function textAt(src: SourceFile, loc: Loc): string {
  return src.text.slice(src.lines.offset(loc.range.start), src.lines.offset(loc.range.end));
}

/**
 * Replaces a scalar where it is written. A quoted value keeps its quotes (`'AADToken'` →
 * `'AMLToken'`); a bare command-line flag whose presence means true (`--admin-enabled`) gets the
 * value written after it. Undefined when the value spans lines or its text is not a scalar.
 */
export function replaceScalar(src: SourceFile, v: MValue, text: string): TextEdit | undefined {
  const { start, end } = v.loc.range;
  if (start.line !== end.line || end.column <= start.column) return undefined;
  const written = textAt(src, v.loc);
  if (/^--?[A-Za-z][\w-]*$/.test(written)) return insertAt(v.loc.file, end, ' ' + text);
  const quoted = /^(['"])(.*)\1$/s.exec(written);
  if (quoted) {
    if (/[{}$\\]/.test(quoted[2])) return undefined; // an interpolated string is not one value
    return { file: v.loc.file, range: { start: { ...start, column: start.column + 1 }, end: { ...end, column: end.column - 1 } }, replacement: text };
  }
  if (/[\s{}()[\],]/.test(written)) return undefined; // an expression, not a literal
  return { file: v.loc.file, range: v.loc.range, replacement: text };
}

/** An insertion at a position. */
export function insertAt(file: string, at: { line: number; column: number }, text: string): TextEdit {
  return { file, range: { start: { ...at }, end: { ...at } }, replacement: text };
}

/** The indentation (leading spaces or tabs) of a 1-based line. */
export function indentOf(src: SourceFile, line: number): string {
  return /^[ \t]*/.exec(src.lines.lineText(line))![0];
}

/** One indentation step as the file writes it: a tab, or the smallest space run that indents a line. */
export function indentUnit(src: SourceFile): string {
  let min = Infinity;
  for (let l = 1; l <= src.lines.lineCount; l++) {
    const m = /^( +)\S/.exec(src.lines.lineText(l));
    if (/^\t+\S/.test(src.lines.lineText(l))) return '\t';
    if (m && m[1].length < min) min = m[1].length;
  }
  return Number.isFinite(min) ? ' '.repeat(min) : '  ';
}

/** The line break the file uses. */
export function eolOf(src: SourceFile): string {
  return src.text.includes('\r\n') ? '\r\n' : '\n';
}
