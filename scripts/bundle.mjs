// Bundles the compiled JavaScript (lib/, from `tsc`) with ncc: dist/index.js for the Action and
// dist/cli/index.js for the CLI. ncc 0.45 cannot drive TypeScript 7, so tsc compiles first.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
rmSync('dist', { recursive: true, force: true });
const build = (entry, out) => execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
build('lib/src/index.js', 'dist');
build('lib/src/cli/index.js', 'dist/cli');
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text);
chmodSync(cli, 0o755);
