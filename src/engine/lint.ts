import { resolve } from 'node:path';
import type { RuleSetting } from '../config/load.js';
import { diskSource } from './files/disk.js';
import type { FileSource } from './files/source.js';
import { SourceFile, type Loc } from '../model/located.js';
import { Graph } from '../model/graph.js';
import type { Model, Resource } from '../model/resource.js';
import { discover, type DiscoveredFile, type DiscoverOptions } from './discover.js';
import { compareFindings, fingerprint, type Finding } from './finding.js';
import { newFindings } from './filters/baseline.js';
import { dropIgnored } from './filters/ignore.js';
import { onlyOnFiles } from './filters/report-only.js';
import { readContext } from './read-context.js';
import { readOne, type FileOutcome } from './parallel/read-one.js';
import { startReadPool } from './parallel/pool.js';
import type { ReadMessage } from './parallel/protocol.js';
import { unpackLocations } from './parallel/compact-locations.js';
import { commentsFor, readsAlone } from '../formats/registry.js';
import { applySuppressions } from './filters/suppress.js';
import { interpolate, isLoc, locOf, type Fix, type Report, type Rule, type RuleMeta, type Severity, type Visitors } from '../rule/contract.js';
import { maskSecretShapes } from '../model/redact.js';
import { EvalBudget, type EvalLimits } from '../model/eval-budget.js';
import { appendAll } from '../model/append.js';

export type { RuleSetting };

export interface LintOptions extends DiscoverOptions {
  /** The rule set; the built-in rules when omitted. */
  rules: Rule[];
  /** Per-rule severity or options; rules not named keep their defaults. */
  ruleSettings?: Record<string, RuleSetting>;
  /** Run only these rules (the test harness enables one rule at a time). */
  only?: string[];
  tenantId?: string;
  /** Which workspace the AML YAML under these paths deploys to (configuration). */
  workspaces?: { paths: string[]; name: string }[];
  /** Files larger than this are reported and skipped (bytes). */
  maxFileSize?: number;
  /** Per-rule globs of files where the rule's findings are dropped. */
  ruleIgnores?: Record<string, string[]>;
  /** Fingerprints of accepted findings: only findings not in it are reported. */
  baseline?: Set<string>;
  /** Evaluation limits per file read (defaults in src/model/eval-budget.ts) and where each was set. */
  limits?: Partial<EvalLimits>;
  limitsSetBy?: string;
  /** Where files are read from: the working tree under `root` when omitted, or a git revision. */
  source?: FileSource;
  /** The model of the base revision (pull-request mode): rules with a `diff` hook compare it with this run's model. */
  baseModel?: Model;
  /** The path a finding's fingerprint names (pull-request mode maps a base file to its renamed head path). */
  fingerprintPath?: (file: string) => string;
  /** Report only findings on these root-relative files; everything discovered is still read for context. */
  reportOnly?: string[];
  /** Root-relative path → text read instead of the disk (stdin); scanned even when the file does not exist. */
  overlay?: Record<string, string>;
  /** Iterations read per loop (Bicep `for`, ARM `copy`, Terraform `count`/`for_each`); beyond it the loop is unknown. */
  maxLoopIterations?: number;
  /** A script that can run as a read worker (default: the entry registered with registerReadWorkerEntry, if any). */
  readWorker?: string;
  /** Read workers to start at most (default: the registered count, `AMLGUARD_THREADS`; none without it). */
  readWorkers?: number;
  /** Leave every file that reads alone to the workers (tests: the main thread would otherwise help). */
  readInWorkersOnly?: boolean;
}

export interface LintResult {
  findings: Finding[];
  model: Model;
  /** Number of files the report covers: those read, or those of `reportOnly` that were read. */
  fileCount: number;
  rules: RuleMeta[];
  /** Secret values the rules located: reporters mask them in anything they print (`redactLine`). */
  secrets: string[];
  /** How the files were read: how many in all, and how many of them in read workers. */
  reads: { files: number; inWorkers: number };
  /** The graph of the model, the one the rules queried (built on this call when no rule needed it). */
  graph(): Graph;
}

export const DEFAULT_MAX_FILE = 5 * 1024 * 1024;

interface Pending {
  ruleId: string;
  severity: Severity;
  message: string;
  loc: Loc;
  related: { loc: Loc; message: string }[];
  secret?: boolean;
  fix?: Fix;
}

