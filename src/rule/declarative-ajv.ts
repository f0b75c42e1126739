// Users' declarative rules: their file is checked against the declarative-rule schema (compiled
// ahead of time), and their `assert` / `select.where` schemas are compiled at run time with
// patterns on the linear-time engine. Loaded only when a configuration names rule folders.
import { Ajv } from 'ajv';
import { ConfigError, explainAjvErrors } from '../config/errors.js';
import { declarativeRule as metaValidator } from '../generated/validators.js';
import type { SourceFile } from '../model/located.js';
import type { MValue } from '../model/value.js';
import type { DeclarativeRule, DeclarativeValidators } from './declarative.js';
import { linearRegExp } from './linear-regexp.js';

const newAjv = () => new Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExp } });

/** Checks a rule file's content against the declarative-rule schema; errors are sentences with file and line. */
export function validateDeclarative(data: unknown, located?: MValue, where?: { path: string; src?: SourceFile }): DeclarativeRule {
  if (!metaValidator(data)) {
    throw new ConfigError(explainAjvErrors(metaValidator.errors ?? [], located, where?.src, data).join('\n') || `${where?.path ?? 'rule'}: invalid rule`);
  }
  const rule = data as DeclarativeRule;
  const ajv = newAjv();
  for (const key of ['assert', 'where'] as const) {
    const schema = key === 'assert' ? rule.assert : rule.select.where;
    if (!schema) continue;
    try {
      ajv.compile(schema);
    } catch (e) {
      throw new ConfigError(`${where?.path ?? rule.id}: ${key === 'assert' ? 'assert' : 'select.where'} is not a valid JSON schema: ${(e as Error).message}`);
    }
  }
  return rule;
}

/** A user's rule's validators (patterns on the linear-time engine). */
export function compileUserSchemas(def: DeclarativeRule): DeclarativeValidators {
  const ajv = newAjv();
  return { assert: ajv.compile(def.assert), where: def.select.where ? ajv.compile(def.select.where) : undefined };
}
