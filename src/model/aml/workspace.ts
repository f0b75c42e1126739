import type { Graph, Principal, Target } from '../graph.js';
import type { Loc } from '../located.js';
import { nameOf, type Resource } from '../resource.js';
import { parseResourceId } from '../resource-id.js';
import { get, type Tri } from '../value.js';

/** Keys that show a YAML document creates a workspace rather than patching one (`az ml workspace update`). */
const CREATION_KEYS = ['location', 'storage_account', 'key_vault', 'application_insights'];

/**
 * A workspace created without a container registry, so Azure ML creates one later, on first need.
 * Hub projects use their hub's registry; a YAML document without creation keys is an update.
 */
export function createsWithoutRegistry(w: Resource): boolean {
  const acr = w.props.containerRegistry;
  if (acr && acr.t !== 'null') return false;
  if (w.subKind === 'project' || w.subKind === 'hub' || (w.props.hubId && w.props.hubId.t !== 'null')) return false;
  if (w.format === 'aml-yaml' && !CREATION_KEYS.some((k) => get(w.source, k) !== undefined)) return false;
  return true;
}

/**
 * Whether the registry named `acr` is the workspace's own: compared by name with the registry the
 * workspace names (a reference, a resource ID). A workspace that names none gets a generated one.
 */
export function isWorkspaceRegistry(graph: Graph, ws: Resource, acr: string): Tri {
  const v = ws.props.containerRegistry;
  if (!v || v.t === 'null') return createsWithoutRegistry(ws) ? false : 'unknown';
  const own: Target = graph.resolve(v, ws);
  if (own.state === 'found') return own.resource.name?.t === 'str' ? own.resource.name.value.toLowerCase() === acr : 'unknown';
  if (own.state === 'external' && own.name) return own.name.toLowerCase() === acr;
  const id = v.t === 'str' ? parseResourceId(v.value) : undefined;
  return id?.name ? id.name.toLowerCase() === acr : 'unknown';
}

/**
 * The identity a workspace acts as towards its resources: its system-assigned identity, or with
 * user-assigned only its primary one (or the only one listed). Undefined when not known here.
 */
export function workspaceIdentity(graph: Graph, w: Resource): { principal: Principal & { state: 'found' }; label: string; decl: Loc } | undefined {
  const id = w.identity;
  if (!id) return undefined;
  if (id.system === true && id.user !== true) return { principal: { state: 'found', resource: w, system: true }, label: `system-assigned identity of workspace '${nameOf(w)}'`, decl: id.decl };
  if (id.user !== true) return undefined;
  const primary = w.props.primaryUserAssignedIdentity ?? (id.system === false && id.userAssigned.length === 1 ? id.userAssigned[0] : undefined);
  if (!primary || primary.t === 'null') return id.system === true ? { principal: { state: 'found', resource: w, system: true }, label: `system-assigned identity of workspace '${nameOf(w)}'`, decl: id.decl } : undefined;
  const t = graph.resolve(primary, w);
  if (t.state !== 'found') return undefined;
  return { principal: { state: 'found', resource: t.resource, system: false }, label: `user-assigned identity '${nameOf(t.resource)}'`, decl: t.resource.decl };
}
