import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { Loc, SourceFile } from '../model/located.js';
import type { MEntry, MValue } from '../model/value.js';
import { MAX_NESTING, tooDeepMessage } from './budgets.js';
import { yamlNesting } from './yaml-depth.js';
import { readYamlFast, type FastNode } from './yaml-fast.js';

export interface YamlDoc {
  /** The document's root as a located tree (undefined for an empty document). */
  root: MValue | undefined;
}

export interface YamlParseResult {
  docs: YamlDoc[];
  /** The parsed documents themselves, for readers that walk the YAML AST (CI script steps). */
  raw: Document[];
  error?: { message: string; start: number; end: number; code?: string };
}

// Duplicate keys are accepted (the last one wins, as in the Azure ML CLI's parser).
/** Parses every document of a YAML stream into located trees; the first error stops the file. */
export interface YamlParseOptions {
  /** Keep the parser's source tokens (the CI-script reader maps offsets with them). */
  keepSourceTokens?: boolean;
  /**
   * Decides from a shallow view of a document (top-level keys; nested maps and lists empty;
   * its locations may be placeholders)
   * whether its full located tree is wanted; others come back with no root. Building located
   * trees is most of the cost after parsing, and most YAML in a repository is not AML.
   */
  wanted?: (shallowRoot: MValue | undefined) => boolean;
  /** Read with `yaml` even when the fast reader could (the differential test compares both). */
  noShortcut?: boolean;
}

export function parseYaml(src: SourceFile, options: YamlParseOptions = {}): YamlParseResult {
  // Readers that walk the parser's own documents (CI steps) always need the full parse. What the
  // fast reader reads is at most 150 levels deep: the depth estimate below guards `yaml` only.
  if (!options.keepSourceTokens && !options.noShortcut) {
    const fast = readYamlFast(src.text);
    if (fast?.k === 'error') return { docs: [], raw: [], error: toError({ message: fast.message, pos: [fast.start, fast.start + 1], code: fast.code }, src.text.length) };
    if (fast) {
      const wanted = !options.wanted || options.wanted(shallowFast(fast));
      return { docs: [{ root: wanted ? fromFast(fast, src) : undefined }], raw: [] };
    }
  }
  const nesting = yamlNesting(src.text, MAX_NESTING);
  if (nesting.crossedAt !== undefined) {
    return { docs: [], raw: [], error: { message: tooDeepMessage(nesting.max), start: nesting.crossedAt, end: nesting.crossedAt + 1 } };
  }
  let raw;
  try {
    raw = parseAllDocuments(src.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: options.keepSourceTokens });
  } catch (e) {
    // The yaml package recurses per nesting level; pathological nesting overflows the stack.
    const message = e instanceof RangeError ? tooDeepMessage(0) : 'the YAML parser failed on this file';
    return { docs: [], raw: [], error: { message, start: 0, end: 0 } };
  }
  const list = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw)) {
    // An empty stream comes back as an EmptyStream marker with possible errors.
    const errs = (raw as { errors?: { message: string; pos: [number, number]; code?: string }[] }).errors ?? [];
    if (errs.length) return { docs: [], raw: [], error: toError(errs[0], src.text.length) };
    return { docs: [], raw: [] };
  }
  for (const d of list) {
    if (d.errors.length) return { docs: [], raw: [], error: toError(d.errors[0], src.text.length) };
  }
  try {
    const root = (d: (typeof list)[number]) => {
      if (!d.contents) return undefined;
      if (options.wanted && !options.wanted(convert(d.contents as YamlNode, src, 0, true))) return undefined;
      return convert(d.contents as YamlNode, src);
    };
    return { docs: list.map((d) => ({ root: root(d) })), raw: list };
  } catch (e) {
    if (e instanceof RangeError) return { docs: [], raw: [], error: { message: tooDeepMessage(0), start: 0, end: 0 } };
    throw e;
  }
}

/** The first problem, its range kept inside the text (end-of-input errors point one past it). */
function toError(e: { message: string; pos: [number, number]; code?: string }, length: number) {
  const start = Math.min(e.pos[0], length);
  return { message: safeYamlMessage(e.message, e.code), start, end: Math.max(start, Math.min(e.pos[1], length)), code: e.code };
}

/** Codes whose `yaml` messages embed source text; they get a fixed sentence instead. */
const FIXED_MESSAGE: Record<string, string> = {
  BAD_DQ_ESCAPE: 'Invalid escape sequence in a double-quoted string',
  TAG_RESOLVE_FAILED: 'Unresolved tag',
  BAD_DIRECTIVE: 'Invalid directive',
  BAD_COLLECTION_TYPE: 'The tag does not fit this collection',
  BAD_PROP_ORDER: 'Anchors and tags must come after the indicator',
};

const YAML_TOKEN_KINDS = new Set(
  'alias anchor tag comment newline space comma scalar error document directive directive-line byte-order-mark doc-start doc-end flow-collection block-map block-seq block-scalar flow-map-start flow-map-end flow-seq-start flow-seq-end flow-error-end explicit-key-ind map-value-ind seq-item-ind single-quoted-scalar double-quoted-scalar'.split(' '),
);

