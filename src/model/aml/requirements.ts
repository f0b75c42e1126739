import { requireActions } from '../rbac/roles.js';

// What AML identities need, phrased as the operations the docs name ("role X, or any role that allows …").

/** AcrPull's one permission: AcrPush, Contributor, Owner or a custom role holding it will do. */
export const ACR_PULL = requireActions('AcrPull', { actions: ['Microsoft.ContainerRegistry/registries/pull/read'] });

/** Reading blobs: Storage Blob Data Reader, or any role whose data actions allow it (Contributor and Owner do not). */
export const BLOB_READ = requireActions('Storage Blob Data Reader', { dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] });

/** Reading a Key Vault secret's value: Key Vault Secrets User, or any role whose data actions allow it. */
export const KEY_VAULT_SECRET_READ = requireActions('Key Vault Secrets User', { dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action'] });

/** Reading workspace connection secrets: the Connection Secrets Reader role, or any role allowing `listsecrets`. */
export const CONNECTION_SECRETS = requireActions('Azure Machine Learning Workspace Connection Secrets Reader', {
  actions: ['Microsoft.MachineLearningServices/workspaces/connections/listsecrets/action'],
});
