import { get, str, type MValue } from '../../model/value.js';
import type { ResourceKind } from '../../model/resource.js';

export interface AmlKind {
  kind: ResourceKind;
  /** Normalised finer kind, e.g. `kubernetes` for a Kubernetes online endpoint. */
  subKind?: string;
  /** True when the kind came from `$schema` (the file is AML for sure). */
  fromSchema: boolean;
}

/** `$schema` file stems (lower-cased, any URL family) → kind. */
const SCHEMA_KINDS: Record<string, Omit<AmlKind, 'fromSchema'>> = {
  workspace: { kind: 'workspace' },
  hub: { kind: 'workspace', subKind: 'hub' },
  project: { kind: 'workspace', subKind: 'project' },
  featurestore: { kind: 'workspace', subKind: 'featurestore' },
  amlcompute: { kind: 'compute', subKind: 'amlcompute' },
  computeinstance: { kind: 'compute', subKind: 'computeinstance' },
  kubernetescompute: { kind: 'compute', subKind: 'kubernetes' },
  vmcompute: { kind: 'compute', subKind: 'virtualmachine' },
  commandjob: { kind: 'job', subKind: 'command' },
  pipelinejob: { kind: 'job', subKind: 'pipeline' },
  sweepjob: { kind: 'job', subKind: 'sweep' },
  sparkjob: { kind: 'job', subKind: 'spark' },
  automljob: { kind: 'job', subKind: 'automl' },
  managedonlineendpoint: { kind: 'onlineEndpoint', subKind: 'managed' },
  kubernetesonlineendpoint: { kind: 'onlineEndpoint', subKind: 'kubernetes' },
  onlineendpoint: { kind: 'onlineEndpoint' },
  managedonlinedeployment: { kind: 'onlineDeployment', subKind: 'managed' },
  kubernetesonlinedeployment: { kind: 'onlineDeployment', subKind: 'kubernetes' },
  onlinedeployment: { kind: 'onlineDeployment' },
  batchendpoint: { kind: 'batchEndpoint' },
  azureblob: { kind: 'datastore', subKind: 'azureblob' },
  azurefile: { kind: 'datastore', subKind: 'azurefile' },
  azuredatalakegen1: { kind: 'datastore', subKind: 'azuredatalakegen1' },
  azuredatalakegen2: { kind: 'datastore', subKind: 'azuredatalakegen2' },
  onelake: { kind: 'datastore', subKind: 'onelake' },
  connection: { kind: 'connection' },
  registry: { kind: 'registry' },
  environment: { kind: 'environment' },
  commandcomponent: { kind: 'component', subKind: 'command' },
  pipelinecomponent: { kind: 'component', subKind: 'pipeline' },
  sparkcomponent: { kind: 'component', subKind: 'spark' },
  parallelcomponent: { kind: 'component', subKind: 'parallel' },
};

const DATASTORE_TYPES = new Set(['azureblob', 'azurefile', 'azuredatalakegen1', 'azuredatalakegen2', 'onelake', 'hdfs']);
/** Keys only a datastore of some type has (OneLake names its Fabric workspace instead of an account). */
const DATASTORE_KEYS = ['account_name', 'store_name', 'hdfs_server_address', 'one_lake_workspace_name'];
/** A hub or project without `$schema`: its `kind`, or the hub-only `default_project_resource_group`. */
function workspaceKind(root: MValue): string | undefined {
  const kind = str(get(root, 'kind'))?.toLowerCase();
  if (kind === 'hub' || kind === 'project') return kind;
  return has(root, 'default_project_resource_group') ? 'hub' : undefined;
}

/** Keys only a workspace document has (`hbi_workspace: true` alone makes a workspace). */
const WORKSPACE_KEYS = [
  'storage_account',
  'container_registry',
  'key_vault',
  'application_insights',
  'primary_user_assigned_identity',
  'managed_network',
  'hub_id',
  'customer_managed_key',
  'hbi_workspace',
  'image_build_compute',
  'allow_public_access_when_behind_vnet',
  'system_datastores_auth_mode',
  'enable_data_isolation',
  'serverless_compute',
  'default_project_resource_group',
];
const COMPUTE_TYPES = new Set(['amlcompute', 'computeinstance', 'kubernetes', 'virtualmachine', 'synapsespark', 'aks']);

