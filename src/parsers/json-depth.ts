// Bracket depth of JSON-with-comments text in one pass, before a recursive parser sees it.

export interface JsonNesting {
  max: number;
  /** Offset of the first bracket past the limit, if any. */
  crossedAt?: number;
}

export function jsonNesting(text: string, limit: number): JsonNesting {
  let depth = 0;
  let max = 0;
  let crossedAt: number | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) max = depth;
      if (depth > limit && crossedAt === undefined) crossedAt = i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return crossedAt === undefined ? { max } : { max, crossedAt };
}
