import type { Finding } from '../engine/finding.js';
import { changeSentence, countBySeverity, helpUri, type ReportContext } from './types.js';
import { encodePath } from './uri.js';
import { fileDiff } from './fix-diff.js';
import { planFixes } from '../engine/fixes/plan.js';
import { hasEdits } from '../engine/finding.js';
import { redactLine } from '../model/redact.js';

/** Fix diffs shown; each is folded, but the summary still has a 1 MiB limit. */
const MAX_FIXES = 50;
/** Characters of one fix's diff shown before it is cut. */
const MAX_DIFF = 8000;

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
  out.push('', ...fixSections(active, ctx));
  out.push('');
  return out.join('\n');
}

/**
 * One folded `<details>` per finding with a fix: the description as the summary line and the fix as
 * a diff. Needs the files' text (`readSource`); without it only the descriptions are listed.
 */
function fixSections(active: Finding[], ctx: ReportContext): string[] {
  const fixable = active.filter(hasEdits);
  if (!fixable.length) return [];
  const out = ['### Fixes', '', `${fixable.length} finding${fixable.length === 1 ? ' has a fix' : 's have fixes'}: run \`amlguard --fix\` to apply ${fixable.length === 1 ? 'it' : 'them'}.`, ''];
  for (const f of fixable.slice(0, MAX_FIXES)) {
    const where = `${escapeHtml(f.loc.file)}:${f.loc.range.start.line}`;
    out.push('<details>', `<summary>${where} ${escapeHtml(f.ruleId)}: ${escapeHtml(f.fix!.description).replace(/\r?\n/g, ' ')}</summary>`, '');
    const diff = ctx.readSource ? planFixes([f], ctx.readSource).changes.map(fileDiff).join('') : '';
    if (diff) {
      const safe = diff.split('\n').map((l) => redactLine(l, ctx.secrets)).join('\n');
      const shown = safe.length > MAX_DIFF ? safe.slice(0, MAX_DIFF) + '\n… (cut)\n' : safe;
      // A fence longer than any backtick run inside, so file text cannot close it.
      const fence = '`'.repeat(Math.max(3, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      out.push(fence + 'diff', shown.replace(/\n$/, ''), fence);
    }
    out.push('</details>', '');
  }
  if (fixable.length > MAX_FIXES) out.push(`…and ${fixable.length - MAX_FIXES} more fixes; \`amlguard --fix-dry-run\` shows them all.`, '');
  return out;
}
