// AST of ARM template language expressions. Spans are UTF-16 offsets into the expression
// string itself (including its leading `[`), end exclusive; a caller adds the offset of the
// JSON string's first char. Spans are exact only when the JSON string had no escapes.

export interface Span {
  start: number;
  end: number;
}

export interface ArmString { kind: 'string'; value: string; span: Span }
export interface ArmNumber { kind: 'number'; value: number; span: Span }
/** `true` / `false`, written bare or as the ARM functions `true()` / `false()`. */
export interface ArmBool { kind: 'bool'; value: boolean; span: Span }
/** `null` or `null()`. */
export interface ArmNull { kind: 'null'; span: Span }
export interface ArmCall {
  kind: 'call';
  /** As written, including a user-defined-function namespace (`udf.myFunc`). */
  name: string;
  /** Lowercased: ARM function names are case-insensitive. */
  lname: string;
  nameSpan: Span;
  args: ArmExpr[];
  span: Span;
}
/** `x.prop` */
export interface ArmMember { kind: 'member'; object: ArmExpr; property: string; propertySpan: Span; span: Span }
/** `x['prop']`, `x[0]`, `x[expr]` */
export interface ArmIndex { kind: 'index'; object: ArmExpr; index: ArmExpr; span: Span }
/** Malformed input; `span` starts where the problem was found. */
export interface ArmError { kind: 'error'; message: string; span: Span }

export type ArmExpr = ArmString | ArmNumber | ArmBool | ArmNull | ArmCall | ArmMember | ArmIndex | ArmError;
