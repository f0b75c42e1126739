// Shell / PowerShell lexer: just enough of each grammar to split a script into simple
// commands made of words, with exact source offsets. It never executes or expands anything:
// any part that depends on run-time state ($VAR, $(cmd), `cmd`, ${x}) makes a word unknown.

export type Dialect = 'sh' | 'ps1';

export interface Span {
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive
}

export interface Word extends Span {
  /** Decoded text, or null when any part of it is only known at run time. */
  text: string | null;
  /** Decoded text up to the first unknown part (equals `text` when known). */
  prefix: string;
  /** Source offset of each char of `prefix` (for exact `--flag=value` splitting). */
  prefixOffsets: number[];
}

/** One simple command (redirections and heredoc bodies removed), in source order. */
export type SimpleCommand = Word[];

const PS_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
const SH_ANSI_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};
// PowerShell accepts typographic quotes as quote characters (common after copy-paste from docs).
const PS_DQ = '"\u201c\u201d\u201e';
const PS_SQ = "'\u2018\u2019\u201a\u201b";

class WordBuilder {
  text = '';
  offsets: number[] = [];
  unknown = false;
  constructor(readonly start: number) {}
  add(s: string, offset: number): void {
    if (this.unknown) return;
    this.text += s;
    for (let k = 0; k < s.length; k++) this.offsets.push(offset);
  }
  /** Add a verbatim run: char k comes from offset + k. */
  addRun(s: string, offset: number): void {
    if (this.unknown) return;
    this.text += s;
    for (let k = 0; k < s.length; k++) this.offsets.push(offset + k);
  }
  finish(end: number): Word {
    return {
      start: this.start,
      end,
      text: this.unknown ? null : this.text,
      prefix: this.text,
      prefixOffsets: this.offsets,
    };
  }
}

class Lexer {
  pos = 0;
  readonly commands: SimpleCommand[] = [];
  private pendingHeredocs: { delim: string; stripTabs: boolean }[] = [];
  private readonly ps: boolean;
  private depth = 0;

  constructor(private readonly src: string, dialect: Dialect) {
    this.ps = dialect === 'ps1';
  }

  /**
   * Reads a command list until `term` (consumed) or end of input. Nested lists
   * ($(…), `…`, (…), {…} in PowerShell) recurse here, so commands inside them are found too.
   */
  list(term: string | null): void {
    const src = this.src;
    if (this.depth > 200) {
      this.pos = src.length; // pathological nesting: give up on the rest instead of overflowing the stack
      return;
    }
    this.depth++;
    try {
      this.listBody(term);
    } finally {
      this.depth--;
    }
  }

