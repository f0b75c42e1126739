import type { Finding } from '../engine/finding.js';
import { formatFinding } from '../engine/finding.js';
import type { ReportContext } from './types.js';

/** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML for CI systems that show test reports: one test suite per rule, one failing test case
 * per file the rule reported on (every finding of that rule in that file in its body), and one
 * passing case for a rule that found nothing.
 */
export function junitReport(findings: Finding[], ctx: ReportContext): string {
  const active = findings.filter((f) => !f.suppression);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const meta of ctx.rules) {
    const byFile = new Map<string, Finding[]>();
    for (const f of active) if (f.ruleId === meta.id) byFile.set(f.loc.file, [...(byFile.get(f.loc.file) ?? []), f]);
    const cases = [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, list]) => {
      const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'note';
      const summary = `${list.length} finding${list.length === 1 ? '' : 's'} (${worst})`;
      return [
        `    <testcase classname="${escapeXml(meta.id)}" name="${escapeXml(file)}" file="${escapeXml(file)}">`,
        `      <failure type="${worst}" message="${escapeXml(summary)}">${escapeXml(list.map(formatFinding).join('\n'))}</failure>`,
        '    </testcase>',
      ].join('\n');
    });
    if (!cases.length) cases.push(`    <testcase classname="${escapeXml(meta.id)}" name="no findings"/>`);
    tests += cases.length;
    failures += byFile.size;
    suites.push(
      [`  <testsuite name="${escapeXml(meta.id)}" tests="${cases.length}" failures="${byFile.size}" errors="0" skipped="0">`, ...cases, '  </testsuite>'].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="amlguard ${escapeXml(ctx.version)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
