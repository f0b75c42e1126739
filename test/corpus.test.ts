import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lint } from '../src/engine/lint.js';

const CORPUS = new URL('../../shared/corpus', import.meta.url).pathname;

// Real files written by others: everything is read or reported as parse-error, nothing crashes,
// and no rule fails. The exact counts are in the closing notes, not pinned here.
describe.skipIf(!existsSync(CORPUS))('the shared corpus', () => {
  // 3,300 files: on a shared, loaded 2-core machine this takes longer than the suite's default timeout.
  it('is scanned end to end without a crash or an internal error', { timeout: 300_000 }, () => {
    const result = lint({ root: CORPUS, rules: builtinRules });
    expect(result.fileCount).toBeGreaterThan(3000);
    expect(result.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    for (const f of result.findings) {
      expect(f.loc.range.start.line).toBeGreaterThanOrEqual(1);
      expect(f.message).not.toMatch(/\{\{\w+\}\}/); // no un-interpolated message data
    }
    // Parse errors there are templates and lenient YAML only: notes, not errors.
    expect(result.findings.filter((f) => f.ruleId === 'parse-error' && f.severity === 'error')).toEqual([]);
  });
});
