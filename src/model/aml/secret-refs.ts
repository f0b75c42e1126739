import type { Graph } from '../graph.js';
import type { Resource } from '../resource.js';
import { str, type MString } from '../value.js';

/**
 * The secret-reference forms of secret injection that read a workspace connection
 * (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`):
 * the endpoint identity reads the connection's secrets to resolve them.
 */
const CONNECTION_REF = /^\$\{\{\s*azureml:\/\/connections\/([^/}\s]+)(?:\/(?:credentials|metadata)\/[^/}\s]+|\/target)?\s*\}\}$/i;

/** `${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`: read from the vault with the endpoint identity. */
const KEY_VAULT_REF = /^\$\{\{\s*keyvault:https:\/\/([a-z0-9-]+)\.vault\.[a-z.]+\/secrets\/[^}\s]+\s*\}\}$/i;

export interface KeyVaultRef {
  value: MString;
  vault: string;
  deployment: Resource;
}

export interface ConnectionRef {
  value: MString;
  connection: string;
  deployment: Resource;
}

/** Environment variables of a deployment that reference a workspace connection. */
export function connectionRefs(d: Resource): ConnectionRef[] {
  return matchingVars(d, CONNECTION_REF).map(([value, m]) => ({ value, connection: m[1], deployment: d }));
}

/** Environment variables of a deployment that reference a Key Vault secret. */
export function keyVaultRefs(d: Resource): KeyVaultRef[] {
  return matchingVars(d, KEY_VAULT_REF).map(([value, m]) => ({ value, vault: m[1].toLowerCase(), deployment: d }));
}

/** The deployment's environment variables whose value matches a secret-reference form. */
function matchingVars(d: Resource, form: RegExp): [MString, RegExpExecArray][] {
  const vars = d.props.environmentVariables;
  if (vars?.t !== 'obj') return [];
  const out: [MString, RegExpExecArray][] = [];
  for (const e of vars.entries) {
    const m = e.value.t === 'str' ? form.exec(e.value.value.trim()) : null;
    if (m) out.push([e.value as MString, m]);
  }
  return out;
}

/** The deployments of an online endpoint (linked by `endpoint_name`). */
export function deploymentsOf(graph: Graph, endpoint: Resource): Resource[] {
  const name = str(endpoint.name)?.toLowerCase();
  return name ? graph.keyed('onlineDeployment', 'endpointName', (d) => str(d.props.endpointName)?.toLowerCase(), name) : [];
}

/** The connection references of every deployment of an online endpoint (linked by `endpoint_name`). */
export function endpointConnectionRefs(graph: Graph, endpoint: Resource): ConnectionRef[] {
  return deploymentsOf(graph, endpoint).flatMap(connectionRefs);
}
