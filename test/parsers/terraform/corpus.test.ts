// Every Terraform file in the shared real-world corpus must parse without errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../../src/parsers/terraform/index.js';

const root = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

function findTerraform(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) findTerraform(p, out);
    else if (/\.(tf|tfvars)$/.test(entry.name)) out.push(p);
  }
  return out;
}

describe.skipIf(!existsSync(root))('terraform corpus', () => {
  it('parses every .tf and .tfvars file with zero errors', () => {
    const files = findTerraform(root).sort();
    expect(files.length).toBeGreaterThan(0);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const failures: string[] = [];
    const started = performance.now();
    texts.forEach((text, i) => {
      const { errors } = parseHcl(text);
      const e = errors[0];
      if (!e) return;
      const line = text.slice(0, e.span.start).split('\n').length;
      failures.push(`${files[i]}:${line}: ${e.message} (${errors.length} errors)`);
    });
    const ms = performance.now() - started;
    const chars = texts.reduce((n, t) => n + t.length, 0);
    console.log(`terraform corpus: ${files.length} files, ${chars} chars, ${failures.length} failing, ${ms.toFixed(1)} ms`);
    expect(failures).toEqual([]);
  });
});
