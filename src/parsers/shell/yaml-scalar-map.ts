// Maps offsets in a decoded YAML scalar value back to offsets in the YAML file.
// We re-decode the scalar's CST source while recording where each char came from, and only
// trust the result when it reproduces the value the `yaml` package decoded; otherwise we fall
// back to the scalar's start offset.
import type { Scalar } from 'yaml';

interface Decoded {
  text: string;
  offs: number[]; // offs[k] = file offset of text[k]
  end?: number; // file offset just past the last char's source (escapes span several chars)
}

interface Line {
  s: string; // without the line break (and without a trailing \r)
  at: number; // file offset of s[0]
  nl: number; // file offset of the line break after it (or end)
}

function splitLines(src: string, base: number): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (;;) {
    const nl = src.indexOf('\n', at);
    const end = nl < 0 ? src.length : nl;
    const s = src.slice(at, end).replace(/\r$/, '');
    lines.push({ s, at: base + at, nl: base + at + s.length });
    if (nl < 0) return lines;
    at = nl + 1;
  }
}

/** Returns a total offset mapper for the scalar, exact where the decoding could be reproduced. */
export function scalarOffsetMapper(node: Scalar, value: string): (scriptOffset: number) => number {
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? start;
  const tok = node.srcToken;
  let d: Decoded | null = null;
  if (tok?.type === 'block-scalar') {
    const last = tok.props[tok.props.length - 1];
    const bodyAt = last ? last.offset + ('source' in last ? last.source.length : 0) : tok.offset;
    const header = tok.props.find((p) => p.type === 'block-scalar-header');
    const style = header && 'source' in header ? header.source[0] : '|';
    d = decodeBlock(tok.source, bodyAt, style === '>', value);
  } else if (tok && (tok.type === 'scalar' || tok.type === 'single-quoted-scalar' || tok.type === 'double-quoted-scalar')) {
    const quoted = tok.type !== 'scalar';
    const inner = quoted ? tok.source.slice(1, -1) : tok.source;
    const r = decodeFlow(inner, tok.offset + (quoted ? 1 : 0), tok.type);
    if (r.text === value) d = { ...r, end: tok.offset + tok.source.length - (quoted ? 1 : 0) };
  }
  if (!d) return () => start;
  const offs = d.offs;
  const dd = d;
  return (i) => {
    if (!(i >= 0)) return offs.length ? offs[0] : start;
    if (i < offs.length) return offs[i];
    // one past the last char (span ends): just after the last char's source
    return dd.end ?? (offs.length ? Math.min(offs[offs.length - 1] + 1, end) : start);
  };
}

function leadingSpaces(s: string): number {
  let n = 0;
  while (s[n] === ' ') n++;
  return n;
}

/**
 * Block scalar body. The content indent is the first non-blank line's indent unless an explicit
 * indentation indicator says less, so we try candidates from there downwards until one matches.
 */
function decodeBlock(body: string, bodyAt: number, folded: boolean, value: string): Decoded | null {
  const lines = splitLines(body, bodyAt);
  if (lines.length && lines[lines.length - 1].s === '' && body.endsWith('\n')) lines.pop();
  const first = lines.find((l) => l.s.trim() !== '');
  if (!first) return value === '' || /^\n*$/.test(value) ? { text: value, offs: value.split('').map(() => bodyAt) } : null;
  for (let indent = leadingSpaces(first.s); indent >= 0; indent--) {
    const d = folded ? foldBlock(lines, indent) : literalBlock(lines, indent);
    // chomping only trims or keeps trailing line breaks, so the value is a prefix of our text
    if (d.text.startsWith(value) && /^\s*$/.test(d.text.slice(value.length))) {
      return { text: value, offs: d.offs.slice(0, value.length) };
    }
  }
  return null;
}

