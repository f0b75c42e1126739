import { relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, explainAjvErrors } from '../config/errors.js';
import { loadConfig, ruleSettings, type Config } from '../config/load.js';
import { readBaseline } from '../engine/filters/baseline.js';
import type { LintOptions } from '../engine/lint.js';
import { ruleOptionValidators } from '../generated/validators.js';
import { NO_OPTIONS_SCHEMA, type Rule } from '../rule/contract.js';

export interface SetupOptions {
  root: string;
  paths?: string[];
  include?: string[];
  exclude?: string[];
  configPath?: string;
  /** Extra declarative rule folders (CLI --rule-dir), relative to the working directory. */
  ruleDirs?: string[];
  allowPlugins?: boolean;
  tenantId?: string;
  baselinePath?: string;
  /** Report only on these root-relative files (see targets.ts). */
  reportOnly?: string[];
  /** Root-relative path → text read instead of the disk (stdin). */
  overlay?: Record<string, string>;
  /** Folders whose configuration applies besides the root's; default `paths`. */
  configPaths?: string[];
}

/** Configuration + rule set + baseline → the options of one lint run. Throws ConfigError on any mistake. */
export async function prepareRun(o: SetupOptions): Promise<{ options: LintOptions; config: Config }> {
  const config = loadConfig(o.root, o.configPath, o.configPaths ?? o.paths);
  const rules = await loadRules(config, o);
  await checkRuleConfig(config, rules);
  const ruleIgnores: Record<string, string[]> = {};
  for (const [id, r] of Object.entries(config.rules)) if (r.ignore?.length) ruleIgnores[id] = r.ignore;
  const options: LintOptions = {
    root: o.root,
    paths: o.paths,
    include: o.include,
    exclude: [...(o.exclude ?? []), ...config.ignore],
    rules,
    ruleSettings: ruleSettings(config),
    ruleIgnores,
    tenantId: o.tenantId ?? config.tenantId,
    workspaces: config.workspaces,
    limits: config.limits,
    limitsSetBy: config.file && (relative(o.root, config.file) || config.file),
    maxLoopIterations: config.maxLoopIterations,
    baseline: o.baselinePath ? readBaseline(resolve(o.root, o.baselinePath)) : undefined,
    reportOnly: o.reportOnly,
    overlay: o.overlay,
  };
  return { options, config };
}

export async function loadRules(config: Config, o: Pick<SetupOptions, 'root' | 'ruleDirs' | 'allowPlugins'>): Promise<Rule[]> {
  const rules: Rule[] = [...builtinRules];
  // Users' rules and plugins need the YAML rule loader and ajv: loaded only when configured.
  if (!config.ruleDirs.length && !o.ruleDirs?.length && !config.plugins.length) return rules;
  const { loadPlugins, loadRuleDir } = await import('./rule-loader.js');
  for (const dir of config.ruleDirs) rules.push(...loadRuleDir(dir, relative(o.root, dir) || '.', ` (ruleDirs in ${relative(o.root, config.file ?? '') || config.file})`));
  for (const dir of o.ruleDirs ?? []) rules.push(...loadRuleDir(resolve(o.root, dir), dir));
  rules.push(...(await loadPlugins(config.plugins, !!o.allowPlugins)));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.meta.id)) throw new ConfigError(`two rules have the id '${r.meta.id}'; rule ids must be unique.`);
    seen.add(r.meta.id);
  }
  return rules;
}

/** Every configured rule must exist, and its options must match the rule's schema. */
async function checkRuleConfig(config: Config, rules: Rule[]): Promise<void> {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    const where = config.ruleKeyLocs[id] ?? '';
    const rule = byId.get(id);
    if (!rule) {
      problems.push(`${where} rules.${id}: unknown rule; run amlguard --list-rules to see the rule ids.`.trim());
      continue;
    }
    if (!setting.options) continue;
    // Built-in rules' schemas are compiled ahead of time; a plugin's is compiled here.
    const validate = (builtinRules.includes(rule) ? ruleOptionValidators[id] : undefined) ?? (await compileSchema(rule.meta.options ?? NO_OPTIONS_SCHEMA));
    if (!validate(setting.options)) {
      for (const line of explainAjvErrors(validate.errors ?? [], undefined, undefined, setting.options)) problems.push(`${where} rules.${id}.options${line.startsWith('(top level)') ? line.slice(11) : '.' + line}`.trim());
    }
  }
  if (problems.length) throw new ConfigError(problems.join('\n'));
}

async function compileSchema(schema: object): Promise<ValidateFunction> {
  const { Ajv } = await import('ajv');
  return new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
}
