import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { planFixes } from '../../src/engine/fixes/plan.js';
import { lint } from '../../src/engine/lint.js';
import { SourceFile } from '../../src/model/located.js';
import { roleAssignmentFix } from '../../src/rule/role-fix/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Fix } from '../../src/rule/contract.js';
import { sarifReport } from '../../src/reporters/sarif.js';
import { summaryMarkdown } from '../../src/reporters/summary.js';
import { textReport } from '../../src/reporters/text.js';
import type { ReportContext } from '../../src/reporters/types.js';
import { cliIn, tempRepo } from '../helpers/repo.js';

const at = (line: number, column: number, endLine = line, endColumn = column) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });
const edit = (file: string, range: ReturnType<typeof at>, replacement: string) => ({ file, range, replacement });

function finding(fix: Fix, over: Partial<Finding> = {}): Finding {
  return { ruleId: 'acr-admin-user', severity: 'error', message: 'm', loc: { file: 'a.tf', range: at(1, 1) }, related: [], fingerprint: 'f', fix, ...over };
}

describe('planFixes', () => {
  const text = 'one = true\ntwo = true\n';
  const read = (f: string) => (f === 'a.tf' ? text : undefined);

  it('applies replacements and insertions, insertions at one point in finding order', () => {
    const plan = planFixes(
      [
        finding({ description: 'x', edits: [edit('a.tf', at(1, 7, 1, 11), 'false')] }),
        finding({ description: 'y', edits: [edit('a.tf', at(3, 1), 'A\n')] }),
        finding({ description: 'z', edits: [edit('a.tf', at(3, 1), 'B\n')] }),
      ],
      read,
    );
    expect(plan.changes).toEqual([{ file: 'a.tf', before: text, after: 'one = false\ntwo = true\nA\nB\n' }]);
    expect(plan.applied.map((f) => f.description)).toEqual(['x', 'y', 'z']);
  });

  it('takes an identical edit once, and skips a whole fix when one of its edits overlaps', () => {
    const same = edit('a.tf', at(3, 1), 'A\n');
    const plan = planFixes(
      [
        finding({ description: 'first', edits: [edit('a.tf', at(1, 7, 1, 11), 'false'), same] }),
        finding({ description: 'twin', edits: [same] }),
        finding({ description: 'clash', edits: [edit('a.tf', at(1, 1, 1, 4), 'uno'), edit('a.tf', at(1, 9, 1, 10), 'X')] }),
      ],
      read,
    );
    expect(plan.changes[0].after).toBe('one = false\ntwo = true\nA\n');
    expect(plan.applied.map((f) => f.description)).toEqual(['first', 'twin']);
    expect(plan.skipped.map((f) => f.description)).toEqual(['clash']);
  });

  it('leaves suppressed findings, description-only fixes and unreadable files alone', () => {
    const plan = planFixes(
      [
        finding({ description: 's', edits: [edit('a.tf', at(1, 7, 1, 11), 'false')] }, { suppression: { justification: 'ok' } }),
        finding({ description: 'run az …', edits: [] }),
        finding({ description: 'gone', edits: [edit('b.tf', at(1, 1), 'x')] }),
      ],
      read,
    );
    expect(plan.changes).toEqual([]);
    expect(plan.skipped.map((f) => f.description)).toEqual(['gone']);
  });
});

const ctx: ReportContext = { rules: builtinRules.map((r) => r.meta), version: '0.1.0', helpBase: 'https://example.test/rules' };

