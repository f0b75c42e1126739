import { execFile, spawn } from 'node:child_process';

/** A git command that failed; `message` is one sentence fit for a user. */
export class GitError extends Error {}

/** Output larger than this is refused rather than buffered (listings and diffs of huge repositories). */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Runs `git -C <repo> <args…>` with an argument array (never a shell) and returns stdout.
 * Hooks, pagers and prompts are off, so nothing waits for a terminal.
 */
export function git(repo: string, args: string[], opts: { maxBuffer?: number } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repo, ...args], { encoding: 'buffer', maxBuffer: opts.maxBuffer ?? MAX_OUTPUT, env: gitEnv(), windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        const detail = stderr.toString('utf8').trim().split('\n').pop() || err.message;
        reject(new GitError(`git ${args[0]} failed: ${detail}`));
      } else resolve(stdout);
    });
  });
}

/** Like `git`, but returns undefined instead of throwing (for questions such as "does this commit exist?"). */
export async function gitMaybe(repo: string, args: string[]): Promise<Buffer | undefined> {
  try {
    return await git(repo, args);
  } catch {
    return undefined;
  }
}

/**
 * Runs one git process, writes `input` to its stdin and returns stdout, refusing more than
 * `maxBytes` (the caller knows how much to expect, e.g. the sum of the blob sizes it asked for).
 */
export function gitWithInput(repo: string, args: string[], input: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], { env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(e);
    };
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return fail(new GitError(`git ${args[0]} wrote more than the ${maxBytes} bytes expected.`));
      chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    child.on('error', (e) => fail(new GitError(`cannot run git: ${e.message}`)));
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) return fail(new GitError(`git ${args[0]} failed: ${stderr.trim().split('\n').pop() || `exit code ${code}`}`));
      resolve(Buffer.concat(chunks));
    });
    child.stdin.on('error', () => undefined); // git exiting early closes stdin; the exit code says why
    child.stdin.end(input);
  });
}

/** No pager, no prompt for credentials, no terminal: a CI-safe environment. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}
