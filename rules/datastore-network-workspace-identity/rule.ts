import { defineRule } from '../../src/rule/contract.js';
import { workspaceIdentity } from '../../src/model/aml/workspace.js';
import { identityBasedStorage } from '../../src/model/aml/datastore.js';
import { BLOB_READ } from '../../src/model/aml/requirements.js';
import { targetName } from '../../src/model/graph.js';
import { nameOf } from '../../src/model/resource.js';
import { normEnum } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'datastore-network-workspace-identity',
    severity: 'note',
    summary: "A datastore's storage account is behind network rules and the workspace identity cannot read its blobs: data preview and profiling will fail.",
    description:
      "When a storage account lets in only some IP addresses and subnets, or only trusted Azure services (network rules with default action `Deny`: ARM and Bicep `networkAcls.defaultAction`, Terraform `network_rules { default_action }`), Azure ML previews and profiles its data in the studio with the workspace's managed identity. For an identity-based Blob or ADLS Gen2 datastore on such an account, that identity (the workspace's system-assigned identity, or its primary user-assigned one) then needs **Storage Blob Data Reader** (or any role allowing blob reads) on the account. Reported as a note when the datastore's account and the workspace are declared in the repository and no assignment there could grant it; jobs are not affected (they use the compute's or the user's identity).",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'En aquellos escenarios en los que solo determinadas direcciones IP y subredes pueden tener acceso al almacenamiento, Azure Machine Learning usa la MSI del área de trabajo para realizar perfiles y vistas previas de datos.',
        english: 'In scenarios where only certain IP addresses and subnets can access the storage, Azure Machine Learning uses the workspace MSI to profile and preview data.',
      },
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Si la configuración de red virtual es "Permitir que los servicios de Azure de la lista de servicios de confianza accedan a esta cuenta de almacenamiento", se usa la MSI del área de trabajo.',
        english: 'If the virtual network setting is "Allow Azure services on the trusted services list to access this storage account", the workspace MSI is used.',
      },
    ],
    why: 'Data preview, profiling and the data explorer in the studio fail with an authorization error for this datastore, although jobs work.',
    fix: "Grant the workspace's managed identity Storage Blob Data Reader on the storage account.",
    tags: ['usability', 'data', 'identity', 'network'],
    formats: ['aml-yaml', 'bicep', 'arm', 'terraform'],
    messages: {
      preview: "Datastore '{{datastore}}' is on storage account '{{account}}', which only lets in some networks or trusted services; the studio previews its data with the {{identity}}, which has no Storage Blob Data Reader there.",
    },
    securitySeverity: 1.0,
  },
  create(ctx) {
    return {
      datastore(d) {
        const storage = identityBasedStorage(ctx.graph, d);
        const account = d.props.accountName;
        if (!storage || !account) return;
        const action = storage.resource.props.networkDefaultAction;
        if (action?.t !== 'str' || normEnum(action.value) !== 'deny') return;
        const ws = ctx.graph.workspaceOf(d);
        if (ws.state !== 'found') return;
        const who = workspaceIdentity(ctx.graph, ws.resource);
        if (!who || ctx.graph.hasRole(who.principal, BLOB_READ, storage) !== false) return;
        ctx.report({
          at: account,
          messageId: 'preview',
          data: { datastore: nameOf(d), account: targetName(storage), identity: who.label },
          related: [
            { at: action, message: `network rules of storage account '${targetName(storage)}'` },
            { at: who.decl, message: who.label },
          ],
        });
      },
    };
  },
});
