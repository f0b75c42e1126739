// Scale check: the CLI bundle (dist/cli/index.js, rebuilt first) as one whole process (`amlguard --format sarif --output …`) on synthetic
// repositories of N files (AML YAML, Bicep, Terraform mixed): wall time, time per 1,000 files
// (linear time means the figure stays flat as N grows) and the process's peak resident memory.
// Usage: npm run bench:scale [-- 25000,100000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const templates = [
  (i) => [`jobs/job-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\ncommand: python train.py\ncompute: azureml:cpu\nidentity:\n  type: user_identity\ninputs:\n  data:\n    type: uri_folder\n    path: azureml://datastores/ds${i % 50}/paths/x/\n`],
  (i) => [`data/ds-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\nname: ds${i}\ntype: azure_blob\naccount_name: st${i}\ncontainer_name: c\ncredentials:\n  sas_token: \${{ secrets.SAS }}\n`],
  (i) => [`compute/c-${i}.yml`, `$schema: https://azuremlschemas.azureedge.net/latest/amlCompute.schema.json\nname: c${i}\ntype: amlcompute\nidentity:\n  type: system_assigned\n`],
  (i) => [`infra/acr-${i}.bicep`, `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  name: 'acr${i}'\n  location: 'westeurope'\n  sku: { name: 'Basic' }\n  properties: { adminUserEnabled: ${i % 2 === 0} }\n}\n`],
  (i) => [`tf/m${i % 1000}/acr-${i}.tf`, `resource "azurerm_container_registry" "r${i}" {\n  name          = "acr${i}"\n  sku           = "Basic"\n  admin_enabled = false\n}\n`],
];

/** The shipped CLI bundle in this process (read workers only if AMLGUARD_THREADS asks), then the process's peak RSS and CPU as JSON on stderr's last line. */
async function child(args) {
  const cli = new URL('../dist/cli/index.js', import.meta.url).pathname;
  process.argv = [process.argv[0], cli, ...args];
  process.on('exit', (code) => {
    const cpu = process.cpuUsage();
    process.stderr.write('\n' + JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, rssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
  });
  await import(cli);
}

function main() {
  const sizes = (process.argv[2] ?? '25000,100000').split(',').map(Number);
  console.log('| Files | Wall | ms per 1,000 files | CPU | Peak RSS (whole process) |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'amlguard-scale-'));
    try {
      for (let i = 0; i < n; i++) {
        const [rel, text] = templates[i % templates.length](i);
        const abs = join(root, `part${Math.floor(i / 5000)}`, rel);
        mkdirSync(join(abs, '..'), { recursive: true });
        writeFileSync(abs, text);
      }
      const out = join(root, '..', `${root.split('/').pop()}.sarif`);
      const t = performance.now();
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', '--format', 'sarif', '--output', out, '--fail-on', 'never', root], { encoding: 'utf8', cwd: root });
      const ms = performance.now() - t;
      rmSync(out, { force: true });
      const m = JSON.parse(r.stderr.trim().split('\n').pop());
      if (m.code !== 0) throw new Error(r.stderr);
      console.log(`| ${n} | ${(ms / 1000).toFixed(1)} s | ${(ms / (n / 1000)).toFixed(0)} | ${(m.cpuMs / 1000).toFixed(1)} s | ${m.rssMB.toFixed(0)} MB |`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else main();
