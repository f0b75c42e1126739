import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failsAt, type Finding } from '../engine/finding.js';
import type { Severity } from '../rule/contract.js';
import type { ReportContext } from './types.js';

/**
 * Escaping of the Azure Pipelines agent: `%` first (as `%AZP25`), then CR and LF everywhere, and in
 * property values also `;` (the property separator) and `]` (the end of the property list).
 */
export function escapeAzureMessage(s: string): string {
  return s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeAzureProperty(s: string): string {
  return escapeAzureMessage(s).replace(/;/g, '%3B').replace(/\]/g, '%5D');
}

function command(name: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeAzureProperty(String(v))}`)
    .join(';');
  return `##vso[${name} ${list};]${escapeAzureMessage(message)}`;
}

/**
 * Azure DevOps logging commands: one `task.logissue` per error or warning (the agent knows no other
 * issue types, so notes are plain log lines), then `task.complete` when asked.
 */
export function azurePipelinesReport(findings: Finding[], ctx: ReportContext): string {
  const active = findings.filter((f) => !f.suppression);
  const sourceRoot = ctx.rootUri ? fileURLToPath(ctx.rootUri).replace(/\\/g, '/') : undefined;
  const lines = active.map((f) => {
    const { line, column } = f.loc.range.start;
    // The logging-command docs ask for absolute paths: the scan root's, when known.
    const path = sourceRoot ? posix.join(sourceRoot, f.loc.file) : f.loc.file;
    if (f.severity === 'note') return plainLine(`note: ${f.loc.file}:${line}:${column}: ${f.message} [${f.ruleId}]`);
    return command('task.logissue', { type: f.severity, sourcepath: path, linenumber: line, columnnumber: column, code: f.ruleId }, f.message);
  });
  if (ctx.taskComplete) lines.push(command('task.complete', { result: completion(active, ctx.failOn ?? 'error') }, 'amlguard'));
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** A log line that is not a command: the agent finds `##vso[` anywhere in a line, so a name from a file must not start one. */
function plainLine(s: string): string {
  return escapeAzureMessage(s).replace(/##vso\[/gi, '##vso%5B');
}

function completion(active: Finding[], failOn: Severity | 'never'): 'Succeeded' | 'SucceededWithIssues' | 'Failed' {
  if (failsAt(active, failOn)) return 'Failed';
  return active.length ? 'SucceededWithIssues' : 'Succeeded';
}
