import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { KIND_PROPERTIES, RESOURCE_KINDS } from '../../src/model/properties.js';
import { declarativeRuleSchema } from '../../src/rule/declarative-schema.js';
import { renderModelDoc } from '../../src/tools/docs.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Every folder of rule fixtures, and examples/: what the readers really produce. */
function scannedRoots(): string[] {
  const rules = readdirSync(join(ROOT, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory());
  const fixtureDirs = rules.flatMap((d) => ['valid', 'invalid'].map((k) => join(ROOT, 'rules', d.name, 'fixtures', k)));
  return [...fixtureDirs.filter((d) => { try { return readdirSync(d).length > 0; } catch { return false; } }), join(ROOT, 'examples')];
}

describe('canonical properties', () => {
  it('every property a reader sets is declared for its kind in model/properties.ts', () => {
    const undeclared = new Set<string>();
    let seen = 0;
    for (const root of scannedRoots()) {
      for (const r of lint({ root, rules: builtinRules, only: [] }).model.resources) {
        const declared = KIND_PROPERTIES[r.kind] as Record<string, unknown>;
        for (const key of Object.keys(r.props)) {
          seen++;
          if (!(key in declared)) undeclared.add(`${r.kind}.${key} (${r.format}, ${r.file})`);
        }
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect([...undeclared]).toEqual([]);
  });

  it('the declarative select.kind enum is the table of kinds', () => {
    expect(declarativeRuleSchema.properties.select.properties.kind.enum).toEqual(RESOURCE_KINDS);
  });

  it('docs/model.md is up to date', () => {
    expect(readFileSync(join(ROOT, 'docs/model.md'), 'utf8'), 'run npm run gen').toBe(renderModelDoc());
  });
});
