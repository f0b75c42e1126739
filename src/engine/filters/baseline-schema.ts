// The baseline file's schema: compiled ahead of time into src/generated/validators.ts (npm run gen).
/** The baseline file's shape, checked before any entry is used. */
export const BASELINE_SCHEMA = {
  type: 'object',
  required: ['tool', 'findings'],
  properties: {
    tool: { const: 'amlguard' },
    version: { const: 1 },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fingerprint'],
        properties: { ruleId: { type: 'string' }, file: { type: 'string' }, fingerprint: { type: 'string' } },
      },
    },
  },
} as const;
