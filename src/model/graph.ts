import { Minimatch } from 'minimatch';
import { isPlaceholder } from './placeholder.js';
import type { Model, Resource, ResourceKind } from './resource.js';
import { parseRelativeScope, parseResourceId } from './resource-id.js';
import { indexCustomRoles, customRoleOf } from './rbac/custom.js';
import { grants } from './rbac/permissions.js';
import { requireRole, resolveRole, type CustomRoles } from './rbac/roles.js';
import type { Requirement, RoleDef, RoleRef } from './rbac/types.js';
import type { MValue, ResourceRef, Tri } from './value.js';
import { kindOfArmType } from './extract/arm-shape.js';

/** Where a reference leads: a resource declared in the repository, one declared elsewhere, or nobody knows. */
export type Target =
  | { state: 'found'; resource: Resource }
  | { state: 'external'; type?: string; name?: string; key?: string }
  | { state: 'unknown'; why: string };

/** A principal: a declared identity (UAI, or the system identity of a resource), one declared elsewhere, or unknown. */
export type Principal =
  | { state: 'found'; resource: Resource; system: boolean }
  | { state: 'external'; type?: string; name?: string; key?: string }
  | { state: 'unknown'; why: string };

export type Scope =
  | { kind: 'resource'; target: Target }
  | { kind: 'resourceGroup'; name?: string; file?: string; group?: ResourceRef; deployGroup?: string }
  | { kind: 'subscription' }
  /** A management group: it covers the subscriptions below it, which the repository does not say. */
  | { kind: 'managementGroup'; name?: string }
  | { kind: 'unknown'; why: string };

export interface Assignment {
  resource: Resource;
  /** The role definition (built-in or declared in the repository), or unknown and why. */
  role: RoleRef;
  principal: Principal;
  scope: Scope;
}

export const ARM_TYPE_OF_KIND: Partial<Record<ResourceKind, string>> = {
  workspace: 'Microsoft.MachineLearningServices/workspaces',
  containerRegistry: 'Microsoft.ContainerRegistry/registries',
  keyVault: 'Microsoft.KeyVault/vaults',
  storageAccount: 'Microsoft.Storage/storageAccounts',
  appInsights: 'Microsoft.Insights/components',
  userAssignedIdentity: 'Microsoft.ManagedIdentity/userAssignedIdentities',
};

const lower = (s: string) => s.toLowerCase();
const MANAGEMENT_GROUP = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)\/?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The repository-wide graph: resources indexed by symbol and by type + name, references resolved
 * across files and formats, role assignments normalised, and three-valued role queries.
 */
export class Graph {
  private readonly bySymbol = new Map<string, Resource>();
  private readonly byTypeName = new Map<string, Resource[]>();
  private readonly byKind = new Map<ResourceKind, Resource[]>();
  private readonly keyIndexes = new Map<string, Map<string, Resource[]>>();
  readonly assignments: Assignment[];
  private workspaces?: Resource[];
  private readonly customRoles: CustomRoles;

  /** Configuration `workspaces:` with their globs compiled once. */
  private readonly bindings: { name: string; matchers: Minimatch[] }[];

  constructor(
    readonly model: Model,
    workspaceBindings: { paths: string[]; name: string }[] = [],
  ) {
    this.bindings = workspaceBindings.map((b) => ({ name: b.name, matchers: b.paths.map((p) => new Minimatch(p, { dot: true })) }));
    for (const r of model.resources) {
      const same = this.byKind.get(r.kind) ?? [];
      same.push(r);
      this.byKind.set(r.kind, same);
      if (r.symbol && r.scope) this.bySymbol.set(symbolKey(r.scope, r.instance, r.symbol), r);
      const type = r.armType ?? ARM_TYPE_OF_KIND[r.kind];
      const name = r.name?.t === 'str' ? r.name.value : undefined;
      if (type && name && !isPlaceholder(name)) {
        const key = `${lower(type)}|${lower(name)}`;
        const list = this.byTypeName.get(key) ?? [];
        list.push(r);
        this.byTypeName.set(key, list);
      }
    }
    this.customRoles = indexCustomRoles(this.of('roleDefinition'));
    this.assignments = model.resources.filter((r) => r.kind === 'roleAssignment').map((r) => this.normaliseAssignment(r));
  }

