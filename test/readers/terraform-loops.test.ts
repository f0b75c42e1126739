import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { Graph } from '../../src/model/graph.js';
import type { Resource } from '../../src/model/resource.js';
import { readTerraform } from '../../src/readers/terraform.js';
import { memContext, tempRepo } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';
import { rmSync } from 'node:fs';

function read(files: Record<string, string>, path = 'main.tf', extra: { maxLoopIterations?: number } = {}) {
  const ctx = memContext(files, extra.maxLoopIterations);
  const result = readTerraform(ctx.source(path)!, ctx);
  return { ...result, notes: (result.notes ?? []).map((n) => `${at(n.loc)} ${n.message}`) };
}

const tf = (...lines: string[]) => lines.join('\n') + '\n';
const symbols = (rs: Resource[]) => rs.map((r) => r.symbol);

describe('count', () => {
  it('gives one instance per index with count.index bound, located at the count', () => {
    const { resources } = read({ 'main.tf': tf('resource "azurerm_user_assigned_identity" "u" {', '  count = 2', '  name  = "uai-${count.index}"', '}') });
    expect(resources.map((r) => [r.symbol, r.instance, plain(r.name)])).toEqual([
      ['azurerm_user_assigned_identity.u[0]', 'azurerm_user_assigned_identity.u[0]', 'uai-0'],
      ['azurerm_user_assigned_identity.u[1]', 'azurerm_user_assigned_identity.u[1]', 'uai-1'],
    ]);
  });

  it('removes the resource for count = 0 and a condition known to be false', () => {
    const { resources } = read({
      'main.tf': tf('locals {', '  on = false', '}', 'resource "azurerm_user_assigned_identity" "a" {', '  count = 0', '}', 'resource "azurerm_user_assigned_identity" "b" {', '  count = local.on ? 1 : 0', '}'),
    });
    expect(resources).toEqual([]);
  });

  it('keeps a resource whose count is not known as "maybe deployed", with the reason', () => {
    const { resources } = read({ 'main.tf': tf('variable "grant" {}', 'resource "azurerm_role_assignment" "r" {', '  count = var.grant ? 1 : 0', '}') });
    expect(resources.map((r) => [r.symbol, r.maybeDeployed])).toEqual([
      ['azurerm_role_assignment.r', "count = var.grant ? 1 : 0 is not known (the condition var.grant is not known (variable 'grant' has no default))"],
    ]);
  });

  it('reads a count over the cap as not known, with a note, and never expands it', () => {
    const { resources, notes } = read({ 'main.tf': tf('resource "azurerm_user_assigned_identity" "u" {', '  count = 5000', '}') }, 'main.tf', { maxLoopIterations: 100 });
    expect(resources.map((r) => [r.symbol, r.maybeDeployed])).toEqual([['azurerm_user_assigned_identity.u', 'count = 5000 is not known (more than 100 instances)']]);
    expect(notes).toEqual(['main.tf:2:11-2:15 the count of azurerm_user_assigned_identity.u has 5000 elements, more than the 100 amlguard expands (option maxLoopIterations): read as not known.']);
  });
});

