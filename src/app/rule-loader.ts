import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { SourceFile } from '../model/located.js';
import { toPlain } from '../model/value.js';
import { parseYaml } from '../parsers/yaml.js';
import { compileDeclarative } from '../rule/declarative.js';
import { compileUserSchemas, validateDeclarative } from '../rule/declarative-ajv.js';
import type { Rule } from '../rule/contract.js';

/** Every `*.yml`/`*.yaml` in a folder is one declarative rule. */
export function loadRuleDir(dir: string, shownAs = dir, context = ''): Rule[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    throw new ConfigError(`rule folder not found: ${shownAs}${context}`);
  }
  return names.map((n) => loadRuleFile(join(dir, n), `${shownAs.replace(/\/$/, '')}/${n}`));
}

export function loadRuleFile(path: string, shownAs: string): Rule {
  const src = new SourceFile(shownAs, readTextOrThrow(path, shownAs));
  const parsed = parseYaml(src);
  if (parsed.error) {
    const p = src.lines.position(parsed.error.start);
    throw new ConfigError(`${shownAs}:${p.line}:${p.column}: cannot parse the rule: ${parsed.error.message}`);
  }
  const root = parsed.docs[0]?.root;
  if (!root) throw new ConfigError(`${shownAs}: the rule file is empty`);
  const def = validateDeclarative(toPlain(root), root, { path: shownAs, src });
  return compileDeclarative(def, () => compileUserSchemas(def));
}

function readTextOrThrow(path: string, shownAs: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`cannot read rule file ${shownAs}`);
  }
}

/**
 * Loads code rules from JavaScript modules (`export default { rules: [...] }` or `export const rules`).
 * Refused unless allowed: a pull request from a fork must never get to run code.
 */
export async function loadPlugins(modules: string[], allowed: boolean): Promise<Rule[]> {
  if (!modules.length) return [];
  if (!allowed) {
    throw new ConfigError(`plugins are configured (${modules.join(', ')}) but not allowed: pass --allow-plugins (CLI) or set the allow-plugins input to true (Action). Plugins run code, so they stay off unless you opt in.`);
  }
  const rules: Rule[] = [];
  for (const spec of modules) {
    const url = spec.startsWith('/') || /^[A-Za-z]:[\\/]/.test(spec) ? pathToFileURL(spec).href : spec;
    let mod: { default?: { rules?: unknown }; rules?: unknown };
    try {
      // webpackIgnore keeps ncc from bundling (or breaking) this run-time import.
      mod = await import(/* webpackIgnore: true */ url);
    } catch (e) {
      throw new ConfigError(`cannot load plugin ${spec}: ${(e as Error).message}`);
    }
    const list = mod.rules ?? mod.default?.rules;
    if (!Array.isArray(list)) throw new ConfigError(`plugin ${spec} exports no rules (expected \`export const rules = [...]\` or a default export with rules).`);
    for (const r of list as Rule[]) {
      if (!r || typeof r !== 'object' || !r.meta || typeof r.meta.id !== 'string' || (r.create && typeof r.create !== 'function')) {
        throw new ConfigError(`plugin ${spec} exports a rule without meta.id and a create() function.`);
      }
      // Plugin authors may leave documentation fields out; fill them so reporters stay valid.
      const defaults = { source: [], why: '', fix: '', tags: [], formats: [], messages: {}, securitySeverity: 5, description: r.meta.summary ?? r.meta.id, summary: r.meta.id, severity: 'warning' };
      rules.push({ ...r, meta: { ...defaults, ...(r.meta as Partial<Rule['meta']>) } as Rule['meta'] });
    }
  }
  return rules;
}
