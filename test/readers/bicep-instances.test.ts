import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { Graph } from '../../src/model/graph.js';
import type { Resource } from '../../src/model/resource.js';
import { readBicep } from '../../src/readers/bicep.js';
import { memContext, tempRepo } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';

/** Reads every .bicep file of an in-memory repository, as the engine does. */
function readAll(files: Record<string, string>, maxLoopIterations = 1000): Resource[] {
  const ctx = memContext(files, maxLoopIterations);
  return Object.keys(files)
    .filter((f) => f.endsWith('.bicep'))
    .flatMap((f) => readBicep(ctx.source(f)!, ctx).resources);
}

const UAI_MODULE = `param name string
param grant bool = true
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grant) {
  name: guid(uai.id)
  properties: {
    roleDefinitionId: 'AcrPull'
    principalId: uai.properties.principalId
  }
}
output principalId string = uai.properties.principalId
output name string = uai.name
`;

const summary = (rs: Resource[]) => rs.map((r) => [r.kind, r.instance, plain(r.name)]);

describe('Bicep module instances', () => {
  it('gives each call its own instance, with its own values, and reads a called module only through its calls', () => {
    const rs = readAll({
      'main.bicep': `module train 'mod.bicep' = {
  name: 'train'
  params: { name: 'uai-train' }
}
module score 'mod.bicep' = {
  name: 'score'
  params: { name: 'uai-score', grant: false }
}
`,
      'mod.bicep': UAI_MODULE,
    });
    expect(summary(rs)).toEqual([
      ['userAssignedIdentity', 'train', 'uai-train'],
      ['roleAssignment', 'train', { unknown: expect.any(String) }],
      ['userAssignedIdentity', 'score', 'uai-score'],
    ]);
    // The assignment points at the identity of its own instance.
    const g = new Graph({ resources: rs });
    const [a] = g.assignments;
    expect(a.principal).toMatchObject({ state: 'found', resource: { instance: 'train' } });
    expect(rs[1].calledFrom?.map((c) => `${at(c.loc)} ${c.message}`)).toEqual(["main.bicep:1:1-1:25 module instance 'train'"]);
  });

  it('gives a nullable parameter the caller leaves out null, so a loop over it is empty', () => {
    const mod = `param grants string[]?
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai'
}
resource ras 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for g in (grants ?? []): {
  name: g
  properties: { roleDefinitionId: g, principalId: uai.properties.principalId }
}]
`;
    const called = readAll({ 'main.bicep': `module m 'mod.bicep' = {\n  name: 'm'\n}\n`, 'mod.bicep': mod });
    expect(summary(called)).toEqual([['userAssignedIdentity', 'm', 'uai']]);
    // Read on its own, the deployer may pass anything: the loop is unknown.
    const alone = readAll({ 'mod.bicep': mod });
    expect(alone.map((r) => [r.kind, r.instance])).toEqual([
      ['userAssignedIdentity', undefined],
      ['roleAssignment', 'ras[?]'],
    ]);
  });

  it('reads a module nobody calls on its own, with its defaults', () => {
    const rs = readAll({ 'mod.bicep': UAI_MODULE });
    expect(summary(rs)).toEqual([
      ['userAssignedIdentity', undefined, { unknown: "parameter 'name' has no default" }],
      ['roleAssignment', undefined, { unknown: expect.any(String) }],
    ]);
  });

  it('flows outputs back per instance, by index for module loops', () => {
    const rs = readAll({
      'main.bicep': `var names = ['a', 'b']
module ids 'mod.bicep' = [for n in names: {
  name: 'id-\${n}'
  params: { name: 'uai-\${n}', grant: false }
}]
resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'cr\${ids[1].outputs.name}'
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'x'
  properties: {
    roleDefinitionId: 'AcrPull'
    principalId: ids[0].outputs.principalId
  }
}
`,
      'mod.bicep': UAI_MODULE,
    });
    expect(summary(rs)).toEqual([
      ['userAssignedIdentity', 'ids[0]', 'uai-a'],
      ['userAssignedIdentity', 'ids[1]', 'uai-b'],
      ['containerRegistry', undefined, 'cruai-b'],
      ['roleAssignment', undefined, 'x'],
    ]);
    const g = new Graph({ resources: rs });
    expect(g.assignments[0].principal).toMatchObject({ state: 'found', resource: { instance: 'ids[0]' } });
  });

  it('evaluates identical calls once', () => {
    const rs = readAll({
      'main.bicep': `module same 'mod.bicep' = [for i in range(0, 3): {
  name: 'same'
  params: { name: 'uai-one', grant: false }
}]
`,
      'mod.bicep': UAI_MODULE,
    });
    expect(summary(rs)).toEqual([['userAssignedIdentity', 'same[0]', 'uai-one']]);
  });

  it('drops a module whose condition is known false', () => {
    const rs = readAll({
      'main.bicep': `param env string = 'dev'
module prod 'mod.bicep' = if (env == 'prod') {
  name: 'prod'
  params: { name: 'uai-prod' }
}
`,
      'mod.bicep': UAI_MODULE,
    });
    expect(rs).toEqual([]);
  });
});

