/**
 * An AML datastore URI: the short form `azureml://datastores/<name>/paths/…` (the job's own
 * workspace) or the long form `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<name>/paths/…`.
 */
const URI = /^azureml:\/\/(?:subscriptions\/[^/]+\/resourcegroups\/[^/]+\/(?:providers\/microsoft\.machinelearningservices\/)?workspaces\/([^/]+)\/)?datastores\/([^/]+)(?:\/|$)/i;

export interface DatastoreUri {
  datastore: string;
  /** The workspace the long form names. */
  workspace?: string;
}

export function parseDatastoreUri(s: string): DatastoreUri | undefined {
  const m = URI.exec(s);
  if (!m) return undefined;
  return m[1] ? { datastore: m[2], workspace: m[1] } : { datastore: m[2] };
}
