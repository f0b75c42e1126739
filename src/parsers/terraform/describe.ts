// Token descriptions for HCL parse messages: the kind of token, never its text, so a mistyped
// line holding a secret never reaches a report. Keywords and operators are grammar, not data.
import type { TokenType } from './lexer.js';

const KEYWORDS = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'true', 'false', 'null']);

const KINDS: Partial<Record<TokenType, string>> = {
  eof: 'end of file',
  newline: 'newline',
  number: 'a number',
  invalid: 'an invalid character',
  oquote: 'string',
  cquote: 'the end of a string',
  lit: 'template text',
  oheredoc: 'a heredoc',
  cheredoc: 'the end of a heredoc',
  interp: '"${"',
  control: '"%{"',
  seqend: '"}"',
};

export function describeHclToken(type: TokenType, text: string): string {
  if (type === 'ident') return KEYWORDS.has(text) ? `"${text}"` : 'a name';
  return KINDS[type] ?? `"${type}"`;
}