  /** The resources of one kind (indexed once: rules call this per resource). */
  of(kind: ResourceKind): Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * The resources of one kind whose key (lower-cased by the caller, e.g. a name) is `value`.
   * Indexed once per kind and key name: a rule looking up by name per resource stays linear.
   */
  keyed(kind: ResourceKind, keyName: string, keyOf: (r: Resource) => string | undefined, value: string): Resource[] {
    const id = `${kind}|${keyName}`;
    let index = this.keyIndexes.get(id);
    if (!index) {
      index = new Map();
      for (const r of this.of(kind)) {
        const k = keyOf(r);
        if (k === undefined) continue;
        const list = index.get(k);
        if (list) list.push(r);
        else index.set(k, [r]);
      }
      this.keyIndexes.set(id, index);
    }
    return index.get(value) ?? [];
  }

  /** The resources of one kind with this literal name, compared case-insensitively. */
  withName(kind: ResourceKind, name: string): Resource[] {
    return this.keyed(kind, 'name', (r) => (r.name?.t === 'str' ? r.name.value.toLowerCase() : undefined), name.toLowerCase());
  }

  /** A resource by ARM type and name; several with the same name stay ambiguous (unknown). */
  find(type: string, name: string, near?: Resource): Target {
    const list = this.byTypeName.get(`${lower(type)}|${lower(name)}`) ?? [];
    const distinct = dedupe(list);
    if (distinct.length === 1) return { state: 'found', resource: distinct[0] };
    if (distinct.length > 1) {
      const local = near ? distinct.filter((r) => r.file === near.file) : [];
      if (local.length === 1) return { state: 'found', resource: local[0] };
      return { state: 'unknown', why: `${distinct.length} resources named ${name}` };
    }
    return { state: 'external', type, name };
  }

  /** Follows a value that names a resource: a reference, or a resource ID string. */
  resolve(v: MValue | undefined, near?: Resource): Target {
    if (!v || v.t === 'null') return { state: 'unknown', why: 'not given' };
    if (v.t === 'unknown') return v.ref ? this.resolveRef(v.ref, near) : { state: 'unknown', why: v.why };
    if (v.t !== 'str') return { state: 'unknown', why: 'not a resource ID' };
    const id = parseResourceId(v.value);
    if (!id || id.kind !== 'resource' || !id.type || !id.name || isPlaceholder(id.name)) return { state: 'unknown', why: `cannot read a resource ID from '${v.value}'` };
    return this.find(id.type, id.name, near);
  }

  resolveRef(ref: ResourceRef, near?: Resource): Target {
    const key = ref.symbol && ref.scope ? symbolKey(ref.scope, ref.instance, ref.symbol) : undefined;
    if (key) {
      const hit = this.bySymbol.get(key);
      if (hit) return { state: 'found', resource: hit };
    }
    if (ref.type && ref.name && !isPlaceholder(ref.name)) return this.find(ref.type, ref.name, near);
    // A symbol the reader declared but the model does not hold (a kind no rule reads, or an
    // `existing` resource whose name is a parameter): its type is known, and two references
    // through the same symbol are the same resource.
    if (key && ref.type) return { state: 'external', type: ref.type, key };
    return { state: 'unknown', why: 'reference to a resource whose name is not known' };
  }

  /** The workspace an AML document or child resource belongs to. */
  workspaceOf(r: Resource): Target {
    if (r.kind === 'workspace') return { state: 'found', resource: r };
    const parent = r.format === 'aml-yaml' ? undefined : this.parentWorkspace(r);
    if (parent) return parent;
    const bound = this.bindings.find((b) => b.matchers.some((m) => m.match(r.file)));
    if (bound) return this.find(ARM_TYPE_OF_KIND.workspace!, bound.name, r);
    const all = (this.workspaces ??= dedupe(this.of('workspace')));
    if (all.length === 1) return { state: 'found', resource: all[0] };
    return { state: 'unknown', why: all.length ? 'several workspaces and no `workspaces:` binding in the configuration' : 'no workspace declared' };
  }

