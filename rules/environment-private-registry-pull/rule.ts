import { defineRule, type RuleContext } from '../../src/rule/contract.js';
import { acrOfImage, environmentOf } from '../../src/model/aml/environment.js';
import { assetName, computeIdentity, endpointIdentity, named, type RunAs } from '../../src/model/aml/run-as.js';
import { isWorkspaceRegistry } from '../../src/model/aml/workspace.js';
import { targetName } from '../../src/model/graph.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { ACR_PULL } from '../../src/model/aml/requirements.js';
import { get, str, type MValue } from '../../src/model/value.js';

const ACR = 'Microsoft.ContainerRegistry/registries';

export default defineRule({
  meta: {
    id: 'environment-private-registry-pull',
    severity: 'error',
    summary: "A job or deployment runs an image from a private container registry its compute's (or endpoint's) identity cannot pull from.",
    description:
      "Azure ML grants AcrPull automatically only on the workspace's own container registry. When a job, a pipeline step or an online deployment uses an environment whose image comes from another Azure Container Registry (`<name>.azurecr.io/…` in the environment's `image:`, inline or in the environment file an `azureml:<env>:<version>` or `azureml:<env>@latest` reference names), the identity that pulls it needs **AcrPull** (or any role allowing `registries/pull/read`) on that registry: for a job, the compute's identity (its system-assigned one, or its first user-assigned one); for a deployment, its endpoint's identity (linked by `endpoint_name`). Reported when the registry, the compute or endpoint and its identity are declared in the repository and no assignment that could grant the pull exists.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Para permitir que el clúster de proceso extraiga las imágenes base, conceda el rol ACRPull de Managed Service Identity en la instancia de ACR privada.',
        english: 'To let the compute cluster pull the base images, grant the managed service identity the ACRPull role on the private ACR instance.',
      },
    ],
    why: 'The job or deployment is accepted and then fails at image pull (an authentication error from the registry), after the change was merged.',
    fix: "Grant the compute's (or endpoint's) identity AcrPull on the private registry: `az role assignment create --assignee-object-id <principalId> --role AcrPull --scope <registry id>`, or an IaC role assignment scoped to the registry.",
    tags: ['reliability', 'identity', 'rbac', 'registry'],
    formats: ['aml-yaml', 'bicep', 'terraform', 'arm', 'az-cli'],
    messages: {
      noPull: "{{what}} runs image '{{image}}' from registry '{{registry}}', which is not the workspace's, and the {{identity}} has no AcrPull there; the image pull will fail.",
    },
    securitySeverity: 4.0,
  },
  create(ctx) {
    return {
      job(j) {
        if (!j.source) return;
        if (!j.steps?.length) return check(ctx, j, `Job '${nameOf(j)}'`, j.props.environment, runOn(ctx, j.props.compute));
        for (const s of j.steps) check(ctx, j, `Step '${s.name}' of pipeline '${nameOf(j)}'`, get(s.source, 'environment'), runOn(ctx, get(s.source, 'compute') ?? j.props.compute));
      },
      onlineDeployment(d) {
        const endpointName = str(d.props.endpointName);
        const endpoint = endpointName ? named(ctx.graph, 'onlineEndpoint', endpointName) : undefined;
        if (!endpoint) return;
        const who = endpointIdentity(ctx.graph, endpoint);
        if (who) check(ctx, d, `Deployment '${nameOf(d)}'`, d.props.environment, { who, host: endpoint });
      },
    };
  },
});

/** The compute a job runs on, and its default identity. */
function runOn(ctx: RuleContext, ref: MValue | undefined): { who: RunAs; host: Resource } | undefined {
  const name = assetName(ref);
  const compute = name ? named(ctx.graph, 'compute', name) : undefined;
  const who = compute && computeIdentity(ctx.graph, compute);
  return compute && who ? { who, host: compute } : undefined;
}

function check(ctx: RuleContext, user: Resource, what: string, envRef: MValue | undefined, runAs: { who: RunAs; host: Resource } | undefined): void {
  if (!runAs || !envRef) return;
  const env = environmentOf(ctx.graph, envRef);
  const image = env?.image;
  const acrName = image && acrOfImage(image.value);
  if (!image || !acrName) return;
  const registry = ctx.graph.find(ACR, acrName, user);
  if (registry.state !== 'found') return;
  const ws = ctx.graph.workspaceOf(runAs.host);
  if (ws.state !== 'found' || isWorkspaceRegistry(ctx.graph, ws.resource, acrName) !== false) return;
  if (ctx.graph.hasRole(runAs.who.principal, ACR_PULL, registry) !== false) return;
  ctx.report({
    at: envRef.t === 'obj' ? image : envRef,
    messageId: 'noPull',
    data: { what, image: image.value, registry: targetName(registry), identity: runAs.who.label },
    related: [
      { at: runAs.who.decl, message: runAs.who.label },
      { at: registry.resource.decl, message: `registry '${targetName(registry)}'` },
      { at: runAs.host.decl, message: `${runAs.host.kind === 'compute' ? 'compute' : 'endpoint'} '${nameOf(runAs.host)}'` },
      ...(envRef.t === 'obj' ? [] : [{ at: image, message: 'environment image' }]),
    ],
  });
}
