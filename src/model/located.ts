/** Positions are 1-based; columns count UTF-16 code units; `end` is exclusive. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A place in a repository file. `file` is repo-relative with forward slashes. */
export interface Loc {
  file: string;
  range: Range;
}

/** Turns UTF-16 offsets of one file's text into 1-based positions (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];
  private lastLine = 0;

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case: search for line feeds natively instead of testing every character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    // Readers ask in source order: the line of the last answer, or the next one, usually holds it.
    let lo = this.lastLine;
    if (!(starts[lo] <= clamped && (lo + 1 === starts.length || clamped < starts[lo + 1]))) {
      if (starts[lo + 1] <= clamped && (lo + 2 >= starts.length || clamped < starts[lo + 2])) lo++;
      else {
        lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= clamped) lo = mid;
          else hi = mid - 1;
        }
      }
      this.lastLine = lo;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The UTF-16 offset of a 1-based position (clamped to the text). */
  offset(pos: Position): number {
    const start = this.starts[Math.max(0, Math.min(pos.line, this.starts.length) - 1)];
    const next = this.starts[pos.line] ?? this.text.length;
    return Math.min(start + Math.max(0, pos.column - 1), next);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** Helper bound to one file: offsets → Loc. */
export class SourceFile {
  private index: LineIndex | undefined;
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /** Built on first use: most files that hold nothing of interest never need one. */
  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  loc(start: number, end: number): Loc {
    return { file: this.path, range: this.lines.range(start, end) };
  }
}
