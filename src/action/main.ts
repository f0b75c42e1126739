import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { UsageError } from '../engine/discover.js';
import { lint } from '../engine/lint.js';
import { assertScanned } from '../app/empty-scan.js';
import { prepareRun } from '../app/setup.js';
import { resolveTargets } from '../app/targets.js';
import { GitError } from '../app/git/run.js';
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
      ? await (await import('../app/pr/run.js')).lintAgainstBase(options, {
          ref: pr.baseSha,
          label: `the pull request's base ${pr.baseSha.slice(0, 12)}`,
          changedOnly: inputs.changedFilesOnly,
          // Renames and the changed-files filter come from the pull request itself when asked for.
          listChanges: inputs.changedFilesOnly ? (commit) => pullRequestFiles(workspace, inputs.githubToken, pr, commit, (m) => core.notice(m, { title: 'amlguard' })) : undefined,
        })
      : { result: lint(options), change: undefined };
    const result = run.result;
    // only-new: annotations and fail-on consider the findings the pull request adds; SARIF and the summary keep all.
    const judged = pr && inputs.onlyNew ? (await import('../app/pr/run.js')).newOnly(result.findings) : result.findings;
    assertScanned(result.fileCount, { root: workspace, paths: [inputs.path], include: inputs.include, exclude: inputs.exclude }, targets, inputs.allowEmpty || !!config.allowEmpty);
    // The reporters, the job summary and the identity map are loaded once there is a result to report.
    const { writeOutputs } = await import('./outputs.js');
    await writeOutputs({ inputs, workspace, options, result, change: run.change, judged });
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
