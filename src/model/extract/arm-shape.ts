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
      };
      break;
    }
    case 'compute': {
      const t = p('computeType');
      base.subKind = t?.t === 'str' ? normEnum(t.value) : undefined;
      base.subKindAt = t;
      base.props = { computeType: t };
      break;
    }
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
      const t = p('datastoreType');
      base.subKind = t?.t === 'str' ? normEnum(t.value) : undefined;
      base.subKindAt = t;
      base.props = { credentials: p('credentials'), serviceDataAccessAuthIdentity: p('serviceDataAccessAuthIdentity') };
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
    default:
      base.props = {};
  }
  // Child resources keep their full `parent/child` name so the graph can find their workspace.
  base.props.fullName = r.name;
  return base;
}

/** `ws/compute` → `compute` (ARM child names carry their parents'). */
function lastSegment(name: MValue): MValue {
  if (name.t !== 'str' || !name.value.includes('/')) return name;
  return { ...name, value: name.value.slice(name.value.lastIndexOf('/') + 1) };
}
