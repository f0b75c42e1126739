import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Severity } from '../../src/rule/contract.js';
import { automationId, SARIF_RESULT_LIMIT, sarifReport, sarifSelection } from '../../src/reporters/sarif.js';
import type { ReportContext } from '../../src/reporters/types.js';
import { githubReport, planAnnotations } from '../../src/reporters/annotations.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { summaryMarkdown } from '../../src/reporters/summary.js';

const ctx: ReportContext = { rules: builtinRules.map((r) => r.meta), version: '0.1.0', helpBase: 'https://example.test/rules' };

function finding(i: number, severity: Severity, suppressed = false): Finding {
  return {
    ruleId: 'workspace-uai-roles',
    severity,
    message: `finding ${i}`,
    loc: { file: `f${i % 97}.yml`, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 5 } } },
    related: [],
    fingerprint: `fp${i}`,
    ...(suppressed ? { suppression: { justification: 'accepted' } } : {}),
  };
}

describe('SARIF within code scanning limits', () => {
  // 25,100 findings: 100 errors spread through 25,000 notes, and suppressed warnings.
  const findings = Array.from({ length: 25_100 }, (_, i) => finding(i, i % 251 === 0 ? 'error' : i % 1000 === 7 ? 'warning' : 'note', i % 1000 === 7));
  const errors = findings.filter((f) => f.severity === 'error').length;

  it('keeps at most 25,000 results, the most severe first, in their original order, and says so', () => {
    const log = JSON.parse(sarifReport(findings, ctx));
    const run = log.runs[0];
    expect(SARIF_RESULT_LIMIT).toBe(25_000);
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(errors);
    // The 100 left out are the least severe: suppressed findings go before any active note.
    expect(run.results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(0);
    const lines = run.results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0].physicalLocation.region.startLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const [note] = run.invocations[0].toolExecutionNotifications;
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(note.level).toBe('warning');
    expect(note.message.text).toBe('100 of 25100 results were left out: code scanning accepts at most 25000 per run. The most severe are kept; run amlguard --format json for all of them.');
  });

  it('returns how many were left out, for the job summary', () => {
    expect(sarifSelection(findings).omitted).toBe(100);
    expect(sarifSelection(findings.slice(0, 25_000))).toEqual({ kept: findings.slice(0, 25_000), omitted: 0 });
    const small = [finding(1, 'note'), finding(2, 'error'), finding(3, 'warning')];
    expect(sarifSelection(small, 2).kept.map((f) => f.message)).toEqual(['finding 2', 'finding 3']);
  });

  it('adds no invocation note when everything fits', () => {
    expect(JSON.parse(sarifReport(findings.slice(0, 10), ctx)).runs[0].invocations).toBeUndefined();
  });
});

describe('SARIF category', () => {
  it("is written as automationDetails.id 'category/' (GitHub reads category/run-id)", () => {
    const run = JSON.parse(sarifReport([finding(1, 'error')], { ...ctx, category: 'amlguard-infra' })).runs[0];
    expect(run.automationDetails).toEqual({ id: 'amlguard-infra/' });
    expect(automationId('mono/app1/')).toBe('mono/app1/');
    expect(automationId('mono/app1')).toBe('mono/app1/');
    expect(JSON.parse(sarifReport([], ctx)).runs[0].automationDetails).toBeUndefined();
  });
});

describe('the job summary and annotations within GitHub limits', () => {
  const many = Array.from({ length: 25_003 }, (_, i) => finding(i, i < 12 ? 'error' : 'note'));

  it('says when the SARIF file left results out', () => {
    expect(summaryMarkdown(many, ctx)).toContain(
      'The SARIF file keeps the 25,000 most severe of 25,003 results (code scanning\'s limit per run): 3 were left out; `amlguard --format json` lists them all.',
    );
    expect(summaryMarkdown(many.slice(0, 100), ctx)).not.toContain('most severe');
  });

  it('keeps one of the 10 error slots for the failure line when the run fails', () => {
    const errors = many.slice(0, 12);
    const count = (text: string) => text.split('\n').filter((l) => l.startsWith('::error')).length;
    expect(planAnnotations(errors, { failing: true }).omitted.errors).toBe(3);
    expect(count(githubReport(errors, { ...ctx, failOn: 'error' }))).toBe(9);
    expect(count(githubReport(errors, { ...ctx, failOn: 'never' }))).toBe(10);
    expect(count(githubReport(errors.slice(0, 5), { ...ctx, failOn: 'error' }))).toBe(5);
  });

  it('registers the CI formats', () => {
    expect(REPORTERS.map((r) => r.id)).toEqual(expect.arrayContaining(['azure-pipelines', 'junit', 'gitlab']));
  });
});
