// Located model values from the words and flags of one az command.
import type { AzCommand, AzFlag, AzWord, Span } from '../../parsers/shell/azcli.js';
import type { Loc } from '../../model/located.js';
import type { MValue } from '../../model/value.js';
import { wholeVariable, type Vars } from './vars.js';

/** Turns a script span into a file location (identity for .sh/.ps1, mapped for CI YAML). */
export type Locate = (span: Span) => Loc;

export interface CmdView {
  cmd: AzCommand;
  at: Locate;
  dialect: 'sh' | 'ps1';
  /** Variables the script assigned before this command. */
  vars?: Vars;
}

/** The last occurrence of any of the names (argparse keeps the last one). */
export function flagOf(v: CmdView, ...names: string[]): AzFlag | undefined {
  for (let i = v.cmd.flags.length - 1; i >= 0; i--) if (names.includes(v.cmd.flags[i].name)) return v.cmd.flags[i];
  return undefined;
}

/** A word as a located string, or an unknown when it depends on run-time state. */
export function wordValue(v: CmdView, w: AzWord): MValue {
  const loc = v.at(w.span);
  if (w.text !== null) return { t: 'str', value: w.text, loc };
  const name = wholeVariable(w.raw);
  const held = name ? v.vars?.(name, w.span.start) : undefined;
  // A literal keeps where it is written; a resource's output is a reference at the use.
  if (held?.kind === 'literal') return held.value;
  if (held?.kind === 'resource') return { t: 'unknown', loc, why: `${w.raw} is the ${held.ref.property ?? 'output'} of the ${held.what} this script creates or shows`, ref: held.ref };
  const text = v.vars && interpolate(w, v.vars);
  if (text !== undefined) return { t: 'str', value: text, loc };
  return { t: 'unknown', loc, why: `not known statically: ${w.raw}` };
}

/**
 * A bare or double-quoted word whose only expansions are variables holding literals
 * (`"$SUB/providers/…"`): its text; undefined when anything else is expanded.
 */
function interpolate(w: AzWord, vars: Vars): string | undefined {
  const raw = /^"[^"]*"$/.test(w.raw) ? w.raw.slice(1, -1) : w.raw;
  if (/["'`\\]|\$\(/.test(raw)) return undefined;
  let failed = false;
  const text = raw.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (_m, a: string | undefined, b: string | undefined) => {
    const held = vars(a ?? b ?? '', w.span.start);
    if (held?.kind !== 'literal') failed = true;
    return held?.kind === 'literal' ? held.value.value : '';
  });
  return failed || text.includes('$') ? undefined : text;
}

/** A flag's value; a flag written without one is an unknown at the flag name. */
export function flagValue(v: CmdView, f: AzFlag | undefined): MValue | undefined {
  if (!f) return undefined;
  if (!f.value) return { t: 'unknown', loc: v.at(f.nameSpan), why: `${f.name} has no value` };
  return wordValue(v, f.value);
}

export function valueOf(v: CmdView, ...names: string[]): MValue | undefined {
  return flagValue(v, flagOf(v, ...names));
}

/**
 * An az three-state flag: bare = true (at the flag name), `true`/`false` in any case (at the
 * value), PowerShell `$true`/`$false`; other literals stay strings, variables unknown.
 */
export function boolFlag(v: CmdView, f: AzFlag | undefined): MValue | undefined {
  if (!f) return undefined;
  if (!f.value) return { t: 'bool', value: true, loc: v.at(f.nameSpan) };
  const w = f.value;
  const ps = v.dialect === 'ps1' ? /^\$(true|false)$/i.exec(w.raw) : null;
  const text = ps ? ps[1] : w.text;
  if (text !== null && /^(true|false)$/i.test(text)) return { t: 'bool', value: text.toLowerCase() === 'true', loc: v.at(w.span) };
  return wordValue(v, w);
}

/** Source span of text[from, to) inside a word, exact for plain or fully quoted words, else the whole word. */
export function subSpan(w: AzWord, from: number, to: number): Span {
  if (w.text === null) return w.span;
  if (w.raw === w.text) return { start: w.span.start + from, end: w.span.start + to };
  const q = w.raw[0];
  if ((q === '"' || q === "'") && w.raw.endsWith(q) && w.raw.slice(1, -1) === w.text) {
    return { start: w.span.start + 1 + from, end: w.span.start + 1 + to };
  }
  return w.span;
}

/** Every comma-separated item of a flag's values (`-i a,b c`), each located; `skip` drops items such as `[system]`. */
export function listValues(v: CmdView, f: AzFlag | undefined, skip: (s: string) => boolean = () => false): MValue[] {
  if (!f) return [];
  const out: MValue[] = [];
  for (const w of f.values ?? (f.value ? [f.value] : [])) {
    if (w.text === null) {
      out.push(wordValue(v, w));
      continue;
    }
    let at = 0;
    for (const part of w.text.split(',')) {
      const lead = part.length - part.trimStart().length;
      const item = part.trim();
      if (item && !skip(item)) out.push({ t: 'str', value: item, loc: v.at(subSpan(w, at + lead, at + lead + item.length)) });
      at += part.length + 1;
    }
  }
  return out;
}

/** `--set key=value` (the last one wins), located at the value part. */
export function setValue(v: CmdView, key: string): MValue | undefined {
  let found: MValue | undefined;
  for (const f of v.cmd.flags) {
    if (f.name !== '--set') continue;
    for (const w of f.values ?? []) {
      if (w.text === null) {
        // `--set key=$X`: the key is still known from the source prefix
        if (w.raw.replace(/^["']/, '').startsWith(`${key}=`)) found = { t: 'unknown', loc: v.at(w.span), why: `not known statically: ${w.raw}` };
        continue;
      }
      if (!w.text.startsWith(`${key}=`)) continue;
      const value = w.text.slice(key.length + 1);
      found = { t: 'str', value, loc: v.at(subSpan(w, key.length + 1, w.text.length)) };
    }
  }
  return found;
}
