// The regular-expression engine for patterns written by users (declarative rules' `pattern` and
// `patternProperties`): RE2 semantics, matching in time linear in the input, so a pattern such as
// `^(a+)+$` cannot stall a scan on a long name. Features that need backtracking (lookaround,
// back-references) are rejected when the rule is loaded, with a sentence saying so.
import type { Options } from 'ajv';
import { RE2JS } from 're2js';

type RegExpEngine = NonNullable<NonNullable<Options['code']>['regExp']>;

function compileLinear(pattern: string): { test(s: string): boolean } {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (e) {
    throw new Error(`pattern ${JSON.stringify(pattern)} is not supported: ${(e as Error).message.replace(/^error parsing regexp: /, '')} (patterns run on a linear-time engine without lookaround or back-references)`);
  }
}

/** For ajv's `code.regExp` option: `(pattern, flags) => { test }` plus the code that names it. */
export const linearRegExp: RegExpEngine = Object.assign((pattern: string) => compileLinear(pattern), { code: 'linearRegExp' });
