import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { Resource } from '../../src/model/resource.js';
import { get, getPath } from '../../src/model/value.js';
import { readTerraform, readTfvars } from '../../src/readers/terraform.js';
import { memContext } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';


const FIXTURES = new URL('./fixtures/terraform/', import.meta.url).pathname;

function read(files: Record<string, string>, path = 'main.tf') {
  const ctx = memContext(files);
  return readTerraform(ctx.source(path)!, ctx);
}

function only(resources: Resource[], symbol: string): Resource {
  const r = resources.filter((x) => x.symbol === symbol);
  expect(r.map((x) => x.symbol)).toEqual([symbol]);
  return r[0];
}


describe('variables', () => {
  const files = {
    'variables.tf': ['variable "admin" {', '  default = true', '}', 'variable "sku" {', '  default = "Basic"', '}', 'variable "open" {}', ''].join('\n'),
    'main.tf': [
      'resource "azurerm_container_registry" "a" {',
      '  name          = "cra"',
      '  admin_enabled = var.admin',
      '  sku           = var.sku',
      '}',
      'resource "azurerm_container_registry" "b" {',
      '  name          = "crb"',
      '  admin_enabled = var.open',
      '}',
      '',
    ].join('\n'),
  };

  it('takes the default, located where the default is written', () => {
    const a = only(read(files).resources, 'azurerm_container_registry.a');
    expect(plain(a.props.adminUserEnabled)).toBe(true);
    expect(at(a.props.adminUserEnabled?.loc)).toBe('variables.tf:2:13-2:17');
  });

  it('prefers terraform.tfvars, then *.auto.tfvars, over the default', () => {
    const { resources } = read({ ...files, 'terraform.tfvars': 'admin = false\nsku = "Standard"\n', 'z.auto.tfvars': 'sku = "Premium"\n' });
    const a = only(resources, 'azurerm_container_registry.a');
    expect(plain(a.props.adminUserEnabled)).toBe(false);
    expect(at(a.props.adminUserEnabled?.loc)).toBe('terraform.tfvars:1:9-1:14');
    expect(plain(get(a.source, 'sku'))).toBe('Premium');
    expect(at(get(a.source, 'sku')?.loc)).toBe('z.auto.tfvars:1:7-1:16');
  });

  it('ignores other .tfvars files (they are chosen with -var-file)', () => {
    const a = only(read({ ...files, 'prod.tfvars': 'admin = false\n' }).resources, 'azurerm_container_registry.a');
    expect(plain(a.props.adminUserEnabled)).toBe(true);
  });

  it('leaves a variable without default unknown, located where it is used', () => {
    const b = only(read(files).resources, 'azurerm_container_registry.b');
    expect(plain(b.props.adminUserEnabled)).toEqual({ unknown: "variable 'open' has no default" });
    expect(at(b.props.adminUserEnabled?.loc)).toBe('main.tf:8:19-8:27');
  });

  it('reads .tfvars files as no resources, and reports their parse errors', () => {
    const ctx = memContext({ 'terraform.tfvars': 'admin = \n' });
    const r = readTfvars(ctx.source('terraform.tfvars')!, ctx);
    expect(r.resources).toEqual([]);
    expect(r.parseError).toMatchObject({ certain: true, start: 8 });
  });
});