/** The `$schema` stem of a document, e.g. `kubernetesOnlineEndpoint` → `kubernetesonlineendpoint`. */
export function schemaStem(schema: string): string | undefined {
  const m = /([A-Za-z0-9.]+?)(?:\.schema)?\.json\s*$/.exec(schema.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Whether a `$schema` URL belongs to one of the AML families (any kind). */
export function isAmlSchema(schema: string): boolean {
  return /azuremlschemas|azuremlsdk2|azureml\/sdk-2-0|azuremlschemasprod/i.test(schema);
}

/**
 * Decides which AML document a YAML root is: `$schema` first, shape second. Shape rules are
 * deliberately narrow; a document that matches none is not AML and no rule looks at it.
 */
export function detectAmlKind(root: MValue | undefined, path: string): AmlKind | undefined {
  if (!root || root.t !== 'obj') return undefined;
  const schema = str(get(root, '$schema'));
  if (schema && isAmlSchema(schema)) {
    const stem = schemaStem(schema);
    const known = stem ? SCHEMA_KINDS[stem] : undefined;
    if (known) return { ...known, fromSchema: true };
    return undefined;
  }
  return detectByShape(root, path);
}

function has(root: MValue, key: string): boolean {
  return get(root, key) !== undefined;
}

function detectByShape(root: MValue, path: string): AmlKind | undefined {
  const type = str(get(root, 'type'))?.toLowerCase().replace(/[\s_-]/g, '');
  const lowerPath = path.toLowerCase();
  // CI files carry `jobs:` and `steps:` too; they are never AML.
  if (/(^|\/)\.github\/|azure-pipelines|devops-pipelines|(^|\/)pipelines?\//.test(lowerPath) && (has(root, 'steps') || has(root, 'stages') || has(root, 'on') || has(root, 'trigger'))) return undefined;
  if (has(root, 'on') && has(root, 'jobs')) return undefined;

  if (type === 'pipeline' && get(root, 'jobs')?.t === 'obj') return { kind: 'job', subKind: 'pipeline', fromSchema: false };
  if (type && COMPUTE_TYPES.has(type) && has(root, 'name') && !has(root, 'command')) {
    return { kind: 'compute', subKind: type, fromSchema: false };
  }
  if (type && DATASTORE_TYPES.has(type) && DATASTORE_KEYS.some((k) => has(root, k))) {
    const isConnection = /(^|\/)connections?\//.test(lowerPath) || has(root, 'url') || has(root, 'target');
    return { kind: isConnection ? 'connection' : 'datastore', subKind: type, fromSchema: false };
  }
  if (has(root, 'auth_mode') && has(root, 'name') && !has(root, 'jobs') && !has(root, 'steps')) {
    if (/batch/.test(lowerPath) || has(root, 'defaults')) return { kind: 'batchEndpoint', fromSchema: false };
    // Only Kubernetes online endpoints name a compute at endpoint level.
    return { kind: 'onlineEndpoint', subKind: has(root, 'compute') ? 'kubernetes' : undefined, fromSchema: false };
  }
  if (has(root, 'endpoint_name') && (has(root, 'model') || has(root, 'instance_type') || has(root, 'environment'))) {
    return { kind: 'onlineDeployment', fromSchema: false };
  }
  if (has(root, 'replication_locations')) return { kind: 'registry', fromSchema: false };
  if (!type && has(root, 'name') && WORKSPACE_KEYS.some((k) => has(root, k))) return { kind: 'workspace', subKind: workspaceKind(root), fromSchema: false };
  if ((type === 'command' || type === 'sweep' || type === 'spark') && has(root, 'identity') && (has(root, 'compute') || has(root, 'command') || has(root, 'trial'))) {
    return { kind: 'job', subKind: type, fromSchema: false };
  }
  // A command job names where it runs; a command component (same keys otherwise) does not.
  if (type === 'command' && has(root, 'command') && (has(root, 'compute') || has(root, 'experiment_name'))) return { kind: 'job', subKind: type, fromSchema: false };
  // An environment: a name and an image with a conda file, or a Docker build context.
  if (!type && has(root, 'name') && ((has(root, 'image') && has(root, 'conda_file')) || get(root, 'build')?.t === 'obj')) return { kind: 'environment', fromSchema: false };
  return undefined;
}
