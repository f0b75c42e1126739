import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { annotationCommand, annotationsText, escapeData, escapeProperty, githubReport, planAnnotations } from '../../src/reporters/annotations.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { jsonReport } from '../../src/reporters/json.js';
import { sarifReport } from '../../src/reporters/sarif.js';
import { escapeHtml, summaryMarkdown } from '../../src/reporters/summary.js';
import { textReport } from '../../src/reporters/text.js';
import { reportCtx, sampleFinding } from '../helpers/report.js';

const ctx = reportCtx;
const finding = sampleFinding;


describe('text', () => {
  it('prints the canonical line, a caret under the range and a count', () => {
    const out = textReport([finding()], { ...ctx, readSource: () => 'a\n'.repeat(6) + 'identity:\n  type: system_assigned,user_assigned\n' });
    expect(out.split('\n')).toEqual([
      "compute/c.yml:8:9: Compute cluster 'c' sets both. [compute-identity-exclusive]",
      '    type: system_assigned,user_assigned',
      '          ' + '^'.repeat(29) + ' error',
      '1 problem (1 error, 0 warnings, 0 notes).',
      '',
    ]);
  });

  it('never prints a secret finding\'s source line, and masks secret values in other snippets', () => {
    const src = 'credentials:\n  account_key: s3cr3tValue\n';
    const secret = finding({ ruleId: 'datastore-plaintext-secret', secret: true, loc: { file: 'd.yml', range: { start: { line: 2, column: 16 }, end: { line: 2, column: 27 } } } });
    const cached = finding({ ruleId: 'datastore-credential-based', severity: 'warning', loc: { file: 'd.yml', range: { start: { line: 2, column: 3 }, end: { line: 2, column: 14 } } } });
    const out = textReport([secret, cached], { ...ctx, readSource: () => src });
    expect(out).not.toContain('s3cr3tValue');
    expect(out).toContain('  account_key: ***');
  });

  it('skips suppressed findings and says when nothing was found', () => {
    expect(textReport([finding({ suppression: { justification: 'ok' } })], { ...ctx, fileCount: 3 })).toBe('No problems found in 3 files.\n');
  });
});

describe('json', () => {
  it('keeps every field and counts by severity', () => {
    const parsed = JSON.parse(jsonReport([finding(), finding({ severity: 'note' })], ctx));
    expect(parsed.counts).toEqual({ errors: 1, warnings: 0, notes: 1 });
    expect(parsed.findings[0]).toEqual(finding());
  });
});

describe('sarif', () => {
  const log = JSON.parse(
    sarifReport(
      [
        finding({ related: [{ loc: { file: 'ws.yml', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } } }, message: 'identity block' }] }),
        finding({ ruleId: 'parse-error', severity: 'note', loc: { file: 'my dir/x.yml', range: { start: { line: 2, column: 1 }, end: { line: 2, column: 1 } } }, suppression: { justification: 'generated file' } }),
      ],
      { ...ctx, rootUri: 'file:///repo/' },
    ),
  );
  const run = log.runs[0];

  it('is SARIF 2.1.0 with every rule described', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'compute-identity-exclusive');
    expect(rule.name).toBe('ComputeIdentityExclusive');
    expect(rule.help.markdown).toContain('## Fix');
    expect(rule.helpUri).toBe('https://example.test/rules/compute-identity-exclusive/README.md');
    expect(rule.properties['security-severity']).toBe('4.0');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });

  it('points results at repo-relative URIs with regions, related locations and fingerprints', () => {
    const [first, second] = run.results;
    expect(first.ruleIndex).toBe(run.tool.driver.rules.findIndex((r: { id: string }) => r.id === 'compute-identity-exclusive'));
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'compute/c.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 8, startColumn: 9, endLine: 8, endColumn: 38 },
    });
    expect(first.relatedLocations[0].message.text).toBe('identity block');
    expect(first.partialFingerprints).toEqual({ 'amlguardFindingHash/v1': 'abc123' });
    expect(second.locations[0].physicalLocation.artifactLocation.uri).toBe('my%20dir/x.yml');
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 1 });
    expect(second.suppressions).toEqual([{ kind: 'inSource', justification: 'generated file' }]);
  });
});

