import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import { defineRule } from '../../src/rule/contract.js';
import { targetName, type Graph, type Target } from '../../src/model/graph.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { ACR_PULL } from '../../src/model/aml/requirements.js';
import { roleNeed, workspaceUnknown, type RoleNeed } from '../../src/rule/role-needs.js';

export default defineRule({
  meta: {
    id: 'compute-uai-acr-pull',
    severity: 'error',
    summary: "A compute with only user-assigned identity has no AcrPull on the workspace's container registry.",
    description:
      "A compute's system-assigned identity is granted AcrPull on the workspace registry automatically; a user-assigned identity is not. A cluster or instance that uses user-assigned identities only must have AcrPull (or AcrPush, Contributor, Owner) granted to each of them on the workspace's registry, or it cannot pull the images jobs run in. The compute's workspace is its parent resource (ARM, Bicep), its `machine_learning_workspace_id` (Terraform), or for AML YAML the workspace bound to its path in the configuration, else the only workspace in the repository.",
    source: [
      {
        statement: "A managed identity is automatically granted the ACRPull role on the workspace's ACR instance to enable pulling Docker images for training.",
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'A una identidad administrada se le concede automáticamente el rol ACRPull en la instancia de ACR del área de trabajo para habilitar la extracción de imágenes de Docker para el entrenamiento.' },
      },
      {
        statement: 'To let the compute cluster pull the base images, grant the managed service identity the ACRPull role on the private ACR instance.',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para permitir que el clúster de proceso extraiga las imágenes base, conceda el rol ACRPull de Managed Service Identity en la instancia de ACR privada.' },
      },
    ],
    why: 'Every job on the compute fails at image pull, after deployment.',
    fix: "Grant AcrPull on the workspace's registry to each user-assigned identity of the compute (`az role assignment create --assignee-object-id <principalId> --role AcrPull --scope <acr id>`, or an IaC role assignment).",
    tags: ['reliability', 'identity', 'rbac', 'registry'],
    formats: ['aml-yaml', 'bicep', 'terraform'],
    messages: {
      missing: "Compute '{{compute}}' uses user-assigned identity '{{identity}}' only, which has no AcrPull on registry '{{registry}}' of workspace '{{workspace}}'; grant AcrPull or jobs cannot pull their images.",
    },
    securitySeverity: 4.0,
  },
  requirements: (graph) => graph.of('compute').flatMap((c) => computeNeeds(graph, c)),
  create(ctx) {
    return {
      compute(c) {
        for (const need of computeNeeds(ctx.graph, c)) {
          const { identity: uai, on: acr, workspace: ws } = need;
          if (ws.state !== 'found' || acr.state !== 'found' || uai.state !== 'found' || need.held !== false) continue;
          ctx.report({
            at: c.identity!.decl,
            messageId: 'missing',
            data: { compute: nameOf(c), identity: targetName(uai), registry: targetName(acr), workspace: nameOf(ws.resource) },
            related: [
              { at: uai.resource.decl, message: `identity '${targetName(uai)}'` },
              { at: acr.resource.decl, message: `registry '${targetName(acr)}'` },
            ],
            fix: roleAssignmentFix(ctx, { principal: { resource: uai.resource, system: false }, scope: acr.resource, roleName: 'AcrPull' }),
          });
        }
      },
    };
  },
});

/** AcrPull on the workspace's registry for each user-assigned identity of a compute that has no system identity. */
function computeNeeds(graph: Graph, c: Resource): RoleNeed[] {
  const id = c.identity;
  if (!id || id.user !== true || id.system !== false) return [];
  const workspace = graph.workspaceOf(c);
  const on: Target = workspace.state === 'found' ? graph.resolve(workspace.resource.props.containerRegistry, workspace.resource) : { state: 'unknown', why: workspaceUnknown(workspace) };
  return id.userAssigned.map((u) => roleNeed(graph, { subject: c, workspace, identity: graph.resolve(u, c), role: 'AcrPull', requirement: ACR_PULL, on, what: 'container registry' }));
}
