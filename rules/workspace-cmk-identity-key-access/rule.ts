import { defineRule } from '../../src/rule/contract.js';
import { asPrincipal, samePrincipal, targetName, type Principal, type Target } from '../../src/model/graph.js';
import { accessPolicyWithKeyPermissions, kvPermissionModel } from '../../src/model/key-vault.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { requireActions } from '../../src/model/rbac/roles.js';
import type { Graph } from '../../src/model/graph.js';
import type { Tri } from '../../src/model/value.js';

const KV = 'Microsoft.KeyVault/vaults';
// What Key Vault Crypto Service Encryption User grants: read the key, wrap and unwrap with it.
const KEY_USE = requireActions('Key Vault Crypto Service Encryption User', {
  dataActions: ['Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action'],
});
const POLICY_KEYS = ['get', 'wrapKey', 'unwrapKey'];

export default defineRule({
  meta: {
    id: 'workspace-cmk-identity-key-access',
    severity: 'error',
    summary: 'A workspace encrypted with a customer-managed key names a user-assigned identity for it that cannot use the key.',
    description:
      "A workspace with a customer-managed key can name the user-assigned identity that authenticates to Key Vault for it (`user_assigned_identity_for_cmk_encryption`; ARM and Bicep `properties.encryption.identity.userAssignedIdentity`; Terraform `encryption { user_assigned_identity_id }`; azapi bodies alike). That identity must be able to get the key and wrap and unwrap with it: on a vault using the RBAC permission model, a role with those key data actions (for example **Key Vault Crypto Service Encryption User**) on the vault; on a vault using access policies, a policy with the `get`, `wrapKey` and `unwrapKey` key permissions. The vault is the one the encryption block names (`keyVaultArmId`, `key_vault_id`, `key_vault`), else the one in the key's URL. Reported when the identity and the vault are declared in the repository and nothing there could grant the access; a role assigned on the key itself keeps the rule silent.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'En un área de trabajo con claves administradas por el cliente para el cifrado, puede pasar una identidad administrada asignada por el usuario para autenticarse desde el almacenamiento en Key Vault.',
        english: 'In a workspace with customer-managed keys for encryption, you can pass a user-assigned managed identity to authenticate from storage to Key Vault.',
      },
    ],
    learn: [{ title: 'Customer-managed keys for Azure Machine Learning', url: 'https://learn.microsoft.com/azure/machine-learning/concept-customer-managed-keys' }],
    why: 'Workspace creation fails, or the encrypted resources become unreadable when the key is next unwrapped, because the identity is refused by Key Vault.',
    fix: "Grant the identity the Key Vault Crypto Service Encryption User role on the vault (RBAC vaults), or an access policy with the `get`, `wrapKey` and `unwrapKey` key permissions (access-policy vaults), before the workspace is created.",
    tags: ['reliability', 'identity', 'encryption', 'rbac'],
    formats: ['aml-yaml', 'bicep', 'arm', 'terraform'],
    messages: {
      rbac: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has no role allowing get, wrap and unwrap on that vault (such as Key Vault Crypto Service Encryption User).",
      policies: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has no access policy with the get, wrapKey and unwrapKey key permissions there.",
      neither: "Workspace '{{workspace}}' encrypts with a key in vault '{{vault}}' through identity '{{identity}}', which has neither a role nor an access policy allowing get, wrap and unwrap there.",
    },
    securitySeverity: 5.0,
  },
  create(ctx) {
    return {
      workspace(w) {
        const enc = w.props.encryption;
        if (!enc || !w.props.encryptionIdentity) return;
        const uai = ctx.graph.resolve(w.props.encryptionIdentity, w);
        if (uai.state !== 'found') return;
        const vault = vaultOf(ctx.graph, w);
        if (vault.state !== 'found') return;
        const who = asPrincipal(uai);
        if (roleOnAKey(ctx.graph, who)) return;
        const model = kvPermissionModel(vault.resource);
        const rbac: Tri = model === 'policies' ? false : ctx.graph.hasRole(who, KEY_USE, vault);
        const policy: Tri = model === 'rbac' ? false : accessPolicyWithKeyPermissions(ctx.graph, vault.resource, who, POLICY_KEYS);
        if (rbac !== false || policy !== false) return;
        const messageId: 'rbac' | 'policies' | 'neither' = model === 'unknown' ? 'neither' : model;
        ctx.report({
          at: enc,
          messageId,
          data: { workspace: nameOf(w), vault: targetName(vault), identity: targetName(uai) },
          related: [
            { at: uai.resource.decl, message: `identity '${targetName(uai)}'` },
            { at: vault.resource.decl, message: `key vault '${targetName(vault)}'` },
          ],
        });
      },
    };
  },
});

/** The vault the encryption block names, else the one in the key URL (`https://<vault>.vault.azure.net/keys/…`). */
function vaultOf(graph: Graph, w: Resource): Target {
  const named = w.props.encryptionKeyVault;
  if (named && named.t !== 'null') return graph.resolve(named, w);
  const key = w.props.encryptionKeyId;
  const host = key?.t === 'str' ? /^https:\/\/([a-z0-9-]+)\.vault\./i.exec(key.value.trim())?.[1] : undefined;
  return host ? graph.find(KV, host, w) : { state: 'unknown', why: 'no key vault named' };
}

/** A role assigned on a key (not the vault) to this identity: the model does not follow keys, so it cannot be ruled out. */
function roleOnAKey(graph: Graph, who: Principal): boolean {
  return graph.assignments.some((a) => {
    if (a.scope.kind !== 'resource' || samePrincipal(a.principal, who) === false) return false;
    const t = a.scope.target;
    return t.state === 'unknown' || (t.state === 'external' && /\/keys$/i.test(t.type ?? ''));
  });
}
