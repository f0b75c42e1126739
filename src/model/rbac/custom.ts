import type { Resource } from '../resource.js';
import type { MValue } from '../value.js';
import { roleGuidOf, type CustomRoles } from './roles.js';
import type { PermissionBlock, RoleDef } from './types.js';

const FIELDS = ['actions', 'notActions', 'dataActions', 'notDataActions'] as const;

/**
 * A role definition declared in the repository, from its canonical props (`roleName`, `roleId`,
 * `permissions`: blocks with actions/notActions/dataActions/notDataActions in ARM, Terraform or
 * az-JSON spelling). A value not known statically makes the role partly known: unknown actions
 * might grant anything; unknown exclusions make its known grants uncertain too.
 */
export function customRoleOf(r: Resource): RoleDef | undefined {
  const name = r.props.roleName;
  const id = r.props.roleId?.t === 'str' ? roleGuidOf(r.props.roleId.value) : r.name?.t === 'str' ? roleGuidOf(r.name.value) : undefined;
  const roleName = name?.t === 'str' ? name.value : (id ?? '(custom role)');
  const blocks = r.props.permissions?.t === 'arr' ? r.props.permissions.items : r.props.permissions?.t === 'obj' ? [r.props.permissions] : undefined;
  if (!blocks) return { id, roleName, permissions: [], partial: true, custom: true };
  let partial = false;
  const permissions: PermissionBlock[] = [];
  for (const b of blocks) {
    const lists = Object.fromEntries(FIELDS.map((f) => [f, strings(field(b, f))])) as Record<(typeof FIELDS)[number], { values: string[]; unknown: boolean }>;
    if (lists.notActions.unknown || lists.notDataActions.unknown || b.t !== 'obj') return { id, roleName, permissions: [], partial: true, custom: true };
    partial ||= lists.actions.unknown || lists.dataActions.unknown;
    permissions.push({ actions: lists.actions.values, notActions: lists.notActions.values, dataActions: lists.dataActions.values, notDataActions: lists.notDataActions.values });
  }
  return { id, roleName, permissions, partial, custom: true };
}

/** `notActions`, `not_actions`, `NotActions`: the same field in ARM, Terraform and az JSON. */
function field(obj: MValue, name: string): MValue | undefined {
  if (obj.t !== 'obj') return undefined;
  const want = name.toLowerCase();
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key.replace(/_/g, '').toLowerCase() === want) return obj.entries[i].value;
  return undefined;
}

function strings(v: MValue | undefined): { values: string[]; unknown: boolean } {
  if (!v || v.t === 'null') return { values: [], unknown: false };
  if (v.t !== 'arr') return { values: [], unknown: true };
  const values: string[] = [];
  let unknown = false;
  for (const item of v.items) {
    if (item.t === 'str') values.push(item.value);
    else unknown = true;
  }
  return { values, unknown };
}

/** The repository's role definitions, by GUID and by name (case-insensitive); several with one name stay ambiguous. */
export function indexCustomRoles(resources: Resource[]): CustomRoles {
  const byId = new Map<string, RoleDef>();
  const byName = new Map<string, RoleDef | 'ambiguous'>();
  for (const r of resources) {
    const role = customRoleOf(r);
    if (!role) continue;
    if (role.id) byId.set(role.id, role);
    const key = role.roleName.toLowerCase();
    const seen = byName.get(key);
    // The same declaration read twice (module and standalone) is one role; two different ones are ambiguous.
    byName.set(key, seen && (seen === 'ambiguous' || JSON.stringify(seen.permissions) !== JSON.stringify(role.permissions)) ? 'ambiguous' : role);
  }
  return {
    byId: (guid) => byId.get(guid),
    byName: (name) => {
      const hit = byName.get(name);
      return hit === 'ambiguous' ? { roleName: name, permissions: [], partial: true, custom: true } : hit;
    },
  };
}