function literalBlock(lines: Line[], indent: number): Decoded {
  let text = '';
  const offs: number[] = [];
  for (const l of lines) {
    const content = l.s.length > indent ? l.s.slice(indent) : '';
    text += content + '\n';
    for (let k = 0; k < content.length; k++) offs.push(l.at + indent + k);
    offs.push(l.nl);
  }
  return { text, offs };
}

function foldBlock(lines: Line[], indent: number): Decoded {
  let text = '';
  const offs: number[] = [];
  const emit = (s: string, at: number, step = 1) => {
    text += s;
    for (let k = 0; k < s.length; k++) offs.push(at + k * step);
  };
  let prev: { line: Line; spaced: boolean } | null = null;
  let empties: Line[] = [];
  for (const l of lines) {
    if (l.s.trim() === '' && l.s.length <= indent) {
      empties.push(l);
      continue;
    }
    const content = l.s.slice(indent);
    const spaced = content.startsWith(' ') || content.startsWith('\t');
    if (!prev) {
      for (const e of empties) emit('\n', e.nl, 0);
    } else if (!prev.spaced && !spaced) {
      // a single break between text lines folds into a space; empty lines become breaks
      if (empties.length === 0) emit(' ', prev.line.nl, 0);
      else for (const e of empties) emit('\n', e.nl, 0);
    } else {
      emit('\n', prev.line.nl, 0);
      for (const e of empties) emit('\n', e.nl, 0);
    }
    empties = [];
    emit(content, l.at + indent);
    prev = { line: l, spaced };
  }
  if (prev) emit('\n', prev.line.nl, 0);
  for (const e of empties) emit('\n', e.nl, 0);
  return { text, offs };
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain and quoted (flow) scalars: line folding plus quote-style escapes. */
function decodeFlow(inner: string, base: number, type: string): Decoded {
  const lines = splitLines(inner, base);
  let text = '';
  const offs: number[] = [];
  const push = (s: string, at: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) offs.push(at);
  };
  let escapedBreak = false;
  let pendingEmpty: Line[] = [];
  let prevNl = -1;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    const isFirst = li === 0;
    const isLast = li === lines.length - 1;
    let from = 0;
    if (!isFirst) while (from < l.s.length && (l.s[from] === ' ' || l.s[from] === '\t')) from++;
    let to = l.s.length;
    let breakEscaped = false;
    if (type === 'double-quoted-scalar' && !isLast && /(^|[^\\])(\\\\)*\\$/.test(l.s)) {
      breakEscaped = true; // `\` at end of line: no fold, keep trailing blanks
      to--;
    } else if (!isLast) {
      while (to > from && (l.s[to - 1] === ' ' || l.s[to - 1] === '\t')) to--;
    }
    if (!isFirst && !isLast && from >= to && !breakEscaped) {
      if (!escapedBreak) pendingEmpty.push(l);
      continue;
    }
    if (!isFirst && !escapedBreak) {
      if (pendingEmpty.length === 0) push(' ', prevNl);
      else for (const e of pendingEmpty) push('\n', e.nl);
    }
    pendingEmpty = [];
    escapedBreak = breakEscaped;
    prevNl = l.nl;
    decodeSegment(l.s.slice(from, to), l.at + from, type, push);
  }
  return { text, offs };
}

function decodeSegment(s: string, at: number, type: string, push: (s: string, at: number) => void): void {
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (type === 'single-quoted-scalar' && c === "'" && s[k + 1] === "'") {
      push("'", at + k);
      k++;
    } else if (type === 'double-quoted-scalar' && c === '\\' && k + 1 < s.length) {
      const e = s[k + 1];
      const n = HEX_LEN[e];
      if (n) {
        const code = parseInt(s.slice(k + 2, k + 2 + n), 16);
        push(Number.isNaN(code) ? '' : String.fromCodePoint(code), at + k);
        k += 1 + n;
      } else {
        push(DQ_ESCAPES[e] ?? e, at + k);
        k++;
      }
    } else {
      push(c, at + k);
    }
  }
}
