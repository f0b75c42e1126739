// Benchmark: full amlguard scan time versus the bare parse time of the same files, measured in
// one run (medians of alternating rounds), so the ratio does not depend on the machine's speed.
// Usage: npm run bench [-- <folder>] (default: ../shared/corpus)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { parseTree } from 'jsonc-parser';
import { discover } from '../lib/src/engine/discover.js';
import { lint } from '../lib/src/engine/lint.js';
import { builtinRules } from '../lib/rules/index.js';
import { parseBicep } from '../lib/src/parsers/bicep/index.js';
import { parseHcl } from '../lib/src/parsers/terraform/index.js';

const root = resolve(process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const files = discover({ root });

/** Reading and parsing every file once with the parsers amlguard uses, and nothing else. */
function bareParse() {
  for (const f of files) {
    const text = readFileSync(f.abs, 'utf8');
    switch (f.format) {
      case 'yaml':
        parseAllDocuments(text);
        break;
      case 'json':
        parseTree(text, [], { allowTrailingComma: true });
        break;
      case 'bicep':
      case 'bicepparam':
        parseBicep(text);
        break;
      case 'terraform':
      case 'tfvars':
        parseHcl(text);
        break;
      default:
        break;
    }
  }
}

function fullScan() {
  return lint({ root, rules: builtinRules });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Collect garbage before each timed round (node --expose-gc) so one round's garbage is not
// charged to the next: that was most of the run-to-run noise in the ratio.
const time = (fn) => {
  globalThis.gc?.();
  const t = performance.now();
  fn();
  return performance.now() - t;
};

// Warm-up: JIT and file cache.
bareParse();
const result = fullScan();
const parse = [];
const scan = [];
for (let i = 0; i < rounds; i++) {
  parse.push(time(bareParse));
  scan.push(time(fullScan));
}
const byFormat = {};
for (const f of files) byFormat[f.format] = (byFormat[f.format] ?? 0) + 1;
const p = median(parse);
const s = median(scan);
console.log(`files: ${files.length} ${JSON.stringify(byFormat)}`);
console.log(`findings: ${result.findings.length}`);
console.log(`bare parse: ${(p / 1000).toFixed(2)} s (median of ${rounds})`);
console.log(`full scan:  ${(s / 1000).toFixed(2)} s (median of ${rounds})`);
// Each round times both back to back, so the ratio of a round is measured under the same machine
// load; the median of those ratios is the figure to compare with the 1.3 bar.
const ratios = parse.map((x, i) => scan[i] / x);
console.log(`ratio full scan / bare parse: ${median(ratios).toFixed(2)} (median of per-round ratios; range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
console.log(`heap used after run: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
