import { changedFiles, type ChangedFile } from '../app/git/revision.js';

/** What the Action needs from a `pull_request` event. */
export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha?: string;
}

/** The pull request of a `pull_request` / `pull_request_target` event payload; undefined for other events. */
export function pullRequestOf(eventName: string, payload: Record<string, unknown>): PullRequestEvent | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const pr = payload.pull_request as { number?: number; base?: { sha?: string; repo?: { name?: string; owner?: { login?: string } } }; head?: { sha?: string } } | undefined;
  const repository = payload.repository as { name?: string; owner?: { login?: string } } | undefined;
  const owner = repository?.owner?.login ?? pr?.base?.repo?.owner?.login;
  const repo = repository?.name ?? pr?.base?.repo?.name;
  if (!pr?.base?.sha || typeof pr.number !== 'number' || !owner || !repo) return undefined;
  return { owner, repo, number: pr.number, baseSha: pr.base.sha, headSha: pr.head?.sha };
}

/**
 * The pull request's files from the GitHub API (`pulls.listFiles`, every page; a renamed file
 * also names its previous path). `@actions/github` is loaded only here: it costs start-up time,
 * and reads GITHUB_API_URL when loaded.
 */
export async function listPullRequestFiles(token: string, pr: PullRequestEvent): Promise<ChangedFile[]> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return files.map((f) => ({ status: STATUS[f.status] ?? 'M', path: f.filename, ...(f.previous_filename ? { from: f.previous_filename } : {}) }));
}

const STATUS: Record<string, string> = { added: 'A', removed: 'D', modified: 'M', renamed: 'R', copied: 'C', changed: 'T', unchanged: 'M' };

/**
 * The pull request's files: from the API, or, when there is no token or the API fails, from
 * `git diff base...HEAD` (saying so through `notice`, since the two can differ on a stale base).
 */
export async function pullRequestFiles(root: string, token: string, pr: PullRequestEvent, baseCommit: string, notice: (message: string) => void): Promise<ChangedFile[]> {
  if (token) {
    try {
      return await listPullRequestFiles(token, pr);
    } catch (e) {
      notice(`Could not list the pull request's files through the GitHub API (${firstLine(e)}); using git diff ${baseCommit.slice(0, 12)}...HEAD instead.`);
    }
  } else notice(`No github-token: the pull request's files come from git diff ${baseCommit.slice(0, 12)}...HEAD.`);
  return changedFiles(root, baseCommit, 'HEAD');
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
}
