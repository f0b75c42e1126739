/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument and throws "Maximum call stack size exceeded" past about 100,000 of them.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
