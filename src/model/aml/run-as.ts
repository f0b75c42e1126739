import type { Graph, Principal } from '../graph.js';
import { asPrincipal, targetName } from '../graph.js';
import type { Loc } from '../located.js';
import { nameOf, type Resource, type ResourceKind } from '../resource.js';
import type { MValue } from '../value.js';

/** An identity a compute or endpoint runs as, declared in the repository. */
export interface RunAs {
  principal: Principal & { state: 'found' };
  /** How messages name it: `system-assigned identity of compute 'cpu'`, `user-assigned identity 'uai-ml'`. */
  label: string;
  /** Where it is declared: the identity block, or the user-assigned identity resource. */
  decl: Loc;
}

/**
 * The identity a compute uses by default: its system-assigned identity when it has one, else its
 * first user-assigned identity. Undefined when it has none or the one it names is not declared here.
 */
export function computeIdentity(graph: Graph, compute: Resource): RunAs | undefined {
  const id = compute.identity;
  if (!id) return undefined;
  if (id.system === true) return { principal: { state: 'found', resource: compute, system: true }, label: `system-assigned identity of compute '${nameOf(compute)}'`, decl: id.decl };
  if (id.user === true && id.system === false && id.userAssigned.length) return userAssigned(graph, compute, id.userAssigned[0]);
  return undefined;
}

/** An online endpoint's identity: system-assigned unless its identity says user-assigned (then its first one). */
export function endpointIdentity(graph: Graph, endpoint: Resource): RunAs | undefined {
  const id = endpoint.identity;
  if (!id || (id.system === true && id.user !== true) || (id.type === undefined && id.userAssigned.length === 0)) {
    return { principal: { state: 'found', resource: endpoint, system: true }, label: `system-assigned identity of endpoint '${nameOf(endpoint)}'`, decl: id?.decl ?? endpoint.decl };
  }
  if (id.user === true && id.userAssigned.length) return userAssigned(graph, endpoint, id.userAssigned[0]);
  return undefined;
}

function userAssigned(graph: Graph, near: Resource, ref: MValue): RunAs | undefined {
  const t = graph.resolve(ref, near);
  if (t.state !== 'found') return undefined;
  return { principal: asPrincipal(t) as RunAs['principal'], label: `user-assigned identity '${targetName(t)}'`, decl: t.resource.decl };
}

/** The one resource of a kind with this name (case-insensitive); none when absent or ambiguous. */
export function named(graph: Graph, kind: ResourceKind, name: string): Resource | undefined {
  const hits = new Map<string, Resource>();
  for (const r of graph.withName(kind, name)) {
    hits.set(`${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}`, r);
  }
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

/** `azureml:cpu-cluster`, `cpu-cluster` → `cpu-cluster`; a full ARM ID → its last segment; other forms → undefined. */
export function assetName(v: MValue | undefined): string | undefined {
  if (v?.t !== 'str') return undefined;
  const s = v.value.trim();
  if (/^\$\{\{|^azureml:\/\//i.test(s)) return undefined;
  const bare = s.replace(/^azureml:/i, '');
  if (bare.startsWith('/')) return /\/([^/]+)$/.exec(bare)?.[1];
  return /^[\w.-]+$/.test(bare) ? bare : undefined;
}
