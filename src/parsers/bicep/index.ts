// Public entry point of the Bicep parser: `parseBicep(text)` plus the AST types.
export { parseBicep } from './parser.js';
export { lex } from './lexer.js';
export type { LexResult, Token, TokenKind } from './lexer.js';
export type * from './ast.js';