  /** IaC children: ARM/Bicep name them `<workspace>/<child>`; Terraform links them by workspace ID. */
  private parentWorkspace(r: Resource): Target | undefined {
    const full = r.props.fullName;
    if (full?.t === 'str' && full.value.includes('/')) return this.find(ARM_TYPE_OF_KIND.workspace!, full.value.split('/')[0], r);
    const linked = r.props.workspace ? this.resolve(r.props.workspace, r) : undefined;
    // An unresolvable link falls back to the configuration or the only workspace, like AML YAML.
    return linked?.state === 'unknown' ? undefined : linked;
  }

  /** The principal a role assignment's `principalId` names. */
  principalOf(v: MValue | undefined, near: Resource): Principal {
    // A literal object ID is some principal created outside this deployment: never the identity a rule asks about.
    if (v?.t === 'str' && GUID.test(v.value.trim())) return { state: 'external', type: 'objectId', name: v.value.trim().toLowerCase() };
    if (!v || v.t !== 'unknown' || !v.ref) return { state: 'unknown', why: 'principal given as a value not known statically' };
    const ref = v.ref;
    const t = this.resolveRef({ ...ref, property: undefined }, near);
    const kind = t.state === 'found' ? t.resource.kind : ref.type ? kindOfArmType(ref.type) : undefined;
    // A user-assigned identity or an Entra service principal is the principal itself; anything else acts through its system identity.
    const system = kind !== 'userAssignedIdentity' && kind !== 'servicePrincipal';
    if (t.state === 'found') return { state: 'found', resource: t.resource, system };
    if (t.state === 'external') return externalPrincipal(t);
    return { state: 'unknown', why: t.why };
  }

  private normaliseAssignment(r: Resource): Assignment {
    return { resource: r, role: this.roleOf(r.props.roleDefinitionId ?? r.props.roleDefinitionName), principal: this.principalOf(r.props.principalId, r), scope: this.scopeOf(r) };
  }

  /**
   * The role an assignment names: a name, GUID or role-definition ID (built-in or declared here),
   * a reference to a role definition declared in the repository (`customRole.id`,
   * `azurerm_role_definition.x.role_definition_resource_id`), or `resourceId('…/roleDefinitions', '<guid>')`.
   */
  private roleOf(v: MValue | undefined): RoleRef {
    if (!v) return { state: 'unknown', why: 'no role given' };
    if (v.t === 'str') return resolveRole(v.value, this.customRoles);
    if (v.t === 'unknown' && v.ref) {
      const hit = v.ref.symbol && v.ref.scope ? this.bySymbol.get(symbolKey(v.ref.scope, v.ref.instance, v.ref.symbol)) : undefined;
      const role = hit?.kind === 'roleDefinition' ? customRoleOf(hit) : undefined;
      if (role) return { state: 'known', role };
      if (v.ref.type && /roleDefinitions$/i.test(v.ref.type) && v.ref.name) return resolveRole(v.ref.name, this.customRoles);
    }
    return { state: 'unknown', why: v.t === 'unknown' ? v.why : 'role is not a string' };
  }

