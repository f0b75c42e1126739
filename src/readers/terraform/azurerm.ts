import { makeIdentity } from '../../model/identity.js';
import type { Loc } from '../../model/located.js';
import type { Identity, Resource, ResourceKind } from '../../model/resource.js';
import { get, normEnum, type MEntry, type MObject, type MValue } from '../../model/value.js';
import type { Block } from '../../parsers/terraform/index.js';
import { dynamicBlocks, evaluate, evaluateBody, headerLoc, locOf, unknown, type Scope } from './eval.js';

/** Where a resource instance sits: its address (with `["key"]` for a for_each instance) and module folder. */
export interface Placement {
  symbol: string;
  dir: string;
}

type Props = (a: (name: string) => MValue | undefined, block: Block, s: Scope) => Record<string, MValue | undefined>;

interface Mapping {
  kind: ResourceKind;
  armType: string;
  subKind?: string;
  props?: Props;
}

const WS = 'Microsoft.MachineLearningServices/workspaces';

const datastore = (subKind: string, identityArg: string): Mapping => ({
  kind: 'datastore',
  armType: `${WS}/datastores`,
  subKind,
  props: (a, block, s) => ({
    credentials: credentials(block, s, a),
    serviceDataAccessAuthIdentity: a(identityArg),
    workspace: a('workspace_id'),
    accountName: accountOfContainer(a('storage_container_id')),
  }),
});

/** The storage account named in a container's resource ID (`…/storageAccounts/<name>/blobServices/default/containers/<c>`). */
function accountOfContainer(id: MValue | undefined): MValue | undefined {
  const m = id?.t === 'str' ? /\/storageAccounts\/([^/]+)\//i.exec(id.value) : null;
  return m && id ? { t: 'str', value: m[1], loc: id.loc } : undefined;
}

/** azurerm resource types and the canonical kind and property names they map to (see arm-shape.ts). */
const AZURERM: Record<string, Mapping> = {
  azurerm_machine_learning_workspace: {
    kind: 'workspace',
    armType: WS,
    props: (a, block, s) => ({
      containerRegistry: a('container_registry_id'),
      storageAccount: a('storage_account_id'),
      keyVault: a('key_vault_id'),
      applicationInsights: a('application_insights_id'),
      primaryUserAssignedIdentity: a('primary_user_assigned_identity'),
      kind: a('kind'),
      ...encryption(a, block, s),
    }),
  },
  azurerm_machine_learning_compute_cluster: { kind: 'compute', armType: `${WS}/computes`, subKind: 'amlcompute', props: (a) => ({ workspace: a('machine_learning_workspace_id') }) },
  azurerm_machine_learning_compute_instance: { kind: 'compute', armType: `${WS}/computes`, subKind: 'computeinstance', props: (a) => ({ workspace: a('machine_learning_workspace_id') }) },
  azurerm_machine_learning_inference_cluster: {
    kind: 'compute',
    armType: `${WS}/computes`,
    subKind: 'aks',
    props: (a) => ({ workspace: a('machine_learning_workspace_id'), resourceId: a('kubernetes_cluster_id') }),
  },
  azurerm_machine_learning_datastore_blobstorage: datastore('azureblob', 'service_data_auth_identity'),
  azurerm_machine_learning_datastore_datalake_gen2: datastore('azuredatalakegen2', 'service_data_identity'),
  azurerm_machine_learning_datastore_fileshare: datastore('azurefile', 'service_data_identity'),
  azurerm_container_registry: { kind: 'containerRegistry', armType: 'Microsoft.ContainerRegistry/registries', props: (a) => ({ adminUserEnabled: a('admin_enabled') }) },
  azurerm_key_vault: {
    kind: 'keyVault',
    armType: 'Microsoft.KeyVault/vaults',
    props: (a, block, s) => ({
      // 4.x spelled it enable_rbac_authorization; 5.0 renamed it.
      enableRbacAuthorization: a('rbac_authorization_enabled') ?? a('enable_rbac_authorization'),
      accessPolicies: accessPolicies(block, s),
      tenantId: a('tenant_id'),
    }),
  },
  // A policy added to a vault declared elsewhere; the graph links it to its vault by key_vault_id.
  azurerm_key_vault_access_policy: {
    kind: 'keyVaultAccessPolicy',
    armType: 'Microsoft.KeyVault/vaults/accessPolicies',
    props: (a, block, s) => ({ keyVault: a('key_vault_id'), accessPolicies: { t: 'arr', items: [policyOf(block, s)], loc: locOf(s, block.span) } }),
  },
  azurerm_storage_account: {
    kind: 'storageAccount',
    armType: 'Microsoft.Storage/storageAccounts',
    props: (a) => ({ networkDefaultAction: get(a('network_rules'), 'default_action'), networkBypass: get(a('network_rules'), 'bypass') }),
  },
  azurerm_application_insights: { kind: 'appInsights', armType: 'Microsoft.Insights/components' },
  azurerm_user_assigned_identity: { kind: 'userAssignedIdentity', armType: 'Microsoft.ManagedIdentity/userAssignedIdentities' },
  azurerm_kubernetes_cluster: {
    kind: 'aksCluster',
    armType: 'Microsoft.ContainerService/managedClusters',
    props: (a) => ({ servicePrincipalClientId: get(a('service_principal'), 'client_id') }),
  },
  azurerm_role_definition: {
    kind: 'roleDefinition',
    armType: 'Microsoft.Authorization/roleDefinitions',
    props: (a) => ({ roleName: a('name'), roleId: a('role_definition_id'), permissions: a('permissions'), assignableScopes: a('assignable_scopes') }),
  },
  azurerm_role_assignment: {
    kind: 'roleAssignment',
    armType: 'Microsoft.Authorization/roleAssignments',
    props: (a) => ({
      roleDefinitionId: a('role_definition_id') ?? a('role_definition_name'),
      // Set when the role is given by name ("Contributor") rather than by definition ID.
      roleDefinitionName: a('role_definition_name'),
      principalId: a('principal_id'),
      principalType: a('principal_type'),
      scope: a('scope'),
    }),
  },
};

