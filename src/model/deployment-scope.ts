// The deployment-scope functions ARM and Bicep share: their values are known only at deployment,
// but which resource group or subscription they name is known.
import type { Loc } from './located.js';
import type { MValue } from './value.js';

const unknown = (loc: Loc, why: string, ref?: { type: string; name?: string }): MValue => (ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why });

/**
 * `resourceGroup()`, `resourceGroup('<name>')`, `subscription()`: values known at deployment, but
 * which scope they name is known (the deployment's own resource group when no name is given).
 */
export function deploymentScope(name: string, args: MValue[], loc: Loc): MValue {
  if (name === 'subscription') return unknown(loc, 'subscription() is evaluated at deployment', { type: 'Microsoft.Resources/subscriptions' });
  const rg = args[args.length - 1];
  const ref = rg?.t === 'str' ? { type: 'Microsoft.Resources/resourceGroups', name: rg.value } : { type: 'Microsoft.Resources/resourceGroups' };
  if (rg && rg.t !== 'str') return unknown(loc, `resourceGroup() of a name not known statically${rg.t === 'unknown' ? ` (${rg.why})` : ''}`);
  return unknown(loc, 'resourceGroup() is evaluated at deployment', ref);
}

