import type { Loc } from '../located.js';
import { makeIdentity } from '../identity.js';
import type { Format, Identity, Resource, ResourceKind } from '../resource.js';
import { getCI, normEnum, type MValue } from '../value.js';

/**
 * A resource in ARM shape, as ARM JSON, Bicep and Terraform `azapi_resource` all declare it:
 * a type, a name and a body with `identity`, `properties`, `kind`, `sku` … Values are already
 * evaluated by the reader (known literals, or unknowns with a reference).
 */
export interface ArmShapedResource {
  /** Full type without API version, e.g. `Microsoft.MachineLearningServices/workspaces/computes`. */
  type: string;
  apiVersion?: string;
  /** The full name (`ws/compute` for a child) or an unknown. */
  name: MValue;
  /** The resource object: `{ identity, properties, kind, sku, scope, … }`. */
  body: MValue;
  decl: Loc;
  format: Format;
  file: string;
  symbol?: string;
  scope?: string;
  /** Module instance / loop iteration, call sites and "maybe deployed" (see `Resource`). */
  instance?: string;
  calledFrom?: { loc: Loc; message: string }[];
  maybeDeployed?: string;
  resourceGroup?: string;
}

const KINDS: Record<string, ResourceKind> = {
  'microsoft.machinelearningservices/workspaces': 'workspace',
  'microsoft.machinelearningservices/workspaces/computes': 'compute',
  'microsoft.machinelearningservices/workspaces/onlineendpoints': 'onlineEndpoint',
  'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': 'onlineDeployment',
  'microsoft.machinelearningservices/workspaces/batchendpoints': 'batchEndpoint',
  'microsoft.machinelearningservices/workspaces/datastores': 'datastore',
  'microsoft.machinelearningservices/workspaces/connections': 'connection',
  'microsoft.machinelearningservices/registries': 'registry',
  'microsoft.containerregistry/registries': 'containerRegistry',
  'microsoft.keyvault/vaults': 'keyVault',
  'microsoft.keyvault/vaults/accesspolicies': 'keyVaultAccessPolicy',
  'microsoft.storage/storageaccounts': 'storageAccount',
  'microsoft.insights/components': 'appInsights',
  'microsoft.managedidentity/userassignedidentities': 'userAssignedIdentity',
  'microsoft.authorization/roleassignments': 'roleAssignment',
  'microsoft.authorization/roledefinitions': 'roleDefinition',
  'microsoft.containerservice/managedclusters': 'aksCluster',
};

export function kindOfArmType(type: string): ResourceKind | undefined {
  return KINDS[type.toLowerCase()];
}

/** `identity: { type, userAssignedIdentities: { <id>: {} } }` in ARM shape. */
export function readArmIdentity(body: MValue): Identity | undefined {
  const id = getCI(body, 'identity');
  if (!id || id.t !== 'obj') return undefined;
  const decl = body.t === 'obj' ? (body.entries.find((e) => e.key.toLowerCase() === 'identity')?.keyLoc ?? id.loc) : id.loc;
  const uais: MValue[] = [];
  const map = getCI(id, 'userAssignedIdentities');
  if (map?.t === 'obj') for (const e of map.entries) uais.push(e.keyValue ?? { t: 'str', value: e.key, loc: e.keyLoc });
  else if (map?.t === 'unknown') uais.push(map);
  return makeIdentity(decl, getCI(id, 'type'), uais);
}

