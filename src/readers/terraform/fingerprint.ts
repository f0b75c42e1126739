import type { MValue } from '../../model/value.js';
import type { Block } from '../../parsers/terraform/index.js';
import { evaluate, type Scope } from './eval.js';

/**
 * A module call's arguments as text that ignores where values are written, so two calls of one
 * folder with the same arguments can share one evaluation. Undefined when an argument is not
 * known and names no resource (two such unknowns may differ).
 */
export function fingerprintArgs(block: Block, s: Scope, meta: ReadonlySet<string>): string | undefined {
  const parts: string[] = [];
  for (const a of [...block.body.attributes].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    if (meta.has(a.name)) continue;
    const text = valueText(evaluate(a.expr, s));
    if (text === undefined) return undefined;
    parts.push(`${a.name}=${text}`);
  }
  return parts.join(';');
}

function valueText(v: MValue): string | undefined {
  switch (v.t) {
    case 'str':
    case 'num':
    case 'bool':
      return JSON.stringify(v.value);
    case 'null':
      return 'null';
    case 'arr': {
      const items = v.items.map(valueText);
      return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
    }
    case 'obj': {
      const entries = v.entries.map((e) => [e.key, valueText(e.value)] as const);
      return entries.some(([, t]) => t === undefined) ? undefined : `{${entries.map(([k, t]) => `${JSON.stringify(k)}:${t}`).join(',')}}`;
    }
    case 'unknown': {
      const r = v.ref;
      return r?.symbol ? `ref(${r.scope}#${r.instance ?? ''}#${r.symbol}.${r.property ?? ''})` : undefined;
    }
  }
}
