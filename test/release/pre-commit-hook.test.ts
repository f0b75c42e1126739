import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { candidatesFor, FORMATS } from '../../src/formats/registry.js';

const ROOT = new URL('../..', import.meta.url).pathname;

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
  pass_filenames?: boolean;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(`${ROOT}.pre-commit-hooks.yaml`, 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'amlguard')!;
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

  it('runs the package bin with node, in one process (the model is cross-file)', () => {
    expect(hook).toMatchObject({ language: 'node', require_serial: true });
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(hook.pass_filenames).not.toBe(false);
  });

  it('passes exactly the files amlguard reads: YAML, JSON, Bicep, Terraform and scripts', () => {
    const files = new RegExp(hook.files);
    const names = [
      'ml/compute.yml', 'ci/azure-pipelines.yaml', 'infra/main.json', 'infra/main.parameters.jsonc', 'infra/main.tf.json',
      'infra/main.bicep', 'infra/main.bicepparam', 'tf/main.tf', 'tf/prod.tfvars', 'scripts/setup.sh', 'scripts/x.bash', 'scripts/setup.ps1',
      'README.md', 'src/train.py', 'Dockerfile', 'infra/main.tf.bak', 'notes.yml.txt', 'conda.lock',
    ];
    for (const name of names) expect(files.test(name), name).toBe(candidatesFor(name).length > 0);
    // Every extension of the formats registry is passed to the hook.
    for (const ext of FORMATS.flatMap((f) => f.extensions)) expect(files.test(`dir/file${ext}`), ext).toBe(true);
    expect(names.filter((n) => files.test(n))).toHaveLength(12);
  });
});