describe('for_each', () => {
  it('walks tfvars, locals, variables with defaults, merge and for expressions', () => {
    const { resources } = read({
      'variables.tf': tf('variable "extra" {', '  default = { c = "3" }', '}', 'variable "envs" {}'),
      'terraform.tfvars': tf('envs = ["dev", "prod"]'),
      'main.tf': tf(
        'locals {',
        '  base = { a = "1", b = "2" }',
        '  all  = merge(local.base, var.extra)',
        '  up   = { for k, v in local.all : upper(k) => v if v != "2" }',
        '}',
        'resource "azurerm_user_assigned_identity" "m" {',
        '  for_each = local.up',
        '  name     = "uai-${each.key}-${each.value}"',
        '}',
        'resource "azurerm_user_assigned_identity" "e" {',
        '  for_each = toset([for e in var.envs : "${e}-x"])',
        '  name     = each.key',
        '}',
      ),
    });
    expect(resources.map((r) => plain(r.name))).toEqual(['uai-A-1', 'uai-C-3', 'dev-x', 'prod-x']);
    // each.key of a set is the element, located where the for expression writes it.
    expect(at(resources[2].name?.loc)).toBe('main.tf:11:41-11:49');
  });

  it('expands flatten and setproduct pairs, each instance its own resource', () => {
    const { resources } = read({
      'main.tf': tf(
        'locals {',
        '  pairs = flatten([for s in ["st", "kv"] : [for r in ["r1", "r2"] : { key = "${s}-${r}", s = s, r = r }]])',
        '  prod  = setproduct(["x", "y"], ["1"])',
        '}',
        'resource "azurerm_role_assignment" "p" {',
        '  for_each     = { for p in local.pairs : p.key => p }',
        '  scope        = each.value.s',
        '  principal_id = each.value.r',
        '}',
        'resource "azurerm_role_assignment" "q" {',
        '  for_each = { for p in local.prod : join("", p) => p[0] }',
        '  scope    = each.value',
        '}',
      ),
    });
    expect(symbols(resources)).toEqual([
      'azurerm_role_assignment.p["kv-r1"]',
      'azurerm_role_assignment.p["kv-r2"]',
      'azurerm_role_assignment.p["st-r1"]',
      'azurerm_role_assignment.p["st-r2"]',
      'azurerm_role_assignment.q["x1"]',
      'azurerm_role_assignment.q["y1"]',
    ]);
    expect(resources.map((r) => plain(r.props.scope))).toEqual(['kv', 'kv', 'st', 'st', 'x', 'y']);
  });

  it('keeps a for_each over something not known as one "maybe" instance', () => {
    const { resources } = read({ 'main.tf': tf('variable "ids" {}', 'resource "azurerm_role_assignment" "r" {', '  for_each = var.ids', '  scope    = each.value', '}') });
    expect(resources.map((r) => [r.symbol, plain(r.props.scope)])).toEqual([['azurerm_role_assignment.r', { unknown: 'each.value is known only per for_each instance' }]]);
    expect(resources[0].maybeDeployed).toMatch(/^for_each = var.ids is not known/);
  });

  it('reads a for expression over the cap as not known, with a note', () => {
    const { resources, notes } = read({ 'main.tf': tf('resource "azurerm_user_assigned_identity" "u" {', '  name = [for i in [1, 2, 3] : "x"]', '}') }, 'main.tf', { maxLoopIterations: 2 });
    expect(plain(resources[0].name)).toEqual({ unknown: 'a for expression over 3 elements (more than 2)' });
    expect(notes).toHaveLength(1);
  });
});

describe('dynamic blocks', () => {
  it('expands a dynamic block over a known collection, with its iterator bound', () => {
    const { resources } = read({
      'main.tf': tf(
        'resource "azurerm_key_vault" "kv" {',
        '  name = "kv"',
        '  dynamic "access_policy" {',
        '    for_each = { reader = "Get", writer = "Set" }',
        '    iterator = p',
        '    content {',
        '      object_id          = p.key',
        '      secret_permissions = [p.value]',
        '    }',
        '  }',
        '  dynamic "identity" {',
        '    for_each = ["one"]',
        '    content {',
        '      type = "SystemAssigned"',
        '    }',
        '  }',
        '}',
      ),
    });
    const kv = resources[0];
    expect(plain(kv.source)).toMatchObject({ access_policy: [{ object_id: 'reader', secret_permissions: ['Get'] }, { object_id: 'writer', secret_permissions: ['Set'] }] });
    expect(kv.identity).toMatchObject({ system: true, user: false });
  });

  it('a dynamic identity over an empty collection is no identity', () => {
    const { resources } = read({ 'main.tf': tf('resource "azurerm_kubernetes_cluster" "k" {', '  name = "aks"', '  dynamic "identity" {', '    for_each = []', '    content {', '      type = "SystemAssigned"', '    }', '  }', '}') });
    expect(resources[0].identity).toBeUndefined();
  });
});

