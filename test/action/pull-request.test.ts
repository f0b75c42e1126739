import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listPullRequestFiles, pullRequestFiles, pullRequestOf } from '../../src/action/pull-request.js';
import { cleanupRepos, newRepo } from '../helpers/git.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';

const FILES = [
  { filename: 'infra/workspace.bicep', status: 'renamed', previous_filename: 'infra/ml.bicep' },
  { filename: 'infra/sandbox-acr.bicep', status: 'added' },
  { filename: 'infra/legacy-acr.bicep', status: 'removed' },
  { filename: 'ml/workspace.yml', status: 'modified' },
  { filename: 'README.md', status: 'modified' },
];

let api: FakeGitHub;
const savedUrl = process.env.GITHUB_API_URL;

beforeAll(async () => {
  api = await startFakeGitHub({ 'contoso/ml-platform#7': FILES });
  // @actions/github reads the API URL when it is first loaded, as on a runner.
  process.env.GITHUB_API_URL = api.url;
});
afterAll(async () => {
  await api.close();
  if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedUrl;
});
afterEach(cleanupRepos);

const pr = { owner: 'contoso', repo: 'ml-platform', number: 7, baseSha: 'a'.repeat(40) };

describe('pull-request files', () => {
  it('reads the pull request from a pull_request event payload', () => {
    const payload = { pull_request: { number: 7, base: { sha: pr.baseSha }, head: { sha: 'b'.repeat(40) } }, repository: { name: 'ml-platform', owner: { login: 'contoso' } } };
    expect(pullRequestOf('pull_request', payload)).toEqual({ ...pr, headSha: 'b'.repeat(40) });
    expect(pullRequestOf('push', payload)).toBeUndefined();
    expect(pullRequestOf('pull_request', { pull_request: { number: 7 } })).toBeUndefined();
  });

  it('lists every page of the pull request files through the API, renames with their old path', async () => {
    api.requests.length = 0;
    const files = await listPullRequestFiles('t0ken', pr);
    expect(files).toEqual([
      { status: 'R', path: 'infra/workspace.bicep', from: 'infra/ml.bicep' },
      { status: 'A', path: 'infra/sandbox-acr.bicep' },
      { status: 'D', path: 'infra/legacy-acr.bicep' },
      { status: 'M', path: 'ml/workspace.yml' },
      { status: 'M', path: 'README.md' },
    ]);
    // Five files, two per page: three requests following the Link header, each with the token.
    expect(api.requests.map((r) => r.path)).toEqual([
      '/repos/contoso/ml-platform/pulls/7/files?per_page=100',
      '/repos/contoso/ml-platform/pulls/7/files?per_page=100&page=2',
      '/repos/contoso/ml-platform/pulls/7/files?per_page=100&page=3',
    ]);
    expect(new Set(api.requests.map((r) => r.authorization))).toEqual(new Set(['token t0ken']));
  });

  it('falls back to git diff when the API does not answer, and says so', async () => {
    const repo = newRepo();
    const base = repo.commit('base', { 'a.yml': 'a: 1\n' });
    repo.commit('head', { 'b.yml': 'b: 1\n' });
    const notices: string[] = [];
    const files = await pullRequestFiles(repo.dir, 't0ken', { ...pr, number: 404 }, base, (m) => notices.push(m));
    expect(files).toEqual([{ status: 'A', path: 'b.yml' }]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Could not list the pull request's files through the GitHub API \\(.*Not Found.*\\); using git diff ${base.slice(0, 12)}\\.\\.\\.HEAD instead\\.$`));
    const none: string[] = [];
    expect(await pullRequestFiles(repo.dir, '', pr, base, (m) => none.push(m))).toEqual([{ status: 'A', path: 'b.yml' }]);
    expect(none).toEqual([`No github-token: the pull request's files come from git diff ${base.slice(0, 12)}...HEAD.`]);
  });
});
