// LineIndex answers from the line of its last answer when it can; in any order of questions it
// must answer what a plain count of line breaks answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/model/located.js';

function counted(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: at - start + 1 };
}

describe('LineIndex', () => {
  it('gives the position a count of line breaks gives, for offsets asked in any order', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', '', 'long line '), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 400 }), { minLength: 1, maxLength: 40 }), (t, offsets) => {
        const index = new LineIndex(t);
        for (const o of offsets) expect(index.position(o)).toEqual(counted(t, o));
      }),
      { numRuns: 500 },
    );
  });

  it('answers in source order, line after line', () => {
    const index = new LineIndex('a\nbb\n\nccc');
    expect([0, 1, 2, 4, 5, 6, 9, 3, 0].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 4 },
      { line: 2, column: 2 },
      { line: 1, column: 1 },
    ]);
  });
});