describe('github annotations', () => {
  it('annotates at most 10 per level and points to the summary for the rest', () => {
    const many = Array.from({ length: 13 }, (_, i) => finding({ loc: { file: 'a.yml', range: { start: { line: i + 1, column: 1 }, end: { line: i + 2, column: 1 } } } }));
    const plan = planAnnotations([...many, finding({ severity: 'warning' })]);
    expect(plan.omitted).toEqual({ errors: 3, warnings: 0, notes: 0 });
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.annotations.at(-1)!.message).toContain('3 more findings not annotated');
    // A multi-line range gets no columns (GitHub accepts them on one line only).
    expect(plan.annotations[0].props).toEqual({ title: 'compute-identity-exclusive', file: 'a.yml', startLine: 1, endLine: 2 });
  });

  it('leaves room under the caps for the annotations the step prints itself', () => {
    const at = (i: number) => ({ loc: { file: 'a.yml', range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } } } });
    const errors = Array.from({ length: 12 }, (_, i) => finding(at(i)));
    const warnings = Array.from({ length: 12 }, (_, i) => finding({ ...at(i), severity: 'warning' }));
    const plan = planAnnotations([...errors, ...warnings], { failing: true, reserved: { error: 1, warning: 1 } });
    // 10 errors: 8 findings, the failure line and the reserved one; 10 warnings: 9 findings and the reserved one.
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(8);
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(9);
    expect(plan.omitted).toEqual({ errors: 4, warnings: 3, notes: 0 });
    expect(githubReport(errors, { ...ctx, failOn: 'error', reservedAnnotations: { error: 1 } }).split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(8);
    // Reserving more than the cap annotates none of that level, never a negative count.
    expect(planAnnotations(errors, { failing: true, reserved: { error: 12 } }).omitted.errors).toBe(12);
  });

  it('writes escaped workflow commands, one per line, without touching stdout', () => {
    const text = annotationsText(planAnnotations([finding({ message: 'a, b: 100%\nnext' })]));
    expect(text).toBe('::error title=compute-identity-exclusive,file=compute/c.yml,line=8,endLine=8,col=9,endColumn=38::a, b: 100%25%0Anext\n');
    expect(githubReport([finding({ message: 'a, b: 100%\nnext' })])).toBe(text);
  });

  it('escapes message data and property values as the runner parses them', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b%\n')).toBe('dir%3Aa%2Cb%25%0A');
    // A property value cannot end the property list or the command early.
    expect(annotationCommand({ level: 'note', message: '::x', props: { title: 'r', file: 'a,b:c.yml', startLine: 3 } })).toBe('::notice title=r,file=a%2Cb%3Ac.yml,line=3::::x');
    expect(annotationCommand({ level: 'warning', message: 'm', props: {} })).toBe('::warning::m');
  });
});

describe('reporter registry', () => {
  it('has unique ids and pure renderers that return text', () => {
    expect(new Set(REPORTERS.map((r) => r.id)).size).toBe(REPORTERS.length);
    for (const r of REPORTERS) {
      const out = r.render([finding({})], ctx);
      expect(typeof out, r.id).toBe('string');
      expect(out.length, r.id).toBeGreaterThan(0);
      expect(r.render([finding({})], ctx), `${r.id} is deterministic`).toBe(out);
    }
  });
});

describe('job summary', () => {
  it('counts, tabulates by rule and file, links to lines, and escapes', () => {
    const md = summaryMarkdown([finding({ message: 'bad <script>|x' })], { ...ctx, blobBase: 'https://github.com/o/r/blob/sha' });
    expect(md).toContain('**1** errors · **0** warnings · **0** notes');
    expect(md).toContain('| [compute-identity-exclusive](https://example.test/rules/compute-identity-exclusive/README.md) | 1 | 0 | 0 |');
    expect(md).toContain('[compute/c.yml](https://github.com/o/r/blob/sha/compute/c.yml#L8)');
    expect(md).toContain('bad &lt;script&gt;&#124;x');
    expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });
});
