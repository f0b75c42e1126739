import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { UsageError } from '../engine/discover.js';
import { anyFileToRead, assertScanned } from '../app/empty-scan.js';
import { resolveTargets } from '../app/targets.js';
import { GitError } from '../app/git/run.js';
import { InputError, readInputs } from './inputs.js';
import { pullRequestOf, type PullRequestEvent } from './pull-request.js';

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
    // A repository with nothing to read fails here, before the rules and readers are loaded.
    if (!anyFileToRead(workspace, targets, inputs.config)) {
      assertScanned(0, { root: workspace, paths: [inputs.path], include: inputs.include, exclude: inputs.exclude }, targets, inputs.allowEmpty);
    }
    const { scan } = await import('./scan.js');
    await scan({ inputs, workspace, pr, targets });
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
