import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatFinding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { cutValue, interpolate } from '../../src/rule/contract.js';
import { safeYamlMessage } from '../../src/parsers/yaml.js';
import { tempRepo } from '../helpers/repo.js';

const made: string[] = [];
function repo(files: Record<string, string>): string {
  const dir = tempRepo(files);
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const lines = (root: string) => lint({ root, rules: builtinRules }).findings.map((f) => `${f.severity} ${formatFinding(f)}`);

const ACR_TF = 'resource "azurerm_container_registry" "acr" {\n  name          = "crmlprod"\n  admin_enabled = true\n}\n';

describe('nesting budgets', () => {
  it('two YAML files nested 6,000 levels deep are two located notes, not a process abort', () => {
    const deep = '- '.repeat(6000) + 'x';
    const root = repo({ 'a.yml': deep, 'b.yml': deep });
    expect(lines(root)).toEqual([
      'note a.yml:1:401: Cannot parse this file: too deep to read: nesting 6001 levels, limit 200 [parse-error]',
      'note b.yml:1:401: Cannot parse this file: too deep to read: nesting 6001 levels, limit 200 [parse-error]',
    ]);
  });

  it('YAML deep in flow brackets and mappings is measured the same way', () => {
    const root = repo({
      'flow.yml': 'a: ' + '{b: '.repeat(300) + '1' + '}'.repeat(300) + '\n',
      'map.yml': Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + `k${i}:`).join('\n') + '\n',
    });
    expect(lines(root)).toEqual([
      'note flow.yml:1:800: Cannot parse this file: too deep to read: nesting 301 levels, limit 200 [parse-error]',
      'note map.yml:201:401: Cannot parse this file: too deep to read: nesting 300 levels, limit 200 [parse-error]',
    ]);
  });

  it('10,000 nested Terraform blocks give a clear message and the resources before them are still read', () => {
    const nested = 'resource "azurerm_resource_group" "rg" {\n' + '  x {\n'.repeat(10_000) + '  }\n'.repeat(10_000) + '}\n';
    const root = repo({ 'main.tf': ACR_TF + nested });
    const out = lines(root);
    expect(out).toContain('error main.tf:205:5: Cannot parse this file: too deep to read: nesting 10001 levels, limit 200 [parse-error]');
    expect(out).toContain("error main.tf:3:19: Container registry 'crmlprod' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]");
    expect(out.join('\n')).not.toMatch(/RangeError|Internal parser error/);
  });

  it('deep Bicep and ARM expressions are located problems with the depth and the limit', () => {
    const root = repo({
      'main.bicep': `var v = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`,
      'azuredeploy.json': `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "x": ${'['.repeat(3000)}${']'.repeat(3000)}}`,
    });
    expect(lines(root)).toEqual([
      'error azuredeploy.json:1:300: Cannot parse this file: too deep to read: nesting 3001 levels, limit 200 [parse-error]',
      'error main.bicep:1:209: Cannot parse this file: too deep to read: nesting 5000 levels, limit 200 [parse-error]',
    ]);
  });
});

describe('parse-error messages never quote the offending token', () => {
  const TOKEN = 'ghp_R4nd0mT0k3nV4lu3xyzABCDEF0123456789';

  it('Bicep: a mistyped key value or a stray token after a string', () => {
    const root = repo({ 'a.bicep': `var o = {\n  key: 9${TOKEN}\n}\n`, 'b.bicep': `var k = 'abc' ${TOKEN}\n` });
    const out = lines(root);
    expect(out).toEqual([
      "error a.bicep:2:9: Cannot parse this file: Expected a new line or ',' after the property, found a name [parse-error]",
      'error b.bicep:1:15: Cannot parse this file: Expected a new line after the var statement, found a name [parse-error]',
    ]);
  });

  it('Terraform: an unquoted secret after a number, or where a block label belongs', () => {
    const root = repo({ 'a/main.tf': `locals {\n  key = 9${TOKEN}\n}\n`, 'b/main.tf': `variable "v" {\n  default = [1 ${TOKEN}]\n}\n` });
    expect(lines(root)).toEqual([
      'error a/main.tf:2:10: Cannot parse this file: Expected a newline after attribute, found a name [parse-error]',
      'error b/main.tf:2:16: Cannot parse this file: Expected "," or "]" in tuple, found a name [parse-error]',
    ]);
  });

  it('YAML: messages keep the sentence, not the source', () => {
    const root = repo({ 'c.yml': `$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\nname: "a\\q${TOKEN}"\nx: !<!${TOKEN}> 1\n` });
    const out = lines(root).join('\n');
    expect(out).toContain('error c.yml:2:9: Cannot parse this file: Invalid escape sequence in a double-quoted string [parse-error]');
    expect(out).not.toContain(TOKEN.slice(4));
    // Messages of the yaml package that embed source text.
    expect(safeYamlMessage(`Block scalar header includes extra characters: ${TOKEN}`, 'UNEXPECTED_TOKEN')).toBe('Block scalar header includes extra characters');
    expect(safeYamlMessage(`Unexpected ${TOKEN} in flow map`, 'UNEXPECTED_TOKEN')).toBe('Unexpected token in flow map');
    expect(safeYamlMessage('Unexpected , in flow map', 'UNEXPECTED_TOKEN')).toBe('Unexpected , in flow map');
    expect(safeYamlMessage(`Unresolved tag: !${TOKEN}`, 'TAG_RESOLVE_FAILED')).toBe('Unresolved tag');
    expect(safeYamlMessage(`Nested mappings are not allowed in compact mappings at line 1, column 4:\n\n${TOKEN}\n^\n`, 'BAD_INDENT')).toBe('Nested mappings are not allowed in compact mappings');
  });
});

describe('values in messages', () => {
  it('are cut to a readable length', () => {
    expect(interpolate("Endpoint '{{name}}'", { name: 'n'.repeat(5_000_000) })).toBe(`Endpoint '${'n'.repeat(119)}…'`);
    expect(cutValue('abc')).toBe('abc');
    // Never split a surrogate pair.
    expect(cutValue('a'.repeat(118) + '😀xyz')).toBe('a'.repeat(118) + '…');
  });

  it('a 1 MB endpoint name reaches the finding cut, not whole', () => {
    const name = 'e'.repeat(1_000_000);
    const root = repo({ 'ep.yml': `$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: ${name}\ncompute: azureml:k\nauth_mode: aad_token\n` });
    const f = lint({ root, rules: builtinRules }).findings.find((x) => x.ruleId === 'endpoint-aad-token-kubernetes')!;
    expect(f.message).toBe(`Kubernetes online endpoint '${'e'.repeat(119)}…' uses auth_mode 'aad_token'; Entra ID tokens work only on managed online endpoints. Use 'key' or 'aml_token'.`);
  });
});
