// Bundles the compiled JavaScript (lib/, from `tsc`) with ncc: dist/index.js for the Action and
// dist/cli/index.js for the CLI. ncc 0.45 cannot drive TypeScript 7, so tsc compiles first.
import { rmSync } from 'node:fs';
import { CLI_ENTRY, CLI_OUT, makeExecutable, nccBuild } from './ncc.mjs';

rmSync('dist', { recursive: true, force: true });
nccBuild('lib/src/index.js', 'dist');
nccBuild(CLI_ENTRY, CLI_OUT);
makeExecutable(`${CLI_OUT}/index.js`);
