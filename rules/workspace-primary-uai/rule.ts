import { defineRule } from '../../src/rule/contract.js';
import { primaryFix } from './fix.js';
import { nameOf } from '../../src/model/resource.js';
import { sameResourceId } from '../../src/model/identity.js';
import { isPlaceholder } from '../../src/model/placeholder.js';

export default defineRule({
  meta: {
    id: 'workspace-primary-uai',
    severity: 'error',
    summary: 'A workspace with only user-assigned identity names no primary identity, or a primary that is not attached.',
    description:
      'A workspace that uses user-assigned identity only must say which one is the workspace identity with `primary_user_assigned_identity`, and that identity must be one of those listed in `identity.user_assigned_identities`. Resource IDs are compared case-insensitively. With `system_assigned,user_assigned` and no primary, the system-assigned identity stays the workspace identity, so the rule is silent.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'primary_user_assigned_identity: <one of the UAI resource IDs in the above list>',
        english: 'The workspace YAML of the seed sets primary_user_assigned_identity to one of the UAI resource IDs listed under identity.user_assigned_identities.',
      },
    ],
    why: 'The workspace create or update is rejected, or the workspace runs with an identity that does not hold the roles you granted to the one you meant.',
    fix: 'Add `primary_user_assigned_identity: <resource ID>` naming one of the identities under `identity.user_assigned_identities`, or add the primary to that list.',
    tags: ['reliability', 'identity'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      missing: "Workspace '{{name}}' uses user-assigned identity only but sets no primary_user_assigned_identity; name one of its user-assigned identities as primary.",
      notListed: "Workspace '{{name}}' names primary identity '{{primary}}', which is not among its user_assigned_identities; list it there or pick a listed one.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      workspace(w) {
        const id = w.identity;
        if (!id || id.user !== true) return;
        const name = nameOf(w);
        const primary = w.props.primaryUserAssignedIdentity;
        if (!primary || primary.t === 'null') {
          if (id.system === false) ctx.report({ at: id.decl, messageId: 'missing', data: { name }, fix: primaryFix(w, name, ctx.source(w.file)) });
          return;
        }
        if (primary.t !== 'str' || isPlaceholder(primary.value)) return;
        const listed: string[] = [];
        for (const u of id.userAssigned) {
          if (u.t !== 'str' || isPlaceholder(u.value)) return; // cannot tell
          listed.push(u.value);
        }
        if (listed.length === 0) return;
        if (!listed.some((l) => sameResourceId(l, primary.value))) {
          ctx.report({ at: primary, messageId: 'notListed', data: { name, primary: primary.value.split('/').pop() ?? primary.value }, related: [{ at: id.decl, message: 'identity block' }] });
        }
      },
    };
  },
});
