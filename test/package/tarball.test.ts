import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lib.js';
import { VERSION } from '../../src/version.js';

const ROOT = new URL('../..', import.meta.url).pathname;
// What `npm pack` needs from a clone; dist/ and lib/ are left out so that prepack must build them.
const SOURCES = ['package.json', 'package-lock.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'src', 'rules', 'schema'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackEntry {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

/**
 * Packs a copy of the repository (prepack builds the bundles and declarations there, leaving this
 * checkout untouched), installs the tarball into an empty project without the network, and uses it
 * as a user would: the bin, the library import, and the library's types under the repo's tsc.
 */
describe('the npm package', () => {
  let tmp = '';
  let pack: PackEntry;
  let consumer = '';

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'amlguard-pack-'));
    const src = join(tmp, 'src');
    for (const name of SOURCES) cpSync(join(ROOT, name), join(src, name), { recursive: true, filter: (p) => !p.includes('/fixtures/') });
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: src, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // Lifecycle output comes before npm's JSON.
    [pack] = JSON.parse(out.slice(out.search(/^\[/m))) as PackEntry[];

    consumer = join(tmp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, pack.filename)], { cwd: consumer, stdio: 'pipe' });
  }, 300_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships the bundles, the declarations and the docs, and no sources, tests or fixtures', () => {
    const paths = pack.files.map((f) => f.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['dist/cli/index.js', 'lib/bundle/index.js', 'lib/types/src/lib.d.ts', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']));
    expect(paths.filter((p) => /^(src|test|rules|examples|scripts)\/|fixtures|\.ts$(?<!\.d\.ts$)|^dist\/index\.js$/.test(p))).toEqual([]);
    expect(pack.entryCount).toBeLessThan(40);
  });

  it('installs nothing but itself', () => {
    expect(readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.')).sort()).toEqual(['amlguard']);
  });

  it('runs the bin', () => {
    const bin = join(consumer, 'node_modules/.bin/amlguard');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(VERSION);
    const r = spawnSync(bin, ['examples', '--fail-on', 'error'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("examples/ml/compute/gpu-cluster.yml:9:9: Compute cluster 'gpu-cluster' sets both system- and user-assigned identity");
  });

  it('imports the library and finds what the sources find', () => {
    writeFileSync(
      join(consumer, 'use.mjs'),
      `import { lint, builtinRules, formatFinding } from 'amlguard';\nconst r = lint({ root: ${JSON.stringify(ROOT)}, paths: ['examples'] });\nconsole.log(JSON.stringify({ rules: builtinRules.length, lines: r.findings.map(formatFinding) }));\n`,
    );
    const got = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: consumer, encoding: 'utf8' }));
    const expected = lint({ root: ROOT, paths: ['examples'] });
    expect(got.lines.length).toBeGreaterThan(20);
    expect(got.lines).toEqual(expected.findings.map((f) => `${f.loc.file}:${f.loc.range.start.line}:${f.loc.range.start.column}: ${f.message} [${f.ruleId}]`));
    expect(got.rules).toBe(expected.rules.length);
  });

  it('type-checks a TypeScript consumer, and its types are real (a wrong use fails)', () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    const good = [
      "import { lint, defineRule, type Finding, type LintResult, type RuleMeta } from 'amlguard';",
      "const result: LintResult = lint({ root: '.', paths: ['infra'] });",
      'const first: Finding | undefined = result.findings[0];',
      'const line: number = first?.loc.range.start.line ?? 0;',
      "const metas: RuleMeta[] = result.rules;",
      "export const rule = defineRule({ meta: metas[0] });",
      'export { line };',
      '',
    ].join('\n');
    writeFileSync(join(consumer, 'use.ts'), good);
    const ok = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: consumer, encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(join(consumer, 'use.ts'), good + "export const bad: string = lint({ root: '.' }).fileCount;\n");
    const bad = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: consumer, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("Type 'number' is not assignable to type 'string'");
  });
});
