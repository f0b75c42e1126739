/** One `permissions[]` block of a role definition, as Azure evaluates it. */
export interface PermissionBlock {
  actions: readonly string[];
  notActions: readonly string[];
  dataActions: readonly string[];
  notDataActions: readonly string[];
}

/** A role definition: built-in (from the table) or declared in the repository. */
export interface RoleDef {
  /** The role's GUID, when known. */
  id?: string;
  roleName: string;
  permissions: readonly PermissionBlock[];
  /** Only part of what the role grants is known: the rest might grant anything. */
  partial?: boolean;
  custom?: boolean;
}

export interface BuiltinRole extends RoleDef {
  id: string;
  /** The built-in roles page it comes from. */
  category: string;
  note?: string;
}

/** What a rule needs: every permission listed, under a display name for messages. */
export interface Requirement {
  label: string;
  permissions: readonly PermissionBlock[];
}

/** A role as an assignment names it: resolved, or not (and why). */
export type RoleRef = { state: 'known'; role: RoleDef } | { state: 'unknown'; why: string };

/** Azure's answer for one principal: surely granted, surely not, or cannot tell. */
export type Grant = 'yes' | 'no' | 'maybe';
