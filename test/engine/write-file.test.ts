import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/engine/write-file.js';
import { tempDir } from '../helpers/repo.js';

describe('writeOutputFile', () => {
  it('writes a report larger than one slice byte for byte, a surrogate pair on the slice edge included', () => {
    const dir = tempDir('write');
    // The emoji's two UTF-16 halves sit on either side of the 1 MiB slice boundary.
    const text = 'a'.repeat(2 ** 20 - 1) + '\u{1F600}' + 'é'.repeat(1000) + '\n' + 'z'.repeat(2 ** 20 + 7);
    const path = join(dir, 'nested/report.sarif');
    expect(writeOutputFile(path, text)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('writes an empty report', () => {
    const path = join(tempDir('write'), 'empty.txt');
    expect(writeOutputFile(path, '')).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});