  private listBody(term: string | null): void {
    const src = this.src;
    let words: Word[] = [];
    let caseDepth = 0; // `pattern)` inside `case … esac` is not the end of a $( … )
    const flush = () => {
      if (words.length) this.commands.push(words);
      words = [];
    };
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.pos++;
        continue;
      }
      const cont = this.continuationEnd(this.pos);
      if (cont >= 0) {
        this.pos = cont;
        continue;
      }
      if (c === '\n') {
        flush();
        this.pos++;
        this.readHeredocBodies();
        continue;
      }
      if (c === '#') {
        this.skipToEol();
        continue;
      }
      if (this.ps && src.startsWith('<#', this.pos)) {
        const close = src.indexOf('#>', this.pos + 2);
        this.pos = close < 0 ? src.length : close + 2;
        continue;
      }
      if (term !== null && c === term && !(term === ')' && caseDepth > 0)) {
        this.pos++;
        flush();
        return;
      }
      const op = this.operator();
      if (op !== null) {
        if (op === '(' || (this.ps && op === '{')) {
          // subshell / PowerShell grouping or script block: a new command context
          flush();
          this.list(op === '(' ? ')' : '}');
        } else if (op === '<<' || op === '<<-') {
          this.skipBlanks();
          const d = this.word(term);
          if (d) this.pendingHeredocs.push({ delim: d.text ?? d.prefix, stripTabs: op === '<<-' });
        } else if (isRedirect(op)) {
          this.skipBlanks();
          this.word(term); // the redirection target is not an argument
        } else {
          flush();
        }
        continue;
      }
      const w = this.word(term);
      if (!w) {
        this.pos++; // defensive: never loop without progress
        continue;
      }
      // `2>file`, `2>&1`, PowerShell `*>`: the fd number belongs to the redirection
      const next = src[this.pos];
      if ((next === '>' || next === '<') && /^(\d+|\*)$/.test(src.slice(w.start, w.end))) continue;
      if (!this.ps && words.length === 0) {
        if (w.text === 'case') caseDepth++;
        else if (w.text === 'esac' && caseDepth > 0) caseDepth--;
      }
      words.push(w);
    }
    flush();
  }

  /** End offset of a line continuation starting at i, or -1. Trailing blanks are tolerated. */
  private continuationEnd(i: number): number {
    const src = this.src;
    if (src[i] !== (this.ps ? '`' : '\\')) return -1;
    let j = i + 1;
    while (src[j] === ' ' || src[j] === '\t') j++;
    if (src[j] === '\r') j++;
    if (src[j] === '\n') return j + 1;
    return j >= src.length && j > i + 1 ? j : -1;
  }

  private skipToEol(): void {
    const nl = this.src.indexOf('\n', this.pos);
    this.pos = nl < 0 ? this.src.length : nl;
  }

  private skipBlanks(): void {
    while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t') this.pos++;
  }

  private readHeredocBodies(): void {
    const src = this.src;
    for (const h of this.pendingHeredocs) {
      while (this.pos < src.length) {
        const nl = src.indexOf('\n', this.pos);
        const lineEnd = nl < 0 ? src.length : nl;
        let line = src.slice(this.pos, lineEnd).replace(/\r$/, '');
        if (h.stripTabs) line = line.replace(/^\t+/, '');
        this.pos = nl < 0 ? src.length : nl + 1;
        if (line === h.delim) break;
      }
    }
    this.pendingHeredocs = [];
  }

  private operator(): string | null {
    const s = this.src.slice(this.pos, this.pos + 3);
    const ops = this.ps
      ? ['&&', '||', '>>', '>&', ';', '|', '&', '>', '<', '(', '{', '}', ')']
      : [';;&', '&>>', '<<<', '<<-', ';;', ';&', '&&', '||', '|&', '&>', '>>', '>|', '>&', '<&', '<>', '<<',
        ';', '&', '|', '>', '<', '(', ')'];
    for (const op of ops) {
      if (s.startsWith(op)) {
        // `<(cmd)` / `>(cmd)` process substitution is a word, not a redirection
        if (!this.ps && (op === '<' || op === '>') && s[1] === '(') return null;
        this.pos += op.length;
        return op;
      }
    }
    return null;
  }

  private isWordEnd(c: string, term: string | null): boolean {
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '|' || c === '&' ||
      c === '<' || c === '>' || c === '(' || c === ')') return true;
    if (this.ps) return c === '}';
    return term === '`' && c === '`';
  }

  /** Reads one word at `pos`; null if none starts here. */
  word(term: string | null): Word | null {
    const src = this.src;
    const b = new WordBuilder(this.pos);
    const begin = this.pos;
    while (this.pos < src.length) {
      const i = this.pos;
      const c = src[i];
      const atStart = i === begin;
      if (!this.ps && (c === '<' || c === '>') && src[i + 1] === '(' && atStart) {
        this.pos += 2;
        this.list(')');
        b.unknown = true;
        continue;
      }
      if (this.ps && atStart && (c === '@' || c === '$') && (src[i + 1] === '(' || (c === '@' && src[i + 1] === '{'))) {
        this.pos += 2;
        this.list(src[i + 1] === '(' ? ')' : '}');
        b.unknown = true;
        continue;
      }
      if (this.ps && atStart && c === '@' && (src[i + 1] === '"' || src[i + 1] === "'")) {
        if (this.hereString(b)) continue;
      }
      if (this.isWordEnd(c, term)) break;
      const cont = this.continuationEnd(i);
      if (cont >= 0) {
        this.pos = cont;
        // bash joins `a\<newline>b` into one word; with indentation the next blank ends it
        continue;
      }
      if (this.ps) this.psPart(b);
      else this.shPart(b, term);
    }
    if (this.pos === begin) return null;
    return b.finish(this.pos);
  }

  private shPart(b: WordBuilder, term: string | null): void {
    const src = this.src;
    const i = this.pos;
    const c = src[i];
    if (c === '\\') {
      if (i + 1 < src.length) {
        b.add(src[i + 1], i);
        this.pos += 2;
      } else {
        b.add('\\', i);
        this.pos++;
      }
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      const end = close < 0 ? src.length : close;
      b.addRun(src.slice(i + 1, end), i + 1);
      this.pos = close < 0 ? src.length : close + 1;
    } else if (c === '$' && src[i + 1] === "'") {
      this.ansiC(b);
    } else if (c === '"') {
      this.shDouble(b);
    } else if (c === '$') {
      this.shDollar(b);
    } else if (c === '`') {
      this.pos++;
      this.list('`');
      b.unknown = true;
    } else if (c === '=' && src[i + 1] === '(' && /^[A-Za-z_]\w*\+?$/.test(src.slice(b.start, i))) {
      // array assignment `arr=(a b c)`: one opaque word
      b.add('=', i);
      this.pos = this.balanced(i + 1, '(', ')');
      b.unknown = true;
    } else {
      let j = i + 1;
      while (j < src.length && !this.isWordEnd(src[j], term) && !`\\'"$\`=`.includes(src[j])) j++;
      b.addRun(src.slice(i, j), i);
      this.pos = j;
    }
  }

  private ansiC(b: WordBuilder): void {
    const src = this.src;
    let j = this.pos + 2;
    while (j < src.length && src[j] !== "'") {
      if (src[j] === '\\' && j + 1 < src.length) {
        const e = src[j + 1];
        b.add(SH_ANSI_ESCAPES[e] ?? '\\' + e, j);
        j += 2;
      } else {
        b.add(src[j], j);
        j++;
      }
    }
    this.pos = Math.min(j + 1, src.length);
  }

  private shDouble(b: WordBuilder): void {
    const src = this.src;
    this.pos++;
    while (this.pos < src.length) {
      const j = this.pos;
      const c = src[j];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const n = src[j + 1];
        if (n === '\n') this.pos += 2; // line continuation inside quotes
        else if (n === '\r' && src[j + 2] === '\n') this.pos += 3;
        else if (n === '$' || n === '`' || n === '"' || n === '\\') {
          b.add(n, j);
          this.pos += 2;
        } else {
          b.add('\\', j);
          this.pos++;
        }
      } else if (c === '$') {
        this.shDollar(b);
      } else if (c === '`') {
        this.pos++;
        this.list('`');
        b.unknown = true;
      } else {
        b.add(c, j);
        this.pos++;
      }
    }
  }

  private shDollar(b: WordBuilder): void {
    const src = this.src;
    const i = this.pos;
    const n = src[i + 1];
    if (n === '(' && src[i + 2] === '(') {
      this.pos = this.balanced(i + 1, '(', ')'); // arithmetic: no commands inside
      b.unknown = true;
    } else if (n === '(') {
      this.pos = i + 2;
      this.list(')');
      b.unknown = true;
    } else if (n === '{') {
      this.pos = this.balanced(i + 1, '{', '}'); // also swallows CI `${{ expr }}`
      b.unknown = true;
    } else if (n !== undefined && /[A-Za-z_]/.test(n)) {
      let j = i + 2;
      while (j < src.length && /\w/.test(src[j])) j++;
      this.pos = j;
      b.unknown = true;
    } else if (n !== undefined && /[0-9@*#?$!-]/.test(n)) {
      this.pos = i + 2;
      b.unknown = true;
    } else {
      b.add('$', i);
      this.pos++;
    }
  }

  private psPart(b: WordBuilder): void {
    const src = this.src;
    const i = this.pos;
    const c = src[i];
    if (c === '`') {
      if (i + 1 < src.length) {
        const e = src[i + 1];
        b.add(PS_ESCAPES[e] ?? e, i);
        this.pos += 2;
      } else {
        this.pos++;
      }
    } else if (PS_SQ.includes(c)) {
      let j = i + 1;
      while (j < src.length) {
        if (PS_SQ.includes(src[j])) {
          if (j + 1 < src.length && PS_SQ.includes(src[j + 1])) {
            b.add("'", j);
            j += 2;
            continue;
          }
          break;
        }
        b.add(src[j], j);
        j++;
      }
      this.pos = Math.min(j + 1, src.length);
    } else if (PS_DQ.includes(c)) {
      this.psDouble(b);
    } else if (c === '$') {
      this.psDollar(b);
    } else {
      let j = i + 1;
      while (j < src.length && !this.isWordEnd(src[j], null) && !('`$' + PS_SQ + PS_DQ).includes(src[j])) j++;
      b.addRun(src.slice(i, j), i);
      this.pos = j;
    }
  }

  private psDouble(b: WordBuilder): void {
    const src = this.src;
    this.pos++;
    while (this.pos < src.length) {
      const j = this.pos;
      const c = src[j];
      if (PS_DQ.includes(c)) {
        if (j + 1 < src.length && PS_DQ.includes(src[j + 1])) {
          b.add('"', j);
          this.pos += 2;
          continue;
        }
        this.pos++;
        return;
      }
      if (c === '`' && j + 1 < src.length) {
        const e = src[j + 1];
        b.add(PS_ESCAPES[e] ?? e, j);
        this.pos += 2;
      } else if (c === '$') {
        this.psDollar(b);
      } else {
        b.add(c, j);
        this.pos++;
      }
    }
  }

  private psDollar(b: WordBuilder): void {
    const src = this.src;
    const i = this.pos;
    const n = src[i + 1];
    if (n === '(') {
      this.pos = i + 2;
      this.list(')');
      b.unknown = true;
    } else if (n === '{') {
      this.pos = this.balanced(i + 1, '{', '}');
      b.unknown = true;
    } else if (n !== undefined && /[A-Za-z0-9_]/.test(n)) {
      let j = i + 2;
      while (j < src.length && /[\w:]/.test(src[j])) j++;
      this.pos = j;
      b.unknown = true;
    } else if (n === '?' || n === '^' || n === '$') {
      this.pos = i + 2;
      b.unknown = true;
    } else {
      b.add('$', i);
      this.pos++;
    }
  }

  /** PowerShell here-string `@"…"@` / `@'…'@`: data, never commands. */
  private hereString(b: WordBuilder): boolean {
    const src = this.src;
    const q = src[this.pos + 1];
    const m = /^[ \t]*\r?\n/.exec(src.slice(this.pos + 2, this.pos + 64));
    if (!m) return false;
    const bodyStart = this.pos + 2 + m[0].length;
    const close = src.indexOf('\n' + q + '@', bodyStart - 1);
    const bodyEnd = close < 0 ? src.length : close;
    const body = src.slice(bodyStart, bodyEnd).replace(/\r$/, '');
    if (q === '"' && body.includes('$')) b.unknown = true;
    else b.addRun(body, bodyStart);
    this.pos = close < 0 ? src.length : close + 3;
    return true;
  }

  /** Offset just past the bracket matching the one at `open`, skipping quoted text. */
  private balanced(open: number, o: string, c: string): number {
    const src = this.src;
    let depth = 0;
    for (let j = open; j < src.length; j++) {
      const ch = src[j];
      if (ch === '\\' && !this.ps) j++;
      else if (ch === "'" || ch === '"') {
        const close = src.indexOf(ch, j + 1);
        if (close < 0) return src.length;
        j = close;
      } else if (ch === o) depth++;
      else if (ch === c && --depth === 0) return j + 1;
    }
    return src.length;
  }
}

function isRedirect(op: string): boolean {
  return /^[<>&]/.test(op) && op !== '&' && op !== '&&';
}

/** Splits a script into simple commands, including those nested in substitutions. */
export function lexCommands(script: string, dialect: Dialect): SimpleCommand[] {
  const lx = new Lexer(script, dialect);
  while (lx.pos < script.length) lx.list(null); // a stray terminator just restarts the list
  return lx.commands;
}
