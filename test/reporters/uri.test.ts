import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/finding.js';
import { sarifReport } from '../../src/reporters/sarif.js';
import { summaryMarkdown } from '../../src/reporters/summary.js';
import { encodePath } from '../../src/reporters/uri.js';

const ctx = { rules: builtinRules.map((r) => r.meta), version: '0.1.0', helpBase: 'https://example.test/rules', blobBase: 'https://example.test/blob/sha' };
const at = (file: string): Finding => ({
  ruleId: 'acr-admin-user',
  severity: 'error',
  message: 'm',
  loc: { file, range: { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } } },
  related: [],
  fingerprint: 'f',
});

describe('file URIs are percent-encoded per RFC 3986', () => {
  it('keeps #, ?, % and spaces inside the path', () => {
    expect(encodePath('infra/hash#frag.bicep')).toBe('infra/hash%23frag.bicep');
    expect(encodePath('a b/q?x=1%.tf')).toBe('a%20b/q%3Fx%3D1%25.tf');
    expect(encodePath('(x)/ñ.yml')).toBe('%28x%29/%C3%B1.yml');
  });

  it('in SARIF artifact locations and summary links', () => {
    const sarif = JSON.parse(sarifReport([at('infra/hash#frag.bicep')], ctx));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('infra/hash%23frag.bicep');
    expect(summaryMarkdown([at('infra/hash#frag.bicep')], ctx)).toContain('[infra/hash#frag.bicep](https://example.test/blob/sha/infra/hash%23frag.bicep#L3)');
  });
});
