import { formatFor, type ReadResult } from '../../formats/registry.js';
import type { BudgetCrossing } from '../../model/eval-budget.js';
import type { EngineReadContext } from '../read-context.js';

/**
 * What reading one file gave, as plain data: the same on the main thread and in a read worker
 * (which posts it back), so both paths report a file identically.
 */
export interface FileOutcome {
  /** The file's text, when it could be read. */
  text?: string;
  /** Why it could not be read (`it is not UTF-8 text`, …). */
  unread?: string;
  /** A reader threw: a short, stack-free description. */
  thrown?: string;
  read?: ReadResult;
  /** The first evaluation limit the read crossed. */
  crossing?: BudgetCrossing;
}

/** Reads one discovered file with its format's reader, under the context's budget; never throws. */
export function readOne(rel: string, ctx: EngineReadContext): FileOutcome {
  const src = ctx.source(rel);
  if (src === undefined) return { unread: ctx.whyUnread(rel) ?? 'it cannot be read' };
  // Whatever happens while reading one file (or the modules it calls) stays on that file.
  ctx.budget.begin();
  const out: FileOutcome = { text: src.text };
  try {
    out.read = formatFor(rel, src.text)?.read(src, ctx);
  } catch (e) {
    out.thrown = internalMessage(e);
  }
  out.crossing = ctx.budget.end();
  return out;
}

/** A short, stack-free description of what a reader threw: never its stack or message text. */
function internalMessage(e: unknown): string {
  if (e instanceof RangeError) return 'it is too large or too deeply nested to evaluate';
  // Error messages can quote file text (JSON.parse does): only the kind of error is printed.
  return `internal error (${e instanceof Error ? e.name : typeof e})`;
}
