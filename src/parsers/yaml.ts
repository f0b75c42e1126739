import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import type { SourceFile } from '../model/located.js';
import type { MEntry, MValue } from '../model/value.js';

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
   * Decides from a shallow view of a document (top-level keys; nested maps and lists empty)
   * whether its full located tree is wanted; others come back with no root. Building located
   * trees is most of the cost after parsing, and most YAML in a repository is not AML.
   */
  wanted?: (shallowRoot: MValue | undefined) => boolean;
}

export function parseYaml(src: SourceFile, options: YamlParseOptions = {}): YamlParseResult {
  let raw;
  try {
    raw = parseAllDocuments(src.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: options.keepSourceTokens });
  } catch (e) {
    // The yaml package recurses per nesting level; pathological nesting overflows the stack.
    const message = e instanceof RangeError ? 'it is nested too deeply' : (e as Error).message;
    return { docs: [], raw: [], error: { message, start: 0, end: 0 } };
  }
  const list = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw)) {
    // An empty stream comes back as an EmptyStream marker with possible errors.
    const errs = (raw as { errors?: { message: string; pos: [number, number]; code?: string }[] }).errors ?? [];
    if (errs.length) return { docs: [], raw: [], error: toError(errs[0]) };
    return { docs: [], raw: [] };
  }
  for (const d of list) {
    if (d.errors.length) return { docs: [], raw: [], error: toError(d.errors[0]) };
  }
  try {
    const root = (d: (typeof list)[number]) => {
      if (!d.contents) return undefined;
      if (options.wanted && !options.wanted(convert(d.contents as YamlNode, src, 0, true))) return undefined;
      return convert(d.contents as YamlNode, src);
    };
    return { docs: list.map((d) => ({ root: root(d) })), raw: list };
  } catch (e) {
    if (e instanceof RangeError) return { docs: [], raw: [], error: { message: 'it is nested too deeply', start: 0, end: 0 } };
    throw e;
  }
}

function toError(e: { message: string; pos: [number, number]; code?: string }) {
  // The yaml package appends a source excerpt after the first line; keep the sentence only.
  let message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(message)) message = 'it is nested too deeply';
  return { message, start: e.pos[0], end: e.pos[1], code: e.code };
}

function nodeRange(n: YamlNode): [number, number] {
  const r = n.range ?? [0, 0, 0];
  return [r[0], r[1]];
}

/** A located tree; `shallow` converts the top level only (nested maps and lists come back empty). */
function convert(node: YamlNode, src: SourceFile, depth = 0, shallow = false): MValue {
  const [start, end] = nodeRange(node);
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
      const keyLoc = k ? src.loc(...nodeRange(k)) : loc;
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
    const v = node.value;
    if (v === null || v === undefined) return { t: 'null', loc };
    if (typeof v === 'boolean') return { t: 'bool', value: v, loc };
    if (typeof v === 'number' || typeof v === 'bigint') return { t: 'num', value: Number(v), loc };
    return { t: 'str', value: String(v), loc };
  }
  return { t: 'unknown', loc, why: 'unsupported YAML node' };
}
