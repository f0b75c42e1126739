import { describe, expect, it } from 'vitest';
import { compactLocations } from '../../src/engine/parallel/compact-locations.js';
import type { FileOutcome } from '../../src/engine/parallel/read-one.js';
import { SourceFile } from '../../src/model/located.js';

describe('compactLocations', () => {
  it('rebuilds every location of a cloned outcome, keeping shared ones shared and the rest unchanged', () => {
    const src = new SourceFile('jobs/a.yml', 'name: a\nidentity:\n  type: user_identity\n');
    const root = src.loc(0, 40);
    const outcome: FileOutcome = {
      text: src.text,
      read: {
        resources: [{ kind: 'job', format: 'aml-yaml', file: src.path, decl: root, name: { t: 'str', value: 'a', loc: src.loc(6, 7) }, props: {}, source: { t: 'obj', entries: [{ key: 'name', keyLoc: src.loc(0, 4), value: { t: 'str', value: 'a', loc: src.loc(6, 7) } }], loc: root } }],
        notes: [{ loc: src.loc(8, 16), message: 'a note' }],
      },
    };
    const cloned = structuredClone(outcome);
    const clonedDecl = cloned.read!.resources[0].decl;
    compactLocations(cloned, new Map([[src.path, src.path]]));
    expect(cloned).toStrictEqual(outcome);
    const res = cloned.read!.resources[0];
    // The declaration and the root value's location were one object before the clone; they still are.
    expect(res.decl).toBe(res.source!.loc);
    expect(res.decl).not.toBe(clonedDecl);
  });

  it('leaves an outcome without a read alone', () => {
    const outcome: FileOutcome = { unread: 'it is not UTF-8 text' };
    compactLocations(outcome, new Map());
    expect(outcome).toStrictEqual({ unread: 'it is not UTF-8 text' });
  });
});
