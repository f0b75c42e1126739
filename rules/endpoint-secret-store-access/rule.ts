import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';
import { normEnum } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'endpoint-secret-store-access',
    severity: 'note',
    summary: 'A system-assigned online endpoint enforces access to the default secret stores: its creator must be able to read connection secrets.',
    description:
      'When an online endpoint with a system-assigned identity sets `enforce_access_to_default_secret_stores: enabled`, the user identity that creates the endpoint and its deployments must have permission to read workspace connection secrets (for example the Azure Machine Learning Workspace Connection Secrets Reader role); otherwise creation is rejected. amlguard cannot see who deploys, so this is a reminder, not an error.',
    seed: [
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'Si una identidad de usuario no tiene permisos para leer secretos de las conexiones de área de trabajo, pero intenta crear el punto de conexión con una SAI y la marca del punto de conexión establecido para aplicar el acceso a los almacenes de secretos predeterminados, se rechaza la creación del punto de conexión.',
        english: 'If a user identity lacks permission to read secrets from workspace connections but tries to create the endpoint with a SAI and the flag set to enforce access to default secret stores, endpoint creation is rejected.',
      },
    ],
    why: 'A pipeline identity without that permission has its endpoint or deployment creation rejected at deploy time.',
    fix: 'Grant the identity that runs `az ml online-endpoint create` (and deployment create) the Azure Machine Learning Workspace Connection Secrets Reader role on the workspace, or a custom role with `workspaces/connections/listsecrets/action`.',
    tags: ['reliability', 'rbac'],
    formats: ['aml-yaml'],
    messages: {
      creator: "Online endpoint '{{name}}' enforces access to default secret stores with a system-assigned identity; whoever creates it and its deployments must be able to read workspace connection secrets, or creation is rejected.",
    },
    securitySeverity: 2.0,
  },
  create(ctx) {
    return {
      onlineEndpoint(e) {
        const flag = e.props.enforceAccessToDefaultSecretStores;
        if (flag?.t !== 'str' || normEnum(flag.value) !== 'enabled') return;
        // No identity block means the default: system-assigned.
        if (e.identity && e.identity.system !== true) return;
        ctx.report({ at: flag, messageId: 'creator', data: { name: nameOf(e) } });
      },
    };
  },
});
