import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { Graph } from '../../src/model/graph.js';
import { readArm } from '../../src/readers/arm.js';
import { memContext } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const UAI = 'Microsoft.ManagedIdentity/userAssignedIdentities';

function read(template: object) {
  const ctx = memContext({ 't.json': JSON.stringify({ $schema: SCHEMA, ...template }, null, 1) });
  return readArm(ctx.source('t.json')!, ctx).resources;
}

describe('ARM nested deployments', () => {
  it('are instances of their own, with the deployment as call site, and their outputs flow back', () => {
    const rs = read({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'identityDeployment',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { uaiName: { value: 'uai-nested' } },
            template: {
              parameters: { uaiName: { type: 'string' } },
              resources: [{ type: UAI, apiVersion: '2023-01-31', name: "[parameters('uaiName')]" }],
              outputs: {
                principalId: { type: 'string', value: `[reference(resourceId('${UAI}', parameters('uaiName')), '2023-01-31').principalId]` },
                name: { type: 'string', value: "[parameters('uaiName')]" },
              },
            },
          },
        },
        {
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: "[guid(reference('identityDeployment').outputs.name.value)]",
          properties: { roleDefinitionId: 'AcrPull', principalId: "[reference('identityDeployment').outputs.principalId.value]" },
        },
      ],
    });
    expect(rs.map((r) => [r.kind, r.instance, plain(r.name)])).toEqual([
      ['userAssignedIdentity', 'deployment:identityDeployment', 'uai-nested'],
      ['roleAssignment', undefined, { unknown: 'guid() is not evaluated statically' }],
    ]);
    expect(rs[0].calledFrom?.map((c) => c.message)).toEqual(["nested deployment 'identityDeployment'"]);
    const g = new Graph({ resources: rs });
    expect(g.assignments[0].principal).toMatchObject({ state: 'found', resource: { instance: 'deployment:identityDeployment' } });
  });
});

describe('ARM symbolic identity and scopes', () => {
  it('resourceId() and reference() through the same parameter with no value name the declared identity', () => {
    const byParam = `[resourceId('${UAI}', parameters('uaiName'))]`;
    const rs = read({
      parameters: { uaiName: { type: 'string' } },
      resources: [
        { type: UAI, apiVersion: '2023-01-31', name: "[parameters('uaiName')]" },
        {
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: 'ra',
          properties: { roleDefinitionId: 'AcrPull', principalId: `[reference(${byParam.slice(1, -1)}).principalId]` },
        },
      ],
    });
    const g = new Graph({ resources: rs });
    expect(g.assignments[0].principal).toMatchObject({ state: 'found', resource: { kind: 'userAssignedIdentity', symbol: 'resources[0]' } });
  });

  it('reads a relative extension scope as the resource it names in the same resource group', () => {
    const rs = read({
      resources: [
        { type: 'Microsoft.Insights/components', apiVersion: '2020-02-02', name: 'appi-one' },
        {
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: 'ra',
          scope: 'Microsoft.Insights/components/appi-one',
          properties: { roleDefinitionId: 'Contributor', principalId: '00000000-0000-0000-0000-000000000001' },
        },
        {
          type: 'Microsoft.Authorization/roleAssignments',
          apiVersion: '2022-04-01',
          name: 'rb',
          scope: 'Microsoft.KeyVault/vaults/kv-elsewhere',
          properties: { roleDefinitionId: 'Contributor', principalId: '00000000-0000-0000-0000-000000000001' },
        },
      ],
    });
    const g = new Graph({ resources: rs });
    expect(g.assignments.map((a) => (a.scope.kind === 'resource' ? [a.scope.target.state, a.scope.target.state === 'found' ? a.scope.target.resource.kind : a.scope.target.state === 'external' ? a.scope.target.name : ''] : a.scope.kind))).toEqual([
      ['found', 'appInsights'],
      ['external', 'kv-elsewhere'],
    ]);
  });
});

describe('findings inside instances', () => {
  it('name the module call as a related location', () => {
    const root = new URL('../../rules/compute-uai-acr-pull/fixtures/invalid/bicep-module-twice/', import.meta.url).pathname;
    const { findings } = lint({ root, rules: builtinRules, only: ['compute-uai-acr-pull'] });
    expect(findings.map((f) => [`${at(f.loc)}`, f.related.map((r) => `${at(r.loc)} ${r.message}`)])).toEqual([
      [
        'modules/cluster.bicep:25:3-25:11',
        ["modules/cluster.bicep:16:1-16:75 identity 'uai-score'", "main.bicep:2:1-2:65 registry 'acrtrain'", "main.bicep:26:1-26:37 module instance 'score'"],
      ],
    ]);
  });
});
