import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';
import { memorySource } from '../../src/engine/files/memory.js';

const file = (text: string): { size: number; bytes?: Buffer } => ({ size: Buffer.byteLength(text), bytes: Buffer.from(text) });

describe('memorySource (a git revision in memory)', () => {
  const source = memorySource('/repo', new Map<string, { size: number; bytes?: Buffer }>([
    ['infra/main.bicep', file("param p string\n")],
    ['infra/modules/ws.bicep', file('param q string\n')],
    ['ml/deep/er/job.yml', file('a: 1\n')],
    ['node_modules/x/y.yml', file('b: 1\n')],
    ['big.json', { size: 10_000_000 }],
  ]));

  it('answers stat, list and read like the disk does, folders included', () => {
    expect(source.stat('.')).toEqual({ dir: true, size: 0 });
    expect(source.stat('ml/deep')).toEqual({ dir: true, size: 0 });
    expect(source.stat('infra/main.bicep')).toEqual({ dir: false, size: 15 });
    expect(source.stat('infra/nope.bicep')).toBeUndefined();
    expect(source.list('.').map((e) => `${e.name}${e.dir ? '/' : ''}`).sort()).toEqual(['big.json', 'infra/', 'ml/', 'node_modules/']);
    expect(source.list('infra/').map((e) => e.name).sort()).toEqual(['main.bicep', 'modules']);
    expect(source.read('./infra/../infra/main.bicep')?.toString()).toBe('param p string\n');
    expect(source.read('big.json')).toBeUndefined(); // listed with its size, bytes not loaded
  });

  it('never reads outside its root', () => {
    expect(source.read('../repo/infra/main.bicep')).toBeUndefined();
    expect(source.stat('..')).toBeUndefined();
  });

  it('feeds discovery: same order, skipped folders, globs and sizes as on disk', () => {
    expect(discover({ root: '/repo' }, source).map((f) => `${f.rel}:${f.size}`)).toEqual(['big.json:10000000', 'infra/main.bicep:15', 'infra/modules/ws.bicep:15', 'ml/deep/er/job.yml:5']);
    expect(discover({ root: '/repo', paths: ['infra'], exclude: ['infra/modules/**'] }, source).map((f) => f.rel)).toEqual(['infra/main.bicep']);
    expect(() => discover({ root: '/repo', paths: ['missing'] }, source)).toThrow('path not found: missing');
  });
});
