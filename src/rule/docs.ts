import type { RuleMeta } from './contract.js';
import { articleLink } from './learn-articles.js';

/** The help page body, from metadata only (SARIF `help.markdown`, `--explain`, rule READMEs). */
export function ruleHelpMarkdown(meta: RuleMeta): string {
  const lines = [
    `# ${meta.id}`,
    '',
    '## Summary',
    '',
    meta.summary,
    '',
    `Default severity: **${meta.severity}** · Tags: ${meta.tags.map((t) => `\`${t}\``).join(', ') || '—'} · Formats: ${meta.formats.map((f) => `\`${f}\``).join(', ') || '—'}`,
    '',
    meta.description,
    '',
    ...sourceSection(meta),
    '## Why',
    '',
    meta.why,
    '',
    '## Fix',
    '',
    meta.fix,
    '',
  ];
  if (meta.options && Object.keys((meta.options.properties as object | undefined) ?? {}).length) {
    lines.push('## Options', '', '```json', JSON.stringify(meta.options, null, 2), '```', '');
  }
  return lines.join('\n');
}

/** The statements the rule enforces, each with a link to its Microsoft Learn article. */
function sourceSection(meta: RuleMeta): string[] {
  if (!meta.source.length && !meta.learn?.length) return [];
  const statements = meta.source.flatMap((s) => [`> ${s.statement}`, '>', `> — Microsoft Learn: ${articleLink(s.url)}`, '']);
  const further = (meta.learn ?? []).filter((p) => !meta.source.some((s) => s.url === p.url));
  return ['## Source', '', ...statements, ...further.flatMap((p) => [`See also on Microsoft Learn: [${p.title}](${p.url})`, ''])];
}

/** Plain-text form for terminals. */
export function ruleHelpText(meta: RuleMeta): string {
  return ruleHelpMarkdown(meta)
    .replace(/^#+ /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\((https:[^)]+)\)/g, '$1 <$2>');
}
