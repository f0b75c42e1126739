import { describe, expect, it } from 'vitest';
import { parseHcl, walkExpr, type Expr } from '../../../src/parsers/terraform/index.js';
import { as, attr, block, expectNoErrors, fixture, offsetOf, text } from './fixtures/helpers.js';

const src = fixture('workspace.tf');
const file = parseHcl(src);
const locals = block(file.body, 'locals').body;

/** Parses `x = <expr>` and returns the expression. */
function expr(source: string): Expr {
  const f = parseHcl(`x = ${source}\n`);
  expectNoErrors(f);
  return attr(f.body, 'x').expr;
}

describe('bodies and blocks', () => {
  it('parses the fixture without errors', () => {
    expectNoErrors(file);
    expect(file.body.blocks.map((b) => b.type)).toEqual(['terraform', 'resource', 'resource', 'resource', 'locals']);
    expect(file.body.span).toEqual({ start: 0, end: src.length });
  });

  it('gives exact spans for attribute names and values', () => {
    const acr = block(file.body, 'resource', 'azurerm_container_registry', 'acr');
    const admin = attr(acr.body, 'admin_enabled');
    const nameAt = offsetOf(src, 'admin_enabled');
    const valueAt = offsetOf(src, 'true', 0);
    expect(admin.nameSpan).toEqual({ start: nameAt, end: nameAt + 'admin_enabled'.length });
    expect(admin.expr).toEqual({ kind: 'bool', value: true, span: { start: valueAt, end: valueAt + 4 } });
    expect(text(src, admin.span)).toBe('admin_enabled       = true');
  });

  it('records block type, label and body spans', () => {
    const ws = block(file.body, 'resource', 'azurerm_machine_learning_workspace', 'ws');
    expect(text(src, ws.typeSpan)).toBe('resource');
    expect(ws.labels.map((l) => text(src, l.span))).toEqual(['"azurerm_machine_learning_workspace"', '"ws"']);
    expect(text(src, ws.span).startsWith('resource "azurerm_machine_learning_workspace" "ws" {')).toBe(true);
    expect(text(src, ws.span).endsWith('}')).toBe(true);
    expect(src[ws.body.span.start]).toBe('{');
    expect(ws.body.items.map((i) => (i.kind === 'block' ? `block:${i.type}` : i.name))).toEqual([
      'name',
      'block:identity',
      'identity_ids',
      'block:dynamic',
    ]);
  });

  it('parses single-line and nested blocks', () => {
    const ws = block(file.body, 'resource', 'azurerm_machine_learning_workspace', 'ws');
    const identity = block(ws.body, 'identity');
    expect(text(src, identity.span)).toBe('identity { type = "UserAssigned" }');
    expect(as(attr(identity.body, 'type').expr, 'string').value).toBe('UserAssigned');

    const dyn = block(ws.body, 'dynamic', 'encryption');
    const content = block(dyn.body, 'content');
    const keyId = as(attr(content.body, 'key_id').expr, 'traversal');
    expect(keyId.root).toBe('encryption');
    expect(keyId.steps.map((s) => (s.kind === 'attr' ? s.name : s.kind))).toEqual(['value', 'key_id']);

    const tf = block(file.body, 'terraform');
    const providers = block(tf.body, 'required_providers');
    const azurerm = as(attr(providers.body, 'azurerm').expr, 'object');
    expect(azurerm.items.map((i) => as(i.key, 'string').value)).toEqual(['source', 'version']);
  });

  it('parses for_each maps with bare and quoted keys', () => {
    const ra = block(file.body, 'resource', 'azurerm_role_assignment', 'ra');
    const forEach = as(attr(ra.body, 'for_each').expr, 'object');
    expect(forEach.items).toHaveLength(2);
    const [reader, blob] = forEach.items;
    expect(reader!.key).toMatchObject({ kind: 'string', value: 'reader', bare: true });
    expect(text(src, reader!.keySpan)).toBe('reader');
    expect(blob!.key).toMatchObject({ kind: 'string', value: 'blob contributor' });
    expect(text(src, blob!.keySpan)).toBe('"blob contributor"');
    // comma-separated items on one line
    const inner = as(reader!.value, 'object');
    expect(inner.items.map((i) => as(i.key, 'string').value)).toEqual(['role', 'scope']);
    // newline-separated items
    expect(as(blob!.value, 'object').items).toHaveLength(2);
  });

  it('parses jsonencode bodies with nested objects, tuples and ":" separators', () => {
    const call = as(attr(locals, 'policy').expr, 'call');
    expect(call.name).toBe('jsonencode');
    expect(text(src, call.nameSpan)).toBe('jsonencode');
    const doc = as(call.args[0], 'object');
    expect(doc.items.map((i) => as(i.key, 'string').value)).toEqual(['Version', 'Statement']);
    const stmt = as(as(doc.items[1]!.value, 'tuple').items[0], 'object');
    expect(stmt.items.map((i) => as(i.key, 'string').value)).toEqual(['Effect', 'Action', 'Resource']);
    const actions = as(stmt.items[1]!.value, 'tuple');
    expect(actions.items.map((i) => as(i, 'string').value)).toEqual(['a:*', 'b:Get']);
    const tags = as(as(stmt.items[2]!.value, 'object').items[1]!.value, 'object');
    expect(as(tags.items[0]!.value, 'string').value).toBe('dev');
  });

  it('parses .tfvars as a plain body', () => {
    const vars = parseHcl(fixture('vars.tfvars'));
    expectNoErrors(vars);
    expect(vars.body.attributes.map((a) => a.name)).toEqual(['location', 'tags', 'replicas']);
    expect(vars.comments.map((c) => c.text)).toEqual(['# region']);
  });
});

