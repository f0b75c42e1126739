import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { candidatesFor } from '../../src/formats/registry.js';
import { formatFinding, type Finding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { lintChange } from '../../src/engine/change.js';
import { diskSource } from '../../src/engine/files/disk.js';
import { emptyConfig, loadConfig, ruleSettings } from '../../src/config/load.js';

export const RULES_DIR = new URL('../../rules/', import.meta.url).pathname;

export interface FixtureCase {
  ruleId: string;
  kind: 'valid' | 'invalid';
  name: string;
  /** The folder lint runs in, and the path scanned inside it. */
  root: string;
  path: string;
  /** Golden file with the canonical output (invalid cases). */
  outFile: string;
  /** What `--fix` changes in the case, as a unified diff (golden file). */
  fixDiff: string;
  /** Two-revision case (diff rules): `<case>/base/` is the base revision, `<case>/head/` (the root) the change. */
  baseRoot?: string;
}

/** Suffix of a fixture's expected fix, a unified diff of the files its fixes change. */
export const FIXED = '.fix.diff';

export function fixtureCases(ruleId: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const dir = join(RULES_DIR, ruleId, 'fixtures', kind);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith('.out') || name.endsWith(FIXED)) continue;
      const isDir = statSync(join(dir, name)).isDirectory();
      const twoRevisions = isDir && existsSync(join(dir, name, 'base')) && existsSync(join(dir, name, 'head'));
      out.push({
        ruleId,
        kind,
        name,
        root: twoRevisions ? join(dir, name, 'head') : isDir ? join(dir, name) : dir,
        path: isDir ? '.' : name,
        outFile: join(dir, name + '.out'),
        fixDiff: join(dir, name + FIXED),
        baseRoot: twoRevisions ? join(dir, name, 'base') : undefined,
      });
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Markers: `expect: id[, id]` at the end of a line, or `expect(+N): id` / `expect(-N): id` pointing
 * N lines away, after one of the file format's marker openers (its comments; see formats/registry.ts).
 */
function markerPattern(path: string): RegExp | undefined {
  const openers = [...new Set(candidatesFor(path).flatMap((f) => f.fixtureMarkers))];
  if (!openers.length) return undefined;
  return new RegExp(`(?:${openers.map(escape).join('|')})\\s*expect(?:\\(([+-]\\d+)\\))?:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)`, 'g');
}

export function expectedMarkers(c: FixtureCase): string[] {
  const files = c.path === '.' ? walk(c.root) : [join(c.root, c.path)];
  const out: string[] = [];
  for (const abs of files) {
    const rel = relative(c.root, abs).split(sep).join('/');
    const marker = markerPattern(rel);
    if (!marker) continue;
    readFileSync(abs, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        for (const m of text.matchAll(marker)) {
          const line = i + 1 + (m[1] ? Number(m[1]) : 0);
          for (const id of m[2].split(',').map((s) => s.trim())) out.push(`${rel}:${line}:${id}`);
        }
      });
  }
  return out.sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Rules the engine reports about other rules' findings: their fixtures run every rule, and only their own findings count. */
const ENGINE_LEVEL = new Set(['unused-suppression']);

/** A folder case may carry an .amlguard.yml (rule options, workspace bindings, tenant). */
export function lintCase(c: FixtureCase): Finding[] {
  const config = c.path === '.' ? loadConfig(c.root) : emptyConfig();
  const base = { root: c.root, paths: [c.path], rules: builtinRules, ruleSettings: ruleSettings(config), workspaces: config.workspaces, tenantId: config.tenantId };
  if (ENGINE_LEVEL.has(c.ruleId)) return lint(base).findings.filter((f) => f.ruleId === c.ruleId);
  if (c.baseRoot) return lintChange({ ...base, only: [c.ruleId], base: diskSource(c.baseRoot) }).findings.filter((f) => !f.suppression);
  return lint({ ...base, only: [c.ruleId] }).findings.filter((f) => !f.suppression);
}

export function actualMarkers(findings: Finding[]): string[] {
  return findings.map((f) => `${f.loc.file}:${f.loc.range.start.line}:${f.ruleId}`).sort();
}

export function canonical(findings: Finding[]): string {
  return findings.map(formatFinding).join('\n') + '\n';
}
