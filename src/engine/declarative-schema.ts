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
    formats: { type: 'array', items: { enum: ['aml-yaml', 'arm', 'bicep', 'terraform', 'az-cli'] } },
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
        kind: {
          enum: ['workspace', 'compute', 'onlineEndpoint', 'onlineDeployment', 'batchEndpoint', 'datastore', 'connection', 'job', 'component', 'environment', 'registry', 'containerRegistry', 'keyVault', 'keyVaultAccessPolicy', 'storageAccount', 'appInsights', 'userAssignedIdentity', 'roleAssignment', 'roleDefinition', 'aksCluster'],
        },
        where: { type: 'object' },
      },
    },
    assert: { type: 'object' },
    message: { type: 'string', minLength: 1 },
  },
} as const;