describe('traversals', () => {
  it('parses references with attribute steps', () => {
    const t = as(attr(locals, 'tenant').expr, 'traversal');
    expect(t.root).toBe('data');
    expect(t.steps.map((s) => (s.kind === 'attr' ? s.name : s.kind))).toEqual([
      'azurerm_client_config',
      'current',
      'tenant_id',
    ]);
    expect(text(src, t.span)).toBe('data.azurerm_client_config.current.tenant_id');
    expect(text(src, t.rootSpan)).toBe('data');
    expect(text(src, t.steps[2]!.span)).toBe('.tenant_id');
  });

  it('parses index, full splat and legacy splat steps', () => {
    const ids = as(attr(locals, 'ids').expr, 'traversal');
    expect(ids.steps.map((s) => s.kind)).toEqual(['attr', 'splat', 'attr']);
    expect(text(src, ids.steps[1]!.span)).toBe('[*]');

    const legacy = as(attr(locals, 'legacy').expr, 'traversal');
    expect(legacy.steps[1]).toMatchObject({ kind: 'splat', legacy: true });
    expect(text(src, legacy.steps[1]!.span)).toBe('.*');

    const first = as(attr(locals, 'first').expr, 'traversal');
    const index = first.steps[1]!;
    expect(index.kind).toBe('index');
    expect(text(src, index.span)).toBe('[0]');
    expect(index.kind === 'index' && index.key).toMatchObject({ kind: 'number', value: 0 });
  });

  it('parses legacy numeric index steps, splitting `a.0.1`', () => {
    const t = as(expr('a.0.1.b'), 'traversal');
    expect(t.steps.map((s) => s.kind)).toEqual(['index', 'index', 'attr']);
    expect(t.steps.map((s) => (s.kind === 'index' ? as(s.key, 'number').value : null))).toEqual([0, 1, null]);
    expect(t.steps.map((s) => s.span)).toEqual([
      { start: 5, end: 7 },
      { start: 7, end: 9 },
      { start: 9, end: 11 },
    ]);
  });

  it('applies postfix operators to any expression', () => {
    const cfg = as(attr(locals, 'cfg').expr, 'relativeTraversal');
    expect(as(cfg.source, 'call').name).toBe('jsondecode');
    expect(cfg.steps).toMatchObject([{ kind: 'attr', name: 'settings' }]);

    const merged = as(attr(locals, 'merged').expr, 'relativeTraversal');
    expect(as(merged.source, 'call').name).toBe('merge');
    expect(merged.steps[0]!.kind === 'index' && merged.steps[0]!.key).toMatchObject({ kind: 'string', value: 'k' });

    const paren = as(expr('(var.list)[*].id'), 'relativeTraversal');
    expect(paren.source.kind).toBe('paren');
    expect(paren.steps.map((s) => s.kind)).toEqual(['splat', 'attr']);
  });

  it('keeps identifiers with dashes whole, like HCL', () => {
    expect(as(expr('var.my-name'), 'traversal').steps).toMatchObject([{ name: 'my-name' }]);
  });
});

