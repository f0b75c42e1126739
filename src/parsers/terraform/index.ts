// HCL2 native syntax (Terraform .tf / .tfvars) parser with exact UTF-16 spans, comments and
// error recovery. Representation choices worth knowing:
// - Bare object keys (`{ a = 1 }`) are `{kind:'string', value:'a', bare:true}`; quoted keys are
//   ordinary strings/templates; `(expr)` keys are `paren`; other key expressions are kept as-is.
// - References rooted at a name are `traversal`; postfix access on any other expression
//   (`f(x).a`, `(x)[*].id`) is `relativeTraversal` with a `source`.
// - `%{ }` directives are flat `directive` markers inside `template.parts`.
// - Heredoc values are decoded (indent removed for `<<-`, CRLF normalised to LF).
export { parseHcl } from './parser.js';
export { lex } from './lexer.js';
export type { Token, TokenType, LexResult } from './lexer.js';
export * from './ast.js';
