// The missing role assignment, written in the language and file where the identity is declared,
// with the symbols that file already uses; or, when the identity or the scope is declared
// elsewhere (or in another file or language), the command to run instead.
import { BUILTIN_ROLES } from '../../model/rbac/builtin-roles.js';
import type { Fix, RuleContext } from '../contract.js';
import { bicepAssignment } from './bicep.js';
import { terraformAssignment } from './terraform.js';
import { armAssignment } from './arm.js';
import { azCommand, scriptAssignment } from './script.js';
import { label, type RoleGrant } from './common.js';

export type { Grantee, RoleGrant } from './common.js';

/** The built-in role's GUID, or undefined for a role amlguard does not know. */
export function roleGuid(roleName: string): string | undefined {
  return BUILTIN_ROLES.find((r) => r.roleName.toLowerCase() === roleName.toLowerCase())?.id;
}

/**
 * The fix for a missing role: an edit in the identity's file when the scope can be named there
 * (same Bicep or ARM file, same Terraform module, or an `az` script that creates the identity),
 * else the `az role assignment create` command to run.
 */
export function roleAssignmentFix(ctx: Pick<RuleContext, 'source'>, g: RoleGrant): Fix | undefined {
  const guid = roleGuid(g.roleName);
  if (!guid) return undefined;
  const who = g.principal.resource;
  const description = `Assign ${g.roleName} to ${who.kind === 'userAssignedIdentity' ? 'identity' : 'the system identity of'} '${label(who)}' on ${g.scope.kind} '${label(g.scope)}'`;
  const src = ctx.source(who.file);
  const sameFile = who.file === g.scope.file;
  const edit =
    !src ? undefined
    : who.format === 'bicep' && sameFile ? bicepAssignment(src, g, guid)
    : who.format === 'terraform' && who.scope !== undefined && who.scope === g.scope.scope && g.scope.format === 'terraform' ? terraformAssignment(src, g)
    : who.format === 'arm' && sameFile ? armAssignment(src, g, guid)
    : who.format === 'az-cli' && !g.principal.system ? scriptAssignment(src, g, guid)
    : undefined;
  if (edit) return { description: `${description} (a role assignment in ${who.file}).`, edits: [edit] };
  return { description: `${description}: the identity and the ${g.scope.kind} are not declared in one file this fix can edit, so run: ${azCommand(g, guid)}`, edits: [] };
}
