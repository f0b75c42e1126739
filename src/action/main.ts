import * as core from '@actions/core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { UsageError } from '../engine/discover.js';
import { lint } from '../engine/lint.js';
import { writeOutputFile, writeProblem } from '../engine/write-file.js';
import { exitCode } from '../app/exit-code.js';
import { assertScanned } from '../app/empty-scan.js';
import { prepareRun } from '../app/setup.js';
import { resolveTargets } from '../app/targets.js';
import { graphReportOf } from '../app/graph-report/for-run.js';
import { identityMapSection } from '../app/graph-report/mermaid.js';
import { rootReader } from '../app/fix.js';
import { reporterById, type ReporterId } from '../reporters/registry.js';
import { countBySeverity, type ReportContext } from '../reporters/types.js';
import { HELP_BASE, VERSION } from '../version.js';
import { GitError } from '../app/git/run.js';
import { lintAgainstBase, newOnly } from '../app/pr/run.js';
import { InputError, readInputs } from './inputs.js';
import { pullRequestFiles, pullRequestOf, type PullRequestEvent } from './pull-request.js';

/** The Action: inputs → lint → SARIF file, annotations, job summary, outputs, pass/fail. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const pr = await pullRequestEvent();
    if (!pr && (inputs.changedFilesOnly || inputs.onlyNew)) {
      core.notice(`Inputs 'changed-files-only' and 'only-new' apply to pull_request events; this ${process.env.GITHUB_EVENT_NAME || 'run'} reports every finding.`, { title: 'amlguard' });
    }

    const targets = resolveTargets({ root: workspace, args: [inputs.path], include: inputs.include, exclude: inputs.exclude });
    const { options, config } = await prepareRun({
      root: workspace,
      paths: targets.paths,
      include: targets.include,
      exclude: targets.exclude,
      reportOnly: targets.reportOnly,
      configPaths: targets.configPaths,
      configPath: inputs.config,
      allowPlugins: inputs.allowPlugins,
      tenantId: inputs.tenantId,
      baselinePath: inputs.baseline,
    });
    const run = pr
      ? await lintAgainstBase(options, {
          ref: pr.baseSha,
          label: `the pull request's base ${pr.baseSha.slice(0, 12)}`,
          changedOnly: inputs.changedFilesOnly,
          // Renames and the changed-files filter come from the pull request itself when asked for.
          listChanges: inputs.changedFilesOnly ? (commit) => pullRequestFiles(workspace, inputs.githubToken, pr, commit, (m) => core.notice(m, { title: 'amlguard' })) : undefined,
        })
      : { result: lint(options), change: undefined };
    const result = run.result;
    // only-new: annotations and fail-on consider the findings the pull request adds; SARIF and the summary keep all.
    const judged = pr && inputs.onlyNew ? newOnly(result.findings) : result.findings;
    assertScanned(result.fileCount, { root: workspace, paths: [inputs.path], include: inputs.include, exclude: inputs.exclude }, targets, inputs.allowEmpty || !!config.allowEmpty);
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
      change: run.change,
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
      const map = inputs.identityMap ? identityMapSection(graphReportOf(result.model, options)) : '';
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
    if (run.change) {
      core.setOutput('new-findings', run.change.added);
      core.setOutput('fixed-findings', run.change.fixed.length);
    }
    core.info(`amlguard ${VERSION}: ${result.fileCount} files, ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes. SARIF: ${sarifPath}`);
    if (exitCode(judged, inputs.failOn) !== 0) {
      const n = countBySeverity(judged);
      core.setFailed(`amlguard found ${judged === result.findings ? '' : 'new '}problems at or above '${inputs.failOn}': ${n.errors} errors, ${n.warnings} warnings, ${n.notes} notes.`);
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError || e instanceof ConfigError || e instanceof GitError) core.setFailed(e.message);
    else {
      // One line for the log; the stack only in debug logging.
      core.debug(String((e as Error).stack ?? e));
      core.setFailed(`amlguard failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  }
}

/** The pull request of a pull_request event (@actions/github is loaded only for those events). */
async function pullRequestEvent(): Promise<PullRequestEvent | undefined> {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  if (!name.startsWith('pull_request')) return undefined;
  const { context } = await import('@actions/github');
  const pr = pullRequestOf(context.eventName, context.payload as Record<string, unknown>);
  if (!pr) core.warning(`The ${name} event payload names no pull request base commit; amlguard reports every finding without comparing.`, { title: 'amlguard' });
  return pr;
}
