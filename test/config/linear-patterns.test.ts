import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cliIn, tempRepo } from '../helpers/repo.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const dir = tempRepo(files);
  made.push(dir);
  return dir;
}

const rule = (pattern: string) => `id: name-shape
severity: warning
summary: Workspace names have the platform shape.
select: { kind: workspace }
assert:
  properties:
    name: { type: string, pattern: ${JSON.stringify(pattern)} }
message: "Workspace '{{name}}' does not have the platform shape."
`;
const ws = (name: string) => `$schema: https://azuremlschemas.azureedge.net/latest/workspace.schema.json\nname: ${name}\nlocation: westeurope\n`;

describe('patterns in declarative rules run on a linear-time engine', () => {
  it('"^(a+)+$" against a long non-matching name answers (a backtracking engine would not)', async () => {
    const long = 'a'.repeat(5000) + 'b';
    const dir = repo({ 'policies/shape.yml': rule('^(a+)+$'), 'ws.yml': ws(long), 'ok/ws.yml': ws('aaaa') });
    const r = await cliIn(['.', '--rule-dir', 'policies', '--format', 'json', '--fail-on', 'never'], dir);
    const found = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'name-shape');
    expect(found.map((f: { loc: { file: string }; message: string }) => `${f.loc.file} ${f.message}`)).toEqual([`ws.yml Workspace '${'a'.repeat(119)}…' does not have the platform shape.`]);
  });

  it('a pattern that needs backtracking is rejected at load with a sentence', async () => {
    const dir = repo({ 'policies/shape.yml': rule('^(?=ml)\\w+$'), 'ws.yml': ws('mlw') });
    const r = await cliIn(['.', '--rule-dir', 'policies'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('assert is not a valid JSON schema: pattern "^(?=ml)\\\\w+$" is not supported: invalid or unsupported Perl syntax: `(?=` (patterns run on a linear-time engine without lookaround or back-references)');
  });
});
