// The fast YAML reader against the `yaml` package: wherever the fast reader reads a file, both
// give the same values at the same offsets; everything it is unsure of goes to `yaml`. Checked
// on every YAML file of the repository, of the shared corpus when it is present, and on
// hand-picked shapes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/model/located.js';
import { parseYaml } from '../../../src/parsers/yaml.js';
import { readYamlFast } from '../../../src/parsers/yaml-fast.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const corpusDir = join(repo, '..', 'shared', 'corpus');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Both readers' documents for one text, or the fast reader's refusal. */
function both(text: string): { fast?: string; full: string } {
  const src = new SourceFile('f.yml', text);
  const full = parseYaml(src, { noShortcut: true });
  const fullText = JSON.stringify(full.error ?? full.docs);
  if (!readYamlFast(text)) return { full: fullText };
  const quick = parseYaml(src);
  return { fast: JSON.stringify(quick.error ?? quick.docs), full: fullText };
}

function differential(files: string[]): { read: number; differ: string[] } {
  let read = 0;
  const differ: string[] = [];
  for (const file of files) {
    const r = both(readFileSync(file, 'utf8'));
    if (r.fast === undefined) continue;
    read++;
    if (r.fast !== r.full) differ.push(file);
  }
  return { read, differ };
}

describe('fast YAML reader', () => {
  it('reads every YAML file of the repository as yaml does, and most of them itself', () => {
    const files = ['rules', 'examples', 'test'].flatMap((d) => yamlFiles(join(repo, d)));
    const { read, differ } = differential(files);
    expect(differ).toEqual([]);
    expect(files.length).toBeGreaterThan(150);
    expect(read / files.length).toBeGreaterThan(0.85);
  });

  it.skipIf(!existsSync(corpusDir))('reads the corpus YAML as yaml does, and at least 90% of it itself', () => {
    const files = yamlFiles(corpusDir);
    const { read, differ } = differential(files);
    expect(differ).toEqual([]);
    expect(read / files.length).toBeGreaterThan(0.9);
  });

  it('gives the core schema values and the escapes yaml gives', () => {
    const text = [
      'a: 1',
      'b: -0x1F',
      'c: 0x1F',
      'd: 0o17',
      'e: 1.50',
      'f: .inf',
      'g: -.INF',
      'h: 1e3',
      'i: ~',
      'j: Null',
      'k: TRUE',
      'l: yes',
      "m: 'it''s'",
      'n: "tab\\there \\u00e9\\x41\\"q\\" \\/ \\\\"',
      '1.0: key',
      'o: [1, "two", {p: q, "r s": [t]}, []]',
      'u: {}',
      'v: http://x/y#frag # comment',
      "w: ${{inputs.x}} --y '[1,2]'",
      '"quoted key" : z',
      'x:',
      '- |',
      '  literal',
      '    deeper',
      '',
      '  last',
      '',
      '- >-',
      '  folded',
      '  line',
      '',
      '  para',
      '-',
      '- - nested',
      '  - list',
      '- k1: v1',
      '  k2:',
      '  - deep',
      'y:',
      '',
    ].join('\n');
    const r = both(text);
    expect(r.fast).toBeDefined();
    expect(r.fast).toBe(r.full);
    const root = JSON.parse(r.fast!)[0].root;
    const value = (key: string) => root.entries.find((e: { key: string }) => e.key === key)?.value;
    expect(value('b')).toMatchObject({ t: 'str', value: '-0x1F' });
    expect(value('c')).toMatchObject({ t: 'num', value: 31 });
    expect(value('d')).toMatchObject({ t: 'num', value: 15 });
    expect(value('l')).toMatchObject({ t: 'str', value: 'yes' });
    expect(value('m')).toMatchObject({ t: 'str', value: "it's" });
    expect(value('n')).toMatchObject({ t: 'str', value: 'tab\there \u00e9A"q" / \\' });
    expect(value('1')).toMatchObject({ t: 'str', value: 'key' });
    expect(value('v')).toMatchObject({ t: 'str', value: 'http://x/y#frag' });
    expect(value('quoted key')).toMatchObject({ t: 'str', value: 'z' });
    expect(value('y')).toMatchObject({ t: 'null' });
    const list = value('x').items;
    expect(list.map((i: { value?: unknown; t: string }) => i.value ?? i.t)).toEqual(['literal\n  deeper\n\nlast\n', 'folded line\npara', 'null', 'arr', 'obj']);
  });

  it('leaves to yaml what it is not sure of, including every error', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: plain\n  b: c\n',
      'a: "escaped space \\ \n  then a break"\n',
      'a: "unclosed\n',
      'a: b: c\n',
      'a:\tb\n',
      'a: |+\n  keep\n\n',
      'a: |2\n   x\n',
      'a: >\n  x\n    more\n',
      'a: [1, 2,]\n',
      'a: [1,\n2]\n',
      '? complex\n: key\n',
      'a: 1\n b: 2\n',
      '- a\nb: 1\n',
      'a: 1\n- b\n',
      'just a scalar\n',
      '',
      '# only a comment\n',
      '  a: indented root\n',
      'a: "bad \\q escape"\n',
      `${'k'.repeat(1030)}: long key\n`,
      'a: 1\r',
    ];
    for (const text of declined) expect(readYamlFast(text), JSON.stringify(text)).toBeUndefined();
  });

  it('folds plain and quoted scalars that go on over several lines as yaml does', () => {
    const text = ['a: first', '  second', '', '  third # comment', 'b:', '  on its own line', 'c: "one', '  two', '', '  three "', "d: 'it''s", "  more'", 'e: "joined \\', '    here"'].slice(0, 14).join('\n') + '\n';
    const r = both(text);
    expect(r.fast).toBeDefined();
    expect(r.fast).toBe(r.full);
    const values = JSON.parse(r.fast!)[0].root.entries.map((e: { value: { value: unknown } }) => e.value.value);
    expect(values).toEqual(['first second\nthird', 'on its own line', 'one two\nthree ', "it's more", 'joined here']);
  });

  it('reads flow collections over several lines, a JSON document, and plain scalars starting ? or :', () => {
    for (const text of ['needs:\n  [\n    a,\n    "b"\n  ]\nk: 1\n', 'k:\n  e: [a,\n    {c: d}\n  ]\n', '{\n  "id": "x",\n  "n": [1, 2.5, true, null]\n}\n', 'sas: ?sv=1&sig=x\ntag: :x\n']) {
      const r = both(text);
      expect(r.fast, JSON.stringify(text)).toBeDefined();
      expect(r.fast).toBe(r.full);
    }
    // The closing bracket may come back to its key's indent, no further.
    expect(readYamlFast('k:\n  e: [a,\n ]\n')).toBeUndefined();
  });

  it('reports a quoted scalar that comes back to its key\'s indent as yaml does (lenient parsers accept it)', () => {
    for (const text of ['a:\n  b: "one\n  two"\n', "a:\n  - 'one\n\n  two'\n", 'x: 1\na:\n  b: "one \\\n two"\n']) {
      expect(readYamlFast(text)).toMatchObject({ code: 'MISSING_CHAR' });
      const r = both(text);
      expect(r.fast).toBe(r.full);
      expect(JSON.parse(r.fast!)).toMatchObject({ code: 'MISSING_CHAR', message: expect.stringMatching(/^Missing closing ["']quote$/) });
    }
    // On CR LF files the offset of the break is left to yaml.
    expect(readYamlFast('a:\r\n  b: "one\r\n  two"\r\n')).toBeUndefined();
  });

  // Each would take minutes if a line were scanned once per character; the suite's timeout guards.
  it('stays linear on long adversarial lines', () => {
    const n = 200_000;
    expect(readYamlFast(`k: ${'x '.repeat(n)}\n`)).toMatchObject({ pairs: [{ value: { value: 'x '.repeat(n).trimEnd() } }] });
    expect(readYamlFast(`k: ${' '.repeat(n)}x # c\n`)).toMatchObject({ pairs: [{ value: { value: 'x' } }] });
    expect(readYamlFast(`k: "${'\\\\'.repeat(n)}\n  "\n`)).toMatchObject({ pairs: [{ value: { value: '\\'.repeat(n) + ' ' } }] });
    expect(readYamlFast(`k: ${'9'.repeat(n)}e\n`)).toMatchObject({ pairs: [{ value: { value: '9'.repeat(n) + 'e' } }] });
    expect(readYamlFast(`k: ${'a #'.repeat(n)}\n`)).toMatchObject({ pairs: [{ value: { value: 'a' } }] });
    expect(readYamlFast('- '.repeat(n) + 'x\n')).toBeUndefined();
    expect(readYamlFast(`k: |\n${'  line\n'.repeat(n)}`)).toMatchObject({ pairs: [{ value: { value: 'line\n'.repeat(n) } }] });
  });

  it('reads CR LF files with the same offsets as yaml', () => {
    const r = both('a: 1\r\nb:\r\n  - x # c\r\n  - "y"\r\nc: |\r\n  z\r\n');
    expect(r.fast).toBeDefined();
    expect(r.fast).toBe(r.full);
  });

  it('ends a block map at its last value, not at the comments and blank lines after it', () => {
    const text = 'job:\n  name: x\n\n  # about the next key\nnext: |\n  body\n\n# trailing\n';
    for (const noShortcut of [true, false]) {
      const doc = parseYaml(new SourceFile('f.yml', text), { noShortcut }).docs[0]!.root!;
      if (doc.t !== 'obj') throw new Error('expected a map');
      expect(doc.entries[0]!.value.loc.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 10 } });
      expect(doc.entries[1]!.value.loc.range).toEqual({ start: { line: 5, column: 7 }, end: { line: 6, column: 7 } });
      expect(doc.loc.range.end).toEqual({ line: 6, column: 7 });
    }
  });
});
