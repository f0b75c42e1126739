// Token-level tests: newlines, comments, pragmas, string pieces and escapes.
import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/parsers/bicep/index.js';

const kinds = (text: string): string[] => lex(text).tokens.map((t) => t.kind);

describe('bicep lexer', () => {
  it('emits newline tokens and keeps comments apart', () => {
    const text = "param a string // trailing\n/* block\n spans lines */ var b = 1";
    const result = lex(text);
    expect(result.tokens.map((t) => t.kind)).toEqual([
      'ident', 'ident', 'ident', 'newline', 'ident', 'ident', '=', 'number', 'eof',
    ]);
    expect(result.comments).toEqual([
      { span: { start: 15, end: 26 }, text: '// trailing', block: false },
      { span: { start: 27, end: 51 }, text: '/* block\n spans lines */', block: true },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('recognises multi-character operators', () => {
    expect(kinds('a.?b ?? c :: d ... => =~ !~ != == <= >= && || | ! [?')).toEqual([
      'ident', '.?', 'ident', '??', 'ident', '::', 'ident', '...', '=>', '=~', '!~', '!=', '==', '<=', '>=',
      '&&', '||', '|', '!', '[', '?', 'eof',
    ]);
  });

  it('splits interpolated strings into pieces, including nested braces', () => {
    const result = lex("'a${ {x: 1}.x }b${'c'}d'");
    expect(result.tokens.map((t) => [t.kind, t.value])).toEqual([
      ['stringLeft', 'a'], ['{', ''], ['ident', 'x'], [':', ''], ['number', '1'], ['}', ''], ['.', ''],
      ['ident', 'x'], ['stringMiddle', 'b'], ['string', 'c'], ['stringRight', 'd'], ['eof', ''],
    ]);
    expect(result.errors).toEqual([]);
  });

  it('treats # pragmas at line start as directives', () => {
    const result = lex('  #disable-next-line BCP081\nvar x = 1');
    expect(result.directives).toEqual([{ span: { start: 2, end: 27 }, text: '#disable-next-line BCP081' }]);
    expect(result.tokens[0]!.kind).toBe('newline');
  });

  it('reports bad escapes, unterminated strings and unknown characters with spans', () => {
    expect(lex(String.raw`'a\qb'`).errors).toEqual([{ message: "Invalid escape sequence '\\q'", span: { start: 2, end: 4 } }]);
    expect(lex("var s = 'open\nvar t = 1").errors).toEqual([{ message: 'Unterminated string', span: { start: 8, end: 13 } }]);
    expect(lex("'''never closed").errors[0]!.message).toBe('Unterminated multi-line string');
    expect(lex('/* open').errors[0]).toEqual({ message: 'Unterminated block comment', span: { start: 0, end: 7 } });
    expect(lex('a ; b').errors).toEqual([{ message: "Unexpected character ';'", span: { start: 2, end: 3 } }]);
  });
});
