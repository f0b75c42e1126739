import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/repo.js';
import { runCli } from '../../src/cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const TOOL = join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

// Microsoft's validator, with GitHub code scanning's ingestion rules (GH*) on top of the SARIF ones.
describe.skipIf(process.platform !== 'linux' || !existsSync(TOOL))('SARIF of examples/ in Microsoft\'s validator', () => {
  it('has zero errors and zero warnings', async () => {
    // npm does not run the package's postinstall (chmod) unless approved.
    chmodSync(TOOL, 0o755);
    const dir = tempDir('sarif');
    const input = join(dir, 'examples.sarif');
    const output = join(dir, 'validation.sarif');
    let sarif = '';
    await runCli(['examples', '--format', 'sarif'], { stdout: (s) => (sarif += s), stderr: () => {}, cwd: ROOT, isTTY: false });
    writeFileSync(input, sarif);
    execFileSync(TOOL, ['validate', '--rule-kind', 'Ghas;Sarif', input, '-o', output], { encoding: 'utf8' });
    const results = JSON.parse(readFileSync(output, 'utf8')).runs[0].results as { level?: string; ruleId: string; message: unknown }[];
    const problems = results.filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    expect(problems.map((r) => `${r.ruleId} ${JSON.stringify(r.message)}`)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].results.length).toBe(36);
    // The fixes (artifactChanges with replacements, insertions as empty regions) pass too.
    const fixes = JSON.parse(sarif).runs[0].results.filter((r: { fixes?: unknown[] }) => r.fixes?.length);
    expect(fixes.length).toBeGreaterThanOrEqual(6);
  });
});