describe('Bicep loops', () => {
  it('binds the item and the index of each iteration, located at the item', () => {
    const rs = readAll({
      'main.bicep': `var roles = {
  pull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  push: '8311e382-0749-4cb8-b61a-304f252e45ec'
}
resource uais 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = [for i in range(1, 2): {
  name: 'uai-\${i}'
}]
resource ras 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (r, i) in items(roles): {
  name: 'ra-\${r.key}'
  properties: {
    roleDefinitionId: r.value
    principalId: uais[i].properties.principalId
  }
}]
`,
    });
    expect(summary(rs)).toEqual([
      ['userAssignedIdentity', 'uais[0]', 'uai-1'],
      ['userAssignedIdentity', 'uais[1]', 'uai-2'],
      ['roleAssignment', 'ras[0]', 'ra-pull'],
      ['roleAssignment', 'ras[1]', 'ra-push'],
    ]);
    expect(at(rs[3].props.roleDefinitionId!.loc)).toBe('main.bicep:3:9-3:47');
    const g = new Graph({ resources: rs });
    expect(g.assignments.map((a) => (a.principal.state === 'found' ? a.principal.resource.instance : a.principal.state))).toEqual(['uais[0]', 'uais[1]']);
    expect(g.assignments.map((a) => (a.role.state === 'known' ? a.role.role.roleName : a.role.why))).toEqual(['AcrPull', 'AcrPush']);
  });

  it('evaluates for-expressions in values and filters with a known condition', () => {
    const rs = readAll({
      'main.bicep': `var names = [for n in ['a', 'b', 'c']: 'cr\${n}']
resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for (n, i) in names: if (i != 1) {
  name: n
}]
`,
    });
    expect(summary(rs)).toEqual([
      ['containerRegistry', 'acrs[0]', 'cra'],
      ['containerRegistry', 'acrs[2]', 'crc'],
    ]);
  });

  it('reads a loop over more items than the limit as one unknown, maybe-deployed instance', () => {
    const rs = readAll({ 'main.bicep': `resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for i in range(0, 5000): {\n  name: 'cr\${i}'\n}]\n` }, 10);
    expect(rs.map((r) => [r.instance, r.maybeDeployed])).toEqual([['acrs[?]', 'loop over a value not known statically (range() of 5000 items, more than the limit of 10 (option maxLoopIterations))']]);
  });
});

