import type { CommentSyntax } from '../../formats/registry.js';
import type { Loc, SourceFile } from '../../model/located.js';
import { fingerprint, type Finding } from '../finding.js';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ids: string[];
  justification: string;
  loc: Loc;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `amlguard-disable-next-line <id>[, <id>] -- reason`, `amlguard-disable-line …`,
 * `amlguard-disable-file …`, inside one of the file format's comments.
 */
function directivePattern(comments: readonly CommentSyntax[]): RegExp {
  return new RegExp(`(${comments.map((c) => escape(c.open)).join('|')})\\s*amlguard-disable-(next-line|line|file)\\b(.*)$`);
}

/** The directives of one file, written in its format's `comments`; files without the word are skipped by a cheap check. */
export function parseDirectives(src: SourceFile, comments: readonly CommentSyntax[]): Directive[] {
  if (!comments.length || !src.text.includes('amlguard-disable')) return [];
  const pattern = directivePattern(comments);
  const out: Directive[] = [];
  for (let line = 1; line <= src.lines.lineCount; line++) {
    const text = src.lines.lineText(line);
    const m = pattern.exec(text);
    if (!m) continue;
    let rest = m[3];
    const close = comments.find((c) => c.open === m[1])?.close;
    if (close) rest = rest.slice(0, rest.includes(close) ? rest.indexOf(close) : undefined);
    const [idsPart, ...why] = rest.split(/\s--\s?/);
    const ids = idsPart
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const col = m.index + 1;
    out.push({
      kind: m[2] as DirectiveKind,
      ids,
      justification: why.join(' -- ').trim(),
      loc: { file: src.path, range: { start: { line, column: col }, end: { line, column: text.length + 1 } } },
    });
  }
  return out;
}

function covers(d: Directive, f: Finding): boolean {
  if (d.loc.file !== f.loc.file) return false;
  if (d.ids.length && !d.ids.includes(f.ruleId)) return false;
  const line = f.loc.range.start.line;
  if (d.kind === 'file') return true;
  if (d.kind === 'line') return line === d.loc.range.start.line;
  return line === d.loc.range.start.line + 1;
}

/**
 * Marks findings covered by a directive as suppressed (they stay for SARIF) and reports the
 * directives that suppressed nothing as `unused-suppression` notes, unless a rule they name did
 * not run (switched off), in which case nothing can be concluded.
 */
export function applySuppressions(findings: Finding[], sources: Iterable<SourceFile>, commentsOf: (path: string) => readonly CommentSyntax[], ran: (ruleId: string) => boolean, reportUnused: boolean): Finding[] {
  const unused: Finding[] = [];
  for (const src of sources) {
    for (const d of parseDirectives(src, commentsOf(src.path))) {
      let used = false;
      for (const f of findings) {
        if (f.ruleId === 'parse-error' || !covers(d, f)) continue;
        f.suppression = { justification: d.justification };
        used = true;
      }
      if (!used && reportUnused && d.ids.every(ran) && d.ids.length > 0) {
        const message = `amlguard-disable-${d.kind} ${d.ids.join(', ')} suppresses nothing; remove it.`;
        unused.push({ ruleId: 'unused-suppression', severity: 'note', message, loc: d.loc, related: [], fingerprint: fingerprint('unused-suppression', d.loc.file, src.lines.lineText(d.loc.range.start.line), 0) });
      }
    }
  }
  return unused;
}
