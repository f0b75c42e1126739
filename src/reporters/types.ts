import type { Finding } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../rule/contract.js';

/** What every reporter gets besides the findings: pure data, no I/O. */
export interface ReportContext {
  rules: RuleMeta[];
  version: string;
  /** Reads a file's text for snippets (text reporter); absent → no snippets. */
  readSource?: (file: string) => string | undefined;
  /** Colour output (text reporter on a TTY). */
  color?: boolean;
  /** Base URL of rule help pages, e.g. https://github.com/o/r/blob/main/rules. */
  helpBase: string;
  /** For the job summary: `https://github.com/<repo>/blob/<sha>` links, when known. */
  blobBase?: string;
  fileCount?: number;
  /** Secret values located by the rules (`LintResult.secrets`): masked wherever source text is shown. */
  secrets?: readonly string[];
  /** `file://` URI of the scan root (SARIF `%SRCROOT%`; absolute paths in Azure Pipelines issues). */
  rootUri?: string;
  /** The run fails on findings at or above this level: a failing GitHub step keeps one error annotation for its failure line; Azure's task.complete result. */
  failOn?: 'error' | 'warning' | 'note' | 'never';
  /** GitHub annotations the step prints itself (e.g. an output it could not write): the github reporter leaves room for them under the caps. */
  reservedAnnotations?: Partial<Record<Severity, number>>;
  /** Code-scanning category: SARIF `automationDetails.id`. */
  category?: string;
  /** Azure Pipelines: end with `##vso[task.complete result=…]`. */
  taskComplete?: boolean;
  /** Pull-request mode: the base compared with, how many findings the change adds, and the base findings it fixed. */
  change?: ChangeSummary;
}

export interface ChangeSummary {
  /** The base as the user named it (a ref or a short sha). */
  base: string;
  added: number;
  /** Base findings gone at the head (`baselineState: 'absent'`, base locations). */
  fixed: Finding[];
}

/** One sentence: what the change does to the findings. */
export function changeSentence(c: ChangeSummary): string {
  return `Compared with ${c.base}: the change adds ${c.added} finding${c.added === 1 ? '' : 's'} and fixes ${c.fixed.length}.`;
}

export function helpUri(ctx: ReportContext, ruleId: string): string {
  return `${ctx.helpBase}/${ruleId}/README.md`;
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; notes: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.suppression) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}
