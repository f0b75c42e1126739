import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';
import { credentialKinds } from '../../src/model/credentials.js';

/** Datastore types the seed lists for identity-based access, plus newer types that support it. */
const SUPPORTED = new Set(['azureblob', 'azuredatalakegen1', 'azuredatalakegen2', 'onelake']);
/** Types known to need credentials; anything else (hdfs, s3, …) is left alone. */
const UNSUPPORTED = new Set(['azurefile']);

export default defineRule({
  meta: {
    id: 'datastore-identity-unsupported',
    severity: 'error',
    summary: 'A datastore of a type that does not support identity-based access has no credentials.',
    description:
      'Identity-based data access only connects to Azure Blob Storage, Azure Data Lake Storage Gen1 and Gen2. A datastore of another type (such as `azure_file`) declared without credentials cannot authenticate. Types newer than the documentation that do support identities (OneLake) are not reported.',
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'El acceso a datos basado en identidades solo permite conectarse a los siguientes servicios de almacenamiento.',
        english: 'Identity-based data access only allows connecting to the following storage services: Azure Blob Storage, Azure Data Lake Storage Gen1, Azure Data Lake Storage Gen2.',
      },
    ],
    why: 'The datastore is created, but every job that reads it fails to authenticate, because the storage service cannot take an Entra token.',
    fix: 'Store the data in Blob Storage or ADLS Gen2 to use identity-based access, or give this datastore `credentials` (and accept that they are cached).',
    tags: ['reliability', 'data'],
    formats: ['aml-yaml'],
    messages: {
      unsupported: "Datastore '{{name}}' of type '{{type}}' has no credentials, but identity-based access supports only Azure Blob, ADLS Gen1 and ADLS Gen2; add credentials or use a supported storage type.",
    },
    securitySeverity: 3.0,
  },
  create(ctx) {
    return {
      datastore(d) {
        if (!d.subKind || SUPPORTED.has(d.subKind) || !UNSUPPORTED.has(d.subKind)) return;
        const creds = d.props.credentials;
        if (creds && creds.t !== 'null' && (creds.t !== 'obj' || creds.entries.length > 0 || credentialKinds(creds).length > 0)) return;
        const at = d.subKindAt ?? d.decl;
        ctx.report({ at, messageId: 'unsupported', data: { name: nameOf(d), type: d.subKindAt?.t === 'str' ? d.subKindAt.value : d.subKind } });
      },
    };
  },
});
