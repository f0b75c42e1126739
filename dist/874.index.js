export const id = 874;
export const ids = [874];
export const modules = {

/***/ 4874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPlugins: () => (/* binding */ loadPlugins),
  loadRuleDir: () => (/* binding */ loadRuleDir)
});

// UNUSED EXPORTS: loadRuleFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/src/config/errors.js
var errors = __webpack_require__(8422);
// EXTERNAL MODULE: ./lib/src/model/located.js
var located = __webpack_require__(7834);
// EXTERNAL MODULE: ./lib/src/model/value.js
var value = __webpack_require__(1925);
// EXTERNAL MODULE: ./lib/src/parsers/yaml.js + 2 modules
var yaml = __webpack_require__(3809);
// EXTERNAL MODULE: ./lib/src/rule/declarative.js
var declarative = __webpack_require__(6417);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./lib/src/generated/validators.js
var validators = __webpack_require__(9025);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./lib/src/rule/linear-regexp.js

function compileLinear(pattern) {
    try {
        return build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(pattern));
    }
    catch (e) {
        throw new Error(`pattern ${JSON.stringify(pattern)} is not supported: ${e.message.replace(/^error parsing regexp: /, '')} (patterns run on a linear-time engine without lookaround or back-references)`);
    }
}
/** For ajv's `code.regExp` option: `(pattern, flags) => { test }` plus the code that names it. */
const linearRegExp = Object.assign((pattern) => compileLinear(pattern), { code: 'linearRegExp' });
//# sourceMappingURL=linear-regexp.js.map
;// CONCATENATED MODULE: ./lib/src/rule/declarative-ajv.js
// Users' declarative rules: their file is checked against the declarative-rule schema (compiled
// ahead of time), and their `assert` / `select.where` schemas are compiled at run time with
// patterns on the linear-time engine. Loaded only when a configuration names rule folders.




const newAjv = () => new ajv.Ajv({ allErrors: true, strict: false, code: { regExp: linearRegExp } });
/** Checks a rule file's content against the declarative-rule schema; errors are sentences with file and line. */
function validateDeclarative(data, located, where) {
    if (!(0,validators/* declarativeRule */.R6)(data)) {
        throw new errors/* ConfigError */.xL((0,errors/* explainAjvErrors */.An)(validators/* declarativeRule */.R6.errors ?? [], located, where?.src, data).join('\n') || `${where?.path ?? 'rule'}: invalid rule`);
    }
    const rule = data;
    const ajv = newAjv();
    for (const key of ['assert', 'where']) {
        const schema = key === 'assert' ? rule.assert : rule.select.where;
        if (!schema)
            continue;
        try {
            ajv.compile(schema);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL(`${where?.path ?? rule.id}: ${key === 'assert' ? 'assert' : 'select.where'} is not a valid JSON schema: ${e.message}`);
        }
    }
    return rule;
}
/** A user's rule's validators (patterns on the linear-time engine). */
function compileUserSchemas(def) {
    const ajv = newAjv();
    return { assert: ajv.compile(def.assert), where: def.select.where ? ajv.compile(def.select.where) : undefined };
}
//# sourceMappingURL=declarative-ajv.js.map
;// CONCATENATED MODULE: ./lib/src/app/rule-loader.js









/** Every `*.yml`/`*.yaml` in a folder is one declarative rule. */
function loadRuleDir(dir, shownAs = dir, context = '') {
    let names;
    try {
        if (!(0,external_node_fs_.statSync)(dir).isDirectory())
            throw new Error('not a folder');
        names = (0,external_node_fs_.readdirSync)(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
    }
    catch {
        throw new errors/* ConfigError */.xL(`rule folder not found: ${shownAs}${context}`);
    }
    return names.map((n) => loadRuleFile((0,external_node_path_.join)(dir, n), `${shownAs.replace(/\/$/, '')}/${n}`));
}
function loadRuleFile(path, shownAs) {
    const src = new located/* SourceFile */.s(shownAs, readTextOrThrow(path, shownAs));
    const parsed = (0,yaml/* parseYaml */.h)(src);
    if (parsed.error) {
        const p = src.lines.position(parsed.error.start);
        throw new errors/* ConfigError */.xL(`${shownAs}:${p.line}:${p.column}: cannot parse the rule: ${parsed.error.message}`);
    }
    const root = parsed.docs[0]?.root;
    if (!root)
        throw new errors/* ConfigError */.xL(`${shownAs}: the rule file is empty`);
    const def = validateDeclarative((0,value/* toPlain */.Ul)(root), root, { path: shownAs, src });
    return (0,declarative/* compileDeclarative */.M)(def, () => compileUserSchemas(def));
}
function readTextOrThrow(path, shownAs) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors/* ConfigError */.xL(`cannot read rule file ${shownAs}`);
    }
}
/**
 * Loads code rules from JavaScript modules (`export default { rules: [...] }` or `export const rules`).
 * Refused unless allowed: a pull request from a fork must never get to run code.
 */
async function loadPlugins(modules, allowed) {
    if (!modules.length)
        return [];
    if (!allowed) {
        throw new errors/* ConfigError */.xL(`plugins are configured (${modules.join(', ')}) but not allowed: pass --allow-plugins (CLI) or set the allow-plugins input to true (Action). Plugins run code, so they stay off unless you opt in.`);
    }
    const rules = [];
    for (const spec of modules) {
        const url = spec.startsWith('/') || /^[A-Za-z]:[\\/]/.test(spec) ? (0,external_node_url_.pathToFileURL)(spec).href : spec;
        let mod;
        try {
            // webpackIgnore keeps ncc from bundling (or breaking) this run-time import.
            mod = await import(/* webpackIgnore: true */ url);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL(`cannot load plugin ${spec}: ${e.message}`);
        }
        const list = mod.rules ?? mod.default?.rules;
        if (!Array.isArray(list))
            throw new errors/* ConfigError */.xL(`plugin ${spec} exports no rules (expected \`export const rules = [...]\` or a default export with rules).`);
        for (const r of list) {
            if (!r || typeof r !== 'object' || !r.meta || typeof r.meta.id !== 'string' || (r.create && typeof r.create !== 'function')) {
                throw new errors/* ConfigError */.xL(`plugin ${spec} exports a rule without meta.id and a create() function.`);
            }
            // Plugin authors may leave documentation fields out; fill them so reporters stay valid.
            const defaults = { source: [], why: '', fix: '', tags: [], formats: [], messages: {}, securitySeverity: 5, description: r.meta.summary ?? r.meta.id, summary: r.meta.id, severity: 'warning' };
            rules.push({ ...r, meta: { ...defaults, ...r.meta } });
        }
    }
    return rules;
}
//# sourceMappingURL=rule-loader.js.map

/***/ })

};
