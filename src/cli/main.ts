import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/errors.js';
import { writeBaseline } from '../engine/filters/baseline.js';
import { readRegularText } from '../engine/read-context.js';
import { UsageError } from '../engine/discover.js';
import { lint, type LintResult } from '../engine/lint.js';
import { ruleHelpText } from '../rule/docs.js';
import { exitCode, FAIL_ON, type FailOn } from '../app/exit-code.js';
import { assertScanned } from '../app/empty-scan.js';
import { prepareRun } from '../app/setup.js';
import { outsideFolder, resolveTargets } from '../app/targets.js';
import { atOrAbove } from '../engine/filters/severity.js';
import type { Severity } from '../rule/contract.js';
import { useColor } from './color.js';
import { fixInPlace, planOnce } from '../app/fix.js';
import { changesDiff } from '../reporters/fix-diff.js';
import { REPORTERS, reporterById } from '../reporters/registry.js';
import type { ReportContext } from '../reporters/types.js';
import { GitError } from '../app/git/run.js';
import { lintAgainstBase, newOnly } from '../app/pr/run.js';
import { HELP_BASE, VERSION } from '../version.js';
import { runGraph } from './graph.js';
import { emit, type CliIO } from './io.js';

export type { CliIO } from './io.js';

const FORMAT_IDS = REPORTERS.map((r) => r.id);
const FORMAT_WIDTH = Math.max(...FORMAT_IDS.map((id) => id.length));
const SEVERITIES = ['error', 'warning', 'note'] as const;

const USAGE = `Usage: amlguard [path | "glob" | -]... [options]
       amlguard graph [paths...] [--format text|json|mermaid]   (amlguard graph --help)

Lints Azure Machine Learning identity and access in AML CLI v2 YAML, ARM JSON, Bicep, Terraform
and az scripts (default path: .). Single files are reported alone, with the rest of the repository
read for context; quoted globs select files; - reads one file from stdin (--stdin-filename).

Options:
  --format FORMAT                   output format (default: text):
${REPORTERS.map((r) => `                                      ${r.id.padEnd(FORMAT_WIDTH)}  ${r.description}`).join('\n')}
  --output FILE                     write the report to FILE instead of stdout
  --fail-on error|warning|note|never
                                    exit 1 when a finding is at or above this level (default: error)
  --severity error|warning|note     report only findings at or above this level
  -q, --quiet                       report errors only (--severity error)
  --rule ID                         run only this rule (repeatable, or comma-separated)
  --include GLOB                    only scan matching files (repeatable; relative to the path given)
  --exclude GLOB                    skip matching files (repeatable; relative to the path given)
  --allow-empty                     accept a run that scans no file (otherwise exit 2)
  --stdin-filename PATH             the path of the file read from stdin with -
  --config FILE                     configuration file (default: .amlguard.yml at the scan root)
  --rule-dir DIR                    load declarative rules (YAML) from DIR (repeatable)
  --allow-plugins                   allow code rules listed under plugins: in the configuration
  --tenant-id GUID                  the workspaces' Entra tenant (cross-tenant datastore checks)
  --baseline FILE                   report only findings not recorded in FILE
  --write-baseline FILE             record today's findings in FILE (and exit 0)
  --category NAME                   SARIF: code-scanning category (automationDetails.id)
  --task-complete                   azure-pipelines: end with ##vso[task.complete result=...]
  --base REF                        pull-request mode: compare with REF (a branch, tag or commit,
                                    read from git without a checkout); runs the diff rules and
                                    marks findings new or unchanged
  --only-new                        with --base: report and fail on new findings only
  --changed-only                    with --base: report only findings in files changed since REF
  --fix                             apply the findings' fixes in place, then report what is left
  --fix-dry-run                     print the fixes as a unified diff; change nothing
  --list-rules                      list the rules and exit
  --explain RULE                    print a rule's help page and exit
  --no-color                        plain text output (also NO_COLOR; FORCE_COLOR forces colour)
  -v, --version                     print the version
  -h, --help                        print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error.
`;

