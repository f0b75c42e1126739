import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/repo.js';
import { runCli } from '../../src/cli/main.js';
import { lint } from '../../src/lib.js';
import { sarifReport } from '../../src/reporters/sarif.js';
import { reportCtx } from '../helpers/report.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const TOOL = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

// Microsoft's validator, with GitHub code scanning's ingestion rules (GH*) on top of the SARIF ones.
describe.skipIf(process.platform !== 'linux' || !existsSync(TOOL))('SARIF of examples/ in Microsoft\'s validator', () => {
  /** Problems Microsoft's validator reports for a SARIF text (errors and warnings). */
  function validate(sarif: string): string[] {
    // npm does not run the package's postinstall (chmod) unless approved.
    chmodSync(TOOL, 0o755);
    const dir = tempDir('sarif');
    const input = join(dir, 'in.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif);
    execFileSync(TOOL, ['validate', '--rule-kind', 'Ghas;Sarif', input, '-o', output], { encoding: 'utf8' });
    const results = JSON.parse(readFileSync(output, 'utf8')).runs[0].results as { level?: string; ruleId: string; message: unknown }[];
    return results.filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined).map((r) => `${r.ruleId} ${JSON.stringify(r.message)}`);
  }

  it('accepts a run with a category and a truncation notice', () => {
    const result = lint({ root: ROOT, paths: ['examples'] });
    const sarif = sarifReport(result.findings, { ...reportCtx, rules: result.rules, category: 'ml-infra', resultLimit: 5 });
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(5);
    expect(validate(sarif)).toEqual([]);
  });

  it('has zero errors and zero warnings on examples/', async () => {
    let sarif = '';
    await runCli(['examples', '--format', 'sarif'], { stdout: (s) => (sarif += s), stderr: () => {}, cwd: ROOT, isTTY: false });
    expect(validate(sarif)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].results.length).toBe(36);
    // The fixes (artifactChanges with replacements, insertions as empty regions) pass too.
    const fixes = JSON.parse(sarif).runs[0].results.filter((r: { fixes?: unknown[] }) => r.fixes?.length);
    expect(fixes.length).toBeGreaterThanOrEqual(6);
  });
});
