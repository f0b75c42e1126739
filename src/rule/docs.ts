import type { RuleMeta } from './contract.js';
import { SEED_PAGES } from './seed-pages.js';

/** The Learn pages a rule comes from: its seeds' pages, then any it names itself. */
function learnPages(meta: RuleMeta): { title: string; url: string }[] {
  const pages = [...meta.seed.map((s) => SEED_PAGES[s.file]).filter((p) => p !== undefined), ...(meta.learn ?? [])];
  return pages.filter((p, i) => pages.findIndex((q) => q.url === p.url) === i);
}

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
    '## Seed',
    '',
    ...meta.seed.flatMap((s) => [`> ${s.quote}`, '>', `> — \`seeds/${s.file}\``, '', `In English: ${s.english}`, '']),
    ...learnPages(meta).flatMap((p) => [`Microsoft Learn: [${p.title}](${p.url})`, '']),
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


/** Plain-text form for terminals. */
export function ruleHelpText(meta: RuleMeta): string {
  return ruleHelpMarkdown(meta)
    .replace(/^#+ /gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
