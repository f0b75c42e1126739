import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { Resource } from '../../src/model/resource.js';
import { get, getPath } from '../../src/model/value.js';
import { FileScope, readBicep } from '../../src/readers/bicep.js';
import { parseCached } from '../../src/readers/bicep/modules.js';
import { memContext } from '../helpers/repo.js';
import { at, plain } from '../helpers/values.js';


const FIXTURES = new URL('./fixtures/bicep/', import.meta.url).pathname;

function read(files: Record<string, string>, path = 'main.bicep') {
  const ctx = memContext(files);
  return readBicep(ctx.source(path)!, ctx);
}


function only(resources: Resource[], kind: Resource['kind']): Resource {
  const found = resources.filter((r) => r.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

const ACR = (props: string, head = '') => `${head}resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crml'
  properties: {
    ${props}
  }
}
`;

describe('readBicep: values', () => {
  it('reads a parameter default where the default is written', () => {
    const { resources } = read({ 'main.bicep': ACR('adminUserEnabled: admin', 'param admin bool = true\n') });
    const flag = only(resources, 'containerRegistry').props.adminUserEnabled!;
    expect(plain(flag)).toBe(true);
    expect(at(flag.loc)).toBe('main.bicep:1:20-1:24');
  });

  it('a parameter without default is unknown where it is used', () => {
    const { resources } = read({ 'main.bicep': ACR('adminUserEnabled: admin', 'param admin bool\n') });
    const flag = only(resources, 'containerRegistry').props.adminUserEnabled!;
    expect(plain(flag)).toEqual({ unknown: "parameter 'admin' has no default" });
    expect(at(flag.loc)).toBe('main.bicep:5:23-5:28');
  });

  it('joins interpolations when every part is known, else unknown', () => {
    const text = `param env string = 'dev'
param suffix string
var known = 'cr\${env}\${1}'
var partial = 'cr\${suffix}'
var flags = { admin: env == 'dev' }
resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: known
  properties: {
    adminUserEnabled: flags.admin
    other: partial
    viaTernary: env == 'prod' ? 'a' : 'b'
    unknownTernary: empty(suffix) ? 'a' : 'b'
  }
}
`;
    const acr = only(read({ 'main.bicep': text }).resources, 'containerRegistry');
    expect(plain(acr.name)).toBe('crdev1');
    expect(at(acr.name!.loc)).toBe('main.bicep:3:13-3:27');
    expect(plain(acr.props.adminUserEnabled)).toBe(true);
    expect(at(acr.props.adminUserEnabled!.loc)).toBe('main.bicep:5:22-5:34');
    const props = get(acr.source, 'properties');
    expect(plain(get(props, 'other'))).toEqual({ unknown: "parameter 'suffix' has no default" });
    expect(plain(get(props, 'viaTernary'))).toBe('b');
    expect(at(get(props, 'viaTernary')!.loc)).toBe('main.bicep:11:39-11:42');
    expect(plain(get(props, 'unknownTernary'))).toEqual({ unknown: "parameter 'suffix' has no default" });
  });

  it('keeps references: symbol.id, .name, principalId, clientId, resourceId()', () => {
    const text = `resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-ws'
}
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(uai.id)
  properties: {
    principalId: uai.properties.principalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
    scope: uai.name
    client: uai.properties.clientId
    sp: uai.identity.principalId
  }
}
`;
    const ra = only(read({ 'main.bicep': text }).resources, 'roleAssignment');
    const uaiRef = { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-ws', symbol: 'uai', scope: 'main.bicep' };
    expect(plain(ra.props.principalId)).toEqual({ unknown: 'uai.properties.principalId is known at deployment', ref: { ...uaiRef, property: 'principalId' } });
    expect(at(ra.props.principalId!.loc)).toBe('main.bicep:7:18-7:44');
    expect(plain(ra.props.roleDefinitionId)).toEqual({
      unknown: 'subscriptionResourceId() is evaluated at deployment',
      ref: { type: 'Microsoft.Authorization/roleDefinitions', name: 'b24988ac-6180-42a0-ab88-20f7382dd24c', property: 'id' },
    });
    const props = get(ra.source, 'properties');
    expect(plain(get(props, 'scope'))).toBe('uai-ws');
    expect(at(get(props, 'scope')!.loc)).toBe('main.bicep:2:9-2:17');
    expect((get(props, 'client') as { ref?: unknown }).ref).toEqual({ ...uaiRef, property: 'clientId' });
    expect((get(props, 'sp') as { ref?: unknown }).ref).toEqual({ ...uaiRef, property: 'principalId' });
    expect(plain(ra.name)).toEqual({ unknown: 'guid() is evaluated at deployment' });
  });

  it('identity maps keep computed keys with their evaluated value', () => {
    const text = `param uaiId string
resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'uai-ws'
}
resource mlw 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '\${uai.id}': {}
      '\${uaiId}': {}
    }
  }
}
`;
    const ws = only(read({ 'main.bicep': text }).resources, 'workspace');
    const map = getPath(ws.source, ['identity', 'userAssignedIdentities']);
    expect(map?.t).toBe('obj');
    const [first, second] = map!.t === 'obj' ? map!.entries : [];
    expect(first.key).toBe('${uai.id}');
    expect(at(first.keyLoc)).toBe('main.bicep:10:7-10:18');
    expect(plain(first.keyValue)).toEqual({
      unknown: 'uai.id is known at deployment',
      ref: { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-ws', symbol: 'uai', scope: 'main.bicep', property: 'id' },
    });
    expect(second.key).toBe('${uaiId}');
    expect(plain(second.keyValue)).toEqual({ unknown: "parameter 'uaiId' has no default" });
    expect(ws.identity?.user).toBe(true);
    expect(ws.identity?.system).toBe(false);
    expect(ws.identity?.userAssigned.map(plain)).toEqual([plain(first.keyValue), plain(second.keyValue)]);
    expect(at(ws.identity?.decl)).toBe('main.bicep:7:3-7:11');
  });

  it('guards against variables that refer to themselves', () => {
    const { resources } = read({ 'main.bicep': ACR('adminUserEnabled: a', "var a = b\nvar b = a\n") });
    expect(plain(only(resources, 'containerRegistry').props.adminUserEnabled)).toEqual({ unknown: "'a' refers to itself" });
  });
});

describe('readBicep: resources', () => {
  it('gives type, API version, decl, symbol and scope', () => {
    const r = only(read({ 'main.bicep': ACR('adminUserEnabled: false', '@description(\'registry\')\n') }).resources, 'containerRegistry');
    expect(r.armType).toBe('Microsoft.ContainerRegistry/registries');
    expect(r.format).toBe('bicep');
    expect(r.file).toBe('main.bicep');
    expect(at(r.decl)).toBe('main.bicep:2:1-2:65');
    expect(r.symbol).toBe('acr');
    expect(r.scope).toBe('main.bicep');
    expect(plain(r.name)).toBe('crml');
    const text = "resource resourceAcr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'cr'\n}\n";
    expect(at(only(read({ 'main.bicep': text }).resources, 'containerRegistry').decl)).toBe('main.bicep:1:1-1:73');
  });

  it('builds full types and names for nested children and parent:', () => {
    const text = `resource mlw 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw-a'
  resource cpu 'computes' = {
    name: 'cpu'
    properties: { computeType: 'AmlCompute' }
  }
}
resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {
  parent: mlw
  name: 'ep'
  properties: {
    authMode: 'Key'
    compute: mlw::cpu.id
  }
}
resource dep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments@2024-10-01' = {
  parent: ep
  name: 'blue'
}
`;
    const ctx = memContext({ 'main.bicep': text });
    const src = ctx.source('main.bicep')!;
    const shaped = new FileScope({ src, ast: parseCached(src, ctx), ctx, chain: [src.path] }).collect();
    expect(shaped.map((s) => [s.type, s.apiVersion, plain(s.name), s.symbol])).toEqual([
      ['Microsoft.MachineLearningServices/workspaces', '2024-10-01', 'mlw-a', 'mlw'],
      ['Microsoft.MachineLearningServices/workspaces/computes', '2024-10-01', 'mlw-a/cpu', 'mlw::cpu'],
      ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints', '2024-10-01', 'mlw-a/ep', 'ep'],
      ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments', '2024-10-01', 'mlw-a/ep/blue', 'dep'],
    ]);
    expect(at(shaped[1].decl)).toBe('main.bicep:3:3-3:26');
    expect(at(shaped[1].name.loc)).toBe('main.bicep:4:11-4:16');

    const { resources } = readBicep(src, ctx);
    const compute = only(resources, 'compute');
    expect(plain(compute.name)).toBe('cpu');
    expect(compute.subKind).toBe('amlcompute');
    const ep = only(resources, 'onlineEndpoint');
    expect(ep.subKind).toBe('kubernetes');
    expect((ep.props.compute as { ref?: unknown }).ref).toEqual({
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      name: 'cpu',
      symbol: 'mlw::cpu',
      scope: 'main.bicep',
      property: 'id',
    });
    expect(plain(only(resources, 'onlineDeployment').name)).toBe('blue');
  });

  it('reads one instance per loop item and drops a known-false condition', () => {
    const text = `param names array = ['a', 'b']
param deploy bool = false
resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for (n, i) in names: {
  name: 'cr\${n}'
  properties: {
    adminUserEnabled: true
  }
}]
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = if (deploy) {
  name: 'kv-ml'
  properties: {
    enableRbacAuthorization: true
  }
}
`;
    const { resources } = read({ 'main.bicep': text });
    const acrs = resources.filter((r) => r.kind === 'containerRegistry');
    expect(acrs.map((r) => [plain(r.name), r.instance, r.maybeDeployed])).toEqual([
      ['cra', 'acrs[0]', undefined],
      ['crb', 'acrs[1]', undefined],
    ]);
    expect(at(acrs[1].name!.loc)).toBe('main.bicep:4:9-4:17');
    expect(plain(acrs[1].props.adminUserEnabled)).toBe(true);
    expect(at(acrs[1].props.adminUserEnabled!.loc)).toBe('main.bicep:6:23-6:27');
    expect(resources.filter((r) => r.kind === 'keyVault')).toEqual([]);
  });

  it('keeps a resource under an unknown condition or loop as maybe deployed', () => {
    const text = `param names array
param deploy bool
resource acrs 'Microsoft.ContainerRegistry/registries@2023-07-01' = [for n in names: {
  name: n
}]
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = if (deploy) {
  name: 'kv-ml'
}
`;
    const { resources } = read({ 'main.bicep': text });
    expect(resources.map((r) => [r.kind, r.instance, r.maybeDeployed])).toEqual([
      ['containerRegistry', 'acrs[?]', "loop over a value not known statically (parameter 'names' has no default)"],
      ['keyVault', undefined, "its condition is not known statically (parameter 'deploy' has no default)"],
    ]);
  });

  it('does not emit existing resources but resolves references to them', () => {
    const text = `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: 'crshared'
}
resource mlw 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'mlw'
  properties: {
    containerRegistry: acr.id
  }
}
`;
    const { resources } = read({ 'main.bicep': text });
    expect(resources.map((r) => r.kind)).toEqual(['workspace']);
    expect((resources[0].props.containerRegistry as { ref?: unknown }).ref).toEqual({
      type: 'Microsoft.ContainerRegistry/registries',
      name: 'crshared',
      symbol: 'acr',
      scope: 'main.bicep',
      property: 'id',
    });
  });

  it('returns no resources for a .bicepparam file', () => {
    const res = read({ 'main.bicepparam': "using './main.bicep'\nparam a = true\n" }, 'main.bicepparam');
    expect(res).toEqual({ resources: [] });
  });
});

describe('readBicep: modules and files', () => {
  const run = (dir: string, rules: string[]) => lint({ root: FIXTURES + dir, rules: builtinRules, only: rules });

  it('passes caller values into local modules, located in the caller', () => {
    const res = run('modules', ['acr-admin-user']);
    expect(res.findings.map((f) => `${at(f.loc)} ${f.ruleId}`)).toEqual(['main.bicep:14:23-14:27 acr-admin-user']);

    const acrs = res.model.resources.filter((r) => r.kind === 'containerRegistry');
    // Only the instance main.bicep calls: the module is not also read alone with its defaults.
    expect(acrs.map((r) => [r.file, at(r.decl), plain(r.name), plain(r.props.adminUserEnabled), r.instance])).toEqual([['modules/acr.bicep', 'modules/acr.bicep:4:1-4:65', 'crmldev', true, 'registry']]);
    expect(at(acrs[0].name!.loc)).toBe('main.bicep:13:19-13:31');
    expect(acrs[0].calledFrom?.map((c) => `${at(c.loc)} ${c.message}`)).toEqual(["main.bicep:10:1-10:38 module instance 'registry'"]);
  });

  it('evaluates module outputs inside the module', () => {
    const res = run('modules', ['acr-admin-user']);
    const ws = only(res.model.resources, 'workspace');
    const uaiRef = { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-dev', symbol: 'uai', scope: 'modules/uai.bicep', instance: 'identity', property: 'id' };
    expect(plain(ws.props.primaryUserAssignedIdentity)).toEqual({ unknown: 'uai.id is known at deployment', ref: uaiRef });
    expect(at(ws.props.primaryUserAssignedIdentity!.loc)).toBe('main.bicep:37:34-37:53');
    expect(ws.identity?.userAssigned.map((u) => (u.t === 'unknown' ? u.ref : u))).toEqual([uaiRef]);
    expect((ws.props.containerRegistry as { ref?: unknown }).ref).toEqual({ type: 'Microsoft.ContainerRegistry/registries', name: 'crmldev', symbol: 'acr', scope: 'modules/acr.bicep', instance: 'registry', property: 'id' });
    // Registry modules are skipped: only local module resources appear.
    expect(res.model.resources.map((r) => r.file).sort()).toEqual(['main.bicep', 'modules/acr.bicep', 'modules/uai.bicep']);
  });

  it('stops at module cycles', () => {
    const res = run('cycle', ['acr-admin-user', 'parse-error']);
    expect(res.findings).toEqual([]);
    const acrs = res.model.resources.filter((r) => r.kind === 'containerRegistry');
    expect(acrs.length).toBeGreaterThan(0);
    for (const a of acrs) expect(a.props.adminUserEnabled?.t).toBe('unknown');
  });

  it('uses the .bicepparam file whose using names the template', () => {
    const res = run('paramfile', ['acr-admin-user', 'parse-error']);
    expect(res.findings.map((f) => `${at(f.loc)} ${f.ruleId}`)).toEqual(['main.bicepparam:4:26-4:30 acr-admin-user']);
    expect(plain(only(res.model.resources, 'containerRegistry').name)).toBe('crfromparams');
  });

  it('reports a broken file with its location and still reads it and the other files', () => {
    const res = run('broken', ['acr-admin-user', 'parse-error']);
    expect(res.findings.map((f) => `${at(f.loc)} ${f.ruleId} ${f.severity}`)).toEqual([
      'broken.bicep:4:23-4:27 acr-admin-user error',
      expect.stringMatching(/^broken\.bicep:8:\d+-8:\d+ parse-error error$/),
      'good.bicep:4:23-4:27 acr-admin-user error',
    ]);
    expect(res.findings[1].message).toMatch(/^Cannot parse this file: /);
  });
});
