import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { asPrincipal, Graph } from '../../src/model/graph.js';
import { BUILTIN_ROLES } from '../../src/model/rbac/builtin-roles.js';
import { covers, grants, matches } from '../../src/model/rbac/permissions.js';
import { requireActions, requireRole, resolveRole } from '../../src/model/rbac/roles.js';
import type { RoleDef } from '../../src/model/rbac/types.js';
import { RULES_DIR } from '../helpers/fixtures.js';

// Every GUID/name pair of ../shared/azure-facts.md §1 (built-in roles), as written there.
const FACTS: [string, string][] = [
  ['Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
  ['Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'],
  ['Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'],
  ['User Access Administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
  ['Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'],
  ['Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'],
  ['Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'],
  ['Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483'],
  ['Key Vault Secrets Officer', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'],
  ['Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'],
  ['AcrPull', '7f951dda-4ed3-4680-a7ca-43fe172d538d'],
  ['AcrPush', '8311e382-0749-4cb8-b61a-304f252e45ec'],
  ['AzureML Data Scientist', 'f6c7c914-8db3-469d-8ca1-694a8f32e121'],
  ['AzureML Compute Operator', 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815'],
  ['AzureML Metrics Writer (preview)', '635dd51f-9968-44d3-b7fb-6d9a6bd613ae'],
  ['Azure Machine Learning Workspace Connection Secrets Reader', 'ea01e6af-a1c1-4350-9563-ad00f8c72ec5'],
  ['Azure AI Developer', '64702f94-c441-49e6-a78b-ef80e0188fee'],
  ['Azure AI Administrator', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94'],
  ['AzureML Registry User', '1823dd4f-9b8c-4ab6-ab4e-7397a3684615'],
  ['Role Based Access Control Administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'],
  ['Key Vault Reader', '21090545-7ca7-4776-b22c-e363652d74d2'],
  ['Key Vault Contributor', 'f25e0fa2-a7c8-4377-a976-54943a77a395'],
  ['Storage Blob Delegator', 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'],
  ['Reader and Data Access', 'c12c1c16-33a1-487b-954d-41c89c60f349'],
  ['Key Vault Crypto Service Encryption User', 'e147488a-f6f5-4113-8e2d-b22465e65bf6'],
  ['Key Vault Crypto User', '12338af0-0e69-4776-bea7-57ae8d297424'],
  ['Key Vault Crypto Officer', '14b46e9e-c2b7-41b4-b07b-48a6ebf60603'],
];

const role = (name: string): RoleDef => {
  const r = resolveRole(name);
  if (r.state !== 'known') throw new Error(name);
  return r.role;
};
const custom = (actions: string[], notActions: string[] = [], dataActions: string[] = []): RoleDef => ({ roleName: 'custom', permissions: [{ actions, notActions, dataActions, notDataActions: [] }], custom: true });
const PULL = requireActions('AcrPull', { actions: ['Microsoft.ContainerRegistry/registries/pull/read'] });
const BLOB_READ = requireActions('Storage Blob Data Reader', { dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] });

describe('built-in role table', () => {
  it('pins every GUID/name pair of the fact sheet', () => {
    for (const [name, guid] of FACTS) expect(BUILTIN_ROLES.find((r) => r.id === guid)?.roleName, guid).toBe(name);
  });

  it('has one entry per GUID and per name', () => {
    expect(new Set(BUILTIN_ROLES.map((r) => r.id)).size).toBe(BUILTIN_ROLES.length);
    expect(new Set(BUILTIN_ROLES.map((r) => r.roleName.toLowerCase())).size).toBe(BUILTIN_ROLES.length);
  });

  it('resolves a name in any case, a GUID and a role-definition ID to the same role', () => {
    const a = resolveRole('azureml registry user');
    expect(a.state).toBe('known');
    expect(resolveRole('1823DD4F-9B8C-4AB6-AB4E-7397A3684615')).toEqual(a);
    expect(resolveRole('/subscriptions/0000/providers/Microsoft.Authorization/roleDefinitions/1823dd4f-9b8c-4ab6-ab4e-7397a3684615')).toEqual(a);
    expect(resolveRole('/providers/Microsoft.Authorization/roleDefinitions/1823dd4f-9b8c-4ab6-ab4e-7397a3684615')).toEqual(a);
  });

  it('leaves a role it cannot resolve unknown', () => {
    expect(resolveRole('Some Team Role').state).toBe('unknown');
    expect(resolveRole('11111111-2222-3333-4444-555555555555').state).toBe('unknown');
  });
});

describe('roles added from the storage, monitor, identity and containers pages', () => {
  // GUID/name pairs as the Microsoft Learn built-in role pages publish them.
  const ADDED: [string, string][] = [
    ['Storage Queue Data Contributor', '974c5e8b-45b9-4653-ba55-5f855dd0fb88'],
    ['Storage Queue Data Reader', '19e7f393-937e-4f77-808e-94535e297925'],
    ['Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'],
    ['Storage File Data SMB Share Reader', 'aba4ae5f-2193-4029-9191-0cb91df5e314'],
    ['Storage File Data Privileged Contributor', '69566ab7-960f-475b-8e7c-b3118f30c6bd'],
    ['Monitoring Contributor', '749f88d5-cbae-40b8-bcfc-e573ddc772fa'],
    ['Monitoring Reader', '43d0d8ad-25c7-4714-9337-8ba259a9fe05'],
    ['Log Analytics Reader', '73c42c96-874c-492b-b04d-ab87d138a893'],
    ['Application Insights Component Contributor', 'ae349356-3a1b-4a5e-921d-050484c6347e'],
    ['Managed Identity Contributor', 'e40ec5ca-96e0-45a2-b4ff-59039f2c2b59'],
    ['Azure Kubernetes Service Cluster User Role', '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'],
    ['Azure Kubernetes Service RBAC Admin', '3498e952-d568-435e-9b2c-8d77e338d7f7'],
    ['Container Registry Repository Reader', 'b93aa761-3e63-49ed-ac28-beffa264f7ac'],
  ];

  it('resolves each by name and by GUID to the same fully known role', () => {
    for (const [name, guid] of ADDED) {
      expect(role(name.toUpperCase()), name).toBe(role(guid));
      expect(role(guid).partial, name).toBeFalsy();
    }
  });

  it('queue, table and file data are data actions: Contributor and Storage Account Contributor hold none of them', () => {
    expect(covers(role('Storage Queue Data Contributor').permissions, requireRole('Storage Queue Data Reader').permissions)).toBe(true);
    for (const data of ['Storage Queue Data Reader', 'Storage Table Data Reader', 'Storage File Data SMB Share Reader']) {
      expect(covers(role('Contributor').permissions, requireRole(data).permissions), data).toBe(false);
      expect(covers(role('Storage Account Contributor').permissions, requireRole(data).permissions), data).toBe(false);
    }
  });

  it('notDataActions count: AKS RBAC Admin holds the Writer role but not the Cluster Admin role', () => {
    expect(covers(role('Azure Kubernetes Service RBAC Admin').permissions, requireRole('Azure Kubernetes Service RBAC Writer').permissions)).toBe(true);
    expect(covers(role('Azure Kubernetes Service RBAC Admin').permissions, requireRole('Azure Kubernetes Service RBAC Cluster Admin').permissions)).toBe(false);
    expect(covers(role('Azure Kubernetes Service RBAC Writer').permissions, requireRole('Azure Kubernetes Service RBAC Reader').permissions)).toBe(true);
  });

  it('Log Analytics Reader excludes the shared keys that Monitoring Contributor reads', () => {
    const keys = requireActions('shared keys', { actions: ['Microsoft.OperationalInsights/workspaces/sharedKeys/read'] });
    expect(grants([role('Log Analytics Reader')], keys)).toBe('no');
    expect(grants([role('Monitoring Contributor')], keys)).toBe('yes');
    expect(grants([role('Monitoring Reader')], requireRole('Log Analytics Reader'))).toBe('no');
  });

  it('the repository-scoped registry roles pull through data actions, not registries/pull/read', () => {
    expect(grants([role('Container Registry Repository Reader')], PULL)).toBe('no');
    expect(covers(role('Container Registry Repository Contributor').permissions, requireRole('Container Registry Repository Writer').permissions)).toBe(true);
  });
});

describe('roles added from the networking, compute, analytics, AI and databases pages', () => {
  // GUID/name pairs as the Microsoft Learn built-in role pages publish them.
  const ADDED: [string, string][] = [
    ['DNS Zone Contributor', 'befefa01-2a29-4197-83a8-272ff33ce314'],
    ['Network Contributor', '4d97b98b-1d4f-4787-a291-c67834d212e7'],
    ['Private DNS Zone Contributor', 'b12aa53e-6015-4669-85d0-8515ebb3ae7f'],
    ['Virtual Machine Administrator Login', '1c0163c0-47e6-4577-8991-ea5c82e286e4'],
    ['Virtual Machine User Login', 'fb879df8-f326-4884-b1cf-06f3ad86be52'],
    ['Virtual Machine Contributor', '9980e02c-c2be-4d73-94e8-173b1dc7cf3c'],
    ['Azure Event Hubs Data Owner', 'f526a384-b230-433a-b45c-95f59c4a2dec'],
    ['Azure Event Hubs Data Receiver', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde'],
    ['Azure Event Hubs Data Sender', '2b629674-e913-4c01-ae53-ef4638d8f975'],
    ['Cognitive Services Contributor', '25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68'],
    ['Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908'],
    ['Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'],
    ['Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7'],
    ['Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f'],
    ['Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0'],
    ['Cosmos DB Account Reader Role', 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8'],
    ['DocumentDB Account Contributor', '5bd9cd88-fe45-4216-938b-f97437e15450'],
  ];

  it('resolves each by name in any case and by GUID to the same fully known role', () => {
    for (const [name, guid] of ADDED) {
      expect(role(name.toLowerCase()), name).toBe(role(guid.toUpperCase()));
      expect(role(name.toUpperCase()).roleName, name).toBe(name);
      expect(role(guid).partial, name).toBeFalsy();
    }
    // As the corpus writes it.
    expect(role('Azure Event Hubs Data receiver').id).toBe('a638d3c7-ab3a-418d-83e6-5f17a39d4fde');
  });

  it('Network Contributor holds Private DNS Zone Contributor but cannot assign roles', () => {
    expect(covers(role('Network Contributor').permissions, requireRole('Private DNS Zone Contributor').permissions)).toBe(true);
    expect(covers(role('Private DNS Zone Contributor').permissions, requireRole('Network Contributor').permissions)).toBe(false);
    expect(covers(role('Network Contributor').permissions, requireRole('DNS Zone Contributor').permissions)).toBe(true);
    expect(covers(role('Private DNS Zone Contributor').permissions, requireRole('DNS Zone Contributor').permissions)).toBe(false);
    expect(grants([role('Network Contributor')], requireActions('assign', { actions: ['Microsoft.Authorization/roleAssignments/write'] }))).toBe('no');
  });

  it('VM login is a data action: Administrator Login holds User Login, VM Contributor holds neither', () => {
    const adminLogin = requireActions('admin login', { dataActions: ['Microsoft.Compute/virtualMachines/loginAsAdmin/action'] });
    expect(covers(role('Virtual Machine Administrator Login').permissions, requireRole('Virtual Machine User Login').permissions)).toBe(true);
    expect(grants([role('Virtual Machine User Login')], adminLogin)).toBe('no');
    expect(grants([role('Virtual Machine Contributor')], requireRole('Virtual Machine User Login'))).toBe('no');
    expect(grants([role('Virtual Machine Contributor')], requireActions('run command', { actions: ['Microsoft.Compute/virtualMachines/runCommand/action'] }))).toBe('yes');
  });

  it('Event Hubs: the Receiver cannot send, the Owner holds both', () => {
    const send = requireActions('send', { dataActions: ['Microsoft.EventHub/namespaces/messages/send/action'] });
    expect(grants([role('Azure Event Hubs Data Sender')], send)).toBe('yes');
    expect(grants([role('Azure Event Hubs Data Receiver')], send)).toBe('no');
    for (const n of ['Azure Event Hubs Data Sender', 'Azure Event Hubs Data Receiver']) expect(grants([role('Azure Event Hubs Data Owner')], requireRole(n)), n).toBe('yes');
    expect(grants([role('Contributor')], send)).toBe('no');
  });

  it('Cognitive Services: OpenAI User infers but its notDataActions exclude stored completions; Contributor holds no data action', () => {
    const chat = requireActions('chat', { dataActions: ['Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action'] });
    const stored = requireActions('stored', { dataActions: ['Microsoft.CognitiveServices/accounts/OpenAI/stored-completions/read'] });
    expect(grants([role('Cognitive Services OpenAI User')], chat)).toBe('yes');
    expect(grants([role('Cognitive Services OpenAI User')], stored)).toBe('no');
    expect(grants([role('Cognitive Services User')], stored)).toBe('yes');
    expect(grants([role('Cognitive Services Contributor')], chat)).toBe('no');
    expect(grants([role('Cognitive Services Contributor')], requireActions('keys', { actions: ['Microsoft.CognitiveServices/accounts/listkeys/action'] }))).toBe('yes');
  });

  it('Search: Index Data Contributor holds Index Data Reader; Search Service Contributor reads no documents', () => {
    expect(covers(role('Search Index Data Contributor').permissions, requireRole('Search Index Data Reader').permissions)).toBe(true);
    expect(grants([role('Search Index Data Reader')], requireRole('Search Index Data Contributor'))).toBe('no');
    expect(grants([role('Search Service Contributor')], requireRole('Search Index Data Reader'))).toBe('no');
  });

  it('Cosmos DB Account Reader Role lists read-only keys, not the read-write keys that DocumentDB Account Contributor lists', () => {
    expect(grants([role('Cosmos DB Account Reader Role')], requireActions('ro keys', { actions: ['Microsoft.DocumentDB/databaseAccounts/readonlykeys/action'] }))).toBe('yes');
    expect(grants([role('Cosmos DB Account Reader Role')], requireActions('keys', { actions: ['Microsoft.DocumentDB/databaseAccounts/listKeys/action'] }))).toBe('no');
    expect(grants([role('DocumentDB Account Contributor')], requireActions('keys', { actions: ['Microsoft.DocumentDB/databaseAccounts/listKeys/action'] }))).toBe('yes');
    expect(covers(role('DocumentDB Account Contributor').permissions, requireRole('Cosmos DB Account Reader Role').permissions)).toBe(false);
  });
});

describe('Azure permission semantics', () => {
  it('matches wildcards anywhere, case-insensitively', () => {
    expect(matches('*/read', 'Microsoft.ContainerRegistry/registries/pull/read')).toBe(true);
    expect(matches('Microsoft.Storage/*', 'microsoft.storage/storageAccounts/listKeys/action')).toBe(true);
    expect(matches('Microsoft.Storage/*', 'Microsoft.StorageSync/x')).toBe(false);
    expect(matches('Microsoft.Authorization/*/Write', 'Microsoft.Authorization/roleAssignments/write')).toBe(true);
  });

  it('Owner holds Contributor; Contributor does not hold Owner', () => {
    expect(grants([role('Owner')], requireRole('Contributor'))).toBe('yes');
    expect(grants([role('Contributor')], requireRole('Owner'))).toBe('no');
  });

  it('a custom role with every action but authorization writes and deletes holds Contributor', () => {
    expect(grants([custom(['*'], ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/*/Delete'])], requireRole('Contributor'))).toBe('yes');
    expect(grants([custom(['*'], ['Microsoft.Storage/*'])], requireRole('Contributor'))).toBe('no');
  });

  it('control-plane * grants no data action', () => {
    expect(grants([role('Owner')], BLOB_READ)).toBe('no');
    expect(grants([role('Storage Blob Data Owner')], BLOB_READ)).toBe('yes');
    expect(grants([role('Key Vault Secrets Officer')], requireActions('KV admin', { dataActions: ['Microsoft.KeyVault/vaults/*'] }))).toBe('no');
    expect(grants([role('Key Vault Administrator')], requireRole('Key Vault Secrets User'))).toBe('yes');
  });

  it('AcrPull is held through Reader, AcrPush and Contributor, not through AzureML Registry User', () => {
    for (const n of ['Reader', 'AcrPush', 'Contributor', 'Owner', 'AcrPull']) expect(grants([role(n)], PULL), n).toBe('yes');
    for (const n of ['AzureML Registry User', 'Storage Blob Data Reader', 'AzureML Data Scientist']) expect(grants([role(n)], PULL), n).toBe('no');
  });

  it('assignments combine: the union of their permissions counts', () => {
    const need = requireActions('both', { actions: ['Microsoft.ContainerRegistry/registries/pull/read'], dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] });
    expect(grants([role('AcrPull')], need)).toBe('no');
    expect(grants([role('AcrPull'), role('Storage Blob Data Reader')], need)).toBe('yes');
  });

  it('an assignment that might apply, or a role not fully known, makes the answer unknown', () => {
    expect(grants([], PULL, [undefined])).toBe('maybe');
    expect(grants([], PULL, [role('AcrPull')])).toBe('maybe');
    expect(grants([], PULL, [role('Storage Blob Data Reader')])).toBe('no');
    expect(grants([{ ...custom([]), partial: true }], PULL)).toBe('maybe');
  });

  it('covers() compares permission sets, not names', () => {
    expect(covers(role('AzureML Data Scientist').permissions, requireRole('AzureML Metrics Writer (preview)').permissions)).toBe(true);
    expect(covers(role('AzureML Data Scientist').permissions, requireRole('AzureML Compute Operator').permissions)).toBe(false);
  });
});

describe('custom role definitions in the repository', () => {
  const graphOf = (dir: string) => {
    const root = join(RULES_DIR, dir);
    const { model } = lint({ root, paths: ['.'], rules: [] });
    return new Graph(model);
  };

  it('a Bicep role definition referenced by symbol holds Contributor at the resource group', () => {
    const g = graphOf('workspace-uai-roles/fixtures/valid/bicep-custom-role');
    const a = g.assignments.find((x) => x.role.state === 'known' && x.role.role.custom);
    expect(a?.role.state === 'known' && a.role.role.roleName).toBe('Platform operator');
    const uai = g.of('userAssignedIdentity')[0];
    const ws = g.of('workspace')[0];
    expect(g.hasRole(asPrincipal({ state: 'found', resource: uai }), 'Contributor', { state: 'found', resource: ws })).toBe(true);
  });

  it('a Terraform role definition is found by name and by its resource ID reference', () => {
    for (const [file, want] of [['valid', true], ['invalid', false]] as const) {
      const name = want ? 'tf-custom-role.tf' : 'tf-custom-role-missing.tf';
      const { model } = lint({ root: join(RULES_DIR, `compute-uai-acr-pull/fixtures/${file}`), paths: [name], rules: [] });
      const g = new Graph(model);
      const uai = g.of('userAssignedIdentity')[0];
      const acr = g.of('containerRegistry')[0];
      expect(g.assignments.every((x) => x.role.state === 'known'), name).toBe(true);
      expect(g.hasRole(asPrincipal({ state: 'found', resource: uai }), PULL, { state: 'found', resource: acr }), name).toBe(want);
    }
  });

  it('az role definition create reads a JSON file beside the script, from the scan root, or inline; ARM declares one too', () => {
    const cases: [string, boolean][] = [
      ['valid/tf-az-role-file-beside-script', true],
      ['valid/tf-az-role-file-from-root', true],
      ['valid/tf-az-role-inline', true],
      ['invalid/tf-az-role-file-missing', false],
      ['invalid/tf-az-role-inline-missing', false],
      ['valid/yaml-compute-arm-custom-role', true],
      ['invalid/yaml-compute-arm-custom-role-missing', false],
    ];
    for (const [dir, want] of cases) {
      const g = graphOf(`compute-uai-acr-pull/fixtures/${dir}`);
      const a = g.assignments[0];
      expect(a.role.state === 'known' && [a.role.role.roleName, !!a.role.role.custom, !!a.role.role.partial], dir).toEqual(['ACR image puller', true, false]);
      const uai = g.of('userAssignedIdentity')[0];
      const acr = g.of('containerRegistry')[0];
      expect(g.hasRole(asPrincipal({ state: 'found', resource: uai }), PULL, { state: 'found', resource: acr }), dir).toBe(want);
    }
  });

  it('a literal object-ID principal is someone else, not an unknown', () => {
    const { model } = lint({ root: join(RULES_DIR, 'compute-uai-acr-pull/fixtures/invalid'), paths: ['tf-object-id.tf'], rules: [] });
    const g = new Graph(model);
    expect(g.assignments[0].principal).toEqual({ state: 'external', type: 'objectId', name: '6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c' });
  });
});
