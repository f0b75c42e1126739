// Include globs of the common `**/*<ending>` form are answered with a string test instead of
// minimatch: on any tree, discovery must keep exactly the files minimatch keeps.
import fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';
import { memorySource } from '../../src/engine/files/memory.js';

const segment = fc.constantFrom('a', '.github', 'main.bicep', 'x.yml', '.yml', 'job.yaml', 'a.tf.json', 'b.tf', 'ymlx', 'c.json', 'My.YML', 'd.yml.bak');
const paths = fc.uniqueArray(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')), { minLength: 1, maxLength: 30 });
const globs = fc.subarray(['**/*.yml', '**/*.yaml', '**/*.tf.json', '**/*.bicep', '**/*.json', '**/*.tf', 'a/**/*.yml', '*.yml', '**/x.yml'], { minLength: 1 });

describe('discovery include globs', () => {
  it('keeps the files minimatch keeps, for every-file-of-a-kind globs and others', () => {
    fc.assert(
      fc.property(paths, globs, (files, include) => {
        // A path that is also a folder of another path cannot be a file too.
        const leaves = files.filter((f) => !files.some((g) => g.startsWith(`${f}/`)));
        const source = memorySource('/repo', new Map(leaves.map((f) => [f, { size: 1 }])));
        const found = discover({ root: '/repo', include }, source).map((f) => f.rel);
        const matchers = include.map((g) => new Minimatch(g, { dot: true, matchBase: !g.includes('/') }));
        const expected = discover({ root: '/repo' }, source)
          .map((f) => f.rel)
          .filter((rel) => matchers.some((m) => m.match(rel)));
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
