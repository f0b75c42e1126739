import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo, cliIn } from '../helpers/repo.js';
import { configSchema } from '../../src/config/schema.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const K8S = '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: e\ncompute: azureml:k\nauth_mode: aad_token\n';
const FILE_DS = '$schema: https://azuremlschemas.azureedge.net/latest/azureFile.schema.json\nname: share\ntype: azure_file\naccount_name: st\nfile_share_name: s\n';

const cli = cliIn;

describe('.amlguard.yml', () => {
  it('sets severities, switches rules off, and ignores files globally and per rule', async () => {
    const dir = tempRepo({
      '.amlguard.yml': 'rules:\n  endpoint-aad-token-kubernetes: warning\n  datastore-identity-unsupported:\n    ignore: ["legacy/**"]\nignore:\n  - vendor/**\n',
      'e.yml': K8S,
      'vendor/e.yml': K8S,
      'legacy/ds.yml': FILE_DS,
      'ds.yml': FILE_DS,
    });
    const r = await cli(['--format', 'json'], dir);
    const got = JSON.parse(r.stdout).findings.map((f: { ruleId: string; severity: string; loc: { file: string } }) => `${f.loc.file} ${f.ruleId} ${f.severity}`);
    expect(got).toEqual(['ds.yml datastore-identity-unsupported error', 'e.yml endpoint-aad-token-kubernetes warning']);
    const off = tempRepo({ '.amlguard.yml': 'rules:\n  endpoint-aad-token-kubernetes: off\n', 'e.yml': K8S });
    expect(await cli([], off)).toMatchObject({ code: 0 });
  });

  it('caps loops at maxLoopIterations: a larger loop is read as unknown, with a note', async () => {
    const dir = tempRepo({
      '.amlguard.yml': 'maxLoopIterations: 2\n',
      'main.tf': 'resource "azurerm_container_registry" "r" {\n  count         = 3\n  name          = "cr${count.index}"\n  admin_enabled = true\n}\n',
    });
    try {
      const r = await cli(['--format', 'json', '--fail-on', 'never'], dir);
      const got = JSON.parse(r.stdout).findings.map((f: { ruleId: string; severity: string; message: string; loc: { range: { start: { line: number } } } }) => `${f.loc.range.start.line} ${f.ruleId} ${f.severity} ${f.message}`);
      // The registry is still read once (maybe deployed), its name not known.
      expect(got).toEqual([
        "2 parse-error note the count of azurerm_container_registry.r has 3 elements, more than the 2 amlguard expands (option maxLoopIterations): read as not known.",
        "4 acr-admin-user error Container registry 'azurerm_container_registry.r' has its admin user enabled; disable it and pull with managed identities (AcrPull).",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is found with --config anywhere', async () => {
    const dir = tempRepo({ 'conf/lint.yml': 'rules:\n  endpoint-aad-token-kubernetes: note\n', 'e.yml': K8S });
    expect((await cli(['--config', 'conf/lint.yml'], dir)).code).toBe(0);
    expect(await cli(['--config', 'nope.yml'], dir)).toMatchObject({ code: 2, stderr: 'amlguard: configuration file not found: nope.yml\n' });
  });

  it('explains each mistake with file, line and path, and exits 2', async () => {
    const cases: [string, string][] = [
      ['rules:\n  acr-admin-user: high\n', '.amlguard.yml:2:19: rules.acr-admin-user: expected off|note|warning|error or {severity, options, ignore}, got "high"'],
      ['rules:\n  acr-admin-user:\n    severity: loud\n', '.amlguard.yml:3:15: rules.acr-admin-user.severity: expected off|note|warning|error, got "loud"'],
      ['rulez:\n  x: off\n', '.amlguard.yml:1:1: rulez: unknown key; expected one of rules, ignore, tenantId, workspaces, ruleDirs, plugins, limits, maxLoopIterations'],
      ['ignore: vendor/**\n', '.amlguard.yml:1:9: ignore: expected array, got "vendor/**"'],
      ['rules:\n  no-such-rule: error\n', '.amlguard.yml:2:3: rules.no-such-rule: unknown rule; run amlguard --list-rules to see the rule ids.'],
      ['rules:\n  acr-admin-user:\n    options:\n      strict: true\n', '.amlguard.yml:2:3: rules.acr-admin-user.options.strict: unknown key; nothing is accepted here'],
      ['workspaces:\n  - paths: [ml/**]\n', '.amlguard.yml:2:5: workspaces[0]: missing required key \'name\''],
      ['rules: [oops\n', '.amlguard.yml:2:1: cannot parse the configuration:'],
      ['ruleDirs: [missing-dir]\n', 'amlguard: rule folder not found: missing-dir (ruleDirs in .amlguard.yml)\n'],
    ];
    for (const [text, message] of cases) {
      const r = await cli([], tempRepo({ '.amlguard.yml': text }));
      expect(r.code, text).toBe(2);
      expect(r.stderr, text).toContain(message);
    }
  });

  it('ships its JSON schema for editors, in sync with the one the CLI uses', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schema/amlguard.schema.json'), 'utf8'))).toEqual(configSchema);
  });
});

describe('baseline', () => {
  it('records today\'s findings and then reports only new ones, even after lines move', async () => {
    const dir = tempRepo({ 'e.yml': K8S, 'ds.yml': FILE_DS });
    const w = await cli(['--write-baseline', 'amlguard-baseline.json'], dir);
    expect(w).toMatchObject({ code: 0, stderr: 'amlguard: recorded 2 findings in amlguard-baseline.json.\n' });
    expect(await cli(['--baseline', 'amlguard-baseline.json'], dir)).toMatchObject({ code: 0 });
    // Unrelated edits move every line; a new problem appears in a new file.
    writeFileSync(join(dir, 'e.yml'), '# owner: ml-platform\n\n' + K8S);
    writeFileSync(join(dir, 'ds.yml'), FILE_DS.replace('name: share', 'description: reports\nname: share'));
    writeFileSync(join(dir, 'f.yml'), K8S.replace('name: e', 'name: f'));
    const r = await cli(['--baseline', 'amlguard-baseline.json', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { loc: { file: string } }) => f.loc.file)).toEqual(['f.yml']);
  });

  it('rejects a file that is not a baseline', async () => {
    const dir = tempRepo({ 'b.json': '{"hello": 1}' });
    expect(await cli(['--baseline', 'b.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('b.json is not an amlguard baseline') });
  });
});
