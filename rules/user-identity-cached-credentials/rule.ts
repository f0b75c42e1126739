import { defineRule } from '../../src/rule/contract.js';
import { credentialKinds } from '../../src/model/credentials.js';
import { nameOf, type Identity, type Resource } from '../../src/model/resource.js';
import type { MValue } from '../../src/model/value.js';
import { datastoreUris, parseDatastoreUri } from '../../src/model/aml/datastore-uri.js';

export default defineRule({
  meta: {
    id: 'user-identity-cached-credentials',
    severity: 'warning',
    summary: 'A job runs with user identity but reads a datastore that caches credentials, so the credentials are used instead.',
    description:
      "A job or pipeline step with `identity: type: user_identity` is meant to read data as the person who submits it. When an input or output points at a datastore of this repository (`azureml://datastores/<name>/…`, or the long form `azureml://subscriptions/…/workspaces/<ws>/datastores/<name>/…`) that has cached credentials (account key, SAS token, service principal secret), those credentials are used instead of the user's identity, so the access control you rely on does not apply. Root pipeline identity applies to steps that set none of their own.",
    source: [
      {
        statement: "If a datastore has cached credentials, such as the storage account key, those credentials are used instead of the user's identity.",
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si un almacén de datos tiene credenciales almacenadas en caché, como la clave de la cuenta de almacenamiento, se usan esas credenciales en lugar de la identidad del usuario.' },
      },
    ],
    why: "Every submitter reads the data with the datastore's shared credentials: per-user storage permissions and their audit trail are bypassed silently.",
    fix: 'Make the datastore identity-based (remove its `credentials`) and grant users Storage Blob Data Reader on the storage, or drop `user_identity` from the job if the shared credentials are intended.',
    tags: ['security', 'data', 'identity'],
    formats: ['aml-yaml'],
    messages: {
      cached: "{{job}} runs with user identity but reads datastore '{{datastore}}', which caches {{what}}; those credentials are used instead of the user's identity.",
    },
    securitySeverity: 5.0,
  },
  create(ctx) {
    /** The datastore of that name (the last declared, when several are). */
    const datastore = (name: string) => ctx.graph.withName('datastore', name).at(-1);
    const check = (label: string, identity: Identity | undefined, source: MValue) => {
      if (identity?.jobKind !== 'useridentity') return;
      // A pipeline's steps are checked one by one, with their own identity.
      for (const uri of datastoreUris(source, ['jobs'])) {
        const { datastore: name, workspace } = parseDatastoreUri(uri.value)!;
        const ds = datastore(name);
        if (!ds) continue;
        // The long form names the workspace: a datastore of another workspace is not this one.
        const ws = workspace ? ctx.graph.workspaceOf(ds) : undefined;
        if (ws?.state === 'found' && ws.resource.name?.t === 'str' && ws.resource.name.value.toLowerCase() !== workspace!.toLowerCase()) continue;
        const kinds = credentialKinds(ds.props.credentials);
        if (!kinds.length) continue;
        ctx.report({
          at: uri,
          messageId: 'cached',
          data: { job: label, datastore: name, what: [...new Set(kinds.map((k) => k.label))].join(' and ') },
          related: [{ at: kinds[0].keyLoc, message: `cached credential of datastore '${name}'` }],
        });
      }
    };
    return {
      job(j: Resource) {
        if (!j.source) return;
        const jobLabel = `Job '${nameOf(j)}'`;
        if (!j.steps?.length) return check(jobLabel, j.identity, j.source);
        for (const s of j.steps) check(`Step '${s.name}'`, s.identity ?? j.identity, s.source);
      },
    };
  },
});
