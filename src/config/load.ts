import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { SourceFile } from '../model/located.js';
import { toPlain, type MValue } from '../model/value.js';
import type { EvalLimits } from '../model/eval-budget.js';
import { parseYaml } from '../parsers/yaml.js';
import { ConfigError, explainAjvErrors } from './errors.js';
import { config as validate } from '../generated/validators.js';
import { configFileFor } from './locate.js';

/** A severity as configured (the rule contract's levels, plus `off`). Config owns its types. */
export type Level = 'error' | 'warning' | 'note';

/** How the engine runs one rule: a severity, or a severity and options. */
export type RuleSetting = Level | 'off' | { severity?: Level | 'off'; options?: Record<string, unknown> };

export interface RuleConfig {
  severity?: Level | 'off';
  options?: Record<string, unknown>;
  ignore?: string[];
}

export interface Config {
  /** The file it came from, when there was one. */
  file?: string;
  rules: Record<string, RuleConfig>;
  ignore: string[];
  tenantId?: string;
  /** A run that scans no file is accepted. */
  allowEmpty?: boolean;
  /** Iterations read per loop (see LintOptions). */
  maxLoopIterations?: number;
  workspaces: { paths: string[]; name: string }[];
  /** Absolute folders of declarative rules. */
  ruleDirs: string[];
  /** Absolute plugin module paths (or bare package names). */
  plugins: string[];
  /** Evaluation limits per file read (src/model/eval-budget.ts). */
  limits?: Partial<EvalLimits>;
  /** Where each rule id is written in the file, for errors found after rules are loaded. */
  ruleKeyLocs: Record<string, string>;
}

export { CONFIG_NAMES } from './locate.js';

export function emptyConfig(): Config {
  return { rules: {}, ignore: [], workspaces: [], ruleDirs: [], plugins: [], ruleKeyLocs: {} };
}

/**
 * Finds and validates the configuration: `explicit` (from --config), else `.amlguard.yml` at the
 * scan root, else in the one folder given to scan (so `amlguard examples` uses examples/.amlguard.yml).
 */
export function loadConfig(root: string, explicit?: string, paths: string[] = []): Config {
  const path = configFileFor(root, explicit, paths);
  if (!path) return emptyConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`configuration file not found: ${explicit ?? path}`);
  }
  const shownPath = relative(root, path).split(sep).join('/') || path;
  const src = new SourceFile(shownPath.startsWith('..') ? path : shownPath, text);
  const parsed = parseYaml(src);
  if (parsed.error) {
    const pos = src.lines.position(parsed.error.start);
    throw new ConfigError(`${src.path}:${pos.line}:${pos.column}: cannot parse the configuration: ${parsed.error.message}`);
  }
  const root0: MValue | undefined = parsed.docs[0]?.root;
  const data = root0 ? toPlain(root0) : {};
  if (data === null || data === undefined) return { ...emptyConfig(), file: path };
  if (!validate(data)) throw new ConfigError(explainAjvErrors(validate.errors ?? [], root0, src, data).join('\n'));
  const d = data as {
    rules?: Record<string, Level | 'off' | RuleConfig>;
    ignore?: string[];
    tenantId?: string;
    allowEmpty?: boolean;
    maxLoopIterations?: number;
    workspaces?: { paths: string[]; name: string }[];
    ruleDirs?: string[];
    plugins?: string[];
    limits?: Partial<EvalLimits>;
  };
  const base = dirname(path);
  // Globs in the file are relative to its folder; findings use paths relative to the scan root.
  const prefix = relative(root, base).split(sep).join('/');
  const rebase = (g: string) => (prefix && !prefix.startsWith('..') ? `${prefix}/${g.replace(/^\.\//, '')}` : g);
  const rules: Record<string, RuleConfig> = {};
  const ruleKeyLocs: Record<string, string> = {};
  for (const [id, v] of Object.entries(d.rules ?? {})) {
    rules[id] = typeof v === 'string' ? { severity: v } : { ...v, ignore: v.ignore?.map(rebase) };
    const entry = root0?.t === 'obj' ? root0.entries.find((e) => e.key === 'rules')?.value : undefined;
    const key = entry?.t === 'obj' ? entry.entries.find((e) => e.key === id) : undefined;
    ruleKeyLocs[id] = key ? `${src.path}:${key.keyLoc.range.start.line}:${key.keyLoc.range.start.column}:` : `${src.path}:`;
  }
  return {
    file: path,
    rules,
    ignore: (d.ignore ?? []).map(rebase),
    tenantId: d.tenantId,
    allowEmpty: d.allowEmpty,
    maxLoopIterations: d.maxLoopIterations,
    workspaces: (d.workspaces ?? []).map((w) => ({ ...w, paths: w.paths.map(rebase) })),
    ruleDirs: (d.ruleDirs ?? []).map((p) => resolve(base, p)),
    plugins: (d.plugins ?? []).map((p) => (p.startsWith('.') || isAbsolute(p) ? resolve(base, p) : p)),
    ruleKeyLocs,
    ...(d.limits ? { limits: d.limits } : {}),
  };
}

/** The engine's per-rule settings from the configuration. */
export function ruleSettings(config: Config): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, r] of Object.entries(config.rules)) out[id] = { severity: r.severity, options: r.options };
  return out;
}
