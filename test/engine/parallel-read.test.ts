// Read workers must not change a single finding: the same repository linted on the main thread
// alone and with workers gives identical findings (fingerprints included) and an identical model,
// and a worker that never starts, fails or dies leaves nothing unread. Workers run compiled
// JavaScript, so the suite compiles the project once into a temporary folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';

const project = resolve(__dirname, '../..');
let build = '';

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), 'amlguard-parallel-build-'));
  execFileSync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', join(project, 'tsconfig.build.json'), '--outDir', build, '--sourceMap', 'false', '--declaration', 'false', '--declarationMap', 'false']);
  writeFileSync(join(build, 'package.json'), '{"type":"module"}\n');
  symlinkSync(join(project, 'node_modules'), join(build, 'node_modules'), 'dir');
}, 120_000);
afterAll(() => rmSync(build, { recursive: true, force: true }));

const entry = () => join(build, 'src/cli/index.js');
const workerModule = () => join(build, 'src/engine/parallel/worker.js');

/** examples/ eight times over (every format, every rule), plus files that cannot be read or parsed. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'amlguard-parallel-repo-'));
  for (let i = 0; i < 8; i++) cpSync(join(project, 'examples'), join(root, `copy${i}`), { recursive: true });
  mkdirSync(join(root, 'odd'));
  writeFileSync(join(root, 'odd/broken.yml'), '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ncommand: [unclosed\n');
  writeFileSync(join(root, 'odd/latin1.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
  writeFileSync(join(root, 'odd/deep.yml'), '- '.repeat(7000) + 'x\n');
  // A script step naming a role definition file: the worker loads it, the engine must keep its text.
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  writeFileSync(join(root, 'roles.json'), '{\n  "Name": "Job runner",\n  "Actions": ["Microsoft.MachineLearningServices/workspaces/jobs/*"],\n  "AssignableScopes": ["/subscriptions/00000000-0000-0000-0000-000000000000"]\n}\n');
  writeFileSync(
    join(root, '.github/workflows/roles.yml'),
    'on: push\njobs:\n  roles:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          az role definition create --role-definition @roles.json\n          az acr update --name myacr --admin-enabled true # amlguard-disable-line acr-admin-user -- lab registry\n',
  );
  return root;
}

function options(root: string, extra: Partial<LintOptions> = {}): LintOptions {
  return { root, rules: builtinRules, ...extra };
}

describe('read workers', () => {
  it('give the same findings and model as reading on the main thread', () => {
    const root = repository();
    try {
      const alone = lint(options(root));
      const pooled = lint(options(root, { readWorker: entry(), readWorkers: 2, readInWorkersOnly: true }));
      expect(alone.reads.inWorkers).toBe(0);
      expect(pooled.reads.inWorkers).toBeGreaterThan(0);
      expect(pooled.reads.files).toBe(alone.reads.files);
      expect(pooled.findings).toStrictEqual(alone.findings);
      expect(pooled.model).toStrictEqual(alone.model);
      expect(pooled.secrets).toStrictEqual(alone.secrets);
      // The cases the workers met are reported as on the main thread.
      const on = (file: string) => pooled.findings.filter((f) => f.loc.file === file).map((f) => `${f.ruleId} ${f.loc.range.start.line}:${f.loc.range.start.column} ${f.message}`);
      expect(on('odd/latin1.yaml')).toEqual(['parse-error 1:1 File skipped: it is not UTF-8 text.']);
      expect(on('odd/deep.yml')).toEqual(['parse-error 1:401 Cannot parse this file: too deep to read: nesting 7001 levels, limit 200']);
      expect(on('odd/broken.yml')).toEqual(['parse-error 3:1 Cannot parse this file: Flow sequence in block collection must be sufficiently indented and end with a ]']);
      expect(pooled.findings.find((f) => f.ruleId === 'acr-admin-user' && f.loc.file === '.github/workflows/roles.yml')?.suppression?.justification).toBe('lab registry');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  /** Lints a fresh repository alone and with one worker run from `script` (written beside it); the findings must match. */
  function withWorker(script: string, extra: Partial<LintOptions>): number {
    const root = repository();
    const entryFile = join(root, 'worker-entry.mjs');
    writeFileSync(entryFile, script);
    try {
      const alone = lint(options(root));
      const pooled = lint(options(root, { readWorker: entryFile, readWorkers: 1, ...extra }));
      expect(pooled.findings).toStrictEqual(alone.findings);
      return pooled.reads.inWorkers;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('read nothing twice and leave nothing out when a worker never starts reading', () => {
    expect(withWorker('// loads, then does nothing\n', {})).toBe(0);
  });

  it('read on the main thread whatever a failing worker claimed', () => {
    // Every post fails: the worker claims a file, cannot hand it over, and stops as failed.
    const failing = `import { MessagePort } from 'node:worker_threads';\nMessagePort.prototype.postMessage = () => { throw new Error('no'); };\nconst { runReadWorker } = await import(${JSON.stringify(workerModule())});\nrunReadWorker();\n`;
    expect(withWorker(failing, { readInWorkersOnly: true })).toBe(0);
  });

  it('hear at once of a worker that dies in the middle of its list', () => {
    // The third post ends the thread (as process.exit in a dependency would): no finally block
    // runs, so only the worker's exit hook can tell the main thread, which would otherwise wait
    // for the stall limit, past this test's timeout.
    const dying = `import { MessagePort } from 'node:worker_threads';\nconst post = MessagePort.prototype.postMessage;\nlet n = 0;\nMessagePort.prototype.postMessage = function (m) { if (++n === 3) process.exit(1); return post.call(this, m); };\nconst { runReadWorker } = await import(${JSON.stringify(workerModule())});\nrunReadWorker();\n`;
    expect(withWorker(dying, { readInWorkersOnly: true })).toBe(2);
  });
});
