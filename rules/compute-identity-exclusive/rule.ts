import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'compute-identity-exclusive',
    severity: 'error',
    summary: 'A compute cluster sets both a system-assigned and user-assigned identity.',
    description:
      'Azure ML compute clusters take either one system-assigned managed identity or one or more user-assigned identities, never both. A cluster declared with the combined identity type fails to create or update.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Los clústeres de proceso de Azure Machine Learning solo admiten una identidad asignada por el sistema o varias identidades asignadas por el usuario, no ambas de forma simultánea.',
        english: 'Azure Machine Learning compute clusters support only one system-assigned identity or several user-assigned identities, not both at the same time.',
      },
    ],
    why: 'The cluster create or update fails at deploy time, after the pull request was merged; catching it in review saves a failed release.',
    fix: 'Choose one: `type: system_assigned`, or `type: user_assigned` with the identities listed under `user_assigned_identities`.',
    tags: ['reliability', 'identity'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'],
    messages: {
      both: "Compute cluster '{{name}}' sets both system- and user-assigned identity; clusters take one system-assigned identity or user-assigned identities, not both. Keep only one.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      compute(c) {
        if (c.subKind !== 'amlcompute' || !c.identity?.type) return;
        if (c.identity.system === true && c.identity.user === true) {
          ctx.report({ at: c.identity.type, messageId: 'both', data: { name: nameOf(c) } });
        }
      },
    };
  },
});
