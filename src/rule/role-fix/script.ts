// `az role assignment create`: appended to the script that creates the identity, or given as the
// command to run when no file the fix can edit declares both ends.
import type { SourceFile } from '../../model/located.js';
import type { Resource } from '../../model/resource.js';
import { ARM_TYPE_OF_KIND } from '../../model/graph.js';
import type { TextEdit } from '../contract.js';
import { appendBlock, label, type RoleGrant } from './common.js';


/** A shell-safe single-quoted word (names come from the files). */
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function idLookup(r: Resource): string {
  const type = r.armType ?? ARM_TYPE_OF_KIND[r.kind] ?? r.kind;
  return `$(az resource list --name ${q(label(r))} --resource-type ${q(type)} --query '[0].id' -o tsv)`;
}

function principalLookup(g: RoleGrant): string {
  const r = g.principal.resource;
  const rg = r.props.resourceGroup?.t === 'str' ? ` --resource-group ${q(r.props.resourceGroup.value)}` : '';
  if (!g.principal.system && r.kind === 'userAssignedIdentity' && rg) return `$(az identity show --name ${q(label(r))}${rg} --query principalId -o tsv)`;
  return `$(az resource show --ids "${idLookup(r)}" --query ${g.principal.system ? 'identity.principalId' : 'properties.principalId'} -o tsv)`;
}

/** The command, with the identity and scope looked up by the names the repository gives them. */
export function azCommand(g: RoleGrant, guid: string): string {
  return `az role assignment create --assignee-object-id "${principalLookup(g)}" --assignee-principal-type ServicePrincipal --role ${guid} --scope "${idLookup(g.scope)}"`;
}

export function scriptAssignment(src: SourceFile, g: RoleGrant, guid: string): TextEdit | undefined {
  if (!/\.(sh|bash|ps1)$/.test(src.path)) return undefined; // CI YAML: a step's script is not ours to extend
  return appendBlock(src, [`# ${g.roleName} for ${label(g.principal.resource)} on ${label(g.scope)} (added by amlguard --fix)`, azCommand(g, guid)]);
}
