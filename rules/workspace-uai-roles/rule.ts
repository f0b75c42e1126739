import { defineRule } from '../../src/rule/contract.js';
import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import { targetName, type Graph, type Target } from '../../src/model/graph.js';
import { accessPolicyWithPurge, kvPermissionModel } from '../../src/model/key-vault.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { requireActions, requireRole } from '../../src/model/rbac/roles.js';
import type { Requirement } from '../../src/model/rbac/types.js';
import type { MValue } from '../../src/model/value.js';
import { roleNeed, type RoleNeed } from '../../src/rule/role-needs.js';

type On = 'workspace' | 'storageAccount' | 'keyVault' | 'containerRegistry' | 'applicationInsights';

const CONTRIBUTOR = requireRole('Contributor');
const BLOB_CONTRIBUTOR = requireRole('Storage Blob Data Contributor');
// Key Vault Administrator's data-plane permissions; its control-plane reads are covered by Contributor.
const KV_ADMIN = requireActions('Key Vault Administrator', { dataActions: ['Microsoft.KeyVault/vaults/*'] });

const LABEL: Record<On, string> = { workspace: 'workspace', storageAccount: 'storage account', keyVault: 'key vault', containerRegistry: 'container registry', applicationInsights: 'Application Insights' };

export default defineRule({
  meta: {
    id: 'workspace-uai-roles',
    severity: 'error',
    summary: "A workspace's primary user-assigned identity lacks a role the workspace needs on itself or its resources.",
    description:
      'A workspace whose identity is user-assigned gets no automatic role assignments: its primary identity needs **Contributor** on the workspace, the storage account, the container registry and Application Insights; on the key vault, **Contributor** plus **Key Vault Administrator** when the vault uses the RBAC permission model, or **Contributor** plus an access policy that includes purge when it uses access policies. **Storage Blob Data Contributor** on the storage account is optional (it enables data preview in the studio) and is reported as a note. Role assignments are read from ARM, Bicep, Terraform and `az role assignment create`, across files; a role held at the resource group or subscription, or through Owner, counts. When an assignment might grant the role but its principal or scope cannot be resolved, nothing is reported. When the identity or the resource is not declared in the repository, a note says it cannot be verified (option `external`).',
    source: [
      {
        statement: 'The following Azure RBAC role assignments are required on the user-assigned managed identity for the Azure Machine Learning workspace to access data on the workspace-associated resources.',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Las siguientes asignaciones de roles RBAC de Azure son necesarias en la identidad administrada asignada por el usuario para que el área de trabajo de Azure Machine Learning acceda a los datos de los recursos asociados al área de trabajo.' },
      },
    ],
    why: 'The workspace cannot reach its own storage, key vault or registry: creation or updates fail, jobs cannot mount data, and image builds fail, long after the pull request was merged.',
    fix: 'Add the missing role assignment for the identity\'s principal ID at the resource (or its resource group), e.g. Bicep `Microsoft.Authorization/roleAssignments` with `scope: storage` and `principalId: uai.properties.principalId`, Terraform `azurerm_role_assignment`, or `az role assignment create --assignee-object-id <principalId> --role Contributor --scope <id>`.',
    tags: ['reliability', 'identity', 'rbac'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
    messages: {
      missing: "Workspace '{{workspace}}' uses user-assigned identity '{{identity}}', which has no {{role}} on {{what}} '{{target}}'; assign it, or the workspace cannot use the {{what}}.",
      optional: "Workspace identity '{{identity}}' has no Storage Blob Data Contributor on storage account '{{target}}'; data preview in the studio will not work (optional).",
      mayHold: "Cannot tell whether workspace '{{workspace}}' identity '{{identity}}' holds {{role}} on {{what}} '{{target}}': an assignment might grant it, but its principal or scope is not known statically.",
      cannotVerify: "Cannot verify the roles of workspace '{{workspace}}' identity '{{identity}}': {{why}} is not declared in this repository.",
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        external: { enum: ['note', 'off'], default: 'note', description: 'What to do when the identity or a resource is declared outside the repository.' },
        unknown: { enum: ['note', 'off'], default: 'off', description: 'What to do when an assignment might grant the role but its principal or scope cannot be resolved.' },
      },
    },
    securitySeverity: 5.0,
  },
  requirements: (graph) => graph.of('workspace').flatMap((w) => workspaceNeeds(graph, w)),
  create(ctx) {
    const external = ctx.options.external !== 'off';
    const noteUnknown = ctx.options.unknown === 'note';
    return {
      workspace(w) {
        const needs = workspaceNeeds(ctx.graph, w);
        const reportedExternal = new Set<string>();
        for (const need of needs) {
          const { identity: uai, on: target } = need;
          if (uai.state === 'unknown') return;
          if (target.state === 'unknown') continue;
          const at = w.identity!.decl;
          const data = { workspace: nameOf(w), identity: targetName(uai), role: need.role, what: need.what, target: targetName(target) };
          const related = relatedOf(uai, target);
          if (uai.state === 'external' || target.state === 'external') {
            // An identity declared elsewhere makes every check unverifiable: say it once.
            const key = uai.state === 'external' ? 'identity' : need.what;
            if (external && !reportedExternal.has(key)) {
              reportedExternal.add(key);
              ctx.report({ at, messageId: 'cannotVerify', severity: 'note', data: { ...data, why: uai.state === 'external' ? `identity '${targetName(uai)}'` : `${need.what} '${targetName(target)}'` }, related });
            }
            continue;
          }
          if (need.held === 'unknown' && noteUnknown && !need.optional) ctx.report({ at, messageId: 'mayHold', severity: 'note', data, related });
          if (need.held !== false) continue;
          const fix = uai.state === 'found' && target.state === 'found' && need.requirement ? roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: target.resource, roleName: need.role }) : undefined;
          if (need.optional) ctx.report({ at, messageId: 'optional', severity: 'note', data, related, fix });
          else ctx.report({ at, messageId: 'missing', data, related, fix });
        }
      },
    };
  },
});

