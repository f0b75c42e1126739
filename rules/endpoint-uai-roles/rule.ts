import { defineRule } from '../../src/rule/contract.js';
import { roleNeed, workspaceUnknown, type RoleNeed } from '../../src/rule/role-needs.js';
import { targetName, type Graph, type Target } from '../../src/model/graph.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { requireActions, requireRole } from '../../src/model/rbac/roles.js';
import type { Requirement } from '../../src/model/rbac/types.js';
import { normEnum } from '../../src/model/value.js';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const ACR_PULL = requireActions('AcrPull', { actions: ['Microsoft.ContainerRegistry/registries/pull/read'] });
const BLOB_READ = requireActions('Storage Blob Data Reader', { dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'] });
const METRICS = requireRole('AzureML Metrics Writer (preview)');
// The seed: the Connection Secrets Reader role, or any role that allows listing connection secrets.
const SECRETS = requireActions('Azure Machine Learning Workspace Connection Secrets Reader', { actions: [`${ML}/connections/listsecrets/action`] });

export default defineRule({
  meta: {
    id: 'endpoint-uai-roles',
    severity: 'error',
    summary: 'An online endpoint with a user-assigned identity lacks a role its deployments need.',
    description:
      "An online endpoint's system-assigned identity is granted AcrPull and Storage Blob Data Reader automatically; a user-assigned identity is not. It needs **AcrPull** on the workspace registry and **Storage Blob Data Reader** on the workspace storage (Contributor and Owner do not grant blob data access); **AzureML Metrics Writer** on the workspace is optional (a note); with secret injection enforced (`enforce_access_to_default_secret_stores: enabled`) it needs **Azure Machine Learning Workspace Connection Secrets Reader** on the workspace.",
    seed: [
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'Para un identidad asignada por el sistema, la identidad se crea automáticamente al crear el punto de conexión y los roles con permisos fundamentales (como el permiso de extracción de Azure Container Registry y el lector de datos de blobs de almacenamiento) se asignan automáticamente.',
        english: 'For a system-assigned identity, the identity is created with the endpoint and roles with fundamental permissions (such as Azure Container Registry pull and storage blob data reader) are assigned automatically.',
      },
    ],
    why: 'The deployment fails to pull its image or download its model, and fails to start, after the endpoint was created.',
    fix: "Before creating the endpoint, grant its identity AcrPull on the workspace registry and Storage Blob Data Reader on the workspace storage account (and the Connection Secrets Reader role on the workspace when secret injection is enforced).",
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
            ],
          });
        }
      },
    };
  },
});

/**
 * What an online endpoint's (first) user-assigned identity needs: AcrPull on the workspace
 * registry, blob read on its storage, Metrics Writer (optional) and, with secret injection
 * enforced, the connection secrets reader role on the workspace.
 */
function endpointNeeds(graph: Graph, e: Resource): RoleNeed[] {
  const id = e.identity;
  if (!id || id.user !== true || id.userAssigned.length === 0) return [];
  const workspace = graph.workspaceOf(e);
  const identity = graph.resolve(id.userAssigned[0], e);
  const enforce = e.props.enforceAccessToDefaultSecretStores;
  const secrets = enforce?.t === 'str' && normEnum(enforce.value) === 'enabled';
  const of = (prop: 'containerRegistry' | 'storageAccount'): Target => (workspace.state === 'found' ? graph.resolve(workspace.resource.props[prop], workspace.resource) : { state: 'unknown', why: workspaceUnknown(workspace) });
  const need = (requirement: Requirement, what: string, on: Target, optional?: boolean) => roleNeed(graph, { subject: e, workspace, identity, role: requirement.label, requirement, on, what, optional });
  return [
    need(ACR_PULL, 'registry', of('containerRegistry')),
    need(BLOB_READ, 'storage account', of('storageAccount')),
    need(METRICS, 'workspace', workspace, true),
    ...(secrets ? [need(SECRETS, 'workspace', workspace)] : []),
  ];
}