describe('module instances', () => {
  const module = tf(
    'variable "name" {}',
    'variable "grant" {',
    '  default = true',
    '}',
    'resource "azurerm_user_assigned_identity" "u" {',
    '  name = "uai-${var.name}"',
    '}',
    'resource "azurerm_role_assignment" "r" {',
    '  count        = var.grant ? 1 : 0',
    '  principal_id = azurerm_user_assigned_identity.u.principal_id',
    '}',
    'output "principal_id" {',
    '  value = azurerm_user_assigned_identity.u.principal_id',
    '}',
  );

  it('gives every call its own instance, arguments and outputs; no standalone read of the called folder', () => {
    const files = {
      'mod/main.tf': module,
      'main.tf': tf(
        'module "train" {',
        '  source = "./mod"',
        '  name   = "train"',
        '}',
        'module "score" {',
        '  source = "./mod"',
        '  name   = "score"',
        '  grant  = false',
        '}',
        'module "batch" {',
        '  for_each = toset(["a", "b"])',
        '  source   = "./mod"',
        '  name     = each.key',
        '}',
        'resource "azurerm_role_assignment" "x" {',
        '  principal_id = module.batch["b"].principal_id',
        '}',
      ),
    };
    const { resources } = read(files);
    expect(resources.map((r) => `${r.instance ?? ''} ${r.symbol} ${JSON.stringify(plain(r.name) ?? null)}`)).toEqual([
      'module.train azurerm_user_assigned_identity.u "uai-train"',
      'module.train.azurerm_role_assignment.r[0] azurerm_role_assignment.r[0] null',
      'module.score azurerm_user_assigned_identity.u "uai-score"',
      'module.batch["a"] azurerm_user_assigned_identity.u "uai-a"',
      'module.batch["a"].azurerm_role_assignment.r[0] azurerm_role_assignment.r[0] null',
      'module.batch["b"] azurerm_user_assigned_identity.u "uai-b"',
      'module.batch["b"].azurerm_role_assignment.r[0] azurerm_role_assignment.r[0] null',
      ' azurerm_role_assignment.x null',
    ]);
    const x = resources[resources.length - 1];
    expect((x.props.principalId as { ref?: unknown }).ref).toMatchObject({ symbol: 'azurerm_user_assigned_identity.u', scope: 'mod', instance: 'module.batch["b"]', name: 'uai-b' });
    // The graph ties the output back to the one instance it came from.
    const graph = new Graph({ resources });
    const p = graph.principalOf(x.props.principalId, x);
    expect(p.state === 'found' && p.resource.instance).toBe('module.batch["b"]');
    expect(resources[1].calledFrom?.map((c) => `${at(c.loc)} ${c.message}`)).toEqual(["main.tf:1:1-1:15 module instance 'module.train'"]);
    expect(read(files, 'mod/main.tf').resources).toEqual([]);
  });

  it('evaluates calls with identical arguments once', () => {
    const files = {
      'mod/main.tf': module,
      'main.tf': tf('module "a" {', '  source = "./mod"', '  name   = "same"', '}', 'module "b" {', '  source = "./mod"', '  name   = "same"', '}'),
    };
    expect(read(files).resources.map((r) => `${r.instance} ${r.symbol}`)).toEqual(['module.a azurerm_user_assigned_identity.u', 'module.a.azurerm_role_assignment.r[0] azurerm_role_assignment.r[0]']);
  });

  it('a finding inside an instance has the call site as a related location', () => {
    const root = tempRepo({
      'mod/main.tf': tf('variable "admin" {}', 'resource "azurerm_container_registry" "acr" {', '  name          = "cr"', '  admin_enabled = var.admin', '}'),
      'main.tf': tf('module "acr" {', '  source = "./mod"', '  admin  = true', '}'),
    });
    try {
      const f = lint({ root, rules: builtinRules, only: ['acr-admin-user'] }).findings;
      expect(f.map((x) => [at(x.loc), x.related.map((r) => `${at(r.loc)} ${r.message}`)])).toEqual([['main.tf:3:12-3:16', ["main.tf:1:1-1:13 module instance 'module.acr'"]]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('principals', () => {
  it('reads azuread service principals and applications, and the Terraform caller as an external principal', () => {
    const { resources } = read({
      'main.tf': tf(
        'data "azurerm_client_config" "me" {}',
        'resource "azuread_application" "app" {',
        '  display_name = "ml-app"',
        '}',
        'resource "azuread_service_principal" "sp" {',
        '  client_id = azuread_application.app.client_id',
        '}',
        'resource "azurerm_role_assignment" "sp" {',
        '  principal_id = azuread_service_principal.sp.object_id',
        '}',
        'resource "azurerm_role_assignment" "me" {',
        '  principal_id = data.azurerm_client_config.me.object_id',
        '}',
      ),
    });
    expect(resources.map((r) => `${r.kind} ${r.symbol}`)).toEqual([
      'servicePrincipal azuread_application.app',
      'servicePrincipal azuread_service_principal.sp',
      'roleAssignment azurerm_role_assignment.sp',
      'roleAssignment azurerm_role_assignment.me',
    ]);
    const graph = new Graph({ resources });
    const [sp, me] = graph.assignments.map((a) => a.principal);
    expect(sp).toMatchObject({ state: 'found', system: false, resource: { symbol: 'azuread_service_principal.sp' } });
    expect(me).toMatchObject({ state: 'external', type: 'deployer' });
  });

  it('a resource-group scope covers the resources declared with that group name in another file', () => {
    const { resources } = read({
      'rg.tf': tf('resource "azurerm_resource_group" "rg" {', '  name = "rg-ml"', '}'),
      'main.tf': tf(
        'resource "azurerm_container_registry" "in" {',
        '  name                = "crin"',
        '  resource_group_name = azurerm_resource_group.rg.name',
        '}',
        'resource "azurerm_container_registry" "out" {',
        '  name                = "crout"',
        '  resource_group_name = "rg-other"',
        '}',
        'resource "azurerm_user_assigned_identity" "u" {',
        '  name = "uai"',
        '}',
        'resource "azurerm_role_assignment" "r" {',
        '  scope                = azurerm_resource_group.rg.id',
        '  role_definition_name = "AcrPull"',
        '  principal_id         = azurerm_user_assigned_identity.u.principal_id',
        '}',
      ),
    });
    const graph = new Graph({ resources });
    const uai = { state: 'found' as const, resource: resources.find((r) => r.kind === 'userAssignedIdentity')!, system: false };
    const acr = (n: string) => ({ state: 'found' as const, resource: resources.find((r) => plain(r.name) === n)! });
    expect(graph.hasRole(uai, 'AcrPull', acr('crin'))).toBe(true);
    expect(graph.hasRole(uai, 'AcrPull', acr('crout'))).toBe(false);
  });

  it('knows a group by its declaration when its name is not known, and a role GUID under an unknown subscription', () => {
    const { resources } = read({
      'main.tf': tf(
        'variable "suffix" {}',
        'variable "sub" {}',
        'resource "azurerm_resource_group" "rg" {',
        '  name = "rg-${var.suffix}"',
        '}',
        'resource "azurerm_container_registry" "acr" {',
        '  name                = "cr"',
        '  resource_group_name = azurerm_resource_group.rg.name',
        '}',
        'resource "azurerm_user_assigned_identity" "u" {',
        '  name = "uai"',
        '}',
        'resource "azurerm_role_assignment" "r" {',
        '  scope              = "/subscriptions/${var.sub}/resourceGroups/${azurerm_resource_group.rg.name}"',
        '  role_definition_id = "/subscriptions/${var.sub}/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d"',
        '  principal_id       = azurerm_user_assigned_identity.u.principal_id',
        '}',
        'data "azurerm_subscription" "sub" {}',
        'data "azurerm_role_definition" "reader" {',
        '  name = "Reader"',
        '}',
        'resource "azurerm_role_assignment" "by_data" {',
        '  scope              = azurerm_resource_group.rg.id',
        '  role_definition_id = "${data.azurerm_subscription.sub.id}${data.azurerm_role_definition.reader.id}"',
        '  principal_id       = azurerm_user_assigned_identity.u.principal_id',
        '}',
      ),
    });
    const graph = new Graph({ resources });
    expect(graph.assignments[0].role).toMatchObject({ state: 'known', role: { roleName: 'AcrPull' } });
    expect(graph.assignments[1].role).toMatchObject({ state: 'known', role: { roleName: 'Reader' } });
    expect(graph.assignments[0].scope).toMatchObject({ kind: 'resourceGroup', group: { symbol: 'azurerm_resource_group.rg' } });
    const uai = { state: 'found' as const, resource: resources.find((r) => r.kind === 'userAssignedIdentity')!, system: false };
    expect(graph.hasRole(uai, 'AcrPull', { state: 'found', resource: resources.find((r) => r.kind === 'containerRegistry')! })).toBe(true);
  });
});
