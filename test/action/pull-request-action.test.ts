import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRepos, openRepo, runGit, tempDir, type TestRepo } from '../helpers/git.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { pullRequestRepo } from '../helpers/pr-repo.js';

const DIST = new URL('../../dist/index.js', import.meta.url).pathname;

let api: FakeGitHub;
const PR_FILES = [
  { filename: 'infra/workspace.bicep', status: 'renamed', previous_filename: 'infra/ml.bicep' },
  { filename: 'infra/sandbox-acr.bicep', status: 'added' },
  { filename: 'infra/legacy-acr.bicep', status: 'removed' },
];
beforeAll(async () => {
  api = await startFakeGitHub({ 'contoso/ml-platform#7': PR_FILES });
});
afterAll(() => api.close());
afterEach(cleanupRepos);

/**
 * A pull request as a runner sees it: a shallow clone (actions/checkout's default depth 1) of the
 * head from a bare origin, and the event payload naming the base commit the clone does not have.
 */
function shallowCheckout(): { clone: TestRepo; baseSha: string; headSha: string } {
  const source = pullRequestRepo();
  const bare = join(tempDir(), 'origin.git');
  runGit(source.dir, ['clone', '-q', '--bare', source.dir, bare]);
  const clone = openRepo(join(tempDir(), 'workspace'));
  runGit(source.dir, ['clone', '-q', '--depth=1', '--branch', 'feature', `file://${bare}`, clone.dir]);
  return { clone, baseSha: source.git('rev-parse', 'main'), headSha: source.git('rev-parse', 'feature') };
}

/** `node dist/index.js` with INPUT_*, a pull_request event file and GITHUB_API_URL at the local server (asynchronously: the server answers from this process). */
function runAction(workspace: string, event: object, inputs: Record<string, string>) {
  const tmp = tempDir();
  const files = { summary: join(tmp, 'summary.md'), output: join(tmp, 'output.txt'), event: join(tmp, 'event.json'), sarif: join(tmp, 'amlguard.sarif') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(event));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'contoso/ml-platform',
    GITHUB_SHA: 'abc123',
    'INPUT_SARIF-FILE': files.sarif,
    'INPUT_GITHUB-TOKEN': 'ghs_test',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise<{ code: number; stdout: string; summary: string; outputs: string; sarif: { results: { ruleId: string; baselineState: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] } }>((resolve) => {
    execFile(process.execPath, [DIST], { env, encoding: 'utf8' }, (err, stdout) => {
      const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
      let sarif = { results: [] };
      try {
        sarif = JSON.parse(readFileSync(files.sarif, 'utf8')).runs[0];
      } catch {
        /* no SARIF written: the test says what it expected */
      }
      resolve({ code, stdout, summary: readFileSync(files.summary, 'utf8'), outputs: readFileSync(files.output, 'utf8'), sarif });
    });
  });
}

const eventFor = (baseSha: string, headSha: string) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
  repository: { name: 'ml-platform', owner: { login: 'contoso' } },
});

const annotations = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice) title=[a-z-]+,file=/.test(l)).map((l) => /^::(\w+) title=([a-z-]+),file=([^,]+)/.exec(l)!.slice(1).join(' '));
const sarifLines = (r: Awaited<ReturnType<typeof runAction>>) => r.sarif.results.map((x) => `${x.baselineState} ${x.locations[0].physicalLocation.artifactLocation.uri} ${x.ruleId}`);

describe('the Action in a pull_request event (dist/index.js)', () => {
  it('fetches the base into the shallow clone and, with changed-files-only, reports only the files the pull request changed', async () => {
    const { clone, baseSha, headSha } = shallowCheckout();
    api.requests.length = 0;
    const r = await runAction(clone.dir, eventFor(baseSha, headSha), { 'changed-files-only': 'true' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      'error acr-admin-user infra/sandbox-acr.bicep',
      'error workspace-identity-downgrade infra/workspace.bicep',
      'error acr-admin-user infra/workspace.bicep',
      'warning workspace-acr-autocreate infra/workspace.bicep',
    ]);
    // The untouched shared registry is read but not reported; the fixed legacy one is absent.
    expect(sarifLines(r)).toEqual([
      'new infra/sandbox-acr.bicep acr-admin-user',
      'unchanged infra/workspace.bicep workspace-acr-autocreate',
      'new infra/workspace.bicep workspace-identity-downgrade',
      'unchanged infra/workspace.bicep acr-admin-user',
      'absent infra/legacy-acr.bicep acr-admin-user',
    ]);
    expect(api.requests.map((q) => q.path)).toEqual(['/repos/contoso/ml-platform/pulls/7/files?per_page=100', '/repos/contoso/ml-platform/pulls/7/files?per_page=100&page=2']);
    expect(api.requests[0].authorization).toBe('token ghs_test');
    expect(r.summary).toContain(`Compared with the pull request&#39;s base ${baseSha.slice(0, 12)}: the change adds 2 findings and fixes 1.`);
    expect(r.outputs).toMatch(/new-findings<<.*\n2\n/);
    expect(r.outputs).toMatch(/fixed-findings<<.*\n1\n/);
    expect(runGit(clone.dir, ['status', '--porcelain'])).toBe(''); // nothing checked out
  });

  it('with only-new, annotates and fails on the findings the pull request adds only', async () => {
    const { clone, baseSha, headSha } = shallowCheckout();
    const r = await runAction(clone.dir, eventFor(baseSha, headSha), { 'only-new': 'true' });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual(['error acr-admin-user infra/sandbox-acr.bicep', 'error workspace-identity-downgrade infra/workspace.bicep']);
    expect(r.stdout).toContain("::error::amlguard found new problems at or above 'error': 2 errors, 0 warnings, 0 notes.");
    // SARIF keeps every finding, with its state, and the fixed one.
    expect(sarifLines(r)).toEqual([
      'new infra/sandbox-acr.bicep acr-admin-user',
      'unchanged infra/shared-acr.bicep acr-admin-user',
      'unchanged infra/workspace.bicep workspace-acr-autocreate',
      'new infra/workspace.bicep workspace-identity-downgrade',
      'unchanged infra/workspace.bicep acr-admin-user',
      'absent infra/legacy-acr.bicep acr-admin-user',
    ]);
    expect(r.summary).toContain('| error (new) |');
  });

  it('fails with one sentence when the base commit cannot be fetched', async () => {
    const { clone, headSha } = shallowCheckout();
    const missing = 'f'.repeat(40);
    const r = await runAction(clone.dir, eventFor(missing, headSha), { 'only-new': 'true' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::The base commit ${missing} is not in this shallow clone and could not be fetched from origin; check out with \`fetch-depth: 0\` (actions/checkout) or fetch the base commit before running amlguard.`);
  });
});
