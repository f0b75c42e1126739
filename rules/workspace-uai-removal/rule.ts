import { defineRule } from '../../src/rule/contract.js';
import { sameUai, uaiRef, type UaiRef } from '../../src/model/identity.js';
import { pairWorkspaces } from '../../src/model/match-workspaces.js';
import { nameOf } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'workspace-uai-removal',
    severity: 'warning',
    summary: 'A pull request leaves out user-assigned identities a workspace had: they will be detached.',
    description:
      'Pull-request mode only (`--base`, or the Action in a `pull_request` event). For a workspace matched by its name across files and formats, every user-assigned identity listed at the base and missing from the head list is named. Identities are compared by resource ID, case-insensitively, or by name or declaration when the ID is a reference (`uai.id`, `azurerm_user_assigned_identity.x.id`). Reordering the list is silent; an entry whose value cannot be known makes the rule silent for that workspace. A head that drops user-assigned identity altogether is `workspace-identity-downgrade`.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Para eliminar una o varias UAI existentes, puede colocar los id. de la UAI que deben conservarse en la sección user_assigned_identities, el resto de id. de UAI se eliminarán.',
        english: 'To remove one or more existing UAIs, put the IDs of the UAIs to keep in the user_assigned_identities section; the other UAI IDs will be removed.',
      },
    ],
    why: 'An update replaces the whole list: an identity left out is detached from the workspace, and whatever authenticated as it (jobs, datastores, the workspace itself if it was the primary) fails with authorization errors after deploy.',
    fix: 'List every identity the workspace keeps, including the ones already attached. If the removal is intended, make sure nothing still uses the identity (primary identity, compute, datastores), then suppress the finding with a reason.',
    tags: ['reliability', 'identity', 'pull-request'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      removed: "Workspace '{{name}}' no longer lists user-assigned identity '{{identity}}', which it had at the base; the update will detach it. List it again to keep it.",
    },
    securitySeverity: 4.0,
  },
  diff(ctx) {
    for (const [base, head] of pairWorkspaces(ctx.base, ctx.head)) {
      if (base.identity?.user !== true || head.identity?.user !== true) continue;
      const before = known(base.identity.userAssigned.map(uaiRef));
      const after = known(head.identity.userAssigned.map(uaiRef));
      if (!before || !after) continue; // an entry we cannot read could be any identity
      for (const gone of before.filter((b) => !after.some((a) => sameUai(a, b)))) {
        ctx.report({ at: head.identity.decl, messageId: 'removed', data: { name: nameOf(head), identity: gone.label } });
      }
    }
  },
});

function known(refs: (UaiRef | undefined)[]): UaiRef[] | undefined {
  return refs.every((r) => r !== undefined) ? (refs as UaiRef[]) : undefined;
}