/**
 * Entra principals declared with the azuread provider. They are not ARM resources; the type is the
 * one Bicep's Microsoft Graph extension uses, so every format names them alike.
 */
const AZUREAD: Record<string, { armType: string; name: string[] }> = {
  azuread_service_principal: { armType: 'Microsoft.Graph/servicePrincipals', name: ['display_name', 'client_id', 'application_id'] },
  azuread_application: { armType: 'Microsoft.Graph/applications', name: ['display_name'] },
};

/** ARM types of other azurerm resources and data sources, for the `type` of references to them. */
const OTHER_TYPES: Record<string, string> = {
  azurerm_linux_virtual_machine: 'Microsoft.Compute/virtualMachines',
  azurerm_windows_virtual_machine: 'Microsoft.Compute/virtualMachines',
  azurerm_virtual_machine: 'Microsoft.Compute/virtualMachines',
  azurerm_linux_virtual_machine_scale_set: 'Microsoft.Compute/virtualMachineScaleSets',
  azurerm_windows_virtual_machine_scale_set: 'Microsoft.Compute/virtualMachineScaleSets',
  azurerm_linux_web_app: 'Microsoft.Web/sites',
  azurerm_windows_web_app: 'Microsoft.Web/sites',
  azurerm_linux_function_app: 'Microsoft.Web/sites',
  azurerm_windows_function_app: 'Microsoft.Web/sites',
  azurerm_data_factory: 'Microsoft.DataFactory/factories',
  azurerm_synapse_workspace: 'Microsoft.Synapse/workspaces',
  azurerm_databricks_workspace: 'Microsoft.Databricks/workspaces',
  azurerm_cosmosdb_account: 'Microsoft.DocumentDB/databaseAccounts',
  azurerm_eventhub_namespace: 'Microsoft.EventHub/namespaces',
  azurerm_servicebus_namespace: 'Microsoft.ServiceBus/namespaces',
  azurerm_log_analytics_workspace: 'Microsoft.OperationalInsights/workspaces',
  azurerm_private_dns_zone: 'Microsoft.Network/privateDnsZones',
  azurerm_machine_learning_synapse_spark: `${WS}/computes`,
  azurerm_resource_group: 'Microsoft.Resources/resourceGroups',
  azurerm_subscription: 'Microsoft.Resources/subscriptions',
  azurerm_ai_foundry: WS,
  azurerm_ai_foundry_project: WS,
  azurerm_cognitive_account: 'Microsoft.CognitiveServices/accounts',
  azurerm_search_service: 'Microsoft.Search/searchServices',
  azurerm_storage_container: 'Microsoft.Storage/storageAccounts/blobServices/containers',
  azurerm_key_vault_key: 'Microsoft.KeyVault/vaults/keys',
  azurerm_key_vault_secret: 'Microsoft.KeyVault/vaults/secrets',
  azurerm_virtual_network: 'Microsoft.Network/virtualNetworks',
  azurerm_subnet: 'Microsoft.Network/virtualNetworks/subnets',
};

