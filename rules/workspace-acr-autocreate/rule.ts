import { defineRule } from '../../src/rule/contract.js';
import { nameOf, type Format } from '../../src/model/resource.js';
import { get } from '../../src/model/value.js';

/** How each format spells the registry setting, for the message. */
const FIELD: Record<Format, string> = {
  'aml-yaml': 'container_registry',
  arm: 'properties.containerRegistry',
  bicep: 'properties.containerRegistry',
  terraform: 'container_registry_id',
  'az-cli': '--container-registry',
};

/** Keys that show a YAML document creates a workspace rather than patching one (`az ml workspace update`). */
const CREATION_KEYS = ['location', 'storage_account', 'key_vault', 'application_insights'];

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
        const acr = w.props.containerRegistry;
        if (acr && acr.t !== 'null') return;
        if (w.subKind === 'project' || w.subKind === 'hub' || (w.props.hubId && w.props.hubId.t !== 'null')) return;
        if (w.format === 'aml-yaml' && !CREATION_KEYS.some((k) => get(w.source, k) !== undefined)) return;
        // Point at the workspace itself: its name may come from a parameter file elsewhere.
        const at = w.name && w.name.loc.file === w.file ? w.name : w.decl;
        ctx.report({ at, messageId: 'noRegistry', data: { name: nameOf(w), field: FIELD[w.format] } });
      },
    };
  },
});
