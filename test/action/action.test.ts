import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/repo.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist/index.js');

/** Runs the bundled Action exactly as the runner does: `node dist/index.js` with INPUT_* and the GITHUB_* files. */
function runAction(inputs: Record<string, string>) {
  const tmp = tempDir('action');
  const files = { summary: join(tmp, 'summary.md'), output: join(tmp, 'output.txt'), sarif: join(tmp, 'out/amlguard.sarif') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_REPOSITORY: 'contoso/ml-platform',
    GITHUB_SHA: 'abc123',
    'INPUT_SARIF-FILE': files.sarif,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [DIST], { env, encoding: 'utf8' });
  return { ...r, files, outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
}

/** GITHUB_OUTPUT uses `name<<DELIM\nvalue\nDELIM` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

describe('the Action (dist/index.js)', () => {
  it('annotates, writes SARIF, a summary and outputs, and fails on errors', () => {
    const r = runAction({ path: 'examples' });
    expect(r.status).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toContain(
      "::error title=compute-identity-exclusive,file=examples/ml/compute/gpu-cluster.yml,line=9,endLine=9,col=9,endColumn=38::Compute cluster 'gpu-cluster' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one.",
    );
    // GitHub shows 10 per level: 17 errors → 10 annotated, and a notice points to the rest.
    expect(commands.filter((c) => c.startsWith('::error title='))).toHaveLength(10);
    expect(commands.filter((c) => c.startsWith('::warning'))).toHaveLength(10);
    expect(commands.filter((c) => c.startsWith('::notice title='))).toHaveLength(9);
    expect(commands).toContain('::notice title=amlguard::7 more findings not annotated (7 errors, 0 warnings, 0 notes): GitHub shows 10 per level. See the job summary and the SARIF file for all of them.');
    expect(r.stdout).toContain("::error::amlguard found problems at or above 'error': 17 errors, 10 warnings, 8 notes.");
    expect(r.stdout).not.toContain('7Qp4vXn2');

    expect(r.outputs).toEqual({ 'sarif-file': r.files.sarif, errors: '17', warnings: '10', notes: '8', findings: '35' });
    const sarif = JSON.parse(readFileSync(r.files.sarif, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(36);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'examples/infra/main.bicep', uriBaseId: '%SRCROOT%' });

    const summary = readFileSync(r.files.summary, 'utf8');
    expect(summary).toContain('**17** errors · **10** warnings · **8** notes in 25 files');
    expect(summary).toContain('[examples/ml/compute/gpu-cluster.yml](https://github.com/contoso/ml-platform/blob/abc123/examples/ml/compute/gpu-cluster.yml#L9)');
  });

  it('passes with fail-on never, and can skip annotations and summary', () => {
    const r = runAction({ path: 'examples', 'fail-on': 'never', annotations: 'false', summary: 'false' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::(error|warning|notice) /m);
    expect(readFileSync(r.files.summary, 'utf8')).toBe('');
    expect(r.outputs.errors).toBe('17');
  });

  it('fails with a sentence on a bad input', () => {
    const r = runAction({ path: 'examples', 'fail-on': 'high' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::Input 'fail-on' must be one of error, warning, note, never, got 'high'.");
    const missing = runAction({ path: 'no-such-folder' });
    expect(missing.stdout).toContain('::error::path not found: no-such-folder');
  });
});