export function armTypeOfAzurerm(type: string): string | undefined {
  return AZURERM[type]?.armType ?? AZUREAD[type]?.armType ?? OTHER_TYPES[type];
}

/** Types that are never a resource in the model (the group and subscription are scopes). */
const NOT_RESOURCES = new Set(['azurerm_resource_group', 'azurerm_subscription']);

/**
 * Any other resource: a scope role assignments may name, and, with an `identity` block, a
 * principal through its system-assigned identity. Only its name, group and identity are read.
 */
function otherResource(type: string, block: Block, s: Scope, at: Placement): Resource | undefined {
  const ad = AZUREAD[type];
  const armType = ad?.armType ?? OTHER_TYPES[type];
  const identity = identityOf(block, s);
  if (NOT_RESOURCES.has(type) || (!armType && !identity) || !/^azure(rm|ad)_/.test(type)) return undefined;
  const attr = (name: string) => {
    const a = block.body.attributes.find((x) => x.name === name);
    return a && evaluate(a.expr, s);
  };
  const nameAttr = ad ? ad.name.find((n) => block.body.attributes.some((x) => x.name === n)) : 'name';
  const res: Resource = {
    kind: ad ? 'servicePrincipal' : 'otherResource',
    format: 'terraform',
    file: s.file.src.path,
    decl: headerLoc(block, s),
    name: nameAttr ? attr(nameAttr) : undefined,
    symbol: at.symbol,
    scope: at.dir,
    props: {},
  };
  const group = attr('resource_group_name');
  if (group && !ad) res.props.resourceGroup = group;
  if (armType) res.armType = armType;
  if (identity) res.identity = identity;
  return res;
}

/** An `azurerm_*` resource instance in the model, or undefined for types no rule reads. */
export function mapAzurerm(type: string, block: Block, s: Scope, at: Placement): Resource | undefined {
  const m = AZURERM[type];
  if (!m) return otherResource(type, block, s, at);
  const decl = headerLoc(block, s);
  const source = evaluateBody(block.body, s, locOf(s, block.span));
  const a = (name: string) => get(source, name);
  const props: Resource['props'] = { ...m.props?.(a, block, s) };
  const group = a('resource_group_name');
  if (group) props.resourceGroup = group;
  const res: Resource = {
    kind: m.kind,
    format: 'terraform',
    file: s.file.src.path,
    decl,
    name: a('name'),
    armType: m.armType,
    symbol: at.symbol,
    scope: at.dir,
    identity: identityOf(block, s),
    props,
    source,
  };
  if (m.subKind) res.subKind = m.subKind;
  if (m.kind === 'workspace') {
    const kind = props.kind;
    res.subKind = kind?.t === 'str' ? normEnum(kind.value) : undefined;
    res.subKindAt = kind;
  }
  return res;
}

