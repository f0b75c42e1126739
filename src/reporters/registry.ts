// Every output format, one line each: the CLI's --format values and help, and the Action, read this list.
import type { Finding } from '../engine/finding.js';
import { githubReport } from './annotations.js';
import { jsonReport } from './json.js';
import { sarifReport } from './sarif.js';
import { summaryMarkdown } from './summary.js';
import { textReport } from './text.js';
import type { ReportContext } from './types.js';

export interface Reporter<Id extends string = string> {
  /** The `--format` value. */
  id: Id;
  /** One line for the CLI help. */
  description: string;
  /** Pure: the findings and the context in, the report text out. */
  render(findings: Finding[], ctx: ReportContext): string;
}

const reporter = <const Id extends string>(r: Reporter<Id>): Reporter<Id> => r;

export const REPORTERS = [
  reporter({ id: 'text', description: 'file:line:col: message [rule], with the source line (default)', render: textReport }),
  reporter({ id: 'json', description: 'the findings with ranges, related locations and fingerprints', render: jsonReport }),
  reporter({ id: 'sarif', description: 'SARIF 2.1.0 for code scanning', render: sarifReport }),
  reporter({ id: 'github', description: 'GitHub workflow-command annotations, as the Action writes them', render: githubReport }),
  reporter({ id: 'markdown', description: 'counts and a table by rule and file, as the Action\'s job summary', render: summaryMarkdown }),
] as const;

export type ReporterId = (typeof REPORTERS)[number]['id'];

export function reporterById(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
