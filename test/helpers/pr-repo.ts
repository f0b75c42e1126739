import { newRepo, type TestRepo } from './git.js';

/** A Bicep container registry with its admin user on (one acr-admin-user finding, line 5). */
export const acr = (name: string) => `resource ${name.replace(/-/g, '')} 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: '${name}'
  location: resourceGroup().location
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: true }
}
`;

export const workspace = (type: string, uais: string[]) => `resource uaiA 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-a'
  location: resourceGroup().location
}

resource uaiB 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-b'
  location: resourceGroup().location
}

resource mlw 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw-fraud'
  location: resourceGroup().location
  identity: {
    type: '${type}'${uais.length ? `\n    userAssignedIdentities: {\n${uais.map((u) => `      '\${${u}.id}': {}`).join('\n')}\n    }` : ''}
  }
}

${acr('crfraud')}`;

/** A repository whose feature branch renames a file, downgrades a workspace, adds one finding and fixes another. */
export function pullRequestRepo(): TestRepo {
  const repo = newRepo();
  repo.commit('base', {
    'infra/ml.bicep': workspace('SystemAssigned,UserAssigned', ['uaiA', 'uaiB']),
    'infra/shared-acr.bicep': acr('crshared'),
    'infra/legacy-acr.bicep': acr('crlegacy'),
  });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('feature', {
    'infra/ml.bicep': null,
    'infra/workspace.bicep': workspace('SystemAssigned', []),
    'infra/legacy-acr.bicep': null,
    'infra/sandbox-acr.bicep': acr('crsandbox'),
  });
  return repo;
}

