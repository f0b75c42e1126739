/** A parsed ARM resource ID: `/subscriptions/s/resourceGroups/rg/providers/Ns/t1/n1/t2/n2`. */
export interface ParsedId {
  kind: 'resource' | 'resourceGroup' | 'subscription';
  /** Full type, e.g. `Microsoft.MachineLearningServices/workspaces/computes`. */
  type?: string;
  /** Last name segment. */
  name?: string;
  /** All name segments, parent first. */
  names?: string[];
  resourceGroup?: string;
  subscription?: string;
}

/** Parses a resource ID; undefined when the text is not one. Placeholders make no difference here. */
export function parseResourceId(text: string): ParsedId | undefined {
  const s = text.trim().replace(/\/+$/, '');
  const m = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?(?:\/providers\/([^/]+)\/(.+))?$/i.exec(s);
  if (!m) return undefined;
  const [, subscription, resourceGroup, namespace, rest] = m;
  if (!namespace) return resourceGroup ? { kind: 'resourceGroup', resourceGroup, subscription } : { kind: 'subscription', subscription };
  const parts = rest.split('/');
  if (parts.length < 2 || parts.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    types.push(parts[i]);
    names.push(parts[i + 1]);
  }
  return { kind: 'resource', type: `${namespace}/${types.join('/')}`, name: names[names.length - 1], names, resourceGroup, subscription };
}

/**
 * The relative form ARM takes for an extension resource's `scope`: `Microsoft.Insights/components/<name>`
 * (`Ns/type/name[/childType/childName]`) in the same resource group as the deployment.
 */
export function parseRelativeScope(text: string): ParsedId | undefined {
  const s = text.trim().replace(/\/+$/, '');
  if (s.startsWith('/')) return undefined;
  const parts = s.split('/');
  if (parts.length < 3 || parts.length % 2 === 0 || !/^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(parts[0]) || parts.some((p) => !p)) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    types.push(parts[i]);
    names.push(parts[i + 1]);
  }
  return { kind: 'resource', type: `${parts[0]}/${types.join('/')}`, name: names[names.length - 1], names };
}
