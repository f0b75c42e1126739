import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { actualMarkers, canonical, expectedMarkers, fixtureCases, lintCase } from './helpers/fixtures.js';

// Every rule's fixtures, with only that rule enabled: valid cases give nothing, invalid cases give
// exactly the findings their `expect:` markers name, and the canonical lines match the .out file.
for (const rule of builtinRules) {
  const cases = fixtureCases(rule.meta.id);
  if (!cases.length) continue;
  describe(rule.meta.id, () => {
    for (const c of cases) {
      it(`${c.kind}/${c.name}`, async () => {
        const findings = lintCase(c);
        if (c.kind === 'valid') {
          expect(findings.map((f) => `${f.loc.file}:${f.loc.range.start.line}: ${f.message}`)).toEqual([]);
          return;
        }
        const expected = expectedMarkers(c);
        expect(expected.length, 'an invalid fixture needs at least one expect: marker').toBeGreaterThan(0);
        expect(actualMarkers(findings)).toEqual(expected);
        await expect(canonical(findings)).toMatchFileSnapshot(c.outFile);
      });
    }
  });
}
