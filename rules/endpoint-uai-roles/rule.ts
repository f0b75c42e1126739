import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import { defineRule } from '../../src/rule/contract.js';
import { roleNeed, type RoleNeed } from '../../src/rule/role-needs.js';
import { deploymentsOf, endpointConnectionRefs, keyVaultRefs } from '../../src/model/aml/secret-refs.js';
import { targetName, type Graph, type Target } from '../../src/model/graph.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { ACR_PULL, BLOB_READ, CONNECTION_SECRETS as SECRETS, KEY_VAULT_SECRET_READ } from '../../src/model/aml/requirements.js';
import { requireRole } from '../../src/model/rbac/roles.js';
import type { Requirement } from '../../src/model/rbac/types.js';
import { normEnum } from '../../src/model/value.js';

const METRICS = requireRole('AzureML Metrics Writer (preview)');

export default defineRule({
  meta: {
    id: 'endpoint-uai-roles',
    severity: 'error',
    summary: 'An online endpoint with a user-assigned identity lacks a role its deployments need.',
    description:
      "An online endpoint's system-assigned identity is granted AcrPull and Storage Blob Data Reader automatically; a user-assigned identity is not. It needs **AcrPull** on the workspace registry and **Storage Blob Data Reader** on the workspace storage (Contributor and Owner do not grant blob data access); **AzureML Metrics Writer** on the workspace is optional (a note); with secret injection enforced (`enforce_access_to_default_secret_stores: enabled`), or when a deployment of the endpoint (linked by `endpoint_name`) references a workspace connection in its `environment_variables` (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`), it needs **Azure Machine Learning Workspace Connection Secrets Reader** (or any role allowing `connections/listsecrets/action`) on the workspace: secret injection reads the connection with the endpoint identity. A Key Vault reference (`${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`) to a vault declared in the repository needs **Key Vault Secrets User** (or any role allowing `secrets/getSecret/action`) on that vault.",
    source: [
      {
        statement: 'For a system-assigned identity, the identity is created with the endpoint and roles with fundamental permissions (such as Azure Container Registry pull and storage blob data reader) are assigned automatically.',
        url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
        seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Para un identidad asignada por el sistema, la identidad se crea automáticamente al crear el punto de conexión y los roles con permisos fundamentales (como el permiso de extracción de Azure Container Registry y el lector de datos de blobs de almacenamiento) se asignan automáticamente.' },
      },
      {
        statement: 'Whether the role assignment was made automatically or manually, secret retrieval and injection are triggered if you mapped environment variables to secret references in the deployment definition, and they use the endpoint identity to do so.',
        url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
        seed: { file: '004_0187e83670ac0fb2.txt', quote: 'Independientemente de si la asignación de roles se realizó automáticamente o manualmente, la recuperación e inserción de secretos se desencadenará si ha asignado las variables de entorno con referencias secretas en la definición de implementación, y usará la identidad del punto de conexión para hacerlo.' },
      },
    ],
    why: 'The deployment fails to pull its image or download its model, and fails to start, after the endpoint was created.',
    fix: "Before creating the endpoint, grant its identity AcrPull on the workspace registry and Storage Blob Data Reader on the workspace storage account (and the Connection Secrets Reader role on the workspace when its deployments inject connection secrets or secret injection is enforced).",
    learn: [{ title: 'Access secrets from online deployment using secret injection', url: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-online-endpoint-with-secret-injection' }],
    tags: ['reliability', 'identity', 'rbac'],
    formats: ['aml-yaml', 'bicep'],
    messages: {
      missing: "Online endpoint '{{endpoint}}' uses user-assigned identity '{{identity}}', which has no {{role}} on {{what}} '{{target}}'; grant it before deploying.",
      metrics: "Online endpoint '{{endpoint}}' identity '{{identity}}' has no AzureML Metrics Writer on workspace '{{target}}'; deployments cannot write metrics (optional).",
    },
    securitySeverity: 4.0,
  },
  requirements: (graph) => graph.of('onlineEndpoint').flatMap((e) => endpointNeeds(graph, e)),
  create(ctx) {
    return {
      onlineEndpoint(e) {
        for (const need of endpointNeeds(ctx.graph, e)) {
          const { identity: uai, on: target } = need;
          if (need.workspace.state !== 'found' || uai.state !== 'found' || target.state !== 'found' || need.held !== false) continue;
          const messageId: 'metrics' | 'missing' = need.optional ? 'metrics' : 'missing';
          ctx.report({
            at: e.identity!.decl,
            messageId,
            severity: need.optional ? 'note' : undefined,
            data: { endpoint: nameOf(e), identity: targetName(uai), role: need.role, what: need.what, target: targetName(target) },
            related: [
              { at: uai.resource.decl, message: `identity '${targetName(uai)}'` },
              { at: target.resource.decl, message: `${need.what} '${targetName(target)}'` },
              ...(need.because ?? []),
            ],
            fix: roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: target.resource, roleName: need.role }),
          });
        }
      },
    };
  },
});

/**
 * What an online endpoint's (first) user-assigned identity needs: AcrPull on the workspace
 * registry, blob read on its storage, Metrics Writer (optional); the connection secrets reader role
 * on the workspace when secret injection is enforced or a deployment injects a connection secret;
 * Key Vault Secrets User on each vault a deployment injects a secret from.
 */
function endpointNeeds(graph: Graph, e: Resource): RoleNeed[] {
  const id = e.identity;
  if (!id || id.user !== true || id.userAssigned.length === 0) return [];
  const workspace = graph.workspaceOf(e);
  if (workspace.state !== 'found') return [];
  const identity = graph.resolve(id.userAssigned[0], e);
  const enforce = e.props.enforceAccessToDefaultSecretStores;
  const enforced = enforce?.t === 'str' && normEnum(enforce.value) === 'enabled';
  // Secret injection: deployments whose environment variables reference workspace connections.
  const refs = endpointConnectionRefs(graph, e);
  const of = (prop: 'containerRegistry' | 'storageAccount'): Target => graph.resolve(workspace.resource.props[prop], workspace.resource);
  const need = (requirement: Requirement, what: string, on: Target, optional?: boolean, because?: RoleNeed['because']) => roleNeed(graph, { subject: e, workspace, identity, role: requirement.label, requirement, on, what, optional, because });
  return [
    need(ACR_PULL, 'registry', of('containerRegistry')),
    need(BLOB_READ, 'storage account', of('storageAccount')),
    need(METRICS, 'workspace', workspace, true),
    ...(enforced || refs.length ? [need(SECRETS, 'workspace', workspace, false, refs.map((r) => ({ at: r.value, message: `deployment '${nameOf(r.deployment)}' injects a secret of connection '${r.connection}'` })))] : []),
    // Key Vault references: the endpoint identity reads the secret from the vault (never granted automatically).
    ...deploymentsOf(graph, e)
      .flatMap(keyVaultRefs)
      .map((ref) => need(KEY_VAULT_SECRET_READ, 'key vault', graph.find('Microsoft.KeyVault/vaults', ref.vault, e), false, [{ at: ref.value, message: `deployment '${nameOf(ref.deployment)}' injects a secret of key vault '${ref.vault}'` }])),
  ];
}