  private scopeOf(r: Resource): Scope {
    const v = r.props.scope;
    if (!v) {
      // ARM and Bicep assignments without scope apply to the deployment's resource group.
      if (r.format === 'arm' || r.format === 'bicep') return { kind: 'resourceGroup', file: r.file, deployGroup: r.resourceGroup };
      return { kind: 'unknown', why: 'no scope given' };
    }
    if (v.t === 'unknown' && v.ref?.type) {
      if (/^Microsoft\.Resources\/resourceGroups$/i.test(v.ref.type)) {
        // A Terraform group is known by its declaration even when its name is not.
        if (v.ref.symbol && r.format === 'terraform') return { kind: 'resourceGroup', name: v.ref.name, group: v.ref };
        return v.ref.name ? { kind: 'resourceGroup', name: v.ref.name, deployGroup: v.ref.name } : { kind: 'resourceGroup', file: r.file, deployGroup: r.resourceGroup };
      }
      if (/^Microsoft\.Resources\/subscriptions$/i.test(v.ref.type)) return { kind: 'subscription' };
      if (/^Microsoft\.Management\/managementGroups$/i.test(v.ref.type)) return { kind: 'managementGroup', name: v.ref.name };
    }
    if (v.t === 'str') {
      const group = MANAGEMENT_GROUP.exec(v.value.trim());
      if (group) return { kind: 'managementGroup', name: isPlaceholder(group[1]) ? undefined : group[1] };
      const id = parseResourceId(v.value);
      if (id?.kind === 'subscription') return { kind: 'subscription' };
      if (id?.kind === 'resourceGroup') return { kind: 'resourceGroup', name: isPlaceholder(id.resourceGroup ?? '') ? undefined : id.resourceGroup };
      const rel = r.format === 'arm' ? parseRelativeScope(v.value) : undefined;
      if (rel?.type && rel.name && !isPlaceholder(rel.name)) return { kind: 'resource', target: this.find(rel.type, rel.name, r) };
    }
    const t = this.resolve(v, r);
    if (t.state === 'unknown') return { kind: 'unknown', why: t.why };
    return { kind: 'resource', target: t };
  }

  /**
   * Does `who` hold every permission of `need` (a requirement, or a built-in role's name) on `on`,
   * as Azure evaluates it: the union of the roles assigned to it at scopes covering `on`? True when
   * the assignments that surely apply grant it, unknown when one that might apply (principal, scope
   * or role not resolved) could, false otherwise.
   */
  hasRole(who: Principal, need: Requirement | string, on: Target): Tri {
    const req = typeof need === 'string' ? requireRole(need) : need;
    const definite: RoleDef[] = [];
    const possible: (RoleDef | undefined)[] = [];
    for (const a of this.assignments) {
      const p = samePrincipal(a.principal, who);
      if (p === false) continue;
      const s = this.covers(a.scope, on, a.resource);
      if (s === false) continue;
      const role = a.role.state === 'known' ? a.role.role : undefined;
      if (p === true && s === true && role && !a.resource.maybeDeployed) definite.push(role);
      else possible.push(role);
    }
    const g = grants(definite, req, possible);
    return g === 'yes' ? true : g === 'no' ? false : 'unknown';
  }

  /**
   * Does a resource-group scope hold the target? Known when both resource groups are known (by
   * name, or as the same deployment's); a template's own resource group holds what it deploys.
   */
  private groupHolds(scope: Extract<Scope, { kind: 'resourceGroup' }>, on: Target): Tri {
    if (on.state !== 'found') return 'unknown';
    const mine = scope.deployGroup?.toLowerCase();
    const theirs = on.resource.resourceGroup?.toLowerCase();
    if (!mine || !theirs) return 'unknown';
    if (mine === theirs) return true;
    return !mine.startsWith('@') && !theirs.startsWith('@') ? false : 'unknown';
  }

  private covers(scope: Scope, on: Target, assignment: Resource): Tri {
    switch (scope.kind) {
      case 'subscription':
        return true;
      case 'unknown':
      case 'managementGroup':
        return 'unknown';
      case 'resourceGroup': {
        // Both resource groups known from the deployments (ARM, Bicep): they are the same or not.
        const known = this.groupHolds(scope, on);
        if (known !== 'unknown') return known;
        // The deployment's own resource group holds what the same template deploys.
        if (on.state === 'found' && scope.file && on.resource.file === scope.file && on.resource.format === assignment.format) return true;
        // A group named in the assignment holds the resources declared with that group's name, in any file.
        const group = on.state === 'found' ? on.resource.props.resourceGroup : undefined;
        if (scope.name && group?.t === 'str' && !isPlaceholder(group.value) && !isPlaceholder(scope.name)) return lower(group.value) === lower(scope.name);
        if (scope.group?.symbol && group?.t === 'unknown' && group.ref?.symbol && sameRef(scope.group, group.ref)) return true;
        return 'unknown';
      }
      case 'resource':
        return sameTarget(scope.target, on);
    }
  }
}

