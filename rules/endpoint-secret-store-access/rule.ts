import { defineRule } from '../../src/rule/contract.js';
import { deploymentsOf, endpointConnectionRefs, keyVaultRefs } from '../../src/model/aml/secret-refs.js';
import { anchorOf, nameOf } from '../../src/model/resource.js';
import { CONNECTION_SECRETS, KEY_VAULT_SECRET_READ } from '../../src/model/aml/requirements.js';
import { normEnum } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'endpoint-secret-store-access',
    severity: 'note',
    summary: 'A system-assigned online endpoint and connection secrets: its creator must read them when access is enforced; otherwise its own identity must be granted them for secret injection.',
    description:
      'When an online endpoint with a system-assigned identity sets `enforce_access_to_default_secret_stores: enabled`, the user identity that creates the endpoint and its deployments must have permission to read workspace connection secrets (for example the Azure Machine Learning Workspace Connection Secrets Reader role); otherwise creation is rejected. amlguard cannot see who deploys, so this is a reminder, not an error. Without that flag the endpoint identity is not granted the role automatically: when a deployment of the endpoint (linked by `endpoint_name`) references a workspace connection in its `environment_variables` (`${{azureml://connections/<name>}}`, `…/credentials/<key>`, `…/metadata/<key>`, `…/target`), the endpoint\'s system-assigned identity reads the connection\'s secrets, so the role (or any role allowing `connections/listsecrets/action`) must be assigned to it on the workspace; a warning says so when no assignment in the repository could grant it. A Key Vault reference (`${{keyvault:https://<vault>.vault.azure.net/secrets/<name>/<version>}}`) is never granted automatically, with or without the flag: the endpoint identity needs Key Vault Secrets User on the vault, and a warning says so when the vault is declared in the repository and nothing there could grant it.',
    seed: [
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'Si una identidad de usuario no tiene permisos para leer secretos de las conexiones de área de trabajo, pero intenta crear el punto de conexión con una SAI y la marca del punto de conexión establecido para aplicar el acceso a los almacenes de secretos predeterminados, se rechaza la creación del punto de conexión.',
        english: 'If a user identity lacks permission to read secrets from workspace connections but tries to create the endpoint with a SAI and the flag set to enforce access to default secret stores, endpoint creation is rejected.',
      },
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'En este caso, no se concederá automáticamente a la identidad del punto de conexión el permiso para leer secretos, pero aún puede conceder manualmente a la identidad del punto de conexión este permiso asignando los roles adecuados si es necesario.',
        english: 'In this case the endpoint identity is not automatically granted permission to read secrets, but you can still grant it manually by assigning the appropriate roles if needed.',
      },
      {
        file: '004_0187e83670ac0fb2.txt',
        quote: 'Independientemente de si la asignación de roles se realizó automáticamente o manualmente, la recuperación e inserción de secretos se desencadenará si ha asignado las variables de entorno con referencias secretas en la definición de implementación, y usará la identidad del punto de conexión para hacerlo.',
        english: 'Whether the role assignment was made automatically or manually, secret retrieval and injection are triggered if you mapped environment variables to secret references in the deployment definition, and they use the endpoint identity to do so.',
      },
    ],
    why: 'A pipeline identity without that permission has its endpoint or deployment creation rejected at deploy time.',
    learn: [{ title: 'Access secrets from online deployment using secret injection', url: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-online-endpoint-with-secret-injection' }],
    fix: 'Set `enforce_access_to_default_secret_stores: enabled` on the endpoint (the role is then granted to its identity when it is created), or assign the endpoint\'s identity the Azure Machine Learning Workspace Connection Secrets Reader role on the workspace. When the flag is set, grant the identity that runs `az ml online-endpoint create` (and deployment create) the Azure Machine Learning Workspace Connection Secrets Reader role on the workspace, or a custom role with `workspaces/connections/listsecrets/action`.',
    tags: ['reliability', 'rbac'],
    formats: ['aml-yaml', 'bicep'],
    messages: {
      creator: "Online endpoint '{{name}}' enforces access to default secret stores with a system-assigned identity; whoever creates it and its deployments must be able to read workspace connection secrets, or creation is rejected.",
      vaultNotGranted: "Deployment '{{deployment}}' injects a secret of key vault '{{vault}}' with the system-assigned identity of endpoint '{{name}}', which is never granted Key Vault access automatically and has no Key Vault Secrets User (or other secret read role) there; the deployment will fail.",
      notGranted: "Deployments of online endpoint '{{name}}' inject secrets of connection '{{connection}}' with the endpoint's system-assigned identity, which is not granted Connection Secrets Reader automatically (access to default secret stores is not enforced) and has no such role on workspace '{{workspace}}'; the deployment will fail.",
    },
    securitySeverity: 2.0,
  },
  create(ctx) {
    return {
      onlineEndpoint(e) {
        // No identity block means the default: system-assigned.
        if (e.identity && e.identity.system !== true) return;
        const sai = { state: 'found' as const, resource: e, system: true };
        // Key Vault references: the system-assigned identity is never granted them automatically, flag or not.
        for (const ref of deploymentsOf(ctx.graph, e).flatMap(keyVaultRefs)) {
          const vault = ctx.graph.find('Microsoft.KeyVault/vaults', ref.vault, e);
          if (vault.state !== 'found' || ctx.graph.hasRole(sai, KEY_VAULT_SECRET_READ, vault) !== false) continue;
          ctx.report({
            at: e.identity?.decl ?? anchorOf(e),
            messageId: 'vaultNotGranted',
            severity: 'warning',
            data: { name: nameOf(e), deployment: nameOf(ref.deployment), vault: ref.vault },
            related: [
              { at: ref.value, message: `deployment '${nameOf(ref.deployment)}' references key vault '${ref.vault}'` },
              { at: vault.resource.decl, message: `key vault '${ref.vault}'` },
            ],
          });
        }
        const flag = e.props.enforceAccessToDefaultSecretStores;
        if (flag?.t === 'str' && normEnum(flag.value) === 'enabled') return ctx.report({ at: flag, messageId: 'creator', data: { name: nameOf(e) } });
        if (flag && flag.t !== 'str') return; // not known statically
        const refs = endpointConnectionRefs(ctx.graph, e);
        if (!refs.length) return;
        const ws = ctx.graph.workspaceOf(e);
        if (ws.state !== 'found') return;
        if (ctx.graph.hasRole(sai, CONNECTION_SECRETS, ws) !== false) return;
        ctx.report({
          at: e.identity?.decl ?? anchorOf(e),
          messageId: 'notGranted',
          severity: 'warning',
          data: { name: nameOf(e), connection: refs[0].connection, workspace: nameOf(ws.resource) },
          related: refs.map((r) => ({ at: r.value, message: `deployment '${nameOf(r.deployment)}' references connection '${r.connection}'` })),
        });
      },
    };
  },
});
