import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { ReadContext } from '../../src/formats/contract.js';
import { formatFor } from '../../src/formats/registry.js';
import { SourceFile, type Loc } from '../../src/model/located.js';
import type { Resource } from '../../src/model/resource.js';
import type { MValue } from '../../src/model/value.js';
import { mayHaveCiAz, readCiYamlScripts, readShell } from '../../src/readers/azcli.js';
import { EvalBudget } from '../../src/model/eval-budget.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/azcli/', import.meta.url));
const ctx = {} as ReadContext;

function source(name: string): SourceFile {
  return new SourceFile(`fixtures/${name}`, readFileSync(join(FIXTURES, name), 'utf8'));
}

/** `line:col-line:col` of a location. */
function at(x: Loc | MValue | undefined): string {
  const loc = x && 'range' in x ? x : x?.loc;
  if (!loc) return 'none';
  const { start, end } = loc.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** A value in short form: `str:v@pos`, `bool:true@pos`, `unknown@pos`. */
function show(v: MValue | undefined): string {
  if (!v) return 'absent';
  if (v.t === 'str' || v.t === 'bool' || v.t === 'num') return `${v.t}:${v.value}@${at(v)}`;
  return `${v.t}@${at(v)}`;
}

const startLine = (r: Resource) => r.decl.range.start.line;
const byLine = (rs: Resource[], line: number) => rs.find((r) => startLine(r) === line)!;

describe('readShell (sh)', () => {
  const rs = readShell(source('deploy.sh'), ctx).resources;

  it('emits one resource per declaring command, in order', () => {
    expect(rs.map((r) => `${startLine(r)}:${r.kind}`)).toEqual([
      '4:containerRegistry', '10:containerRegistry', '11:containerRegistry', '12:containerRegistry',
      '14:workspace', '17:workspace', '18:workspace', '19:workspace',
      '21:compute', '24:compute', '26:onlineEndpoint', '27:onlineEndpoint',
      '28:userAssignedIdentity', '29:roleAssignment', '31:roleAssignment',
    ]);
    expect(rs.every((r) => r.format === 'az-cli' && r.file === 'fixtures/deploy.sh')).toBe(true);
  });

  it('locates a bare flag on a continuation line at the flag name', () => {
    const acr = rs[0];
    expect(at(acr.decl)).toBe('4:1-9:24');
    expect(acr.armType).toBe('Microsoft.ContainerRegistry/registries');
    expect(show(acr.name)).toBe('str:acrdemo@6:10-6:17');
    expect(show(acr.props.adminUserEnabled)).toBe('bool:true@8:3-8:18');
  });

  it('reads --flag=value at the value, case-insensitively', () => {
    expect(show(rs[1].name)).toBe('str:acrprod@10:22-10:29');
    expect(show(rs[1].props.adminUserEnabled)).toBe('bool:true@10:46-10:50');
  });

  it('keeps $VAR values unknown, at the value word', () => {
    const v = rs[2];
    expect(show(v.name)).toBe('unknown@11:18-11:24');
    expect(show(v.props.adminUserEnabled)).toBe('unknown@11:41-11:49');
    expect(v.props.adminUserEnabled).toMatchObject({ why: 'not known statically: "$ADMIN"' });
  });

  it('leaves adminUserEnabled absent on az acr create without --admin-enabled', () => {
    expect(rs[3].props.adminUserEnabled).toBeUndefined();
  });

  it('reads workspaces; --file without overrides adds nothing, with overrides the registry is unknown', () => {
    const ws = byLine(rs, 14);
    expect(show(ws.name)).toBe('str:mlw-demo@14:27-14:35');
    expect(ws.props.containerRegistry).toMatchObject({ t: 'str', value: expect.stringContaining('/registries/acrdemo') });
    expect(at(ws.props.containerRegistry)).toMatch(/^15:6-15:/);
    const fromFile = byLine(rs, 17);
    expect(show(fromFile.props.containerRegistry)).toBe('unknown@17:24-17:40');
    expect(fromFile.props.containerRegistry).toMatchObject({ why: 'given by --file' });
    expect(show(fromFile.props.primaryUserAssignedIdentity)).toBe('unknown@17:53-17:62');
    const update = byLine(rs, 18);
    expect(update.props.containerRegistry).toMatchObject({ t: 'unknown', loc: update.decl });
    const project = byLine(rs, 19);
    expect(project.subKind).toBe('project');
    expect(project.props.hubId?.t).toBe('unknown');
  });

  it('reads compute type and identity: type value, decl at --identity-type, UAIs split on commas', () => {
    const c = byLine(rs, 21);
    expect(c.subKind).toBe('amlcompute');
    expect(show(c.subKindAt)).toBe('str:AmlCompute@21:40-21:50');
    expect(c.armType).toBe('Microsoft.MachineLearningServices/workspaces/computes');
    expect(at(c.identity!.decl)).toBe('22:3-22:46');
    expect(show(c.identity!.type)).toBe('str:SystemAssigned,UserAssigned@22:19-22:46');
    expect([c.identity!.system, c.identity!.user]).toEqual([true, true]);
    expect(c.identity!.userAssigned.map(show)).toEqual(['str:/sub/uai-a@23:30-23:40', 'str:/sub/uai-b@23:41-23:51']);
    const f = byLine(rs, 24);
    expect(f.subKind).toBeUndefined();
    expect(f.identity!.type?.t).toBe('unknown');
    expect([f.identity!.system, f.identity!.user]).toEqual(['unknown', 'unknown']);
    expect(f.identity!.userAssigned.map((u) => u.t)).toEqual(['unknown']);
  });

  it('reads online endpoints: --auth-mode, --set auth_mode=… at the value part, compute → kubernetes', () => {
    const managed = byLine(rs, 26);
    expect(managed.subKind).toBe('managed');
    expect(managed.props.authMode).toMatchObject({ t: 'str', value: 'aml_token' });
    const k8s = byLine(rs, 27);
    expect(k8s.subKind).toBe('kubernetes');
    expect(show(k8s.props.authMode)).toBe('str:aad_token@27:62-27:71');
  });

  it('reads identities and role assignments; a resource-group scope stays unknown', () => {
    const uai = byLine(rs, 28);
    expect(uai.armType).toBe('Microsoft.ManagedIdentity/userAssignedIdentities');
    expect(uai.name).toMatchObject({ t: 'str', value: 'uai-ml' });
    const ra = byLine(rs, 29);
    expect(ra.props.roleDefinitionId).toMatchObject({ t: 'str', value: 'AcrPull' });
    expect(ra.props.principalId?.t).toBe('unknown');
    expect(show(ra.props.principalType)).toBe('str:ServicePrincipal@30:29-30:45');
    expect(show(ra.props.resourceGroup)).toBe('str:rg-ml@30:49-30:54');
    expect(ra.props.scope).toMatchObject({ t: 'unknown', why: expect.stringContaining("'rg-ml'") });
    const ra2 = byLine(rs, 31);
    expect(ra2.props.roleDefinitionId).toMatchObject({ value: '7f951dda-4ed3-4680-a7ca-43fe172d538d' });
    expect(ra2.props.principalId).toMatchObject({ value: 'x@contoso.com' });
    expect(ra2.props.scope).toMatchObject({ t: 'str', value: '/subscriptions/0/resourceGroups/rg-ml' });
  });
});

describe('readShell (PowerShell)', () => {
  const rs = readShell(source('deploy.ps1'), ctx).resources;

  it('follows backtick continuations and reads $true / $false', () => {
    expect(rs.map((r) => r.kind)).toEqual(['containerRegistry', 'containerRegistry', 'userAssignedIdentity']);
    expect(at(rs[0].decl)).toBe('2:1-4:24');
    expect(show(rs[0].name)).toBe('str:acrwin@3:10-3:16');
    expect(show(rs[0].props.adminUserEnabled)).toBe('bool:true@4:19-4:24');
    expect(rs[1].props.adminUserEnabled).toMatchObject({ t: 'bool', value: false });
  });

  it('finds az after an assignment', () => {
    expect(show(rs[2].name)).toBe('str:uai-win@6:33-6:42');
  });
});

describe('odd input', () => {
  it('never throws and reads only what is certain', () => {
    const odd = ['', 'az', 'az acr create', 'az acr create --admin-enabled', 'az acr update -n', 'az acr update --admin-enabled=', 'az "acr" create --admin-enabled', "az acr create --admin-enabled 'yes'", 'az acr create $(az acr list) --admin-enabled `echo true`', 'az acr create \\'];
    const got = odd.map((t) => readShell(new SourceFile('x.sh', t), ctx).resources.map((r) => show(r.props.adminUserEnabled)).join(' '));
    expect(got).toEqual(['', '', 'absent', 'bool:true@1:15-1:30', 'absent', 'str:@1:31-1:31', 'bool:true@1:17-1:32', "str:yes@1:31-1:36", 'unknown@1:46-1:57', 'absent']);
  });
});

describe('readCiYamlScripts', () => {
  it('maps a GitHub workflow run: | block back to file lines and columns', () => {
    const rs = readCiYamlScripts(source('workflow.yml'));
    expect(rs.map((r) => `${startLine(r)}:${r.kind}`)).toEqual(['10:containerRegistry', '14:containerRegistry', '18:compute', '21:containerRegistry']);
    expect(at(rs[0].decl)).toBe('10:11-12:33');
    expect(show(rs[0].name)).toBe('str:acrci@10:37-10:42');
    expect(show(rs[0].props.adminUserEnabled)).toBe('bool:true@12:29-12:33');
  });

  it('maps a plain one-line run: and a bare flag at its end', () => {
    const rs = readCiYamlScripts(source('workflow.yml'));
    expect(at(rs[1].decl)).toBe('14:14-14:57');
    expect(show(rs[1].props.adminUserEnabled)).toBe('bool:true@14:42-14:57');
  });

  it('reads pwsh steps with backticks, and escaped quotes in a double-quoted run:', () => {
    const rs = readCiYamlScripts(source('workflow.yml'));
    const c = rs[2];
    expect(c.subKind).toBe('amlcompute');
    expect(show(c.identity!.type)).toBe('str:SystemAssigned, UserAssigned@19:47-19:77');
    expect([c.identity!.system, c.identity!.user]).toEqual([true, true]);
    expect(show(rs[3].props.adminUserEnabled)).toBe('bool:true@21:53-21:61');
  });

  it('reads Azure Pipelines AzureCLI inlineScript and script steps; $(var) is unknown', () => {
    const rs = readCiYamlScripts(source('azure-pipelines.yml'));
    expect(rs.map((r) => r.kind)).toEqual(['workspace', 'containerRegistry']);
    expect(show(rs[0].name)).toBe('str:mlw-ado@11:39-11:46');
    expect(rs[0].props.containerRegistry).toBeUndefined();
    expect(show(rs[1].props.adminUserEnabled)).toBe('unknown@13:53-13:61');
  });

  it('skips YAML that cannot hold az script steps without parsing it', () => {
    expect(mayHaveCiAz('$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: x\n')).toBe(false);
    expect(mayHaveCiAz('description: run az ml job create\n')).toBe(false);
    expect(mayHaveCiAz('steps:\n  - run: az acr list\n')).toBe(true);
    const notCi = new SourceFile('x.yml', 'command: az acr update --admin-enabled\nscript: ignored\n');
    expect(readCiYamlScripts(notCi)).toEqual([]);
  });

  it('a workflow file is read as CI YAML, whose single parse returns the az resources of its steps', () => {
    const src = source('workflow.yml');
    const format = formatFor(src.path, src.text);
    expect(format?.id).toBe('ci-yaml');
    const fromEngine = format!.read(src, {} as ReadContext).resources;
    expect(fromEngine.map((r) => `${r.kind} ${at(r.decl)}`)).toEqual(readCiYamlScripts(src).map((r) => `${r.kind} ${at(r.decl)}`));
    expect(fromEngine.length).toBeGreaterThan(0);
  });
});

describe('lint over az CLI files', () => {
  it('reports acr-admin-user at the flag or value, in scripts and workflows', () => {
    const root = FIXTURES;
    const findings = lint({ root, rules: builtinRules, only: ['acr-admin-user'] }).findings;
    expect(findings.map((f) => `${f.loc.file}:${at(f.loc)}`)).toEqual([
      'deploy.ps1:4:19-4:24',
      'deploy.sh:8:3-8:18',
      'deploy.sh:10:46-10:50',
      'workflow.yml:12:29-12:33',
      'workflow.yml:14:42-14:57',
      'workflow.yml:21:53-21:61',
    ]);
  });
});

describe('script variables', () => {
  const script = [
    'RG=rg-ml',
    'export NAME="uai-train"',
    'PID=$(az identity create --name "$NAME" -g $RG --query principalId -o tsv)',
    'ACR_ID="$(az acr show -n acrml --query id -o tsv)"',
    'SP=$(az ad sp create-for-rbac --name sp-ml --query appId -o tsv)',
    'az role assignment create --assignee-object-id "$PID" --role AcrPull --scope "${ACR_ID}"',
    'az role assignment create --assignee $SP --role Reader --scope "/subscriptions/0/resourceGroups/$RG"',
    'az role assignment create --assignee "$OTHER" --role Reader --scope "$RG/$(date)"',
    '',
  ].join('\n');
  const rs = readShell(new SourceFile('s.sh', script), ctx).resources;

  it('reads literals where they are assigned, and az outputs as references to the resource', () => {
    expect(rs.map((r) => r.kind)).toEqual(['userAssignedIdentity', 'servicePrincipal', 'roleAssignment', 'roleAssignment', 'roleAssignment']);
    expect(show(rs[0].name)).toBe('str:uai-train@2:14-2:23');
    const [a, b, c] = rs.slice(2);
    expect(a.props.principalId).toMatchObject({ t: 'unknown', ref: { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-train', property: 'principalId' } });
    expect(at(a.props.principalId)).toBe('6:48-6:54');
    expect(a.props.scope).toMatchObject({ ref: { type: 'Microsoft.ContainerRegistry/registries', name: 'acrml', property: 'id' } });
    expect(b.props.principalId).toMatchObject({ ref: { type: 'Microsoft.Graph/servicePrincipals', name: 'sp-ml', property: 'clientId' } });
    expect(show(b.props.scope)).toBe('str:/subscriptions/0/resourceGroups/rg-ml@7:64-7:101');
    expect(show(c.props.principalId)).toBe('unknown@8:38-8:46');
    expect(show(c.props.scope)).toBe('unknown@8:69-8:82');
  });
});

describe('az role definition create with a file', () => {
  // A context over an in-memory repository that records every path a reader asks for.
  const files: Record<string, string> = {
    'ops/roles/puller.json': '{"Name": "Puller", "Actions": ["Microsoft.ContainerRegistry/registries/pull/read"]}',
    'rbac/puller.json': '{"Name": "Root puller", "Actions": ["Microsoft.ContainerRegistry/registries/pull/read"]}',
    'ops/broken.json': '{"Name": ',
  };
  const asked: string[] = [];
  const memo = new Map<string, unknown>();
  const repo: ReadContext = {
    root: '/repo',
    budget: new EvalBudget(),
    files: Object.keys(files),
    maxLoopIterations: 1000,
    source: (rel) => (asked.push(rel), rel in files ? new SourceFile(rel, files[rel]) : undefined),
    list: () => [],
    memo: <T>(key: string, f: () => T) => (memo.has(key) ? memo.get(key) : memo.set(key, f()).get(key)) as T,
  };
  const roleOf = (arg: string) => {
    asked.length = 0;
    const [r] = readShell(new SourceFile('ops/create.sh', `az role definition create --role-definition ${arg}\n`), repo).resources;
    return r;
  };
  const actions = (r: Resource) => {
    const p = r.props.permissions;
    const block = p?.t === 'arr' ? p.items[0] : undefined;
    const list = block?.t === 'obj' ? block.entries.find((e) => e.key === 'Actions')?.value : undefined;
    return list?.t === 'arr' ? list.items.map((i) => (i.t === 'str' ? i.value : i.t)) : undefined;
  };

  it('reads @file beside the script, then a path from the scan root, located in the JSON file', () => {
    const beside = roleOf('@roles/puller.json');
    expect(show(beside.props.roleName)).toBe('str:Puller@1:10-1:18');
    expect(beside.props.roleName?.loc?.file).toBe('ops/roles/puller.json');
    expect(actions(beside)).toEqual(['Microsoft.ContainerRegistry/registries/pull/read']);
    const fromRoot = roleOf('rbac/puller.json');
    expect(asked).toEqual(['ops/rbac/puller.json', 'rbac/puller.json']);
    expect(show(fromRoot.props.roleName)).toBe('str:Root puller@1:10-1:23');
  });

  it('never asks for a path outside the scan root, absolute, or built from a variable', () => {
    for (const arg of ['@../../etc/role.json', '/etc/role.json', '@C:/roles/r.json', '"$ROLE_FILE"', '@../../../outside.json']) {
      const r = roleOf(arg);
      expect(r.props.permissions, arg).toBeUndefined();
      expect(asked.every((p) => !p.startsWith('..') && !p.startsWith('/')), `${arg}: ${asked.join(',')}`).toBe(true);
    }
    // `ops/../rbac/puller.json` stays inside the root: it is read.
    expect(actions(roleOf('@../rbac/puller.json'))).toEqual(['Microsoft.ContainerRegistry/registries/pull/read']);
  });

  it('a missing or broken file leaves the role without permissions (partly known)', () => {
    expect(roleOf('@nope.json').props.permissions).toBeUndefined();
    expect(roleOf('@broken.json').props.permissions).toBeUndefined();
  });
});
