import { defineRule } from '../../src/engine/rule.js';
import { nameOf } from '../../src/model/resource.js';
import { normEnum } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'endpoint-aad-token-kubernetes',
    severity: 'error',
    summary: 'A Kubernetes online endpoint uses Microsoft Entra token authentication (aad_token).',
    description:
      'Microsoft Entra ID tokens (`auth_mode: aad_token`) authenticate callers of managed online endpoints only. A Kubernetes online endpoint accepts a key or an Azure ML token.',
    seed: [
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'La autenticación de id. de Microsoft Entra (aad_token) se admite solo para los puntos de conexión en línea administrados. En el caso de los puntos de conexión en línea de Kubernetes, puede usar una clave o un token de Azure Machine Learning (aml_token).',
        english: 'Microsoft Entra ID authentication (aad_token) is supported only for managed online endpoints. For Kubernetes online endpoints you can use a key or an Azure Machine Learning token (aml_token).',
      },
    ],
    why: 'The endpoint create fails, or clients that expect to call it with Entra tokens are rejected; the mistake shows only after deployment.',
    fix: 'Set `auth_mode: key` or `auth_mode: aml_token` on the Kubernetes endpoint, or deploy to a managed online endpoint if callers must use Entra tokens.',
    tags: ['reliability', 'authentication'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      aadOnKubernetes: "Kubernetes online endpoint '{{name}}' uses auth_mode '{{mode}}'; Entra ID tokens work only on managed online endpoints. Use 'key' or 'aml_token'.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      onlineEndpoint(e) {
        const mode = e.props.authMode;
        if (e.subKind !== 'kubernetes' || mode?.t !== 'str') return;
        if (normEnum(mode.value) === 'aadtoken') {
          ctx.report({ at: mode, messageId: 'aadOnKubernetes', data: { name: nameOf(e), mode: mode.value } });
        }
      },
    };
  },
});
