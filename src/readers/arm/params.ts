// Parameter files next to a template: their values win over the template's defaults.
import { posix } from 'node:path';
import type { ReadContext } from '../../formats/contract.js';
import { getCI, type MValue } from '../../model/value.js';
import { isArmExpression, armLiteralValue } from '../../parsers/arm-expr/parser.js';
import type { Binding } from './evaluate.js';
import { unknown } from './functions.js';
import { parsedParameterFile } from './json.js';

/**
 * Candidate parameter files of a template, best first; the first group with a file wins:
 * `<name>.parameters.json`, then `<name>.parameters*.json` (`.dev`, `-prod` …), then
 * `azuredeploy.parameters.json`, then `parameters.json` for a portal-exported `template.json`.
 */
export function parameterFileGroups(templatePath: string, files: readonly string[]): string[][] {
  const dir = posix.dirname(templatePath);
  const base = posix.basename(templatePath);
  const name = base.replace(/\.jsonc?$/i, '').toLowerCase();
  const byLower = new Map(files.map((f) => [posix.basename(f).toLowerCase(), f]));
  const pick = (n: string) => (byLower.has(n) ? [byLower.get(n)!] : []);
  const exact = pick(`${name}.parameters.json`);
  const variants = files.filter((f) => {
    const b = posix.basename(f).toLowerCase();
    return b.startsWith(`${name}.parameters`) && /\.jsonc?$/.test(b) && b !== `${name}.parameters.json`;
  });
  const groups = [exact, variants, pick('azuredeploy.parameters.json'), name === 'template' ? pick('parameters.json') : []];
  return groups.map((g) => g.filter((f) => f !== templatePath && posix.dirname(f) === dir)).filter((g) => g.length > 0);
}

/**
 * Parameter values from the best group of parameter files. With several files in the group
 * (`.dev` and `.prod`), a value counts only when every file gives the same one; otherwise it is
 * unknown, since which file is deployed cannot be told.
 */
export function parameterBindings(templatePath: string, ctx: ReadContext): Map<string, Binding> {
  const dir = posix.dirname(templatePath);
  const files = ctx.memo(`arm:list:${dir}`, () => ctx.list(dir));
  const group = parameterFileGroups(templatePath, files)[0] ?? [];
  const perFile = group.map((f) => ({ file: f, values: parameterValues(f, ctx) })).filter((p) => p.values.size > 0);
  const out = new Map<string, Binding>();
  const names = new Set(perFile.flatMap((p) => [...p.values.keys()]));
  for (const n of names) {
    const vals = perFile.map((p) => p.values.get(n));
    const first = vals.find((v) => v !== undefined)!;
    const same = vals.length === 1 || vals.every((v) => v !== undefined && sameValue(v.value, first.value));
    const files = perFile.map((p) => posix.basename(p.file)).join(', ');
    const value = same ? first.value : unknown(first.value.loc, `parameter '${first.name}' differs between parameter files ${files}`);
    out.set(n, () => value);
  }
  return out;
}

/** `parameters.<x>.value` of one parameter file (lowercased names); Key Vault references are unknown. */
function parameterValues(path: string, ctx: ReadContext): Map<string, { name: string; value: MValue }> {
  return ctx.memo(`arm:params:${path}`, () => {
    const out = new Map<string, { name: string; value: MValue }>();
    const src = ctx.source(path);
    const root = src && parsedParameterFile(ctx, src).root;
    const schema = getCI(root, '$schema');
    if (schema && (schema.t !== 'str' || !/deploymentParameters/i.test(schema.value))) return out;
    const params = getCI(root, 'parameters');
    if (params?.t !== 'obj') return out;
    for (const e of params.entries) {
      const value = getCI(e.value, 'value');
      if (value) out.set(e.key.toLowerCase(), { name: e.key, value: literal(value) });
      else if (getCI(e.value, 'reference')) out.set(e.key.toLowerCase(), { name: e.key, value: unknown(e.keyLoc, `parameter '${e.key}' is a Key Vault reference`) });
    }
    return out;
  });
}

/** Parameter file values are data: an expression-looking string there is not evaluated, so it stays unknown. */
function literal(v: MValue): MValue {
  switch (v.t) {
    case 'str':
      if (isArmExpression(v.value)) return unknown(v.loc, 'an expression in a parameter file is not evaluated');
      return v.value.startsWith('[[') ? { ...v, value: armLiteralValue(v.value) } : v;
    case 'obj':
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: literal(e.value) })) };
    case 'arr':
      return { ...v, items: v.items.map(literal) };
    default:
      return v;
  }
}

function sameValue(a: MValue, b: MValue): boolean {
  if (a.t === 'unknown' || b.t === 'unknown') return false;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

function strip(v: MValue): unknown {
  switch (v.t) {
    case 'obj':
      return v.entries.map((e) => [e.key, strip(e.value)]);
    case 'arr':
      return v.items.map(strip);
    case 'null':
      return null;
    case 'unknown':
      return { unknown: v.why };
    default:
      return v.value;
  }
}
