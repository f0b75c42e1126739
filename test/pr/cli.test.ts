import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupRepos, tempDir } from '../helpers/git.js';
import { pullRequestRepo } from '../helpers/pr-repo.js';
import { cliIn } from '../helpers/repo.js';

afterEach(cleanupRepos);

const findingLines = (out: string) => out.split('\n').filter((l) => /^infra\/.*\]$/.test(l));

describe('CLI --base', () => {
  it('runs the diff rules and says what the change adds and fixes', async () => {
    const repo = pullRequestRepo();
    const r = await cliIn(['--base', 'main', '--no-color'], repo.dir);
    expect(r.code).toBe(1);
    expect(findingLines(r.stdout).map((l) => l.replace(/:.*\[/, ' ['))).toEqual([
      'infra/sandbox-acr.bicep [acr-admin-user]',
      'infra/shared-acr.bicep [acr-admin-user]',
      'infra/workspace.bicep [workspace-acr-autocreate]',
      'infra/workspace.bicep [workspace-identity-downgrade]',
      'infra/workspace.bicep [acr-admin-user]',
    ]);
    expect(r.stdout).toContain('Compared with main: the change adds 2 findings and fixes 1.');
  });

  it('--only-new reports and fails on new findings only; --changed-only drops untouched files', async () => {
    const repo = pullRequestRepo();
    const onlyNew = await cliIn(['--base', 'main', '--only-new'], repo.dir);
    expect(findingLines(onlyNew.stdout).map((l) => l.replace(/:.*\[/, ' ['))).toEqual(['infra/sandbox-acr.bicep [acr-admin-user]', 'infra/workspace.bicep [workspace-identity-downgrade]']);
    expect(onlyNew.code).toBe(1);
    const changed = await cliIn(['--base', 'main', '--changed-only'], repo.dir);
    expect(findingLines(changed.stdout).some((l) => l.startsWith('infra/shared-acr.bicep'))).toBe(false);
    expect(findingLines(changed.stdout)).toHaveLength(4);

    // A base where nothing new appears: only-new passes although old findings remain.
    const same = await cliIn(['--base', 'HEAD', '--only-new'], repo.dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Compared with HEAD: the change adds 0 findings and fixes 0.');
  });

  it('SARIF carries baselineState on every result, and the fixed finding as absent', async () => {
    const repo = pullRequestRepo();
    const r = await cliIn(['--base', 'main', '--format', 'sarif'], repo.dir);
    const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; baselineState: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.map((x) => `${x.baselineState} ${x.locations[0].physicalLocation.artifactLocation.uri} ${x.ruleId}`)).toEqual([
      'new infra/sandbox-acr.bicep acr-admin-user',
      'unchanged infra/shared-acr.bicep acr-admin-user',
      'unchanged infra/workspace.bicep workspace-acr-autocreate',
      'new infra/workspace.bicep workspace-identity-downgrade',
      'unchanged infra/workspace.bicep acr-admin-user',
      'absent infra/legacy-acr.bicep acr-admin-user',
    ]);
    // --only-new narrows every format, SARIF included (the Action keeps all in its SARIF file).
    const onlyNew = await cliIn(['--base', 'main', '--format', 'sarif', '--only-new'], repo.dir);
    expect((JSON.parse(onlyNew.stdout).runs[0].results as { baselineState: string }[]).map((x) => x.baselineState)).toEqual(['new', 'new', 'absent']);
  });

  it('usage errors: flags that need --base, a base that does not exist, a folder that is not a checkout', async () => {
    const repo = pullRequestRepo();
    const noBase = await cliIn(['--only-new'], repo.dir);
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toBe('amlguard: --only-new needs --base REF (the revision to compare with).\n');
    const missing = await cliIn(['--base', 'no-such-branch'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^amlguard: The base commit no-such-branch is not in this clone and could not be fetched from origin; check out with `fetch-depth: 0`/);
    const plain = tempDir();
    const notGit = await cliIn(['--base', 'main'], plain);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toBe(`amlguard: A base revision (main) needs a git checkout, and ${plain} is not one.\n`);
  });
});

const TOOL = new URL('../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool', import.meta.url).pathname;

describe.skipIf(process.platform !== 'linux' || !existsSync(TOOL))('SARIF in pull-request mode, in Microsoft\'s validator', () => {
  it('has zero errors and zero warnings with baselineState and absent results', async () => {
    chmodSync(TOOL, 0o755);
    const repo = pullRequestRepo();
    const r = await cliIn(['--base', 'main', '--format', 'sarif', '--output', 'pr.sarif'], repo.dir);
    expect(r.code).toBe(1);
    const out = join(tempDir(), 'validation.sarif');
    execFileSync(TOOL, ['validate', '--rule-kind', 'Ghas;Sarif', join(repo.dir, 'pr.sarif'), '-o', out], { encoding: 'utf8' });
    const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results as { level?: string; ruleId: string; message: unknown }[];
    expect(results.filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined).map((x) => `${x.ruleId} ${JSON.stringify(x.message)}`)).toEqual([]);
  });
});
