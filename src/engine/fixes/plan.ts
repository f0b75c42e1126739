// Which fixes to apply, and the text they produce: pure, so --fix, --fix-dry-run and the job summary share it.
import { LineIndex } from '../../model/located.js';
import type { Fix } from '../../rule/contract.js';
import { hasEdits, type Finding } from '../finding.js';

/** One file before and after the fixes that touch it. */
export interface FileChange {
  file: string;
  before: string;
  after: string;
}

export interface FixPlan {
  changes: FileChange[];
  /** Fixes whose edits all went in (or were already there, from an identical edit of another fix). */
  applied: Fix[];
  /** Fixes left out because an edit overlaps one already taken, or its file could not be read; a next pass retries them. */
  skipped: Fix[];
}

interface Placed {
  start: number;
  end: number;
  text: string;
  seq: number;
}

/**
 * Plans the fixes of the findings that are not suppressed, in finding order. A fix goes in whole
 * or not at all: when one of its edits overlaps an edit already taken it is skipped (the caller
 * re-lints and retries). Identical edits from two findings (the same role assignment needed twice)
 * go in once. Insertions at the same point go in finding order.
 */
export function planFixes(findings: Finding[], readText: (file: string) => string | undefined): FixPlan {
  const texts = new Map<string, { text: string; lines: LineIndex } | undefined>();
  const taken = new Map<string, Placed[]>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let seq = 0;
  const fileOf = (file: string) => {
    if (!texts.has(file)) {
      const text = readText(file);
      texts.set(file, text === undefined ? undefined : { text, lines: new LineIndex(text) });
    }
    return texts.get(file);
  };
  for (const f of findings) {
    if (f.suppression || !hasEdits(f)) continue;
    const fix = f.fix!;
    const placed: { file: string; edit: Placed }[] = [];
    let ok = true;
    for (const e of fix.edits) {
      const src = fileOf(e.file);
      if (!src) {
        ok = false;
        break;
      }
      const start = src.lines.offset(e.range.start);
      const end = Math.max(start, src.lines.offset(e.range.end));
      placed.push({ file: e.file, edit: { start, end, text: e.replacement, seq: seq++ } });
    }
    const fresh = ok ? placed.filter((p) => !(taken.get(p.file) ?? []).some((t) => same(t, p.edit))) : [];
    if (!ok || fresh.some((p) => (taken.get(p.file) ?? []).some((t) => overlaps(t, p.edit))) || selfOverlap(fresh)) {
      skipped.push(fix);
      continue;
    }
    for (const p of fresh) taken.set(p.file, [...(taken.get(p.file) ?? []), p.edit]);
    applied.push(fix);
  }
  const changes: FileChange[] = [];
  for (const [file, edits] of [...taken].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const before = texts.get(file)!.text;
    const after = applyEdits(before, edits);
    if (after !== before) changes.push({ file, before, after });
  }
  return { changes, applied, skipped };
}

/** The text with non-overlapping edits applied (insertions at one point in `seq` order). */
export function applyEdits(text: string, edits: Placed[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || a.seq - b.seq);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = Math.max(at, e.end);
  }
  return out + text.slice(at);
}

function same(a: Placed, b: Placed): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Two edits collide when their ranges share a character, or one replaces a range the other inserts into. */
function overlaps(a: Placed, b: Placed): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const insideA = b.start === b.end && b.start > a.start && b.start < a.end;
  const insideB = a.start === a.end && a.start > b.start && a.start < b.end;
  return insideA || insideB;
}

function selfOverlap(edits: { file: string; edit: Placed }[]): boolean {
  return edits.some((p, i) => edits.some((q, j) => j > i && p.file === q.file && overlaps(p.edit, q.edit)));
}
