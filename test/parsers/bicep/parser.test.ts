// AST shape and span tests for the Bicep parser, on fixtures written for these tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBicep } from '../../../src/parsers/bicep/index.js';
import type { BicepFile, Expr, ObjectExpr, Span, Statement } from '../../../src/parsers/bicep/index.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Parses and asserts that there are no errors. */
function parseOk(text: string): BicepFile {
  const file = parseBicep(text);
  expect(file.errors).toEqual([]);
  return file;
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function statement<K extends Statement['kind']>(
  file: BicepFile,
  kind: K,
  name?: string,
): Extract<Statement, { kind: K }> {
  const found = file.statements.find(
    (s) => s.kind === kind && (name === undefined || ('name' in s && s.name === name)),
  );
  if (!found) throw new Error(`no ${kind} ${name ?? ''}`);
  return found as Extract<Statement, { kind: K }>;
}

function asKind<K extends Expr['kind']>(e: Expr | undefined, kind: K): Extract<Expr, { kind: K }> {
  if (!e || e.kind !== kind) throw new Error(`expected ${kind}, got ${e?.kind}`);
  return e as Extract<Expr, { kind: K }>;
}

function prop(obj: Expr, key: string): Expr {
  const found = asKind(obj, 'object').properties.find((p) => p.key === key);
  if (!found) throw new Error(`no property ${key}`);
  return found.value;
}

function keys(obj: Expr): string[] {
  return (obj as ObjectExpr).properties.map((p) => p.key);
}

/** Compact structural view of an expression (no spans) for exact-shape assertions. */
function shape(e: Expr): unknown {
  switch (e.kind) {
    case 'string':
      return e.value;
    case 'number':
    case 'bool':
      return e.value;
    case 'null':
      return null;
    case 'ident':
      return { ident: e.name };
    case 'interp':
      return { interp: e.parts.map((p) => (typeof p === 'string' ? p : shape(p))) };
    case 'binary':
      return [shape(e.left), e.op, shape(e.right)];
    case 'unary':
      return { [e.op]: shape(e.operand) };
    case 'nonNull':
      return { '!': shape(e.operand) };
    case 'paren':
      return { paren: shape(e.expr) };
    case 'ternary':
      return { if: shape(e.test), then: shape(e.consequent), else: shape(e.alternate) };
    case 'member':
      return { [e.safe ? '.?' : '.']: [shape(e.object), e.property] };
    case 'index':
      return { [e.safe ? '[?]' : '[]']: [shape(e.object), shape(e.index)] };
    case 'nested':
      return { '::': [shape(e.object), e.property] };
    case 'call':
      return { call: e.callee, args: e.args.map(shape) };
    case 'array':
      return e.items.map(shape);
    case 'object':
      return Object.fromEntries(e.properties.map((p) => [p.key, shape(p.value)]));
    case 'spread':
      return { '...': shape(e.expr) };
    case 'lambda':
      return { lambda: e.params.map((p) => p.name), body: shape(e.body) };
    case 'for':
      return { for: [e.itemName, e.indexName], in: shape(e.iterable), body: shape(e.body) };
    case 'if':
      return { ifBody: shape(e.condition), body: shape(e.body) };
    case 'error':
      return { error: e.message };
  }
}

describe('workspace.bicep: params, decorators, resources, outputs', () => {
  const text = fixture('workspace.bicep');
  const file = parseOk(text);

  it('lists statements in order', () => {
    expect(file.statements.map((s) => s.kind)).toEqual([
      'targetScope', 'param', 'param', 'param', 'param', 'var', 'var',
      'resource', 'resource', 'resource', 'output', 'output',
    ]);
    expect(shape(statement(file, 'targetScope').value)).toBe('resourceGroup');
  });

  it('keeps comments with their delimiters', () => {
    expect(file.comments).toHaveLength(1);
    expect(file.comments[0]).toMatchObject({ block: false, span: { start: 0 } });
    expect(file.comments[0]!.text).toBe('// Workspace with a user-assigned identity (fixture written for the parser tests).');
  });

  it('parses params with decorators, types and defaults', () => {
    const baseName = statement(file, 'param', 'baseName');
    expect(baseName.decorators.map((d) => d.name)).toEqual(['description', 'minLength']);
    expect(baseName.decorators.map((d) => d.args.map(shape))).toEqual([['Base name for all resources'], [3]]);
    expect(slice(text, baseName.decorators[0]!.span)).toBe("@description('Base name for all resources')");
    expect(slice(text, baseName.nameSpan)).toBe('baseName');
    expect(baseName.type?.text).toBe('string');
    expect(baseName.default).toBeUndefined();
    expect(slice(text, baseName.span)).toMatch(/^@description\(.*\n@minLength\(3\)\nparam baseName string$/);

    const location = statement(file, 'param', 'location');
    expect(location.decorators[0]!.name).toBe('sys.description');
    expect(slice(text, location.decorators[0]!.nameSpan)).toBe('sys.description');
    expect(shape(location.default!)).toEqual({ '.': [{ call: 'resourceGroup', args: [] }, 'location'] });

    const sku = statement(file, 'param', 'skuName');
    expect(shape(sku.decorators[0]!.args[0]!)).toEqual(['Standard_LRS', 'Standard_GRS']);
    expect(statement(file, 'param', 'adminPassword').type?.text).toBe('string?');
  });

  it('parses interpolation and single-line objects', () => {
    const uaiName = statement(file, 'var', 'uaiName');
    expect(shape(uaiName.value)).toEqual({ interp: ['uai-', { ident: 'baseName' }] });
    expect(slice(text, uaiName.value.span)).toBe("'uai-${baseName}'");
    const part = asKind(uaiName.value, 'interp').parts[1] as Expr;
    expect(slice(text, part.span)).toBe('baseName');
    expect(shape(statement(file, 'var', 'tags').value)).toEqual({ env: 'dev', owner: 'ml-team' });
  });

  it('parses resource headers, existing and typed spans', () => {
    const uai = statement(file, 'resource', 'uai');
    expect(uai.existing).toBe(true);
    expect(uai.typeString).toBe('Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31');
    expect(slice(text, uai.typeSpan)).toBe(`'${uai.typeString}'`);
    expect(shape(uai.body)).toEqual({ name: { ident: 'uaiName' } });
    expect(statement(file, 'resource', 'storage').existing).toBe(false);
  });

  it('maps property value spans to the exact source offsets', () => {
    const storage = statement(file, 'resource', 'storage');
    const kind = asKind(storage.body, 'object').properties.find((p) => p.key === 'kind')!;
    expect(slice(text, kind.value.span)).toBe("'StorageV2'");
    expect(kind.value.span.start).toBe(text.indexOf("'StorageV2'"));
    expect(slice(text, kind.keySpan)).toBe('kind');
    expect(slice(text, kind.span)).toBe("kind: 'StorageV2'");
    const skuName = prop(prop(storage.body, 'sku'), 'name');
    expect(slice(text, skuName.span)).toBe('skuName');
  });

  it('accepts keywords and strings as property keys', () => {
    const storage = statement(file, 'resource', 'storage');
    const properties = prop(storage.body, 'properties');
    expect(shape(properties)).toEqual({ resource: 'keyword as a key', if: 1, 'quoted-key': true });
    const quoted = asKind(properties, 'object').properties[2]!;
    expect(slice(text, quoted.keySpan)).toBe("'quoted-key'");
  });

  it('collects nested child resources separately from properties', () => {
    const storage = statement(file, 'resource', 'storage');
    const body = asKind(storage.body, 'object');
    expect(keys(body)).toEqual(['name', 'location', 'sku', 'kind', 'properties']);
    expect(body.resources).toHaveLength(1);
    const blobs = body.resources[0]!;
    expect(blobs).toMatchObject({ kind: 'resource', name: 'blobs', typeString: 'blobServices', existing: false });
    expect(shape(blobs.body)).toEqual({ name: 'default' });
    expect(slice(text, blobs.span)).toMatch(/^resource blobs 'blobServices' = \{[^]*\}$/);
  });

  it('keeps interpolated keys as keyExpr', () => {
    const ws = statement(file, 'resource', 'ws');
    const uais = asKind(prop(prop(ws.body, 'identity'), 'userAssignedIdentities'), 'object');
    const entry = uais.properties[0]!;
    expect(entry.key).toBe("'${uai.id}'");
    expect(shape(entry.keyExpr!)).toEqual({ interp: [{ '.': [{ ident: 'uai' }, 'id'] }] });
    expect(shape(entry.value)).toEqual({});
    expect(shape(prop(prop(ws.body, 'properties'), 'publicNetworkAccess'))).toEqual({
      if: { call: 'empty', args: [{ ident: 'adminPassword' }] },
      then: 'Disabled',
      else: 'Enabled',
    });
  });

  it('parses outputs', () => {
    const out = statement(file, 'output', 'principalId');
    expect(out.type.text).toBe('string');
    expect(shape(out.value)).toEqual({ '.': [{ '.': [{ ident: 'uai' }, 'properties'] }, 'principalId'] });
  });
});

describe('loops.bicep: if, for, modules, lambdas', () => {
  const text = fixture('loops.bicep');
  const file = parseOk(text);

  it('parses single-line objects with commas inside arrays', () => {
    expect(shape(statement(file, 'param', 'clusters').default!)).toEqual([
      { name: 'cpu', size: 'Standard_DS3_v2' },
      { name: 'gpu', size: 'Standard_NC6' },
    ]);
  });

  it('parses conditional resources', () => {
    const compute = statement(file, 'resource', 'compute');
    const body = asKind(compute.body, 'if');
    expect(shape(body.condition)).toEqual({ ident: 'deployCompute' });
    expect(keys(body.body)).toEqual(['parent', 'name', 'properties']);
    expect(slice(text, body.span)).toMatch(/^if \(deployCompute\) \{[^]*\}$/);
  });

  it('parses resource loops with item and index', () => {
    const loop = statement(file, 'resource', 'clusterLoop');
    expect(loop.decorators.map((d) => [d.name, d.args.map(shape)])).toEqual([['batchSize', [1]]]);
    const body = asKind(loop.body, 'for');
    expect(body).toMatchObject({ itemName: 'c', indexName: 'i' });
    expect(slice(text, body.itemNameSpan!)).toBe('c');
    expect(shape(body.iterable)).toEqual({ ident: 'clusters' });
    expect(shape(prop(body.body, 'name'))).toEqual({
      interp: [{ '.': [{ ident: 'c' }, 'name'] }, '-', { ident: 'i' }],
    });
    expect(text.slice(body.span.start, body.span.start + 5)).toBe('[for ');
    expect(text[body.span.end - 1]).toBe(']');
  });

  it('parses local and registry modules', () => {
    const roles = statement(file, 'module', 'roles');
    expect(roles.path).toBe('./modules/roles.bicep');
    expect(slice(text, roles.pathSpan)).toBe("'./modules/roles.bicep'");
    expect(shape(prop(prop(roles.body, 'params'), 'principalIds'))).toEqual({
      for: ['c', undefined],
      in: { ident: 'clusters' },
      body: { '.': [{ '.': [{ '[]': [{ ident: 'clusterLoop' }, 0] }, 'identity'] }, 'principalId'] },
    });
    const kv = statement(file, 'module', 'kv');
    expect(kv.path).toBe('br/public:avm/res/key-vault/vault:0.11.0');
    expect(shape(asKind(kv.body, 'if').condition)).toEqual([
      { ident: 'deployCompute' },
      '&&',
      [{ call: 'length', args: [{ ident: 'clusters' }] }, '>', 1],
    ]);
  });

  it('parses lambdas, safe access and multi-line ternaries', () => {
    expect(shape(statement(file, 'var', 'names').value)).toEqual({
      call: 'map',
      args: [{ ident: 'clusters' }, { lambda: ['c'], body: { '.': [{ ident: 'c' }, 'name'] } }],
    });
    expect(shape(statement(file, 'var', 'pairs').value)).toEqual({
      call: 'filter',
      args: [{ ident: 'clusters' }, { lambda: ['c', 'i'], body: [[{ ident: 'i' }, '%', 2], '==', 0] }],
    });
    expect(shape(statement(file, 'var', 'optional').value)).toEqual([
      { '.?': [{ '[?]': [{ ident: 'clusters' }, 3] }, 'name'] },
      '??',
      'none',
    ]);
    const chained = statement(file, 'var', 'chained');
    expect(shape(chained.value)).toEqual({ if: { ident: 'deployCompute' }, then: 'yes', else: 'no' });
    expect(slice(text, chained.value.span)).toBe("deployCompute\n  ? 'yes'\n  : 'no'");
  });
});

describe('types.bicep: user-defined types, imports, functions', () => {
  const text = fixture('types.bicep');
  const file = parseOk(text);

  it('parses every statement kind', () => {
    expect(file.statements.map((s) => s.kind)).toEqual([
      'metadata', 'metadata', 'import', 'import', 'extension', 'type', 'type',
      'param', 'param', 'param', 'param', 'param', 'param', 'func', 'var', 'var', 'assert', 'output', 'output',
    ]);
  });

  it('decodes multi-line strings verbatim', () => {
    const description = statement(file, 'metadata', 'description');
    const value = asKind(description.value, 'string');
    expect(value.multiline).toBe(true);
    expect(value.value).toBe("Multi-line description.\nIt has 'quotes' and ${no} interpolation.");
  });

  it('parses imports and extensions', () => {
    const [symbols, wildcard] = file.statements.filter((s) => s.kind === 'import');
    expect(symbols).toMatchObject({
      form: 'symbols',
      from: 'br/public:avm/utl/types/avm-common-types:0.5.1',
      items: [{ name: 'roleAssignmentType' }, { name: 'lockType', alias: 'lock' }],
    });
    expect(wildcard).toMatchObject({ form: 'wildcard', alias: 'shared', from: './shared.bicep', items: [] });
    expect(statement(file, 'extension')).toMatchObject({ specifier: 'microsoftGraphV1' });
  });

  it('skips type bodies cleanly but keeps their spans', () => {
    const sku = statement(file, 'type', 'skuType');
    expect(sku.decorators.map((d) => d.name)).toEqual(['export', 'description']);
    expect(sku.type.text).toBe("| 'Basic'\n  | 'Standard'\n  | 'Premium'");
    const settings = statement(file, 'type', 'settingsType');
    expect(settings.type.text.startsWith('{\n  @description')).toBe(true);
    expect(settings.type.text.endsWith('*: string\n}')).toBe(true);
    expect(slice(text, settings.span).startsWith('@export()\ntype settingsType = {')).toBe(true);
  });

  it('keeps param type text for every type form', () => {
    const types = file.statements.filter((s) => s.kind === 'param').map((s) => s.type?.text);
    expect(types).toEqual([
      'skuType',
      'settingsType',
      '{ a: string, b: int? }',
      "resourceInput<'Microsoft.Resources/resourceGroups@2025-04-01'>.tags",
      "resource 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31'",
      "('a' | 'b')[]",
    ]);
    expect(shape(statement(file, 'param', 'inline').default!)).toEqual({ a: 'x' });
  });

  it('parses functions, namespaced calls and asserts', () => {
    const fn = statement(file, 'func', 'buildName');
    expect(fn.params.map((p) => [p.name, p.type.text])).toEqual([['prefix', 'string'], ['index', 'int']]);
    expect(fn.returnType.text).toBe('string');
    expect(shape(fn.body)).toEqual({ interp: [{ ident: 'prefix' }, '-', { ident: 'index' }] });

    const uai = asKind(statement(file, 'var', 'uai').value, 'call');
    expect(uai).toMatchObject({ callee: 'shared.makeId', name: 'makeId', object: { kind: 'ident', name: 'shared' } });
    expect(slice(text, uai.calleeSpan)).toBe('shared.makeId');
    expect(shape(statement(file, 'assert', 'nameIsShort').value)).toEqual([
      { call: 'length', args: [{ ident: 'name' }] }, '<', 24,
    ]);
    expect(statement(file, 'output', 'idRes').type.text).toBe(
      "resource 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31'",
    );
  });
});

describe('main.bicepparam', () => {
  const file = parseOk(fixture('main.bicepparam'));

  it('parses using and untyped param assignments', () => {
    expect(statement(file, 'using')).toMatchObject({ path: './workspace.bicep', none: false });
    const params = file.statements.filter((s) => s.kind === 'param');
    expect(params.map((p) => [p.name, p.type, shape(p.default!)])).toEqual([
      ['baseName', undefined, 'demo'],
      ['skuName', undefined, 'Standard_GRS'],
      ['adminPassword', undefined, { call: 'readEnvironmentVariable', args: ['ADMIN_PASSWORD', ''] }],
    ]);
  });
});

describe('expressions', () => {
  const value = (expr: string): Expr => statement(parseOk(`var v = ${expr}\n`), 'var').value;

  it('applies operator precedence', () => {
    expect(shape(value('a ?? b || c && d == e < f + g * h'))).toEqual([
      { ident: 'a' }, '??',
      [{ ident: 'b' }, '||', [{ ident: 'c' }, '&&', [{ ident: 'd' }, '==', [{ ident: 'e' }, '<', [{ ident: 'f' }, '+', [{ ident: 'g' }, '*', { ident: 'h' }]]]]]],
    ]);
    expect(shape(value('1 - 2 - 3'))).toEqual([[1, '-', 2], '-', 3]);
    expect(shape(value('a =~ b != !c'))).toEqual([[{ ident: 'a' }, '=~', { ident: 'b' }], '!=', { '!': { ident: 'c' } }]);
    expect(shape(value('a ? b : c ? d : e'))).toEqual({
      if: { ident: 'a' }, then: { ident: 'b' }, else: { if: { ident: 'c' }, then: { ident: 'd' }, else: { ident: 'e' } },
    });
  });

  it('keeps parentheses as paren nodes', () => {
    const e = value('(1 + 2) * 3');
    expect(shape(e)).toEqual([{ paren: [1, '+', 2] }, '*', 3]);
    const left = asKind(asKind(e, 'binary').left, 'paren');
    expect(left.span).toEqual({ start: 8, end: 15 });
    expect(left.expr.span).toEqual({ start: 9, end: 14 });
  });

  it('parses unary, non-null, nested resource access and method calls', () => {
    expect(shape(value('-x!.y'))).toEqual({ '-': { '.': [{ '!': { ident: 'x' } }, 'y'] } });
    expect(shape(value('vault::secret.properties'))).toEqual({
      '.': [{ '::': [{ ident: 'vault' }, 'secret'] }, 'properties'],
    });
    const call = asKind(value("kv.getSecret('pw')"), 'call');
    expect(call).toMatchObject({ callee: 'kv.getSecret', name: 'getSecret', object: { kind: 'ident', name: 'kv' } });
    expect(shape(value("az.resourceId('a', 'b')"))).toEqual({ call: 'az.resourceId', args: ['a', 'b'] });
    const chained = asKind(value("split(x, '/')[1].toLower()"), 'call');
    expect(chained.callee).toBe('toLower');
    expect(chained.object?.kind).toBe('index');
  });

  it('parses literals and escapes', () => {
    expect(shape(value('[true, false, null, 42]'))).toEqual([true, false, null, 42]);
    expect(shape(value(String.raw`'it\'s \\ \n\r\t \${x} \u{1F600}'`))).toBe("it's \\ \n\r\t ${x} \u{1F600}");
    expect(shape(value("'a${'b${c}'}d'"))).toEqual({ interp: ['a', { interp: ['b', { ident: 'c' }] }, 'd'] });
    expect(shape(value("'${a}${b}'"))).toEqual({ interp: [{ ident: 'a' }, { ident: 'b' }] });
    expect(shape(value("'''\nline1\nline2'''"))).toBe('line1\nline2');
    expect(shape(value("''''quoted''''"))).toBe("'quoted'");
  });

  it('parses multi-line arrays, objects and function arguments', () => {
    expect(shape(value('[\n  1\n  -2\n  {\n    a: [\n    ]\n  }\n]'))).toEqual([1, { '-': 2 }, { a: [] }]);
    expect(shape(value("concat(\n  'a',\n  'b'\n)"))).toEqual({ call: 'concat', args: ['a', 'b'] });
    expect(shape(value('{\n  a: 1,\n  b: 2\n}'))).toEqual({ a: 1, b: 2 });
    expect(shape(value('x\n  .y\n  .z'))).toEqual({ '.': [{ '.': [{ ident: 'x' }, 'y'] }, 'z'] });
    expect(shape(value('a &&\n  b'))).toEqual([{ ident: 'a' }, '&&', { ident: 'b' }]);
  });

  it('parses spreads', () => {
    const obj = asKind(value('{\n  a: 1\n  ...(c ? { b: 2 } : {})\n}'), 'object');
    expect(keys(obj)).toEqual(['a']);
    expect(shape(obj.spreads[0]!)).toEqual({ '...': { paren: { if: { ident: 'c' }, then: { b: 2 }, else: {} } } });
    expect(shape(value('[...xs, 1]'))).toEqual([{ '...': { ident: 'xs' } }, 1]);
  });

  it('parses typed lambdas and zero-argument lambdas', () => {
    const lambda = asKind(value('(x int, y string) => x'), 'lambda');
    expect(lambda.params.map((p) => [p.name, p.type?.text])).toEqual([['x', 'int'], ['y', 'string']]);
    expect(shape(value('() => 1'))).toEqual({ lambda: [], body: 1 });
  });
});

describe('other statement forms', () => {
  it('parses legacy imports, providers, using none and typed vars', () => {
    const file = parseOk(
      [
        "import 'az@1.0.0'",
        "import 'kubernetes@1.0.0' with { namespace: 'default' } as k8s",
        "provider 'br:mcr.microsoft.com/bicep/providers/az:1.0.0' as az2",
        'using none',
        'var typed string = 1',
        "@sys.export()\nvar exported = 'x'",
      ].join('\n'),
    );
    expect(file.statements.map((s) => s.kind)).toEqual(['import', 'import', 'provider', 'using', 'var', 'var']);
    expect(file.statements[0]).toMatchObject({ form: 'provider', from: 'az@1.0.0' });
    expect(file.statements[1]).toMatchObject({ form: 'provider', alias: 'k8s' });
    expect(shape((file.statements[1] as { config: Expr }).config)).toEqual({ namespace: 'default' });
    expect(file.statements[2]).toMatchObject({ specifier: 'br:mcr.microsoft.com/bicep/providers/az:1.0.0', alias: 'az2' });
    expect(file.statements[3]).toMatchObject({ none: true, path: '' });
    expect(statement(file, 'var', 'typed').type?.text).toBe('string');
    expect(statement(file, 'var', 'exported').decorators[0]!.name).toBe('sys.export');
  });

  it('handles CRLF line endings and directives', () => {
    const text = "#disable-next-line no-unused-params\r\nparam a string\r\nvar b = {\r\n  c: a\r\n}\r\n";
    const file = parseOk(text);
    expect(file.statements.map((s) => s.kind)).toEqual(['param', 'var']);
    expect(file.directives.map((d) => d.text)).toEqual(['#disable-next-line no-unused-params']);
    expect(slice(text, statement(file, 'var').span)).toBe('var b = {\r\n  c: a\r\n}');
  });
});
