// One mapper per az command that declares a resource the rules care about.
import type { ReadContext } from '../../formats/contract.js';
import { makeIdentity } from '../../model/identity.js';
import type { Resource, ResourceKind } from '../../model/resource.js';
import { fromPlain, normEnum, type MValue } from '../../model/value.js';
import { roleDefinitionFile } from './role-file.js';
import { boolFlag, flagOf, listValues, setValue, valueOf, type CmdView } from './words.js';

type Mapper = (v: CmdView, base: Base, ctx?: ReadContext) => Resource | undefined;
type Base = (kind: ResourceKind, armType: string) => Resource;

const ML = 'Microsoft.MachineLearningServices/workspaces';

/** Command words → mapper. The words must start the command's group (`az acr create …`). */
const COMMANDS: [string[], Mapper][] = [
  [['acr', 'create'], acr],
  [['acr', 'update'], acr],
  [['ml', 'workspace', 'create'], (v, b) => workspace(v, b, false)],
  [['ml', 'workspace', 'update'], (v, b) => workspace(v, b, true)],
  [['ml', 'compute', 'create'], (v, b) => compute(v, b, false)],
  [['ml', 'compute', 'update'], (v, b) => compute(v, b, true)],
  [['ml', 'online-endpoint', 'create'], (v, b) => onlineEndpoint(v, b, false)],
  [['ml', 'online-endpoint', 'update'], (v, b) => onlineEndpoint(v, b, true)],
  [['identity', 'create'], identity],
  [['role', 'assignment', 'create'], roleAssignment],
  [['role', 'definition', 'create'], roleDefinition],
  [['ad', 'sp', 'create-for-rbac'], servicePrincipal],
];

/** The resource an az command declares, or undefined for commands that declare none. */
export function resourceOf(v: CmdView, file: string, ctx?: ReadContext): Resource | undefined {
  const group = v.cmd.group;
  const hit = COMMANDS.find(([words]) => words.every((w, i) => group[i] === w));
  if (!hit) return undefined;
  const base: Base = (kind, armType) => ({
    kind,
    format: 'az-cli',
    file,
    decl: v.at(v.cmd.span),
    name: valueOf(v, '--name', '-n'),
    armType,
    props: {},
  });
  return hit[1](v, base, ctx);
}

/** `az acr create|update`: `--admin-enabled` is off unless given. */
function acr(v: CmdView, base: Base): Resource {
  const r = base('containerRegistry', 'Microsoft.ContainerRegistry/registries');
  r.props = { adminUserEnabled: boolFlag(v, flagOf(v, '--admin-enabled')) };
  return r;
}

/**
 * `az ml workspace create|update`. With `--file` the YAML declares the workspace (read on its
 * own), so the command adds a resource only when it overrides a property rules read.
 */
function workspace(v: CmdView, base: Base, update: boolean): Resource | undefined {
  const file = flagOf(v, '--file', '-f');
  const props = {
    containerRegistry: valueOf(v, '--container-registry', '-c') ?? setValue(v, 'container_registry'),
    applicationInsights: valueOf(v, '--application-insights', '-a') ?? setValue(v, 'application_insights'),
    primaryUserAssignedIdentity: valueOf(v, '--primary-user-assigned-identity', '-p') ?? setValue(v, 'primary_user_assigned_identity'),
    hubId: valueOf(v, '--hub-id') ?? setValue(v, 'hub_id'),
    kind: valueOf(v, '--kind') ?? setValue(v, 'kind'),
  };
  const overrides = Object.values(props).some((p) => p !== undefined);
  if (file && !update && !overrides) return undefined;
  const r = base('workspace', ML);
  if (!props.containerRegistry && (file || update)) {
    // an update keeps the attached registry; with --file the YAML says which one
    const why = update ? 'az ml workspace update keeps the attached registry' : 'given by --file';
    props.containerRegistry = { t: 'unknown', loc: v.at(file ? file.span : v.cmd.span), why };
  }
  r.props = props;
  if (props.kind?.t === 'str') {
    r.subKind = normEnum(props.kind.value);
    r.subKindAt = props.kind;
  }
  return r;
}

