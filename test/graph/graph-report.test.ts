import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { buildGraphReport, type GraphReport } from '../../src/app/graph-report/build.js';
import { graphText } from '../../src/app/graph-report/text.js';
import { lint } from '../../src/engine/lint.js';
import { Graph } from '../../src/model/graph.js';
import { SourceFile } from '../../src/model/located.js';
import type { Resource } from '../../src/model/resource.js';
import { cliIn, tempDir, tempRepo } from '../helpers/repo.js';

const MIXED = new URL('./fixtures/mixed/', import.meta.url).pathname;

const at = (file: string, line: number) => `${file}:${line}:1`;
const UAI_WS = at('infra/main.bicep', 5);
const STORAGE = at('infra/main.bicep', 10);
const VAULT = at('infra/main.bicep', 17);
const ACR = at('infra/main.bicep', 27);
const INSIGHTS = at('infra/main.bicep', 33);
const WORKSPACE = at('infra/main.bicep', 40);
const UAI_TRAIN = at('terraform/identity.tf', 1);
const found = (resource: string) => ({ state: 'found', resource });
const MIGHT = 'an assignment might grant it, but its principal, scope or role is not known statically';
const SHARED = { state: 'external', type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-shared-endpoint' };
const OUTSIDE = "identity 'uai-shared-endpoint' is declared outside this repository";

describe('amlguard graph --format json', () => {
  it('pins what was understood of a Bicep + Terraform + AML YAML + az fixture', async () => {
    const r = await cliIn(['graph', '--format', 'json'], MIXED);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const resource = (id: string, kind: string, name: string) => ({ id, kind, name, file: id.split(':')[0], line: Number(id.split(':')[1]), instance: null });
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      resources: [
        resource(UAI_WS, 'userAssignedIdentity', 'uai-ws'),
        resource(STORAGE, 'storageAccount', 'stgraph'),
        resource(VAULT, 'keyVault', 'kv-graph'),
        resource(ACR, 'containerRegistry', 'acrgraph'),
        resource(INSIGHTS, 'appInsights', 'appi-graph'),
        resource(WORKSPACE, 'workspace', 'mlw-graph'),
        resource('ml/compute.yml:1:1', 'compute', 'train-cluster'),
        resource('ml/endpoint.yml:1:1', 'onlineEndpoint', 'score'),
        resource(UAI_TRAIN, 'userAssignedIdentity', 'uai-train'),
      ],
      assignments: [
        // Bicep symbols: identity, built-in role by GUID, scope on a symbol.
        { file: 'infra/main.bicep', line: 57, instance: null, principal: { state: 'found', resource: UAI_WS, system: false }, role: { state: 'known', name: 'Contributor', id: 'b24988ac-6180-42a0-ab88-20f7382dd24c' }, scope: { state: 'resource', resource: STORAGE } },
        { file: 'infra/main.bicep', line: 67, instance: null, principal: { state: 'unknown', why: 'principal given as a value not known statically' }, role: { state: 'known', name: 'AcrPull', id: '7f951dda-4ed3-4680-a7ca-43fe172d538d' }, scope: { state: 'resourceGroup' } },
        { file: 'infra/main.bicep', line: 76, instance: null, principal: { state: 'found', resource: UAI_WS, system: false }, role: { state: 'unknown', why: "parameter 'extraRoleId' has no default" }, scope: { state: 'resource', resource: INSIGHTS } },
        // az: the assignee is an environment variable; the scope is the Bicep storage account by resource ID.
        { file: 'scripts/grant.sh', line: 3, instance: null, principal: { state: 'unknown', why: 'principal given as a value not known statically' }, role: { state: 'known', name: 'Storage Blob Data Reader', id: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1' }, scope: { state: 'resource', resource: STORAGE } },
        // Terraform: a role by name, a scope ID that names the registry declared in Bicep.
        { file: 'terraform/identity.tf', line: 8, instance: null, principal: { state: 'found', resource: UAI_TRAIN, system: false }, role: { state: 'known', name: 'AcrPull', id: '7f951dda-4ed3-4680-a7ca-43fe172d538d' }, scope: { state: 'resource', resource: ACR } },
        { file: 'terraform/identity.tf', line: 15, instance: null, principal: { state: 'external', type: 'objectId', name: '11111111-2222-3333-4444-555555555555' }, role: { state: 'known', name: 'Reader', id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' }, scope: { state: 'subscription' } },
        { file: 'terraform/identity.tf', line: 22, instance: null, principal: { state: 'found', resource: UAI_TRAIN, system: false }, role: { state: 'unknown', why: "role 'Platform Auditor' is neither a built-in role amlguard knows nor declared in the repository" }, scope: { state: 'managementGroup', name: 'platform' } },
      ],
      requirements: [
        { rule: 'compute-uai-acr-pull', subject: 'ml/compute.yml:1:1', workspace: found(WORKSPACE), identity: found(UAI_TRAIN), role: 'AcrPull', on: found(ACR), what: 'container registry', state: 'granted' },
        { rule: 'endpoint-uai-roles', subject: 'ml/endpoint.yml:1:1', workspace: found(WORKSPACE), identity: SHARED, role: 'AcrPull', on: found(ACR), what: 'registry', state: 'unknown', why: OUTSIDE },
        { rule: 'endpoint-uai-roles', subject: 'ml/endpoint.yml:1:1', workspace: found(WORKSPACE), identity: SHARED, role: 'Storage Blob Data Reader', on: found(STORAGE), what: 'storage account', state: 'unknown', why: OUTSIDE },
        { rule: 'endpoint-uai-roles', subject: 'ml/endpoint.yml:1:1', workspace: found(WORKSPACE), identity: SHARED, role: 'AzureML Metrics Writer (preview)', on: found(WORKSPACE), what: 'workspace', state: 'unknown', optional: true, why: OUTSIDE },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Contributor', on: found(WORKSPACE), what: 'workspace', state: 'missing' },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Contributor', on: found(STORAGE), what: 'storage account', state: 'granted' },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Storage Blob Data Contributor', on: found(STORAGE), what: 'storage account', state: 'missing', optional: true },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Contributor', on: found(VAULT), what: 'key vault', state: 'missing' },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Key Vault Administrator', on: found(VAULT), what: 'key vault', state: 'missing' },
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Contributor', on: found(ACR), what: 'container registry', state: 'missing' },
        // The assignment with an unknown role on Application Insights might grant it.
        { rule: 'workspace-uai-roles', subject: WORKSPACE, workspace: found(WORKSPACE), identity: found(UAI_WS), role: 'Contributor', on: found(INSIGHTS), what: 'Application Insights', state: 'unknown', why: MIGHT },
      ],
    });
  });

  it('says missing exactly where the rules report a missing role', () => {
    const result = lint({ root: MIXED, rules: builtinRules });
    const report = buildGraphReport(new Graph(result.model), builtinRules);
    const missing = report.requirements.filter((n) => n.state === 'missing').map((n) => `${n.rule}: ${n.role} on ${n.what}`);
    const reported = result.findings.filter((f) => /has no (.+?) on (.+?) '/.test(f.message) && f.ruleId !== 'parse-error').map((f) => {
      const [, role, what] = /has no (.+?) on (.+?) '/.exec(f.message)!;
      return `${f.ruleId}: ${role} on ${what}`;
    });
    expect(missing.sort()).toEqual(reported.sort());
    expect(missing).toHaveLength(5);
  });

  it('leaves out the requirements of a rule the configuration turns off', async () => {
    const dir = tempRepo({ '.amlguard.yml': 'rules:\n  workspace-uai-roles: off\n' });
    cpSync(MIXED, dir, { recursive: true });
    const report: GraphReport = JSON.parse((await cliIn(['graph', '--format', 'json'], dir)).stdout);
    expect([...new Set(report.requirements.map((n) => n.rule))]).toEqual(['compute-uai-acr-pull', 'endpoint-uai-roles']);
  });

  it('gives each module or loop instance its own id, and the instance chain', () => {
    const file = new SourceFile('main.bicep', "resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n  name: 'x'\n}\n");
    const decl = file.loc(0, file.text.length - 1);
    const uai = (instance?: string): Resource => ({ kind: 'userAssignedIdentity', format: 'bicep', file: 'main.bicep', decl, name: { t: 'str', value: `uai-${instance ?? 'top'}`, loc: decl }, props: {}, instance });
    const report = buildGraphReport(new Graph({ resources: [uai('trainUai'), uai(), uai('roleLoop[1]')] }), []);
    expect(report.resources.map((r) => [r.id, r.name, r.instance])).toEqual([
      ['main.bicep:1:1', 'uai-top', null],
      ['main.bicep:1:1#roleLoop[1]', 'uai-roleLoop[1]', 'roleLoop[1]'],
      ['main.bicep:1:1#trainUai', 'uai-trainUai', 'trainUai'],
    ]);
    expect(graphText(report)).toContain('  main.bicep:1 [trainUai]  userAssignedIdentity  uai-trainUai\n');
  });

  it('reports Terraform loop instances and an assignment deployed only under an unknown condition', async () => {
    const dir = tempRepo({
      'main.tf': [
        'variable "grant" { type = bool }',
        'resource "azurerm_user_assigned_identity" "pool" {',
        '  count               = 2',
        '  name                = "uai-pool-${count.index}"',
        '  location            = "westeurope"',
        '  resource_group_name = "rg"',
        '}',
        'resource "azurerm_role_assignment" "r" {',
        '  count                = var.grant ? 1 : 0',
        '  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"',
        '  role_definition_name = "Reader"',
        '  principal_id         = azurerm_user_assigned_identity.pool[1].principal_id',
        '}',
        '',
      ].join('\n'),
    });
    const report: GraphReport = JSON.parse((await cliIn(['graph', '--format', 'json'], dir)).stdout);
    const pool1 = 'main.tf:2:1#azurerm_user_assigned_identity.pool[1]';
    expect(report.resources.map((r) => [r.id, r.name, r.instance])).toEqual([
      ['main.tf:2:1#azurerm_user_assigned_identity.pool[0]', 'uai-pool-0', 'azurerm_user_assigned_identity.pool[0]'],
      [pool1, 'uai-pool-1', 'azurerm_user_assigned_identity.pool[1]'],
    ]);
    expect(report.assignments).toEqual([
      {
        file: 'main.tf',
        line: 8,
        instance: null,
        principal: { state: 'found', resource: pool1, system: false },
        role: { state: 'known', name: 'Reader', id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' },
        scope: { state: 'subscription' },
        maybeDeployed: "count = var.grant ? 1 : 0 is not known (the condition var.grant is not known (variable 'grant' has no default))",
      },
    ]);
  });
});

describe('amlguard graph --format text and the command line', () => {
  it('prints each assignment with its states and reasons, and each requirement with its answer', async () => {
    const r = await cliIn(['graph'], MIXED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        'Role assignments (7, 3 with principal, role and scope resolved)',
        '  infra/main.bicep:57',
        "    principal  found    userAssignedIdentity 'uai-ws' (infra/main.bicep:5)",
        '    role       known    Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c)',
        "    scope      resource storageAccount 'stgraph' (infra/main.bicep:10)",
        '  infra/main.bicep:67',
        '    principal  unknown  principal given as a value not known statically',
        '    role       known    AcrPull (7f951dda-4ed3-4680-a7ca-43fe172d538d)',
        "    scope      resourceGroup the deployment's resource group",
      ].join('\n'),
    );
    expect(r.stdout).toContain("    scope      managementGroup management group 'platform'\n");
    expect(r.stdout).toContain('Required roles (11: 2 granted, 5 missing, 4 unknown)\n');
    expect(r.stdout).toContain(
      [
        '  unknown Contributor on Application Insights [workspace-uai-roles]',
        "    for      workspace 'mlw-graph' (infra/main.bicep:40)",
        "    identity userAssignedIdentity 'uai-ws' (infra/main.bicep:5)",
        "    on       appInsights 'appi-graph' (infra/main.bicep:33)",
        `    why      ${MIGHT}`,
      ].join('\n'),
    );
  });

  it('reads a folder outside the current directory as its own root and reports an unwritable --output in one line', async () => {
    const cwd = tempDir('graph-cwd');
    const inside = await cliIn(['graph', '--format', 'json'], MIXED);
    const outside = await cliIn(['graph', '--format', 'json', MIXED], cwd);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toBe(inside.stdout);
    const blocked = join(cwd, 'file');
    writeFileSync(blocked, '');
    const r = await cliIn(['graph', '--output', join(blocked, 'graph.txt')], MIXED);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^amlguard graph: cannot write .*graph\.txt: .*\.\n$/);
  });

  it('writes to --output, prints its help, and exits 2 on a bad option', async () => {
    const out = join(tempDir('graph'), 'graph.json');
    expect((await cliIn(['graph', '--format', 'json', '--output', out], MIXED)).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
    const help = await cliIn(['graph', '--help'], MIXED);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: amlguard graph \[paths\.\.\.\] \[options\]/);
    const bad = await cliIn(['graph', '--format', 'sarif'], MIXED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("amlguard graph: --format must be one of text, json, mermaid, got 'sarif'.\n");
    expect((await cliIn(['graph', '--no-such'], MIXED)).code).toBe(2);
    expect((await cliIn(['graph', 'no-such-folder'], MIXED)).stderr).toBe('amlguard graph: path not found: no-such-folder\n');
  });
});