/** Runs the CLI and returns its exit code; all I/O goes through `io` so tests can drive it. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'graph') return runGraph(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
        'rule-dir': { type: 'string', multiple: true },
        'allow-plugins': { type: 'boolean' },
        'tenant-id': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        base: { type: 'string' },
        'only-new': { type: 'boolean' },
        'changed-only': { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        'no-color': { type: 'boolean' },
        severity: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        rule: { type: 'string', multiple: true },
        'allow-empty': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        category: { type: 'string' },
        'task-complete': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`amlguard: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (o.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // A single folder outside the current directory is its own scan root (nothing is read outside
  // the root); files the options name stay relative to the current directory.
  const outside = outsideFolder(io.cwd, args.positionals);
  const root = outside ?? io.cwd;
  if (outside) {
    args.positionals.splice(0, 1, '.');
    for (const key of ['output', 'config', 'baseline', 'write-baseline'] as const) if (o[key] !== undefined) o[key] = resolve(io.cwd, o[key]!);
    if (o['rule-dir']) o['rule-dir'] = o['rule-dir'].map((d) => resolve(io.cwd, d));
  }
  const usage = (message: string) => {
    io.stderr(`amlguard: ${message}\n`);
    return 2;
  };
  const stdinArg = args.positionals.includes('-');
  if (stdinArg && (args.positionals.length > 1 || !o['stdin-filename'])) return usage('- reads one file from stdin: give it alone, with --stdin-filename PATH (the path the findings are reported on).');
  if (!stdinArg && o['stdin-filename'] !== undefined) return usage('--stdin-filename is for the - argument (read a file from stdin).');
  if (stdinArg && relative(root, resolve(root, o['stdin-filename']!)).startsWith('..')) return usage(`--stdin-filename must be inside the current directory, got '${o['stdin-filename']}'.`);
  const severity = o.quiet ? 'error' : o.severity;
  if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) return usage(`--severity must be one of ${SEVERITIES.join(', ')}, got '${severity}'.`);
  const targets = resolveTargets({ root, args: stdinArg ? [] : args.positionals, include: o.include, exclude: o.exclude, stdinFilename: stdinArg ? o['stdin-filename'] : undefined });
  const overlay = stdinArg ? { [targets.reportOnly![0]]: io.readStdin ? await io.readStdin() : '' } : undefined;
  let prepared;
  try {
    prepared = await prepareRun({
      root,
      paths: targets.paths,
      include: targets.include,
      exclude: targets.exclude,
      reportOnly: targets.reportOnly,
      overlay,
      configPaths: targets.configPaths,
      configPath: o.config,
      ruleDirs: o['rule-dir'],
      allowPlugins: o['allow-plugins'],
      tenantId: o['tenant-id'],
      baselinePath: o.baseline,
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const rules = prepared.options.rules;
  if (o['list-rules']) {
    const width = Math.max(...rules.map((r) => r.meta.id.length));
    io.stdout(rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.summary}`).join('\n') + '\n');
    return 0;
  }
  if (o.explain !== undefined) {
    const rule = rules.find((r) => r.meta.id === o.explain);
    if (!rule) {
      io.stderr(`amlguard: unknown rule '${o.explain}'; run --list-rules to see them.\n`);
      return 2;
    }
    io.stdout(ruleHelpText(rule.meta));
    return 0;
  }
  const reporter = reporterById(o.format);
  if (!reporter) {
    io.stderr(`amlguard: --format must be one of ${FORMAT_IDS.join(', ')}, got '${o.format}'.\n`);
    return 2;
  }
  const failOn = o['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    io.stderr(`amlguard: --fail-on must be one of ${FAIL_ON.join(', ')}, got '${o['fail-on']}'.\n`);
    return 2;
  }

  const only = o.rule?.flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const unknown = only?.filter((id) => !rules.some((r) => r.meta.id === id));
  if (unknown?.length) return usage(`unknown rule ${unknown.map((id) => `'${id}'`).join(', ')}; run --list-rules to see them.`);
  if (!o.base && (o['only-new'] || o['changed-only'])) {
    io.stderr(`amlguard: --${o['only-new'] ? 'only-new' : 'changed-only'} needs --base REF (the revision to compare with).\n`);
    return 2;
  }

  if ((o.fix && o['fix-dry-run']) || ((o.fix || o['fix-dry-run']) && o.base)) {
    io.stderr(`amlguard: --fix and --fix-dry-run go alone: not together${o.base ? ', and not with --base' : ''}.\n`);
    return 2;
  }

  let result: LintResult | undefined;
  let change;
  try {
    if (o['fix-dry-run']) {
      const { result: dry, plan } = planOnce({ ...prepared.options, only });
      const diff = changesDiff(plan.changes);
      if (!emit(io, diff, o.output, root, `amlguard: cannot write the diff to ${o.output}`)) return 2;
      io.stderr(`amlguard: ${plan.applied.length} fix${plan.applied.length === 1 ? '' : 'es'} would change ${plan.changes.length} file${plan.changes.length === 1 ? '' : 's'}${plan.skipped.length ? ` (${plan.skipped.length} more after a re-lint: they overlap these)` : ''}; nothing was written.\n`);
      return exitCode(dry.findings, failOn);
    }
    if (o.fix) {
      const run = fixInPlace({ ...prepared.options, only });
      io.stderr(`amlguard: applied ${run.fixesApplied} fix${run.fixesApplied === 1 ? '' : 'es'} in ${run.filesChanged.length} file${run.filesChanged.length === 1 ? '' : 's'}${run.filesChanged.length ? ': ' + run.filesChanged.join(', ') : ''}.\n`);
      result = run.result;
    } else if (o.base) {
      const run = await lintAgainstBase({ ...prepared.options, only }, { ref: o.base, changedOnly: o['changed-only'] });
      result = run.result;
      change = run.change;
    } else result = lint({ ...prepared.options, only });
    assertScanned(result.fileCount, { root, paths: args.positionals, include: o.include, exclude: o.exclude }, targets, !!o['allow-empty'] || !!prepared.config.allowEmpty);
  } catch (e) {
    if (e instanceof UsageError || e instanceof GitError) return usage(e.message);
    throw e;
  }
  // Reporting needs neither the model nor the graph: let them go, which keeps large scans small.
  const { rules: ruleMetas, fileCount, secrets } = result;
  const all = result.findings;
  result = undefined;
  // --only-new: the report lists, and the exit code counts, the findings the change adds; --severity filters them.
  const findings = atOrAbove(o['only-new'] ? newOnly(all) : all, severity as Severity | undefined);
  const ctx: ReportContext = {
    rules: ruleMetas,
    version: VERSION,
    helpBase: HELP_BASE,
    fileCount,
    secrets,
    color: reporter.id === 'text' && useColor({ env: io.env ?? {}, isTTY: io.isTTY, noColorFlag: o['no-color'], toFile: !!o.output }),
    failOn,
    category: o.category,
    taskComplete: o['task-complete'],
    readSource: (file) => overlay?.[file] ?? readRegularText(resolve(root), file),
    rootUri: pathToFileURL(resolve(root)).href + '/',
    change,
  };
  const report = reporter.render(findings, ctx);
  if (o['write-baseline']) {
    const written = writeBaseline(resolve(root, o['write-baseline']), findings);
    if (typeof written === 'string') {
      io.stderr(`amlguard: cannot write the baseline ${o['write-baseline']}: ${written}.\n`);
      return 2;
    }
    const n = written.count;
    io.stderr(`amlguard: recorded ${n} finding${n === 1 ? '' : 's'} in ${o['write-baseline']}.\n`);
    return 0;
  }
  if (!emit(io, report, o.output, root, `amlguard: cannot write the report to ${o.output}`)) return 2;
  return exitCode(findings, failOn);
}

