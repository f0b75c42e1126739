import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import { defineRule, type RuleContext } from '../../src/rule/contract.js';
import { datastoreInputs, type DatastoreInput } from '../../src/model/aml/datastore-uri.js';
import { assetName, computeIdentity, named, type RunAs } from '../../src/model/aml/run-as.js';
import { identityBasedStorage } from '../../src/model/aml/datastore.js';
import { BLOB_READ } from '../../src/model/aml/requirements.js';
import { asPrincipal, targetName } from '../../src/model/graph.js';
import { nameOf, type Identity, type Resource } from '../../src/model/resource.js';
import { get, type MValue } from '../../src/model/value.js';


export default defineRule({
  meta: {
    id: 'datastore-identity-data-access',
    severity: 'error',
    summary: "A job reads an identity-based datastore, and the compute identity that authenticates has no blob read access on its storage account.",
    description:
      "When a job (or a pipeline step) reads an identity-based Azure Blob or ADLS Gen2 datastore (one without cached credentials) and the job's identity is `managed` or not set, Azure ML authenticates to storage with the compute's managed identity: its system-assigned identity, or its first user-assigned identity. That identity needs **Storage Blob Data Reader** (or any role whose data actions allow reading blobs; Contributor and Owner do not) on the storage account or a scope above it. The rule follows the job's datastore inputs (`azureml://datastores/<name>/…`, also through a step's `${{parent.inputs.x}}`) to a datastore declared in the repository, its `account_name` to a storage account declared in the repository, and the job's `compute:` (or the pipeline's `settings.default_compute`) to a compute declared in the repository, in any format. A job with `identity: type: user_identity` reads as the submitting user, who is not known statically: silent. Anything not declared here, or an assignment that might grant the role, keeps the rule silent.",
    source: [
      {
        statement: 'To access these storage services, you must have at least Storage Blob Data Reader access to the storage account.',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Para poder acceder a estos servicios de almacenamiento, debe tener como mínimo acceso de Lector de datos de Storage Blob a la cuenta de almacenamiento.' },
      },
      {
        statement: "With this approach, the administrator grants the compute instance's or compute cluster's managed identity Storage Blob Data Reader permissions on the storage.",
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Con este enfoque, el administrador concede a la instancia de proceso o a la identidad administrada del clúster de proceso permisos lector de datos de Storage Blob en el almacenamiento.' },
      },
      {
        statement: 'If the identity property is left unspecified and the datastore has no cached credentials, the compute managed identity becomes the fallback.',
        url: 'https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication',
        seed: { file: '000_fc2e99b8b097ceee.txt', quote: 'Si la propiedad identity se deja sin especificar y el almacén de datos no tiene credenciales almacenadas en caché, la identidad administrada de proceso se convierte en la opción de reserva.' },
      },
    ],
    why: 'The job is accepted, waits for its compute, and then fails when it mounts or downloads its input: a 403 from storage, long after the pull request was merged.',
    fix: "Grant the compute's identity **Storage Blob Data Reader** on the storage account (Bicep `Microsoft.Authorization/roleAssignments` with `scope: storage` and the compute's `identity.principalId`, Terraform `azurerm_role_assignment`, or `az role assignment create --assignee-object-id <principalId> --role 'Storage Blob Data Reader' --scope <storage id>`), or run the job with `identity: type: user_identity` if each user should read with their own access.",
    tags: ['reliability', 'data', 'identity', 'rbac'],
    formats: ['aml-yaml', 'bicep', 'terraform', 'arm', 'az-cli'],
    messages: {
      noRead: "{{job}} reads datastore '{{datastore}}' with the {{identity}}, which has no Storage Blob Data Reader (or other blob read role) on storage account '{{account}}'; the job will fail to read its input.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      job(j) {
        if (!j.source) return;
        const rootIdentity = get(j.source, 'identity');
        if (!j.steps?.length) return check(ctx, `Job '${nameOf(j)}'`, j.identity, rootIdentity, j.props.compute, datastoreInputs(j.source));
        const parentInputs = get(j.source, 'inputs');
        for (const s of j.steps) {
          const own = get(s.source, 'identity');
          check(ctx, `Step '${s.name}' of pipeline '${nameOf(j)}'`, own ? s.identity : j.identity, own ?? rootIdentity, get(s.source, 'compute') ?? j.props.compute, datastoreInputs(s.source, parentInputs));
        }
      },
    };
  },
});

function check(ctx: RuleContext, label: string, identity: Identity | undefined, identityNode: MValue | undefined, computeRef: MValue | undefined, inputs: DatastoreInput[]): void {
  if (!inputs.length) return;
  const runAs = jobIdentity(ctx, identity, identityNode, computeRef);
  if (!runAs) return;
  for (const input of inputs) {
    const name = input.datastore;
    const ds = named(ctx.graph, 'datastore', name);
    const storage = ds && identityBasedStorage(ctx.graph, ds);
    if (!ds || !storage) continue;
    if (ctx.graph.hasRole(runAs.who.principal, BLOB_READ, storage) !== false) continue;
    ctx.report({
      at: input.at,
      messageId: 'noRead',
      data: { job: label, datastore: name, identity: runAs.who.label, account: targetName(storage) },
      related: [
        { at: runAs.who.decl, message: runAs.who.label },
        { at: storage.resource.decl, message: `storage account '${targetName(storage)}'` },
        { at: runAs.compute.decl, message: `compute '${nameOf(runAs.compute)}'` },
        { at: ds.decl, message: `datastore '${name}'` },
        ...(input.uri !== input.at ? [{ at: input.uri, message: 'pipeline input' }] : []),
      ],
      fix: roleAssignmentFix(ctx, { principal: { resource: runAs.who.principal.resource, system: runAs.who.principal.system }, scope: storage.resource, roleName: 'Storage Blob Data Reader' }),
    });
  }
}

/**
 * Who reads: with `identity: managed` or none, the compute's default identity; a managed identity
 * named by resource ID is that identity. User identity and AML token are not known statically.
 */
function jobIdentity(ctx: RuleContext, identity: Identity | undefined, node: MValue | undefined, computeRef: MValue | undefined): { who: RunAs; compute: Resource } | undefined {
  if (node && identity?.jobKind !== 'managed') return undefined;
  const computeName = assetName(computeRef);
  const compute = computeName ? named(ctx.graph, 'compute', computeName) : undefined;
  if (!compute) return undefined;
  // `identity: {type: managed, resource_id | client_id | object_id}` names one identity of the compute.
  const chosen = ['resource_id', 'msi_resource_id', 'client_id', 'object_id'].find((k) => get(node, k) !== undefined);
  if (chosen) {
    const t = chosen.endsWith('resource_id') ? ctx.graph.resolve(get(node, chosen), compute) : undefined;
    if (t?.state !== 'found') return undefined;
    return { who: { principal: asPrincipal(t) as RunAs['principal'], label: `user-assigned identity '${targetName(t)}'`, decl: t.resource.decl }, compute };
  }
  const who = computeIdentity(ctx.graph, compute);
  return who && { who, compute };
}