describe('fixes in the reports', () => {
  const fix: Fix = { description: "Disable the admin user: set adminUserEnabled to false.", edits: [edit('a.tf', at(1, 7, 1, 11), 'false'), edit('a.tf', at(3, 1), 'B\n')] };
  const readSource = () => 'one = true\ntwo = true\n';

  it('SARIF carries artifactChanges with replacements (an empty region inserts)', () => {
    const result = JSON.parse(sarifReport([finding(fix)], ctx)).runs[0].results[0];
    expect(result.fixes).toEqual([
      {
        description: { text: fix.description },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.tf', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { startLine: 1, startColumn: 7, endLine: 1, endColumn: 11 }, insertedContent: { text: 'false' } },
              { deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 }, insertedContent: { text: 'B\n' } },
            ],
          },
        ],
      },
    ]);
    expect(JSON.parse(sarifReport([finding({ description: 'run az …', edits: [] })], ctx)).runs[0].results[0].fixes).toBeUndefined();
  });

  it('text says "fix available", and what to run for a fix without edits', () => {
    const out = textReport([finding(fix), finding({ description: 'run: az role assignment create …', edits: [] }, { loc: { file: 'a.tf', range: at(2, 1) } })], { ...ctx, readSource });
    expect(out.split('\n')).toEqual([
      'a.tf:1:1: m [acr-admin-user]',
      '  one = true',
      '  ^ error (fix available)',
      'a.tf:2:1: m [acr-admin-user]',
      '  to fix: run: az role assignment create …',
      '  two = true',
      '  ^ error',
      '2 problems (2 errors, 0 warnings, 0 notes).',
      '1 of them has a fix: run with --fix-dry-run to see it, --fix to apply.',
      '',
    ]);
  });

  it('the job summary folds each fix as a diff in <details>', () => {
    const md = summaryMarkdown([finding(fix)], { ...ctx, readSource });
    const section = md.slice(md.indexOf('### Fixes'));
    expect(section).toBe(
      [
        '### Fixes',
        '',
        '1 finding has a fix: run `amlguard --fix` to apply it.',
        '',
        '<details>',
        '<summary>a.tf:1 acr-admin-user: Disable the admin user: set adminUserEnabled to false.</summary>',
        '',
        '```diff',
        '--- a/a.tf',
        '+++ b/a.tf',
        '@@ -1,2 +1,3 @@',
        '-one = true',
        '+one = false',
        ' two = true',
        '+B',
        '```',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('amlguard --fix and --fix-dry-run', () => {
  const files = { 'main.tf': 'resource "azurerm_container_registry" "acr" {\n  name          = "crml"\n  admin_enabled = true\n}\n' };

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = tempRepo(files);
    const r = await cliIn(['--fix-dry-run'], dir);
    expect(r.stdout).toBe('--- a/main.tf\n+++ b/main.tf\n@@ -1,4 +1,4 @@\n resource "azurerm_container_registry" "acr" {\n   name          = "crml"\n-  admin_enabled = true\n+  admin_enabled = false\n }\n');
    expect(r.stderr).toContain('1 fix would change 1 file');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(files['main.tf']);
  });

  it('--fix edits in place, reports what is left, and a second run changes nothing', async () => {
    const dir = tempRepo(files);
    const r = await cliIn(['--fix'], dir);
    expect(r.stderr).toBe('amlguard: applied 1 fix in 1 file: main.tf.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems found');
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(files['main.tf'].replace('= true', '= false'));
    const again = await cliIn(['--fix'], dir);
    expect(again.stderr).toBe('amlguard: applied 0 fixes in 0 files.\n');
  });

  it('refuses both flags at once', async () => {
    const dir = tempRepo(files);
    writeFileSync(join(dir, 'x.txt'), '');
    expect((await cliIn(['--fix', '--fix-dry-run'], dir)).code).toBe(2);
  });
});

describe('examples/ fixed', () => {
  it('amlguard --fix on a copy of examples/ leaves none of the fixed findings, and adds none', async () => {
    const root = new URL('../..', import.meta.url).pathname;
    const dir = tempRepo({});
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    const key = (f: Finding) => `${f.ruleId} ${f.loc.file}: ${f.message}`;
    const before = lint({ root: dir, paths: ['examples'], rules: builtinRules }).findings;
    const fixable = before.filter((f) => !f.suppression && f.fix && f.fix.edits.length).map(key);
    expect(fixable.length).toBeGreaterThanOrEqual(6);
    const r = await cliIn(['examples', '--fix'], dir);
    expect(r.stderr).toMatch(/^amlguard: applied \d+ fixes in 4 files: examples\/infra\/main.bicep, examples\/ml\/endpoints\/k8s-endpoint.yml, examples\/ml\/workspace\/research-workspace.yml, examples\/scripts\/sandbox.sh\.\n$/);
    const after = new Set(lint({ root: dir, paths: ['examples'], rules: builtinRules }).findings.map(key));
    expect(fixable.filter((k) => after.has(k))).toEqual([]);
    const was = new Set(before.map(key));
    expect([...after].filter((k) => !was.has(k))).toEqual([]);
    expect((await cliIn(['examples', '--fix'], dir)).stderr).toBe('amlguard: applied 0 fixes in 0 files.\n');
  });
});

describe('role-assignment fixes', () => {
  it('follow the indentation of the Bicep file they land in', () => {
    const text = "resource uai 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n    name: 'uai-a'\n}\n\nresource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n    name: 'sta'\n}\n";
    const dir = tempRepo({ 'main.bicep': text });
    const { model } = lint({ root: dir, paths: ['.'], rules: builtinRules, only: ['none'] });
    const uai = model.resources.find((r) => r.kind === 'userAssignedIdentity')!;
    const st = model.resources.find((r) => r.kind === 'storageAccount')!;
    const fix = roleAssignmentFix({ source: () => new SourceFile('main.bicep', text) }, { principal: { resource: uai, system: false }, scope: st, roleName: 'Storage Blob Data Reader' })!;
    expect(fix.edits[0].replacement).toBe(
      [
        '',
        "resource uaiStorageBlobDataReaderOnSt 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
        "    name: guid(st.id, uai.id, '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')",
        '    scope: st',
        '    properties: {',
        "        roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1') // Storage Blob Data Reader",
        '        principalId: uai.properties.principalId',
        "        principalType: 'ServicePrincipal'",
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('say what to run when the identity and the scope are not in one file the fix can edit', () => {
    const { findings } = lint({ root: new URL('../..', import.meta.url).pathname, paths: ['examples'], rules: builtinRules, only: ['endpoint-uai-roles'], workspaces: [{ paths: ['examples/ml/**'], name: 'mlw-fraud-prod' }] });
    const metrics = findings.find((f) => f.message.includes('Metrics Writer'))!;
    expect(metrics.fix).toEqual({
      description:
        "Assign AzureML Metrics Writer (preview) to identity 'uai-fraud-endpoint' on workspace 'mlw-fraud-prod': the identity and the workspace are not declared in one file this fix can edit, so run: " +
        `az role assignment create --assignee-object-id "$(az resource show --ids "$(az resource list --name 'uai-fraud-endpoint' --resource-type 'Microsoft.ManagedIdentity/userAssignedIdentities' --query '[0].id' -o tsv)" --query properties.principalId -o tsv)" --assignee-principal-type ServicePrincipal --role 635dd51f-9968-44d3-b7fb-6d9a6bd613ae --scope "$(az resource list --name 'mlw-fraud-prod' --resource-type 'Microsoft.MachineLearningServices/workspaces' --query '[0].id' -o tsv)"`,
      edits: [],
    });
  });
});