/** The `identity {}` block: decl is its keyword; a `dynamic "identity"` block is an identity of unknown type. */
export function identityOf(block: Block, s0: Scope): Identity | undefined {
  let s = s0;
  let idBlock = block.body.blocks.find((b) => b.type === 'identity');
  const dyn = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'identity');
  // A dynamic identity over a known collection: none when it is empty, its content when it has one element.
  const expanded = !idBlock && dyn ? dynamicBlocks(dyn, s) : undefined;
  if (expanded?.length === 0) return undefined;
  if (expanded?.length === 1) {
    idBlock = expanded[0].block;
    s = expanded[0].scope;
  }
  if (idBlock) {
    const typeAttr = idBlock.body.attributes.find((x) => x.name === 'type');
    const idsAttr = idBlock.body.attributes.find((x) => x.name === 'identity_ids');
    const ids = idsAttr ? evaluate(idsAttr.expr, s) : undefined;
    const list = ids === undefined ? [] : ids.t === 'arr' ? ids.items : [ids];
    return makeIdentity(locOf(s, idBlock.typeSpan), typeAttr ? evaluate(typeAttr.expr, s) : undefined, list);
  }
  if (dyn) {
    const loc = locOf(s, dyn.typeSpan);
    return makeIdentity(loc, unknown(loc, "dynamic 'identity' block"), []);
  }
  return undefined;
}

/** The `encryption {}` block of a workspace (located at its keyword) and its key vault, key and identity. */
function encryption(a: (name: string) => MValue | undefined, block: Block, s: Scope): Record<string, MValue | undefined> {
  const enc = a('encryption');
  const kw = block.body.blocks.find((b) => b.type === 'encryption');
  if (!enc || enc.t !== 'obj' || !kw) return {};
  return {
    encryption: { ...enc, loc: locOf(s, kw.typeSpan) },
    encryptionKeyVault: get(enc, 'key_vault_id'),
    encryptionKeyId: get(enc, 'key_id'),
    encryptionIdentity: get(enc, 'user_assigned_identity_id'),
  };
}

/** `access_policy` blocks in the ARM shape `{tenantId, objectId, applicationId, permissions: {keys, secrets, certificates, storage}}`. */
function accessPolicies(block: Block, s: Scope): MValue | undefined {
  const blocks = block.body.blocks.filter((b) => b.type === 'access_policy');
  const dynamic = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'access_policy');
  if (dynamic) return unknown(locOf(s, dynamic.span), "dynamic 'access_policy' block");
  if (!blocks.length) return undefined;
  const items = blocks.map((b) => policyOf(b, s));
  return { t: 'arr', items, loc: items[0].loc };
}

/** One access policy (an `access_policy` block or an `azurerm_key_vault_access_policy`) in ARM shape. */
function policyOf(b: Block, s: Scope): MObject {
  const loc = locOf(s, b.span);
  const body = evaluateBody(b.body, s, loc);
  const pick = (from: string, to: string): MEntry[] => {
    const e = body.entries.find((x) => x.key === from);
    return e ? [{ ...e, key: to }] : [];
  };
  const permissions: MObject = {
    t: 'obj',
    entries: [...pick('key_permissions', 'keys'), ...pick('secret_permissions', 'secrets'), ...pick('certificate_permissions', 'certificates'), ...pick('storage_permissions', 'storage')],
    loc,
  };
  const entries: MEntry[] = [...pick('tenant_id', 'tenantId'), ...pick('object_id', 'objectId'), ...pick('application_id', 'applicationId'), { key: 'permissions', keyLoc: locOf(s, b.typeSpan), value: permissions }];
  return { t: 'obj', entries, loc };
}

/** Datastore secrets under the names the AML YAML uses (`account_key`, `sas_token`, `client_secret`); undefined = identity-based. */
function credentials(block: Block, s: Scope, a: (name: string) => MValue | undefined): MValue | undefined {
  const names: [string, string][] = [
    ['account_key', 'account_key'],
    ['shared_access_signature', 'sas_token'],
    ['client_id', 'client_id'],
    ['client_secret', 'client_secret'],
    ['tenant_id', 'tenant_id'],
  ];
  const entries: MEntry[] = [];
  for (const [tf, yaml] of names) {
    const attr = block.body.attributes.find((x) => x.name === tf);
    const v = a(tf);
    if (attr && v) entries.push({ key: yaml, keyLoc: locOf(s, attr.nameSpan), value: v });
  }
  if (!entries.some((e) => e.key === 'account_key' || e.key === 'sas_token' || e.key === 'client_secret')) return undefined;
  const loc: Loc = headerLoc(block, s);
  return { t: 'obj', entries, loc };
}
