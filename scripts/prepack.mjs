// Builds what the npm package ships (run by `npm pack` / `npm publish` through `prepack`):
//   dist/cli/   the CLI bundle (the `amlguard` bin), as `npm run bundle` builds it (the Action's
//               dist/index.js is not shipped, so it is left alone);
//   lib/bundle/ the library (`import { lint } from 'amlguard'`) as one ESM bundle, so installing
//               the package installs no dependencies;
//   lib/types/  the library's declarations: the .d.ts closure of src/lib.ts, which must not import
//               any package (a consumer would then need it installed to type-check).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CLI_ENTRY, CLI_OUT, makeExecutable, nccBuild } from './ncc.mjs';

const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;

execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--declaration'], { stdio: 'inherit' });
rmSync(CLI_OUT, { recursive: true, force: true });
nccBuild(CLI_ENTRY, CLI_OUT);
makeExecutable(`${CLI_OUT}/index.js`);
rmSync('lib/bundle', { recursive: true, force: true });
nccBuild('lib/src/lib.js', 'lib/bundle');

rmSync('lib/types', { recursive: true, force: true });
const entry = resolve('lib/src/lib.d.ts');
const seen = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)) {
    if (!spec.startsWith('.')) {
      if (spec.startsWith('node:')) continue;
      throw new Error(`${relative('.', file)} imports '${spec}': the published declarations must not need another package.`);
    }
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.d.ts'));
    if (!existsSync(target)) throw new Error(`${relative('.', file)}: cannot find ${spec}`);
    queue.push(target);
  }
}
for (const file of seen) {
  const out = join('lib/types', relative('lib', file));
  mkdirSync(dirname(out), { recursive: true });
  cpSync(file, out);
}
console.log(`prepack: ${seen.size} declaration files, library and CLI bundles built.`);
