import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/repo.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { builtinRules } from '../../rules/index.js';
import { runCli } from '../../src/cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;

async function cli(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false });
  return { code, stdout, stderr };
}

describe('amlguard CLI', async () => {
  it('lints examples/ and exits 1 on errors', async () => {
    const r = await cli(['examples']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => /^examples\/.*\]$/.test(l));
    expect(lines).toContain("examples/ml/compute/gpu-cluster.yml:9:9: Compute cluster 'gpu-cluster' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one. [compute-identity-exclusive]");
    expect(lines).toContain("examples/ml/workspace/workspace.yml:9:1: Workspace 'mlw-fraud-prod' uses user-assigned identity 'uai-fraud-ws', which has no Key Vault Administrator on key vault 'kv-fraud-ml'; assign it, or the workspace cannot use the key vault. [workspace-uai-roles]");
    expect(lines).toContain("examples/scripts/sandbox.sh:14:19: Container registry 'acrfraudsandbox' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]");
    expect(lines).toHaveLength(35);
    expect(r.stdout).toContain('35 problems (17 errors, 10 warnings, 8 notes) in 25 files.');
    // Every rule that can fire on one snapshot shows up in the examples (diff rules need a base revision).
    const shown = new Set(lines.map((l) => /\[([a-z-]+)\]$/.exec(l)![1]));
    expect([...shown].sort()).toEqual(builtinRules.filter((x) => !x.diff).map((x) => x.meta.id).filter((id) => id !== 'internal-error').sort());
    expect(r.stdout).not.toMatch(/7Qp4vXn2/); // the example's committed key is never printed
  });

  it('honours --fail-on', async () => {
    expect((await cli(['examples', '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(['examples/ml/datastores/curated.yml', '--fail-on', 'note'])).code).toBe(0);
    expect((await cli(['examples/ml/endpoints/blue-deployment.yml', '--fail-on', 'note'])).code).toBe(1);
    expect((await cli(['examples/ml/endpoints/blue-deployment.yml'])).code).toBe(0);
  });

  it('filters with --include and --exclude', async () => {
    // Globs are relative to the folder given; ./ and absolute forms are relative to the root.
    for (const glob of ['ml/datastores/**', './examples/ml/datastores/**', `${ROOT}examples/ml/datastores/**`]) {
      const r = await cli(['examples', '--include', glob, '--format', 'json']);
      const files = new Set(JSON.parse(r.stdout).findings.map((f: { loc: { file: string } }) => f.loc.file));
      expect([...files].sort(), glob).toEqual(['examples/ml/datastores/partner-lake.yml', 'examples/ml/datastores/reports-share.yml', 'examples/ml/datastores/transactions.yml']);
    }
    const ex = JSON.parse((await cli(['examples', '--exclude', '**/datastores/**', '--format', 'json'])).stdout);
    expect(ex.findings.some((f: { loc: { file: string } }) => f.loc.file.includes('datastores'))).toBe(false);
  });

  it('scans a folder outside the current directory as its own root, writing --output relative to the current directory', async () => {
    const cwd = tempDir('cwd');
    const out = join(cwd, 'report.txt');
    const r = await cli([join(ROOT, 'examples'), '--no-color', '--output', 'report.txt'], cwd);
    expect(r.code).toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('infra/main.bicep:62:23: ');
    expect(text).not.toContain('outside the scan root');
    expect(text).toContain('35 problems (17 errors, 10 warnings, 8 notes) in 25 files.');
  });

  it('writes SARIF and annotations to --output', async () => {
    const dir = tempDir('cli');
    expect((await cli(['examples', '--format', 'sarif', '--output', join(dir, 'out.sarif')])).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    // 25 findings plus the one suppressed in infra/terraform/registry.tf, kept with its justification.
    expect(sarif.runs[0].results).toHaveLength(36);
    expect(sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions)).toHaveLength(1);
    expect(JSON.stringify(sarif)).not.toContain('7Qp4vXn2');
    await cli(['examples', '--format', 'github', '--output', join(dir, 'gh.txt')]);
    const gh = readFileSync(join(dir, 'gh.txt'), 'utf8');
    expect(gh).toContain('::error title=endpoint-aad-token-kubernetes,file=examples/ml/endpoints/k8s-endpoint.yml,line=5,endLine=5,col=12,endColumn=21::');
  });

  it('lists and explains rules', async () => {
    expect((await cli(['--list-rules'])).stdout).toMatch(/^workspace-primary-uai\s+error\s+/m);
    const ex = await cli(['--explain', 'endpoint-aad-token-kubernetes']);
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain('Microsoft Entra ID authentication (aad_token) is supported only for managed online endpoints.');
    expect(ex.stdout).toContain('Microsoft Learn: Authentication and authorization for online endpoints <https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth>');
    expect(await cli(['--explain', 'no-such-rule'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown rule 'no-such-rule'") });
  });

  it('offers every registered reporter in --help and --format', async () => {
    const help = (await cli(['--help'])).stdout;
    const width = Math.max(...REPORTERS.map((r) => r.id.length));
    for (const r of REPORTERS) expect(help).toContain(`${r.id.padEnd(width)}  ${r.description}`);
    expect(help).toMatch(/^Usage: amlguard \[path \| "glob" \| -\]\.\.\. \[options\]\n {7}amlguard graph \[paths\.\.\.\] \[--format text\|json\|mermaid\]   \(amlguard graph --help\)\n\nLints Azure Machine Learning identity and access in AML CLI v2 YAML, ARM JSON, Bicep, Terraform\nand az scripts/);
    const md = await cli(['examples', '--format', 'markdown']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('| Rule | Errors | Warnings | Notes |');
  });

  it('fails cleanly (exit 2) on usage errors', async () => {
    expect(await cli(['--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining("--format must be one of text, json, sarif, github, azure-pipelines, junit, gitlab, markdown, got 'xml'") });
    expect((await cli(['--fail-on', 'high'])).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
    expect(await cli(['does/not/exist'])).toMatchObject({ code: 2, stderr: 'amlguard: path not found: does/not/exist\n' });
  });

  it('exits 0 with a clean message on a clean repo', async () => {
    const dir = tempDir('clean');
    writeFileSync(join(dir, 'ds.yml'), 'name: lake\ntype: azure_data_lake_gen2\naccount_name: st\nfilesystem: fs\n');
    expect(await cli([], dir)).toEqual({ code: 0, stdout: 'No problems found in 1 files.\n', stderr: '' });
  });
});
