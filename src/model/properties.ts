// The canonical properties of each resource kind: one table of what each property means and how
// each input format spells it. `ResourceKind`, the declarative rules' `select.kind` and
// docs/model.md come from it; the readers fill `Resource.props` with these names only.
import type { Format } from './format.js';

export interface PropertySpec {
  meaning: string;
  /** How each format writes it (ARM paths are under the resource; Bicep and azapi bodies use the ARM shape). */
  spelled: Partial<Record<Format, string>>;
}

/** ARM, Bicep and azapi bodies share the ARM shape. */
const armShape = (path: string) => ({ arm: path, bicep: path });

const FULL_NAME: PropertySpec = { meaning: 'The full ARM name (`parent/child` for child resources), for finding the parent.', spelled: { ...armShape('name'), terraform: 'azapi_resource name + parent_id' } };
const WORKSPACE_LINK: PropertySpec = { meaning: 'The workspace the resource belongs to (a reference or resource ID).', spelled: { terraform: 'machine_learning_workspace_id / workspace_id' } };
const ENDPOINT = {
  authMode: { meaning: 'How clients authenticate: `key`, `aml_token` or `aad_token`.', spelled: { 'aml-yaml': 'auth_mode', ...armShape('properties.authMode'), 'az-cli': '--auth-mode, --set auth_mode' } },
  compute: { meaning: 'The Kubernetes compute of the endpoint; absent on managed endpoints.', spelled: { 'aml-yaml': 'compute', ...armShape('properties.compute'), 'az-cli': '--set compute' } },
  enforceAccessToDefaultSecretStores: { meaning: 'Whether the endpoint identity needs access to the workspace secret stores.', spelled: { 'aml-yaml': 'properties.enforce_access_to_default_secret_stores', ...armShape('properties.properties.enforce_access_to_default_secret_stores') } },
} satisfies Record<string, PropertySpec>;

/** Terraform writes every resource's group; a group-scope assignment covers the resources declared in it. */
const RESOURCE_GROUP: PropertySpec = { meaning: 'The resource group the resource is declared in, when written.', spelled: { terraform: 'resource_group_name', 'az-cli': '--resource-group, -g' } };

