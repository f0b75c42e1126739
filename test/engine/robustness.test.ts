import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/repo.js';
import { builtinRules } from '../../rules/index.js';
import { formatFinding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { defineRule } from '../../src/rule/contract.js';

const K8S = '$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: e\ncompute: azureml:k\nauth_mode: aad_token\n';

describe('bad input never stops the run', () => {
  it('reports binary, non-UTF-8, huge and malformed files and still checks the rest', () => {
    const root = tempRepo({
      'binary.yml': Buffer.from([0x00, 0x01, 0x02, 0xff]),
      'latin1.yaml': Buffer.from('name: caf\xe9\n', 'latin1'),
      'bad.yml': '$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: [x\n',
      'deep.yml': '['.repeat(5000) + ']'.repeat(5000) + '\n',
      'bomb.yml': 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      'ok/endpoint.yml': K8S,
    });
    const { findings } = lint({ root, rules: builtinRules });
    const lines = findings.map((f) => `${f.severity} ${formatFinding(f)}`);
    expect(lines).toContain('error bad.yml:3:1: Cannot parse this file: Flow sequence in block collection must be sufficiently indented and end with a ] [parse-error]');
    expect(lines).toContain('note binary.yml:1:1: File skipped: it is not UTF-8 text. [parse-error]');
    expect(lines).toContain('note latin1.yaml:1:1: File skipped: it is not UTF-8 text. [parse-error]');
    expect(lines).toContain("error ok/endpoint.yml:4:12: Kubernetes online endpoint 'e' uses auth_mode 'aad_token'; Entra ID tokens work only on managed online endpoints. Use 'key' or 'aml_token'. [endpoint-aad-token-kubernetes]");
    expect(lines.find((l) => l.startsWith('note deep.yml'))).toBe('note deep.yml:1:200: Cannot parse this file: too deep to read: nesting 5001 levels, limit 200 [parse-error]');
    expect(findings.filter((f) => f.loc.file === 'bomb.yml')).toEqual([]);
  });

  it('skips files over the size limit with a note', () => {
    const root = tempRepo({ 'huge.yml': 'a: 1\n'.repeat(300), 'e.yml': K8S });
    const lines = lint({ root, rules: builtinRules, maxFileSize: 1024 }).findings.map((f) => `${f.severity} ${formatFinding(f)}`);
    expect(lines[0]).toMatch(/^error e\.yml:4:12: .*\[endpoint-aad-token-kubernetes\]$/);
    expect(lines[1]).toBe('note huge.yml:1:1: File skipped: it is 1.5 KB, over the 1.0 KB limit. [parse-error]');
  });

  it('turns a throwing rule into one internal-error finding and runs the other rules', () => {
    const root = tempRepo({ 'e.yml': K8S });
    const boom = defineRule({
      meta: { ...builtinRules[0].meta, id: 'boom', messages: {} },
      create: () => ({
        onlineEndpoint() {
          throw new Error('kaboom');
        },
      }),
    });
    const { findings } = lint({ root, rules: [boom, ...builtinRules] });
    expect(findings.map(formatFinding)).toEqual([
      'e.yml:1:1: Rule boom failed on e.yml: kaboom [internal-error]',
      "e.yml:4:12: Kubernetes online endpoint 'e' uses auth_mode 'aad_token'; Entra ID tokens work only on managed online endpoints. Use 'key' or 'aml_token'. [endpoint-aad-token-kubernetes]",
    ]);
  });

  it('skips .git and node_modules, and applies severity overrides and off', () => {
    const root = tempRepo({ 'node_modules/x/e.yml': K8S, '.git/e.yml': K8S, 'src/e.yml': K8S });
    expect(lint({ root, rules: builtinRules }).findings.map((f) => f.loc.file)).toEqual(['src/e.yml']);
    expect(lint({ root, rules: builtinRules, ruleSettings: { 'endpoint-aad-token-kubernetes': 'note' } }).findings[0].severity).toBe('note');
    expect(lint({ root, rules: builtinRules, ruleSettings: { 'endpoint-aad-token-kubernetes': 'off' } }).findings).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('survive lines moving, and differ between distinct findings', () => {
    const a = tempRepo({ 'e.yml': K8S });
    const b = tempRepo({ 'e.yml': '# a comment added above\n\n' + K8S });
    const fa = lint({ root: a, rules: builtinRules }).findings;
    const fb = lint({ root: b, rules: builtinRules }).findings;
    expect(fb[0].loc.range.start.line).toBe(fa[0].loc.range.start.line + 2);
    expect(fb[0].fingerprint).toBe(fa[0].fingerprint);
    const two = tempRepo({ 'e.yml': K8S, 'f.yml': K8S });
    const [x, y] = lint({ root: two, rules: builtinRules }).findings;
    expect(x.fingerprint).not.toBe(y.fingerprint);
  });
});
