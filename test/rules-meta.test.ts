import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { loadRuleFile } from '../src/engine/rule-loader.js';
import { renderRuleReadme, renderRulesTable } from '../src/tools/docs.js';
import { VERSION } from '../src/version.js';
import { fixtureCases, RULES_DIR, type FixtureCase } from './helpers/fixtures.js';

/** Which fixture files exercise each input format. */
const FORMAT_FILES: Record<string, RegExp> = {
  'aml-yaml': /\.ya?ml$/i,
  arm: /\.jsonc?$/i,
  bicep: /\.bicep(param)?$/i,
  terraform: /\.tf(vars)?$/i,
  'az-cli': /\.(sh|bash|ps1)$|(workflows|pipelines?)[^/]*\/.*\.ya?ml$/i,
};

function caseFiles(c: FixtureCase): string[] {
  if (c.path !== '.') return [c.path];
  const walk = (d: string, rel: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name), `${rel}${e.name}/`) : [`${rel}${e.name}`]));
  return walk(c.root, '');
}

const SEEDS = new URL('../../shared/seeds/', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;
/** Rules the engine reports itself (no check of their own, no format to read). */
const ENGINE_RULES = new Set(['internal-error']);
void ENGINE_RULES;

describe('rule metadata', () => {
  it('the registry lists every rule folder, once', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(builtinRules.map((r) => r.meta.id).sort()).toEqual(folders);
  });

  for (const { meta, create, diff } of builtinRules) {
    describe(meta.id, () => {
      it('has complete metadata', () => {
        expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(['error', 'warning', 'note']).toContain(meta.severity);
        for (const field of [meta.summary, meta.description, meta.why, meta.fix]) expect(field.length).toBeGreaterThan(20);
        expect(meta.tags.length).toBeGreaterThan(0);
        expect(meta.seed.length).toBeGreaterThan(0);
        expect(meta.securitySeverity).toBeGreaterThan(0);
        expect(meta.securitySeverity).toBeLessThanOrEqual(10);
        if (!ENGINE_RULES.has(meta.id)) expect(meta.formats.length).toBeGreaterThan(0);
      });

      it('compiles its options schema', () => {
        if (meta.options) expect(() => new Ajv({ strict: true }).compile(meta.options!)).not.toThrow();
      });

      it('uses every message it declares', () => {
        const yamlRule = join(RULES_DIR, meta.id, 'rule.yaml');
        if (existsSync(yamlRule)) {
          // A declarative rule has one message, and must pass the declarative-rule schema.
          expect(() => loadRuleFile(yamlRule, `rules/${meta.id}/rule.yaml`)).not.toThrow();
          expect(Object.keys(meta.messages)).toEqual(['assert']);
          return;
        }
        const source = readFileSync(join(RULES_DIR, meta.id, 'rule.ts'), 'utf8');
        for (const id of Object.keys(meta.messages)) expect(source, `messageId ${id}`).toContain(`'${id}'`);
        if (Object.keys(meta.messages).length) expect(create ?? diff, 'a rule with messages has create or diff').toBeTypeOf('function');
      });

      it.skipIf(!existsSync(SEEDS))('quotes its seed verbatim', () => {
        for (const s of meta.seed) {
          const seed = readFileSync(join(SEEDS, s.file), 'utf8').replace(/\s+/g, ' ');
          expect(seed, `${s.file}`).toContain(s.quote.replace(/\s+/g, ' '));
        }
      });

      it('has a valid and an invalid fixture for every format it reads', () => {
        const cases = fixtureCases(meta.id);
        for (const format of meta.formats) {
          const has = (kind: string) => cases.some((c) => c.kind === kind && caseFiles(c).some((f) => FORMAT_FILES[format].test(f)));
          expect(has('valid'), `valid ${format} fixture`).toBe(true);
          expect(has('invalid'), `invalid ${format} fixture`).toBe(true);
        }
      });

      it('has an up-to-date help page with the fixed headings', () => {
        const page = readFileSync(join(RULES_DIR, meta.id, 'README.md'), 'utf8');
        for (const h of ['## Summary', '## Seed', '## Why', '## Fix', '## Examples']) expect(page).toContain(h);
        expect(page, 'run npm run gen').toBe(renderRuleReadme(meta, RULES_DIR));
      });
    });
  }

  it('README rules table is up to date', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'run npm run gen').toContain(renderRulesTable(builtinRules.map((r) => r.meta)));
  });

  it('version matches package.json', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