describe('the loop limit', () => {
  it('is an option; a loop beyond it is a note, in Bicep and ARM', () => {
    const dir = tempRepo({
      'main.bicep': `resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for i in range(0, 50): {\n  name: 'cr\${i}'\n}]\n`,
      'arm.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        resources: [{ type: 'Microsoft.ContainerRegistry/registries', apiVersion: '2023-07-01', name: "[concat('cr', copyIndex())]", copy: { name: 'regs', count: 50 } }],
      }),
    });
    try {
      const small = lint({ root: dir, rules: builtinRules, only: ['parse-error'], maxLoopIterations: 10 });
      expect(small.findings.map((f) => `${f.loc.file}:${f.loc.range.start.line} ${f.severity} ${f.message}`)).toEqual([
        "arm.json:1 note Loop not expanded: copy loop 'regs' of 50 items, more than the limit of 10 (option maxLoopIterations); it is read as one instance with unknown values.",
        'main.bicep:1 note Loop not expanded: range() of 50 items, more than the limit of 10 (option maxLoopIterations); it is read as one instance with unknown values.',
      ]);
      expect(small.model.resources.map((r) => r.instance).sort()).toEqual(['acrs[?]', 'copy:regs[?]']);
      const big = lint({ root: dir, rules: builtinRules, only: ['parse-error'] });
      expect(big.findings).toEqual([]);
      expect(big.model.resources).toHaveLength(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Bicep symbolic identity', () => {
  it('resourceId() through the same unresolved parameter names the declared resource', () => {
    const rs = readAll({
      'main.bicep': `param uaiName string
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: uaiName
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'x'
  properties: {
    roleDefinitionId: 'AcrPull'
    principalId: reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', uaiName), '2023-01-31').principalId
  }
}
resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'cr'
  properties: { owner: resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', uaiName) }
}
`,
    });
    const acr = rs.find((r) => r.kind === 'containerRegistry')!;
    const owner = (acr.source as { entries: { key: string; value: { entries: { value: unknown }[] } }[] }).entries.find((e) => e.key === 'properties')!.value.entries[0].value;
    expect(owner).toMatchObject({ t: 'unknown', ref: { symbol: 'uai', scope: 'main.bicep', type: 'Microsoft.ManagedIdentity/userAssignedIdentities', property: 'id' } });
  });
});

describe('Bicep deployment scopes and role IDs', () => {
  it('reads resourceGroup() as the deployment resource group and keeps resource IDs through ?? and contains()', () => {
    const rs = readAll({
      'main.bicep': `var builtIn = {
  Reader: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
}
var given = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai'
}
resource a 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'a'
  scope: resourceGroup()
  properties: {
    roleDefinitionId: builtIn[?'Reader'] ?? 'none'
    principalId: uai.properties.principalId
  }
}
resource b 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'b'
  scope: subscription()
  properties: {
    roleDefinitionId: builtIn[?given] ?? (contains(given, '/providers/Microsoft.Authorization/roleDefinitions/') ? given : 'none')
    principalId: uai.properties.principalId
  }
}
`,
    });
    const g = new Graph({ resources: rs });
    expect(g.assignments.map((x) => [x.scope.kind, x.role.state === 'known' ? x.role.role.roleName : x.role.why])).toEqual([
      ['resourceGroup', 'Reader'],
      ['subscription', 'AcrPull'],
    ]);
  });
});

describe('resource groups across files', () => {
  it('knows which resource group a module deploys to, and which assignments cover it', () => {
    const files = (scopeOfGrant: string) => ({
      'main.bicep': `resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai'
}
module shared 'acr.bicep' = {
  name: 'shared'
  scope: resourceGroup('rg-shared')
}
resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'g'
  ${scopeOfGrant}
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: uai.properties.principalId
  }
}
`,
      'acr.bicep': `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'crshared'\n}\n`,
    });
    const answer = (scopeOfGrant: string) => {
      const rs = readAll(files(scopeOfGrant));
      const g = new Graph({ resources: rs });
      const acr = rs.find((r) => r.kind === 'containerRegistry')!;
      const uai = rs.find((r) => r.kind === 'userAssignedIdentity')!;
      expect([acr.resourceGroup, uai.resourceGroup]).toEqual(['rg-shared', '@main.bicep']);
      return g.hasRole({ state: 'found', resource: uai, system: false }, 'AcrPull', { state: 'found', resource: acr });
    };
    // main.bicep's own resource group has no known name: it may be rg-shared.
    expect(answer('')).toBe('unknown');
    expect(answer("scope: resourceGroup('rg-shared')")).toBe(true);
    expect(answer("scope: resourceGroup('rg-other')")).toBe(false);
  });
});

describe('resource groups declared in one file and used in another', () => {
  it('names a module scoped to a resource-group symbol after that group', () => {
    const rs = readAll({
      'sub.bicep': `targetScope = 'subscription'
resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-ml'
  location: 'westeurope'
}
module acr 'acr.bicep' = {
  name: 'acr'
  scope: rg
}
`,
      'acr.bicep': `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'crml'\n}\n`,
      'grant.bicep': `resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: 'g'
  scope: resourceGroup('rg-ml')
  properties: {
    roleDefinitionId: 'AcrPull'
    principalId: '00000000-0000-0000-0000-000000000001'
  }
}
`,
    });
    const acr = rs.find((r) => r.kind === 'containerRegistry')!;
    expect(acr.resourceGroup).toBe('rg-ml');
    const g = new Graph({ resources: rs });
    const who = g.assignments[0].principal;
    expect(g.hasRole(who, 'AcrPull', { state: 'found', resource: acr })).toBe(true);
  });
});

describe('parameter files of the compiled twin', () => {
  it('reads a Bicep file with the ARM parameter file of the template compiled from it', () => {
    const rs = readAll({
      'q/main.bicep': `param option string = 'none'\nresource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (option == 'new') {\n  name: 'cr'\n  properties: { adminUserEnabled: true }\n}\n`,
      'q/azuredeploy.json': '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "metadata": {"_generator": {"name": "bicep", "version": "0.1"}}, "resources": []}',
      'q/azuredeploy.parameters.json': '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {"option": {"value": "new"}}}',
    });
    expect(rs.map((r) => [r.kind, plain(r.name)])).toEqual([['containerRegistry', 'cr']]);
  });
});
