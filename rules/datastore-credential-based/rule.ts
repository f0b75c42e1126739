import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';
import { credentialKinds } from '../../src/model/credentials.js';

export default defineRule({
  meta: {
    id: 'datastore-credential-based',
    severity: 'warning',
    summary: 'A datastore caches credentials (account key, SAS token, service principal secret or certificate).',
    description:
      'Credential-based datastores (AML YAML `credentials`, ARM and Bicep `credentials.credentialsType`, the older flat ARM shape with `AccountKey`/`SasToken`/`ClientSecret`/`Password`, Terraform `account_key`/`shared_access_signature`/`client_secret`) store their account key, SAS token or service principal secret in the workspace key vault, where other workspace users with enough permissions can retrieve them. Identity-based access stores no credentials: the caller\'s Entra token (or the compute\'s managed identity) is checked against the storage account\'s RBAC.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Este enfoque tiene la limitación de que otros usuarios del área de trabajo con permisos suficientes puedan recuperar esas credenciales, lo que puede ser un problema de seguridad para alguna organización.',
        english: 'This approach has the limitation that other workspace users with sufficient permissions can retrieve those credentials, which can be a security concern for some organizations.',
      },
    ],
    why: 'Cached credentials let any workspace user with enough permission read the storage key or secret from the workspace key vault, and they bypass per-user storage RBAC and its audit trail.',
    fix: 'Remove `credentials:` to make the datastore identity-based, and grant the users and compute identities that read it **Storage Blob Data Reader** (or Contributor) on the storage account.',
    tags: ['security', 'data'],
    formats: ['aml-yaml', 'arm', 'bicep', 'terraform'],
    messages: {
      cached: "Datastore '{{name}}' caches {{what}} in the workspace key vault, where other workspace users can read it; prefer identity-based access (no credentials) where the storage supports it.",
    },
    securitySeverity: 5.0,
  },
  create(ctx) {
    return {
      datastore(d) {
        const kinds = credentialKinds(d.props.credentials);
        if (!kinds.length) return;
        const first = kinds[0];
        ctx.report({ at: first.keyLoc, messageId: 'cached', data: { name: nameOf(d), what: [...new Set(kinds.map((k) => k.label))].join(' and ') } });
      },
    };
  },
});
