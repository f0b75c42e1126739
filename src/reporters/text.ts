import { formatFinding, hasEdits, type Finding } from '../engine/finding.js';
import { redactLine } from '../model/redact.js';
import { changeSentence, countBySeverity, type ReportContext } from './types.js';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** `file:line:col: message [rule-id]`, a source line with a caret under the column, and a count. */
export function textReport(findings: Finding[], ctx: ReportContext): string {
  const out: string[] = [];
  const c = (k: keyof typeof COLORS, s: string) => (ctx.color ? COLORS[k] + s + COLORS.reset : s);
  const cache = new Map<string, string[] | undefined>();
  for (const f of findings) {
    if (f.suppression) continue;
    // The first line keeps its `… [rule]` shape (problem matchers read it); the fix note goes below.
    out.push(formatFinding(f));
    const level = f.severity + (hasEdits(f) ? ' (fix available)' : '');
    // A fix without edits says what to run outside the repository.
    if (f.fix && !hasEdits(f)) out.push(`  to fix: ${f.fix.description.replace(/\r?\n/g, '\n    ')}`);
    if (f.secret || !ctx.readSource) {
      out.push(`  ${c(f.severity, level)}`);
      continue;
    }
    if (!cache.has(f.loc.file)) cache.set(f.loc.file, ctx.readSource(f.loc.file)?.split(/\r?\n|\r/));
    const line = cache.get(f.loc.file)?.[f.loc.range.start.line - 1];
    if (line === undefined) {
      out.push(`  ${c(f.severity, level)}`);
      continue;
    }
    const safe = redactLine(line, ctx.secrets);
    const shown = safe.length > 200 ? safe.slice(0, 200) + '…' : safe;
    const col = Math.min(f.loc.range.start.column - 1, shown.length);
    const width = f.loc.range.end.line === f.loc.range.start.line ? Math.max(1, Math.min(f.loc.range.end.column - f.loc.range.start.column, shown.length - col)) : 1;
    out.push(c('dim', `  ${shown.replace(/\t/g, ' ')}`));
    out.push(`  ${' '.repeat(col)}${c(f.severity, '^'.repeat(width) + ' ' + level)}`);
  }
  const n = countBySeverity(findings);
  const fixable = findings.filter((f) => !f.suppression && hasEdits(f)).length;
  const total = n.errors + n.warnings + n.notes;
  out.push(total === 0 ? `No problems found${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.` : `${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.notes} note${n.notes === 1 ? '' : 's'})${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.`);
  if (ctx.change) out.push(changeSentence(ctx.change));
  if (fixable) out.push(`${fixable} of them ${fixable === 1 ? 'has a fix' : 'have fixes'}: run with --fix-dry-run to see ${fixable === 1 ? 'it' : 'them'}, --fix to apply.`);
  return out.join('\n') + '\n';
}
