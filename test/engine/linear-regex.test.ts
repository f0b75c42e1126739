// Our own patterns that see file content, on long adversarial lines: each of these took minutes
// with the old patterns (quadratic); the assertions are on results, the suite's timeout is the guard.
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/formats/aml-yaml/read.js';
import { SourceFile } from '../../src/model/located.js';
import { isPlaceholder } from '../../src/model/placeholder.js';
import { FUNCTIONS } from '../../src/readers/arm/functions.js';
import { matches } from '../../src/model/rbac/permissions.js';
import { memContext } from '../helpers/repo.js';

const at = { file: 'a.json', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };

describe('linear patterns on adversarial input', () => {
  it('the $schema probe of a broken YAML file with 200,000 blank lines', () => {
    const text = '\n'.repeat(200_000) + 'a: [\n';
    const read = readYaml(new SourceFile('a.yml', text), false, memContext({}));
    expect(read.parseError?.certain).toBe(false);
    const schema = '  $schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: [\n';
    expect(readYaml(new SourceFile('b.yml', schema), false, memContext({})).parseError?.certain).toBe(true);
  });

  it('placeholder test on 200,000 unclosed "#{"', () => {
    expect(isPlaceholder('#{'.repeat(200_000) + 'Zq9')).toBe(false);
    expect(isPlaceholder('#{storageKey}#')).toBe(true);
  });

  it("ARM format() on 100,000 unclosed '{0,' specifiers", () => {
    const fmt = '{0,'.repeat(100_000);
    expect(FUNCTIONS.format!([{ t: 'str', value: fmt, loc: at }, { t: 'str', value: 'x', loc: at }], at)).toEqual({ t: 'str', value: fmt, loc: at });
    expect(FUNCTIONS.format!([{ t: 'str', value: '{0}/{1}', loc: at }, { t: 'str', value: 'ws', loc: at }, { t: 'str', value: 'c', loc: at }], at)).toMatchObject({ t: 'str', value: 'ws/c' });
  });
});

describe('RBAC wildcard patterns from custom role definitions', () => {
  it("'a*a*…*b' against a long operation answers (a '.*'-per-star regex backtracks exponentially)", () => {
    const pattern = 'a*'.repeat(40) + 'b';
    expect(matches(pattern, 'a'.repeat(200))).toBe(false);
    expect(matches(pattern, 'a'.repeat(200) + 'b')).toBe(true);
    expect(matches('Microsoft.Storage/*/read', 'microsoft.storage/storageAccounts/blobServices/read')).toBe(true);
    expect(matches('*/read', 'Microsoft.ContainerRegistry/registries/pull/read')).toBe(true);
    expect(matches('Microsoft.Storage/*', 'Microsoft.KeyVault/vaults/read')).toBe(false);
  });
});
