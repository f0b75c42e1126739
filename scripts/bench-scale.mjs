// Scale check: lints a synthetic repository of N files (AML YAML, Bicep, Terraform mixed) and
// reports time per 1,000 files and the peak resident memory of the process.
// Usage: npm run compile && node scripts/bench-scale.mjs [N=100000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../lib/src/engine/lint.js';
import { builtinRules } from '../lib/rules/index.js';

const n = Number(process.argv[2] ?? 100000);
const root = mkdtempSync(join(tmpdir(), 'amlguard-scale-'));
const templates = [
  (i) => [`jobs/job-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\ncommand: python train.py\ncompute: azureml:cpu\nidentity:\n  type: user_identity\ninputs:\n  data:\n    type: uri_folder\n    path: azureml://datastores/ds${i % 50}/paths/x/\n`],
  (i) => [`data/ds-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\nname: ds${i}\ntype: azure_blob\naccount_name: st${i}\ncontainer_name: c\ncredentials:\n  sas_token: \${{ secrets.SAS }}\n`],
  (i) => [`compute/c-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: c${i}\ntype: amlcompute\nidentity:\n  type: system_assigned\n`],
  (i) => [`infra/acr-${i}.bicep`, `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'acr${i}'\n  location: 'westeurope'\n  sku: { name: 'Basic' }\n  properties: { adminUserEnabled: ${i % 2 === 0} }\n}\n`],
  (i) => [`tf/m${i % 1000}/acr-${i}.tf`, `resource "azurerm_container_registry" "r${i}" {\n  name          = "acr${i}"\n  sku           = "Basic"\n  admin_enabled = false\n}\n`],
];
for (let i = 0; i < n; i++) {
  const [rel, text] = templates[i % templates.length](i);
  const abs = join(root, `part${Math.floor(i / 5000)}`, rel);
  mkdirSync(join(abs, '..'), { recursive: true });
  writeFileSync(abs, text);
}
const t = performance.now();
const result = lint({ root, rules: builtinRules });
const ms = performance.now() - t;
console.log(`files: ${result.fileCount}, findings: ${result.findings.length}`);
console.log(`time: ${(ms / 1000).toFixed(1)} s (${(ms / (result.fileCount / 1000)).toFixed(0)} ms per 1,000 files)`);
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(root, { recursive: true, force: true });
