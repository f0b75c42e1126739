import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/main.js';
import { VERSION } from '../../src/version.js';
import { cliIn, tempRepo } from '../helpers/repo.js';
import { useColor } from '../../src/cli/color.js';
import { anchorGlobs, globBase, splitPathArgs } from '../../src/app/targets.js';

describe('colour', () => {
  const tty = { isTTY: true, env: {} };
  it('follows the terminal, NO_COLOR, FORCE_COLOR and --no-color in that order of strength', () => {
    expect(useColor(tty)).toBe(true);
    expect(useColor({ isTTY: false, env: {} })).toBe(false);
    expect(useColor({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '' } })).toBe(true);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColor({ ...tty, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '1' }, noColorFlag: true })).toBe(false);
    expect(useColor({ ...tty, toFile: true })).toBe(false);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '3' }, toFile: true })).toBe(true);
  });
});

describe('globs relative to the scanned folder', () => {
  it('anchors plain globs under the folder and keeps ./ and absolute forms root-relative', () => {
    expect(anchorGlobs(['ml/**', '*.yml', './examples/infra/**', '/repo/examples/scripts/*.sh', '!ml/tmp/**'], 'examples', '/repo')).toEqual([
      'examples/ml/**',
      'examples/**/*.yml',
      'examples/infra/**',
      'examples/scripts/*.sh',
      '!examples/ml/tmp/**',
    ]);
    expect(anchorGlobs(['ml/**', '*.yml'], '.', '/repo')).toEqual(['ml/**', '*.yml']);
    expect(anchorGlobs(['ml/**'], 'examples/', '/repo')).toEqual(['examples/ml/**']);
    expect(anchorGlobs(undefined, 'examples', '/repo')).toBeUndefined();
  });

  it('turns quoted glob arguments into include patterns scanned from their folder', () => {
    const exists = (p: string) => ['examples', 'examples/ml'].includes(p);
    expect(splitPathArgs(['examples', 'examples/ml/**/*.yml', 'infra/*.bicep', '**/*.tf', './x/[ab].sh'], exists)).toEqual({
      paths: ['examples'],
      globs: ['examples/ml/**/*.yml', 'infra/*.bicep', '**/*.tf', 'x/[ab].sh'],
    });
    expect(['examples/ml/**/*.yml', 'infra/*.bicep', '**/*.tf', 'x/[ab].sh'].map(globBase)).toEqual(['examples/ml', 'infra', '.', 'x']);
    expect(splitPathArgs(['does/not/exist'], exists)).toEqual({ paths: ['does/not/exist'], globs: [] });
  });
});

const ROOT = new URL('../..', import.meta.url).pathname;
const run = (args: string[], io: Partial<CliIO> = {}, cwd = ROOT) => cliIn(args, cwd, io);
const lines = (out: string) => out.split('\n').filter((l) => /^examples\/.*\]$/.test(l));
const GPU = "examples/ml/compute/gpu-cluster.yml:9:9: Compute cluster 'gpu-cluster' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one. [compute-identity-exclusive]";
const WORKSPACE_KV = "examples/ml/workspace/workspace.yml:9:1: Workspace 'mlw-fraud-prod' uses user-assigned identity 'uai-fraud-ws', which has no Key Vault Administrator on key vault 'kv-fraud-ml'; assign it, or the workspace cannot use the key vault. [workspace-uai-roles]";