function sameRef(a: ResourceRef, b: ResourceRef): boolean {
  return a.scope === b.scope && a.instance === b.instance && a.symbol === b.symbol;
}

/** Module and standalone reads of one file yield the same declaration twice: keep one per place. */
function dedupe(list: Resource[]): Resource[] {
  const seen = new Map<string, Resource>();
  for (const r of list) {
    const key = `${r.file}:${r.decl.range.start.line}:${r.decl.range.start.column}#${r.instance ?? ''}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

export function sameTarget(a: Target, b: Target): Tri {
  if (a.state === 'unknown' || b.state === 'unknown') return 'unknown';
  if (a.state === 'found' && b.state === 'found') return a.resource === b.resource || sameDecl(a.resource, b.resource) ? true : false;
  if (a.state === 'external' && b.state === 'external') return sameExternal(a, b, true);
  const [ext, found] = a.state === 'external' ? [a, b] : [b, a];
  // Some resource of the same type whose name is not known may be this one.
  if (ext.state === 'external' && found.state === 'found' && !ext.name && ext.type && lower(ext.type) === lower(typeOf(found.resource) ?? '')) return 'unknown';
  return false;
}

/** Two resources declared outside the repository (or known only by type and symbol). */
function sameExternal(a: { type?: string; name?: string; key?: string }, b: { type?: string; name?: string; key?: string }, needType: boolean): Tri {
  if (a.type && b.type && lower(a.type) !== lower(b.type)) return false;
  if (a.key && a.key === b.key) return true;
  if (!a.name || !b.name || (needType && (!a.type || !b.type))) return 'unknown';
  return lower(a.name) === lower(b.name);
}

function typeOf(r: Resource): string | undefined {
  return r.armType ?? ARM_TYPE_OF_KIND[r.kind];
}

function externalPrincipal(t: { type?: string; name?: string; key?: string }): Principal {
  const p: Principal = { state: 'external', type: t.type, name: t.name };
  if (t.key) p.key = t.key;
  return p;
}

/** Graph key of a symbol: two instances of one declaration never collapse. */
export function symbolKey(scope: string, instance: string | undefined, symbol: string): string {
  return `${scope}#${instance ?? ''}#${symbol}`;
}

function sameDecl(a: Resource, b: Resource): boolean {
  return a.file === b.file && a.instance === b.instance && a.decl.range.start.line === b.decl.range.start.line && a.decl.range.start.column === b.decl.range.start.column;
}

export function samePrincipal(a: Principal, b: Principal): Tri {
  if (a.state === 'unknown' || b.state === 'unknown') return 'unknown';
  if (a.state === 'found' && b.state === 'found') return (a.resource === b.resource || sameDecl(a.resource, b.resource)) && a.system === b.system;
  if (a.state === 'external' && b.state === 'external') return sameExternal(a, b, false);
  const [ext, found] = a.state === 'external' ? [a, b] : [b, a];
  if (ext.state === 'external' && found.state === 'found' && !ext.name && ext.type && lower(ext.type) === lower(typeOf(found.resource) ?? '')) return 'unknown';
  return false;
}

/** A user-assigned identity (or a resource's system identity) reached through a reference, as a principal. */
export function asPrincipal(t: Target, system = false): Principal {
  if (t.state === 'found') return { state: 'found', resource: t.resource, system };
  if (t.state === 'external') return externalPrincipal(t);
  return { state: 'unknown', why: t.why };
}

/** How messages name a target. */
export function targetName(t: Target): string {
  if (t.state === 'found') return t.resource.name?.t === 'str' ? t.resource.name.value : '(unnamed)';
  if (t.state === 'external') return t.name ?? '(external)';
  return '(unknown)';
}
