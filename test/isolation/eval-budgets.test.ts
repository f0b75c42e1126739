// Issue 10, evaluator budgets and isolation: expression and module bombs end in one located
// finding on the file, its other findings stay, and the rest of the scan is unchanged.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatFinding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { formatFor } from '../../src/formats/registry.js';
import { cliIn, tempRepo } from '../helpers/repo.js';

const LIB = fileURLToPath(new URL('../../lib', import.meta.url));
/** The compiled engine, when `npm run compile` (or `gen`) has run; the plain-process test skips without it. */
const COMPILED_LINT = existsSync(join(LIB, 'src', 'engine', 'lint.js')) && existsSync(join(LIB, 'rules', 'index.js')) ? join(LIB, 'src', 'engine', 'lint.js') : undefined;
if (!COMPILED_LINT) console.warn('eval-budgets: lib/ is not compiled (run `npm run compile`): skipping the plain-process Terraform 400×400 test.');

const ACR_BICEP = `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crmlprod'
  location: 'westeurope'
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: true
  }
}
`;
const ACR_TF = `resource "azurerm_container_registry" "acr" {
  name                = "crmlprod"
  resource_group_name = "rg-ml"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = true
}
`;
const ACR_FINDING = (file: string, line: number, column: number) =>
  `${file}:${line}:${column}: Container registry 'crmlprod' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]`;

const run = (files: Record<string, string>, extra: object = {}) => lint({ root: tempRepo(files), rules: builtinRules, ...extra }).findings.map(formatFinding);

/** 26 lines of Bicep doubling an array 26 times, used by a resource. */
function concatBomb(): string {
  const lines = ["var a0 = ['x']"];
  for (let i = 1; i <= 26; i++) lines.push(`var a${i} = concat(a${i - 1}, a${i - 1})`);
  return lines.join('\n') + '\n';
}