/**
 * What a workspace's primary user-assigned identity needs: Contributor on the workspace and each
 * associated resource, the key vault's data-plane access for its permission model, and (optional)
 * Storage Blob Data Contributor. A workspace without user-assigned identity needs nothing here.
 */
function workspaceNeeds(graph: Graph, w: Resource): RoleNeed[] {
  const id = w.identity;
  if (!id || id.user !== true) return [];
  const primary: MValue | undefined = w.props.primaryUserAssignedIdentity ?? (id.system === false && id.userAssigned.length === 1 ? id.userAssigned[0] : undefined);
  if (!primary || primary.t === 'null') return [];
  const identity = graph.resolve(primary, w);
  const workspace: Target = { state: 'found', resource: w };
  const targetOf = (on: On): Target => (on === 'workspace' ? workspace : graph.resolve(w.props[on], w));
  const kv = targetOf('keyVault');
  const kvModel = kv.state === 'found' ? kvPermissionModel(kv.resource) : 'unknown';
  const need = (on: On, role: string, requirement: Requirement, optional?: boolean) => roleNeed(graph, { subject: w, workspace, identity, role, requirement, on: targetOf(on), what: LABEL[on], optional });
  return [
    need('workspace', 'Contributor', CONTRIBUTOR),
    need('storageAccount', 'Contributor', CONTRIBUTOR),
    need('storageAccount', 'Storage Blob Data Contributor', BLOB_CONTRIBUTOR, true),
    need('keyVault', 'Contributor', CONTRIBUTOR),
    ...(kvModel === 'rbac' ? [need('keyVault', 'Key Vault Administrator', KV_ADMIN)] : []),
    ...(kvModel === 'policies' ? [roleNeed(graph, { subject: w, workspace, identity, role: 'access policy including purge', on: kv, what: LABEL.keyVault }, (who, vault) => accessPolicyWithPurge(graph, vault, who))] : []),
    need('containerRegistry', 'Contributor', CONTRIBUTOR),
    need('applicationInsights', 'Contributor', CONTRIBUTOR),
  ];
}

function relatedOf(uai: Target, target: Target) {
  const out = [];
  if (uai.state === 'found') out.push({ at: uai.resource.decl, message: `identity '${targetName(uai)}'` });
  if (target.state === 'found') out.push({ at: target.resource.decl, message: `${target.resource.kind} '${targetName(target)}'` });
  return out;
}