describe('CLI habits', () => {
  it('colours only on a terminal, unless NO_COLOR or FORCE_COLOR says otherwise', async () => {
    const ESC = '\u001b[';
    expect((await run(['examples'], { isTTY: true })).stdout).toContain(ESC);
    expect((await run(['examples'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['examples'], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await run(['examples', '--no-color'], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('prints the version with -v and --version', async () => {
    for (const flag of ['-v', '--version']) expect(await run([flag])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('filters by severity (--quiet is errors only) and by rule', async () => {
    type J = { findings: { severity: string; fingerprint: string }[] };
    const all = (JSON.parse((await run(['examples', '--format', 'json'])).stdout) as J).findings;
    const errors = (JSON.parse((await run(['examples', '--format', 'json', '-q'])).stdout) as J).findings;
    expect(errors.map((f) => f.fingerprint)).toEqual(all.filter((f) => f.severity === 'error').map((f) => f.fingerprint));
    expect(errors).toHaveLength(18); // 17 active and one suppressed in source
    const quiet = await run(['examples', '--quiet']);
    expect(quiet.stdout).toMatch(/17 problems \(17 errors, 0 warnings, 0 notes\)/);
    expect((await run(['examples', '--severity', 'warning'])).stdout).toMatch(/27 problems \(17 errors, 10 warnings, 0 notes\)/);
    // Notes cannot fail a run they are not reported in.
    expect((await run(['examples/ml/endpoints/blue-deployment.yml', '--fail-on', 'note', '--severity', 'error'])).code).toBe(0);
    expect(await run(['examples', '--severity', 'high'])).toMatchObject({ code: 2, stderr: "amlguard: --severity must be one of error, warning, note, got 'high'.\n" });
    const one = await run(['examples', '--rule', 'acr-admin-user,compute-identity-exclusive']);
    expect(lines(one.stdout)).toEqual([
      "examples/infra/main.bicep:62:23: Container registry 'acrfraudml' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
      GPU,
      "examples/scripts/sandbox.sh:14:19: Container registry 'acrfraudsandbox' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
    ]);
    expect(await run(['examples', '--rule', 'no-such-rule'])).toMatchObject({ code: 2, stderr: "amlguard: unknown rule 'no-such-rule'; run --list-rules to see them.\n" });
  });

  it('takes quoted globs as arguments', async () => {
    const r = await run(['examples/ml/**/*.yml', 'examples/scripts']);
    const files = new Set(lines(r.stdout).map((l) => l.split(':')[0]));
    expect([...files].every((f) => f.startsWith('examples/ml/') || f.startsWith('examples/scripts/'))).toBe(true);
    expect(files).toContain('examples/ml/compute/gpu-cluster.yml');
    expect(files).toContain('examples/scripts/sandbox.sh');
    expect(files).not.toContain('examples/infra/main.bicep');
  });

  // examples/ is the repository here: the amlguard repository around it has other workspaces.
  const EX = join(ROOT, 'examples');
  const exLines = (out: string) => out.split('\n').filter((l) => /^(ml|infra|scripts)\/.*\]$/.test(l));
  const strip = (l: string) => l.replace(/^examples\//, '');

  it('reports single files alone, with the configuration and the rest of the repository as context', async () => {
    const r = await run(['ml/workspace/workspace.yml', 'ml/compute/gpu-cluster.yml'], {}, EX);
    expect(r.code).toBe(1);
    const got = exLines(r.stdout);
    expect(got).toContain(strip(WORKSPACE_KV)); // needs the key vault and role assignments from infra/
    expect(got).toContain(strip(GPU));
    expect(got.every((l) => l.startsWith('ml/workspace/workspace.yml:') || l.startsWith('ml/compute/gpu-cluster.yml:'))).toBe(true);
    // The same findings as a full scan has on these files.
    const full = exLines((await run(['.'], {}, EX)).stdout).filter((l) => l.startsWith('ml/workspace/workspace.yml:') || l.startsWith('ml/compute/gpu-cluster.yml:'));
    expect(got).toEqual(full);
  });

  it('reads one file from stdin with -, reported under --stdin-filename, with the repository as context', async () => {
    const text = readFileSync(join(EX, 'ml/compute/gpu-cluster.yml'), 'utf8');
    const r = await run(['-', '--stdin-filename', 'ml/compute/new-cluster.yml'], { readStdin: async () => text }, EX);
    expect(r.code).toBe(1);
    expect(exLines(r.stdout)).toEqual([strip(GPU).replace('gpu-cluster.yml', 'new-cluster.yml')]);
    const ws = readFileSync(join(EX, 'ml/workspace/workspace.yml'), 'utf8');
    expect(exLines((await run(['-', '--stdin-filename', 'ml/workspace/workspace.yml'], { readStdin: async () => ws }, EX)).stdout)).toContain(strip(WORKSPACE_KV));
    // The text on stdin is what is checked, not the file on disk.
    const fixed = ws.replace(/^identity:[\s\S]*?(?=^\S)/m, 'identity:\n  type: system_assigned\n');
    expect(exLines((await run(['-', '--stdin-filename', 'ml/workspace/workspace.yml'], { readStdin: async () => fixed }, EX)).stdout)).not.toContain(strip(WORKSPACE_KV));
    expect((await run(['-'])).code).toBe(2);
    expect((await run(['examples', '--stdin-filename', 'x.yml'])).code).toBe(2);
    expect(await run(['-', '--stdin-filename', '../outside.yml'], { readStdin: async () => 'a: 1\n' }, EX)).toMatchObject({ code: 2, stderr: "amlguard: --stdin-filename must be inside the current directory, got '../outside.yml'.\n" });
  });

  it('refuses a scan of zero files with one sentence naming the path and globs, unless allowed', async () => {
    const none = await run(['examples', '--include', 'nothing/**']);
    expect(none).toMatchObject({
      code: 2,
      stderr:
        "amlguard: no files to scan: path 'examples' with include 'nothing/**' has no YAML, JSON, Bicep, Terraform or script file that amlguard reads (globs are relative to the path); set allow-empty to accept an empty scan.\n",
    });
    expect(await run(['examples', '--include', 'nothing/**', '--allow-empty'])).toMatchObject({ code: 0, stdout: 'No problems found in 0 files.\n' });
    const empty = tempRepo({ 'docs/README.md': '# docs\n' });
    expect((await run(['docs'], {}, empty)).stderr).toBe(
      "amlguard: no files to scan: path 'docs' has no YAML, JSON, Bicep, Terraform or script file that amlguard reads (globs are relative to the path); set allow-empty to accept an empty scan.\n",
    );
    const allowed = tempRepo({ '.amlguard.yml': 'allowEmpty: true\n', 'docs/README.md': '# docs\n' });
    expect((await run(['docs'], {}, allowed)).code).toBe(0);
    // Files named one by one (pre-commit) that the configuration ignores are not an error; a missing one is.
    const ignored = tempRepo({ '.amlguard.yml': 'ignore: ["vendor/**"]\n', 'vendor/x.yml': 'a: 1\n' });
    expect(await run(['vendor/x.yml'], {}, ignored)).toMatchObject({ code: 0, stdout: 'No problems found in 0 files.\n' });
    expect(await run(['vendor/gone.yml'], {}, ignored)).toMatchObject({ code: 2, stderr: expect.stringContaining('path not found: vendor/gone.yml') });
  });

  it('writes the new formats and the SARIF category from the command line', async () => {
    const azure = await run(['examples', '--format', 'azure-pipelines', '--task-complete']);
    expect(azure.stdout).toContain(`##vso[task.logissue type=error;sourcepath=${ROOT}examples/ml/compute/gpu-cluster.yml;linenumber=9;columnnumber=9;code=compute-identity-exclusive;]`);
    expect(azure.stdout.trimEnd().split('\n').at(-1)).toBe('##vso[task.complete result=Failed;]amlguard');
    expect((await run(['examples', '--format', 'junit'])).stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="amlguard /);
    expect(JSON.parse((await run(['examples', '--format', 'gitlab'])).stdout)[0]).toMatchObject({ check_name: 'acr-admin-user', location: { path: 'examples/infra/main.bicep' } });
    const sarif = JSON.parse((await run(['examples', '--format', 'sarif', '--category', 'ml-infra'])).stdout);
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'ml-infra/' });
  });
});
