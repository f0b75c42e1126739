// What the Action produces from a scan: the SARIF file, the job summary, the annotations, the
// step outputs and pass/fail. Loaded by main.ts once the scan is done (the reporters are not
// start-up cost).
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/finding.js';
import type { LintOptions, LintResult } from '../engine/lint.js';
import { writeOutputFile, writeProblem } from '../engine/write-file.js';
import { exitCode } from '../app/exit-code.js';
import { graphReportOf } from '../app/graph-report/for-run.js';
import { identityMapSection } from '../app/graph-report/mermaid.js';
import { rootReader } from '../app/fix.js';
import { reporterById, type ReporterId } from '../reporters/registry.js';
import { countBySeverity, type ChangeSummary, type ReportContext } from '../reporters/types.js';
import { HELP_BASE, VERSION } from '../version.js';
import type { ActionInputs } from './inputs.js';

export interface ScanOutcome {
  inputs: ActionInputs;
  workspace: string;
  options: LintOptions;
  result: LintResult;
  /** Pull-request mode: what the change adds and fixes. */
  change?: ChangeSummary;
  /** The findings annotations and fail-on consider (only-new: those the pull request adds). */
  judged: Finding[];
}

export async function writeOutputs({ inputs, workspace, options, result, change, judged }: ScanOutcome): Promise<void> {
  const repo = process.env.GITHUB_REPOSITORY;
  const sha = process.env.GITHUB_SHA;
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const ctx: ReportContext = {
    rules: result.rules,
    version: VERSION,
    helpBase: HELP_BASE,
    fileCount: result.fileCount,
    blobBase: repo && sha ? `${server}/${repo}/blob/${sha}` : undefined,
    rootUri: pathToFileURL(resolve(workspace)).href + '/',
    // The step's failure line is an error annotation too: the github reporter leaves room for it.
    failOn: inputs.failOn,
    category: inputs.category,
    secrets: result.secrets,
    change,
    // The job summary shows each fix as a diff of the file it edits.
    readSource: rootReader(workspace),
  };

  // Each output is independent: one that cannot be written is a one-line error or warning and
  // the others (annotations, outputs, pass/fail) are still produced. Those lines are annotations
  // too, printed before the findings' so that GitHub's per-level cap cannot drop them, and the
  // github reporter leaves room for them.
  const sarifPath = resolve(workspace, inputs.sarifFile);
  const render = (id: ReporterId, findings = result.findings) => reporterById(id)!.render(findings, ctx);
  const sarifProblem = writeOutputFile(sarifPath, render('sarif'));
  if (sarifProblem) core.error(`amlguard: cannot write the SARIF file ${inputs.sarifFile}: ${sarifProblem}.`, { title: 'amlguard' });
  let summaryProblem: string | undefined;
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
    const map = inputs.identityMap ? identityMapSection(graphReportOf(result, options)) : '';
    try {
      await core.summary.addRaw(render('markdown') + (map ? `
${map}` : '')).write();
    } catch (e) {
      summaryProblem = writeProblem(e);
      core.warning(`amlguard: cannot write the job summary: ${summaryProblem}.`, { title: 'amlguard' });
    }
  }
  // The annotations are workflow commands on stdout, escaped once by the github reporter.
  const reservedAnnotations = { error: sarifProblem ? 1 : 0, warning: summaryProblem ? 1 : 0 };
  if (inputs.annotations) process.stdout.write(reporterById('github')!.render(judged, { ...ctx, reservedAnnotations }));

  const counts = countBySeverity(result.findings);
  core.setOutput('sarif-file', sarifProblem ? '' : sarifPath);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('notes', counts.notes);
  core.setOutput('findings', counts.errors + counts.warnings + counts.notes);
  if (change) {
    core.setOutput('new-findings', change.added);
    core.setOutput('fixed-findings', change.fixed.length);
  }
  core.info(`amlguard ${VERSION}: ${result.fileCount} files, ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes. SARIF: ${sarifPath}`);
  if (exitCode(judged, inputs.failOn) !== 0) {
    const n = countBySeverity(judged);
    core.setFailed(`amlguard found ${judged === result.findings ? '' : 'new '}problems at or above '${inputs.failOn}': ${n.errors} errors, ${n.warnings} warnings, ${n.notes} notes.`);
  }
}
