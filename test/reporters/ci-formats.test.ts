import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lib.js';
import { azurePipelinesReport, escapeAzureMessage, escapeAzureProperty } from '../../src/reporters/azure-pipelines.js';
import { gitlabReport } from '../../src/reporters/gitlab.js';
import { escapeXml, junitReport } from '../../src/reporters/junit.js';
import { reportCtx, sampleFinding } from '../helpers/report.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const GOLDEN = join(ROOT, 'test/reporters/golden');
const ctx = reportCtx;
const finding = sampleFinding;

// The findings of examples/, as the CLI sees them from the repository root.
const examples = lint({ root: ROOT, paths: ['examples'] }).findings;

/** Compares with a golden file; `UPDATE_GOLDEN=1 npm test` rewrites it after a deliberate change. */
function golden(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}


describe('azure-pipelines', () => {
  it('matches the golden logging commands for examples/', () => {
    expect(examples.length).toBeGreaterThan(20);
    golden('examples.azure-pipelines.txt', azurePipelinesReport(examples, { ...ctx, rootUri: 'file:///home/vsts/work/1/s/', taskComplete: true, failOn: 'error' }));
  });

  it('escapes as the agent decodes: % as %AZP25, CR and LF everywhere, ; and ] in properties', () => {
    expect(escapeAzureMessage('100% done\r\nnext ; ] x')).toBe('100%AZP25 done%0D%0Anext ; ] x');
    expect(escapeAzureProperty('a;b]c%d\re\nf')).toBe('a%3Bb%5Dc%AZP25d%0De%0Af');
    const out = azurePipelinesReport([finding({ message: 'bad ]; 50%\nok', loc: { file: 'x;y]/c.yml', range: { start: { line: 3, column: 4 }, end: { line: 3, column: 9 } } } })], ctx);
    expect(out).toBe('##vso[task.logissue type=error;sourcepath=x%3By%5D/c.yml;linenumber=3;columnnumber=4;code=compute-identity-exclusive;]bad ]; 50%AZP25%0Aok\n');
  });

  it('prints notes as plain lines that cannot start a command, skips suppressed findings, completes only when asked', () => {
    const note = finding({ severity: 'note', message: "Endpoint '##vso[task.setvariable variable=x]1' may need a role." });
    const out = azurePipelinesReport([note, finding({ suppression: { justification: 'ok' } })], ctx);
    expect(out).toBe("note: compute/c.yml:8:9: Endpoint '##vso%5Btask.setvariable variable=x]1' may need a role. [compute-identity-exclusive]\n");
    expect(azurePipelinesReport([note], { ...ctx, taskComplete: true, failOn: 'error' })).toMatch(/\n##vso\[task\.complete result=SucceededWithIssues;\]amlguard\n$/);
    expect(azurePipelinesReport([finding()], { ...ctx, taskComplete: true, failOn: 'error' })).toMatch(/##vso\[task\.complete result=Failed;\]amlguard\n$/);
    expect(azurePipelinesReport([finding()], { ...ctx, taskComplete: true, failOn: 'never' })).toMatch(/result=SucceededWithIssues/);
    expect(azurePipelinesReport([], { ...ctx, taskComplete: true, failOn: 'error' })).toBe('##vso[task.complete result=Succeeded;]amlguard\n');
    expect(azurePipelinesReport([], ctx)).toBe('');
  });
});

describe('junit', () => {
  it('matches the golden report for examples/', () => {
    golden('examples.junit.xml', junitReport(examples, ctx));
  });

  it('has one failing case per rule and file, a passing case per silent rule, and escapes XML', () => {
    const xml = junitReport(
      [
        finding({ message: 'a <b> & "c"\u0001' }),
        finding({ loc: { file: 'compute/c.yml', range: { start: { line: 20, column: 1 }, end: { line: 20, column: 2 } } }, severity: 'warning' }),
        finding({ loc: { file: 'compute/d.yml', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } } }),
      ],
      ctx,
    );
    const suite = xml.match(/<testsuite name="compute-identity-exclusive"[\s\S]*?<\/testsuite>/)![0];
    expect(suite).toContain('tests="2" failures="2"');
    expect(suite.match(/<testcase /g)).toHaveLength(2);
    expect(suite).toContain('<failure type="error" message="2 findings (error)">compute/c.yml:8:9: a &lt;b&gt; &amp; &quot;c&quot; [compute-identity-exclusive]\ncompute/c.yml:20:1:');
    expect(xml).toContain('<testcase classname="acr-admin-user" name="no findings"/>');
    expect(xml).toMatch(new RegExp(`<testsuites name="amlguard 0.1.0" tests="${ctx.rules.length + 1}" failures="2" errors="0">`));
    expect(escapeXml("'")).toBe('&apos;');
  });
});

describe('gitlab', () => {
  it('matches the golden Code Quality report for examples/', () => {
    golden('examples.gitlab.json', gitlabReport(examples, ctx));
  });

  it('uses the Code Quality field names, keeps fingerprints when lines move and keeps them unique', () => {
    const a = finding({ fingerprint: 'f1' });
    const moved = finding({ fingerprint: 'f1', loc: { file: 'compute/c.yml', range: { start: { line: 30, column: 9 }, end: { line: 31, column: 2 } } } });
    const [issue] = JSON.parse(gitlabReport([a], ctx));
    expect(issue).toEqual({
      type: 'issue',
      check_name: 'compute-identity-exclusive',
      description: "Compute cluster 'c' sets both.",
      categories: ['Security'],
      severity: 'major',
      fingerprint: 'f1',
      location: { path: 'compute/c.yml', lines: { begin: 8, end: 8 } },
    });
    expect(JSON.parse(gitlabReport([moved], ctx))[0].fingerprint).toBe('f1');
    const twice = JSON.parse(gitlabReport([a, a, finding({ severity: 'note', suppression: { justification: 'x' } })], ctx));
    expect(twice).toHaveLength(2);
    expect(new Set(twice.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
    expect(JSON.parse(gitlabReport([finding({ severity: 'note' })], ctx))[0].severity).toBe('info');
  });

  it('gives every finding of examples/ its own fingerprint', () => {
    const issues = JSON.parse(gitlabReport(examples, ctx));
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
  });
});
