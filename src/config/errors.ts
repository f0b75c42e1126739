import type { ErrorObject } from 'ajv';
import type { SourceFile } from '../model/located.js';
import { atPointer, type MValue } from '../model/value.js';

/** A configuration or usage mistake: exit code 2, message already a sentence with its place. */
export class ConfigError extends Error {}

/** Readable path from a JSON pointer: `/rules/acr-admin-user` → `rules.acr-admin-user`. */
export function dotted(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');
}

function shown(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
}

const EXPECTED_BY_PATH: [RegExp, string][] = [
  [/^rules\.[^.]+$/, 'off|note|warning|error or {severity, options, ignore}'],
  [/^rules\.[^.]+\.severity$/, 'off|note|warning|error'],
];

/**
 * Turns ajv errors into sentences with file, line and path, e.g.
 * `.amlguard.yml:3:19: rules.acr-admin-user: expected off|note|warning|error or {severity, options}, got "high"`.
 */
export function explainAjvErrors(errors: ErrorObject[], root: MValue | undefined, src: SourceFile | undefined, data: unknown): string[] {
  // An anyOf failure lists every branch's complaint. When the data matched a branch's shape,
  // its deeper errors say what is wrong; otherwise the umbrella error says what was expected.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter((e) => {
    for (const p of anyOfPaths) {
      const deeper = errors.some((x) => x.instancePath.startsWith(p + '/') && x.keyword !== 'anyOf');
      if (e.instancePath === p) return deeper ? false : e.keyword === 'anyOf';
      if (e.instancePath.startsWith(p + '/') && !deeper) return false;
    }
    return true;
  });
  const byPath = new Map<string, ErrorObject>();
  for (const e of kept) {
    const path = e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
    if (!byPath.has(path)) byPath.set(path, e);
  }
  return [...byPath.values()].map((e) => {
    const pointer = e.keyword === 'additionalProperties' ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
    const path = dotted(pointer) || '(top level)';
    let where = src ? `${src.path}:` : '';
    if (root && src) {
      const { node, keyLoc } = atPointer(root, pointer);
      const loc = e.keyword === 'additionalProperties' ? (keyLoc ?? node.loc) : node.loc;
      where = `${src.path}:${loc.range.start.line}:${loc.range.start.column}:`;
    }
    const value = valueAt(data, e.instancePath);
    let text: string;
    const expected = EXPECTED_BY_PATH.find(([re]) => re.test(dotted(e.instancePath)))?.[1];
    switch (e.keyword) {
      case 'additionalProperties': {
        const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        text = known.length ? `unknown key; expected one of ${known.join(', ')}` : 'unknown key; nothing is accepted here';
        break;
      }
      case 'enum':
        text = `expected ${(e.params as { allowedValues: unknown[] }).allowedValues.join('|')}, got ${shown(value)}`;
        break;
      case 'anyOf':
        text = `expected ${expected ?? 'a different value'}, got ${shown(value)}`;
        break;
      case 'type':
        text = `expected ${expected ?? (e.params as { type: string }).type}, got ${shown(value)}`;
        break;
      case 'required':
        text = `missing required key '${(e.params as { missingProperty: string }).missingProperty}'`;
        break;
      default:
        text = e.message ?? 'invalid';
    }
    return `${where} ${path}: ${text}`.trim();
  });
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    else return undefined;
  }
  return cur;
}
