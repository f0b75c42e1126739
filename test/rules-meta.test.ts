import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { formatFor } from '../src/formats/registry.js';
import { loadRuleFile } from '../src/app/rule-loader.js';
import { renderRuleReadme, renderRulesTable } from '../src/tools/docs.js';
import { VERSION } from '../src/version.js';
import { fixtureCases, RULES_DIR, type FixtureCase } from './helpers/fixtures.js';

function caseFiles(c: FixtureCase): string[] {
  if (c.path !== '.') return [c.path];
  const walk = (d: string, rel: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name), `${rel}${e.name}/`) : [`${rel}${e.name}`]));
  return walk(c.root, '');
}

/** The model formats a fixture case exercises: the registry format that reads each of its files. */
function caseFormats(c: FixtureCase): Set<string> {
  return new Set(caseFiles(c).flatMap((f) => formatFor(f, readFileSync(join(c.root, f), 'utf8'))?.modelFormat ?? []));
}

const SEEDS = new URL('../../shared/seeds/', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;
/** Rules the engine reports itself (no check of their own, no format to read). */
const ENGINE_RULES = new Set(['internal-error']);
void ENGINE_RULES;

/** A code rule's source; a declarative rule (rule.yaml) has no code. */
function ruleSource(id: string): string {
  const file = join(RULES_DIR, id, 'rule.ts');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

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

      it('declares exactly the options it reads, in a schema that compiles', () => {
        const source = ruleSource(meta.id);
        // A rule reads its options as ctx.options.<name>; declarative rules have none.
        const read = [...new Set([...source.matchAll(/\boptions\.(\w+)/g)].map((m) => m[1]))].sort();
        const declared = Object.keys((meta.options?.properties ?? {}) as Record<string, unknown>).sort();
        expect(read, 'options read but not declared, or declared but never read').toEqual(declared);
        if (!meta.options) return;
        const validate = new Ajv({ strict: true, useDefaults: true }).compile(meta.options);
        const defaults: Record<string, unknown> = {};
        expect(validate(defaults), 'the defaults satisfy the schema').toBe(true);
      });

      it('uses every message it declares', () => {
        const yamlRule = join(RULES_DIR, meta.id, 'rule.yaml');
        if (existsSync(yamlRule)) {
          // A declarative rule has one message, and must pass the declarative-rule schema.
          expect(() => loadRuleFile(yamlRule, `rules/${meta.id}/rule.yaml`)).not.toThrow();
          expect(Object.keys(meta.messages)).toEqual(['assert']);
          return;
        }
        // The ids the rule reports: string literals in messageId positions (`messageId: 'x'`, or a
        // `messageId: 'x' | 'y'` parameter type), compared both ways with the declared messages.
        const source = ruleSource(meta.id);
        const used = [...source.matchAll(/messageId\s*:\s*('[\w-]+'(?:\s*\|\s*'[\w-]+')*)/g)].flatMap((m) => [...m[1].matchAll(/'([\w-]+)'/g)].map((x) => x[1]));
        expect([...new Set(used)].sort(), 'reported messageIds').toEqual(Object.keys(meta.messages).sort());
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
          const has = (kind: string) => cases.some((c) => c.kind === kind && caseFormats(c).has(format));
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
