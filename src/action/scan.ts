import * as core from '@actions/core';
import { lint } from '../engine/lint.js';
import { assertScanned } from '../app/empty-scan.js';
import { prepareRun } from '../app/setup.js';
import type { Targets } from '../app/targets.js';
import type { ActionInputs } from './inputs.js';
import { pullRequestFiles, type PullRequestEvent } from './pull-request.js';

/** What the light front of the Action has worked out before the scan is loaded. */
export interface ScanStart {
  inputs: ActionInputs;
  workspace: string;
  pr: PullRequestEvent | undefined;
  targets: Targets;
}

/** Configuration, rules and readers (loaded only when there is something to read): lint, then the outputs. */
export async function scan({ inputs, workspace, pr, targets }: ScanStart): Promise<void> {
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
}
