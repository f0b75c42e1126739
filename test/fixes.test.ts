import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { fixInPlace } from '../src/app/fix.js';
import { emptyConfig, loadConfig, ruleSettings } from '../src/config/load.js';
import { hasEdits, type Finding } from '../src/engine/finding.js';
import { lint, type LintOptions } from '../src/engine/lint.js';
import { changesDiff } from '../src/reporters/fix-diff.js';
import { FIXED, fixtureCases, RULES_DIR, type FixtureCase } from './helpers/fixtures.js';
import { tempDir } from './helpers/repo.js';

// Verified fixes: every invalid fixture whose findings carry edits has an expected result
// (`<case>.fixed`). The fix is applied to a copy, the copy matches it, re-linting with every rule
// finds the fixed findings gone and nothing new (no parse error either), and a second --fix
// changes nothing.

function optionsFor(c: FixtureCase, root: string, only?: string[]): LintOptions {
  const config = c.path === '.' ? loadConfig(root) : emptyConfig();
  return { root, paths: [c.path], rules: builtinRules, ruleSettings: ruleSettings(config), workspaces: config.workspaces, tenantId: config.tenantId, only };
}

function copyCase(c: FixtureCase): string {
  const dir = tempDir('fix');
  if (c.path === '.') cpSync(c.root, dir, { recursive: true });
  else cpSync(join(c.root, c.path), join(dir, c.path));
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `terraform fmt` checks the Terraform a fix writes when terraform is installed. */
const TERRAFORM = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A finding without its line: inserted text moves lines, not meaning. */
const key = (f: Finding) => `${f.ruleId} ${f.loc.file}: ${f.message}`;

for (const rule of builtinRules) {
  const cases = fixtureCases(rule.meta.id).filter((c) => c.kind === 'invalid');
  const withFixes = cases.filter((c) => lint(optionsFor(c, c.root, [rule.meta.id])).findings.some(hasEdits));
  if (!withFixes.length) continue;
  describe(`${rule.meta.id} fixes`, () => {
    for (const c of withFixes) {
      it(c.name, async () => {
        const dir = copyCase(c);
        const before = lint(optionsFor(c, dir)).findings.filter((f) => !f.suppression);
        const fixed = before.filter((f) => f.ruleId === rule.meta.id && hasEdits(f));
        const run = fixInPlace(optionsFor(c, dir, [rule.meta.id]));
        expect(run.fixesApplied).toBeGreaterThanOrEqual(1);

        // What changed is the expected patch.
        const changes = files(dir).flatMap((abs) => {
          const rel = relative(dir, abs).split(sep).join('/');
          const after = readFileSync(abs, 'utf8');
          const before = readFileSync(c.path === '.' ? join(c.root, rel) : join(c.root, c.path), 'utf8');
          return after === before ? [] : [{ file: rel, before, after }];
        });
        await expect(changesDiff(changes)).toMatchFileSnapshot(c.fixDiff);

        // Re-lint with every rule: the fixed findings are gone and nothing new appeared.
        const after = lint(optionsFor(c, dir)).findings.filter((f) => !f.suppression);
        const afterKeys = new Set(after.map(key));
        expect(fixed.filter((f) => afterKeys.has(key(f))).map(key)).toEqual([]);
        const beforeKeys = new Set(before.map(key));
        expect(after.filter((f) => !beforeKeys.has(key(f))).map(key)).toEqual([]);
        expect(after.filter((f) => f.ruleId === 'parse-error').map(key)).toEqual([]);

        // Terraform blocks a fix adds are in `terraform fmt` style.
        if (TERRAFORM) {
          for (const f of fixed) for (const e of f.fix!.edits) {
            if (!e.file.endsWith('.tf') || !e.replacement.includes('\n')) continue;
            const block = e.replacement.trim() + '\n';
            expect(execFileSync('terraform', ['fmt', '-'], { input: block, encoding: 'utf8' })).toBe(block);
          }
        }

        // Idempotent: a second --fix changes nothing.
        expect(fixInPlace(optionsFor(c, dir, [rule.meta.id])).fixesApplied).toBe(0);
      });
    }
  });
}

describe('expected fix outputs', () => {
  it('every .fix.diff belongs to an invalid fixture whose findings have fixes', () => {
    const expected = new Set(builtinRules.flatMap((r) => fixtureCases(r.meta.id).filter((c) => c.kind === 'invalid' && lint(optionsFor(c, c.root, [r.meta.id])).findings.some(hasEdits)).map((c) => c.fixDiff)));
    const present = builtinRules.flatMap((r) => {
      const dir = join(RULES_DIR, r.meta.id, 'fixtures', 'invalid');
      return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(FIXED)).map((n) => join(dir, n)) : [];
    });
    expect(present.filter((p) => !expected.has(p))).toEqual([]);
  });
});
