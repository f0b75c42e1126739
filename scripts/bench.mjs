// Benchmark: the whole corpus scan (all formats, all rules) against the naive parse floor — a
// script that only reads the corpus's .yml/.yaml/.json files and parses them with yaml's
// parseDocument and jsonc-parser's parseTree — and the Action's start-up on an empty repository
// against a bundle that only imports @actions/core. Every measurement is a whole child process
// (wall, CPU, peak RSS), the pairs are run alternately in the same run and the ratio is the
// median of per-round ratios, so machine load and speed cancel out.
// Usage: npm run bench [-- <folder>]   (default ../shared/corpus; BENCH_ROUNDS=3). It rebuilds
// dist/ first (npm run bundle), so the scan measured is the one that ships.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const self = new URL(import.meta.url).pathname;


/**
 * One measured process: `floor` (yaml/json parse only) or `scan` (the shipped CLI bundle,
 * dist/cli/index.js, as users run it: all rules, the text report; read workers only if AMLGUARD_THREADS asks) over files matching `exts`.
 */
async function child(mode, root, exts) {
  const include = exts.map((e) => `**/*${e}`);
  const report = () => {
    const cpu = process.cpuUsage();
    return { cpuMs: (cpu.user + cpu.system) / 1000, rssMB: process.resourceUsage().maxRSS / 1024 };
  };
  if (mode === 'floor') {
    const { discover } = await import('../lib/src/engine/discover.js');
    const { parseDocument } = await import('yaml');
    const { parseTree } = await import('jsonc-parser');
    let files = 0;
    for (const f of discover({ root, include })) {
      const text = readFileSync(f.abs, 'utf8');
      if (/\.ya?ml$/i.test(f.rel)) parseDocument(text);
      else parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
      files++;
    }
    process.stdout.write(JSON.stringify({ files, ...report() }));
    return;
  }
  const cli = new URL('../dist/cli/index.js', import.meta.url).pathname;
  const out = join(mkdtempSync(join(tmpdir(), 'amlguard-bench-out-')), 'report.txt');
  process.argv = [process.argv[0], cli, root, ...include.flatMap((g) => ['--include', g]), '--no-color', '--output', out, '--fail-on', 'never'];
  process.on('exit', () => {
    const files = Number(/ in (\d+) files\./.exec(readFileSync(out, 'utf8'))?.[1]);
    rmSync(join(out, '..'), { recursive: true, force: true });
    process.stdout.write(JSON.stringify({ files, ...report() }));
  });
  await import(cli);
}

function measure(args, env = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t;
  if (r.status !== 0 && !args.includes('--startup')) throw new Error(`bench child failed: ${r.stderr}`);
  let out = {};
  try {
    out = JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    /* start-up runs print workflow commands, not JSON */
  }
  return { wallMs, ...out };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const root = resolve(process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const rows = [
    { name: 'whole corpus', scan: ['.yml', '.yaml', '.json', '.jsonc', '.bicep', '.bicepparam', '.tf', '.tf.json', '.tfvars', '.sh', '.bash', '.ps1'], floor: ['.yml', '.yaml', '.json'] },
    { name: 'YAML', scan: ['.yml', '.yaml'], floor: ['.yml', '.yaml'] },
    { name: 'JSON', scan: ['.json', '.jsonc'], floor: ['.json'] },
    { name: 'Bicep', scan: ['.bicep', '.bicepparam'] },
    { name: 'Terraform', scan: ['.tf', '.tf.json', '.tfvars'] },
  ];
  const results = rows.map(() => ({ scan: [], floor: [] }));
  for (let i = 0; i < rounds; i++) {
    rows.forEach((row, k) => {
      // Alternate which of the pair runs first, so neither always gets the warmer cache.
      const pair = [
        ['scan', row.scan],
        ...(row.floor ? [['floor', row.floor]] : []),
      ];
      if (i % 2) pair.reverse();
      for (const [mode, exts] of pair) results[k][mode].push(measure([self, '--child', mode, root, ...exts]));
    });
  }
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()} at start; ${rounds} alternating rounds, medians.`,
    '',
    '| Input | Files | Wall | CPU | Peak RSS | Floor wall | Floor CPU | Floor RSS | Ratio to floor (wall) | Ratio to floor (CPU) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  rows.forEach((row, k) => {
    const s = results[k].scan;
    const f = results[k].floor;
    const ratios = f.length ? s.map((x, i) => x.wallMs / f[i].wallMs) : [];
    const cpuRatios = f.length ? s.map((x, i) => x.cpuMs / f[i].cpuMs) : [];
    const cpuRatio = cpuRatios.length ? `${median(cpuRatios).toFixed(2)}×` : '—';
    const ratio = ratios.length ? `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '— (no floor)';
    lines.push(`| ${row.name} | ${s[0].files} | ${fmt(median(s.map((x) => x.wallMs)))} | ${fmt(median(s.map((x) => x.cpuMs)))} | ${median(s.map((x) => x.rssMB)).toFixed(0)} MB | ${f.length ? fmt(median(f.map((x) => x.wallMs))) : '—'} | ${f.length ? fmt(median(f.map((x) => x.cpuMs))) : '—'} | ${f.length ? median(f.map((x) => x.rssMB)).toFixed(0) + ' MB' : '—'} | ${ratio} | ${cpuRatio} |`);
  });
  console.log(lines.join('\n'));
  const startup = startupPair(rounds);
  if (startup) console.log(`| Action start-up, empty repo | 0 | ${fmt(startup.action)} | — | — | ${fmt(startup.core)} (@actions/core only) | — | — | ${startup.ratio} | — |`);
}

function loadavg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return '?';
  }
}

/** dist/index.js on an empty workspace against an ncc bundle that only imports @actions/core. */
function startupPair(rounds) {
  const dist = new URL('../dist/index.js', import.meta.url).pathname;
  const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
  if (!existsSync(dist) || !existsSync(ncc)) return undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'amlguard-bench-'));
  try {
    const entry = join(new URL('..', import.meta.url).pathname, 'lib', 'bench-core-only.js');
    writeFileSync(entry, "import * as core from '@actions/core';\ncore.setOutput('findings', 0);\n");
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', join(tmp, 'core'), '--quiet']);
    rmSync(entry);
    const empty = join(tmp, 'repo');
    execFileSync('mkdir', ['-p', empty]);
    const out = join(tmp, 'out.txt');
    writeFileSync(out, '');
    const env = { GITHUB_WORKSPACE: empty, GITHUB_OUTPUT: out, 'INPUT_SARIF-FILE': join(tmp, 'a.sarif'), INPUT_SUMMARY: 'false' };
    const action = [];
    const core = [];
    for (let i = 0; i < rounds * 4; i++) {
      const pair = [
        [action, [dist, '--startup']],
        [core, [join(tmp, 'core', 'index.js'), '--startup']],
      ];
      if (i % 2) pair.reverse();
      for (const [list, args] of pair) list.push(measure(args, env).wallMs);
    }
    const ratios = action.map((a, i) => a / core[i]);
    return { action: median(action), core: median(core), ratio: `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Last: the helpers above must be initialised before either entry point runs.
if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv.slice(5));
else await main();
