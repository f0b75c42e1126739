import { defineRule } from '../../src/rule/contract.js';
import { nameOf } from '../../src/model/resource.js';
import { normEnum } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'aks-attach-managed-identity',
    severity: 'warning',
    summary: 'An AKS cluster attached to a workspace as inference compute uses a managed identity instead of a service principal.',
    description:
      "When an existing AKS cluster is attached to a workspace as an inference compute (ARM and Bicep `workspaces/computes` with `computeType: AKS` and `properties.resourceId`, Terraform `azurerm_machine_learning_inference_cluster` with `kubernetes_cluster_id`), the cluster must have a service principal enabled rather than a managed identity: Azure ML grants the cluster's service principal AcrPull on the workspace registry when it attaches it. Reported when the cluster is declared in the repository with a managed identity (`identity` block, or `servicePrincipalProfile.clientId: msi`) and no service principal.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Si trae su propio clúster de AKS, el clúster debe tener habilitada la entidad de servicio en lugar de la identidad administrada.',
        english: 'If you bring your own AKS cluster, the cluster must have a service principal enabled instead of a managed identity.',
      },
    ],
    why: 'Inference deployments on the attached cluster cannot pull images from the workspace registry without admin keys.',
    fix: "Create the cluster with a service principal (`servicePrincipalProfile` with a client ID and secret, Terraform `service_principal {}`), or deploy to a Kubernetes compute with the Azure ML extension, or to managed online endpoints.",
    tags: ['reliability', 'identity', 'kubernetes'],
    formats: ['bicep', 'arm', 'terraform'],
    messages: {
      managedIdentity: "Compute '{{compute}}' attaches AKS cluster '{{cluster}}', which uses a managed identity; a bring-your-own AKS cluster must have a service principal enabled instead.",
    },
    securitySeverity: 3.0,
  },
  create(ctx) {
    return {
      compute(c) {
        if (c.subKind !== 'aks' || !c.props.resourceId) return;
        const cluster = ctx.graph.resolve(c.props.resourceId, c);
        if (cluster.state !== 'found' || cluster.resource.kind !== 'aksCluster') return;
        const k = cluster.resource;
        const sp = k.props.servicePrincipalClientId;
        const msiByProfile = sp?.t === 'str' && normEnum(sp.value) === 'msi';
        const hasSp = sp !== undefined && sp.t !== 'null' && !msiByProfile;
        const managed = msiByProfile || (k.identity !== undefined && (k.identity.system === true || k.identity.user === true));
        if (!managed || (hasSp && !k.identity)) return;
        ctx.report({
          at: c.decl,
          messageId: 'managedIdentity',
          data: { compute: nameOf(c), cluster: nameOf(k) },
          related: [{ at: k.identity?.decl ?? sp?.loc ?? k.decl, message: `managed identity of AKS cluster '${nameOf(k)}'` }],
        });
      },
    };
  },
});
