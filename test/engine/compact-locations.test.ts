import { describe, expect, it } from 'vitest';
import { packLocations, unpackLocations } from '../../src/engine/parallel/compact-locations.js';
import type { FileOutcome } from '../../src/engine/parallel/read-one.js';
import { SourceFile } from '../../src/model/located.js';

function outcomeOf(): FileOutcome {
  const src = new SourceFile('jobs/a.yml', 'name: a\nidentity:\n  type: user_identity\n');
  const root = src.loc(0, 40);
  const other = new SourceFile('roles/r.json', '{}\n');
  return {
    text: src.text,
    read: {
      resources: [
        {
          kind: 'job',
          format: 'aml-yaml',
          file: src.path,
          decl: root,
          name: { t: 'str', value: 'a', loc: src.loc(6, 7) },
          props: { compute: { t: 'str', value: 'cpu', loc: other.loc(0, 2) } },
          source: { t: 'obj', entries: [{ key: 'name', keyLoc: src.loc(0, 4), value: { t: 'str', value: 'a', loc: src.loc(6, 7) } }], loc: root },
        },
      ],
      notes: [{ loc: src.loc(8, 16), message: 'a note' }],
    },
  };
}

describe('packed locations', () => {
  it('survive a trip to another thread unchanged, a shared location still shared', () => {
    const original = outcomeOf();
    const sent = outcomeOf();
    const locs = packLocations(sent);
    // Six distinct locations in two files; the root's, used twice, is packed once.
    expect(locs?.files).toEqual(['jobs/a.yml', 'roles/r.json']);
    expect(locs?.ints.length).toBe(6 * 5);
    const received = structuredClone(sent);
    unpackLocations(received, structuredClone(locs), new Map([['jobs/a.yml', 'jobs/a.yml']]));
    expect(received).toStrictEqual(original);
    const res = received.read!.resources[0];
    expect(res.decl).toBe(res.source!.loc);
  });

  it('leave an outcome without a read alone', () => {
    const outcome: FileOutcome = { unread: 'it is not UTF-8 text' };
    expect(packLocations(outcome)).toBeUndefined();
    unpackLocations(outcome, undefined, new Map());
    expect(outcome).toStrictEqual({ unread: 'it is not UTF-8 text' });
  });
});
