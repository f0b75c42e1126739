// Dependencies and identities of the fraud-detection workspace (the workspace itself is ml/workspace/workspace.yml).
param location string = resourceGroup().location

var roles = {
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c'
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
}

resource uaiWorkspace 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-fraud-ws'
  location: location
}

resource uaiTrain 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-fraud-train'
  location: location
}

resource uaiEndpoint 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-fraud-endpoint'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stfraudml'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
}

// The curated lake lets in the training subnet and trusted Azure services only.
resource lake 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stfraudlake'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    isHnsEnabled: true
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fraud-ml'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acrfraudml'
  location: location
  sku: { name: 'Premium' }
  properties: {
    // Mistake: the admin user is a shared password that bypasses Entra ID.
    adminUserEnabled: true
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-fraud-ml'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web' }
}

// Contributor at the resource group for the workspace identity covers the workspace and its
// dependencies. Mistake: the vault uses RBAC, and Key Vault Administrator is not granted.
resource wsContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, uaiWorkspace.id, 'contributor')
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.contributor)
    principalId: uaiWorkspace.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The endpoint identity can pull images. Mistake: it cannot read the model from storage.
resource endpointPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, uaiEndpoint.id, 'acrpull')
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.acrPull)
    principalId: uaiEndpoint.properties.principalId
    principalType: 'ServicePrincipal'
  }
}
// Mistake: uai-fraud-train (the CPU cluster's only identity) gets no AcrPull.

// The legacy scoring cluster, attached to the workspace for inference.
// Mistake: it runs with a managed identity; an attached AKS cluster needs a service principal.
resource legacyAks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks-fraud-legacy'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    dnsPrefix: 'aks-fraud-legacy'
    agentPoolProfiles: [
      { name: 'system', count: 3, vmSize: 'Standard_D4s_v5', mode: 'System' }
    ]
  }
}

resource workspace 'Microsoft.MachineLearningServices/workspaces@2024-10-01' existing = {
  name: 'mlw-fraud-prod'
}

resource legacyInference 'Microsoft.MachineLearningServices/workspaces/computes@2024-10-01' = {
  parent: workspace
  name: 'aks-legacy'
  location: location
  properties: {
    computeType: 'AKS'
    resourceId: legacyAks.id
  }
}