describe('locals and expressions', () => {
  const main = [
    'locals {',
    '  prefix = "ml"',
    '  name   = "${local.prefix}-${var.env}"',
    '  tags   = merge({ a = "1" }, { b = "2" }, { a = "3" })',
    '  ids    = concat(["x"], tolist(["y"]), toset(["x", "z", "z"]))',
    '  loop_a = local.loop_b',
    '  loop_b = local.loop_a',
    '  admin  = var.env == "prod" ? false : true',
    '  maybe  = var.open ? true : false',
    '}',
    'variable "env" {',
    '  default = "dev"',
    '}',
    'variable "open" {}',
    'resource "azurerm_container_registry" "r" {',
    '  name          = lower(upper(local.name))',
    '  admin_enabled = local.admin',
    '  sku           = tostring(coalesce(null, "", "Basic"))',
    '  tags          = local.tags',
    '  georeplications = local.ids',
    '  loop          = local.loop_a',
    '  maybe         = local.maybe',
    '  tried         = try(var.env.missing, "fallback")',
    '  formatted     = format("%s-%s", local.prefix, "01")',
    '  joined        = join("/", ["a", local.prefix])',
    '}',
    '',
  ].join('\n');
  const r = only(read({ 'main.tf': main }).resources, 'azurerm_container_registry.r');
  const src = (k: string) => get(r.source, k);

  it('evaluates templates, string functions and locals', () => {
    expect(plain(r.name)).toBe('ml-dev');
    // A template is located where it is written (the local's value), lower/upper keep that place.
    expect(at(r.name?.loc)).toBe('main.tf:3:12-3:40');
    expect(plain(src('formatted'))).toBe('ml-01');
    expect(plain(src('joined'))).toBe('a/ml');
    expect(plain(src('sku'))).toBe('Basic');
    expect(at(src('sku')?.loc)).toBe('main.tf:18:47-18:54');
  });

  it('evaluates a conditional whose test is known, to the branch as written', () => {
    expect(plain(r.props.adminUserEnabled)).toBe(true);
    expect(at(r.props.adminUserEnabled?.loc)).toBe('main.tf:8:40-8:44');
    expect(plain(src('maybe'))).toEqual({ unknown: "the condition var.open is not known (variable 'open' has no default)" });
  });

  it('merges objects and concatenates lists', () => {
    expect(plain(src('tags'))).toEqual({ b: '2', a: '3' });
    expect(plain(src('georeplications'))).toEqual(['x', 'y', 'x', 'z']);
  });

  it('turns a cycle between locals into an unknown', () => {
    expect(plain(src('loop'))).toEqual({ unknown: "local 'loop_a' refers to itself" });
  });

  it('never takes the try() fallback on a guess', () => {
    expect(plain(src('tried'))).toEqual({ unknown: 'cannot index a str' });
  });
});

