// Shared by the fuzz suites: seed texts (the rules' own fixtures), mutations that reach deep
// parser states, and the run counts (`npm test` bounded, `npm run fuzz` FUZZ_RUNS per target).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const RULES = new URL('../../rules', import.meta.url).pathname;

function fixtureFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) fixtureFiles(p, out);
    else if (p.includes('/fixtures/')) out.push(p);
  }
  return out;
}
export const FILES = fixtureFiles(RULES);
export const seeds = (...exts: string[]) => FILES.filter((f) => exts.some((e) => f.endsWith(e))).map((f) => readFileSync(f, 'utf8'));

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'repeat'; at: number; len: number; times: number }
  | { op: 'swap'; a: number; b: number };

function apply(s: string, m: Mutation): string {
  const pos = (n: number) => (s.length ? n % (s.length + 1) : 0);
  switch (m.op) {
    case 'insert':
      return s.slice(0, pos(m.at)) + m.text + s.slice(pos(m.at));
    case 'delete':
      return s.slice(0, pos(m.at)) + s.slice(pos(m.at) + m.len);
    case 'repeat': {
      const chunk = s.slice(pos(m.at), pos(m.at) + m.len);
      return s.slice(0, pos(m.at)) + chunk.repeat(m.times) + s.slice(pos(m.at));
    }
    case 'swap': {
      const [a, b] = [pos(m.a), pos(m.b)].sort((x, y) => x - y);
      return s.slice(0, a) + s.slice(b) + s.slice(a, b);
    }
  }
}

/** Grammar fragments of every format: they make mutations reach deeper parser states. */
const BITS = ['{', '}', '[', ']', '(', ')', '"', "'", "'''", '${', '%{', '<<EOF\n', '\nEOF\n', ':', ': ', '- ', '? ', '|', '>', '#', '//', '/*', '*/', '\n', '\r\n', '\t', '  ', ',', '=', '\\', '&a ', '*a', '!tag ', '---\n', '@sys()', 'resource ', 'module ', 'param ', 'var ', 'for ', ' in ', 'if ', '?.', '::', '`', '$(', '&&', '||', 'az ', '--name ', '\u00e9', '\ud83d\ude00', '\ud800', '\0'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...BITS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }), times: fc.integer({ min: 2, max: 400 }) }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
);

export function inputs(seedTexts: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => ms.reduce(apply, s)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...BITS, 'x', 'name', '1'), { maxLength: 300 }).map((a) => a.join('')) },
  );
}

/** A problem located inside the text (an offset range within it). */
export function located(text: string, span: { start: number; end: number }): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
}

/** Long runs (`npm run fuzz`) need more than the suite's per-test timeout. */
export const TIMEOUT = Math.max(60_000, RUNS * 100);

