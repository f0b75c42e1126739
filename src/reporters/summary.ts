import type { Finding } from '../engine/finding.js';
import { changeSentence, countBySeverity, helpUri, type ReportContext } from './types.js';
import { encodePath } from './uri.js';

/** Rows shown in the detail table; the summary has a 1 MiB limit and a reader has less. */
const MAX_ROWS = 200;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\|/g, '&#124;');
}

/** The job summary as markdown/HTML: counts, a table by rule, and one by file and line. Every user string is escaped. */
export function summaryMarkdown(findings: Finding[], ctx: ReportContext): string {
  const active = findings.filter((f) => !f.suppression);
  const n = countBySeverity(findings);
  const out: string[] = ['## amlguard', ''];
  if (ctx.change) out.push(escapeHtml(changeSentence(ctx.change)), '');
  if (!active.length) {
    out.push(`No problems found${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}.`, '');
    return out.join('\n');
  }
  out.push(`**${n.errors}** errors · **${n.warnings}** warnings · **${n.notes}** notes${ctx.fileCount !== undefined ? ` in ${ctx.fileCount} files` : ''}`, '');
  const byRule = new Map<string, { errors: number; warnings: number; notes: number }>();
  for (const f of active) {
    const c = byRule.get(f.ruleId) ?? { errors: 0, warnings: 0, notes: 0 };
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.notes++;
    byRule.set(f.ruleId, c);
  }
  out.push('| Rule | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |');
  for (const [id, c] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push(`| [${escapeHtml(id)}](${helpUri(ctx, id)}) | ${c.errors} | ${c.warnings} | ${c.notes} |`);
  }
  out.push('', '| Severity | File | Line | Rule | Message |', '| --- | --- | ---: | --- | --- |');
  for (const f of active.slice(0, MAX_ROWS)) {
    const line = f.loc.range.start.line;
    const file = escapeHtml(f.loc.file);
    const fileCell = ctx.blobBase ? `[${file}](${ctx.blobBase}/${encodePath(f.loc.file)}#L${line})` : file;
    out.push(`| ${f.severity}${f.baselineState === 'new' ? ' (new)' : ''} | ${fileCell} | ${line} | [${escapeHtml(f.ruleId)}](${helpUri(ctx, f.ruleId)}) | ${escapeHtml(f.message).replace(/\r?\n/g, ' ')} |`);
  }
  if (active.length > MAX_ROWS) out.push('', `…and ${active.length - MAX_ROWS} more; the SARIF file has them all.`);
  out.push('');
  return out.join('\n');
}
