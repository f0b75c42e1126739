// JSON with comments → located MValue trees, for ARM templates and parameter files.
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Loc, Position, SourceFile } from '../../model/located.js';
import type { MEntry, MValue } from '../../model/value.js';
import type { ReadContext } from '../../formats/contract.js';
import { MAX_NESTING, tooDeepMessage } from '../../parsers/budgets.js';
import { jsonNesting } from '../../parsers/json-depth.js';

export interface JsonParse {
  root?: MValue;
  error?: { message: string; start: number; end: number };
}

interface Frame {
  start: Position;
  entries?: MEntry[];
  items?: MValue[];
  /** The key waiting for its value (objects only). */
  key?: { key: string; keyLoc: Loc };
}

/**
 * Builds the located tree in one pass over jsonc-parser's events (no intermediate node tree).
 * Comments and trailing commas are accepted, as ARM accepts them.
 */
export function parseJsonc(src: SourceFile): JsonParse {
  // The JSON parser and the evaluator recurse per level: refuse absurd nesting up front.
  const nesting = jsonNesting(src.text, MAX_NESTING);
  if (nesting.crossedAt !== undefined) return { error: { message: tooDeepMessage(nesting.max), start: nesting.crossedAt, end: nesting.crossedAt + 1 } };
  let parsed = build(src, src.text);
  if (parsed.code === 'UnexpectedEndOfString') {
    // ARM accepts line breaks inside strings (multi-line expressions); JSON does not. Blank them
    // out, keeping every offset, and parse again; a file still broken keeps its first error.
    const joined = blankLineBreaksInStrings(src.text);
    const again = joined === undefined ? undefined : build(src, joined);
    if (again && !again.error) parsed = again;
  }
  return parsed.error ? { error: parsed.error } : { root: parsed.root };
}

function build(src: SourceFile, text: string): JsonParse & { code?: string } {
  const cursor = new Cursor(src.text);
  const loc = (start: Position, endOffset: number): Loc => ({ file: src.path, range: { start, end: cursor.at(endOffset) } });
  const stack: Frame[] = [];
  let root: MValue | undefined;
  let error: JsonParse['error'];
  let firstCode: ParseErrorCode | undefined;

  const attach = (v: MValue) => {
    const top = stack[stack.length - 1];
    if (!top) root ??= v;
    else if (top.items) top.items.push(v);
    else if (top.entries && top.key) {
      top.entries.push({ key: top.key.key, keyLoc: top.key.keyLoc, value: v });
      top.key = undefined;
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => void stack.push({ start: cursor.at(offset), entries: [] }),
      onObjectProperty: (property, offset, length) => {
        const top = stack[stack.length - 1];
        if (top) top.key = { key: property, keyLoc: loc(cursor.at(offset), offset + length) };
      },
      onObjectEnd: (offset, length) => {
        const f = stack.pop();
        if (f?.entries) attach({ t: 'obj', entries: f.entries, loc: loc(f.start, offset + length) });
      },
      onArrayBegin: (offset) => void stack.push({ start: cursor.at(offset), items: [] }),
      onArrayEnd: (offset, length) => {
        const f = stack.pop();
        if (f?.items) attach({ t: 'arr', items: f.items, loc: loc(f.start, offset + length) });
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const at = loc(cursor.at(offset), offset + length);
        if (typeof value === 'string') attach({ t: 'str', value, loc: at });
        else if (typeof value === 'number') attach({ t: 'num', value, loc: at });
        else if (typeof value === 'boolean') attach({ t: 'bool', value, loc: at });
        else attach({ t: 'null', loc: at });
      },
      onError: (code: ParseErrorCode, offset, length) => {
        if (error) return;
        // Unterminated comments and strings report a range past the end of the text.
        error = { message: describe(code), start: Math.min(offset, text.length), end: Math.min(offset + length, text.length) };
        firstCode = code;
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return error ? { error, code: printParseErrorCode(firstCode!) } : { root };
}

/**
 * Offsets → positions for offsets that mostly grow, as parser events do: a forward scan from the
 * last offset instead of a search per value. Same line breaks as `LineIndex` (LF, CRLF, lone CR).
 */
class Cursor {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  at(offset: number): Position {
    const t = this.text;
    const end = Math.max(0, Math.min(offset, t.length));
    if (end < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.offset; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.offset = end;
    return { line: this.line, column: end - this.lineStart + 1 };
  }
}

/** The text with line breaks inside string literals replaced by spaces; undefined when there are none. */
function blankLineBreaksInStrings(text: string): string | undefined {
  let out: string[] | undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      else if (c === '\n' || c === '\r') (out ??= text.split(''))[i] = ' ';
    } else if (c === '"') inString = true;
    else if (c === '/' && text[i + 1] === '/') i = lineEnd(text, i);
    else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    }
  }
  return out?.join('');
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n - 1;
}

/** `CommaExpected` → `comma expected`. */
function describe(code: ParseErrorCode): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * Parameter files are parsed once per run and shared by every template that reads them (and by
 * their own read). Templates are read once anyway, so their trees are not kept in the memo.
 */
export function parsedParameterFile(ctx: ReadContext, src: SourceFile): JsonParse {
  return ctx.memo(`arm:params-json:${src.path}`, () => parseJsonc(src));
}

/** The metadata the Bicep compiler writes into the templates it generates. */
export const BICEP_GENERATED = /"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/;
