import type { Graph } from '../graph.js';
import type { Resource } from '../resource.js';
import { str, type MString } from '../value.js';

/**
 * The secret-reference forms of secret injection that read a workspace connection
 * (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`):
 * the endpoint identity reads the connection's secrets to resolve them.
 */
const CONNECTION_REF = /^\$\{\{\s*azureml:\/\/connections\/([^/}\s]+)(?:\/(?:credentials|metadata)\/[^/}\s]+|\/target)?\s*\}\}$/i;

export interface ConnectionRef {
  value: MString;
  connection: string;
  deployment: Resource;
}

/** Environment variables of a deployment that reference a workspace connection. */
export function connectionRefs(d: Resource): ConnectionRef[] {
  const vars = d.props.environmentVariables;
  if (vars?.t !== 'obj') return [];
  const out: ConnectionRef[] = [];
  for (const e of vars.entries) {
    const m = e.value.t === 'str' ? CONNECTION_REF.exec(e.value.value.trim()) : null;
    if (m) out.push({ value: e.value as MString, connection: m[1], deployment: d });
  }
  return out;
}

/** The connection references of every deployment of an online endpoint (linked by `endpoint_name`). */
export function endpointConnectionRefs(graph: Graph, endpoint: Resource): ConnectionRef[] {
  const name = str(endpoint.name)?.toLowerCase();
  if (!name) return [];
  return graph
    .of('onlineDeployment')
    .filter((d) => str(d.props.endpointName)?.toLowerCase() === name)
    .flatMap(connectionRefs);
}
