/**
 * Whether the text report is coloured. Node's own order: an explicit --no-color first, then
 * FORCE_COLOR (any value but 0/false forces colour, even into a pipe), then NO_COLOR (any
 * non-empty value turns it off), then a terminal that is not "dumb". A report written to a file
 * is never coloured unless forced.
 */
export function useColor(o: { env: Record<string, string | undefined>; isTTY: boolean; noColorFlag?: boolean; toFile?: boolean }): boolean {
  if (o.noColorFlag) return false;
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (o.env.NO_COLOR) return false;
  return !o.toFile && o.isTTY && o.env.TERM !== 'dumb';
}
