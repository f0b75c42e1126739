import { defineRule } from '../../src/rule/contract.js';
import { createsWithoutRegistry } from '../../src/model/aml/workspace.js';
import { anchorOf, nameOf } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'compute-before-registry',
    severity: 'note',
    summary: "A compute with a system-assigned identity in a workspace that has no container registry yet: AcrPull will not be granted to it automatically.",
    description:
      "A compute's system-assigned identity is granted AcrPull on the workspace's container registry automatically, but only when the compute is created after the registry. A workspace created without a registry (none in `container_registry`, `properties.containerRegistry` or `container_registry_id`) gets one later, on first need, so a compute created with it has no AcrPull on that registry and its jobs cannot pull their images until the role is assigned by hand. Hub projects use their hub's registry and are skipped.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Si crea el proceso antes de la creación de la instancia de ACR del área de trabajo, debe asignar el rol ACRPull manualmente.',
        english: "If you create the compute before the workspace's ACR instance is created, you must assign the ACRPull role manually.",
      },
    ],
    why: 'Jobs on the compute fail at image pull once the workspace creates its registry, with nothing in the repository showing why.',
    fix: 'Give the workspace a container registry you create yourself (admin user disabled) before the compute, or assign the compute\'s identity AcrPull on the registry once it exists.',
    tags: ['reliability', 'identity', 'registry'],
    formats: ['aml-yaml', 'bicep', 'arm', 'terraform', 'az-cli'],
    messages: {
      beforeRegistry: "Compute '{{compute}}' has a system-assigned identity, but workspace '{{workspace}}' has no container registry yet; the registry Azure ML creates later will not grant this compute AcrPull automatically.",
    },
    securitySeverity: 2.0,
  },
  create(ctx) {
    return {
      compute(c) {
        const id = c.identity;
        if (!id || id.system !== true) return;
        const ws = ctx.graph.workspaceOf(c);
        if (ws.state !== 'found' || !createsWithoutRegistry(ws.resource)) return;
        ctx.report({
          at: id.type ?? id.decl,
          messageId: 'beforeRegistry',
          data: { compute: nameOf(c), workspace: nameOf(ws.resource) },
          related: [{ at: anchorOf(ws.resource), message: `workspace '${nameOf(ws.resource)}' names no container registry` }],
        });
      },
    };
  },
});
