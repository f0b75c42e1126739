// One ncc build (JavaScript from lib/, since ncc 0.45 cannot drive TypeScript 7), shared by
// bundle.mjs (dist/ for the Action and the CLI) and prepack.mjs (what the npm package ships).
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;

export function nccBuild(entry, out) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
}

/** Makes a bundle runnable as a bin: shebang and execute bit. */
export function makeExecutable(file) {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(file, '#!/usr/bin/env node\n' + text);
  chmodSync(file, 0o755);
}

export const CLI_ENTRY = 'lib/src/cli/index.js';
export const CLI_OUT = 'dist/cli';
