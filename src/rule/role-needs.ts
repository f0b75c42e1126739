import { asPrincipal, targetName, type Graph, type Principal, type Target } from '../model/graph.js';
import type { Resource } from '../model/resource.js';
import type { Requirement } from '../model/rbac/types.js';
import type { Loc } from '../model/located.js';
import type { MValue, Tri } from '../model/value.js';

/**
 * One role an identity needs on a resource, as a role rule checks it, with the answer. Rules
 * compute their needs once (`requirements` in the rule contract) and report on them; the identity
 * map draws the same needs, so it shows exactly what the rules check.
 */
export interface RoleNeed {
  /** The resource whose identity needs the role: a workspace, compute, online endpoint, datastore… */
  subject: Resource;
  /** The workspace the subject belongs to (the map draws one diagram per workspace). */
  workspace: Target;
  /** The identity that needs the role. */
  identity: Target;
  /** The role as messages name it (`AcrPull`, `Contributor`, `access policy including purge`). */
  role: string;
  /** The permissions needed; absent when the need is not an Azure role (a Key Vault access policy). */
  requirement?: Requirement;
  /** The resource the role is needed on. */
  on: Target;
  /** What that resource is, in words (`container registry`). */
  what: string;
  /** A role that only enables an optional feature (the rule reports a note). */
  optional?: boolean;
  /** Granted (true), missing (false), or cannot tell ('unknown', see `why`). */
  held: Tri;
  /** Why the answer is unknown. */
  why?: string;
  /** What makes the role needed, when it is not always needed (a deployment injecting a secret): related locations. */
  because?: { at: MValue | Loc; message: string }[];
}

export type NeedFields = Omit<RoleNeed, 'held' | 'why'>;

/** Answers a need that is not an RBAC role (a Key Vault access policy). */
export type HeldCheck = (who: Principal, on: Resource) => Tri;

/**
 * The answer to one need. An identity or resource that cannot be resolved makes it unknown; one
 * declared outside the repository makes a "no" unknown (it may hold the role from elsewhere).
 */
export function roleNeed(graph: Graph, need: NeedFields, check?: HeldCheck): RoleNeed {
  const { identity, on, what } = need;
  if (identity.state === 'unknown') return { ...need, held: 'unknown', why: `identity not resolved: ${identity.why}` };
  if (on.state === 'unknown') return { ...need, held: 'unknown', why: `${what} not resolved: ${on.why}` };
  const who = asPrincipal(identity);
  let held: Tri;
  if (check) held = on.state === 'found' ? check(who, on.resource) : 'unknown';
  else if (need.requirement) held = graph.hasRole(who, need.requirement, on);
  else throw new Error(`need '${need.role}' has neither a requirement nor a check`);
  if (held === true) return { ...need, held };
  const outside = identity.state === 'external' ? `identity '${targetName(identity)}'` : on.state === 'external' ? `${what} '${targetName(on)}'` : undefined;
  if (outside) return { ...need, held: 'unknown', why: `${outside} is declared outside this repository` };
  if (held === 'unknown') return { ...need, held, why: 'an assignment might grant it, but its principal, scope or role is not known statically' };
  return { ...need, held };
}

/** Why a workspace's resources cannot be named: its workspace is not resolved, or is declared elsewhere. */
export function workspaceUnknown(ws: Target): string {
  return ws.state === 'unknown' ? `its workspace is not known (${ws.why})` : `its workspace '${targetName(ws)}' is declared outside this repository`;
}
