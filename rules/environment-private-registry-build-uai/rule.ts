import { defineRule, type RuleContext } from '../../src/rule/contract.js';
import { acrOfImage, envSpecOf, environmentOf, type EnvSpec } from '../../src/model/aml/environment.js';
import { isWorkspaceRegistry } from '../../src/model/aml/workspace.js';
import { nameOf, type Resource } from '../../src/model/resource.js';
import { get, type MValue } from '../../src/model/value.js';

export default defineRule({
  meta: {
    id: 'environment-private-registry-build-uai',
    severity: 'warning',
    summary: 'Azure ML builds an environment on a base image from a private registry, in a workspace whose identity is user-assigned only.',
    description:
      "When Azure ML builds an image for an environment (an `image:` with a `conda_file`, or a `build:` context) on a base image from an Azure Container Registry other than the workspace's own, the build connects to that private registry. A user-assigned managed identity cannot be used for that connection; only the registry's admin key is supported. The rule reports such environments (environment files, and inline environments of jobs and deployments) in a workspace whose identity is user-assigned only. Environments used as they are (an image without a conda file) are pulled by the compute, not built: see `environment-private-registry-pull`.",
    seed: [
      {
        file: '000_fc2e99b8b097ceee.txt',
        quote: 'Actualmente no se admite la conexión a un ACR privado mediante la identidad administrada asignada por el usuario. La clave de administrador es el único tipo de autenticación compatible con ACR privado.',
        english: 'Connecting to a private ACR with a user-assigned managed identity is not currently supported. The admin key is the only authentication type supported for a private ACR.',
      },
    ],
    why: 'The environment build fails when it cannot pull its base image, and every job or deployment that needs the environment fails with it.',
    fix: "Put the base image in the workspace's own registry (which the workspace identity can use), give the workspace a system-assigned identity as well, or use the image as it is (no conda file) so the compute pulls it with its AcrPull role.",
    tags: ['reliability', 'identity', 'registry'],
    formats: ['aml-yaml', 'bicep', 'terraform', 'arm'],
    messages: {
      buildUai: "{{env}} is built on '{{image}}' from private registry '{{registry}}', but workspace '{{workspace}}' has user-assigned identity only, which cannot connect to a private registry for builds.",
    },
    securitySeverity: 3.0,
  },
  create(ctx) {
    return {
      environment(e) {
        check(ctx, e, envSpecOf(e), `Environment '${nameOf(e)}'`);
      },
      job(j) {
        if (!j.source) return;
        const envs: MValue[] = [j.props.environment, ...(j.steps ?? []).map((s) => get(s.source, 'environment'))].filter((v): v is MValue => v?.t === 'obj');
        for (const v of envs) check(ctx, j, environmentOf(ctx.graph, v), `The inline environment of job '${nameOf(j)}'`);
      },
      onlineDeployment(d) {
        if (d.props.environment?.t === 'obj') check(ctx, d, environmentOf(ctx.graph, d.props.environment), `The inline environment of deployment '${nameOf(d)}'`);
      },
    };
  },
});

function check(ctx: RuleContext, at: Resource, env: EnvSpec | undefined, label: string): void {
  if (!env?.built || !env.image) return;
  const registry = acrOfImage(env.image.value);
  if (!registry) return;
  const ws = ctx.graph.workspaceOf(at);
  if (ws.state !== 'found') return;
  const id = ws.resource.identity;
  if (!id || id.user !== true || id.system !== false) return;
  if (isWorkspaceRegistry(ctx.graph, ws.resource, registry) !== false) return;
  ctx.report({
    at: env.image,
    messageId: 'buildUai',
    data: { env: label, image: env.image.value, registry, workspace: nameOf(ws.resource) },
    related: [{ at: id.decl, message: `identity of workspace '${nameOf(ws.resource)}'` }],
  });
}