describe('expressions', () => {
  it('parses calls, provider functions and expanded final arguments', () => {
    const rid = as(attr(locals, 'rid').expr, 'call');
    expect(rid.name).toBe('provider::azurerm::normalise_resource_id');
    expect(text(src, rid.nameSpan)).toBe('provider::azurerm::normalise_resource_id');
    expect(as(rid.args[0], 'traversal').root).toBe('azurerm_key_vault');

    const args = as(attr(locals, 'args').expr, 'call');
    expect(args.expandFinal).toBe(true);
    expect(as(expr('f(\n  1,\n  2,\n)'), 'call').args).toHaveLength(2);
  });

  it('respects HCL operator precedence', () => {
    const show = (e: Expr): string => {
      switch (e.kind) {
        case 'binary':
          return `(${show(e.left)} ${e.op} ${show(e.right)})`;
        case 'unary':
          return `${e.op}${show(e.operand)}`;
        case 'number':
          return e.raw;
        case 'traversal':
          return [e.root, ...e.steps.map((s) => (s.kind === 'attr' ? s.name : '?'))].join('.');
        case 'string':
          return JSON.stringify(e.value);
        default:
          return e.kind;
      }
    };
    expect(show(attr(locals, 'math').expr)).toBe('((1 + (2 * 3)) - (-4 % 5))');
    expect(show(attr(locals, 'cmp').expr)).toBe('((var.a == "x") || ((var.b != 2) && !var.c))');
    expect(show(expr('a < b == c >= d'))).toBe('((a < b) == (c >= d))');
    expect(show(expr('a - b - c'))).toBe('((a - b) - c)');
  });

  it('parses conditionals, parens and literals', () => {
    const c = as(expr('var.cmk == null ? [] : [var.cmk]'), 'conditional');
    expect(as(c.test, 'binary').op).toBe('==');
    expect(as(c.trueExpr, 'tuple').items).toEqual([]);
    expect(as(c.falseExpr, 'tuple').items).toHaveLength(1);
    const nested = as(expr('a ? b : c ? d : e'), 'conditional');
    expect(nested.falseExpr.kind).toBe('conditional');
    expect(as(expr('(1 + 2)'), 'paren').expr.kind).toBe('binary');
    expect(expr('null').kind).toBe('null');
    expect(expr('false')).toMatchObject({ kind: 'bool', value: false });
  });

  it('parses numbers', () => {
    const nums = as(attr(locals, 'nums').expr, 'tuple').items.map((n) => as(n, 'number').value);
    expect(nums).toEqual([1000, 0.5, 42]);
    expect(expr('-1.5')).toMatchObject({ kind: 'number', value: -1.5, raw: '-1.5', span: { start: 4, end: 8 } });
    expect(expr('2E-2')).toMatchObject({ kind: 'number', value: 0.02 });
  });

  it('parses tuple and object for expressions', () => {
    const pe = as(attr(locals, 'pe_ids').expr, 'for');
    expect(pe).toMatchObject({ keyVar: 'k', valueVar: 'v', isObject: true, grouping: false });
    expect(as(pe.collection, 'traversal').root).toBe('azurerm_private_endpoint');
    expect(as(pe.keyExpr, 'traversal').root).toBe('k');
    expect(as(pe.condExpr, 'traversal').steps).toMatchObject([{ name: 'enabled' }]);

    const grouped = as(attr(locals, 'grouped').expr, 'for');
    expect(grouped).toMatchObject({ valueVar: 's', isObject: true, grouping: true });
    expect(grouped.keyVar).toBeUndefined();

    const names = as(attr(locals, 'names').expr, 'for');
    expect(names).toMatchObject({ isObject: false, grouping: false });
    expect(as(names.valueExpr, 'call').name).toBe('upper');

    const multiline = as(expr('[\n  for s in var.x :\n  s.id\n  if s.on\n]'), 'for');
    expect(multiline.condExpr).toBeDefined();
  });

  it('ignores newlines inside brackets but not between object items', () => {
    const t = as(expr('[\n  1,\n  2\n]'), 'tuple');
    expect(t.items).toHaveLength(2);
    const o = as(expr('{\n  a = [\n    1,\n  ]\n  b : 2,\n  (var.k) = 3\n  "q" = 4 }'), 'object');
    expect(o.items.map((i) => i.key.kind)).toEqual(['string', 'string', 'paren', 'string']);
  });

  it('walks expression trees', () => {
    const roots: string[] = [];
    walkExpr(attr(locals, 'policy').expr, (e) => {
      if (e.kind === 'traversal') roots.push(e.root);
    });
    expect(roots).toEqual(['var']);
  });
});

describe('comments and line endings', () => {
  it('collects all comment styles with exact spans', () => {
    expect(file.comments.map((c) => c.text)).toEqual([
      '# AML workspace with a user-assigned identity',
      '// trailing comment',
      '/* encryption is\n     optional */',
    ]);
    for (const c of file.comments) expect(text(src, c.span)).toBe(c.text);
  });

  it('handles CRLF line endings and a BOM with offsets into the original text', () => {
    const crlf = '\uFEFFa = "x" # c\r\nb {\r\n  c = true\r\n}\r\n';
    const f = parseHcl(crlf);
    expectNoErrors(f);
    expect(attr(f.body, 'a').nameSpan).toEqual({ start: 1, end: 2 });
    expect(f.comments[0]).toEqual({ text: '# c', span: { start: 9, end: 12 } });
    const c = attr(block(f.body, 'b').body, 'c');
    expect(text(crlf, c.expr.span)).toBe('true');
  });

  it('accepts comments between items and inside expressions', () => {
    const f = parseHcl('a = [ # one\n  1, /* two */ 2 // three\n]\n# end');
    expectNoErrors(f);
    expect(f.comments).toHaveLength(4);
    expect(as(attr(f.body, 'a').expr, 'tuple').items).toHaveLength(2);
  });
});