/** The whole run: discover → read → model → rules → sorted, fingerprinted findings. */
export function lint(opts: LintOptions): LintResult {
  const source = opts.source ?? diskSource(opts.root);
  const files = discover(opts, source);
  const sources = new Map<string, SourceFile>();
  for (const [rel, text] of Object.entries(opts.overlay ?? {})) {
    sources.set(rel, new SourceFile(rel, text));
    if (!files.some((f) => f.rel === rel)) files.push({ abs: resolve(opts.root, rel), rel, size: Buffer.byteLength(text) });
  }
  const pending: Pending[] = [];
  const resources: Resource[] = [];
  const metaById = new Map(opts.rules.map((r) => [r.meta.id, r.meta]));
  const enabled = (id: string) => ruleEnabled(opts, id);
  const severityOf = (id: string, fallback: Severity): Severity => {
    const s = settingOf(opts, id).severity;
    return s && s !== 'off' ? s : fallback;
  };
  const parseMeta = metaById.get('parse-error');
  const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE;
  const budget = new EvalBudget(opts.limits, setByOf(opts));
  const secrets = new Set<string>();

  const parseFinding = (fallback: Severity, message: string, loc: () => Loc) => {
    if (parseMeta && enabled('parse-error')) pending.push({ ruleId: 'parse-error', severity: severityOf('parse-error', fallback), message, loc: loc(), related: [] });
  };
  /** A file that could not be read or parsed, located by offsets in it. */
  const problem = (rel: string, message: string, certain: boolean, start = 0, end = 0, src?: SourceFile) =>
    parseFinding(certain ? 'error' : 'note', message, () => (src ?? new SourceFile(rel, '')).loc(start, end));
  const { outcomes, inWorkers } = readAll(files, opts, source, sources, { maxFileSize, budget });
  files.forEach((f, i) => {
    if (f.skip) return problem(f.rel, `File skipped: ${f.skip}.`, false);
    if (f.size > maxFileSize) return problem(f.rel, `File skipped: it is ${sizeText(f.size)}, over the ${sizeText(maxFileSize)} limit.`, false);
    const out = outcomes[i];
    const src = sources.get(f.rel);
    if (!out || out.unread !== undefined || !src) return problem(f.rel, `File skipped: ${out?.unread ?? 'it cannot be read'}.`, false);
    if (out.thrown) problem(f.rel, `Could not read the file: ${out.thrown}`, false, 0, 0, src);
    const read = out.read;
    if (!read) return;
    if (read.parseError) {
      const pe = read.parseError;
      problem(f.rel, `Cannot parse this file: ${pe.message}`, pe.certain, pe.start, pe.end, src);
    }
    for (const n of read.notes ?? []) parseFinding('note', n.message, () => n.loc);
    const crossing = out.crossing;
    if (crossing) {
      // Located on the file read; a limit crossed inside a module it calls also names that place.
      const here = crossing.loc.file === f.rel;
      const where = here ? '' : ` (reached in ${crossing.loc.file}:${crossing.loc.range.start.line})`;
      parseFinding('warning', `Partly evaluated: ${crossing.message}${where}; values past it are read as unknown.`, () => (here ? crossing.loc : src.loc(0, 0)));
    }
    appendAll(resources, read.resources);
  });

  const model: Model = { resources };
  let graph: Graph | undefined;
  const graphOf = () => (graph ??= new Graph(model, opts.workspaces));
  for (const rule of opts.rules) {
    if (!rule.create || !enabled(rule.meta.id)) continue;
    runRule(rule, opts, model, graphOf, pending, severityOf(rule.meta.id, rule.meta.severity), secrets, (file) => sources.get(file));
  }
  if (opts.baseModel) {
    for (const rule of opts.rules) {
      if (rule.diff && enabled(rule.meta.id)) runDiffRule(rule, opts, opts.baseModel, model, pending, severityOf(rule.meta.id, rule.meta.severity), secrets);
    }
  }

  // Messages quote names and values from the files: mask located secrets and secret-shaped text.
  for (const p of pending) {
    p.message = maskSecretShapes(p.message, secrets);
    for (const r of p.related) r.message = maskSecretShapes(r.message, secrets);
    if (p.fix) p.fix = { ...p.fix, description: maskSecretShapes(p.fix.description, secrets) };
  }
  let findings = dropIgnored(finalize(pending, sources, opts.fingerprintPath), opts.ruleIgnores);
  // A diff rule runs only with a base: without one, a directive naming it is not "unused".
  const ran = new Set(opts.rules.filter((r) => r.create || !r.diff || opts.baseModel).map((r) => r.meta.id));
  const unused = applySuppressions(findings, sources.values(), commentsFor, (id) => ran.has(id) && enabled(id), enabled('unused-suppression') && metaById.has('unused-suppression'));
  findings = [...findings, ...unused.map((f) => ({ ...f, severity: severityOf('unused-suppression', 'note') }))].sort(compareFindings);
  for (const f of findings) if (f.suppression) f.suppression.justification = maskSecretShapes(f.suppression.justification, secrets);
  findings = onlyOnFiles(findings, opts.reportOnly);
  if (opts.baseline) findings = newFindings(findings, opts.baseline);
  const fileCount = opts.reportOnly ? files.filter((f) => opts.reportOnly!.includes(f.rel)).length : files.length;
  return { findings, model, fileCount, rules: opts.rules.map((r) => r.meta), secrets: [...secrets], reads: { files: outcomes.filter(Boolean).length, inWorkers }, graph: graphOf };
}

