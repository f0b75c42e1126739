import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo, cliIn } from '../helpers/repo.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const WS = '$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: mlw\nlocation: westeurope\npublic_network_access: enabled\ncontainer_registry: /subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerRegistry/registries/acr\n';

const cli = cliIn;

const USER_RULE = `id: workspace-hub-required
severity: warning
summary: Workspaces must belong to the platform hub.
tags: [governance]
select:
  kind: workspace
  where:
    properties:
      format: { const: aml-yaml }
assert:
  required: [hubId]
  properties:
    hubId: { type: string, pattern: "/hub-platform$" }
message: "Workspace '{{name}}' is not attached to hub-platform."
`;

const NO_PUBLIC = `id: no-public-registry
severity: error
summary: Container registries must say adminUserEnabled false explicitly.
select: { kind: containerRegistry }
assert:
  required: [adminUserEnabled]
message: "{{name}} must set adminUserEnabled: false."
`;

describe('declarative rules from a user folder', () => {
  it('runs a rule from --rule-dir and from ruleDirs, located at the failing property', async () => {
    const dir = tempRepo({
      'policies/hub.yml': USER_RULE,
      'ml/ws.yml': WS,
      'ml/proj.yml': WS.replace('name: mlw', 'name: proj').replace('container_registry:', 'hub_id: /subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/hub-other\ncontainer_registry:'),
    });
    const r = await cli(['ml', '--rule-dir', 'policies', '--format', 'json'], dir);
    const lines = JSON.parse(r.stdout).findings.map((f: { loc: { file: string; range: { start: { line: number; column: number } } }; message: string; ruleId: string }) => `${f.loc.file}:${f.loc.range.start.line}:${f.loc.range.start.column} ${f.ruleId} ${f.message}`);
    expect(lines).toEqual([
      "ml/proj.yml:5:9 workspace-hub-required Workspace 'proj' is not attached to hub-platform.",
      "ml/ws.yml:1:1 workspace-hub-required Workspace 'mlw' is not attached to hub-platform.",
    ]);
    writeFileSync(join(dir, '.amlguard.yml'), 'ruleDirs: [policies]\nrules:\n  workspace-hub-required: error\n');
    const viaConfig = await cli(['ml', '--format', 'json'], dir);
    expect(JSON.parse(viaConfig.stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['error', 'error']);
    expect((await cli(['--list-rules'], dir)).stdout).toMatch(/^workspace-hub-required\s+warning\s+Workspaces must belong/m);
  });

  it('reports a broken rule file as a sentence with its location', async () => {
    const dir = tempRepo({ 'policies/bad.yml': NO_PUBLIC.replace('severity: error', 'severity: fatal').replace('select: { kind: containerRegistry }', 'select: { kind: registryz }') });
    const r = await cli(['--rule-dir', 'policies'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policies/bad.yml:2:11: severity: expected error|warning|note, got "fatal"');
    expect(r.stderr).toContain('policies/bad.yml:4:17: select.kind: expected workspace|compute|');
  });
});

const PLUGIN = `export const rules = [{
  meta: { id: 'no-dev-names', severity: 'warning', summary: 'Resource names must not contain dev.', messages: { dev: "{{name}} looks like a dev resource." } },
  create(ctx) {
    return { workspace(w) { if (w.name && w.name.t === 'str' && w.name.value.includes('dev')) ctx.report({ at: w.name, messageId: 'dev', data: { name: w.name.value } }); } };
  },
}];
`;

describe('code plugins', () => {
  const dir = tempRepo({ '.amlguard.yml': 'plugins: [./tools/rules.mjs]\n', 'tools/rules.mjs': PLUGIN, 'ws.yml': WS.replace('name: mlw', 'name: mlw-dev') });

  it('are refused unless allowed', async () => {
    const r = await cli([], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plugins are configured (');
    expect(r.stderr).toContain('but not allowed: pass --allow-plugins');
  });

  it('run when allowed, from the sources', async () => {
    const r = await cli(['--allow-plugins'], dir);
    expect(r.stdout).toContain("ws.yml:2:7: mlw-dev looks like a dev resource. [no-dev-names]");
  });

  it('run when allowed, from the bundled dist/cli (ncc leaves the dynamic import alone)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--allow-plugins', '--no-color'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain("ws.yml:2:7: mlw-dev looks like a dev resource. [no-dev-names]");
    const refused = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js')], { cwd: dir, encoding: 'utf8' });
    expect(refused.status).toBe(2);
  });
});
