// Explicit limits every parser works under. Crossing one is a located parse problem on the file,
// never a stack overflow: V8 can abort the whole process (not throw) when a regular expression is
// compiled while the stack is nearly exhausted, so recursion must stop well before the limit.

/** Deepest nesting of blocks, brackets or collections any parser reads (real files stay under 30). */
export const MAX_NESTING = 200;

/** The message for input nested deeper than a parser reads. */
export function tooDeepMessage(depth: number, limit = MAX_NESTING): string {
  return `too deep to read: nesting ${depth > limit ? depth : `over ${limit}`} levels, limit ${limit}`;
}
