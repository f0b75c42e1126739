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
import { readYamlFast } from '../../src/parsers/yaml-fast.js';
import { parseJsonc } from '../../src/readers/arm/json.js';
import { redactLine } from '../../src/model/redact.js';

/**
 * Block YAML built by structure: maps and lists at growing indents whose values are plain,
 * quoted and block scalars that go on over several lines, flow lists, comments and blank lines,
 * with a random indent slip now and then. Most are valid YAML; the rest must be declined.
 */
const WORDS = ['?x=1', ':tag', 'v', 'two words', '1.5', '~', 'true', 'x # c', 'a:b', '"q"', "'it''s'", '"tab\\t \\"x\\""', '[a, "b"]', '{k: v}', '${{ inputs.x }}'];
const blockYaml = fc
  .tuple(fc.infiniteStream(fc.nat(99)), fc.constantFrom('\n', '\r\n'))
  .map(([stream, nl]) => {
    const next = () => stream.next().value as number;
    const pick = <T>(xs: readonly T[]) => xs[next() % xs.length]!;
    const pad = (n: number) => ' '.repeat(Math.max(0, n + (next() < 4 ? pick([-1, 1]) : 0)));
    const filler = (indent: number) => (next() < 15 ? pick(['', pad(indent) + '# note', '  ']) + nl : '');
    const scalar = (indent: number): string => {
      const r = next();
      if (r < 40) return ' ' + pick(WORDS) + nl;
      if (r < 55) return ` ${pick(['more', 'a b'])}${nl}${filler(indent + 2)}${pad(indent + 2)}${pick(['words', 'x: y', '- z', 'end # c'])}${nl}`;
      if (r < 70) {
        const q = pick(['"', "'"]);
        return ` ${q}start ${nl}${filler(indent + 2)}${pad(indent + 2)}${pick(['mid', '', 'a\\tb', "it''s", 'joined \\', 'two \\\\', 'space \\ '])}${nl}${pad(indent + 2)}end${q}${pick(['', ' # c', ' x'])}${nl}`;
      }
      if (r < 76) return ` [a,${nl}${filler(indent + 2)}${pad(indent + 2)}${pick(['"b"', '{c: d}', '[e]', 'f'])}${pick([',', ''])}${nl}${pad(indent + pick([0, 2]))}]${nl}`;
      if (r < 82) return ` ${pick(['|', '>', '|-', '>-', '|+'])}${nl}${pad(indent + 2)}line one${nl}${filler(indent + 2)}${pad(indent + 2)}${pick(['line two', '  deeper', ''])}${nl}`;
      return nl + pad(indent + 2) + pick(WORDS) + nl;
    };
    const node = (indent: number, depth: number): string => {
      const count = 1 + (next() % 4);
      const list = next() < 35;
      let out = '';
      for (let i = 0; i < count; i++) {
        out += filler(indent) + pad(indent) + (list ? '-' : `k${i}:`);
        out += depth < 3 && next() < 30 ? nl + node(indent + (list || next() < 50 ? 2 : 0), depth + 1) : scalar(indent);
      }
      return out;
    };
    return node(0, 0);
  });

/** A quoted scalar going on over lines at random indents, some not deeper than its key: values or yaml's first error. */
const quotedOverLines = fc
  .tuple(
    fc.constantFrom('"', "'"),
    fc.constantFrom(0, 2),
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(5), fc.constantFrom('w', '', '  ', 'x y', 'a \\', "it''s", 'k: v', '- z', '# c', '"', "'")), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', ' # c', ' x', '\nnext: 1'),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([q, indent, item, lines, tail, nl]) => {
    const head = (indent ? `top:${nl}` : '') + ' '.repeat(indent) + (item ? '- ' : 'k: ') + q + 'start';
    return head + lines.map(([n, w]) => nl + ' '.repeat(n) + w).join('') + q + tail + nl;
  });

const check = <T>(arb: fc.Arbitrary<T>, property: (input: T) => void) => fc.assert(fc.property(arb, property), { numRuns: RUNS });

describe(`parsers under fuzzing (${RUNS} cases each)`, { timeout: TIMEOUT }, () => {
  it('YAML: a list of documents, or one located problem', () => {
    check(inputs(seeds('.yml', '.yaml')), (text) => {
      const r = parseYaml(new SourceFile('f.yml', text), { keepSourceTokens: true });
      if (r.error) located(text, r.error);
      else expect(Array.isArray(r.docs)).toBe(true);
    });
  });

  /** Whatever the fast reader reads, yaml reads with no error and the same values and offsets. */
  let fastErrors = 0;
  const sameAsYaml = (text: string): boolean => {
    const fast = readYamlFast(text);
    if (!fast) return false;
    if (fast.k === 'error') fastErrors++;
    const src = new SourceFile('f.yml', text);
    const full = parseYaml(src, { noShortcut: true });
    // The depth estimate guards yaml only; past it there is nothing to compare with.
    if (full.error?.message.startsWith('too deep')) return false;
    const quick = parseYaml(src);
    if (fast.k === 'error') expect(quick.error).toEqual(full.error);
    else {
      expect(full.error).toBeUndefined();
      expect(JSON.stringify(quick.docs)).toBe(JSON.stringify(full.docs));
    }
    return true;
  };

  // Not vacuous: a good share of the cases stay inside what the fast reader reads.
  it('YAML fast reader on mutated fixtures: the same values and offsets as yaml', () => {
    let read = 0;
    check(inputs(seeds('.yml', '.yaml')), (text) => void (read += Number(sameAsYaml(text))));
    if (process.env.FUZZ_RUNS) console.log(`fast YAML reader read ${read} of ${RUNS} mutated files`);
    expect(read).toBeGreaterThan(RUNS / 20);
  });

  it('YAML fast reader on generated block YAML: the same values and offsets as yaml', () => {
    let read = 0;
    check(blockYaml, (text) => void (read += Number(sameAsYaml(text))));
    if (process.env.FUZZ_RUNS) console.log(`fast YAML reader read ${read} of ${RUNS} generated files (${fastErrors} errors reported as yaml does, all runs)`);
    expect(read).toBeGreaterThan(RUNS / 20);
  });

  it('YAML fast reader on quoted scalars over lines at random indents: the same values, or the same first error, as yaml', () => {
    let read = 0;
    const before = fastErrors;
    check(quotedOverLines, (text) => void (read += Number(sameAsYaml(text))));
    if (process.env.FUZZ_RUNS) console.log(`fast YAML reader read ${read} of ${RUNS} quoted scalars, ${fastErrors - before} of them errors`);
    expect(fastErrors - before).toBeGreaterThan(RUNS / 50);
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
