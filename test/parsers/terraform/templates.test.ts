import { describe, expect, it } from 'vitest';
import { parseHcl, type Expr, type TemplatePart } from '../../../src/parsers/terraform/index.js';
import { as, attr, block, expectNoErrors, fixture, text } from './fixtures/helpers.js';

function expr(source: string): Expr {
  const f = parseHcl(`x = ${source}\n`);
  expectNoErrors(f);
  return attr(f.body, 'x').expr;
}

/** Renders template parts with interpolations shown as «source». */
function render(src: string, parts: TemplatePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : `«${text(src, p.span)}»`)).join('');
}

describe('quoted templates', () => {
  it('decodes escapes', () => {
    expect(as(expr('"a\\nb\\t\\"q\\" \\\\ \\u00e9 \\U0001F600"'), 'string').value).toBe('a\nb\t"q" \\ é 😀');
    expect(as(expr('"$${x} %%{y} $ %"'), 'string').value).toBe('${x} %{y} $ %');
  });

  it('splits interpolations into parts with exact spans', () => {
    const src = 'x = "acr${var.suffix}-${local.env}"\n';
    const t = as(attr(parseHcl(src).body, 'x').expr, 'template');
    expect(t.parts).toHaveLength(4);
    expect(t.parts[0]).toBe('acr');
    expect(as(t.parts[1] as Expr, 'traversal').root).toBe('var');
    expect(text(src, (t.parts[1] as Expr).span)).toBe('var.suffix');
    expect(t.parts[2]).toBe('-');
    expect(text(src, t.span)).toBe('"acr${var.suffix}-${local.env}"');
  });

  it('handles nested quotes inside interpolations', () => {
    const src = 'x = "${var.a == "x" ? "y" : "z"}!"\n';
    const t = as(attr(parseHcl(src).body, 'x').expr, 'template');
    const cond = as(t.parts[0] as Expr, 'conditional');
    expect(as(cond.trueExpr, 'string').value).toBe('y');
    expect(t.parts[1]).toBe('!');
    const deeper = as(expr('"a${join(",", [for s in x : "${s}-${"q"}"])}b"'), 'template');
    expect(deeper.parts).toHaveLength(3);
  });

  it('applies strip markers', () => {
    const t = as(expr('"a  ${~ x ~}  b"'), 'template');
    expect(t.parts.map((p) => (typeof p === 'string' ? p : p.kind))).toEqual(['a', 'traversal', 'b']);
  });

  it('represents directives as markers with their expressions', () => {
    const src = 'x = "%{ if var.on }on%{ else }off%{ endif }/%{ for k, v in m }${k}%{ endfor }"\n';
    const t = as(attr(parseHcl(src).body, 'x').expr, 'template');
    const dirs = t.parts.filter((p): p is Extract<TemplatePart, { kind: 'directive' }> => typeof p !== 'string' && p.kind === 'directive');
    expect(dirs.map((d) => d.keyword)).toEqual(['if', 'else', 'endif', 'for', 'endfor']);
    expect(text(src, dirs[0]!.span)).toBe('%{ if var.on }');
    expect(dirs[3]).toMatchObject({ keyVar: 'k', valueVar: 'v' });
    expect(as(dirs[3]!.expr, 'traversal').root).toBe('m');
  });

  it('reports unbalanced directives', () => {
    const f = parseHcl('x = "%{ if a }b"\n');
    expect(f.errors.map((e) => e.message)).toEqual(['Unclosed "%{ if }" directive']);
  });

  it('treats labels as decoded strings', () => {
    const f = parseHcl('resource "a\\"b" c {}\n');
    expectNoErrors(f);
    expect(block(f.body, 'resource').labels.map((l) => l.value)).toEqual(['a"b', 'c']);
  });
});

describe('heredocs', () => {
  const src = fixture('heredoc.tf');
  const f = parseHcl(src);
  const res = block(f.body, 'resource');

  it('parses indented heredocs with interpolation and strips common indentation', () => {
    expectNoErrors(f);
    const cmd = as(attr(block(res.body, 'provisioner').body, 'command').expr, 'template');
    expect(cmd.heredoc).toEqual({ marker: 'EOT', flush: true });
    // backslashes are literal in heredocs; $${ is still an escape
    expect(render(src, cmd.parts)).toBe('echo "«var.name»"\n  indented \\n kept\n${literal}\n');
    expect(text(src, cmd.span).startsWith('<<-EOT')).toBe(true);
    expect(text(src, cmd.span).endsWith('EOT')).toBe(true);
  });

  it('accepts an indented closing marker on plain heredocs', () => {
    const desc = as(attr(res.body, 'description').expr, 'string');
    expect(desc.value).toBe('plain text\n');
    expect(desc.heredoc).toEqual({ marker: 'DESC', flush: false });
  });

  it('terminates the attribute after the closing marker', () => {
    const g = parseHcl('a = <<EOT\nx\nEOT\nb = 1\n');
    expectNoErrors(g);
    expect(g.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('handles heredocs in function calls, CRLF, blank lines and interpolation at line start', () => {
    const g = parseHcl('a = trimspace(<<-EOT\r\n    one\r\n\r\n      ${two}\r\n    EOT\r\n)\r\n');
    expectNoErrors(g);
    const call = as(attr(g.body, 'a').expr, 'call');
    const t = as(call.args[0], 'template');
    expect(t.parts[0]).toBe('one\n\n  ');
    expect(t.parts[2]).toBe('\n');
    const zero = as(expr('<<-EOT\n${a}\n    b\nEOT'), 'template');
    expect(zero.parts[1]).toBe('\n    b\n'); // a line starting with ${ forces zero indentation
  });

  it('does not end at a marker that is only a prefix', () => {
    expect(as(expr('<<EOT\nEOTX\nEOT'), 'string').value).toBe('EOTX\n');
  });
});
