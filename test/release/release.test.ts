import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no declarations
import { releaseNotes } from '../../scripts/release-notes.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (p: string) => readFileSync(`${ROOT}${p}`, 'utf8');

describe('release', () => {
  const workflow = parse(read('.github/workflows/release.yml'));
  const steps: { name?: string; run?: string; if?: string }[] = workflow.jobs.release.steps;
  const step = (name: RegExp) => steps.find((s) => s.name && name.test(s.name))!;
  const order = (name: RegExp) => steps.indexOf(step(name));

  it('runs on version tags only, with write access to contents', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('checks the tag, builds, tests and checks dist/ before it releases, then moves the major tag', () => {
    expect(step(/tag is package.json/).run).toContain('require(\'./package.json\').version');
    expect(step(/Build, test/).run).toBe('bash .ci/run');
    expect(read('.ci/run')).toMatch(/npm test[\s\S]*npm run bundle[\s\S]*stale "dist\/" dist/);
    expect(step(/Create the GitHub release/).run).toContain('gh release create "$GITHUB_REF_NAME"');
    const move = step(/Move the major tag/);
    expect(move.run).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(move.run).toContain('git push --force origin "refs/tags/$major"');
    expect(move.if).toContain("!contains(github.ref_name, '-')");
    expect(order(/tag is package.json/)).toBeLessThan(order(/Build, test/));
    expect(order(/Build, test/)).toBeLessThan(order(/Create the GitHub release/));
    expect(order(/Create the GitHub release/)).toBeLessThan(order(/Move the major tag/));
  });

  it('takes the notes from CHANGELOG.md, which has a section for the current version', () => {
    const changelog = read('CHANGELOG.md');
    const version = JSON.parse(read('package.json')).version;
    expect(releaseNotes(changelog, `v${version}`)).toMatch(/\S/);
    const sample = '# Changelog\n\n## 1.2.0\n\n- new\n\n## [1.1.0] - 2026-01-01\n\n- old\n';
    expect(releaseNotes(sample, 'v1.2.0')).toBe('- new\n');
    expect(releaseNotes(sample, '1.1.0')).toBe('- old\n');
    expect(releaseNotes(sample, 'v1.1')).toBeUndefined();
    expect(releaseNotes(sample, 'v2.0.0')).toBeUndefined();
  });
});
