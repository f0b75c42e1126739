import type { ErrorObject, ValidateFunction } from 'ajv';
import { amlAuthMode, amlJobIdentity, amlResourceIdentity } from '../../src/generated/validators.js';
import { defineRule, type RuleContext } from '../../src/rule/contract.js';
import type { Loc } from '../../src/model/located.js';
import type { Resource } from '../../src/model/resource.js';
import { atPointer, entry, normEnum, toPlain, type MValue } from '../../src/model/value.js';
import { DISPLAY } from './schemas.js';

type SchemaName = keyof typeof DISPLAY;

/** Compiled ahead of time (npm run gen) from ./schemas.ts. */
const validators: Record<SchemaName, ValidateFunction> = { resourceIdentity: amlResourceIdentity, jobIdentity: amlJobIdentity, authMode: amlAuthMode };

export default defineRule({
  meta: {
    id: 'aml-yaml-schema',
    severity: 'warning',
    summary: 'An identity or auth field in AML YAML has an unknown key or an invalid value.',
    description:
      'Checks `identity` (on workspaces, computes, endpoints, deployments, jobs and pipeline steps) and `auth_mode` (on endpoints) against JSON schemas of the values the Azure ML CLI accepts. A misspelt identity type or key is rejected by the CLI at deploy time or, worse, silently ignored so the job runs with another identity. Values are compared case- and underscore-insensitively (`AMLToken` equals `aml_token`).',
    source: [
      {
        statement: 'Submit a training job with the identity property set to type: user_identity, as shown in the following job specification.',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Envíe un trabajo de entrenamiento con la identidad de propiedad establecida en tipo: user_identity, como se muestra en la especificación de trabajo siguiente.' },
      },
      {
        statement: 'For Kubernetes online endpoints you can use a key or an Azure Machine Learning token (aml_token).',
        url: 'https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online-auth',
        seed: { file: '004_0187e83670ac0fb2.txt', quote: 'En el caso de los puntos de conexión en línea de Kubernetes, puede usar una clave o un token de Azure Machine Learning (aml_token).' },
      },
    ],
    why: 'A misspelt identity type or key is either rejected by the CLI at submit time, or dropped silently so the job or endpoint runs with a different identity than the one you reviewed.',
    fix: 'Use one of the values the message lists, and remove or correct unknown keys (e.g. `user_assigned_identities`, `resource_id`).',
    tags: ['reliability', 'identity'],
    formats: ['aml-yaml'],
    messages: {
      badValue: "{{path}} is '{{value}}', which is not a valid value; expected one of: {{allowed}}.",
      unknownKey: '{{path}} has an unknown key \'{{key}}\'; check its spelling.',
      missing: '{{path}} has no \'{{key}}\'.',
      wrongType: '{{path}} should be {{expected}}.',
    },
    securitySeverity: 3.0,
  },
  create(ctx) {
    const check = (r: Resource) => {
      const root = r.source;
      if (r.format !== 'aml-yaml' || !root || root.t !== 'obj') return;
      const isJob = r.kind === 'job' || r.kind === 'component';
      const ident = entry(root, 'identity');
      if (ident) validate(ctx, ident.value, ident.keyLoc, 'identity', isJob ? 'jobIdentity' : 'resourceIdentity');
      if (r.kind === 'onlineEndpoint' || r.kind === 'batchEndpoint') {
        const auth = entry(root, 'auth_mode');
        if (auth) validate(ctx, auth.value, auth.keyLoc, 'auth_mode', 'authMode');
      }
      for (const step of r.steps ?? []) {
        const si = entry(step.source, 'identity');
        if (si) validate(ctx, si.value, si.keyLoc, `jobs.${step.name}.identity`, 'jobIdentity');
      }
    };
    return { workspace: check, compute: check, onlineEndpoint: check, onlineDeployment: check, batchEndpoint: check, job: check, registry: check };
  },
});

/** Normalises enum-like strings in a plain copy so spellings compare equal; pointers stay valid. */
function normalised(value: MValue, schema: SchemaName): unknown {
  const plain = toPlain(value);
  if (schema === 'authMode') return typeof plain === 'string' ? normEnum(plain) : plain;
  if (plain && typeof plain === 'object' && !Array.isArray(plain)) {
    const o = plain as Record<string, unknown>;
    if (typeof o.type === 'string') o.type = o.type.split(',').map(normEnum).join(',');
  }
  return plain;
}

function validate(ctx: RuleContext, value: MValue, keyLoc: Loc, path: string, schema: SchemaName): void {
  if (value.t === 'unknown') return;
  const plain = normalised(value, schema);
  // Template expressions (`${{inputs.x}}`) are resolved at submit time: not our business.
  if (typeof plain === 'string' && plain.includes('${{')) return;
  const validate = validators[schema];
  if (validate(plain)) return;
  for (const err of mostSpecific(validate.errors ?? [])) report(ctx, value, keyLoc, path, schema, err);
}

/** `anyOf` failures repeat each branch's errors; keep the leaf errors and drop the umbrella. */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const leaves = errors.filter((e) => e.keyword !== 'anyOf');
  const seen = new Set<string>();
  return leaves.filter((e) => {
    const key = e.instancePath;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function report(ctx: RuleContext, root: MValue, rootKey: Loc, path: string, schema: SchemaName, err: ErrorObject): void {
  const { node, keyLoc } = atPointer(root, err.instancePath);
  const where = path + err.instancePath.replace(/\//g, '.');
  switch (err.keyword) {
    case 'enum':
      ctx.report({ at: node, messageId: 'badValue', data: { path: where, value: node.t === 'str' ? node.value : String(toPlain(node)), allowed: DISPLAY[schema] } });
      return;
    case 'additionalProperties': {
      const key = (err.params as { additionalProperty: string }).additionalProperty;
      const e = node.t === 'obj' ? node.entries.find((x) => x.key === key) : undefined;
      ctx.report({ at: e?.keyLoc ?? node.loc, messageId: 'unknownKey', data: { path: where, key } });
      return;
    }
    case 'required':
      ctx.report({ at: (err.instancePath ? keyLoc : rootKey) ?? node, messageId: 'missing', data: { path: where, key: (err.params as { missingProperty: string }).missingProperty } });
      return;
    case 'type':
      ctx.report({ at: node, messageId: 'wrongType', data: { path: where, expected: `a${/^[aeiou]/.test(String((err.params as { type: string }).type)) ? 'n' : ''} ${(err.params as { type: string }).type}` } });
      return;
    default:
      return;
  }
}
