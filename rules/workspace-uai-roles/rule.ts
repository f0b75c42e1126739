import { defineRule } from '../../src/rule/contract.js';
import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import { asPrincipal, targetName, type Target } from '../../src/model/graph.js';
import { accessPolicyWithPurge, kvPermissionModel } from '../../src/model/key-vault.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { requireActions, requireRole } from '../../src/model/rbac/roles.js';
import type { Requirement as Need } from '../../src/model/rbac/types.js';
import type { MValue, Tri } from '../../src/model/value.js';

interface Requirement {
  role: Need | 'access policy with purge';
  on: 'workspace' | 'storageAccount' | 'keyVault' | 'containerRegistry' | 'applicationInsights';
  label: string;
  optional?: boolean;
}

const CONTRIBUTOR = requireRole('Contributor');
const BLOB_CONTRIBUTOR = requireRole('Storage Blob Data Contributor');
// Key Vault Administrator's data-plane permissions; its control-plane reads are covered by Contributor.
const KV_ADMIN = requireActions('Key Vault Administrator', { dataActions: ['Microsoft.KeyVault/vaults/*'] });

const LABEL = { workspace: 'workspace', storageAccount: 'storage account', keyVault: 'key vault', containerRegistry: 'container registry', applicationInsights: 'Application Insights' };

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
  create(ctx) {
    const external = ctx.options.external !== 'off';
    const noteUnknown = ctx.options.unknown === 'note';
    return {
      workspace(w) {
        const id = w.identity;
        if (!id || id.user !== true) return;
        const primary: MValue | undefined = w.props.primaryUserAssignedIdentity ?? (id.system === false && id.userAssigned.length === 1 ? id.userAssigned[0] : undefined);
        if (!primary || primary.t === 'null') return;
        const uai = ctx.graph.resolve(primary, w);
        if (uai.state === 'unknown') return;
        const who = asPrincipal(uai);
        const kv = ctx.graph.resolve(w.props.keyVault, w);
        const kvModel = kv.state === 'found' ? kvPermissionModel(kv.resource) : 'unknown';
        const reqs: Requirement[] = [
          { role: CONTRIBUTOR, on: 'workspace', label: 'Contributor' },
          { role: CONTRIBUTOR, on: 'storageAccount', label: 'Contributor' },
          { role: BLOB_CONTRIBUTOR, on: 'storageAccount', label: 'Storage Blob Data Contributor', optional: true },
          { role: CONTRIBUTOR, on: 'keyVault', label: 'Contributor' },
          ...(kvModel === 'rbac' ? [{ role: KV_ADMIN, on: 'keyVault', label: 'Key Vault Administrator' } as Requirement] : []),
          ...(kvModel === 'policies' ? [{ role: 'access policy with purge', on: 'keyVault', label: 'access policy including purge' } as Requirement] : []),
          { role: CONTRIBUTOR, on: 'containerRegistry', label: 'Contributor' },
          { role: CONTRIBUTOR, on: 'applicationInsights', label: 'Contributor' },
        ];
        const reportedExternal = new Set<string>();
        for (const req of reqs) {
          const target: Target = req.on === 'workspace' ? { state: 'found', resource: w } : ctx.graph.resolve(w.props[req.on], w);
          if (target.state === 'unknown') continue;
          const data = { workspace: nameOf(w), identity: targetName(uai), role: req.label, what: LABEL[req.on], target: targetName(target) };
          const related = relatedOf(uai, target);
          if (uai.state === 'external' || target.state === 'external') {
            // An identity declared elsewhere makes every check unverifiable: say it once.
            const key = uai.state === 'external' ? 'identity' : req.on;
            if (external && !reportedExternal.has(key)) {
              reportedExternal.add(key);
              ctx.report({ at: id.decl, messageId: 'cannotVerify', severity: 'note', data: { ...data, why: uai.state === 'external' ? `identity '${targetName(uai)}'` : `${LABEL[req.on]} '${targetName(target)}'` }, related });
            }
            continue;
          }
          const held: Tri = req.role === 'access policy with purge' ? accessPolicyWithPurge(ctx.graph, (target as { resource: Resource }).resource, who) : ctx.graph.hasRole(who, req.role, target);
          if (held === 'unknown' && noteUnknown && !req.optional) ctx.report({ at: id.decl, messageId: 'mayHold', severity: 'note', data, related });
          if (held !== false) continue;
          const fix = uai.state === 'found' && target.state === 'found' && req.role !== 'access policy with purge' ? roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: target.resource, roleName: req.label }) : undefined;
          if (req.optional) ctx.report({ at: id.decl, messageId: 'optional', severity: 'note', data, related, fix });
          else ctx.report({ at: id.decl, messageId: 'missing', data, related, fix });
        }
      },
    };
  },
});

function relatedOf(uai: Target, target: Target) {
  const out = [];
  if (uai.state === 'found') out.push({ at: uai.resource.decl, message: `identity '${targetName(uai)}'` });
  if (target.state === 'found') out.push({ at: target.resource.decl, message: `${target.resource.kind} '${targetName(target)}'` });
  return out;
}