/** Maps an ARM-shaped resource into the model; undefined for types no rule cares about. */
export function fromArmShape(r: ArmShapedResource): Resource | undefined {
  const kind = kindOfArmType(r.type);
  if (!kind) return undefined;
  const props = getCI(r.body, 'properties');
  const p = (name: string) => getCI(props, name);
  const base: Resource = {
    kind,
    format: r.format,
    file: r.file,
    decl: r.decl,
    name: lastSegment(r.name),
    armType: r.type,
    symbol: r.symbol,
    scope: r.scope,
    identity: readArmIdentity(r.body),
    props: {},
    source: r.body,
  };
  if (r.instance) base.instance = r.instance;
  if (r.calledFrom?.length) base.calledFrom = r.calledFrom;
  if (r.maybeDeployed) base.maybeDeployed = r.maybeDeployed;
  if (r.resourceGroup) base.resourceGroup = r.resourceGroup;
  switch (kind) {
    case 'workspace': {
      const k = getCI(r.body, 'kind');
      base.subKind = k?.t === 'str' ? normEnum(k.value) : undefined;
      base.subKindAt = k;
      base.props = {
        containerRegistry: p('containerRegistry'),
        storageAccount: p('storageAccount'),
        keyVault: p('keyVault'),
        applicationInsights: p('applicationInsights'),
        primaryUserAssignedIdentity: p('primaryUserAssignedIdentity'),
        hubId: p('hubResourceId'),
        kind: k,
        ...encryptionOf(props),
      };
      break;
    }
    case 'compute': {
      const t = p('computeType');
      base.subKind = t?.t === 'str' ? normEnum(t.value) : undefined;
      base.subKindAt = t;
      // An attached compute (AKS, VM, …) names the resource it attaches.
      base.props = { computeType: t, resourceId: p('resourceId') };
      break;
    }
    case 'onlineDeployment': {
      const full = r.name.t === 'str' ? r.name.value.split('/') : [];
      // `<workspace>/<endpoint>/<deployment>`: the deployment's endpoint is its parent.
      const endpointName: MValue | undefined = full.length === 3 ? { t: 'str', value: full[1], loc: r.name.loc } : undefined;
      base.props = { endpointName, environment: p('environmentId'), environmentVariables: p('environmentVariables') };
      break;
    }
    case 'storageAccount': {
      const acls = p('networkAcls');
      base.props = { networkDefaultAction: getCI(acls, 'defaultAction'), networkBypass: getCI(acls, 'bypass'), publicNetworkAccess: p('publicNetworkAccess') };
      break;
    }
    case 'aksCluster':
      base.props = { servicePrincipalClientId: getCI(p('servicePrincipalProfile'), 'clientId') };
      break;
    case 'onlineEndpoint': {
      const compute = p('compute');
      // Only Kubernetes online endpoints name a compute; managed ones have none.
      base.subKind = compute && compute.t !== 'null' ? 'kubernetes' : 'managed';
      base.props = {
        authMode: p('authMode'),
        compute,
        enforceAccessToDefaultSecretStores: getCI(p('properties'), 'enforce_access_to_default_secret_stores'),
      };
      break;
    }
    case 'datastore': {
      // Current API: datastoreType; the older flat shape (2020 previews): DataStoreType.
      const t = p('datastoreType');
      base.subKind = t?.t === 'str' ? normEnum(t.value) : undefined;
      base.subKindAt = t;
      base.props = { credentials: datastoreCredentials(props), serviceDataAccessAuthIdentity: p('serviceDataAccessAuthIdentity'), accountName: p('accountName') };
      break;
    }
    case 'containerRegistry':
      base.props = { adminUserEnabled: p('adminUserEnabled') };
      break;
    case 'keyVault':
      base.props = { enableRbacAuthorization: p('enableRbacAuthorization'), accessPolicies: p('accessPolicies'), tenantId: p('tenantId'), apiVersion: r.apiVersion ? { t: 'str', value: r.apiVersion, loc: r.decl } : undefined };
      break;
    case 'keyVaultAccessPolicy':
      // Named `<vault>/add`: the vault is the parent, found through the full name.
      base.props = { accessPolicies: p('accessPolicies') };
      break;
    case 'roleAssignment':
      base.props = { roleDefinitionId: p('roleDefinitionId'), principalId: p('principalId'), principalType: p('principalType'), scope: getCI(r.body, 'scope') ?? p('scope') };
      break;
    case 'roleDefinition':
      base.props = { roleName: p('roleName'), permissions: p('permissions'), assignableScopes: p('assignableScopes') };
      break;
    default:
      base.props = {};
  }
  // Child resources keep their full `parent/child` name so the graph can find their workspace.
  base.props.fullName = r.name;
  return base;
}

/** A property's value located at its key: findings about a block point at the block's name. */
function keyed(obj: MValue | undefined, name: string): MValue | undefined {
  if (obj?.t !== 'obj') return undefined;
  const e = obj.entries.find((x) => x.key.toLowerCase() === name.toLowerCase());
  return e && { ...e.value, loc: e.keyLoc };
}

