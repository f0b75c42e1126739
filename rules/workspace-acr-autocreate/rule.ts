import { defineRule } from '../../src/rule/contract.js';
import { anchorOf, nameOf, type Format } from '../../src/model/resource.js';
import { createsWithoutRegistry } from '../../src/model/aml/workspace.js';

/** How each format spells the registry setting, for the message. */
const FIELD: Record<Format, string> = {
  'aml-yaml': 'container_registry',
  arm: 'properties.containerRegistry',
  bicep: 'properties.containerRegistry',
  terraform: 'container_registry_id',
  'az-cli': '--container-registry',
};

export default defineRule({
  meta: {
    id: 'workspace-acr-autocreate',
    severity: 'warning',
    summary: 'A workspace names no container registry, so Azure ML creates one with the admin account enabled.',
    description:
      'When a workspace is created without a container registry, Azure ML creates one the first time it needs to build an image, and that registry has its admin user enabled. Bring your own registry with the admin user disabled. Project workspaces under a hub (`hub_id`) use the hub\'s registry and are skipped; a YAML document with none of `location`, `storage_account`, `key_vault`, `application_insights` is read as an update and skipped.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Si permite que Azure Machine Learning cree automáticamente ACR, se habilitará la cuenta de administrador.',
        english: 'If you let Azure Machine Learning create the ACR automatically, the admin account will be enabled.',
      },
    ],
    why: 'A registry with its admin user enabled has a shared username and password that bypass Entra ID and RBAC; the auto-created one appears after the fact, outside your infrastructure code.',
    fix: 'Create an Azure Container Registry with the admin user disabled and reference it: `container_registry: /subscriptions/…/providers/Microsoft.ContainerRegistry/registries/<name>`.',
    tags: ['security', 'registry'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
    messages: {
      noRegistry: "Workspace '{{name}}' names no container registry; Azure ML will create one with the admin user enabled. Set {{field}} to a registry you create with admin disabled.",
    },
    securitySeverity: 5.0,
  },
  create(ctx) {
    return {
      workspace(w) {
        if (!createsWithoutRegistry(w)) return;
        ctx.report({ at: anchorOf(w), messageId: 'noRegistry', data: { name: nameOf(w), field: FIELD[w.format] } });
      },
    };
  },
});
