// Finds `az …` invocations in shell / PowerShell scripts and splits them into command group,
// flags and positionals, keeping the exact source span of every part.
import { lexCommands, type Dialect, type Span, type Word } from './lexer.js';

export type { Span } from './lexer.js';

export interface AzWord {
  /** Decoded value; null when not statically known ($VAR, $(cmd), ${x}, $env:X, `cmd`). */
  text: string | null;
  /** Source text exactly as written (quotes included). */
  raw: string;
  span: Span;
}

export interface AzFlag {
  /** Long flags lowercased (`--admin-enabled`); short flags (`-g`, `-n`) kept as written. */
  name: string;
  nameSpan: Span;
  /** First value; absent for a bare boolean flag (`--admin-enabled` followed by a flag or the end). */
  value?: AzWord;
  /**
   * Only for flags that take several space-separated values (see MULTI_VALUE_FLAGS):
   * every value in order, so `values[0]` is `value`. Absent otherwise.
   */
  values?: AzWord[];
  /** From the flag name to the end of its last value. */
  span: Span;
}

export interface AzCommand {
  /** Leading lowercase command words, e.g. ['ml', 'online-endpoint', 'create']. */
  group: string[];
  /** Remaining non-flag words that are not flag values. */
  positionals: AzWord[];
  flags: AzFlag[];
  /** From `az` to the end of the last argument (redirections excluded). */
  span: Span;
}

/** az arguments declared with nargs '+' / '*' (generic update, tags, id lists). */
export const MULTI_VALUE_FLAGS: ReadonlySet<string> = new Set([
  '--tags', '--scopes', '--ids', '--user-assigned-identities', '--assign-identity', '--identities',
  '--mi-user-assigned', '--set', '--add', '--remove',
]);

// Words that may precede a command name on the same simple command.
const SH_PREFIX = new Set([
  'if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'time', 'sudo', 'exec',
  'command', 'nohup', 'env', 'builtin', 'noglob',
]);
const SH_PREFIX_WITH_OPTIONS = new Set(['sudo', 'env', 'time', 'command', 'exec', 'nohup']);
const PS_PREFIX = new Set(['if', 'elseif', 'else', 'while', 'do', 'until', 'try', 'catch', 'finally', 'return']);
const PS_ASSIGN = /^(=|\+=|-=|\*=|\/=)$/;
const ENV_ASSIGN = /^[A-Za-z_]\w*\+?=/;
const GROUP_WORD = /^[a-z][a-z0-9-]*$/;

export function extractAzCommands(script: string, dialect: 'sh' | 'ps1'): AzCommand[] {
  const out: AzCommand[] = [];
  for (const words of lexCommands(script, dialect)) {
    const at = commandNameIndex(script, words, dialect);
    if (at < 0) continue;
    const name = words[at].text;
    const isAz = dialect === 'ps1' ? /^az(\.cmd)?$/i.test(name ?? '') : name === 'az';
    if (isAz) out.push(buildCommand(script, words[at], words.slice(at + 1)));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Index of the word that names the program, skipping keywords, env assignments and wrappers. */
function commandNameIndex(script: string, words: Word[], dialect: Dialect): number {
  let i = 0;
  let wrapper = false; // after `sudo` / `env`: skip their options too
  while (i < words.length) {
    const w = words[i];
    const raw = script.slice(w.start, w.end);
    if (dialect === 'sh') {
      if (ENV_ASSIGN.test(raw) || (w.text !== null && SH_PREFIX.has(w.text)) || (wrapper && raw.startsWith('-'))) {
        wrapper ||= w.text !== null && SH_PREFIX_WITH_OPTIONS.has(w.text);
        i++;
        continue;
      }
    } else {
      if (w.text !== null && PS_PREFIX.has(w.text.toLowerCase())) {
        i++;
        continue;
      }
      // `$x = az …`
      if (raw.startsWith('$') && i + 1 < words.length && PS_ASSIGN.test(words[i + 1].text ?? '')) {
        i += 2;
        continue;
      }
    }
    return i;
  }
  return -1;
}

function azWord(script: string, span: Span, text: string | null): AzWord {
  return { text, raw: script.slice(span.start, span.end), span };
}

function wordOf(script: string, w: Word): AzWord {
  return azWord(script, { start: w.start, end: w.end }, w.text);
}

/** A word is a flag when its known start looks like `-x`/`--x` (so `-1` is a value). */
function flagShape(w: Word): { name: string; eq: number } | null {
  const m = /^(--?[A-Za-z][\w-]*)(=?)/.exec(w.prefix);
  if (!m) return null;
  if (w.text === null && !m[2]) return null; // `--x$Y`: not statically a flag
  return { name: m[1], eq: m[2] ? m[1].length : -1 };
}

function normalizeFlag(name: string): string {
  return name.startsWith('--') ? name.toLowerCase() : name;
}

function buildCommand(script: string, az: Word, args: Word[]): AzCommand {
  const group: string[] = [];
  let i = 0;
  while (i < args.length && args[i].text !== null && GROUP_WORD.test(args[i].text as string)) {
    group.push(args[i].text as string);
    i++;
  }
  const positionals: AzWord[] = [];
  const flags: AzFlag[] = [];
  for (; i < args.length; i++) {
    const w = args[i];
    const shape = flagShape(w);
    if (!shape) {
      positionals.push(wordOf(script, w));
      continue;
    }
    const name = normalizeFlag(shape.name);
    if (shape.eq >= 0) {
      // `--flag=value`: split at the `=` using the per-char source offsets
      const eqAt = w.prefixOffsets[shape.eq];
      const value = azWord(script, { start: eqAt + 1, end: w.end }, w.text === null ? null : w.text.slice(shape.eq + 1));
      const f: AzFlag = { name, nameSpan: { start: w.start, end: eqAt }, value, span: { start: w.start, end: w.end } };
      if (MULTI_VALUE_FLAGS.has(name)) f.values = [value];
      flags.push(f);
      continue;
    }
    const nameSpan = { start: w.start, end: w.end };
    const values: AzWord[] = [];
    const multi = MULTI_VALUE_FLAGS.has(name);
    while (i + 1 < args.length && !flagShape(args[i + 1]) && (multi || values.length === 0)) {
      values.push(wordOf(script, args[++i]));
    }
    const f: AzFlag = { name, nameSpan, span: { start: w.start, end: values.length ? values[values.length - 1].span.end : w.end } };
    if (values.length) f.value = values[0];
    if (multi && values.length) f.values = values;
    flags.push(f);
  }
  const last = args.length ? args[args.length - 1].end : az.end;
  return { group, positionals, flags, span: { start: az.start, end: last } };
}