/** Whether a run's options leave a rule on: named by `only` (when given) and not set to `off`. */
export function ruleEnabled(opts: Pick<LintOptions, 'only' | 'ruleSettings'>, id: string): boolean {
  return (!opts.only || opts.only.includes(id)) && settingOf(opts, id).severity !== 'off';
}

function settingOf(opts: Pick<LintOptions, 'ruleSettings'>, id: string): { severity?: Severity | 'off'; options?: Record<string, unknown> } {
  const s = opts.ruleSettings?.[id];
  if (!s) return {};
  return typeof s === 'string' ? { severity: s } : s;
}

/**
 * Every readable file's outcome, by discovery index. Files that read alone go to read workers
 * when the run has them (a working tree, no stdin overlay); the main thread reads the others
 * meanwhile, then helps with what is left, so the result is the same as reading them in order.
 */
function readAll(
  files: DiscoveredFile[],
  opts: LintOptions,
  source: FileSource,
  sources: Map<string, SourceFile>,
  { maxFileSize, budget }: { maxFileSize: number; budget: EvalBudget },
): { outcomes: (FileOutcome | undefined)[]; inWorkers: number } {
  // The read context (parsed modules, evaluated instances) lives only here: the rules and
  // reporters of a large repository run without it.
  const ctx = readContext(resolve(opts.root), sources, source, { files: files.map((f) => f.rel), maxLoopIterations: opts.maxLoopIterations, budget });
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const readable = files.flatMap((f, i) => (f.skip || f.size > maxFileSize ? [] : [i]));
  const alone = opts.source || opts.overlay ? [] : readable.filter((i) => readsAlone(files[i].rel));
  // Outcomes from workers are adopted as they are taken, so their serialized copies never pile up.
  const names = new Map<string, string>(files.map((f) => [f.rel, f.rel]));
  const adopt = ({ index, outcome, extras, locs }: ReadMessage) => {
    const rel = files[alone[index]].rel;
    unpackLocations(outcome, locs, names);
    outcomes[alone[index]] = outcome;
    if (outcome.text !== undefined && !sources.has(rel)) sources.set(rel, new SourceFile(rel, outcome.text));
    for (const [path, text] of extras) if (!sources.has(path)) sources.set(path, new SourceFile(path, text));
  };
  const pool = alone.length
    ? startReadPool(
        { root: resolve(opts.root), rels: alone.map((i) => files[i].rel), allFiles: ctx.files, limits: opts.limits, setBy: setByOf(opts), maxLoopIterations: opts.maxLoopIterations },
        { entry: opts.readWorker, workers: opts.readWorkers, workersOnly: opts.readInWorkersOnly },
        adopt,
      )
    : undefined;
  const pooled = new Set(pool ? alone : []);
  for (const i of readable) {
    if (pooled.has(i)) continue;
    outcomes[i] = readOne(files[i].rel, ctx);
    pool?.drain();
  }
  if (!pool) return { outcomes, inWorkers: 0 };
  if (pool.mainClaims) {
    for (let k = pool.claim(); k !== undefined; k = pool.claim()) {
      outcomes[alone[k]] = readOne(files[alone[k]].rel, ctx);
      pool.drain();
    }
  }
  const inWorkers = pool.finish();
  // A worker that failed left its claims unread: read them here.
  for (const i of alone) if (!outcomes[i]) outcomes[i] = readOne(files[i].rel, ctx);
  return { outcomes, inWorkers };
}

