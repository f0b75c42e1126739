import { BUILTIN_ROLES } from './builtin-roles.js';
import type { PermissionBlock, Requirement, RoleDef, RoleRef } from './types.js';

const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;

const BY_ID = new Map<string, RoleDef>(BUILTIN_ROLES.map((r) => [r.id, r]));
const BY_NAME = new Map<string, RoleDef>(BUILTIN_ROLES.map((r) => [r.roleName.toLowerCase(), r]));
// The preview suffix is often left out when the role is named in IaC.
BY_NAME.set('azureml metrics writer', BY_NAME.get('azureml metrics writer (preview)')!);

/** The trailing GUID of a role GUID or role-definition ID (`…/roleDefinitions/<guid>`), lower-cased. */
export function roleGuidOf(text: string): string | undefined {
  return GUID.exec(text.trim())?.[1].toLowerCase();
}

/** Role definitions declared in the repository, looked up like built-ins. */
export interface CustomRoles {
  byId(guid: string): RoleDef | undefined;
  byName(name: string): RoleDef | undefined;
}

const NO_CUSTOM: CustomRoles = { byId: () => undefined, byName: () => undefined };

/**
 * A role written as a name (case-insensitive), a GUID or a role-definition ID at any scope
 * (`/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/<guid>`): built-in roles
 * first, then those declared in the repository. Anything else cannot be resolved.
 */
export function resolveRole(text: string, custom: CustomRoles = NO_CUSTOM): RoleRef {
  const guid = roleGuidOf(text);
  if (guid) {
    const role = BY_ID.get(guid) ?? custom.byId(guid);
    return role ? { state: 'known', role } : { state: 'unknown', why: `role ${guid} is neither a built-in role amlguard knows nor declared in the repository` };
  }
  const name = text.trim().toLowerCase();
  const role = BY_NAME.get(name) ?? custom.byName(name);
  return role ? { state: 'known', role } : { state: 'unknown', why: `role '${text.trim()}' is neither a built-in role amlguard knows nor declared in the repository` };
}

/** "Holds role X": every permission X holds, under X's name. */
export function requireRole(name: string): Requirement {
  const role = BY_NAME.get(name.toLowerCase());
  if (!role || role.partial) throw new Error(`no fully known built-in role '${name}'`);
  return { label: role.roleName, permissions: role.permissions };
}

/** A requirement phrased as operations (`Microsoft.ContainerRegistry/registries/pull/read`), shown as `label`. */
export function requireActions(label: string, ops: { actions?: string[]; dataActions?: string[] }): Requirement {
  const block: PermissionBlock = { actions: ops.actions ?? [], notActions: [], dataActions: ops.dataActions ?? [], notDataActions: [] };
  return { label, permissions: [block] };
}
