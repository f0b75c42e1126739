// Property tests: random and mutated inputs never throw out of a parser, and always give a tree or
// a located problem. Seeds are the rules' own fixtures. `npm test` runs a bounded number of cases;
// `npm run fuzz` runs FUZZ_RUNS (10,000 by default there) per parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/model/located.js';
import { parseArmExpression } from '../../src/parsers/arm-expr/parser.js';
import { parseBicep } from '../../src/parsers/bicep/index.js';
import { extractAzCommands } from '../../src/parsers/shell/azcli.js';
import { parseHcl } from '../../src/parsers/terraform/index.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { parseJsonc } from '../../src/readers/arm/json.js';
import { redactLine } from '../../src/model/redact.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const RULES = new URL('../../rules', import.meta.url).pathname;

function fixtureFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) fixtureFiles(p, out);
    else if (p.includes('/fixtures/')) out.push(p);
  }
  return out;
}
const FILES = fixtureFiles(RULES);
const seeds = (...exts: string[]) => FILES.filter((f) => exts.some((e) => f.endsWith(e))).map((f) => readFileSync(f, 'utf8'));

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

function inputs(seedTexts: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, ms]) => ms.reduce(apply, s)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...BITS, 'x', 'name', '1'), { maxLength: 300 }).map((a) => a.join('')) },
  );
}

/** A problem located inside the text (an offset range within it). */
function located(text: string, span: { start: number; end: number }): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
}

/** Long runs (`npm run fuzz`) need more than the suite's per-test timeout. */
const TIMEOUT = Math.max(60_000, RUNS * 100);

const check = <T>(arb: fc.Arbitrary<T>, property: (input: T) => void) => fc.assert(fc.property(arb, property), { numRuns: RUNS });

describe(`parsers under fuzzing (${RUNS} cases each)`, { timeout: TIMEOUT }, () => {
  it('YAML: a list of documents, or one located problem', () => {
    check(inputs(seeds('.yml', '.yaml')), (text) => {
      const r = parseYaml(new SourceFile('f.yml', text), { keepSourceTokens: true });
      if (r.error) located(text, r.error);
      else expect(Array.isArray(r.docs)).toBe(true);
    });
  });

  it('Bicep: statements, and every problem located', () => {
    check(inputs(seeds('.bicep', '.bicepparam')), (text) => {
      const r = parseBicep(text);
      expect(Array.isArray(r.statements)).toBe(true);
      for (const e of r.errors) located(text, e.span);
    });
  });

  it('Terraform: a body, and every problem located', () => {
    check(inputs(seeds('.tf', '.tfvars')), (text) => {
      const r = parseHcl(text);
      expect(Array.isArray(r.body.items)).toBe(true);
      for (const e of r.errors) located(text, e.span);
    });
  });

  it('ARM JSON: a tree or one located problem', () => {
    check(inputs(seeds('.json')), (text) => {
      const r = parseJsonc(new SourceFile('f.json', text));
      if (r.error) located(text, r.error);
      else expect(r.root === undefined || typeof r.root.t === 'string').toBe(true);
    });
  });

  it('ARM expressions: a node, errors located inside the string', () => {
    const exprs = seeds('.json').flatMap((t) => [...t.matchAll(/"(\[[^"\n]{1,300}\])"/g)].map((m) => m[1]!.slice(1, -1)));
    check(inputs(exprs), (body) => {
      const s = `[${body.replace(/^\[+/, '')}]`;
      const r = parseArmExpression(s);
      expect(r).not.toBeNull();
      if (r!.kind === 'error') located(s, r!.span);
    });
  });

  it('shell and PowerShell: az commands with offsets inside the script', () => {
    check(fc.tuple(inputs(seeds('.sh', '.ps1')), fc.constantFrom('sh' as const, 'ps1' as const)), ([text, dialect]) => {
      for (const c of extractAzCommands(text, dialect)) located(text, c.span);
    });
  });

  it('parse problems never repeat a token typed into the file', () => {
    const TOKEN = 'Zq9xK2mW7pL4vB8nR3tY';
    const parsers: [string[], (t: string) => string[]][] = [
      [seeds('.yml', '.yaml'), (t) => [parseYaml(new SourceFile('f.yml', t)).error?.message ?? '']],
      [seeds('.bicep'), (t) => parseBicep(t).errors.map((e) => e.message)],
      [seeds('.tf'), (t) => parseHcl(t).errors.map((e) => e.message)],
      [seeds('.json'), (t) => [parseJsonc(new SourceFile('f.json', t)).error?.message ?? '']],
    ];
    for (const [texts, messages] of parsers) {
      const typed = fc.tuple(inputs(texts), fc.nat(), fc.constantFrom('', '9', "'", '"', ' ', '$', '@', '\\', '#{', '<<')).map(([t, at, pre]) => {
        const p = at % (t.length + 1);
        return t.slice(0, p) + pre + TOKEN + t.slice(p);
      });
      check(typed, (text) => {
        for (const m of messages(text)) expect(m).not.toContain(TOKEN.slice(0, 8));
      });
    }
  });

  it('redacted lines never show a located secret', () => {
    check(fc.tuple(inputs(seeds('.yml', '.tf', '.bicep')), fc.nat(), fc.string({ minLength: 6, maxLength: 30 })), ([text, at, secret]) => {
      fc.pre(secret.trim().length >= 6 && !secret.includes('*'));
      const line = (text.split('\n')[at % (text.split('\n').length)] ?? '') + ' ' + secret;
      expect(redactLine(line, [secret])).not.toContain(secret);
    });
  });
});

describe('cases the fuzzer found', () => {
  it('a lone high surrogate at the end of a Bicep file is one character, located inside the text', () => {
    expect(parseBicep('var x = 1\n\ud800').errors.map((e) => e.span)).toContainEqual({ start: 10, end: 11 });
  });

  it('a PowerShell string closed at the very end of the script ends there', () => {
    expect(extractAzCommands('az x "a"', 'ps1').map((c) => c.span)).toEqual([{ start: 0, end: 8 }]);
    expect(extractAzCommands("az x 'a'", 'ps1').map((c) => c.span)).toEqual([{ start: 0, end: 8 }]);
  });

  it('YAML and JSON problems at the end of the input stay inside the text', () => {
    expect(parseYaml(new SourceFile('f.yml', '{')).error).toMatchObject({ start: 1, end: 1 });
    expect(parseJsonc(new SourceFile('f.json', '/*')).error).toMatchObject({ start: 0, end: 2 });
  });
});
