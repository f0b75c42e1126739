// Finds inline scripts in CI YAML (GitHub Actions workflows / composite actions and Azure
// Pipelines, including templates) and maps script offsets back to file offsets.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { scalarOffsetMapper } from './yaml-scalar-map.js';

export interface EmbeddedScript {
  script: string;
  dialect: 'sh' | 'ps1';
  /** File offset of a script offset; offsets past the end map just after the scalar's last char. */
  toFileOffset(scriptOffset: number): number;
  /** The YAML key the script came from: run, script, bash, pwsh, powershell, inlineScript. */
  key: string;
}

interface Ctx {
  parentKey: string | null;
  shell: string | undefined; // GitHub `defaults.run.shell` in scope
  windows: boolean; // GitHub job `runs-on` mentions windows (default shell is pwsh)
}

// Azure Pipelines script tasks whose inline body is in `inputs.<key>`.
const TASKS: { re: RegExp; key: string; dialect: (inputs: YAMLMap) => 'sh' | 'ps1' }[] = [
  { re: /^AzureCLI@\d+$/i, key: 'inlineScript', dialect: (inp) => (/^(ps|pscore)$/i.test(str(inp.get('scriptType')) ?? '') ? 'ps1' : 'sh') },
  { re: /^Bash@\d+$/i, key: 'script', dialect: () => 'sh' },
  { re: /^PowerShell@\d+$/i, key: 'script', dialect: () => 'ps1' },
  // cmd.exe: az's own flag syntax is the same, so the sh reading is a usable approximation
  { re: /^CmdLine@\d+$/i, key: 'script', dialect: () => 'sh' },
];

const CI_KEY = /\b(run|script|inlineScript|bash|pwsh|powershell)\s*:/;

/** Cheap test run before any parsing: most YAML files of a repository are not CI files with az. */
export function mayHaveCiAz(text: string): boolean {
  return text.includes('az ') && CI_KEY.test(text);
}

/**
 * The script steps of a workflow or pipeline. `parsed` are the file's documents when the caller
 * already parsed them (with `keepSourceTokens`, which the offset mapping needs).
 */
export function extractScriptsFromCiYaml(text: string, parsed?: Document[]): EmbeddedScript[] {
  let docs = parsed;
  if (!docs) {
    try {
      const all = parseAllDocuments(text, { keepSourceTokens: true });
      docs = Array.isArray(all) ? all : [];
    } catch {
      return [];
    }
  }
  if (docs.some((d) => d.errors.length > 0)) return [];
  const out: EmbeddedScript[] = [];
  for (const doc of docs) walk(doc.contents as Node | null, { parentKey: null, shell: undefined, windows: false }, false, out);
  return out;
}

function str(v: unknown): string | undefined {
  if (isScalar(v)) v = v.value;
  return typeof v === 'string' ? v : undefined;
}

function walk(node: Node | null | undefined, ctx: Ctx, isStep: boolean, out: EmbeddedScript[]): void {
  if (isSeq(node)) {
    // step lists: `steps:` and Azure Pipelines conditional insertions `${{ if … }}:`
    const steps = ctx.parentKey === 'steps' || (ctx.parentKey?.startsWith('${{') ?? false);
    for (const item of node.items) walk(item as Node, ctx, steps, out);
    return;
  }
  if (!isMap(node)) return;
  const inner: Ctx = { ...ctx };
  const shellDefault = node.getIn(['defaults', 'run', 'shell']);
  if (typeof shellDefault === 'string') inner.shell = shellDefault;
  const runsOn = node.get('runs-on');
  if (runsOn !== undefined && /windows/i.test(JSON.stringify(runsOn))) inner.windows = true;
  if (isStep) collectStep(node, inner, out);
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    walk(pair.value as Node, { ...inner, parentKey: key }, false, out);
  }
}

function collectStep(step: YAMLMap, ctx: Ctx, out: EmbeddedScript[]): void {
  const add = (key: string, node: unknown, dialect: 'sh' | 'ps1' | null) => {
    if (!dialect || !isScalar(node) || typeof node.value !== 'string') return;
    const script = node.value;
    out.push({ script, dialect, toFileOffset: scalarOffsetMapper(node as Scalar, script), key });
  };
  // GitHub Actions
  if (step.has('run')) add('run', step.get('run', true), githubDialect(str(step.get('shell')) ?? ctx.shell, ctx.windows));
  // Azure Pipelines shortcuts (`script` runs cmd on Windows agents; read as sh)
  add('script', step.get('script', true), 'sh');
  add('bash', step.get('bash', true), 'sh');
  add('pwsh', step.get('pwsh', true), 'ps1');
  add('powershell', step.get('powershell', true), 'ps1');
  const task = str(step.get('task'));
  const inputs = step.get('inputs');
  if (task && isMap(inputs)) {
    for (const t of TASKS) {
      if (t.re.test(task)) add(t.key, inputs.get(t.key, true), t.dialect(inputs));
    }
  }
}

/** GitHub `shell:`; null for interpreters that are not shells (python, node, …). */
function githubDialect(shell: string | undefined, windows: boolean): 'sh' | 'ps1' | null {
  if (shell === undefined || shell.startsWith('${{')) return windows ? 'ps1' : 'sh';
  const prog = shell.trim().split(/\s+/)[0].toLowerCase();
  if (prog === 'pwsh' || prog === 'powershell') return 'ps1';
  if (prog === 'bash' || prog === 'sh' || prog === 'cmd' || prog === 'zsh') return 'sh';
  return null;
}
