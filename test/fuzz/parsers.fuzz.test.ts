// Property tests: random and mutated inputs never throw out of a parser, and always give a tree or
// a located problem. Seeds are the rules' own fixtures. `npm test` runs a bounded number of cases;
// `npm run fuzz` runs FUZZ_RUNS (10,000 by default there) per parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputs, located, RUNS, seeds, TIMEOUT } from './inputs.js';
import { SourceFile } from '../../src/model/located.js';
import { parseArmExpression } from '../../src/parsers/arm-expr/parser.js';
import { parseBicep } from '../../src/parsers/bicep/index.js';
import { extractAzCommands } from '../../src/parsers/shell/azcli.js';
import { parseHcl } from '../../src/parsers/terraform/index.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { parseJsonc } from '../../src/readers/arm/json.js';
import { redactLine } from '../../src/model/redact.js';

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
