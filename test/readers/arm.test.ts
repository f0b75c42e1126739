import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import type { ReadContext } from '../../src/formats/contract.js';
import { SourceFile, type Loc } from '../../src/model/located.js';
import { get, getCI, toPlain, type MValue } from '../../src/model/value.js';
import { readArm } from '../../src/readers/arm.js';
import { parameterFileGroups } from '../../src/readers/arm/params.js';
import { EvalBudget } from '../../src/model/eval-budget.js';

const FIX = new URL('./fixtures/arm/', import.meta.url).pathname;
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A read context over a folder on disk, like the engine's. */
function diskCtx(root: string): ReadContext {
  const sources = new Map<string, SourceFile | undefined>();
  const memos = new Map<string, unknown>();
  return {
    root,
    budget: new EvalBudget(),
    files: [],
    maxLoopIterations: 1000,
    source(rel) {
      const key = posix.normalize(rel);
      if (!sources.has(key)) {
        let text: string | undefined;
        try {
          text = readFileSync(join(root, key), 'utf8');
        } catch {
          text = undefined;
        }
        sources.set(key, text === undefined ? undefined : new SourceFile(key, text));
      }
      return sources.get(key);
    },
    list: (dir) =>
      readdirSync(join(root, dir))
        .filter((n) => statSync(join(root, dir, n)).isFile())
        .map((n) => posix.join(dir, n))
        .sort(),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

/** A read context over in-memory files. */
function memCtx(files: Record<string, string>): ReadContext {
  const memos = new Map<string, unknown>();
  return {
    root: '/mem',
    budget: new EvalBudget(),
    files: Object.keys(files),
    maxLoopIterations: 1000,
    source: (rel) => (rel in files ? new SourceFile(rel, files[rel]) : undefined),
    list: (dir) => Object.keys(files).filter((f) => posix.dirname(f) === dir),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

function read(rel: string, root = FIX) {
  const ctx = diskCtx(root);
  return readArm(ctx.source(rel)!, ctx);
}

/** `file:line:column` of a value's start. */
function at(v: MValue | Loc | undefined): string {
  const loc = v && ('t' in v ? v.loc : v);
  return loc ? `${loc.file}:${loc.range.start.line}:${loc.range.start.column}` : 'none';
}

describe('readArm: which files', () => {
  it('skips JSON that is not a template without parsing it, even when it is broken', () => {
    expect(read('other.json')).toEqual({ resources: [] });
    expect(read('broken/notes.json')).toEqual({ resources: [] });
  });

  it('reads a parameter file as no resources of its own', () => {
    expect(read('params/acr.parameters.json')).toEqual({ resources: [] });
  });

  it('reports a broken template with the parser location, certain', () => {
    expect(read('broken/bad.json')).toEqual({ resources: [], parseError: { message: 'comma expected', start: 239, end: 251, certain: true } });
    const src = new SourceFile('bad.json', readFileSync(join(FIX, 'broken/bad.json'), 'utf8'));
    expect(src.loc(239, 251).range).toEqual({ start: { line: 8, column: 7 }, end: { line: 8, column: 19 } });
  });

  it('reports a broken JSON that only mentions a template as uncertain', () => {
    const ctx = memCtx({ 'x.json': '{ "description": "see deploymentTemplate.json", oops }' });
    expect(readArm(ctx.source('x.json')!, ctx).parseError).toMatchObject({ certain: false });
  });

  it('reports a template nested too deeply instead of overflowing the stack', () => {
    const ctx = memCtx({ 'deep.json': `{"$schema": "${SCHEMA}", "x": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}` });
    expect(readArm(ctx.source('deep.json')!, ctx)).toEqual({ resources: [], parseError: { message: 'too deep to read: nesting 1000001 levels, limit 200', start: 299, end: 300, certain: true } });
  });

  it('reports the broken file and still reads the good one in the same run', () => {
    const { findings } = lint({ root: join(FIX, 'broken'), rules: builtinRules });
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${at(f.loc)}`)).toEqual([
      'parse-error error bad.json:8:7',
      'acr-admin-user error good.json:9:43',
    ]);
    expect(findings[0].message).toBe('Cannot parse this file: comma expected');
  });
});

describe('readArm: parameters', () => {
  const { resources } = read('params/acr.json');

  it('takes a parameter file value over the default, located in the parameter file', () => {
    const r = resources[0];
    expect(r.name).toMatchObject({ t: 'str', value: 'crfromfile' });
    expect(at(r.name)).toBe('params/acr.parameters.json:5:32');
    expect(r.props.adminUserEnabled).toMatchObject({ t: 'bool', value: true });
    expect(at(r.props.adminUserEnabled)).toBe('params/acr.parameters.json:6:33');
  });

  it('uses the default when no parameter file sets it, located at the default', () => {
    const r = resources[1];
    expect(r.name).toMatchObject({ t: 'str', value: 'crfromfile2' });
    expect(at(r.name)).toBe('params/acr.json:33:15');
    expect(r.props.adminUserEnabled).toMatchObject({ t: 'bool', value: true });
    expect(at(r.props.adminUserEnabled)).toBe('params/acr.json:15:23');
  });

  it('leaves a parameter without default unknown, and acr-admin-user stays silent on it', () => {
    expect(resources[2].props.adminUserEnabled).toEqual({
      t: 'unknown',
      why: "parameter 'adminNoDefault' has no default",
      loc: { file: 'params/acr.json', range: { start: { line: 44, column: 43 }, end: { line: 44, column: 75 } } },
    });
    const { findings } = lint({ root: join(FIX, 'params'), rules: builtinRules, only: ['acr-admin-user'] });
    expect(findings.map((f) => at(f.loc))).toEqual(['acr.json:15:23', 'acr.parameters.json:6:33']);
  });

  it('leaves Key Vault references and expressions in parameter files unknown', () => {
    const template = { $schema: SCHEMA, parameters: { a: { type: 'string' }, b: { type: 'bool', defaultValue: false } }, resources: [{ type: 'Microsoft.ContainerRegistry/registries', name: "[parameters('a')]", properties: { adminUserEnabled: "[parameters('b')]" } }] };
    const params = { parameters: { a: { reference: { keyVault: { id: '/x' }, secretName: 's' } }, b: { value: "[parameters('x')]" } } };
    const ctx = memCtx({ 'd/t.json': JSON.stringify(template), 'd/t.parameters.json': JSON.stringify(params) });
    const [r] = readArm(ctx.source('d/t.json')!, ctx).resources;
    expect(r.name).toMatchObject({ t: 'unknown', why: "parameter 'a' is a Key Vault reference" });
    expect(r.props.adminUserEnabled).toMatchObject({ t: 'unknown', why: 'an expression in a parameter file is not evaluated' });
  });

  it('picks the exact parameter file before variants, and variants only when they agree', () => {
    const files = ['d/main.json', 'd/main.parameters.json', 'd/main.parameters.prod.json', 'd/azuredeploy.parameters.json'];
    expect(parameterFileGroups('d/main.json', files)).toEqual([['d/main.parameters.json'], ['d/main.parameters.prod.json'], ['d/azuredeploy.parameters.json']]);
    expect(parameterFileGroups('template.json', ['template.json', 'parameters.json'])).toEqual([['parameters.json']]);

    const [r] = read('variants/main.json').resources;
    expect(r.name).toMatchObject({ t: 'unknown', why: "parameter 'registryName' differs between parameter files main.parameters.dev.json, main.parameters.prod.json" });
    expect(r.props.adminUserEnabled).toMatchObject({ t: 'bool', value: true });
    expect(at(r.props.adminUserEnabled)).toBe('variants/main.parameters.dev.json:6:32');
  });
});

describe('readArm: resources', () => {
  it('reads nested child computes under a workspace with full type and name', () => {
    const { resources } = read('children.json');
    expect(resources.map((r) => `${r.kind} ${r.symbol}`)).toEqual([
      'userAssignedIdentity resources[0]',
      'workspace resources[1]',
      'compute resources[1].resources[0]',
      'roleAssignment resources[2]',
      'roleAssignment resources[3]',
    ]);
    const c = resources[2];
    expect(c.armType).toBe('Microsoft.MachineLearningServices/workspaces/computes');
    expect(c.name).toMatchObject({ t: 'str', value: 'cpu-cluster' });
    expect(c.props.fullName).toMatchObject({ t: 'str', value: 'mlw-demo/cpu-cluster' });
    expect(at(c.name)).toBe('children.json:36:19');
    expect(c.subKind).toBe('amlcompute');
    expect(at(c.decl)).toBe('children.json:33:9');
    expect(c.scope).toBe('children.json');
    expect(c.format).toBe('arm');
  });

  it('keeps resourceId references in identity maps as evaluated keys', () => {
    const { resources } = read('children.json');
    const ref = { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-ml', symbol: 'resources[0]', scope: 'children.json', property: 'id' };
    const compute = resources[2];
    expect(compute.identity).toMatchObject({ system: false, user: true });
    expect(compute.identity!.userAssigned).toEqual([
      expect.objectContaining({ t: 'unknown', ref, loc: { file: 'children.json', range: { start: { line: 42, column: 15 }, end: { line: 42, column: 104 } } } }),
    ]);
    const entryKey = get(getCI(getCI(compute.source, 'identity'), 'userAssignedIdentities'), "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('uaiName'))]");
    expect(entryKey).toEqual({ t: 'obj', entries: [], loc: expect.anything() });
    // Through a variable: the value is located where the variable is written.
    const ws = resources[1];
    expect(ws.identity!.userAssigned).toEqual([expect.objectContaining({ ref })]);
    expect(at(ws.identity!.userAssigned[0])).toBe('children.json:9:14');
    expect(ws.props.primaryUserAssignedIdentity).toMatchObject({ t: 'unknown', ref });
    expect(at(ws.identity!.decl)).toBe('children.json:23:7');
  });

  it('turns reference(...).principalId and role definition IDs into references', () => {
    const { resources } = read('children.json');
    const [uai, ws] = ['resources[0]', 'resources[1]'];
    expect(resources[3].props.principalId).toMatchObject({
      t: 'unknown',
      ref: { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-ml', symbol: uai, scope: 'children.json', property: 'principalId' },
    });
    expect(resources[3].props.roleDefinitionId).toMatchObject({ ref: { type: 'Microsoft.Authorization/roleDefinitions', name: 'b24988ac-6180-42a0-ab88-20f7382dd24c', property: 'id' } });
    expect(resources[3].props.scope).toMatchObject({ t: 'str', value: 'Microsoft.MachineLearningServices/workspaces/mlw-demo' });
    expect(resources[4].props.principalId).toMatchObject({
      ref: { type: 'Microsoft.MachineLearningServices/workspaces', name: 'mlw-demo', symbol: ws, scope: 'children.json', property: 'principalId' },
    });
    // concat('/subscriptions/', subscription().subscriptionId, '/providers/…/roleDefinitions/', '<guid>')
    expect(resources[4].props.roleDefinitionId).toMatchObject({ t: 'unknown', ref: { type: 'Microsoft.Authorization/roleDefinitions', name: '7f951dda-4ed3-4680-a7ca-43fe172d538d', property: 'id' } });
  });

  it('reads one instance per copy iteration with copyIndex() known, and drops a false condition', () => {
    const { resources } = read('copy.json');
    expect(resources.map((r) => [r.instance, (r.name as { value?: string }).value, r.maybeDeployed])).toEqual([
      ['copy:clusters[0]', 'cluster-0', undefined],
      ['copy:clusters[1]', 'cluster-1', undefined],
      ['copy:clusters[2]', 'cluster-2', undefined],
    ]);
    const second = resources[1];
    expect(second.props.fullName).toMatchObject({ t: 'str', value: 'mlw-copy/cluster-1' });
    expect(getCI(getCI(second.source, 'properties'), 'description')).toMatchObject({ t: 'str', value: 'cluster 1' });
    expect(second.identity).toMatchObject({ system: true, user: true });
    expect(at(second.identity!.type)).toBe('copy.json:15:29');
  });

  it('keeps a copy loop with an unknown count as one maybe-deployed instance', () => {
    const ctx = memCtx({
      'c.json': JSON.stringify({
        $schema: SCHEMA,
        parameters: { n: { type: 'int' }, on: { type: 'bool' } },
        resources: [
          { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', apiVersion: '2023-01-31', name: "[concat('uai-', copyIndex())]", copy: { name: 'ids', count: "[parameters('n')]" } },
          { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', apiVersion: '2023-01-31', name: 'uai-x', condition: "[parameters('on')]" },
        ],
      }),
    });
    const { resources } = readArm(ctx.source('c.json')!, ctx);
    expect(resources.map((r) => [r.instance, r.name?.t, r.maybeDeployed])).toEqual([
      ['copy:ids[?]', 'unknown', "copy loop 'ids' with a count not known statically (parameter 'n' has no default)"],
      [undefined, 'str', "its condition is not known statically (parameter 'on' has no default)"],
    ]);
  });

  it('expands property copy loops with copyIndex(name)', () => {
    const ctx = memCtx({
      'p.json': JSON.stringify({
        $schema: SCHEMA,
        resources: [
          {
            type: 'Microsoft.KeyVault/vaults',
            apiVersion: '2023-07-01',
            name: 'kv-copy',
            properties: { copy: [{ name: 'accessPolicies', count: 2, input: { objectId: "[concat('obj-', copyIndex('accessPolicies'))]" } }] },
          },
        ],
      }),
    });
    const [kv] = readArm(ctx.source('p.json')!, ctx).resources;
    const policies = kv.props.accessPolicies;
    expect(policies?.t === 'arr' ? policies.items.map((p) => (getCI(p, 'objectId') as { value?: string }).value) : policies).toEqual(['obj-0', 'obj-1']);
  });

  it('reads nested deployments: inner scope gets passed parameters, outer scope sees the parent', () => {
    const { resources } = read('nested.json');
    const [inner, outer] = resources;
    expect(inner.symbol).toBe('resources[0].properties.template.resources[0]');
    expect(inner.name).toMatchObject({ t: 'str', value: 'crouterinner' });
    expect(at(inner.name)).toBe('nested.json:20:30');
    expect(inner.props.adminUserEnabled).toMatchObject({ t: 'bool', value: true });
    expect(at(inner.props.adminUserEnabled)).toBe('nested.json:6:48');
    expect(getCI(getCI(inner.source, 'sku'), 'name')).toMatchObject({ t: 'str', value: 'Premium' });
    expect(outer.symbol).toBe('resources[1].properties.template.resources[0]');
    expect(outer.name).toMatchObject({ t: 'str', value: 'crinnerouter' });
    expect(outer.props.adminUserEnabled).toMatchObject({ t: 'bool', value: false });
  });

  it('accepts comments, trailing commas, multi-line expressions and [[ escapes', () => {
    const [r] = read('comments.json').resources;
    expect(r.name).toMatchObject({ t: 'str', value: 'mlacr' });
    expect(at(r.name)).toBe('comments.json:13:15');
    expect(r.props.adminUserEnabled).toMatchObject({ t: 'bool', value: true });
    expect(at(r.props.adminUserEnabled)).toBe('comments.json:16:29');
    expect(getCI(getCI(r.source, 'properties'), 'note')).toMatchObject({ t: 'str', value: '[not an expression]' });
  });

  it('reads languageVersion 2.0 symbolic resources, skips existing ones, resolves reference(symbol)', () => {
    const { resources } = read('lang2.json');
    expect(resources.map((r) => `${r.kind} ${r.symbol}`)).toEqual(['userAssignedIdentity uai', 'workspace workspace', 'roleAssignment assignment']);
    expect(at(resources[1].decl)).toBe('lang2.json:20:18');
    expect(resources[1].identity!.userAssigned[0]).toMatchObject({ ref: { symbol: 'uai', name: 'uai-v2', property: 'id' } });
    expect(resources[2].props.principalId).toMatchObject({ ref: { type: 'Microsoft.ManagedIdentity/userAssignedIdentities', name: 'uai-v2', symbol: 'uai', property: 'principalId' } });
  });
});

describe('readArm: expression functions', () => {
  /** Evaluates each expression as a property of one resource and returns the plain results. */
  function evaluate(props: Record<string, unknown>): Record<string, unknown> {
    const template = {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        env: { type: 'string', defaultValue: 'dev' },
        unset: { type: 'string' },
        obj: { type: 'object', defaultValue: { inner: { value: 5 } } },
      },
      variables: { a: "[variables('b')]", b: "[variables('a')]", arr: ['x', 'y'] },
      resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st', properties: props }],
    };
    const ctx = memCtx({ 't.json': JSON.stringify(template, null, 2) });
    const [r] = readArm(ctx.source('t.json')!, ctx).resources;
    return toPlain(getCI(r.source, 'properties')!) as Record<string, unknown>;
  }

  it('evaluates what is known and leaves the rest unknown, with a reason', () => {
    expect(
      evaluate({
        format: "[format('{0}-{1}{{x}}', 'a', 1)]",
        lower: "[toLower('ABC')]",
        upper: "[toUpper('abc')]",
        ifKnown: "[if(equals(parameters('env'), 'prod'), 'big', 'small')]",
        ifUnknown: "[if(equals(parameters('unset'), 'x'), 'a', 'b')]",
        and: '[and(true, false)]',
        orShortCircuit: "[or(equals(parameters('unset'), 'x'), true)]",
        not: "[not(bool('TRUE'))]",
        string: '[string(true)]',
        array: "[createArray(1, 'a')]",
        object: "[createObject('k', 'v')]",
        concatArrays: '[concat(createArray(1), createArray(2))]',
        escaped: '[[literal]',
        coalesce: "[coalesce(null(), 'x')]",
        json: "[json('null')]",
        split: "[split('ws/cpu', '/')[1]]",
        last: "[last(split('ws/cpu', '/'))]",
        member: "[parameters('obj').inner.value]",
        index: "[variables('arr')[1]]",
        cycle: "[variables('a')]",
        caseOnly: "[equals('a', 'A')]",
        unevaluated: "[uniqueString(resourceGroup().id)]",
        noDefault: "[parameters('unset')]",
      }),
    ).toEqual({
      format: 'a-1{x}',
      lower: 'abc',
      upper: 'ABC',
      ifKnown: 'small',
      ifUnknown: { $unknown: "if() with a condition not known statically (parameter 'unset' has no default)" },
      and: false,
      orShortCircuit: true,
      not: false,
      string: 'True',
      array: [1, 'a'],
      object: { k: 'v' },
      concatArrays: [1, 2],
      escaped: '[literal]',
      coalesce: 'x',
      json: null,
      split: 'cpu',
      last: 'cpu',
      member: 5,
      index: 'y',
      cycle: { $unknown: "variable 'a' refers to itself" },
      caseOnly: { $unknown: 'equals() of strings that differ only in case' },
      unevaluated: { $unknown: 'uniqueString() is not evaluated statically' },
      noDefault: { $unknown: "parameter 'unset' has no default" },
    });
  });

  it('keeps the known tail of a partly unknown name', () => {
    const ctx = memCtx({
      'w.json': JSON.stringify({
        $schema: SCHEMA,
        parameters: { ws: { type: 'string' } },
        resources: [{ type: 'Microsoft.MachineLearningServices/workspaces/computes', name: "[concat(parameters('ws'), '/cpu')]", properties: { computeType: 'AmlCompute' } }],
      }),
    });
    const [r] = readArm(ctx.source('w.json')!, ctx).resources;
    expect(r.name).toMatchObject({ t: 'str', value: 'cpu' });
  });
});
