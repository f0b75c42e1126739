import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../../src/parsers/terraform/index.js';
import { attr, block, fixture, offsetOf, text } from './fixtures/helpers.js';

describe('error recovery', () => {
  const src = fixture('broken.tf');
  const f = parseHcl(src);

  it('reports precise spans for malformed items', () => {
    const [first, ...rest] = f.errors;
    expect(first!.message).toMatch(/Expected an expression/);
    expect(first!.span).toEqual({ start: offsetOf(src, '= "oops"'), end: offsetOf(src, '= "oops"') + 1 });
    const unterminated = rest.find((e) => e.message === 'Unterminated template string')!;
    expect(text(src, unterminated.span)).toBe('"half {');
    const tuple = rest.find((e) => e.message.includes('tuple'))!;
    expect(tuple.span.start).toBe(offsetOf(src, '}', 2));
  });

  it('keeps the attribute with an error expression and continues with the next line', () => {
    const bad = block(f.body, 'resource', 'azurerm_storage_account', 'bad');
    expect(attr(bad.body, 'name').expr.kind).toBe('error');
    expect(attr(bad.body, 'allow_nested_items_to_be_public').expr).toMatchObject({ kind: 'bool', value: true });
  });

  it('still parses blocks after the broken ones', () => {
    const unclosed = block(f.body, 'variable', 'unclosed');
    expect(attr(unclosed.body, 'default').expr.kind).toBe('error');
    const ok = block(f.body, 'output', 'ok');
    expect(attr(ok.body, 'value').expr).toMatchObject({ kind: 'traversal', root: 'azurerm_key_vault' });
  });

  it('reports a missing closing brace at the opening brace', () => {
    const g = parseHcl('a {\n  b = 1\n');
    expect(g.errors).toEqual([{ message: 'Unclosed block: missing "}"', span: { start: 2, end: 3 } }]);
    expect(attr(block(g.body, 'a').body, 'b').expr.kind).toBe('number');
  });

  it('reports junk at the start of a line and keeps going', () => {
    const g = parseHcl('"x" = 1\n= 2\nok = 3\n');
    expect(g.errors.map((e) => e.span)).toEqual([
      { start: 0, end: 1 },
      { start: 8, end: 9 },
    ]);
    expect(g.body.attributes.map((a) => a.name)).toEqual(['ok']);
  });

  it('requires a newline after an attribute', () => {
    const g = parseHcl('a = 1 b = 2\nc = 3\n');
    expect(g.errors[0]!.message).toMatch(/Expected a newline after attribute/);
    expect(g.errors[0]!.span).toEqual({ start: 6, end: 7 });
    expect(g.body.attributes.map((a) => a.name)).toEqual(['a', 'c']);
  });

  it('reports duplicate attributes', () => {
    const g = parseHcl('a = 1\na = 2\n');
    expect(g.errors).toEqual([{ message: 'Attribute "a" is defined more than once', span: { start: 6, end: 7 } }]);
  });

  it('reports invalid escapes, unterminated heredocs and block comments', () => {
    expect(parseHcl('a = "\\q"\n').errors).toEqual([{ message: 'Invalid escape sequence in string', span: { start: 5, end: 7 } }]);
    const h = parseHcl('a = <<EOT\nno end\n');
    expect(h.errors[0]!.message).toMatch(/Unterminated heredoc/);
    expect(h.errors[0]!.span).toEqual({ start: 4, end: 9 });
    expect(parseHcl('/* open').errors[0]!.message).toBe('Unterminated block comment');
  });

  it('turns hostile nesting into an error instead of a stack overflow', () => {
    const deep = parseHcl(`a = ${'['.repeat(5000)}${']'.repeat(5000)}\nb = ${'!'.repeat(5000)}x\nc = ${'x ? y : '.repeat(5000)}z\nok = 1\n`);
    expect(deep.errors.map((e) => e.message)).toEqual(['too deep to read: nesting 5000 levels, limit 200', 'too deep to read: nesting over 200 levels, limit 200', 'too deep to read: nesting over 200 levels, limit 200']);
    expect(attr(deep.body, 'ok').expr.kind).toBe('number');
    expect(deep.body.attributes.map((a) => a.name)).toEqual(['a', 'b', 'c', 'ok']);
  });

  it('never throws or hangs on arbitrary input', () => {
    const samples = ['', '}', '{', '${', '"${', '"${"', 'a = "${a', 'a = [', 'a = {', 'a = (', 'a = <<', 'a = <<-X', 'x { y', '~}', '%{', 'a = b.', 'a = b[', 'a = f(1...', 'a = {for', '\uFEFF', '\r', 'a = "\\', 'a = 1.', 'a = provider::x', 'a = ${x}'];
    // Every prefix of a real fixture: exercises recovery at every token boundary.
    const ws = fixture('workspace.tf');
    for (let i = 0; i < ws.length; i += 7) samples.push(ws.slice(0, i), ws.slice(i));
    for (const s of samples) {
      const g = parseHcl(s);
      for (const e of g.errors) {
        expect(e.span.start).toBeGreaterThanOrEqual(0);
        expect(e.span.end).toBeLessThanOrEqual(s.length);
        expect(e.span.start).toBeLessThanOrEqual(e.span.end);
      }
    }
  });
});
