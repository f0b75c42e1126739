import { defineRule } from '../../src/rule/contract.js';
import { pairWorkspaces } from '../../src/model/match-workspaces.js';
import { nameOf } from '../../src/model/resource.js';
import type { Identity } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'workspace-identity-downgrade',
    severity: 'error',
    summary: 'A pull request changes a workspace from user-assigned identity back to system-assigned only.',
    description:
      'Pull-request mode only (`--base`, or the Action in a `pull_request` event). A workspace, matched by its name across files and formats (a renamed file, Bicep rewritten as Terraform), whose identity type was `system_assigned,user_assigned` or `user_assigned` at the base and is `system_assigned` at the head. Every spelling of the type is read the same (`SystemAssigned, UserAssigned`, `system_assigned,user_assigned`). Going from system-assigned to system- plus user-assigned is allowed and silent.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Una vez que se crea un área de trabajo con el tipo de identidad SAI, se puede actualizar a SAI+UAI, pero no volver de SAI+UAI a SAI.',
        english: 'Once a workspace is created with identity type SAI, it can be updated to SAI+UAI, but not back from SAI+UAI to SAI.',
      },
    ],
    why: 'Azure ML rejects the update, so the deployment fails after the pull request merged; where it does go through, the jobs and datastores that authenticated as the user-assigned identity lose access.',
    fix: 'Keep the user-assigned identities: leave the type at `system_assigned,user_assigned` (ARM and Bicep `SystemAssigned,UserAssigned`, Terraform `SystemAssigned, UserAssigned`) with the identities listed. To stop using one, remove it from the list instead of dropping the type.',
    tags: ['reliability', 'identity', 'pull-request'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      downgrade: "Workspace '{{name}}' goes from identity type '{{from}}' at the base to '{{to}}'; a workspace cannot go back from user-assigned to system-assigned identity only. Keep its user-assigned identities.",
    },
    securitySeverity: 5.0,
  },
  diff(ctx) {
    for (const [base, head] of pairWorkspaces(ctx.base, ctx.head)) {
      const from = base.identity;
      const to = head.identity;
      if (from?.user !== true || to?.system !== true || to.user !== false) continue;
      ctx.report({ at: to.type ?? to.decl, messageId: 'downgrade', data: { name: nameOf(head), from: typeText(from), to: typeText(to) } });
    }
  },
});

function typeText(id: Identity): string {
  return id.type?.t === 'str' ? id.type.value : id.system === true ? 'system_assigned,user_assigned' : 'user_assigned';
}
