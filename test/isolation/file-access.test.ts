// Issue 10: only regular files inside the scan root are read, by discovery and by module and
// parameter-file resolution alike; each file that is not read says why.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatFinding } from '../../src/engine/finding.js';
import { lint } from '../../src/engine/lint.js';
import { readContext } from '../../src/engine/read-context.js';
import { cliIn, tempDir, tempRepo } from '../helpers/repo.js';

const ACR_BICEP = `resource acr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crleak'
  location: 'westeurope'
  properties: {
    adminUserEnabled: true
  }
}
`;
const ACR_TF = `resource "azurerm_container_registry" "acr" {
  name                = "crleak"
  resource_group_name = "rg-ml"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = true
}
`;
const CALL = "module m './modules/m.bicep' = {\n  name: 'm'\n}\n";
const posixOnly = process.platform === 'win32' ? it.skip : it;
const lines = (root: string, paths?: string[]) => lint({ root, paths, rules: builtinRules }).findings.map(formatFinding);

describe('only regular files inside the root are read', () => {
  posixOnly('a symlinked Bicep module or Terraform module folder pointing outside the checkout is not read', () => {
    const outside = tempRepo({ 'm.bicep': ACR_BICEP, 'tfmod/main.tf': ACR_TF });
    const root = tempRepo({ 'main.bicep': CALL, 'main.tf': 'module "m" {\n  source = "./tfmod"\n}\n' });
    mkdirSync(join(root, 'modules'));
    symlinkSync(join(outside, 'm.bicep'), join(root, 'modules/m.bicep'));
    symlinkSync(join(outside, 'tfmod'), join(root, 'tfmod'));
    const result = lint({ root, rules: builtinRules });
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.model.resources.map((r) => r.file)).toEqual([]);
  });

  posixOnly('a module inside the root reached through a symlink inside the root is read', () => {
    const root = tempRepo({ 'real/m.bicep': ACR_BICEP, 'main.bicep': CALL });
    symlinkSync(join(root, 'real'), join(root, 'modules'));
    expect(lines(root)).toEqual([
      "modules/m.bicep:5:23: Container registry 'crleak' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
      "real/m.bicep:5:23: Container registry 'crleak' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]",
    ]);
  });

  posixOnly('/dev/zero behind a module path or an explicit path is skipped, with a note for the explicit path', () => {
    if (!existsSync('/dev/zero')) return;
    const root = tempRepo({ 'main.bicep': CALL });
    mkdirSync(join(root, 'modules'));
    symlinkSync('/dev/zero', join(root, 'modules/m.bicep'));
    symlinkSync('/dev/zero', join(root, 'zero.bicep'));
    expect(lines(root)).toEqual([]);
    expect(lines(root, ['zero.bicep'])).toEqual(['zero.bicep:1:1: File skipped: it is a device, not a regular file. [parse-error]']);
  });

  posixOnly('a FIFO as a module, found by discovery, or given as a path is skipped without blocking', () => {
    const root = tempRepo({ 'main.bicep': CALL, 'ok.bicep': ACR_BICEP });
    mkdirSync(join(root, 'modules'));
    execFileSync('mkfifo', [join(root, 'modules/m.bicep'), join(root, 'pipe.bicep')]);
    const acr = "ok.bicep:5:23: Container registry 'crleak' has its admin user enabled; disable it and pull with managed identities (AcrPull). [acr-admin-user]";
    expect(lines(root)).toEqual([
      'modules/m.bicep:1:1: File skipped: it is a FIFO, not a regular file. [parse-error]',
      acr,
      'pipe.bicep:1:1: File skipped: it is a FIFO, not a regular file. [parse-error]',
    ]);
    expect(lines(root, ['pipe.bicep', 'ok.bicep'])).toEqual([acr, 'pipe.bicep:1:1: File skipped: it is a FIFO, not a regular file. [parse-error]']);
  });

  posixOnly('a socket is called a socket, and a vanished file is not called "not UTF-8 text"', async () => {
    const root = tempDir('sock');
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(join(root, 'live.yml'), done));
    try {
      expect(lines(root)).toEqual(['live.yml:1:1: File skipped: it is a socket, not a regular file. [parse-error]']);
    } finally {
      server.close();
    }
    const ctx = readContext(root, new Map());
    expect(ctx.source('gone.yml')).toBeUndefined();
    expect(ctx.whyUnread('gone.yml')).toBe('it does not exist (missing, or removed while scanning)');
    writeFileSync(join(root, 'bin.yml'), Buffer.from([0xff, 0xfe, 0x00]));
    expect(ctx.source('bin.yml')).toBeUndefined();
    expect(ctx.whyUnread('bin.yml')).toBe('it is not UTF-8 text');
  });

  it('a path leaving the root is never read by a reader', () => {
    const root = tempRepo({ 'a.yml': 'x: 1\n' });
    const ctx = readContext(root, new Map());
    expect(ctx.source('../a.yml')).toBeUndefined();
    expect(ctx.whyUnread('../a.yml')).toBe('it is outside the scan root');
    expect(ctx.list('..')).toEqual([]);
  });

  posixOnly('the text reporter does not open a FIFO for a snippet', async () => {
    const root = tempRepo({});
    execFileSync('mkfifo', [join(root, 'pipe.yml')]);
    const r = await cliIn(['--no-color', '--fail-on', 'never', '.'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pipe.yml:1:1');
    expect(r.stdout).toContain('File skipped: it is a FIFO, not a regular file.');
  });
});