describe('references', () => {
  const main = [
    'resource "azurerm_user_assigned_identity" "uai" {',
    '  name = "uai-${var.env}"',
    '  location = "westeurope"',
    '}',
    'variable "env" {',
    '  default = "dev"',
    '}',
    'data "azurerm_client_config" "current" {}',
    'data "azurerm_user_assigned_identity" "shared" {',
    '  name = "uai-shared"',
    '}',
    'resource "azapi_resource" "ws" {',
    '  type = "Microsoft.MachineLearningServices/workspaces@2024-10-01"',
    '  name = "mlw"',
    '}',
    'resource "azurerm_role_assignment" "ra" {',
    '  scope                = azapi_resource.ws.id',
    '  role_definition_name = "AzureML Data Scientist"',
    '  principal_id         = azurerm_user_assigned_identity.uai.principal_id',
    '  principal_type       = "ServicePrincipal"',
    '  client               = azurerm_user_assigned_identity.uai.client_id',
    '  uai                  = azurerm_user_assigned_identity.uai.id',
    '  uai_name             = azurerm_user_assigned_identity.uai.name',
    '  uai_location         = azurerm_user_assigned_identity.uai.location',
    '  tenant               = data.azurerm_client_config.current.tenant_id',
    '  shared               = data.azurerm_user_assigned_identity.shared.principal_id',
    '  nowhere              = azurerm_key_vault.missing.id',
    '}',
    '',
  ].join('\n');
  const ra = only(read({ 'main.tf': main }).resources, 'azurerm_role_assignment.ra');
  const src = (k: string) => get(ra.source, k);
  const uaiRef = { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-dev', symbol: 'azurerm_user_assigned_identity.uai', scope: '.' };

  it('makes resource attributes known only after apply into references', () => {
    expect(plain(ra.props.principalId)).toEqual({ unknown: 'azurerm_user_assigned_identity.uai.principal_id is known only after apply', ref: { ...uaiRef, property: 'principalId' } });
    expect(at(ra.props.principalId?.loc)).toBe('main.tf:19:26-19:73');
    expect((src('client') as { ref?: unknown }).ref).toEqual({ ...uaiRef, property: 'clientId' });
    expect((src('uai') as { ref?: unknown }).ref).toEqual({ ...uaiRef, property: 'id' });
  });

  it('reads the name and other written arguments of a referenced resource as they are written', () => {
    expect(plain(src('uai_name'))).toBe('uai-dev');
    expect(at(src('uai_name')?.loc)).toBe('main.tf:2:10-2:26');
    expect(plain(src('uai_location'))).toBe('westeurope');
  });

  it('gives azapi references their ARM type', () => {
    expect((ra.props.scope as { ref?: unknown }).ref).toEqual({ type: 'Microsoft.MachineLearningServices/workspaces', name: 'mlw', symbol: 'azapi_resource.ws', scope: '.', property: 'id' });
  });

  it('reads data sources as unknowns, typed when the data source maps to an ARM type', () => {
    expect(plain(src('tenant'))).toEqual({
      unknown: 'data.azurerm_client_config.current.tenant_id is read from Azure at plan time',
      ref: { symbol: 'data.azurerm_client_config.current', scope: '.', property: 'tenantId' },
    });
    expect((src('shared') as { ref?: unknown }).ref).toEqual({ type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-shared', symbol: 'data.azurerm_user_assigned_identity.shared', scope: '.', property: 'principalId' });
  });

  it('keeps which role form was used', () => {
    expect(plain(ra.props.roleDefinitionId)).toBe('AzureML Data Scientist');
    expect(plain(ra.props.roleDefinitionName)).toBe('AzureML Data Scientist');
    expect(plain(ra.props.principalType)).toBe('ServicePrincipal');
    expect(plain(src('nowhere'))).toMatchObject({ unknown: 'azurerm_key_vault.missing.id is not declared in this module' });
  });
});

describe('for_each and count', () => {
  const main = [
    'resource "azurerm_container_registry" "r" {',
    '  for_each = {',
    '    dev  = true',
    '    prod = false',
    '  }',
    '  name          = "cr${each.key}"',
    '  admin_enabled = each.value',
    '}',
    'resource "azurerm_user_assigned_identity" "ids" {',
    '  for_each = toset(["a", "b"])',
    '  name     = "uai-${each.value}"',
    '}',
    'resource "azurerm_role_assignment" "ra" {',
    '  principal_id = azurerm_user_assigned_identity.ids["b"].principal_id',
    '  scope        = azurerm_container_registry.r[var.which].id',
    '}',
    'variable "which" {}',
    'variable "make" {',
    '  default = false',
    '}',
    'resource "azurerm_container_registry" "off" {',
    '  count         = var.make ? 1 : 0',
    '  admin_enabled = true',
    '}',
    'resource "azurerm_container_registry" "some" {',
    '  count         = var.which',
    '  admin_enabled = true',
    '}',
    '',
  ].join('\n');
  const { resources } = read({ 'main.tf': main });

  it('gives one instance per element of a literal map, with each.key and each.value bound', () => {
    const dev = only(resources, 'azurerm_container_registry.r["dev"]');
    const prod = only(resources, 'azurerm_container_registry.r["prod"]');
    expect([plain(dev.name), plain(prod.name)]).toEqual(['crdev', 'crprod']);
    expect(at(dev.name?.loc)).toBe('main.tf:6:19-6:34');
    expect(plain(dev.props.adminUserEnabled)).toBe(true);
    expect(at(dev.props.adminUserEnabled?.loc)).toBe('main.tf:3:12-3:16');
    expect(at(prod.props.adminUserEnabled?.loc)).toBe('main.tf:4:12-4:17');
    expect(dev.decl).toEqual(prod.decl);
  });

  it('gives one instance per element of a literal set, and references pick the instance', () => {
    expect(resources.filter((r) => r.kind === 'userAssignedIdentity').map((r) => [r.symbol, plain(r.name)])).toEqual([
      ['azurerm_user_assigned_identity.ids["a"]', 'uai-a'],
      ['azurerm_user_assigned_identity.ids["b"]', 'uai-b'],
    ]);
    const ra = only(resources, 'azurerm_role_assignment.ra');
    expect((ra.props.principalId as { ref?: unknown }).ref).toEqual({
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      name: 'uai-b',
      symbol: 'azurerm_user_assigned_identity.ids["b"]',
      scope: '.',
      instance: 'azurerm_user_assigned_identity.ids["b"]',
      property: 'principalId',
    });
    expect((ra.props.scope as { ref?: unknown }).ref).toEqual({ type: 'Microsoft.ContainerRegistry/registries', symbol: 'azurerm_container_registry.r', scope: '.', property: 'id' });
  });

  it('drops a resource whose count is known to be 0, and reads an unknown count as one instance', () => {
    expect(resources.filter((r) => r.symbol === 'azurerm_container_registry.off')).toEqual([]);
    expect(only(resources, 'azurerm_container_registry.some').kind).toBe('containerRegistry');
  });
});

describe('azurerm mapping', () => {
  const main = [
    'resource "azurerm_machine_learning_workspace" "ws" {',
    '  name                           = "mlw"',
    '  container_registry_id          = azurerm_container_registry.acr.id',
    '  storage_account_id             = "/st"',
    '  key_vault_id                   = "/kv"',
    '  application_insights_id        = "/appi"',
    '  primary_user_assigned_identity = azurerm_user_assigned_identity.u.id',
    '  kind                           = "FeatureStore"',
    '  identity {',
    '    type         = "SystemAssigned, UserAssigned"',
    '    identity_ids = [azurerm_user_assigned_identity.u.id, "/x/uai-2"]',
    '  }',
    '}',
    'resource "azurerm_machine_learning_compute_cluster" "cc" {',
    '  name = "cpu"',
    '  machine_learning_workspace_id = azurerm_machine_learning_workspace.ws.id',
    '  dynamic "identity" {',
    '    for_each = var.ids',
    '    content {',
    '      type = "UserAssigned"',
    '    }',
    '  }',
    '}',
    'resource "azurerm_key_vault" "kv" {',
    '  name                      = "kv"',
    '  tenant_id                 = "t-1"',
    '  enable_rbac_authorization = false',
    '  access_policy {',
    '    tenant_id          = "t-1"',
    '    object_id          = "o-1"',
    '    secret_permissions = ["Get", "Purge"]',
    '  }',
    '}',
    'resource "azurerm_machine_learning_datastore_blobstorage" "ds" {',
    '  name                 = "blob"',
    '  workspace_id         = azurerm_machine_learning_workspace.ws.id',
    '  account_key          = "c2VjcmV0"',
    '}',
    'resource "azurerm_machine_learning_datastore_fileshare" "fs" {',
    '  name                  = "files"',
    '  service_data_identity = "WorkspaceSystemAssignedIdentity"',
    '}',
    'resource "azurerm_linux_virtual_machine" "vm" {',
    '  name = "vm"',
    '  identity {',
    '    type = "SystemAssigned"',
    '  }',
    '}',
    'resource "azurerm_network_interface" "nic" {',
    '  name = "nic"',
    '}',
    '',
  ].join('\n');
  const { resources } = read({ 'main.tf': main });

  it('maps a workspace with its identity block', () => {
    const ws = only(resources, 'azurerm_machine_learning_workspace.ws');
    expect(ws).toMatchObject({ kind: 'workspace', format: 'terraform', file: 'main.tf', armType: 'Microsoft.MachineLearningServices/workspaces', scope: '.', subKind: 'featurestore' });
    expect(at(ws.decl)).toBe('main.tf:1:1-1:51');
    expect(plain(ws.props.storageAccount)).toBe('/st');
    expect((ws.props.containerRegistry as { ref?: { property?: string } }).ref?.property).toBe('id');
    expect(ws.identity).toMatchObject({ system: true, user: true });
    expect(at(ws.identity?.decl)).toBe('main.tf:9:3-9:11');
    expect(at(ws.identity?.type?.loc)).toBe('main.tf:10:20-10:50');
    expect(ws.identity?.userAssigned.map(plain)).toEqual([
      { unknown: 'azurerm_user_assigned_identity.u.id is not declared in this module', ref: { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', symbol: 'azurerm_user_assigned_identity.u', scope: '.', property: 'id' } },
      '/x/uai-2',
    ]);
  });

  it('maps compute kinds; a dynamic identity block has an unknown type', () => {
    const cc = only(resources, 'azurerm_machine_learning_compute_cluster.cc');
    expect(cc).toMatchObject({ kind: 'compute', subKind: 'amlcompute', armType: 'Microsoft.MachineLearningServices/workspaces/computes' });
    expect(cc.identity).toMatchObject({ system: 'unknown', user: 'unknown', userAssigned: [] });
    expect(at(cc.identity?.decl)).toBe('main.tf:17:3-17:10');
  });

  it('maps key vault access policies into the ARM shape', () => {
    const kv = only(resources, 'azurerm_key_vault.kv');
    expect(plain(kv.props.enableRbacAuthorization)).toBe(false);
    expect(plain(kv.props.tenantId)).toBe('t-1');
    expect(plain(kv.props.accessPolicies)).toEqual([{ tenantId: 't-1', objectId: 'o-1', permissions: { secrets: ['Get', 'Purge'] } }]);
    const policies = kv.props.accessPolicies;
    expect(policies?.t === 'arr' ? at(policies.items[0].loc) : 'not a list').toBe('main.tf:28:3-32:4');
    expect(at(getPath(policies?.t === 'arr' ? policies.items[0] : undefined, ['permissions', 'secrets'])?.loc)).toBe('main.tf:31:26-31:42');
  });

  it('maps datastores with their credentials under the AML YAML names', () => {
    const ds = only(resources, 'azurerm_machine_learning_datastore_blobstorage.ds');
    expect(ds).toMatchObject({ kind: 'datastore', subKind: 'azureblob' });
    expect(plain(ds.props.credentials)).toEqual({ account_key: 'c2VjcmV0' });
    const fs = only(resources, 'azurerm_machine_learning_datastore_fileshare.fs');
    expect(fs).toMatchObject({ subKind: 'azurefile', props: { credentials: undefined } });
    expect(plain(fs.props.serviceDataAccessAuthIdentity)).toBe('WorkspaceSystemAssignedIdentity');
  });

  it('keeps other resources with an ARM type or an identity as scopes and principals, and skips the rest', () => {
    expect(resources.map((r) => `${r.kind} ${r.symbol}`).sort()).toEqual([
      'compute azurerm_machine_learning_compute_cluster.cc',
      'datastore azurerm_machine_learning_datastore_blobstorage.ds',
      'datastore azurerm_machine_learning_datastore_fileshare.fs',
      'keyVault azurerm_key_vault.kv',
      'otherResource azurerm_linux_virtual_machine.vm',
      'workspace azurerm_machine_learning_workspace.ws',
    ]);
    const vm = only(resources, 'azurerm_linux_virtual_machine.vm');
    expect(vm).toMatchObject({ armType: 'Microsoft.Compute/virtualMachines', identity: { system: true, user: false } });
  });
});

describe('azapi_resource', () => {
  const main = [
    'resource "azurerm_user_assigned_identity" "ws" {',
    '  name = "uai-ws"',
    '}',
    'resource "azapi_resource" "ws" {',
    '  type      = "Microsoft.MachineLearningServices/workspaces@2024-10-01"',
    '  name      = "mlw-azapi"',
    '  identity {',
    '    type         = "UserAssigned"',
    '    identity_ids = [azurerm_user_assigned_identity.ws.id]',
    '  }',
    '  body = jsonencode({',
    '    kind = "Default"',
    '    properties = {',
    '      containerRegistry           = null',
    '      primaryUserAssignedIdentity = azurerm_user_assigned_identity.ws.id',
    '    }',
    '  })',
    '}',
    'resource "azapi_resource" "opaque" {',
    '  type = "Microsoft.MachineLearningServices/workspaces@2024-10-01"',
    '  name = "mlw-opaque"',
    '  body = jsondecode(file("ws.json"))',
    '}',
    'resource "azapi_resource" "other" {',
    '  type = "Microsoft.Network/virtualNetworks@2024-01-01"',
    '  name = "vnet"',
    '}',
    '',
  ].join('\n');
  const { resources } = read({ 'main.tf': main });

  it('reads a jsonencode body like ARM, with the identity block merged into it', () => {
    const ws = only(resources, 'azapi_resource.ws');
    expect(ws).toMatchObject({ kind: 'workspace', format: 'terraform', subKind: 'default', armType: 'Microsoft.MachineLearningServices/workspaces', scope: '.' });
    expect(plain(ws.name)).toBe('mlw-azapi');
    expect(at(ws.name?.loc)).toBe('main.tf:6:15-6:26');
    expect(at(ws.decl)).toBe('main.tf:4:1-4:31');
    expect(plain(ws.props.containerRegistry)).toBeNull();
    expect(at(ws.props.containerRegistry?.loc)).toBe('main.tf:14:37-14:41');
    expect(ws.identity).toMatchObject({ system: false, user: true });
    expect(at(ws.identity?.decl)).toBe('main.tf:7:3-7:11');
    const uaiRef = { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-ws', symbol: 'azurerm_user_assigned_identity.ws', scope: '.', property: 'id' };
    expect(ws.identity?.userAssigned.map((u) => (u as { ref?: unknown }).ref)).toEqual([uaiRef]);
    expect((ws.props.primaryUserAssignedIdentity as { ref?: unknown }).ref).toEqual(uaiRef);
  });

  it('makes the properties of a body that is not known unknown, not missing', () => {
    const ws = only(resources, 'azapi_resource.opaque');
    expect(plain(ws.props.containerRegistry)).toEqual({ unknown: 'file() is not evaluated' });
    expect(resources.map((r) => r.symbol)).toEqual(['azurerm_user_assigned_identity.ws', 'azapi_resource.ws', 'azapi_resource.opaque']);
  });
});

describe('modules', () => {
  const caller = {
    'main.tf': ['module "acr" {', '  source = "./modules/acr"', '  admin  = true', '}', 'output "x" {', '  value = module.acr.id', '}', ''].join('\n'),
    'modules/acr/main.tf': [
      'variable "admin" {}',
      'resource "azurerm_container_registry" "this" {',
      '  name          = "cr"',
      '  admin_enabled = var.admin',
      '}',
      'output "id" {',
      '  value = azurerm_container_registry.this.id',
      '}',
      'module "self" {',
      '  source = "../acr"',
      '}',
      '',
    ].join('\n'),
  };

  it('evaluates a local module with the arguments passed, located in the caller', () => {
    const { resources } = read(caller);
    const acr = only(resources, 'azurerm_container_registry.this');
    expect(acr).toMatchObject({ file: 'modules/acr/main.tf', scope: 'modules/acr' });
    expect(at(acr.decl)).toBe('modules/acr/main.tf:2:1-2:45');
    expect(plain(acr.props.adminUserEnabled)).toBe(true);
    expect(at(acr.props.adminUserEnabled?.loc)).toBe('main.tf:3:12-3:16');
  });

  it('leaves registry modules unread: their outputs are unknown', () => {
    const { resources } = read({
      'main.tf': 'module "remote" {\n  source = "Azure/avm-res-containerregistry-registry/azurerm"\n}\nresource "azurerm_role_assignment" "r" {\n  scope = module.remote.resource_id\n}\n',
    });
    expect(resources.map((r) => r.symbol)).toEqual(['azurerm_role_assignment.r']);
    expect(plain(resources[0].props.scope)).toEqual({ unknown: "module 'remote' is not a local module that can be read" });
  });

  it('does not read a module folder the repository calls on its own (its defaults would add resources no caller creates)', () => {
    expect(read(caller, 'modules/acr/main.tf').resources).toEqual([]);
  });

  it('reads a module folder nobody calls on its own, with its defaults, and stops at a cycle', () => {
    const { 'main.tf': _, ...uncalled } = caller;
    const { resources } = read(uncalled, 'modules/acr/main.tf');
    const acr = only(resources, 'azurerm_container_registry.this');
    expect(plain(acr.props.adminUserEnabled)).toEqual({ unknown: "variable 'admin' has no default" });
  });

  it('lints a folder: the finding points at the value in the caller', () => {
    const root = FIXTURES + 'module';
    const result = lint({ root, rules: builtinRules });
    const model = result.model.resources;
    // main.tf returns the module's resources; modules/ws, called by main.tf, is not read on its own.
    expect(model.map((r) => `${r.file} ${r.symbol} ${r.instance ?? ''}`).sort()).toEqual([
      'main.tf azurerm_role_assignment.acr_pull ',
      'main.tf azurerm_user_assigned_identity.ws ',
      'modules/ws/main.tf azurerm_container_registry.acr module.ws',
      'modules/ws/main.tf azurerm_machine_learning_workspace.ws module.ws',
    ]);
    const ra = model.find((r) => r.kind === 'roleAssignment')!;
    // `module.ws.acr_id` is the module's output: a reference into the module folder.
    expect((ra.props.scope as { ref?: unknown }).ref).toEqual({ type: 'Microsoft.ContainerRegistry/registries', name: 'crmlwfromcaller', symbol: 'azurerm_container_registry.acr', scope: 'modules/ws', instance: 'module.ws', property: 'id' });
    const ws = model.filter((r) => r.kind === 'workspace').map((r) => plain(r.name));
    expect(ws).toEqual(['mlw-from-caller']);
    const acr = result.findings.filter((f) => f.ruleId === 'acr-admin-user').map((f) => `${at(f.loc)} ${f.message}`);
    expect(acr).toEqual(["main.tf:4:21-4:25 Container registry 'crmlwfromcaller' has its admin user enabled; disable it and pull with managed identities (AcrPull)."]);
  });
});

describe('parse errors', () => {
  it('reports the broken file and still reads the good one in the same run', () => {
    const result = lint({ root: FIXTURES + 'broken', rules: builtinRules, only: ['parse-error', 'acr-admin-user'] });
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity} ${at(f.loc)}`)).toEqual(['parse-error error bad.tf:3:19-3:20', 'acr-admin-user error good.tf:3:19-3:23']);
    expect(result.findings[0].message).toMatch(/^Cannot parse this file: /);
  });

  it('keeps resources that end before the first error', () => {
    const r = read({ 'main.tf': 'resource "azurerm_container_registry" "ok" {\n  name = "a"\n}\nresource "azurerm_container_registry" "bad" {\n  name = \n}\n' });
    expect(r.parseError).toMatchObject({ certain: true });
    expect(r.resources.map((x) => x.symbol)).toEqual(['azurerm_container_registry.ok']);
  });
});
