// The layers of docs/architecture.md, checked on the sources: no import cycle in src/ or rules/,
// imports only run down the layers, and only src/action/ talks to @actions/*.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Highest first; a module may import its own layer or a lower one. */
const LAYERS: [name: string, test: RegExp][] = [
  ['app', /^src\/(cli|action|app|tools)\/|^src\/(lib|index)\.ts$/],
  ['reporters', /^src\/reporters\//],
  ['engine', /^src\/engine\//],
  ['rules', /^rules\/|^src\/rule\//],
  ['formats and readers', /^src\/(formats|readers)\//],
  ['config', /^src\/config\//],
  ['model', /^src\/model\//],
  ['parsers', /^src\/parsers\//],
  ['version', /^src\/version\.ts$/],
  // Validators compiled ahead of time from our own schemas (npm run gen): they import no module of ours.
  ['generated', /^src\/generated\//],
];

/** Parsers build located values: the value types are theirs to use, nothing else of the model. */
const ALLOWED_UP = new Set(['src/model/located.ts', 'src/model/value.ts']);

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(rel);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The import specifiers of a TypeScript file (static, re-export, dynamic and side-effect imports). */
export function specifiers(text: string): string[] {
  const noComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...noComments.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function graph(): Map<string, { local: string[]; packages: string[] }> {
  const files = [...sources('src'), ...sources('rules')];
  const known = new Set(files);
  const out = new Map<string, { local: string[]; packages: string[] }>();
  for (const f of files) {
    const local: string[] = [];
    const packages: string[] = [];
    for (const s of specifiers(readFileSync(join(ROOT, f), 'utf8'))) {
      if (!s.startsWith('.')) packages.push(s);
      else {
        const target = posix.normalize(posix.join(posix.dirname(f), s)).replace(/\.js$/, '.ts');
        if (!known.has(target)) throw new Error(`${f}: cannot resolve ${s}`);
        local.push(target);
      }
    }
    out.set(f, { local, packages });
  }
  return out;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function cycles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

const layerOf = (f: string) => LAYERS.findIndex(([, re]) => re.test(f));

describe('import graph', () => {
  const g = graph();

  it('reads every import of a module', () => {
    expect(specifiers("import a from './a.js';\nimport type { B } from '../b.js';\nexport { c } from \"./c.js\";\nconst d = await import('./d.js');\nimport './e.js';\n// import x from './commented.js';")).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js']);
    expect(g.get('src/engine/lint.ts')!.local).toContain('src/formats/registry.ts');
  });

  it('finds cycles when there are some', () => {
    const edges = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('has no import cycle in src/ or rules/', () => {
    expect(cycles(new Map([...g].map(([f, e]) => [f, e.local])))).toEqual([]);
  });

  it('puts every module in a layer, and imports only run down the layers', () => {
    const unplaced = [...g.keys()].filter((f) => layerOf(f) < 0);
    expect(unplaced).toEqual([]);
    const upward = [...g].flatMap(([f, e]) => e.local.filter((t) => layerOf(t) < layerOf(f) && !(ALLOWED_UP.has(t) && LAYERS[layerOf(f)][0] === 'parsers')).map((t) => `${f} (${LAYERS[layerOf(f)][0]}) -> ${t} (${LAYERS[layerOf(t)][0]})`));
    expect(upward).toEqual([]);
  });

  it('reaches the formats from the engine only through the registry', () => {
    // endings.ts is the registry's name table, generated from it, for what must not load a reader (discovery).
    const gates = ['src/formats/registry.ts', 'src/formats/endings.ts'];
    const offenders = [...g].flatMap(([f, e]) => (f.startsWith('src/engine/') ? e.local.filter((t) => t.startsWith('src/formats/') && !gates.includes(t)).map((t) => `${f} -> ${t}`) : []));
    expect(offenders).toEqual([]);
  });

  it('starts the Action without loading a reader, a parser or a rule (they load once there is a file to read)', () => {
    // Static value imports only: type-only imports are erased, import() is loaded when reached.
    const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]/g;
    const seen = new Set<string>();
    const queue = ['src/index.ts', 'src/action/main.ts'];
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const text = readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of text.matchAll(STATIC)) queue.push(posix.normalize(posix.join(posix.dirname(f), m[1])).replace(/\.js$/, '.ts'));
    }
    expect([...seen].filter((f) => /^src\/(readers|parsers|reporters)\/|^rules\/|^src\/engine\/lint\.ts$|^src\/formats\/registry\.ts$/.test(f))).toEqual([]);
    expect(seen.has('src/engine/discover.ts')).toBe(true);
  });

  it('imports @actions/* only in src/action/', () => {
    const offenders = [...g].filter(([f, e]) => !f.startsWith('src/action/') && e.packages.some((p) => p.startsWith('@actions/'))).map(([f]) => f);
    expect(offenders).toEqual([]);
    expect([...g].some(([f, e]) => f.startsWith('src/action/') && e.packages.includes('@actions/core'))).toBe(true);
  });
});