function setByOf(opts: LintOptions): Partial<Record<keyof EvalLimits, string>> {
  const out: Partial<Record<keyof EvalLimits, string>> = {};
  for (const k of Object.keys(opts.limits ?? {}) as (keyof EvalLimits)[]) out[k] = opts.limitsSetBy ?? 'the caller';
  return out;
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** The `report` a rule calls: resolves its message and severity and queues the finding (a reported secret's value is kept for masking). */
function reporter(rule: Rule, severity: Severity, pending: Pending[], secrets: Set<string>, visiting?: () => Resource | undefined): (r: Report) => void {
  return (r) => {
    if (r.secret && !isLoc(r.at) && r.at.t === 'str') secrets.add(r.at.value);
    const template = rule.meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId '${r.messageId}'`);
    pending.push({
      ruleId: rule.meta.id,
      severity: r.severity && r.severity !== rule.meta.severity && severity === rule.meta.severity ? r.severity : severity,
      message: interpolate(template, r.data),
      loc: locOf(r.at),
      related: withCallSites((r.related ?? []).map((x) => ({ loc: locOf(x.at), message: x.message })), visiting?.()),
      secret: r.secret,
      ...(r.fix ? { fix: r.fix } : {}),
    });
  };
}

/** A finding about a module instance also names the module calls that made it: the fix may go there. */
function withCallSites(related: Pending['related'], res: Resource | undefined): Pending['related'] {
  if (!res?.calledFrom) return related;
  const extra = res.calledFrom.filter((c) => !related.some((r) => r.loc.file === c.loc.file && r.loc.range.start.line === c.loc.range.start.line));
  return [...related, ...extra];
}

const NO_LOC = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** A rule that throws becomes one internal-error finding; every other rule still runs. */
function internalError(pending: Pending[], id: string, e: unknown, file?: string): void {
  pending.push({ ruleId: 'internal-error', severity: 'error', message: `Rule ${id} failed${file ? ` on ${file}` : ''}: ${(e as Error).message}`, loc: { file: file ?? '.', range: NO_LOC }, related: [] });
}

function optionsOf(rule: Rule, opts: LintOptions): Record<string, unknown> {
  return { ...defaultsOf(rule.meta.options), ...(settingOf(opts, rule.meta.id).options ?? {}) };
}

function runRule(rule: Rule, opts: LintOptions, model: Model, graphOf: () => Graph, pending: Pending[], severity: Severity, secrets: Set<string>, source: (file: string) => SourceFile | undefined): void {
  let current: Resource | undefined;
  try {
    const visitors: Visitors = rule.create!({
      options: optionsOf(rule, opts),
      model,
      get graph() {
        return graphOf();
      },
      settings: { tenantId: opts.tenantId },
      source,
      report: reporter(rule, severity, pending, secrets, () => current),
    });
    for (const res of model.resources) {
      const visit = visitors[res.kind];
      if (!visit) continue;
      current = res;
      visit(res);
    }
    current = undefined;
    visitors.onModelEnd?.();
  } catch (e) {
    internalError(pending, rule.meta.id, e, current?.file);
  }
}

function runDiffRule(rule: Rule, opts: LintOptions, base: Model, head: Model, pending: Pending[], severity: Severity, secrets: Set<string>): void {
  try {
    rule.diff!({ options: optionsOf(rule, opts), base, head, settings: { tenantId: opts.tenantId }, report: reporter(rule, severity, pending, secrets) });
  } catch (e) {
    internalError(pending, rule.meta.id, e);
  }
}

function defaultsOf(schema: Record<string, unknown> | undefined): Record<string, unknown> {
  const props = (schema?.properties ?? {}) as Record<string, { default?: unknown }>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v.default !== undefined) out[k] = v.default;
  return out;
}

/** Dedupe, sort and fingerprint. */
function finalize(pending: Pending[], sources: Map<string, SourceFile>, fingerprintPath: (file: string) => string = (f) => f): Finding[] {
  const seen = new Set<string>();
  const unique = pending.filter((p) => {
    const key = `${p.ruleId}|${p.loc.file}|${p.loc.range.start.line}|${p.loc.range.start.column}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const findings: Finding[] = unique.map((p) => ({ ...p, fingerprint: '' }));
  findings.sort(compareFindings);
  const occurrences = new Map<string, number>();
  for (const f of findings) {
    const anchor = f.secret ? f.message : (sources.get(f.loc.file)?.lines.lineText(f.loc.range.start.line) ?? '') + '\0' + f.message;
    const key = `${f.ruleId}|${f.loc.file}|${anchor}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    f.fingerprint = fingerprint(f.ruleId, fingerprintPath(f.loc.file), anchor, n);
  }
  return findings;
}
