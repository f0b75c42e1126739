import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { UsageError } from '../engine/discover.js';
import { lint } from '../engine/lint.js';
import { exitCode } from '../app/exit-code.js';
import { prepareRun } from '../app/setup.js';
import { graphReportOf } from '../app/graph-report/for-run.js';
import { identityMapSection } from '../app/graph-report/mermaid.js';
import { reporterById, type ReporterId } from '../reporters/registry.js';
import { countBySeverity, type ReportContext } from '../reporters/types.js';
import { HELP_BASE, VERSION } from '../version.js';
import { InputError, readInputs } from './inputs.js';

/** The Action: inputs → lint → SARIF file, annotations, job summary, outputs, pass/fail. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (inputs.changedFilesOnly) core.notice("Input 'changed-files-only' is accepted but not applied yet; all findings are reported.", { title: 'amlguard' });

    const { options } = await prepareRun({
      root: workspace,
      paths: [inputs.path],
      include: inputs.include,
      exclude: inputs.exclude,
      configPath: inputs.config,
      allowPlugins: inputs.allowPlugins,
      tenantId: inputs.tenantId,
      baselinePath: inputs.baseline,
    });
    const result = lint(options);
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
    };

    const sarifPath = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    const render = (id: ReporterId) => reporterById(id)!.render(result.findings, ctx);
    writeFileSync(sarifPath, render('sarif'));
    // The annotations are workflow commands on stdout, escaped once by the github reporter.
    if (inputs.annotations) process.stdout.write(render('github'));
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      const map = inputs.identityMap ? identityMapSection(graphReportOf(result.model, options)) : '';
      await core.summary.addRaw(render('markdown') + (map ? `\n${map}` : '')).write();
    }

    const counts = countBySeverity(result.findings);
    core.setOutput('sarif-file', sarifPath);
    core.setOutput('errors', counts.errors);
    core.setOutput('warnings', counts.warnings);
    core.setOutput('notes', counts.notes);
    core.setOutput('findings', counts.errors + counts.warnings + counts.notes);
    core.info(`amlguard ${VERSION}: ${result.fileCount} files, ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes. SARIF: ${sarifPath}`);
    if (exitCode(result.findings, inputs.failOn) !== 0) {
      core.setFailed(`amlguard found problems at or above '${inputs.failOn}': ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes.`);
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError || e instanceof ConfigError) core.setFailed(e.message);
    else core.setFailed(`amlguard failed: ${(e as Error).stack ?? e}`);
  }
}
