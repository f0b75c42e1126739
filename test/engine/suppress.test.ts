import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/repo.js';
import { builtinRules } from '../../rules/index.js';
import { formatFinding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { sarifReport } from '../../src/reporters/sarif.js';

function run(files: Record<string, string>) {
  const { findings } = lint({ root: tempRepo(files), rules: builtinRules });
  return {
    active: findings.filter((f) => !f.suppression).map(formatFinding),
    suppressed: findings.filter((f) => f.suppression).map((f) => `${formatFinding(f)} -- ${f.suppression!.justification}`),
    findings,
  };
}

const K8S = (directive = '', same = '') =>
  `$schema: https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json\nname: e\ncompute: azureml:k\n${directive}auth_mode: aad_token${same}\n`;

/** One case per comment syntax and directive form; each format's file carries a finding on its 4th or 5th line. */
const FORMATS: Record<string, { file: string; text: (d: { next?: string; same?: string; file?: string }) => string; rule: string; comment?: '//' | '/*' }> = {
  yaml: { file: 'e.yml', rule: 'endpoint-aad-token-kubernetes', text: (d) => (d.file ? `${d.file}\n` : '') + K8S(d.next ? `${d.next}\n` : '', d.same ? ` ${d.same}` : '') },
  shell: {
    file: 'acr.sh',
    rule: 'acr-admin-user',
    text: (d) => `${d.file ? d.file + '\n' : ''}#!/usr/bin/env bash\n${d.next ? d.next + '\n' : ''}az acr update --name acrml --admin-enabled true${d.same ? ' ' + d.same : ''}\n`,
  },
  bicep: {
    file: 'acr.bicep',
    rule: 'acr-admin-user',
    comment: '//',
    text: (d) =>
      `${d.file ? d.file + '\n' : ''}resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'acrml'\n  properties: {\n${d.next ? '    ' + d.next + '\n' : ''}    adminUserEnabled: true${d.same ? ' ' + d.same : ''}\n  }\n}\n`,
  },
  arm: {
    file: 'azuredeploy.json',
    rule: 'acr-admin-user',
    comment: '/*',
    text: (d) =>
      `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n${d.file ? '  ' + d.file + '\n' : ''}  "resources": [\n    {\n      "type": "Microsoft.ContainerRegistry/registries",\n      "apiVersion": "2023-07-01",\n      "name": "acrml",\n      "properties": {\n${d.next ? '        ' + d.next + '\n' : ''}        "adminUserEnabled": true${d.same ? ' ' + d.same : ''}\n      }\n    }\n  ]\n}\n`,
  },
  terraform: {
    file: 'acr.tf',
    rule: 'acr-admin-user',
    text: (d) =>
      `${d.file ? d.file + '\n' : ''}resource "azurerm_container_registry" "acr" {\n  name = "acrml"\n${d.next ? '  ' + d.next + '\n' : ''}  admin_enabled = true${d.same ? ' ' + d.same : ''}\n}\n`,
  },
};

describe('inline suppressions', () => {
  for (const [format, f] of Object.entries(FORMATS)) {
    /** A directive in this format's comment syntax. */
    const c = (body: string) => (f.comment === '//' ? `// ${body}` : f.comment === '/*' ? `/* ${body} */` : `# ${body}`);
    describe(format, () => {
      it('disable-next-line with a reason keeps the finding, suppressed, for SARIF', () => {
        const r = run({ [f.file]: f.text({ next: c(`amlguard-disable-next-line ${f.rule} -- accepted until Q3 (PLAT-12)`) }) });
        expect(r.active).toEqual([]);
        expect(r.suppressed).toHaveLength(1);
        expect(r.suppressed[0]).toMatch(new RegExp(`\\[${f.rule}\\] -- accepted until Q3 \\(PLAT-12\\)$`));
        const sarif = JSON.parse(sarifReport(r.findings, { rules: builtinRules.map((x) => x.meta), version: 't', helpBase: 'h' }));
        expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'inSource', justification: 'accepted until Q3 (PLAT-12)' }]);
      });

      it('disable-line on the same line', () => {
        expect(run({ [f.file]: f.text({ same: c(`amlguard-disable-line ${f.rule}`) }) }).active).toEqual([]);
      });

      it('disable-file anywhere in the file', () => {
        expect(run({ [f.file]: f.text({ file: c(`amlguard-disable-file ${f.rule} -- legacy`) }) }).active).toEqual([]);
      });

      it('a directive for another rule does not suppress, and is reported as unused', () => {
        const r = run({ [f.file]: f.text({ next: c('amlguard-disable-next-line compute-identity-exclusive') }) });
        expect(r.active.some((l) => l.endsWith(`[${f.rule}]`))).toBe(true);
        expect(r.active.some((l) => l.includes('amlguard-disable-next-line compute-identity-exclusive suppresses nothing; remove it. [unused-suppression]'))).toBe(true);
      });
    });
  }

  it('names several rules separated by commas', () => {
    const r = run({ 'e.yml': K8S('# amlguard-disable-next-line aml-yaml-schema, endpoint-aad-token-kubernetes -- both known\n') });
    expect(r.active).toEqual([]);
  });
});
