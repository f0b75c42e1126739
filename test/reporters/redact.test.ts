import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/engine/lint.js';
import { jsonReport } from '../../src/reporters/json.js';
import { maskSecretShapes, maskSecretValues, redactLine } from '../../src/model/redact.js';
import { sarifReport } from '../../src/reporters/sarif.js';
import { summaryMarkdown } from '../../src/reporters/summary.js';
import { textReport } from '../../src/reporters/text.js';
import type { ReportContext } from '../../src/reporters/types.js';
import { annotationsText, planAnnotations } from '../../src/reporters/annotations.js';
import { tempRepo } from '../helpers/repo.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(files: Record<string, string>) {
  const root = tempRepo(files);
  made.push(root);
  const result = lint({ root, rules: builtinRules });
  const ctx: ReportContext = {
    rules: result.rules,
    version: '0.1.0',
    helpBase: 'https://example.test/rules',
    blobBase: 'https://example.test/blob/sha',
    secrets: result.secrets,
    readSource: (f) => files[f],
  };
  const all = [textReport(result.findings, ctx), jsonReport(result.findings, ctx), sarifReport(result.findings, ctx), summaryMarkdown(result.findings, ctx), annotationsText(planAnnotations(result.findings))];
  return { result, text: all[0]!, all: all.join('\n') };
}

const fixture = (rel: string) => readFileSync(new URL(`../../rules/${rel}`, import.meta.url), 'utf8');

describe('redaction by value and by shape', () => {
  it('a Terraform SAS literal is masked in the snippet of every finding on its line', () => {
    const tf = fixture('datastore-plaintext-secret/fixtures/invalid/sas-literal.tf');
    const { text, all } = run({ 'sas-literal.tf': tf });
    expect(text).toContain('    shared_access_signature = ***\n');
    expect(all).not.toContain('Qm3vT8kLp2Rz9WxYd4Hc7Fs1Gj6Ae0Uo5Ik3Nl8Mq2');
    expect(all).not.toContain('sig=');
  });

  it('a located secret is masked wherever it appears: messages, snippets, every format', () => {
    const key = '9fQ2kLm7Wz3xRt8vBn5cYp1dHs6gJa4eUo0iKq7lMw2nZr9tXv3bCy5uPd8fGh1jAs6kLe4oIq0wEr7tYu2iOp==';
    // The same key used as the datastore name: the message quotes the name.
    const yml = `$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\nname: '${key}'\ntype: azure_blob\naccount_name: st\ncontainer_name: raw\ncredentials:\n  account_key: ${key}\n`;
    const { result, all } = run({ 'ds.yml': yml });
    expect(result.secrets).toEqual([key]);
    expect(result.findings.map((f) => f.message)).toContain("credentials.account_key in datastore '***' holds a literal secret (value redacted); remove it from the repository, rotate it, and pass it at deploy time or use identity-based access.");
    expect(all).not.toContain(key.slice(0, 20));
  });

  it('broken YAML and ARM lines holding a key are masked in parse-error snippets', () => {
    const { text } = run({
      'ds.yml': '$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\ncredentials:\n  account_key: s3cr3tV4lue: x\n',
      'azuredeploy.json': '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n "x": {"accountKey": "s3cr3tV4lue" "y": 1}}\n',
    });
    expect(text).not.toContain('s3cr3tV4lue');
    expect(text).toContain('   "x": {"accountKey": ***');
    expect(text).toContain('    account_key: ***');
  });

  it('masks secret shapes in any line: connection strings, SAS parts, client secrets, long tokens', () => {
    expect(redactLine('conn = "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi==;EndpointSuffix=core.windows.net"')).toBe(
      'conn = "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=***;EndpointSuffix=core.windows.net"',
    );
    expect(redactLine('url: https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=AbCd%2Bef')).toBe('url: https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=***');
    expect(redactLine('Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=abcDEF123=')).toBe('Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=***');
    expect(redactLine('  "clientSecret": "x8Q~abcdef"')).toBe('  "clientSecret": ***');
    expect(redactLine('az ml datastore create --account-key XYZ --name n')).toBe('az ml datastore create --account-key ***');
    expect(redactLine('  note: ghp_R4nd0mT0k3nV4lu3xyzABCDEF0123456789 here')).toBe('  note: *** here');
    // Not secrets: GUIDs, resource paths, words.
    const id = 'scope: /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw01';
    expect(redactLine(id)).toBe(id);
    expect(redactLine('  role: b24988ac-6180-42a0-ab88-20f7382dd24c')).toBe('  role: b24988ac-6180-42a0-ab88-20f7382dd24c');
    expect(maskSecretShapes("datastore 'raw' in workspace 'mlw'")).toBe("datastore 'raw' in workspace 'mlw'");
    expect(maskSecretValues('a hunter22 b hunter22', ['hunter22', 'abc'])).toBe('a *** b ***');
  });

  it('is linear on long adversarial lines (the old pattern was quadratic on dashes)', () => {
    const dashes = '-'.repeat(400_000);
    expect(redactLine(dashes)).toBe(dashes);
    expect(redactLine('key'.repeat(100_000))).toBe('key'.repeat(100_000));
    expect(redactLine('a1B'.repeat(100_000))).toBe('***');
    expect(redactLine('sig='.repeat(100_000))).toBe('sig=***');
    expect(redactLine(` ${'-'.repeat(200_000)}x: 1`)).toBe(` ${'-'.repeat(200_000)}x: 1`);
  });
});
