import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;

function cli(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTTY: false });
  return { code, stdout, stderr };
}

describe('amlguard CLI', () => {
  it('lints examples/ and exits 1 on errors', () => {
    const r = cli(['examples']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => /^examples\/.*\]$/.test(l));
    expect(lines).toContain("examples/compute/gpu-cluster.yml:9:9: Compute cluster 'gpu-cluster' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one. [compute-identity-exclusive]");
    expect(lines).toHaveLength(11);
    expect(r.stdout).toContain('11 problems (6 errors, 4 warnings, 1 note) in 12 files.');
    expect(r.stdout).not.toMatch(/7Qp4vXn2/); // the example's committed key is never printed
  });

  it('honours --fail-on', () => {
    expect(cli(['examples', '--fail-on', 'never']).code).toBe(0);
    expect(cli(['examples/datastores/curated.yml', '--fail-on', 'note']).code).toBe(0);
    expect(cli(['examples/endpoints/blue-deployment.yml', '--fail-on', 'note']).code).toBe(1);
    expect(cli(['examples/endpoints/blue-deployment.yml']).code).toBe(0);
  });

  it('filters with --include and --exclude', () => {
    const r = cli(['examples', '--include', 'examples/datastores/**', '--format', 'json']);
    const files = new Set(JSON.parse(r.stdout).findings.map((f: { loc: { file: string } }) => f.loc.file));
    expect([...files].sort()).toEqual(['examples/datastores/reports-share.yml', 'examples/datastores/transactions.yml']);
    const ex = JSON.parse(cli(['examples', '--exclude', '**/datastores/**', '--format', 'json']).stdout);
    expect(ex.findings.some((f: { loc: { file: string } }) => f.loc.file.includes('datastores'))).toBe(false);
  });

  it('writes SARIF and annotations to --output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amlguard-cli-'));
    expect(cli(['examples', '--format', 'sarif', '--output', join(dir, 'out.sarif')]).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(11);
    expect(JSON.stringify(sarif)).not.toContain('7Qp4vXn2');
    cli(['examples', '--format', 'github', '--output', join(dir, 'gh.txt')]);
    const gh = readFileSync(join(dir, 'gh.txt'), 'utf8');
    expect(gh).toContain('::error title=endpoint-aad-token-kubernetes,file=examples/endpoints/k8s-endpoint.yml,line=5,endLine=5,col=12,endColumn=21::');
  });

  it('lists and explains rules', () => {
    expect(cli(['--list-rules']).stdout).toMatch(/^workspace-primary-uai\s+error\s+/m);
    const ex = cli(['--explain', 'endpoint-aad-token-kubernetes']);
    expect(ex.code).toBe(0);
    expect(ex.stdout).toContain('La autenticación de id. de Microsoft Entra (aad_token) se admite solo');
    expect(cli(['--explain', 'no-such-rule'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown rule 'no-such-rule'") });
  });

  it('fails cleanly (exit 2) on usage errors', () => {
    expect(cli(['--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining("--format must be one of text, json, sarif, github, got 'xml'") });
    expect(cli(['--fail-on', 'high']).code).toBe(2);
    expect(cli(['--bogus']).code).toBe(2);
    expect(cli(['does/not/exist'])).toMatchObject({ code: 2, stderr: 'amlguard: path not found: does/not/exist\n' });
  });

  it('exits 0 with a clean message on a clean repo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amlguard-clean-'));
    writeFileSync(join(dir, 'ds.yml'), 'name: lake\ntype: azure_data_lake_gen2\naccount_name: st\nfilesystem: fs\n');
    expect(cli([], dir)).toEqual({ code: 0, stdout: 'No problems found in 1 files.\n', stderr: '' });
  });
});
