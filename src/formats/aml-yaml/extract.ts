import type { SourceFile } from '../../model/located.js';
import type { YamlDoc } from '../../parsers/yaml.js';
import { makeIdentity } from '../../model/identity.js';
import type { Identity, Resource, Step } from '../../model/resource.js';
import { entry, get, normEnum, str, type MValue } from '../../model/value.js';
import { detectAmlKind } from './kind.js';

/** Turns the AML documents of one YAML file into model resources. */
export function extractAmlYaml(src: SourceFile, docs: YamlDoc[]): Resource[] {
  const out: Resource[] = [];
  for (const doc of docs) {
    const kind = detectAmlKind(doc.root, src.path);
    if (!kind || !doc.root) continue;
    const root = doc.root;
    const typeAt = get(root, 'type');
    const res: Resource = {
      kind: kind.kind,
      format: 'aml-yaml',
      file: src.path,
      decl: root.loc,
      name: get(root, 'name'),
      subKind: kind.subKind ?? (typeAt?.t === 'str' ? normEnum(typeAt.value) : undefined),
      subKindAt: typeAt,
      identity: readIdentity(root),
      props: propsOf(kind.kind, root),
      source: root,
    };
    if (kind.kind === 'job' && res.subKind === 'pipeline') res.steps = readSteps(root);
    out.push(res);
  }
  return out;
}

/** `identity: {type, user_assigned_identities}`; UAIs as a list of `{resource_id}` or a map keyed by ID. */
export function readIdentity(node: MValue): Identity | undefined {
  const e = entry(node, 'identity');
  const id = e?.value;
  if (!e || !id || id.t !== 'obj') return undefined;
  const uais: MValue[] = [];
  const list = get(id, 'user_assigned_identities');
  if (list?.t === 'arr') {
    for (const item of list.items) {
      const rid = item.t === 'obj' ? get(item, 'resource_id') : item.t === 'str' ? item : undefined;
      if (rid) uais.push(rid);
    }
  } else if (list?.t === 'obj') {
    for (const e of list.entries) uais.push({ t: 'str', value: e.key, loc: e.keyLoc });
  }
  return { ...makeIdentity(e.keyLoc, get(id, 'type'), uais), tenantId: get(id, 'tenant_id') };
}

function readSteps(root: MValue): Step[] {
  const jobs = get(root, 'jobs');
  if (!jobs || jobs.t !== 'obj') return [];
  return jobs.entries
    .filter((e) => e.value.t === 'obj')
    .map((e) => ({
      name: e.key,
      nameLoc: e.keyLoc,
      decl: e.value.loc,
      type: str(get(e.value, 'type')) ? normEnum(str(get(e.value, 'type'))!) : undefined,
      identity: readIdentity(e.value),
      source: e.value,
    }));
}

/** Canonical properties per kind (shared with the IaC readers). */
function propsOf(kind: Resource['kind'], root: MValue): Resource['props'] {
  switch (kind) {
    case 'workspace':
      return {
        containerRegistry: get(root, 'container_registry'),
        storageAccount: get(root, 'storage_account'),
        keyVault: get(root, 'key_vault'),
        applicationInsights: get(root, 'application_insights'),
        primaryUserAssignedIdentity: get(root, 'primary_user_assigned_identity'),
        hubId: get(root, 'hub_id'),
        kind: get(root, 'kind'),
        ...encryptionOf(root),
      };
    case 'onlineEndpoint':
    case 'batchEndpoint':
      return {
        authMode: get(root, 'auth_mode'),
        compute: get(root, 'compute'),
        enforceAccessToDefaultSecretStores: get(get(root, 'properties'), 'enforce_access_to_default_secret_stores'),
      };
    case 'datastore':
      return { credentials: get(root, 'credentials'), accountName: get(root, 'account_name') };
    case 'connection':
      return { credentials: get(root, 'credentials') };
    case 'job':
      return { compute: get(root, 'compute') ?? get(get(root, 'settings'), 'default_compute'), environment: get(root, 'environment') };
    case 'onlineDeployment':
      return { endpointName: get(root, 'endpoint_name'), environment: get(root, 'environment'), environmentVariables: get(root, 'environment_variables') };
    case 'environment':
      return { image: get(root, 'image'), build: get(root, 'build'), condaFile: get(root, 'conda_file') };
    default:
      return {};
  }
}

/**
 * `customer_managed_key: {key_vault, key_uri}` and the identity that reads the key
 * (`user_assigned_identity_for_cmk_encryption`), as the canonical `encryption*` properties. The
 * block is located at its key, where a finding about it points.
 */
function encryptionOf(root: MValue): Resource['props'] {
  const e = entry(root, 'customer_managed_key');
  if (!e || e.value.t !== 'obj') return {};
  return {
    encryption: { ...e.value, loc: e.keyLoc },
    encryptionKeyVault: get(e.value, 'key_vault'),
    encryptionKeyId: get(e.value, 'key_uri'),
    encryptionIdentity: get(root, 'user_assigned_identity_for_cmk_encryption'),
  };
}
