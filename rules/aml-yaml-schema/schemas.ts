/**
 * JSON schemas for the identity and auth fields of AML YAML. Enum values are matched after
 * normalisation (lower case, no `_`, `-` or spaces), because real files write `AMLToken`,
 * `aml_token`, `SystemAssigned` and `system_assigned` alike.
 */
const uaiItem = {
  type: 'object',
  properties: {
    resource_id: { type: 'string' },
    client_id: { type: 'string' },
    principal_id: { type: 'string' },
    object_id: { type: 'string' },
  },
  additionalProperties: false,
};

export const resourceIdentitySchema = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['systemassigned', 'userassigned', 'none', 'systemassigned,userassigned'] },
    user_assigned_identities: {
      anyOf: [{ type: 'array', items: uaiItem }, { type: 'object', additionalProperties: { anyOf: [{ type: 'null' }, uaiItem] } }],
    },
    tenant_id: { type: 'string' },
    principal_id: { type: 'string' },
  },
  additionalProperties: false,
};

export const jobIdentitySchema = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['useridentity', 'managed', 'managedidentity', 'amltoken'] },
    client_id: { type: 'string' },
    object_id: { type: 'string' },
    msi_resource_id: { type: 'string' },
    resource_id: { type: 'string' },
  },
  additionalProperties: false,
};

export const authModeSchema = { type: 'string', enum: ['key', 'amltoken', 'aadtoken'] };

/** How messages spell the allowed values, per schema. */
export const DISPLAY: Record<string, string> = {
  resourceIdentity: 'system_assigned, user_assigned, none, system_assigned,user_assigned',
  jobIdentity: 'user_identity, managed, aml_token',
  authMode: 'key, aml_token, aad_token',
};