export const KIND_PROPERTIES = {
  workspace: {
    containerRegistry: { meaning: 'The container registry the workspace uses; when absent Azure ML creates one (admin user on).', spelled: { 'aml-yaml': 'container_registry', ...armShape('properties.containerRegistry'), terraform: 'container_registry_id', 'az-cli': '--container-registry, -c, --set container_registry' } },
    storageAccount: { meaning: 'The default storage account.', spelled: { 'aml-yaml': 'storage_account', ...armShape('properties.storageAccount'), terraform: 'storage_account_id' } },
    keyVault: { meaning: 'The key vault.', spelled: { 'aml-yaml': 'key_vault', ...armShape('properties.keyVault'), terraform: 'key_vault_id' } },
    applicationInsights: { meaning: 'The Application Insights component.', spelled: { 'aml-yaml': 'application_insights', ...armShape('properties.applicationInsights'), terraform: 'application_insights_id', 'az-cli': '--application-insights, -a, --set application_insights' } },
    primaryUserAssignedIdentity: { meaning: 'The user-assigned identity the workspace acts as.', spelled: { 'aml-yaml': 'primary_user_assigned_identity', ...armShape('properties.primaryUserAssignedIdentity'), terraform: 'primary_user_assigned_identity', 'az-cli': '--primary-user-assigned-identity, -p, --set primary_user_assigned_identity' } },
    hubId: { meaning: 'The hub a project workspace belongs to.', spelled: { 'aml-yaml': 'hub_id', ...armShape('properties.hubResourceId'), 'az-cli': '--hub-id, --set hub_id' } },
    kind: { meaning: 'The workspace kind as written (`Default`, `Hub`, `Project`).', spelled: { 'aml-yaml': 'kind', ...armShape('kind'), terraform: 'kind', 'az-cli': '--kind, --set kind' } },
    resourceGroup: RESOURCE_GROUP,
    encryption: { meaning: 'The customer-managed-key block, located at its key (absent, or `status: Disabled`, without CMK).', spelled: { 'aml-yaml': 'customer_managed_key', ...armShape('properties.encryption'), terraform: 'encryption {}' } },
    encryptionKeyVault: { meaning: 'The key vault holding the customer-managed key.', spelled: { 'aml-yaml': 'customer_managed_key.key_vault', ...armShape('properties.encryption.keyVaultProperties.keyVaultArmId'), terraform: 'encryption.key_vault_id' } },
    encryptionKeyId: { meaning: 'The customer-managed key (its Key Vault URL or ID).', spelled: { 'aml-yaml': 'customer_managed_key.key_uri', ...armShape('properties.encryption.keyVaultProperties.keyIdentifier'), terraform: 'encryption.key_id' } },
    encryptionIdentity: { meaning: 'The user-assigned identity that reads the customer-managed key.', spelled: { 'aml-yaml': 'user_assigned_identity_for_cmk_encryption', ...armShape('properties.encryption.identity.userAssignedIdentity'), terraform: 'encryption.user_assigned_identity_id' } },
    fullName: FULL_NAME,
  },
  compute: {
    computeType: { meaning: 'The compute type as written (every format also gives `Resource.subKind`, normalised).', spelled: { ...armShape('properties.computeType'), 'az-cli': '--type, -t' } },
    resourceId: { meaning: 'The resource an attached compute attaches (an AKS cluster, a VM).', spelled: { ...armShape('properties.resourceId'), terraform: 'kubernetes_cluster_id (inference cluster)' } },
    workspace: { ...WORKSPACE_LINK, spelled: { ...WORKSPACE_LINK.spelled, 'az-cli': '--workspace-name, -w' } },
    fullName: FULL_NAME,
  },
  onlineEndpoint: { ...ENDPOINT, fullName: FULL_NAME },
  onlineDeployment: {
    endpointName: { meaning: 'The online endpoint the deployment belongs to.', spelled: { 'aml-yaml': 'endpoint_name', ...armShape('name (its middle segment)') } },
    environment: { meaning: 'The environment: inline (`image`, `conda_file`, `build`) or a reference (`azureml:<name>:<version>`).', spelled: { 'aml-yaml': 'environment', ...armShape('properties.environmentId') } },
    environmentVariables: { meaning: 'Environment variables of the container, which may reference connection secrets.', spelled: { 'aml-yaml': 'environment_variables', ...armShape('properties.environmentVariables') } },
    fullName: FULL_NAME,
  },
  batchEndpoint: { ...ENDPOINT, fullName: FULL_NAME },
  datastore: {
    credentials: { meaning: 'The stored credentials (account key, SAS token, service principal secret); absent for identity-based access.', spelled: { 'aml-yaml': 'credentials', ...armShape('properties.credentials'), terraform: 'account_key, shared_access_signature, client_secret, …' } },
    accountName: { meaning: 'The storage account the datastore reads.', spelled: { 'aml-yaml': 'account_name', ...armShape('properties.accountName (flat shape: AccountName)'), terraform: 'the account in storage_container_id' } },
    serviceDataAccessAuthIdentity: { meaning: 'Which identity reads data for the studio (`WorkspaceSystemAssignedIdentity`, …).', spelled: { ...armShape('properties.serviceDataAccessAuthIdentity'), terraform: 'service_data_auth_identity / service_data_identity' } },
    workspace: WORKSPACE_LINK,
    fullName: FULL_NAME,
  },
  connection: {
    credentials: { meaning: 'The stored credentials of the connection.', spelled: { 'aml-yaml': 'credentials' } },
    fullName: FULL_NAME,
  },
  job: {
    compute: { meaning: 'Where the job runs (`azureml:<compute>`), or for a pipeline its default compute.', spelled: { 'aml-yaml': 'compute, else settings.default_compute' } },
    environment: { meaning: 'The environment: inline or a reference (`azureml:<name>:<version>`).', spelled: { 'aml-yaml': 'environment' } },
    fullName: FULL_NAME,
  },
  component: { fullName: FULL_NAME },
  environment: {
    image: { meaning: 'The (base) image, `<registry>.azurecr.io/…` for a container registry.', spelled: { 'aml-yaml': 'image' } },
    build: { meaning: 'A Docker build context Azure ML builds from.', spelled: { 'aml-yaml': 'build' } },
    condaFile: { meaning: 'A conda file Azure ML builds on top of the image.', spelled: { 'aml-yaml': 'conda_file' } },
    fullName: FULL_NAME,
  },
  registry: { fullName: FULL_NAME },
  containerRegistry: {
    adminUserEnabled: { meaning: 'Whether the registry admin user (a shared password) is on.', spelled: armShapeAnd('properties.adminUserEnabled', { terraform: 'admin_enabled', 'az-cli': '--admin-enabled' }) },
    resourceGroup: RESOURCE_GROUP,
    fullName: FULL_NAME,
  },
  keyVault: {
    enableRbacAuthorization: { meaning: 'Whether the vault authorises with Azure RBAC instead of access policies.', spelled: armShapeAnd('properties.enableRbacAuthorization', { terraform: 'rbac_authorization_enabled (5.x), enable_rbac_authorization (4.x)' }) },
    accessPolicies: { meaning: 'The access policies (`objectId`, `tenantId`, `permissions`).', spelled: armShapeAnd('properties.accessPolicies', { terraform: 'access_policy blocks' }) },
    tenantId: { meaning: 'The vault tenant.', spelled: armShapeAnd('properties.tenantId', { terraform: 'tenant_id' }) },
    apiVersion: { meaning: 'The ARM API version (its default for RBAC authorisation changed).', spelled: armShape('apiVersion') },
    resourceGroup: RESOURCE_GROUP,
    fullName: FULL_NAME,
  },
  keyVaultAccessPolicy: {
    accessPolicies: { meaning: 'The policies added to a vault declared elsewhere.', spelled: armShapeAnd('properties.accessPolicies', { terraform: 'the azurerm_key_vault_access_policy resource itself' }) },
    keyVault: { meaning: 'The vault the policy is added to.', spelled: { terraform: 'key_vault_id' } },
    fullName: FULL_NAME,
  },
  storageAccount: {
    resourceGroup: RESOURCE_GROUP,
    networkDefaultAction: { meaning: 'What the network rules do with traffic no rule allows (`Deny` restricts access to some networks or trusted services).', spelled: { ...armShape('properties.networkAcls.defaultAction'), terraform: 'network_rules.default_action' } },
    networkBypass: { meaning: 'Traffic let through whatever the rules say (`AzureServices`: trusted services).', spelled: { ...armShape('properties.networkAcls.bypass'), terraform: 'network_rules.bypass' } },
    publicNetworkAccess: { meaning: 'Whether the public endpoint is on.', spelled: armShape('properties.publicNetworkAccess') },
    fullName: FULL_NAME,
  },
  appInsights: { resourceGroup: RESOURCE_GROUP, fullName: FULL_NAME },
  userAssignedIdentity: {
    resourceGroup: RESOURCE_GROUP,
    fullName: FULL_NAME,
  },
  roleAssignment: {
    roleDefinitionId: { meaning: 'The role: a definition ID, or a role name where the format allows one.', spelled: armShapeAnd('properties.roleDefinitionId', { terraform: 'role_definition_id, else role_definition_name', 'az-cli': '--role' }) },
    roleDefinitionName: { meaning: 'The role name when given by name.', spelled: { terraform: 'role_definition_name' } },
    principalId: { meaning: 'The identity that receives the role.', spelled: armShapeAnd('properties.principalId', { terraform: 'principal_id', 'az-cli': '--assignee-object-id, --assignee' }) },
    principalType: { meaning: 'The principal type (`ServicePrincipal`, …).', spelled: armShapeAnd('properties.principalType', { terraform: 'principal_type', 'az-cli': '--assignee-principal-type' }) },
    scope: { meaning: 'Where the role applies (a resource, resource group or subscription).', spelled: armShapeAnd('scope', { terraform: 'scope', 'az-cli': '--scope, else --resource-group' }) },
    resourceGroup: { meaning: 'The resource group given instead of a scope.', spelled: { 'az-cli': '--resource-group, -g' } },
    fullName: FULL_NAME,
  },
  roleDefinition: {
    roleName: { meaning: 'The role name, as assignments may name it.', spelled: armShapeAnd('properties.roleName', { terraform: 'name', 'az-cli': '--role-definition JSON: Name / roleName' }) },
    roleId: { meaning: 'The definition ID when written (the GUID assignments refer to).', spelled: { terraform: 'role_definition_id', 'az-cli': '--role-definition JSON: id' } },
    permissions: { meaning: 'What the role allows: `actions`, `notActions`, `dataActions`, `notDataActions`.', spelled: armShapeAnd('properties.permissions', { terraform: 'permissions blocks', 'az-cli': '--role-definition JSON: Actions, NotActions, DataActions, NotDataActions (or permissions)' }) },
    assignableScopes: { meaning: 'Where the role may be assigned.', spelled: armShapeAnd('properties.assignableScopes', { terraform: 'assignable_scopes', 'az-cli': '--role-definition JSON: AssignableScopes' }) },
    fullName: FULL_NAME,
  },
  aksCluster: {
    resourceGroup: RESOURCE_GROUP,
    servicePrincipalClientId: { meaning: 'The service principal the cluster runs as (`msi` means its managed identity).', spelled: { ...armShape('properties.servicePrincipalProfile.clientId'), terraform: 'service_principal.client_id' } },
    fullName: FULL_NAME,
  },
  servicePrincipal: {},
  otherResource: { resourceGroup: RESOURCE_GROUP, fullName: FULL_NAME },
} satisfies Record<string, Record<string, PropertySpec>>;

function armShapeAnd(path: string, more: Partial<Record<Format, string>>): Partial<Record<Format, string>> {
  return { ...armShape(path), ...more };
}

export type ResourceKind = keyof typeof KIND_PROPERTIES;

/** Every resource kind, in table order. */
export const RESOURCE_KINDS = Object.keys(KIND_PROPERTIES) as ResourceKind[];

/** The canonical property names of one kind. */
export type PropertyOf<K extends ResourceKind> = keyof (typeof KIND_PROPERTIES)[K] & string;

/** Every canonical property name of any kind. */
export type PropertyName = { [K in ResourceKind]: PropertyOf<K> }[ResourceKind];