/** `az ml compute create|update`: `--type` gives the compute type, `--identity-type` + `-i` the identity. */
function compute(v: CmdView, base: Base, update: boolean): Resource {
  const r = base('compute', `${ML}/computes`);
  const type = update ? undefined : valueOf(v, '--type', '-t');
  r.subKind = type?.t === 'str' ? normEnum(type.value) : undefined;
  r.subKindAt = type;
  const ws = valueOf(v, '--workspace-name', '-w');
  // The workspace by name: the graph finds it among the declared workspaces.
  const workspace: MValue | undefined = ws?.t === 'str' ? { t: 'unknown', loc: ws.loc, why: 'workspace named by --workspace-name', ref: { type: ML, name: ws.value } } : undefined;
  r.props = { computeType: type, workspace };
  const typeFlag = flagOf(v, '--identity-type');
  const uaiFlag = flagOf(v, '--user-assigned-identities', '-i');
  const decl = typeFlag ?? uaiFlag;
  if (decl) {
    const uais = listValues(v, uaiFlag, (s) => s.toLowerCase() === '[system]');
    r.identity = makeIdentity(v.at(decl.span), valueOf(v, '--identity-type'), uais);
  }
  return r;
}

/**
 * `az ml online-endpoint create|update`. `--auth-mode` exists on create (CLI reference
 * `ml/online-endpoint.yml`). Without `--file`, a created endpoint names no compute: managed.
 */
function onlineEndpoint(v: CmdView, base: Base, update: boolean): Resource {
  const r = base('onlineEndpoint', `${ML}/onlineEndpoints`);
  const compute = setValue(v, 'compute');
  r.props = { authMode: valueOf(v, '--auth-mode') ?? setValue(v, 'auth_mode'), compute };
  if (compute) r.subKind = 'kubernetes';
  else if (!update && !flagOf(v, '--file', '-f')) r.subKind = 'managed';
  return r;
}

/** `az ad sp create-for-rbac`: an Entra application and its service principal, a principal of role assignments. */
function servicePrincipal(v: CmdView, base: Base): Resource {
  const r = base('servicePrincipal', 'Microsoft.Graph/servicePrincipals');
  r.name ??= valueOf(v, '--display-name');
  return r;
}

function identity(v: CmdView, base: Base): Resource {
  const r = base('userAssignedIdentity', 'Microsoft.ManagedIdentity/userAssignedIdentities');
  r.props = { resourceGroup: valueOf(v, '--resource-group', '-g') };
  return r;
}

/** `az role assignment create`: the scope is `--scope`, else the resource group, else the subscription. */
function roleAssignment(v: CmdView, base: Base): Resource {
  const r = base('roleAssignment', 'Microsoft.Authorization/roleAssignments');
  const rg = valueOf(v, '--resource-group', '-g');
  let scope: MValue | undefined = valueOf(v, '--scope');
  if (!scope && rg) {
    const name = rg.t === 'str' ? `'${rg.value}'` : 'given';
    scope = { t: 'unknown', loc: rg.loc, why: `resource group ${name} of the current subscription (/subscriptions/<unknown>/resourceGroups/…)` };
  } else if (!scope) {
    scope = { t: 'unknown', loc: r.decl, why: 'no --scope or --resource-group: the current subscription' };
  }
  r.props = {
    roleDefinitionId: valueOf(v, '--role'),
    principalId: valueOf(v, '--assignee-object-id') ?? valueOf(v, '--assignee'),
    principalType: valueOf(v, '--assignee-principal-type'),
    scope,
    resourceGroup: rg,
  };
  return r;
}

/**
 * `az role definition create --role-definition '<JSON>'`: the JSON (`Name`, `Actions`, `NotActions`,
 * `DataActions`, `NotDataActions`, or `roleName` + `permissions`) read as a role definition. The
 * JSON may also be a file in the repository (`@role.json` or `role.json`); a file outside the scan
 * root, missing, broken, or a value not known statically leaves the role partly known.
 */
function roleDefinition(v: CmdView, base: Base, ctx?: ReadContext): Resource {
  const r = base('roleDefinition', 'Microsoft.Authorization/roleDefinitions');
  const def = valueOf(v, '--role-definition');
  let body: MValue | undefined;
  if (def?.t === 'str' && def.value.trim().startsWith('{')) {
    try {
      body = fromPlain(JSON.parse(def.value), def.loc);
    } catch {
      body = undefined;
    }
  } else if (def?.t === 'str' && ctx) {
    body = roleDefinitionFile(def.value, r.file, ctx);
  }
  const pick = (...keys: string[]) => (body?.t === 'obj' ? body.entries.find((e) => keys.includes(e.key.toLowerCase()))?.value : undefined);
  const permissions = pick('permissions') ?? (body ? { t: 'arr' as const, items: [body], loc: body.loc } : undefined);
  r.name = pick('name', 'rolename');
  r.props = { roleName: pick('rolename', 'name'), roleId: pick('id'), permissions, assignableScopes: pick('assignablescopes') };
  return r;
}
