import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { anchorGlobs, splitPathArgs } from '../../src/engine/anchor-globs.js';

describe('colour', () => {
  const tty = { isTTY: true, env: {} };
  it('follows the terminal, NO_COLOR, FORCE_COLOR and --no-color in that order of strength', () => {
    expect(useColor(tty)).toBe(true);
    expect(useColor({ isTTY: false, env: {} })).toBe(false);
    expect(useColor({ ...tty, env: { TERM: 'dumb' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...tty, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '' } })).toBe(true);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColor({ ...tty, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(useColor({ isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '1' }, noColorFlag: true })).toBe(false);
    expect(useColor({ ...tty, toFile: true })).toBe(false);
    expect(useColor({ ...tty, env: { FORCE_COLOR: '3' }, toFile: true })).toBe(true);
  });
});

describe('globs relative to the scanned folder', () => {
  it('anchors plain globs under the folder and keeps ./ and absolute forms root-relative', () => {
    expect(anchorGlobs(['ml/**', '*.yml', './examples/infra/**', '/repo/examples/scripts/*.sh', '!ml/tmp/**'], 'examples', '/repo')).toEqual([
      'examples/ml/**',
      'examples/**/*.yml',
      'examples/infra/**',
      'examples/scripts/*.sh',
      '!examples/ml/tmp/**',
    ]);
    expect(anchorGlobs(['ml/**', '*.yml'], '.', '/repo')).toEqual(['ml/**', '*.yml']);
    expect(anchorGlobs(['ml/**'], 'examples/', '/repo')).toEqual(['examples/ml/**']);
    expect(anchorGlobs(undefined, 'examples', '/repo')).toBeUndefined();
  });

  it('turns quoted glob arguments into include patterns scanned from their folder', () => {
    const exists = (p: string) => ['examples', 'examples/ml'].includes(p);
    expect(splitPathArgs(['examples', 'examples/ml/**/*.yml', 'infra/*.bicep', '**/*.tf', './x/[ab].sh'], exists)).toEqual({
      paths: ['examples', 'examples/ml', 'infra', '.', './x'],
      globs: ['examples/ml/**/*.yml', 'infra/*.bicep', '**/*.tf', 'x/[ab].sh'],
    });
    expect(splitPathArgs(['does/not/exist'], exists)).toEqual({ paths: ['does/not/exist'], globs: [] });
  });
});
