import { MODEL_FORMATS } from '../model/format.js';
import { RESOURCE_KINDS } from '../model/properties.js';

/** The schema a declarative rule file (YAML) must follow. */
export const declarativeRuleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'severity', 'summary', 'select', 'assert', 'message'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    severity: { enum: ['error', 'warning', 'note'] },
    summary: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    why: { type: 'string' },
    fix: { type: 'string' },
    help: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    formats: { type: 'array', items: { enum: [...MODEL_FORMATS] } },
    securitySeverity: { type: 'number', minimum: 0, maximum: 10 },
    seed: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'quote', 'english'],
        properties: { file: { type: 'string' }, quote: { type: 'string' }, english: { type: 'string' } },
      },
    },
    select: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: [...RESOURCE_KINDS] },
        where: { type: 'object' },
      },
    },
    assert: { type: 'object' },
    autofix: {
      type: 'object',
      additionalProperties: false,
      required: ['description', 'set'],
      description: 'A value fix: the failing property is rewritten where it is written, per input format (`default` for the others).',
      properties: {
        description: { type: 'string', minLength: 1 },
        set: {
          type: 'object',
          minProperties: 1,
          additionalProperties: {
            anyOf: [
              { type: 'string', minLength: 1 },
              { type: 'object', minProperties: 1, propertyNames: { enum: ['default', ...MODEL_FORMATS] }, additionalProperties: { type: 'string', minLength: 1 } },
            ],
          },
        },
      },
    },
    message: { type: 'string', minLength: 1 },
  },
} as const;
