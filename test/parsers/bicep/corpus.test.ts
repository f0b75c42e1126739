// Parses every .bicep / .bicepparam file of the shared real-world corpus and
// requires zero syntax errors. Skipped when the corpus is not checked out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lex, parseBicep } from '../../../src/parsers/bicep/index.js';
import type { BicepFile } from '../../../src/parsers/bicep/index.js';

const corpusDir = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const hasCorpus = existsSync(corpusDir);

function findBicepFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findBicepFiles(path));
    else if (/\.bicep(param)?$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

/** Offsets of tokens that no top-level statement span covers (silently dropped input). */
function uncoveredTokens(text: string, file: BicepFile): number[] {
  const missing: number[] = [];
  let s = 0;
  for (const token of lex(text).tokens) {
    if (token.kind === 'newline' || token.kind === 'eof') continue;
    while (s < file.statements.length && file.statements[s]!.span.end <= token.start) s++;
    const statement = file.statements[s];
    if (!statement || statement.span.start > token.start) missing.push(token.start);
  }
  return missing;
}

describe.skipIf(!hasCorpus)('bicep corpus', () => {
  const files = hasCorpus ? findBicepFiles(corpusDir) : [];
  const texts = files.map((f) => readFileSync(f, 'utf8'));

  it('parses every corpus file without errors', () => {
    expect(files.length).toBeGreaterThan(200);
    const started = performance.now();
    const results = texts.map((t) => parseBicep(t));
    const elapsed = performance.now() - started;
    // Warm timing: best of three more passes (the first pass includes JIT warm-up).
    let warm = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      for (const t of texts) parseBicep(t);
      warm = Math.min(warm, performance.now() - t0);
    }
    const failures: string[] = [];
    results.forEach((result, k) => {
      const first = result.errors[0];
      if (first) {
        const where = lineCol(texts[k]!, first.span.start);
        failures.push(`${files[k]}:${where}: ${first.message} (${result.errors.length} errors)`);
      }
    });
    const bytes = texts.reduce((n, t) => n + t.length, 0);
    console.log(
      `bicep corpus: ${files.length} files, ${bytes} chars, first pass ${elapsed.toFixed(1)} ms, warm ${warm.toFixed(1)} ms`,
    );
    expect(failures).toEqual([]);
    // Every file should yield at least one statement.
    expect(results.filter((r) => r.statements.length === 0)).toEqual([]);
  });

  it('covers every token of every file with a statement span', () => {
    const dropped = files.flatMap((f, k) => {
      const missing = uncoveredTokens(texts[k]!, parseBicep(texts[k]!));
      return missing.length ? [`${f}:${lineCol(texts[k]!, missing[0]!)}`] : [];
    });
    expect(dropped).toEqual([]);
  });
});
