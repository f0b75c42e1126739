import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/errors.js';
import { UsageError } from '../engine/discover.js';
import { lint } from '../engine/lint.js';
import { prepareRun } from '../app/setup.js';
import { outsideFolder } from '../app/targets.js';
import type { GraphReport } from '../app/graph-report/build.js';
import { graphReportOf } from '../app/graph-report/for-run.js';
import { identityMapMarkdown } from '../app/graph-report/mermaid.js';
import { graphText } from '../app/graph-report/text.js';
import { emit, type CliIO } from './io.js';

const FORMATS: Record<string, (r: GraphReport) => string> = {
  text: graphText,
  json: (r) => JSON.stringify(r, null, 2) + '\n',
  mermaid: (r) => identityMapMarkdown(r),
};

export const GRAPH_USAGE = `Usage: amlguard graph [paths...] [options]

Shows what amlguard understood (default path: .): the resources, the role assignments with the
resolution state of principal, role and scope (and why each unknown is unknown), and the roles the
rules require of identities, granted, missing or unknown.

Options:
  --format text|json|mermaid        output format (default: text):
                                      text     one line per fact, for a person
                                      json     { version: 1, resources, assignments, requirements }
                                      mermaid  the identity map: Markdown, one Mermaid diagram per workspace
  --output FILE                     write to FILE instead of stdout
  --include GLOB                    only read matching files (repeatable)
  --exclude GLOB                    skip matching files (repeatable)
  --config FILE                     configuration file (default: .amlguard.yml at the scan root)
  -h, --help                        print this help

Exit codes: 0 the graph was written, 2 usage error.
`;

/** `amlguard graph`: reads the repository like a lint run, then writes the graph report instead of findings. */
export async function runGraph(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`amlguard graph: ${(e as Error).message}\n\n${GRAPH_USAGE}`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(GRAPH_USAGE);
    return 0;
  }
  const render = FORMATS[o.format];
  if (!render) {
    io.stderr(`amlguard graph: --format must be one of ${Object.keys(FORMATS).join(', ')}, got '${o.format}'.\n`);
    return 2;
  }
  // As in a lint run: a single folder outside the current directory is its own scan root.
  const outside = outsideFolder(io.cwd, args.positionals);
  const root = outside ?? io.cwd;
  const paths = outside ? ['.'] : args.positionals;
  let report;
  try {
    const { options } = await prepareRun({ root, paths, include: o.include, exclude: o.exclude, configPath: o.config && resolve(io.cwd, o.config) });
    // Only the reading is needed: no rule runs, and rules switched off add no requirements.
    const result = lint({ ...options, only: [] });
    report = graphReportOf(result, options);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) {
      io.stderr(`amlguard graph: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return emit(io, render(report), o.output, io.cwd, `amlguard graph: cannot write ${o.output}`) ? 0 : 2;
}