/**
 * The `yaml` package's sentence without any source text: no excerpt, no position, no quoted
 * token (a mistyped line may hold a secret). Messages name the kind of token only.
 */
export function safeYamlMessage(message: string, code?: string): string {
  if (code && FIXED_MESSAGE[code]) return FIXED_MESSAGE[code];
  let m = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(m)) return tooDeepMessage(0);
  // `Block scalar header includes extra characters: <source>`, `Not a YAML token: <source>`, …
  const colon = m.indexOf(': ');
  if (colon >= 0) m = m.slice(0, colon);
  // `Unexpected <source> in flow map`: keep single indicator characters and token kinds only.
  m = m.replace(/^Unexpected (\S+) (in|at) /, (all, what: string, prep: string) => (/^[^\w\s]$/.test(what) || YAML_TOKEN_KINDS.has(what) ? all : `Unexpected token ${prep} `));
  return m;
}

/**
 * A node's range, tight: a block map or list ends where its last value ends and a block scalar
 * at its last character, not after the line breaks and comments the `yaml` package counts in.
 * Both readers give the same ranges this way.
 */
function nodeRange(n: YamlNode, text: string): [number, number] {
  const r = n.range ?? [0, 0, 0];
  let last: YamlNode | null | undefined = n;
  while ((isMap(last) || isSeq(last)) && !last.flow && last.items.length) {
    const item = last.items[last.items.length - 1] as Pair | YamlNode;
    last = isMap(last) ? (((item as Pair).value ?? (item as Pair).key) as YamlNode | null) : (item as YamlNode);
  }
  if (!last || !last.range) return [r[0], r[1]];
  const [s, e] = last.range;
  if (isScalar(last) && (last.type === 'BLOCK_LITERAL' || last.type === 'BLOCK_FOLDED')) return [r[0], s + text.slice(s, e).trimEnd().length];
  return [r[0], e];
}

const NOWHERE: Loc = { file: '', range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } };

/**
 * The top level of a fast-read document for the `wanted` test, without locations (they would
 * index the file's lines, which most files not wanted never need).
 */
function shallowFast(node: FastNode): MValue {
  const top = (n: FastNode): MValue => {
    if (n.k === 'map') return { t: 'obj', entries: [], loc: NOWHERE };
    if (n.k === 'seq') return { t: 'arr', items: [], loc: NOWHERE };
    return scalarValue(n.value, NOWHERE);
  };
  if (node.k !== 'map') return top(node);
  return { t: 'obj', entries: node.pairs.map((p) => ({ key: p.key, keyLoc: NOWHERE, value: top(p.value) })), loc: NOWHERE };
}

/** A scalar's value from either reader, as a located value. */
function scalarValue(v: unknown, loc: Loc): MValue {
  if (v === null || v === undefined) return { t: 'null', loc };
  if (typeof v === 'boolean') return { t: 'bool', value: v, loc };
  if (typeof v === 'number' || typeof v === 'bigint') return { t: 'num', value: Number(v), loc };
  return { t: 'str', value: String(v), loc };
}

/** The located tree of a fast-read node. */
function fromFast(node: FastNode, src: SourceFile): MValue {
  const loc = src.loc(node.start, node.end);
  if (node.k === 'map') {
    const entries: MEntry[] = node.pairs.map((p) => ({ key: p.key, keyLoc: src.loc(p.keyStart, p.keyEnd), value: fromFast(p.value, src) }));
    return { t: 'obj', entries, loc };
  }
  if (node.k === 'seq') return { t: 'arr', items: node.items.map((i) => fromFast(i, src)), loc };
  return scalarValue(node.value, loc);
}

/** A located tree; `shallow` converts the top level only (nested maps and lists come back empty). */
function convert(node: YamlNode, src: SourceFile, depth = 0, shallow = false): MValue {
  const [start, end] = nodeRange(node, src.text);
  const loc = src.loc(start, end);
  if (depth > 200) return { t: 'unknown', loc, why: 'nested too deeply' };
  if (shallow && depth > 0) {
    if (isMap(node)) return { t: 'obj', entries: [], loc };
    if (isSeq(node)) return { t: 'arr', items: [], loc };
  }
  if (isMap(node)) {
    const entries: MEntry[] = [];
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      const key = k && isScalar(k) ? String(k.value) : k ? '<complex key>' : '';
      const keyLoc = k ? src.loc(...nodeRange(k, src.text)) : loc;
      const v = pair.value as YamlNode | null;
      const value: MValue = v ? convert(v, src, depth + 1, shallow) : { t: 'null', loc: keyLoc };
      entries.push({ key, keyLoc, value });
    }
    return { t: 'obj', entries, loc };
  }
  if (isSeq(node)) {
    return { t: 'arr', items: node.items.map((i) => convert(i as YamlNode, src, depth + 1, shallow)), loc };
  }
  if (isAlias(node)) return { t: 'unknown', loc, why: `YAML alias *${node.source}` };
  if (isScalar(node)) {
    return scalarValue(node.value, loc);
  }
  return { t: 'unknown', loc, why: 'unsupported YAML node' };
}