describe('evaluation budgets', () => {
  it('a Bicep array doubled with concat 26 times is one located finding; the file keeps its other findings', () => {
    const bomb = `${concatBomb()}resource big 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st'\n  properties: {\n    list: a26\n  }\n}\n${ACR_BICEP}`;
    expect(run({ 'main.bicep': bomb, 'other.bicep': ACR_BICEP })).toEqual([
      'main.bicep:21:11: Partly evaluated: too large to evaluate: a computed array of 1048577 elements, limit 1000000, set by default (limits.valueSize); values past it are read as unknown. [parse-error]',
      ACR_FINDING('main.bicep', 41, 23),
      ACR_FINDING('other.bicep', 8, 23),
    ]);
  });

  it('an ARM string doubled 30 times is one located finding; the template keeps its other findings', () => {
    const vars: Record<string, string> = { v0: 'abcdefgh' };
    for (let i = 1; i <= 30; i++) vars[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`;
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      variables: vars,
      resources: [
        { type: 'Microsoft.ContainerRegistry/registries', apiVersion: '2023-07-01', name: 'crmlprod', location: 'westeurope', properties: { adminUserEnabled: true, big: "[variables('v30')]" } },
      ],
    };
    const lines = run({ 'azuredeploy.json': JSON.stringify(template, null, 2) });
    expect(lines).toEqual([
      'azuredeploy.json:22:12: Partly evaluated: too large to evaluate: a computed string of 1048576 characters, limit 1000000, set by default (limits.valueSize); values past it are read as unknown. [parse-error]',
      ACR_FINDING('azuredeploy.json', 44, 29),
    ]);
  });

  it('a chain of 10 Bicep files each calling the next 6 times stops at the module-instance limit', () => {
    // Distinct arguments on every call: calls with identical arguments would share one instance.
    // The root file's own registry is still reported: the limit cuts only what lies past it.
    const files: Record<string, string> = { 'm9.bicep': `param tag string = ''\n` };
    for (let k = 0; k < 9; k++) files[`m${k}.bicep`] = `param tag string = ''\n${k === 0 ? ACR_BICEP : ''}` + Array.from({ length: 6 }, (_, i) => `module c${i} './m${k + 1}.bicep' = {\n  name: 'c${i}'\n  params: {\n    tag: '\${tag}${i}'\n  }\n}\n`).join('');
    const lines = run(files);
    // Called modules are read only through their callers: the one located finding is on the root file.
    expect(lines.filter((l) => l.includes('[parse-error]'))).toEqual([
      'm0.bicep:1:1: Partly evaluated: too large to evaluate: more than 1000 module instances, limit 1000, set by default (limits.moduleInstances) (reached in m6.bicep:14); values past it are read as unknown. [parse-error]',
    ]);
    expect(lines.filter((l) => l.includes('[acr-admin-user]'))).toEqual([ACR_FINDING('m0.bicep', 9, 23)]);
  });

  // Node's default stack is what a CLI or Action process has; vitest's workers get a larger one, on
  // which `push(...160,000 items)` still fits. So the case runs in a plain `node` on the compiled
  // engine (lib/, built by `npm run gen` or `npm run compile` before the suite in CI).
  it.skipIf(!COMPILED_LINT)('a Terraform module called 400 times that declares 400 resources is read in a plain node process (no stack overflow)', () => {
    // Distinct arguments: calls with identical arguments share one instance.
    const calls = Array.from({ length: 400 }, (_, i) => `module "m${i}" {\n  source = "./mod"\n  suffix = "${i}"\n}\n`).join('');
    const decls = Array.from({ length: 400 }, (_, i) => `resource "azurerm_container_registry" "r${i}" {}\n`).join('');
    const root = tempRepo({ 'main.tf': calls + ACR_TF, 'mod/main.tf': decls });
    // Machines differ: the time limit must not decide what this test sees.
    const script = `
      const { lint } = await import(${JSON.stringify(pathToFileURL(COMPILED_LINT!).href)});
      const { builtinRules } = await import(${JSON.stringify(pathToFileURL(join(LIB, 'rules', 'index.js')).href)});
      const { formatFinding } = await import(${JSON.stringify(pathToFileURL(join(LIB, 'src', 'engine', 'finding.js')).href)});
      const result = lint({ root: process.argv[1], rules: builtinRules, limits: { secondsPerFile: 3600 } });
      process.stdout.write(JSON.stringify({ moduleResources: result.model.resources.filter((r) => r.file === 'mod/main.tf').length, findings: result.findings.map(formatFinding) }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, root], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ moduleResources: 400 * 400, findings: [ACR_FINDING('main.tf', 1606, 25)] });
  });

  it('limits come from the configuration and the message says so', async () => {
    const root = tempRepo({ '.amlguard.yml': 'limits:\n  evalSteps: 20\n', 'main.bicep': `${concatBomb()}resource big 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st'\n  properties: {\n    list: a26\n  }\n}\n` });
    const r = await cliIn(['--format', 'text', '--no-color', '.'], root);
    expect(r.stdout).toContain('too large to evaluate: more than 20 evaluation steps, limit 20, set by .amlguard.yml (limits.evalSteps); values past it are read as unknown.');
    const bad = await cliIn(['.'], tempRepo({ '.amlguard.yml': 'limits:\n  evalSteps: 0\n' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^amlguard: .*limits\.evalSteps.*\n$/);
  });
});

describe('isolation', () => {
  it('whatever a reader throws becomes one finding on that file; the other files are read', () => {
    const format = formatFor('a.bicep', '')!;
    const real = format.read;
    const spy = vi.spyOn(format, 'read').mockImplementation((src, ctx) => {
      if (src.path === 'boom.bicep') throw new RangeError('Maximum call stack size exceeded');
      if (src.path === 'bang.bicep') throw new TypeError("Cannot read properties of undefined (reading 'sig=SECRET')");
      return real(src, ctx);
    });
    try {
      expect(run({ 'boom.bicep': ACR_BICEP, 'bang.bicep': ACR_BICEP, 'ok.bicep': ACR_BICEP })).toEqual([
        'bang.bicep:1:1: Could not read the file: internal error (TypeError) [parse-error]',
        'boom.bicep:1:1: Could not read the file: it is too large or too deeply nested to evaluate [parse-error]',
        ACR_FINDING('ok.bicep', 8, 23),
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});
