import type { Graph, Principal } from './graph.js';
import { samePrincipal } from './graph.js';
import type { Resource } from './resource.js';
import { getCI, truthOf, type MValue, type Tri } from './value.js';

export type KvModel = 'rbac' | 'policies' | 'unknown';

/**
 * The vault's permission model. Written explicitly it is what it says; left out, it depends on
 * the API version (azure-facts.md §2.7): vaults created with 2026-02-01 or later default to RBAC,
 * earlier ones (and Terraform's older `enable_rbac_authorization`) to access policies.
 */
export function kvPermissionModel(kv: Resource): KvModel {
  const flag = kv.props.enableRbacAuthorization;
  if (flag) {
    const t = truthOf(flag);
    return t === true ? 'rbac' : t === false ? 'policies' : 'unknown';
  }
  const api = kv.props.apiVersion;
  if (api?.t === 'str') return api.value.slice(0, 10) >= '2026-02-01' ? 'rbac' : 'policies';
  return kv.format === 'terraform' ? 'policies' : 'unknown';
}

/** Permissions lists that grant purge: any list (keys, secrets, certificates, storage) with `purge` or `all`. */
function grantsPurge(permissions: MValue | undefined): Tri {
  if (!permissions) return false;
  if (permissions.t === 'unknown') return 'unknown';
  let result: Tri = false;
  const lists: MValue[] = permissions.t === 'obj' ? permissions.entries.map((e) => e.value) : [permissions];
  for (const list of lists) {
    if (list.t === 'unknown') result = 'unknown';
    if (list.t !== 'arr') continue;
    for (const item of list.items) {
      if (item.t === 'unknown') result = 'unknown';
      if (item.t === 'str' && /^(purge|all)$/i.test(item.value.trim())) return true;
    }
  }
  return result;
}

/** What a rule asks of one access policy's `permissions` (ARM shape: `{keys, secrets, certificates, storage}`). */
type PolicyTest = (permissions: MValue | undefined) => Tri;

/**
 * Does an access policy of the vault give `who` some permissions including purge? Policies come
 * from the vault itself and from separate policy resources (ARM `vaults/accessPolicies`,
 * Terraform `azurerm_key_vault_access_policy`) attached to it.
 */
export function accessPolicyWithPurge(graph: Graph, kv: Resource, who: Principal): Tri {
  return accessPolicyGrants(graph, kv, who, grantsPurge);
}

/** Does an access policy give `who` every one of these key permissions (`all` grants them all)? */
export function accessPolicyWithKeyPermissions(graph: Graph, kv: Resource, who: Principal, needed: string[]): Tri {
  return accessPolicyGrants(graph, kv, who, (permissions) => {
    const keys = getCI(permissions, 'keys');
    if (!keys) return false;
    if (keys.t !== 'arr') return keys.t === 'unknown' ? 'unknown' : false;
    const held = new Set<string>();
    let unknown = false;
    for (const item of keys.items) {
      if (item.t === 'str') held.add(item.value.trim().toLowerCase());
      else unknown = true;
    }
    if (held.has('all') || needed.every((n) => held.has(n.toLowerCase()))) return true;
    return unknown ? 'unknown' : false;
  });
}

function accessPolicyGrants(graph: Graph, kv: Resource, who: Principal, test: PolicyTest): Tri {
  let result: Tri = policiesGrant(graph, kv, kv.props.accessPolicies, who, test);
  if (result === true) return true;
  for (const extra of graph.of('keyVaultAccessPolicy')) {
    const on = attachedTo(graph, extra, kv);
    if (on === false) continue;
    const r = policiesGrant(graph, kv, extra.props.accessPolicies, who, test);
    if (r === true && on === true) return true;
    if (r !== false) result = 'unknown';
  }
  return result;
}

function attachedTo(graph: Graph, policy: Resource, kv: Resource): Tri {
  const vault = policy.props.keyVault ? graph.resolve(policy.props.keyVault, policy) : undefined;
  if (vault) return vault.state === 'found' ? vault.resource === kv || (vault.resource.file === kv.file && vault.resource.decl.range.start.line === kv.decl.range.start.line) : vault.state === 'unknown' ? 'unknown' : false;
  const full = policy.props.fullName;
  const kvName = kv.name?.t === 'str' ? kv.name.value.toLowerCase() : undefined;
  if (full?.t === 'str' && full.value.includes('/') && kvName) return full.value.split('/')[0].toLowerCase() === kvName;
  return 'unknown';
}

function policiesGrant(graph: Graph, kv: Resource, policies: MValue | undefined, who: Principal, test: PolicyTest): Tri {
  if (!policies) return false;
  if (policies.t === 'unknown') return 'unknown';
  if (policies.t !== 'arr') return 'unknown';
  let result: Tri = false;
  for (const p of policies.items) {
    if (p.t !== 'obj') {
      result = 'unknown';
      continue;
    }
    const principal = graph.principalOf(getCI(p, 'objectId') ?? getCI(p, 'object_id'), kv);
    const same = samePrincipal(principal, who);
    if (same === false) continue;
    // ARM nests the lists under `permissions`; Terraform access_policy blocks have them flat.
    const granted = test(getCI(p, 'permissions') ?? p);
    if (granted === false) continue;
    if (same === true && granted === true) return true;
    result = 'unknown';
  }
  return result;
}
