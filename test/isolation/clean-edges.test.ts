// Issue 10, clean edges: report files, the baseline and the Action's outputs fail in one line,
// never with a stack trace, and what can still be produced is produced.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run as runAction } from '../../src/action/main.js';
import { cliIn, tempDir, tempRepo } from '../helpers/repo.js';

const K8S = '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: e\ncompute: azureml:k\nauth_mode: aad_token\n';

describe('--output and --write-baseline', () => {
  it('create missing folders', async () => {
    const root = tempRepo({ 'e.yml': K8S });
    const r = await cliIn(['--format', 'json', '--output', 'reports/deep/out.json', '.'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'reports/deep/out.json'), 'utf8')).findings).toHaveLength(1);
    const b = await cliIn(['--write-baseline', 'base/line.json', '.'], root);
    expect(b.code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'base/line.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('report an unwritable target in one line with exit 2', async () => {
    const root = tempRepo({ 'e.yml': K8S, 'file.txt': 'x' });
    mkdirSync(join(root, 'folder'));
    expect(await cliIn(['--output', 'folder', '.'], root)).toMatchObject({ code: 2, stderr: 'amlguard: cannot write the report to folder: it is a folder.\n' });
    expect(await cliIn(['--output', 'file.txt/out.sarif', '.'], root)).toMatchObject({ code: 2, stderr: 'amlguard: cannot write the report to file.txt/out.sarif: a part of its path is a file, not a folder.\n' });
    expect(await cliIn(['--write-baseline', 'folder', '.'], root)).toMatchObject({ code: 2, stderr: 'amlguard: cannot write the baseline folder: it is a folder.\n' });
  });
});

describe('the baseline file is validated', () => {
  it.each([
    ['{"tool": "amlguard", "version": 1, "findings": [null]}', 'findings.0 must be object'],
    ['{"tool": "amlguard", "version": 1, "findings": [{"ruleId": "x"}]}', "findings.0 must have required property 'fingerprint'"],
    ['{"tool": "amlguard", "version": 1, "findings": [{"fingerprint": 7}]}', 'findings.0.fingerprint must be string'],
    ['{"tool": "other", "findings": []}', 'tool must be equal to constant'],
    ['[]', 'the top level must be object'],
  ])('%s is one line, exit 2', async (text, problem) => {
    const root = tempRepo({ 'e.yml': K8S, 'baseline.json': text });
    const r = await cliIn(['--baseline', 'baseline.json', '.'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^amlguard: .*baseline\.json is not an amlguard baseline: (.*) \(expected .*\)\.\n$/);
    expect(r.stderr).toContain(`: ${problem} (expected`);
  });
});

describe('the Action when an output cannot be written', () => {
  /** Runs the Action in-process with INPUT_* and GITHUB_* set; returns stdout and the outputs file. */
  async function action(workspace: string, env: Record<string, string>) {
    const saved = { ...process.env };
    const out = join(tempDir('action-out'), 'output.txt');
    writeFileSync(out, '');
    Object.assign(process.env, { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: out, INPUT_PATH: '.', ...env });
    let stdout = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      await runAction();
    } finally {
      write.mockRestore();
      process.env = saved;
      process.exitCode = undefined;
    }
    return { stdout, outputs: readFileSync(out, 'utf8') };
  }

  it('still annotates and sets outputs; each failure is one line', async () => {
    const root = tempRepo({ 'e.yml': K8S, 'blocker': 'a regular file' });
    const r = await action(root, { 'INPUT_SARIF-FILE': 'blocker/amlguard.sarif', GITHUB_STEP_SUMMARY: join(root, 'blocker/summary.md') });
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toContain('::error title=amlguard::amlguard: cannot write the SARIF file blocker/amlguard.sarif: a part of its path is a file, not a folder.');
    expect(commands.find((c) => c.startsWith('::warning title=amlguard::amlguard: cannot write the job summary: '))).toMatch(/^[^\n]+$/);
    expect(commands).toContainEqual(expect.stringMatching(/^::error title=endpoint-aad-token-kubernetes,file=e\.yml,line=4,/));
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.outputs).toMatch(/^errors<<.*\n1\n/m);
    expect(r.outputs).toMatch(/^findings<<.*\n1\n/m);
  });

  it('reports the failed writes within the 10 annotations per level GitHub shows, before the findings', async () => {
    // 12 errors and 12 warnings: the step shows 10 of each level; the failure line is an error too.
    const files: Record<string, string> = { blocker: 'a regular file' };
    for (let i = 0; i < 12; i++) {
      files[`e${i}.yml`] = K8S;
      files[`w${i}.yml`] = 'name: w\n$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nidentity:\n  type: sytem_assigned\n';
    }
    const r = await action(tempRepo(files), { 'INPUT_SARIF-FILE': 'blocker/amlguard.sarif', GITHUB_STEP_SUMMARY: join(tempDir('summary'), 'missing/summary.md') });
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    const errors = commands.filter((c) => c.startsWith('::error'));
    const warnings = commands.filter((c) => c.startsWith('::warning'));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toBe('::error title=amlguard::amlguard: cannot write the SARIF file blocker/amlguard.sarif: a part of its path is a file, not a folder.');
    expect(errors.filter((c) => c.startsWith('::error title=endpoint-aad-token-kubernetes,'))).toHaveLength(8);
    expect(errors.at(-1)).toBe("::error::amlguard found problems at or above 'error': 12 errors, 12 warnings, 0 notes.");
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toMatch(/^::warning title=amlguard::amlguard: cannot write the job summary: [^\n]+$/);
    expect(warnings.filter((c) => c.startsWith('::warning title=aml-yaml-schema,'))).toHaveLength(9);
    expect(commands).toContain('::notice title=amlguard::7 more findings not annotated (4 errors, 3 warnings, 0 notes): GitHub shows 10 per level. See the job summary and the SARIF file for all of them.');
  });
});