/**
 * `properties.encryption` of a workspace with a customer-managed key: the key vault
 * (`keyVaultProperties.keyVaultArmId`), the key (`keyIdentifier`) and the identity that reads it
 * (`identity.userAssignedIdentity`). `status: Disabled` means no CMK.
 */
function encryptionOf(props: MValue | undefined): Resource['props'] {
  const enc = keyed(props, 'encryption');
  if (!enc || enc.t !== 'obj') return {};
  const status = getCI(enc, 'status');
  if (status?.t === 'str' && normEnum(status.value) === 'disabled') return {};
  const kvp = getCI(enc, 'keyVaultProperties');
  return {
    encryption: enc,
    encryptionKeyVault: getCI(kvp, 'keyVaultArmId'),
    encryptionKeyId: getCI(kvp, 'keyIdentifier'),
    encryptionIdentity: getCI(getCI(enc, 'identity'), 'userAssignedIdentity'),
  };
}

/** ARM secret kinds → the names the AML YAML uses, so one rule reads every format. */
const SECRET_OF_TYPE: Record<string, [armSecret: string, yamlKey: string]> = {
  accountkey: ['key', 'account_key'],
  sas: ['sasToken', 'sas_token'],
  serviceprincipal: ['clientSecret', 'client_secret'],
  certificate: ['certificate', 'certificate'],
};

/** The flat shape of 2020-era templates: credentials as properties of the datastore. */
const FLAT_FIELDS: [string, string][] = [
  ['AccountKey', 'account_key'],
  ['SasToken', 'sas_token'],
  ['ClientSecret', 'client_secret'],
  ['Certificate', 'certificate'],
  ['Password', 'password'],
  ['TenantId', 'tenant_id'],
  ['ClientId', 'client_id'],
];

/**
 * A datastore's cached credentials in the YAML shape (`{account_key}`, `{tenant_id, client_id,
 * client_secret}` …), from `properties.credentials` (`credentialsType` + `secrets`) or from the
 * flat 2020 shape (`AccountKey`, `SasToken`, `ClientSecret`, `Password`). A flat field counts when
 * its value is given: a literal, a required parameter or an expression such as
 * `listKeys(…).keys[0].value` (whatever it yields is cached); a conditional that may yield null does not.
 */
function datastoreCredentials(props: MValue | undefined): MValue | undefined {
  const creds = getCI(props, 'credentials');
  if (creds && creds.t === 'obj') {
    const type = getCI(creds, 'credentialsType');
    if (type?.t !== 'str') return type?.t === 'unknown' ? type : undefined;
    const secret = SECRET_OF_TYPE[normEnum(type.value)];
    if (!secret) return { t: 'obj', entries: [], loc: creds.loc };
    const value = getCI(getCI(creds, 'secrets'), secret[0]) ?? type;
    const entries = [{ key: secret[1], keyLoc: type.loc, value }];
    for (const [arm, yaml] of [['tenantId', 'tenant_id'], ['clientId', 'client_id']]) {
      const e = creds.entries.find((x) => x.key.toLowerCase() === arm.toLowerCase());
      if (e) entries.push({ key: yaml, keyLoc: e.keyLoc, value: e.value });
    }
    return { t: 'obj', entries, loc: creds.loc };
  }
  if (!props || props.t !== 'obj') return undefined;
  const entries = [];
  for (const [arm, yaml] of FLAT_FIELDS) {
    const e = props.entries.find((x) => x.key.toLowerCase() === arm.toLowerCase());
    if (!e) continue;
    const given = (e.value.t === 'str' && e.value.value !== '') || (e.value.t === 'unknown' && !/^if\(\)|condition/.test(e.value.why));
    if (given) entries.push({ key: yaml, keyLoc: e.keyLoc, value: e.value });
  }
  return entries.length ? { t: 'obj', entries, loc: props.loc } : undefined;
}

/** `ws/compute` → `compute` (ARM child names carry their parents'). */
function lastSegment(name: MValue): MValue {
  if (name.t !== 'str' || !name.value.includes('/')) return name;
  return { ...name, value: name.value.slice(name.value.lastIndexOf('/') + 1) };
}
