// Error recovery: precise error spans, later statements still parsed, and no
// throw / no endless loop on arbitrary damage to valid files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBicep } from '../../../src/parsers/bicep/index.js';
import type { Span } from '../../../src/parsers/bicep/index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const slice = (text: string, span: Span): string => text.slice(span.start, span.end);
const names = (text: string): string[] =>
  parseBicep(text).statements.map((s) => `${s.kind}${'name' in s ? ' ' + s.name : ''}`);

describe('error recovery', () => {
  const text = fixture('broken.bicep');
  const file = parseBicep(text);

  it('reports each syntax error once, with a span on the offending text', () => {
    expect(file.errors.map((e) => [e.message, slice(text, e.span)])).toEqual([
      ['Expected an expression before the next statement', ''],
      ["Missing ')' to close this '('", '('],
      ["Expected an expression, found ','", ','],
      ["Expected a statement (param, var, resource, module, output, ...), found a name", 'this'],
    ]);
    // The zero-width error sits right after the dangling `+`.
    expect(text.slice(0, file.errors[0]!.span.start).endsWith('(1 +')).toBe(true);
    expect(text.slice(file.errors[1]!.span.start, file.errors[1]!.span.start + 10)).toBe('(1, 2\n    ');
  });

  it('keeps parsing after each error', () => {
    expect(names(text)).toEqual(['param good1', 'resource r', 'var bad2', 'var good2', 'output good3']);
    const r = file.statements[1]!;
    if (r.kind !== 'resource' || r.body.kind !== 'object') throw new Error('resource body');
    expect(r.body.properties.map((p) => p.key)).toEqual(['name', 'properties', 'location']);
    const props = r.body.properties[1]!.value;
    if (props.kind !== 'object') throw new Error('properties');
    // The broken property keeps its key with an error value; the next one survives.
    expect(props.properties.map((p) => [p.key, p.value.kind])).toEqual([['broken', 'error'], ['kept', 'string']]);
  });

  it('keeps array item positions with error placeholders', () => {
    const bad2 = file.statements.find((s) => s.kind === 'var' && s.name === 'bad2');
    if (bad2?.kind !== 'var' || bad2.value.kind !== 'array') throw new Error('bad2');
    expect(bad2.value.items.map((i) => i.kind)).toEqual(['number', 'number', 'error', 'number']);
  });

  it('reports a missing closing brace at the opener and resumes at the next statement', () => {
    const src = "var x = {\n  a: 1\n\nparam p string\noutput o string = 'x'\n";
    const result = parseBicep(src);
    expect(result.errors.map((e) => [e.message, e.span])).toEqual([["Missing '}' to close this object", { start: 8, end: 9 }]]);
    expect(names(src)).toEqual(['var x', 'param p', 'output o']);
  });

  it('recovers inside unclosed calls and arrays at the next property', () => {
    const src = "var x = {\n  a: foo(1,\n  b: [1, 2\n  c: 'ok'\n}\nvar y = 2\n";
    const result = parseBicep(src);
    expect(result.errors.map((e) => slice(src, e.span))).toEqual(['(', '[']);
    const x = result.statements[0]!;
    if (x.kind !== 'var' || x.value.kind !== 'object') throw new Error('x');
    expect(x.value.properties.map((p) => p.key)).toEqual(['a', 'b', 'c']);
    expect(names(src)).toEqual(['var x', 'var y']);
  });

  it('reports statement-level problems', () => {
    expect(parseBicep('param = 3').errors).toEqual([{ message: "Expected parameter name, found '='", span: { start: 6, end: 7 } }]);
    expect(parseBicep('var a = 1 2').errors[0]!.message).toBe('Expected a new line after the var statement, found a number');
    expect(parseBicep("resource r 'T@1' = 'x'").errors[0]!.message).toMatch(/^Expected '\{', 'if \(\.\.\.\)' or '\[for \.\.\.\]'/);
    expect(parseBicep("module m '${x}.bicep' = {}").errors[0]!.message).toBe('module path cannot contain string interpolation');
    expect(parseBicep("@description('x')\n\n").errors[0]!.message).toBe('Expected a declaration after the decorator, found end of file');
  });

  it('never throws or hangs on damaged input', () => {
    // Deterministic pseudo-random damage (delete / duplicate / insert punctuation).
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const junk = ['{', '}', '[', ']', '(', ')', "'", '${', '\n', ':', '=', '@', '?', '|', '/*', '//', '.', ',', 'resource '];
    const sources = ['workspace.bicep', 'loops.bicep', 'types.bicep', 'broken.bicep'].map(fixture);
    const started = Date.now();
    for (let round = 0; round < 1500; round++) {
      let src = sources[round % sources.length]!;
      for (let edits = 1 + random(4); edits > 0; edits--) {
        const at = random(src.length);
        const op = random(3);
        if (op === 0) src = src.slice(0, at) + src.slice(at + 1 + random(20));
        else if (op === 1) src = src.slice(0, at) + src.slice(at, at + random(30)) + src.slice(at);
        else src = src.slice(0, at) + junk[random(junk.length)] + src.slice(at);
      }
      const result = parseBicep(src);
      for (const e of result.errors) {
        expect(e.span.start).toBeGreaterThanOrEqual(0);
        expect(e.span.end).toBeGreaterThanOrEqual(e.span.start);
        expect(e.span.end).toBeLessThanOrEqual(src.length);
      }
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('survives pathological nesting without throwing', () => {
    const deep = 'var x = ' + '('.repeat(20000) + '1' + ')'.repeat(20000);
    const result = parseBicep(deep);
    // One error at the first bracket past the depth limit (8 characters of `var x = `, then 200 brackets).
    expect(result.errors).toEqual([{ message: 'too deep to read: nesting 20000 levels, limit 200', span: { start: 208, end: 209 } }]);
    expect(result.statements.length).toBeLessThanOrEqual(1);
    expect(parseBicep('').statements).toEqual([]);
    expect(parseBicep('\n\n  // only a comment\n').errors).toEqual([]);
  });
});
