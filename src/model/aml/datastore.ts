import { credentialKinds } from '../credentials.js';
import type { Graph, Target } from '../graph.js';
import type { Resource } from '../resource.js';

const STORAGE = 'Microsoft.Storage/storageAccounts';
/** Datastore types whose identity-based access is checked against the storage account's RBAC. */
const BLOB_TYPES = new Set(['azureblob', 'azuredatalakegen2']);

/**
 * The storage account of an identity-based Blob or ADLS Gen2 datastore (no cached credentials),
 * when the account it names is declared in the repository.
 */
export function identityBasedStorage(graph: Graph, ds: Resource): (Target & { state: 'found' }) | undefined {
  if (!BLOB_TYPES.has(ds.subKind ?? '') || ds.props.credentials?.t === 'unknown' || credentialKinds(ds.props.credentials).length) return undefined;
  const account = ds.props.accountName;
  if (account?.t !== 'str') return undefined;
  const storage = graph.find(STORAGE, account.value, ds);
  return storage.state === 'found' ? storage : undefined;
}
