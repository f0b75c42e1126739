import { Minimatch } from 'minimatch';
import type { Finding } from '../finding.js';

/** Drops the findings of a rule in files matching that rule's `ignore` globs (configuration). */
export function dropIgnored(findings: Finding[], ignores: Record<string, string[]> | undefined): Finding[] {
  if (!ignores) return findings;
  const matchers = new Map(Object.entries(ignores).map(([id, globs]) => [id, globs.map((g) => new Minimatch(g, { dot: true, matchBase: !g.includes('/') }))]));
  return findings.filter((f) => !matchers.get(f.ruleId)?.some((m) => m.match(f.loc.file)));
}
