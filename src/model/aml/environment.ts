import type { Graph } from '../graph.js';
import type { Resource } from '../resource.js';
import { get, type MString, type MValue } from '../value.js';

/** What a job or deployment runs in: the image, whether Azure ML builds on it, and the environment document. */
export interface EnvSpec {
  image?: MString;
  /** Azure ML builds an image from it: a Docker build context, or an image with a conda file. */
  built: boolean;
  /** The environment file, when the environment is referenced by name. */
  env?: Resource;
}

/** The environment of an environment document. */
export function envSpecOf(env: Resource): EnvSpec {
  const image = env.props.image;
  return { image: image?.t === 'str' ? image : undefined, built: isBuilt(env.props.build, env.props.condaFile), env };
}

/**
 * The environment a job, step or deployment names: inline (`environment: {image, conda_file}`) or
 * by reference (`azureml:<name>:<version>`, `azureml:<name>@latest`) to the one environment file
 * of that name in the repository. Versions in several files count only when their images agree.
 * Registry environments (`azureml://registries/…`) and curated ones are not in the repository.
 */
export function environmentOf(graph: Graph, v: MValue | undefined): EnvSpec | undefined {
  if (!v) return undefined;
  if (v.t === 'obj') {
    const image = get(v, 'image');
    return { image: image?.t === 'str' ? image : undefined, built: isBuilt(get(v, 'build'), get(v, 'conda_file')) };
  }
  if (v.t !== 'str') return undefined;
  const m = /^azureml:([\w.-]+?)(?:[:@][\w.-]+)?$/i.exec(v.value.trim());
  if (!m) return undefined;
  const specs = graph.withName('environment', m[1]).map(envSpecOf);
  if (!specs.length) return undefined;
  const images = new Set(specs.map((s) => s.image?.value));
  return images.size === 1 ? specs[0] : undefined;
}

function isBuilt(build: MValue | undefined, conda: MValue | undefined): boolean {
  return (build !== undefined && build.t !== 'null') || (conda !== undefined && conda.t !== 'null');
}

/** The Azure Container Registry an image comes from (`acrml.azurecr.io/base:1` → `acrml`), if any. */
export function acrOfImage(image: string): string | undefined {
  return /^([a-z0-9]+)\.azurecr\.(?:io|cn|us)\//i.exec(image.trim())?.[1].toLowerCase();
}
