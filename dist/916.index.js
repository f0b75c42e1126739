export const id = 916;
export const ids = [916];
export const modules = {

/***/ 5869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ unpackLocations),
/* harmony export */   W: () => (/* binding */ packLocations)
/* harmony export */ });
const FIELDS = 5;
/** Worker side: replaces every location in the outcome's read by `{ $loc: index }`. */
function packLocations(outcome) {
    if (!outcome.read)
        return undefined;
    const files = [];
    const fileIndex = new Map();
    const ints = [];
    const packed = new Map();
    walk(outcome.read, (value) => {
        if (!isLoc(value))
            return undefined;
        let marker = packed.get(value);
        if (!marker) {
            let f = fileIndex.get(value.file);
            if (f === undefined)
                fileIndex.set(value.file, (f = files.push(value.file) - 1));
            const { start, end } = value.range;
            marker = { $loc: ints.length / FIELDS };
            ints.push(f, start.line, start.column, end.line, end.column);
            packed.set(value, marker);
        }
        return marker;
    });
    return { files, ints: Int32Array.from(ints) };
}
/** Main-thread side: puts the locations back, one object per packed location, file names shared through `names`. */
function unpackLocations(outcome, packed, names) {
    if (!outcome.read || !packed)
        return;
    const files = packed.files.map((f) => names.get(f) ?? f);
    const { ints } = packed;
    const locs = new Array(ints.length / FIELDS);
    walk(outcome.read, (value) => {
        const i = value.$loc;
        if (typeof i !== 'number')
            return undefined;
        const k = i * FIELDS;
        return (locs[i] ??= { file: files[ints[k]], range: { start: { line: ints[k + 1], column: ints[k + 2] }, end: { line: ints[k + 3], column: ints[k + 4] } } });
    });
}
/** Visits every object property and array item under `root`; `swap` may return a replacement (not walked into). */
function walk(root, swap) {
    const seen = new Set();
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (seen.has(node))
            continue;
        seen.add(node);
        const record = node;
        for (const key in record) {
            const value = record[key];
            if (typeof value !== 'object' || value === null)
                continue;
            const replacement = swap(value);
            if (replacement)
                record[key] = replacement;
            else
                stack.push(value);
        }
    }
}
function isLoc(v) {
    const o = v;
    return typeof o.file === 'string' && typeof o.range === 'object' && o.range !== null && typeof o.range.start?.line === 'number' && Object.keys(v).length === 2;
}
//# sourceMappingURL=compact-locations.js.map

/***/ }),

/***/ 9364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readOne)
/* harmony export */ });
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4630);

/** Reads one discovered file with its format's reader, under the context's budget; never throws. */
function readOne(rel, ctx) {
    const src = ctx.source(rel);
    if (src === undefined)
        return { unread: ctx.whyUnread(rel) ?? 'it cannot be read' };
    // Whatever happens while reading one file (or the modules it calls) stays on that file.
    ctx.budget.begin();
    const out = { text: src.text };
    try {
        out.read = (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFor */ .Bm)(rel, src.text)?.read(src, ctx);
    }
    catch (e) {
        out.thrown = internalMessage(e);
    }
    out.crossing = ctx.budget.end();
    return out;
}
/** A short, stack-free description of what a reader threw: never its stack or message text. */
function internalMessage(e) {
    if (e instanceof RangeError)
        return 'it is too large or too deeply nested to evaluate';
    // Error messages can quote file text (JSON.parse does): only the kind of error is printed.
    return `internal error (${e instanceof Error ? e.name : typeof e})`;
}
//# sourceMappingURL=read-one.js.map

/***/ }),

/***/ 9647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yI: () => (/* binding */ readContext)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_LOOP_ITERATIONS, readRegularText, decode */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _files_disk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1292);
/* harmony import */ var _model_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7834);
/* harmony import */ var _model_eval_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3804);




/** Iterations read per loop unless the configuration says otherwise. */
const DEFAULT_MAX_LOOP_ITERATIONS = 1000;
const leaves = (rel) => rel === '..' || rel.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(rel);
/**
 * File access for readers (from disk or a git revision), cached so no file is read or parsed
 * twice. Paths leaving the root are never read; the disk source also refuses symlinks leading out
 * of it and anything that is not a regular file.
 */
function readContext(root, sources, files = (0,_files_disk_js__WEBPACK_IMPORTED_MODULE_1__/* .diskSource */ .j)(root), scan = {}) {
    const unread = new Map();
    const memos = new Map();
    const listed = new Map();
    const budget = scan.budget ?? new _model_eval_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .EvalBudget */ .A6();
    return {
        root,
        budget,
        files: scan.files ?? [],
        maxLoopIterations: scan.maxLoopIterations ?? DEFAULT_MAX_LOOP_ITERATIONS,
        source(rel) {
            const key = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(rel);
            const hit = sources.get(key);
            if (hit || unread.has(key))
                return hit;
            if (leaves(key)) {
                unread.set(key, 'it is outside the scan root');
                return undefined;
            }
            const bytes = files.read(key);
            const text = bytes && decode(bytes);
            if (text === undefined) {
                unread.set(key, bytes ? 'it is not UTF-8 text' : (files.whyUnread?.(key) ?? 'it cannot be read'));
                return undefined;
            }
            const src = new _model_located_js__WEBPACK_IMPORTED_MODULE_3__/* .SourceFile */ .s(key, text);
            sources.set(key, src);
            return src;
        },
        whyUnread(rel) {
            return unread.get(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(rel));
        },
        list(relDir) {
            const key = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(relDir);
            if (leaves(key))
                return [];
            // Listed once per run: readers ask for a file's folder once per file (parameter files beside templates).
            let names = listed.get(key);
            if (!names) {
                names = files
                    .list(key)
                    .filter((e) => !e.dir && !e.special)
                    .map((e) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(key, e.name))
                    .sort();
                listed.set(key, names);
            }
            return names;
        },
        forget(key) {
            memos.delete(key);
        },
        memo(key, compute) {
            if (memos.has(key))
                return memos.get(key);
            const v = compute();
            // A value cut short by the current file's budget must not stand in for another file's read.
            if (!budget.crossed)
                memos.set(key, v);
            return v;
        },
    };
}
/** For reporters' source snippets: the same rules as readers (regular files inside the root only). */
function readRegularText(root, rel) {
    const key = posix.normalize(rel);
    if (leaves(key))
        return undefined;
    const bytes = diskSource(root).read(key);
    return bytes && decode(bytes);
}
// One decoder for the run: each call decodes a whole buffer, so no state carries over.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Strict UTF-8 (a BOM is dropped); undefined for binary or other encodings. */
function decode(buf) {
    // A NUL in the first 8 KiB marks a binary file (most files are shorter: no view needed).
    if ((buf.length <= 8192 ? buf : buf.subarray(0, 8192)).includes(0))
        return undefined;
    try {
        return STRICT_UTF8.decode(buf);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=read-context.js.map

/***/ }),

/***/ 4630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _j: () => (/* binding */ candidatesFor),
  Um: () => (/* binding */ commentsFor),
  Bm: () => (/* binding */ formatFor),
  np: () => (/* binding */ readsAlone)
});

// UNUSED EXPORTS: FORMATS

;// CONCATENATED MODULE: ./lib/src/formats/comments.js
/** YAML, shell, PowerShell. */
const HASH = [{ open: '#' }];
/** Bicep and ARM JSON (which Azure reads with comments). */
const C_STYLE = [{ open: '//' }, { open: '/*', close: '*/' }];
/** HCL: both of the above. */
const HCL = [...HASH, ...C_STYLE];
const openers = (cs) => cs.map((c) => c.open);
//# sourceMappingURL=comments.js.map
;// CONCATENATED MODULE: ./lib/src/formats/contract.js
/** Declares a format with its literal id kept in the type (so `FormatId` is a union). */
function defineFormat(d) {
    return d;
}
//# sourceMappingURL=contract.js.map
// EXTERNAL MODULE: ./lib/src/parsers/yaml.js + 2 modules
var yaml = __webpack_require__(3809);
;// CONCATENATED MODULE: ./lib/src/parsers/shell/lexer.js
// Shell / PowerShell lexer: just enough of each grammar to split a script into simple
// commands made of words, with exact source offsets. It never executes or expands anything:
// any part that depends on run-time state ($VAR, $(cmd), `cmd`, ${x}) makes a word unknown.
const PS_ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};
const SH_ANSI_ESCAPES = {
    a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    '\\': '\\', "'": "'", '"': '"', '?': '?',
};
// PowerShell accepts typographic quotes as quote characters (common after copy-paste from docs).
const PS_DQ = '"\u201c\u201d\u201e';
const PS_SQ = "'\u2018\u2019\u201a\u201b";
class WordBuilder {
    start;
    text = '';
    offsets = [];
    unknown = false;
    constructor(start) {
        this.start = start;
    }
    add(s, offset) {
        if (this.unknown)
            return;
        this.text += s;
        for (let k = 0; k < s.length; k++)
            this.offsets.push(offset);
    }
    /** Add a verbatim run: char k comes from offset + k. */
    addRun(s, offset) {
        if (this.unknown)
            return;
        this.text += s;
        for (let k = 0; k < s.length; k++)
            this.offsets.push(offset + k);
    }
    finish(end) {
        return {
            start: this.start,
            end,
            text: this.unknown ? null : this.text,
            prefix: this.text,
            prefixOffsets: this.offsets,
        };
    }
}
class Lexer {
    src;
    pos = 0;
    commands = [];
    pendingHeredocs = [];
    ps;
    depth = 0;
    constructor(src, dialect) {
        this.src = src;
        this.ps = dialect === 'ps1';
    }
    /**
     * Reads a command list until `term` (consumed) or end of input. Nested lists
     * ($(…), `…`, (…), {…} in PowerShell) recurse here, so commands inside them are found too.
     */
    list(term) {
        const src = this.src;
        if (this.depth > 200) {
            this.pos = src.length; // pathological nesting: give up on the rest instead of overflowing the stack
            return;
        }
        this.depth++;
        try {
            this.listBody(term);
        }
        finally {
            this.depth--;
        }
    }
    listBody(term) {
        const src = this.src;
        let words = [];
        let caseDepth = 0; // `pattern)` inside `case … esac` is not the end of a $( … )
        const flush = () => {
            if (words.length)
                this.commands.push(words);
            words = [];
        };
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
                this.pos++;
                continue;
            }
            const cont = this.continuationEnd(this.pos);
            if (cont >= 0) {
                this.pos = cont;
                continue;
            }
            if (c === '\n') {
                flush();
                this.pos++;
                this.readHeredocBodies();
                continue;
            }
            if (c === '#') {
                this.skipToEol();
                continue;
            }
            if (this.ps && src.startsWith('<#', this.pos)) {
                const close = src.indexOf('#>', this.pos + 2);
                this.pos = close < 0 ? src.length : close + 2;
                continue;
            }
            if (term !== null && c === term && !(term === ')' && caseDepth > 0)) {
                this.pos++;
                flush();
                return;
            }
            const op = this.operator();
            if (op !== null) {
                if (op === '(' || (this.ps && op === '{')) {
                    // subshell / PowerShell grouping or script block: a new command context
                    flush();
                    this.list(op === '(' ? ')' : '}');
                }
                else if (op === '<<' || op === '<<-') {
                    this.skipBlanks();
                    const d = this.word(term);
                    if (d)
                        this.pendingHeredocs.push({ delim: d.text ?? d.prefix, stripTabs: op === '<<-' });
                }
                else if (isRedirect(op)) {
                    this.skipBlanks();
                    this.word(term); // the redirection target is not an argument
                }
                else {
                    flush();
                }
                continue;
            }
            const w = this.word(term);
            if (!w) {
                this.pos++; // defensive: never loop without progress
                continue;
            }
            // `2>file`, `2>&1`, PowerShell `*>`: the fd number belongs to the redirection
            const next = src[this.pos];
            if ((next === '>' || next === '<') && /^(\d+|\*)$/.test(src.slice(w.start, w.end)))
                continue;
            if (!this.ps && words.length === 0) {
                if (w.text === 'case')
                    caseDepth++;
                else if (w.text === 'esac' && caseDepth > 0)
                    caseDepth--;
            }
            words.push(w);
        }
        flush();
    }
    /** End offset of a line continuation starting at i, or -1. Trailing blanks are tolerated. */
    continuationEnd(i) {
        const src = this.src;
        if (src[i] !== (this.ps ? '`' : '\\'))
            return -1;
        let j = i + 1;
        while (src[j] === ' ' || src[j] === '\t')
            j++;
        if (src[j] === '\r')
            j++;
        if (src[j] === '\n')
            return j + 1;
        return j >= src.length && j > i + 1 ? j : -1;
    }
    skipToEol() {
        const nl = this.src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.src.length : nl;
    }
    skipBlanks() {
        while (this.src[this.pos] === ' ' || this.src[this.pos] === '\t')
            this.pos++;
    }
    readHeredocBodies() {
        const src = this.src;
        for (const h of this.pendingHeredocs) {
            while (this.pos < src.length) {
                const nl = src.indexOf('\n', this.pos);
                const lineEnd = nl < 0 ? src.length : nl;
                let line = src.slice(this.pos, lineEnd).replace(/\r$/, '');
                if (h.stripTabs)
                    line = line.replace(/^\t+/, '');
                this.pos = nl < 0 ? src.length : nl + 1;
                if (line === h.delim)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    operator() {
        const s = this.src.slice(this.pos, this.pos + 3);
        const ops = this.ps
            ? ['&&', '||', '>>', '>&', ';', '|', '&', '>', '<', '(', '{', '}', ')']
            : [';;&', '&>>', '<<<', '<<-', ';;', ';&', '&&', '||', '|&', '&>', '>>', '>|', '>&', '<&', '<>', '<<',
                ';', '&', '|', '>', '<', '(', ')'];
        for (const op of ops) {
            if (s.startsWith(op)) {
                // `<(cmd)` / `>(cmd)` process substitution is a word, not a redirection
                if (!this.ps && (op === '<' || op === '>') && s[1] === '(')
                    return null;
                this.pos += op.length;
                return op;
            }
        }
        return null;
    }
    isWordEnd(c, term) {
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '|' || c === '&' ||
            c === '<' || c === '>' || c === '(' || c === ')')
            return true;
        if (this.ps)
            return c === '}';
        return term === '`' && c === '`';
    }
    /** Reads one word at `pos`; null if none starts here. */
    word(term) {
        const src = this.src;
        const b = new WordBuilder(this.pos);
        const begin = this.pos;
        while (this.pos < src.length) {
            const i = this.pos;
            const c = src[i];
            const atStart = i === begin;
            if (!this.ps && (c === '<' || c === '>') && src[i + 1] === '(' && atStart) {
                this.pos += 2;
                this.list(')');
                b.unknown = true;
                continue;
            }
            if (this.ps && atStart && (c === '@' || c === '$') && (src[i + 1] === '(' || (c === '@' && src[i + 1] === '{'))) {
                this.pos += 2;
                this.list(src[i + 1] === '(' ? ')' : '}');
                b.unknown = true;
                continue;
            }
            if (this.ps && atStart && c === '@' && (src[i + 1] === '"' || src[i + 1] === "'")) {
                if (this.hereString(b))
                    continue;
            }
            if (this.isWordEnd(c, term))
                break;
            const cont = this.continuationEnd(i);
            if (cont >= 0) {
                this.pos = cont;
                // bash joins `a\<newline>b` into one word; with indentation the next blank ends it
                continue;
            }
            if (this.ps)
                this.psPart(b);
            else
                this.shPart(b, term);
        }
        if (this.pos === begin)
            return null;
        return b.finish(this.pos);
    }
    shPart(b, term) {
        const src = this.src;
        const i = this.pos;
        const c = src[i];
        if (c === '\\') {
            if (i + 1 < src.length) {
                b.add(src[i + 1], i);
                this.pos += 2;
            }
            else {
                b.add('\\', i);
                this.pos++;
            }
        }
        else if (c === "'") {
            const close = src.indexOf("'", i + 1);
            const end = close < 0 ? src.length : close;
            b.addRun(src.slice(i + 1, end), i + 1);
            this.pos = close < 0 ? src.length : close + 1;
        }
        else if (c === '$' && src[i + 1] === "'") {
            this.ansiC(b);
        }
        else if (c === '"') {
            this.shDouble(b);
        }
        else if (c === '$') {
            this.shDollar(b);
        }
        else if (c === '`') {
            this.pos++;
            this.list('`');
            b.unknown = true;
        }
        else if (c === '=' && src[i + 1] === '(' && /^[A-Za-z_]\w*\+?$/.test(src.slice(b.start, i))) {
            // array assignment `arr=(a b c)`: one opaque word
            b.add('=', i);
            this.pos = this.balanced(i + 1, '(', ')');
            b.unknown = true;
        }
        else {
            let j = i + 1;
            while (j < src.length && !this.isWordEnd(src[j], term) && !`\\'"$\`=`.includes(src[j]))
                j++;
            b.addRun(src.slice(i, j), i);
            this.pos = j;
        }
    }
    ansiC(b) {
        const src = this.src;
        let j = this.pos + 2;
        while (j < src.length && src[j] !== "'") {
            if (src[j] === '\\' && j + 1 < src.length) {
                const e = src[j + 1];
                b.add(SH_ANSI_ESCAPES[e] ?? '\\' + e, j);
                j += 2;
            }
            else {
                b.add(src[j], j);
                j++;
            }
        }
        this.pos = Math.min(j + 1, src.length);
    }
    shDouble(b) {
        const src = this.src;
        this.pos++;
        while (this.pos < src.length) {
            const j = this.pos;
            const c = src[j];
            if (c === '"') {
                this.pos++;
                return;
            }
            if (c === '\\') {
                const n = src[j + 1];
                if (n === '\n')
                    this.pos += 2; // line continuation inside quotes
                else if (n === '\r' && src[j + 2] === '\n')
                    this.pos += 3;
                else if (n === '$' || n === '`' || n === '"' || n === '\\') {
                    b.add(n, j);
                    this.pos += 2;
                }
                else {
                    b.add('\\', j);
                    this.pos++;
                }
            }
            else if (c === '$') {
                this.shDollar(b);
            }
            else if (c === '`') {
                this.pos++;
                this.list('`');
                b.unknown = true;
            }
            else {
                b.add(c, j);
                this.pos++;
            }
        }
    }
    shDollar(b) {
        const src = this.src;
        const i = this.pos;
        const n = src[i + 1];
        if (n === '(' && src[i + 2] === '(') {
            this.pos = this.balanced(i + 1, '(', ')'); // arithmetic: no commands inside
            b.unknown = true;
        }
        else if (n === '(') {
            this.pos = i + 2;
            this.list(')');
            b.unknown = true;
        }
        else if (n === '{') {
            this.pos = this.balanced(i + 1, '{', '}'); // also swallows CI `${{ expr }}`
            b.unknown = true;
        }
        else if (n !== undefined && /[A-Za-z_]/.test(n)) {
            let j = i + 2;
            while (j < src.length && /\w/.test(src[j]))
                j++;
            this.pos = j;
            b.unknown = true;
        }
        else if (n !== undefined && /[0-9@*#?$!-]/.test(n)) {
            this.pos = i + 2;
            b.unknown = true;
        }
        else {
            b.add('$', i);
            this.pos++;
        }
    }
    psPart(b) {
        const src = this.src;
        const i = this.pos;
        const c = src[i];
        if (c === '`') {
            if (i + 1 < src.length) {
                const e = src[i + 1];
                b.add(PS_ESCAPES[e] ?? e, i);
                this.pos += 2;
            }
            else {
                this.pos++;
            }
        }
        else if (PS_SQ.includes(c)) {
            let j = i + 1;
            while (j < src.length) {
                if (PS_SQ.includes(src[j])) {
                    if (j + 1 < src.length && PS_SQ.includes(src[j + 1])) {
                        b.add("'", j);
                        j += 2;
                        continue;
                    }
                    break;
                }
                b.add(src[j], j);
                j++;
            }
            this.pos = Math.min(j + 1, src.length);
        }
        else if (PS_DQ.includes(c)) {
            this.psDouble(b);
        }
        else if (c === '$') {
            this.psDollar(b);
        }
        else {
            let j = i + 1;
            while (j < src.length && !this.isWordEnd(src[j], null) && !('`$' + PS_SQ + PS_DQ).includes(src[j]))
                j++;
            b.addRun(src.slice(i, j), i);
            this.pos = j;
        }
    }
    psDouble(b) {
        const src = this.src;
        this.pos++;
        while (this.pos < src.length) {
            const j = this.pos;
            const c = src[j];
            if (PS_DQ.includes(c)) {
                if (j + 1 < src.length && PS_DQ.includes(src[j + 1])) {
                    b.add('"', j);
                    this.pos += 2;
                    continue;
                }
                this.pos++;
                return;
            }
            if (c === '`' && j + 1 < src.length) {
                const e = src[j + 1];
                b.add(PS_ESCAPES[e] ?? e, j);
                this.pos += 2;
            }
            else if (c === '$') {
                this.psDollar(b);
            }
            else {
                b.add(c, j);
                this.pos++;
            }
        }
    }
    psDollar(b) {
        const src = this.src;
        const i = this.pos;
        const n = src[i + 1];
        if (n === '(') {
            this.pos = i + 2;
            this.list(')');
            b.unknown = true;
        }
        else if (n === '{') {
            this.pos = this.balanced(i + 1, '{', '}');
            b.unknown = true;
        }
        else if (n !== undefined && /[A-Za-z0-9_]/.test(n)) {
            let j = i + 2;
            while (j < src.length && /[\w:]/.test(src[j]))
                j++;
            this.pos = j;
            b.unknown = true;
        }
        else if (n === '?' || n === '^' || n === '$') {
            this.pos = i + 2;
            b.unknown = true;
        }
        else {
            b.add('$', i);
            this.pos++;
        }
    }
    /** PowerShell here-string `@"…"@` / `@'…'@`: data, never commands. */
    hereString(b) {
        const src = this.src;
        const q = src[this.pos + 1];
        const m = /^[ \t]*\r?\n/.exec(src.slice(this.pos + 2, this.pos + 64));
        if (!m)
            return false;
        const bodyStart = this.pos + 2 + m[0].length;
        const close = src.indexOf('\n' + q + '@', bodyStart - 1);
        const bodyEnd = close < 0 ? src.length : close;
        const body = src.slice(bodyStart, bodyEnd).replace(/\r$/, '');
        if (q === '"' && body.includes('$'))
            b.unknown = true;
        else
            b.addRun(body, bodyStart);
        this.pos = close < 0 ? src.length : close + 3;
        return true;
    }
    /** Offset just past the bracket matching the one at `open`, skipping quoted text. */
    balanced(open, o, c) {
        const src = this.src;
        let depth = 0;
        for (let j = open; j < src.length; j++) {
            const ch = src[j];
            if (ch === '\\' && !this.ps)
                j++;
            else if (ch === "'" || ch === '"') {
                const close = src.indexOf(ch, j + 1);
                if (close < 0)
                    return src.length;
                j = close;
            }
            else if (ch === o)
                depth++;
            else if (ch === c && --depth === 0)
                return j + 1;
        }
        return src.length;
    }
}
function isRedirect(op) {
    return /^[<>&]/.test(op) && op !== '&' && op !== '&&';
}
/** Splits a script into simple commands, including those nested in substitutions. */
function lexCommands(script, dialect) {
    const lx = new Lexer(script, dialect);
    while (lx.pos < script.length)
        lx.list(null); // a stray terminator just restarts the list
    return lx.commands;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/shell/azcli.js
// Finds `az …` invocations in shell / PowerShell scripts and splits them into command group,
// flags and positionals, keeping the exact source span of every part.

/** az arguments declared with nargs '+' / '*' (generic update, tags, id lists). */
const MULTI_VALUE_FLAGS = new Set([
    '--tags', '--scopes', '--ids', '--user-assigned-identities', '--assign-identity', '--identities',
    '--mi-user-assigned', '--set', '--add', '--remove',
]);
// Words that may precede a command name on the same simple command.
const SH_PREFIX = new Set([
    'if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}', 'time', 'sudo', 'exec',
    'command', 'nohup', 'env', 'builtin', 'noglob',
]);
const SH_PREFIX_WITH_OPTIONS = new Set(['sudo', 'env', 'time', 'command', 'exec', 'nohup']);
const PS_PREFIX = new Set(['if', 'elseif', 'else', 'while', 'do', 'until', 'try', 'catch', 'finally', 'return']);
const PS_ASSIGN = /^(=|\+=|-=|\*=|\/=)$/;
const ENV_ASSIGN = /^[A-Za-z_]\w*\+?=/;
const GROUP_WORD = /^[a-z][a-z0-9-]*$/;
function extractAzCommands(script, dialect) {
    const out = [];
    for (const words of lexCommands(script, dialect)) {
        const at = commandNameIndex(script, words, dialect);
        if (at < 0)
            continue;
        const name = words[at].text;
        const isAz = dialect === 'ps1' ? /^az(\.cmd)?$/i.test(name ?? '') : name === 'az';
        if (isAz)
            out.push(buildCommand(script, words[at], words.slice(at + 1)));
    }
    return out.sort((a, b) => a.span.start - b.span.start);
}
/** Index of the word that names the program, skipping keywords, env assignments and wrappers. */
function commandNameIndex(script, words, dialect) {
    let i = 0;
    let wrapper = false; // after `sudo` / `env`: skip their options too
    while (i < words.length) {
        const w = words[i];
        const raw = script.slice(w.start, w.end);
        if (dialect === 'sh') {
            if (ENV_ASSIGN.test(raw) || (w.text !== null && SH_PREFIX.has(w.text)) || (wrapper && raw.startsWith('-'))) {
                wrapper ||= w.text !== null && SH_PREFIX_WITH_OPTIONS.has(w.text);
                i++;
                continue;
            }
        }
        else {
            if (w.text !== null && PS_PREFIX.has(w.text.toLowerCase())) {
                i++;
                continue;
            }
            // `$x = az …`
            if (raw.startsWith('$') && i + 1 < words.length && PS_ASSIGN.test(words[i + 1].text ?? '')) {
                i += 2;
                continue;
            }
        }
        return i;
    }
    return -1;
}
function azWord(script, span, text) {
    return { text, raw: script.slice(span.start, span.end), span };
}
function wordOf(script, w) {
    return azWord(script, { start: w.start, end: w.end }, w.text);
}
/** A word is a flag when its known start looks like `-x`/`--x` (so `-1` is a value). */
function flagShape(w) {
    const m = /^(--?[A-Za-z][\w-]*)(=?)/.exec(w.prefix);
    if (!m)
        return null;
    if (w.text === null && !m[2])
        return null; // `--x$Y`: not statically a flag
    return { name: m[1], eq: m[2] ? m[1].length : -1 };
}
function normalizeFlag(name) {
    return name.startsWith('--') ? name.toLowerCase() : name;
}
function buildCommand(script, az, args) {
    const group = [];
    let i = 0;
    while (i < args.length && args[i].text !== null && GROUP_WORD.test(args[i].text)) {
        group.push(args[i].text);
        i++;
    }
    const positionals = [];
    const flags = [];
    for (; i < args.length; i++) {
        const w = args[i];
        const shape = flagShape(w);
        if (!shape) {
            positionals.push(wordOf(script, w));
            continue;
        }
        const name = normalizeFlag(shape.name);
        if (shape.eq >= 0) {
            // `--flag=value`: split at the `=` using the per-char source offsets
            const eqAt = w.prefixOffsets[shape.eq];
            const value = azWord(script, { start: eqAt + 1, end: w.end }, w.text === null ? null : w.text.slice(shape.eq + 1));
            const f = { name, nameSpan: { start: w.start, end: eqAt }, value, span: { start: w.start, end: w.end } };
            if (MULTI_VALUE_FLAGS.has(name))
                f.values = [value];
            flags.push(f);
            continue;
        }
        const nameSpan = { start: w.start, end: w.end };
        const values = [];
        const multi = MULTI_VALUE_FLAGS.has(name);
        while (i + 1 < args.length && !flagShape(args[i + 1]) && (multi || values.length === 0)) {
            values.push(wordOf(script, args[++i]));
        }
        const f = { name, nameSpan, span: { start: w.start, end: values.length ? values[values.length - 1].span.end : w.end } };
        if (values.length)
            f.value = values[0];
        if (multi && values.length)
            f.values = values;
        flags.push(f);
    }
    const last = args.length ? args[args.length - 1].end : az.end;
    return { group, positionals, flags, span: { start: az.start, end: last } };
}
//# sourceMappingURL=azcli.js.map
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/parsers/shell/yaml-scalar-map.js
function splitLines(src, base) {
    const lines = [];
    let at = 0;
    for (;;) {
        const nl = src.indexOf('\n', at);
        const end = nl < 0 ? src.length : nl;
        const s = src.slice(at, end).replace(/\r$/, '');
        lines.push({ s, at: base + at, nl: base + at + s.length });
        if (nl < 0)
            return lines;
        at = nl + 1;
    }
}
/** Returns a total offset mapper for the scalar, exact where the decoding could be reproduced. */
function scalarOffsetMapper(node, value) {
    const start = node.range?.[0] ?? 0;
    const end = node.range?.[1] ?? start;
    const tok = node.srcToken;
    let d = null;
    if (tok?.type === 'block-scalar') {
        const last = tok.props[tok.props.length - 1];
        const bodyAt = last ? last.offset + ('source' in last ? last.source.length : 0) : tok.offset;
        const header = tok.props.find((p) => p.type === 'block-scalar-header');
        const style = header && 'source' in header ? header.source[0] : '|';
        d = decodeBlock(tok.source, bodyAt, style === '>', value);
    }
    else if (tok && (tok.type === 'scalar' || tok.type === 'single-quoted-scalar' || tok.type === 'double-quoted-scalar')) {
        const quoted = tok.type !== 'scalar';
        const inner = quoted ? tok.source.slice(1, -1) : tok.source;
        const r = decodeFlow(inner, tok.offset + (quoted ? 1 : 0), tok.type);
        if (r.text === value)
            d = { ...r, end: tok.offset + tok.source.length - (quoted ? 1 : 0) };
    }
    if (!d)
        return () => start;
    const offs = d.offs;
    const dd = d;
    return (i) => {
        if (!(i >= 0))
            return offs.length ? offs[0] : start;
        if (i < offs.length)
            return offs[i];
        // one past the last char (span ends): just after the last char's source
        return dd.end ?? (offs.length ? Math.min(offs[offs.length - 1] + 1, end) : start);
    };
}
function leadingSpaces(s) {
    let n = 0;
    while (s[n] === ' ')
        n++;
    return n;
}
/**
 * Block scalar body. The content indent is the first non-blank line's indent unless an explicit
 * indentation indicator says less, so we try candidates from there downwards until one matches.
 */
function decodeBlock(body, bodyAt, folded, value) {
    const lines = splitLines(body, bodyAt);
    if (lines.length && lines[lines.length - 1].s === '' && body.endsWith('\n'))
        lines.pop();
    const first = lines.find((l) => l.s.trim() !== '');
    if (!first)
        return value === '' || /^\n*$/.test(value) ? { text: value, offs: value.split('').map(() => bodyAt) } : null;
    for (let indent = leadingSpaces(first.s); indent >= 0; indent--) {
        const d = folded ? foldBlock(lines, indent) : literalBlock(lines, indent);
        // chomping only trims or keeps trailing line breaks, so the value is a prefix of our text
        if (d.text.startsWith(value) && /^\s*$/.test(d.text.slice(value.length))) {
            return { text: value, offs: d.offs.slice(0, value.length) };
        }
    }
    return null;
}
function literalBlock(lines, indent) {
    let text = '';
    const offs = [];
    for (const l of lines) {
        const content = l.s.length > indent ? l.s.slice(indent) : '';
        text += content + '\n';
        for (let k = 0; k < content.length; k++)
            offs.push(l.at + indent + k);
        offs.push(l.nl);
    }
    return { text, offs };
}
function foldBlock(lines, indent) {
    let text = '';
    const offs = [];
    const emit = (s, at, step = 1) => {
        text += s;
        for (let k = 0; k < s.length; k++)
            offs.push(at + k * step);
    };
    let prev = null;
    let empties = [];
    for (const l of lines) {
        if (l.s.trim() === '' && l.s.length <= indent) {
            empties.push(l);
            continue;
        }
        const content = l.s.slice(indent);
        const spaced = content.startsWith(' ') || content.startsWith('\t');
        if (!prev) {
            for (const e of empties)
                emit('\n', e.nl, 0);
        }
        else if (!prev.spaced && !spaced) {
            // a single break between text lines folds into a space; empty lines become breaks
            if (empties.length === 0)
                emit(' ', prev.line.nl, 0);
            else
                for (const e of empties)
                    emit('\n', e.nl, 0);
        }
        else {
            emit('\n', prev.line.nl, 0);
            for (const e of empties)
                emit('\n', e.nl, 0);
        }
        empties = [];
        emit(content, l.at + indent);
        prev = { line: l, spaced };
    }
    if (prev)
        emit('\n', prev.line.nl, 0);
    for (const e of empties)
        emit('\n', e.nl, 0);
    return { text, offs };
}
const DQ_ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LEN = { x: 2, u: 4, U: 8 };
/** Plain and quoted (flow) scalars: line folding plus quote-style escapes. */
function decodeFlow(inner, base, type) {
    const lines = splitLines(inner, base);
    let text = '';
    const offs = [];
    const push = (s, at) => {
        text += s;
        for (let k = 0; k < s.length; k++)
            offs.push(at);
    };
    let escapedBreak = false;
    let pendingEmpty = [];
    let prevNl = -1;
    for (let li = 0; li < lines.length; li++) {
        const l = lines[li];
        const isFirst = li === 0;
        const isLast = li === lines.length - 1;
        let from = 0;
        if (!isFirst)
            while (from < l.s.length && (l.s[from] === ' ' || l.s[from] === '\t'))
                from++;
        let to = l.s.length;
        let breakEscaped = false;
        if (type === 'double-quoted-scalar' && !isLast && /(^|[^\\])(\\\\)*\\$/.test(l.s)) {
            breakEscaped = true; // `\` at end of line: no fold, keep trailing blanks
            to--;
        }
        else if (!isLast) {
            while (to > from && (l.s[to - 1] === ' ' || l.s[to - 1] === '\t'))
                to--;
        }
        if (!isFirst && !isLast && from >= to && !breakEscaped) {
            if (!escapedBreak)
                pendingEmpty.push(l);
            continue;
        }
        if (!isFirst && !escapedBreak) {
            if (pendingEmpty.length === 0)
                push(' ', prevNl);
            else
                for (const e of pendingEmpty)
                    push('\n', e.nl);
        }
        pendingEmpty = [];
        escapedBreak = breakEscaped;
        prevNl = l.nl;
        decodeSegment(l.s.slice(from, to), l.at + from, type, push);
    }
    return { text, offs };
}
function decodeSegment(s, at, type, push) {
    for (let k = 0; k < s.length; k++) {
        const c = s[k];
        if (type === 'single-quoted-scalar' && c === "'" && s[k + 1] === "'") {
            push("'", at + k);
            k++;
        }
        else if (type === 'double-quoted-scalar' && c === '\\' && k + 1 < s.length) {
            const e = s[k + 1];
            const n = HEX_LEN[e];
            if (n) {
                const code = parseInt(s.slice(k + 2, k + 2 + n), 16);
                push(Number.isNaN(code) ? '' : String.fromCodePoint(code), at + k);
                k += 1 + n;
            }
            else {
                push(DQ_ESCAPES[e] ?? e, at + k);
                k++;
            }
        }
        else {
            push(c, at + k);
        }
    }
}
//# sourceMappingURL=yaml-scalar-map.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/shell/script-sources.js
// Finds inline scripts in CI YAML (GitHub Actions workflows / composite actions and Azure
// Pipelines, including templates) and maps script offsets back to file offsets.


// Azure Pipelines script tasks whose inline body is in `inputs.<key>`.
const TASKS = [
    { re: /^AzureCLI@\d+$/i, key: 'inlineScript', dialect: (inp) => (/^(ps|pscore)$/i.test(str(inp.get('scriptType')) ?? '') ? 'ps1' : 'sh') },
    { re: /^Bash@\d+$/i, key: 'script', dialect: () => 'sh' },
    { re: /^PowerShell@\d+$/i, key: 'script', dialect: () => 'ps1' },
    // cmd.exe: az's own flag syntax is the same, so the sh reading is a usable approximation
    { re: /^CmdLine@\d+$/i, key: 'script', dialect: () => 'sh' },
];
const CI_KEY = /\b(run|script|inlineScript|bash|pwsh|powershell)\s*:/;
/** Cheap test run before any parsing: most YAML files of a repository are not CI files with az. */
function mayHaveCiAz(text) {
    return text.includes('az ') && CI_KEY.test(text);
}
/**
 * The script steps of a workflow or pipeline. `parsed` are the file's documents when the caller
 * already parsed them (with `keepSourceTokens`, which the offset mapping needs).
 */
function extractScriptsFromCiYaml(text, parsed) {
    let docs = parsed;
    if (!docs) {
        try {
            const all = (0,dist/* parseAllDocuments */.hR)(text, { keepSourceTokens: true });
            docs = Array.isArray(all) ? all : [];
        }
        catch {
            return [];
        }
    }
    if (docs.some((d) => d.errors.length > 0))
        return [];
    const out = [];
    for (const doc of docs)
        walk(doc.contents, { parentKey: null, shell: undefined, windows: false }, false, out);
    return out;
}
function str(v) {
    if ((0,dist/* isScalar */.jn)(v))
        v = v.value;
    return typeof v === 'string' ? v : undefined;
}
function walk(node, ctx, isStep, out) {
    if ((0,dist/* isSeq */.oP)(node)) {
        // step lists: `steps:` and Azure Pipelines conditional insertions `${{ if … }}:`
        const steps = ctx.parentKey === 'steps' || (ctx.parentKey?.startsWith('${{') ?? false);
        for (const item of node.items)
            walk(item, ctx, steps, out);
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    const inner = { ...ctx };
    const shellDefault = node.getIn(['defaults', 'run', 'shell']);
    if (typeof shellDefault === 'string')
        inner.shell = shellDefault;
    const runsOn = node.get('runs-on');
    if (runsOn !== undefined && /windows/i.test(JSON.stringify(runsOn)))
        inner.windows = true;
    if (isStep)
        collectStep(node, inner, out);
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : null;
        walk(pair.value, { ...inner, parentKey: key }, false, out);
    }
}
function collectStep(step, ctx, out) {
    const add = (key, node, dialect) => {
        if (!dialect || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            return;
        const script = node.value;
        out.push({ script, dialect, toFileOffset: scalarOffsetMapper(node, script), key });
    };
    // GitHub Actions
    if (step.has('run'))
        add('run', step.get('run', true), githubDialect(str(step.get('shell')) ?? ctx.shell, ctx.windows));
    // Azure Pipelines shortcuts (`script` runs cmd on Windows agents; read as sh)
    add('script', step.get('script', true), 'sh');
    add('bash', step.get('bash', true), 'sh');
    add('pwsh', step.get('pwsh', true), 'ps1');
    add('powershell', step.get('powershell', true), 'ps1');
    const task = str(step.get('task'));
    const inputs = step.get('inputs');
    if (task && (0,dist/* isMap */.jh)(inputs)) {
        for (const t of TASKS) {
            if (t.re.test(task))
                add(t.key, inputs.get(t.key, true), t.dialect(inputs));
        }
    }
}
/** GitHub `shell:`; null for interpreters that are not shells (python, node, …). */
function githubDialect(shell, windows) {
    if (shell === undefined || shell.startsWith('${{'))
        return windows ? 'ps1' : 'sh';
    const prog = shell.trim().split(/\s+/)[0].toLowerCase();
    if (prog === 'pwsh' || prog === 'powershell')
        return 'ps1';
    if (prog === 'bash' || prog === 'sh' || prog === 'cmd' || prog === 'zsh')
        return 'sh';
    return null;
}
//# sourceMappingURL=script-sources.js.map
// EXTERNAL MODULE: ./lib/src/model/identity.js
var identity = __webpack_require__(4552);
// EXTERNAL MODULE: ./lib/src/model/value.js
var model_value = __webpack_require__(1925);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./lib/src/parsers/budgets.js
var budgets = __webpack_require__(2275);
;// CONCATENATED MODULE: ./lib/src/parsers/json-depth.js
// Bracket depth of JSON-with-comments text in one pass, before a recursive parser sees it.
function jsonNesting(text, limit) {
    let depth = 0;
    let max = 0;
    let crossedAt;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 92 /* \ */)
                    i++;
                else if (d === 34)
                    break;
            }
        }
        else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? n : nl;
        }
        else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? n : close + 1;
        }
        else if (c === 91 /* [ */ || c === 123 /* { */) {
            if (++depth > max)
                max = depth;
            if (depth > limit && crossedAt === undefined)
                crossedAt = i;
        }
        else if ((c === 93 || c === 125) && depth > 0)
            depth--;
    }
    return crossedAt === undefined ? { max } : { max, crossedAt };
}
//# sourceMappingURL=json-depth.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm/json.js
// JSON with comments → located MValue trees, for ARM templates and parameter files.



/**
 * Builds the located tree in one pass over jsonc-parser's events (no intermediate node tree).
 * Comments and trailing commas are accepted, as ARM accepts them.
 */
function parseJsonc(src) {
    // The JSON parser and the evaluator recurse per level: refuse absurd nesting up front.
    const nesting = jsonNesting(src.text, budgets/* MAX_NESTING */.M);
    if (nesting.crossedAt !== undefined)
        return { error: { message: (0,budgets/* tooDeepMessage */.Q)(nesting.max), start: nesting.crossedAt, end: nesting.crossedAt + 1 } };
    let parsed = build(src, src.text);
    if (parsed.code === 'UnexpectedEndOfString') {
        // ARM accepts line breaks inside strings (multi-line expressions); JSON does not. Blank them
        // out, keeping every offset, and parse again; a file still broken keeps its first error.
        const joined = blankLineBreaksInStrings(src.text);
        const again = joined === undefined ? undefined : build(src, joined);
        if (again && !again.error)
            parsed = again;
    }
    return parsed.error ? { error: parsed.error } : { root: parsed.root };
}
function build(src, text) {
    const cursor = new Cursor(src.text);
    const loc = (start, endOffset) => ({ file: src.path, range: { start, end: cursor.at(endOffset) } });
    const stack = [];
    let root;
    let error;
    let firstCode;
    const attach = (v) => {
        const top = stack[stack.length - 1];
        if (!top)
            root ??= v;
        else if (top.items)
            top.items.push(v);
        else if (top.entries && top.key) {
            top.entries.push({ key: top.key.key, keyLoc: top.key.keyLoc, value: v });
            top.key = undefined;
        }
    };
    (0,main.visit)(text, {
        onObjectBegin: (offset) => void stack.push({ start: cursor.at(offset), entries: [] }),
        onObjectProperty: (property, offset, length) => {
            const top = stack[stack.length - 1];
            if (top)
                top.key = { key: property, keyLoc: loc(cursor.at(offset), offset + length) };
        },
        onObjectEnd: (offset, length) => {
            const f = stack.pop();
            if (f?.entries)
                attach({ t: 'obj', entries: f.entries, loc: loc(f.start, offset + length) });
        },
        onArrayBegin: (offset) => void stack.push({ start: cursor.at(offset), items: [] }),
        onArrayEnd: (offset, length) => {
            const f = stack.pop();
            if (f?.items)
                attach({ t: 'arr', items: f.items, loc: loc(f.start, offset + length) });
        },
        onLiteralValue: (value, offset, length) => {
            const at = loc(cursor.at(offset), offset + length);
            if (typeof value === 'string')
                attach({ t: 'str', value, loc: at });
            else if (typeof value === 'number')
                attach({ t: 'num', value, loc: at });
            else if (typeof value === 'boolean')
                attach({ t: 'bool', value, loc: at });
            else
                attach({ t: 'null', loc: at });
        },
        onError: (code, offset, length) => {
            if (error)
                return;
            // Unterminated comments and strings report a range past the end of the text.
            error = { message: describe(code), start: Math.min(offset, text.length), end: Math.min(offset + length, text.length) };
            firstCode = code;
        },
    }, { allowTrailingComma: true, disallowComments: false });
    return error ? { error, code: (0,main.printParseErrorCode)(firstCode) } : { root };
}
/**
 * Offsets → positions for offsets that mostly grow, as parser events do: a forward scan from the
 * last offset instead of a search per value. Same line breaks as `LineIndex` (LF, CRLF, lone CR).
 */
class Cursor {
    text;
    offset = 0;
    line = 1;
    lineStart = 0;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        const t = this.text;
        const end = Math.max(0, Math.min(offset, t.length));
        if (end < this.offset) {
            this.offset = 0;
            this.line = 1;
            this.lineStart = 0;
        }
        for (let i = this.offset; i < end; i++) {
            const c = t.charCodeAt(i);
            if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) {
                this.line++;
                this.lineStart = i + 1;
            }
        }
        this.offset = end;
        return { line: this.line, column: end - this.lineStart + 1 };
    }
}
/** The text with line breaks inside string literals replaced by spaces; undefined when there are none. */
function blankLineBreaksInStrings(text) {
    let out;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            else if (c === '\n' || c === '\r')
                (out ??= text.split(''))[i] = ' ';
        }
        else if (c === '"')
            inString = true;
        else if (c === '/' && text[i + 1] === '/')
            i = lineEnd(text, i);
        else if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 1;
        }
    }
    return out?.join('');
}
function lineEnd(text, from) {
    const n = text.indexOf('\n', from);
    return n < 0 ? text.length : n - 1;
}
/** `CommaExpected` → `comma expected`. */
function describe(code) {
    return (0,main.printParseErrorCode)(code)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
}
/**
 * Parameter files are parsed once per run and shared by every template that reads them (and by
 * their own read). Templates are read once anyway, so their trees are not kept in the memo.
 */
function parsedParameterFile(ctx, src) {
    return ctx.memo(`arm:params-json:${src.path}`, () => parseJsonc(src));
}
/** The metadata the Bicep compiler writes into the templates it generates. */
const BICEP_GENERATED = /"_generator"\s*:\s*\{\s*"name"\s*:\s*"bicep"/;
//# sourceMappingURL=json.js.map
;// CONCATENATED MODULE: ./lib/src/readers/azcli/role-file.js
// The JSON file an `az role definition create --role-definition` argument names, read from the repository.


/**
 * `@role.json` or `role.json`: looked up beside the script first (where a script run from its own
 * folder finds it), then from the scan root (where CI runs). A path that leaves the scan root, is
 * absolute, holds a variable, or names no readable JSON object gives undefined.
 */
function roleDefinitionFile(arg, scriptFile, ctx) {
    const rel = arg.trim().replace(/^@/, '');
    if (!rel || /[$`%]/.test(rel) || external_node_path_.posix.isAbsolute(rel) || /^[a-z]:[\\/]/i.test(rel))
        return undefined;
    const wanted = rel.replace(/\\/g, '/');
    for (const candidate of [external_node_path_.posix.join(external_node_path_.posix.dirname(scriptFile), wanted), wanted]) {
        const path = external_node_path_.posix.normalize(candidate);
        if (path === '..' || path.startsWith('../'))
            continue;
        const src = ctx.source(path);
        if (!src)
            continue;
        const root = ctx.memo(`az-role-json:${path}`, () => parseJsonc(src).root);
        return root?.t === 'obj' ? root : undefined;
    }
    return undefined;
}
//# sourceMappingURL=role-file.js.map
;// CONCATENATED MODULE: ./lib/src/readers/azcli/vars.js
/** az commands whose output (`--query id|principalId|…`) names the resource they create or show. */
const RESOURCE_COMMANDS = [
    { words: ['identity'], verbs: ['create', 'show'], type: 'Microsoft.ManagedIdentity/userAssignedIdentities', what: 'identity' },
    { words: ['acr'], verbs: ['create', 'show'], type: 'Microsoft.ContainerRegistry/registries', what: 'registry' },
    { words: ['storage', 'account'], verbs: ['create', 'show'], type: 'Microsoft.Storage/storageAccounts', what: 'storage account' },
    { words: ['ml', 'workspace'], verbs: ['create', 'show'], type: 'Microsoft.MachineLearningServices/workspaces', what: 'workspace' },
    { words: ['keyvault'], verbs: ['create', 'show'], type: 'Microsoft.KeyVault/vaults', what: 'key vault' },
    { words: ['ad', 'sp'], verbs: ['create-for-rbac', 'show'], type: 'Microsoft.Graph/servicePrincipals', what: 'service principal' },
];
/** `--query` values and the `ResourceRef.property` they read. */
const QUERY_PROPERTIES = { id: 'id', principalid: 'principalId', 'identity.principalid': 'principalId', clientid: 'clientId', appid: 'clientId', name: 'name', tenantid: 'tenantId' };
const SH_LITERAL = /^[ \t]*(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?([A-Za-z_]\w*)=(?:"([^"$`\\]*)"|'([^']*)'|([^\s;&|$`'"()\\#]+))[ \t]*(?:#.*)?$/dgm;
const PS_LITERAL = /^[ \t]*\$([A-Za-z_]\w*)[ \t]*=[ \t]*(?:"([^"$`]*)"|'([^']*)')[ \t]*(?:#.*)?$/dgm;
/** The script's assignments, in order; `commands` are its az commands (parsed once by the caller). */
function scriptVars(script, dialect, commands, at) {
    const assigned = [];
    for (const m of script.matchAll(dialect === 'sh' ? SH_LITERAL : PS_LITERAL)) {
        const group = [2, 3, 4].find((g) => m[g] !== undefined) ?? 2;
        const text = m[group] ?? '';
        const [start, end] = m.indices?.[group] ?? [m.index, m.index];
        assigned.push({ name: m[1], offset: m.index, value: { kind: 'literal', value: { t: 'str', value: text, loc: at({ start, end }) } } });
    }
    const lookup = (name, offset) => {
        let hit;
        for (const a of assigned)
            if (a.name === name && a.offset < offset)
                hit = a.value;
        return hit;
    };
    for (const cmd of commands) {
        const name = assignedTo(script, cmd, dialect);
        const res = name && resourceOutput(cmd, (n) => lookup(n, cmd.span.start));
        if (name && res)
            assigned.push({ name, offset: cmd.span.start, value: res });
    }
    assigned.sort((a, b) => a.offset - b.offset);
    return lookup;
}
/** `NAME=$(az …`, `NAME="$(az …`, `` NAME=`az … `` or PowerShell `$NAME = az …` right before the command. */
function assignedTo(script, cmd, dialect) {
    const lineStart = script.lastIndexOf('\n', cmd.span.start - 1) + 1;
    const before = script.slice(lineStart, cmd.span.start);
    const m = dialect === 'sh' ? /(?:^|[\s;])(?:export\s+|local\s+)?([A-Za-z_]\w*)=(?:"?\$\(|`)\s*$/.exec(before) : /\$([A-Za-z_]\w*)\s*=\s*(?:\$\(\s*)?$/.exec(before);
    return m?.[1];
}
/** What `--query <prop>` of a resource-creating or -showing command names, when the resource's name is known. */
function resourceOutput(cmd, vars) {
    const spec = RESOURCE_COMMANDS.find((c) => c.words.every((w, i) => cmd.group[i] === w) && c.verbs.includes(cmd.group[c.words.length]) && cmd.group.length === c.words.length + 1);
    if (!spec)
        return undefined;
    const flag = (...names) => [...cmd.flags].reverse().find((f) => names.includes(f.name))?.value;
    const query = flag('--query');
    const property = query ? (query.text === null ? undefined : QUERY_PROPERTIES[query.text.trim().replace(/^\[|\]$/g, '').toLowerCase()]) : undefined;
    if (query && !property)
        return undefined;
    const nameWord = flag('--name', '-n') ?? (spec.words[0] === 'ad' ? flag('--display-name', '--id') : undefined);
    let name = nameWord?.text ?? undefined;
    if (nameWord && nameWord.text === null) {
        const v = wholeVariable(nameWord.raw);
        const a = v ? vars(v) : undefined;
        name = a?.kind === 'literal' ? a.value.value : undefined;
    }
    if (!name)
        return undefined;
    return { kind: 'resource', ref: { type: spec.type, name, ...(property ? { property } : {}) }, what: `${spec.what} '${name}'` };
}
/** `$X`, `${X}`, `"$X"`, `"${X}"` (and PowerShell `$X`): the variable's name, when the word is only that. */
function wholeVariable(raw) {
    return /^"?\$\{?([A-Za-z_]\w*)\}?"?$/.exec(raw)?.[1];
}
//# sourceMappingURL=vars.js.map
;// CONCATENATED MODULE: ./lib/src/readers/azcli/words.js

/** The last occurrence of any of the names (argparse keeps the last one). */
function flagOf(v, ...names) {
    for (let i = v.cmd.flags.length - 1; i >= 0; i--)
        if (names.includes(v.cmd.flags[i].name))
            return v.cmd.flags[i];
    return undefined;
}
/** A word as a located string, or an unknown when it depends on run-time state. */
function wordValue(v, w) {
    const loc = v.at(w.span);
    if (w.text !== null)
        return { t: 'str', value: w.text, loc };
    const name = wholeVariable(w.raw);
    const held = name ? v.vars?.(name, w.span.start) : undefined;
    // A literal keeps where it is written; a resource's output is a reference at the use.
    if (held?.kind === 'literal')
        return held.value;
    if (held?.kind === 'resource')
        return { t: 'unknown', loc, why: `${w.raw} is the ${held.ref.property ?? 'output'} of the ${held.what} this script creates or shows`, ref: held.ref };
    const text = v.vars && interpolate(w, v.vars);
    if (text !== undefined)
        return { t: 'str', value: text, loc };
    return { t: 'unknown', loc, why: `not known statically: ${w.raw}` };
}
/**
 * A bare or double-quoted word whose only expansions are variables holding literals
 * (`"$SUB/providers/…"`): its text; undefined when anything else is expanded.
 */
function interpolate(w, vars) {
    const raw = /^"[^"]*"$/.test(w.raw) ? w.raw.slice(1, -1) : w.raw;
    if (/["'`\\]|\$\(/.test(raw))
        return undefined;
    let failed = false;
    const text = raw.replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (_m, a, b) => {
        const held = vars(a ?? b ?? '', w.span.start);
        if (held?.kind !== 'literal')
            failed = true;
        return held?.kind === 'literal' ? held.value.value : '';
    });
    return failed || text.includes('$') ? undefined : text;
}
/** A flag's value; a flag written without one is an unknown at the flag name. */
function flagValue(v, f) {
    if (!f)
        return undefined;
    if (!f.value)
        return { t: 'unknown', loc: v.at(f.nameSpan), why: `${f.name} has no value` };
    return wordValue(v, f.value);
}
function words_valueOf(v, ...names) {
    return flagValue(v, flagOf(v, ...names));
}
/**
 * An az three-state flag: bare = true (at the flag name), `true`/`false` in any case (at the
 * value), PowerShell `$true`/`$false`; other literals stay strings, variables unknown.
 */
function boolFlag(v, f) {
    if (!f)
        return undefined;
    if (!f.value)
        return { t: 'bool', value: true, loc: v.at(f.nameSpan) };
    const w = f.value;
    const ps = v.dialect === 'ps1' ? /^\$(true|false)$/i.exec(w.raw) : null;
    const text = ps ? ps[1] : w.text;
    if (text !== null && /^(true|false)$/i.test(text))
        return { t: 'bool', value: text.toLowerCase() === 'true', loc: v.at(w.span) };
    return wordValue(v, w);
}
/** Source span of text[from, to) inside a word, exact for plain or fully quoted words, else the whole word. */
function subSpan(w, from, to) {
    if (w.text === null)
        return w.span;
    if (w.raw === w.text)
        return { start: w.span.start + from, end: w.span.start + to };
    const q = w.raw[0];
    if ((q === '"' || q === "'") && w.raw.endsWith(q) && w.raw.slice(1, -1) === w.text) {
        return { start: w.span.start + 1 + from, end: w.span.start + 1 + to };
    }
    return w.span;
}
/** Every comma-separated item of a flag's values (`-i a,b c`), each located; `skip` drops items such as `[system]`. */
function listValues(v, f, skip = () => false) {
    if (!f)
        return [];
    const out = [];
    for (const w of f.values ?? (f.value ? [f.value] : [])) {
        if (w.text === null) {
            out.push(wordValue(v, w));
            continue;
        }
        let at = 0;
        for (const part of w.text.split(',')) {
            const lead = part.length - part.trimStart().length;
            const item = part.trim();
            if (item && !skip(item))
                out.push({ t: 'str', value: item, loc: v.at(subSpan(w, at + lead, at + lead + item.length)) });
            at += part.length + 1;
        }
    }
    return out;
}
/** `--set key=value` (the last one wins), located at the value part. */
function setValue(v, key) {
    let found;
    for (const f of v.cmd.flags) {
        if (f.name !== '--set')
            continue;
        for (const w of f.values ?? []) {
            if (w.text === null) {
                // `--set key=$X`: the key is still known from the source prefix
                if (w.raw.replace(/^["']/, '').startsWith(`${key}=`))
                    found = { t: 'unknown', loc: v.at(w.span), why: `not known statically: ${w.raw}` };
                continue;
            }
            if (!w.text.startsWith(`${key}=`))
                continue;
            const value = w.text.slice(key.length + 1);
            found = { t: 'str', value, loc: v.at(subSpan(w, key.length + 1, w.text.length)) };
        }
    }
    return found;
}
//# sourceMappingURL=words.js.map
;// CONCATENATED MODULE: ./lib/src/readers/azcli/commands.js




const ML = 'Microsoft.MachineLearningServices/workspaces';
/** Command words → mapper. The words must start the command's group (`az acr create …`). */
const COMMANDS = [
    [['acr', 'create'], acr],
    [['acr', 'update'], acr],
    [['ml', 'workspace', 'create'], (v, b) => workspace(v, b, false)],
    [['ml', 'workspace', 'update'], (v, b) => workspace(v, b, true)],
    [['ml', 'compute', 'create'], (v, b) => compute(v, b, false)],
    [['ml', 'compute', 'update'], (v, b) => compute(v, b, true)],
    [['ml', 'online-endpoint', 'create'], (v, b) => onlineEndpoint(v, b, false)],
    [['ml', 'online-endpoint', 'update'], (v, b) => onlineEndpoint(v, b, true)],
    [['identity', 'create'], commands_identity],
    [['role', 'assignment', 'create'], roleAssignment],
    [['role', 'definition', 'create'], roleDefinition],
    [['ad', 'sp', 'create-for-rbac'], servicePrincipal],
];
/** The resource an az command declares, or undefined for commands that declare none. */
function resourceOf(v, file, ctx) {
    const group = v.cmd.group;
    const hit = COMMANDS.find(([words]) => words.every((w, i) => group[i] === w));
    if (!hit)
        return undefined;
    const base = (kind, armType) => ({
        kind,
        format: 'az-cli',
        file,
        decl: v.at(v.cmd.span),
        name: words_valueOf(v, '--name', '-n'),
        armType,
        props: {},
    });
    return hit[1](v, base, ctx);
}
/** `az acr create|update`: `--admin-enabled` is off unless given. */
function acr(v, base) {
    const r = base('containerRegistry', 'Microsoft.ContainerRegistry/registries');
    r.props = { adminUserEnabled: boolFlag(v, flagOf(v, '--admin-enabled')) };
    return r;
}
/**
 * `az ml workspace create|update`. With `--file` the YAML declares the workspace (read on its
 * own), so the command adds a resource only when it overrides a property rules read.
 */
function workspace(v, base, update) {
    const file = flagOf(v, '--file', '-f');
    const props = {
        containerRegistry: words_valueOf(v, '--container-registry', '-c') ?? setValue(v, 'container_registry'),
        applicationInsights: words_valueOf(v, '--application-insights', '-a') ?? setValue(v, 'application_insights'),
        primaryUserAssignedIdentity: words_valueOf(v, '--primary-user-assigned-identity', '-p') ?? setValue(v, 'primary_user_assigned_identity'),
        hubId: words_valueOf(v, '--hub-id') ?? setValue(v, 'hub_id'),
        kind: words_valueOf(v, '--kind') ?? setValue(v, 'kind'),
    };
    const overrides = Object.values(props).some((p) => p !== undefined);
    if (file && !update && !overrides)
        return undefined;
    const r = base('workspace', ML);
    if (!props.containerRegistry && (file || update)) {
        // an update keeps the attached registry; with --file the YAML says which one
        const why = update ? 'az ml workspace update keeps the attached registry' : 'given by --file';
        props.containerRegistry = { t: 'unknown', loc: v.at(file ? file.span : v.cmd.span), why };
    }
    r.props = props;
    if (props.kind?.t === 'str') {
        r.subKind = (0,model_value/* normEnum */.aR)(props.kind.value);
        r.subKindAt = props.kind;
    }
    return r;
}
/** `az ml compute create|update`: `--type` gives the compute type, `--identity-type` + `-i` the identity. */
function compute(v, base, update) {
    const r = base('compute', `${ML}/computes`);
    const type = update ? undefined : words_valueOf(v, '--type', '-t');
    r.subKind = type?.t === 'str' ? (0,model_value/* normEnum */.aR)(type.value) : undefined;
    r.subKindAt = type;
    const ws = words_valueOf(v, '--workspace-name', '-w');
    // The workspace by name: the graph finds it among the declared workspaces.
    const workspace = ws?.t === 'str' ? { t: 'unknown', loc: ws.loc, why: 'workspace named by --workspace-name', ref: { type: ML, name: ws.value } } : undefined;
    r.props = { computeType: type, workspace };
    const typeFlag = flagOf(v, '--identity-type');
    const uaiFlag = flagOf(v, '--user-assigned-identities', '-i');
    const decl = typeFlag ?? uaiFlag;
    if (decl) {
        const uais = listValues(v, uaiFlag, (s) => s.toLowerCase() === '[system]');
        r.identity = (0,identity/* makeIdentity */.N6)(v.at(decl.span), words_valueOf(v, '--identity-type'), uais);
    }
    return r;
}
/**
 * `az ml online-endpoint create|update`. `--auth-mode` exists on create (CLI reference
 * `ml/online-endpoint.yml`). Without `--file`, a created endpoint names no compute: managed.
 */
function onlineEndpoint(v, base, update) {
    const r = base('onlineEndpoint', `${ML}/onlineEndpoints`);
    const compute = setValue(v, 'compute');
    r.props = { authMode: words_valueOf(v, '--auth-mode') ?? setValue(v, 'auth_mode'), compute };
    if (compute)
        r.subKind = 'kubernetes';
    else if (!update && !flagOf(v, '--file', '-f'))
        r.subKind = 'managed';
    return r;
}
/** `az ad sp create-for-rbac`: an Entra application and its service principal, a principal of role assignments. */
function servicePrincipal(v, base) {
    const r = base('servicePrincipal', 'Microsoft.Graph/servicePrincipals');
    r.name ??= words_valueOf(v, '--display-name');
    return r;
}
function commands_identity(v, base) {
    const r = base('userAssignedIdentity', 'Microsoft.ManagedIdentity/userAssignedIdentities');
    r.props = { resourceGroup: words_valueOf(v, '--resource-group', '-g') };
    return r;
}
/** `az role assignment create`: the scope is `--scope`, else the resource group, else the subscription. */
function roleAssignment(v, base) {
    const r = base('roleAssignment', 'Microsoft.Authorization/roleAssignments');
    const rg = words_valueOf(v, '--resource-group', '-g');
    let scope = words_valueOf(v, '--scope');
    if (!scope && rg) {
        const name = rg.t === 'str' ? `'${rg.value}'` : 'given';
        scope = { t: 'unknown', loc: rg.loc, why: `resource group ${name} of the current subscription (/subscriptions/<unknown>/resourceGroups/…)` };
    }
    else if (!scope) {
        scope = { t: 'unknown', loc: r.decl, why: 'no --scope or --resource-group: the current subscription' };
    }
    r.props = {
        roleDefinitionId: words_valueOf(v, '--role'),
        principalId: words_valueOf(v, '--assignee-object-id') ?? words_valueOf(v, '--assignee'),
        principalType: words_valueOf(v, '--assignee-principal-type'),
        scope,
        resourceGroup: rg,
    };
    return r;
}
/**
 * `az role definition create --role-definition '<JSON>'`: the JSON (`Name`, `Actions`, `NotActions`,
 * `DataActions`, `NotDataActions`, or `roleName` + `permissions`) read as a role definition. The
 * JSON may also be a file in the repository (`@role.json` or `role.json`); a file outside the scan
 * root, missing, broken, or a value not known statically leaves the role partly known.
 */
function roleDefinition(v, base, ctx) {
    const r = base('roleDefinition', 'Microsoft.Authorization/roleDefinitions');
    const def = words_valueOf(v, '--role-definition');
    let body;
    if (def?.t === 'str' && def.value.trim().startsWith('{')) {
        try {
            body = (0,model_value/* fromPlain */.bM)(JSON.parse(def.value), def.loc);
        }
        catch {
            body = undefined;
        }
    }
    else if (def?.t === 'str' && ctx) {
        body = roleDefinitionFile(def.value, r.file, ctx);
    }
    const pick = (...keys) => (body?.t === 'obj' ? body.entries.find((e) => keys.includes(e.key.toLowerCase()))?.value : undefined);
    const permissions = pick('permissions') ?? (body ? { t: 'arr', items: [body], loc: body.loc } : undefined);
    r.name = pick('name', 'rolename');
    r.props = { roleName: pick('rolename', 'name'), roleId: pick('id'), permissions, assignableScopes: pick('assignablescopes') };
    return r;
}
//# sourceMappingURL=commands.js.map
// EXTERNAL MODULE: ./lib/src/model/append.js
var append = __webpack_require__(4178);
;// CONCATENATED MODULE: ./lib/src/readers/azcli.js






/** Resources declared by the az commands of one script; `at` maps script spans to file locations. */
function readAzScript(script, dialect, file, at, ctx) {
    const out = [];
    const commands = extractAzCommands(script, dialect);
    const vars = scriptVars(script, dialect, commands, at);
    for (const cmd of commands) {
        const r = resourceOf({ cmd, at, dialect, vars }, file, ctx);
        if (r)
            out.push(r);
    }
    return out;
}
/** Reader for `.sh` / `.bash` (sh) and `.ps1` (PowerShell) files. */
function readShell(src, ctx) {
    const dialect = /\.ps1$/i.test(src.path) ? 'ps1' : 'sh';
    if (!/\baz\b/i.test(src.text))
        return { resources: [] };
    return { resources: readAzScript(src.text, dialect, src.path, (s) => src.loc(s.start, s.end), ctx) };
}
/**
 * Resources from az commands in the script steps of a GitHub workflow or Azure Pipelines file.
 * `parsed`: the file's YAML documents when the YAML reader already has them (parsed once).
 */
function readCiYamlScripts(src, parsed, ctx) {
    if (!mayHaveCiAz(src.text))
        return [];
    const out = [];
    for (const s of extractScriptsFromCiYaml(src.text, parsed)) {
        if (!s.script.includes('az'))
            continue;
        const at = (span) => src.loc(s.toFileOffset(span.start), endOffset(src.text, s.toFileOffset, span));
        (0,append/* appendAll */.u)(out, readAzScript(s.script, s.dialect, src.path, at, ctx));
    }
    return out;
}
/**
 * File offset just past a span's last char. The char after the span is mapped when only blanks
 * lie between (so escapes such as `\"` keep their whole source), else the last char's offset + 1
 * (so a span at a line end does not swallow trailing blanks).
 */
function endOffset(text, map, span) {
    if (span.end <= span.start)
        return map(span.start);
    const last = map(span.end - 1) + 1;
    const next = map(span.end);
    return next > last && /\S/.test(text.slice(last, next)) ? next : last;
}
//# sourceMappingURL=azcli.js.map
;// CONCATENATED MODULE: ./lib/src/formats/aml-yaml/kind.js

/** `$schema` file stems (lower-cased, any URL family) → kind. */
const SCHEMA_KINDS = {
    workspace: { kind: 'workspace' },
    hub: { kind: 'workspace', subKind: 'hub' },
    project: { kind: 'workspace', subKind: 'project' },
    featurestore: { kind: 'workspace', subKind: 'featurestore' },
    amlcompute: { kind: 'compute', subKind: 'amlcompute' },
    computeinstance: { kind: 'compute', subKind: 'computeinstance' },
    kubernetescompute: { kind: 'compute', subKind: 'kubernetes' },
    vmcompute: { kind: 'compute', subKind: 'virtualmachine' },
    commandjob: { kind: 'job', subKind: 'command' },
    pipelinejob: { kind: 'job', subKind: 'pipeline' },
    sweepjob: { kind: 'job', subKind: 'sweep' },
    sparkjob: { kind: 'job', subKind: 'spark' },
    automljob: { kind: 'job', subKind: 'automl' },
    managedonlineendpoint: { kind: 'onlineEndpoint', subKind: 'managed' },
    kubernetesonlineendpoint: { kind: 'onlineEndpoint', subKind: 'kubernetes' },
    onlineendpoint: { kind: 'onlineEndpoint' },
    managedonlinedeployment: { kind: 'onlineDeployment', subKind: 'managed' },
    kubernetesonlinedeployment: { kind: 'onlineDeployment', subKind: 'kubernetes' },
    onlinedeployment: { kind: 'onlineDeployment' },
    batchendpoint: { kind: 'batchEndpoint' },
    azureblob: { kind: 'datastore', subKind: 'azureblob' },
    azurefile: { kind: 'datastore', subKind: 'azurefile' },
    azuredatalakegen1: { kind: 'datastore', subKind: 'azuredatalakegen1' },
    azuredatalakegen2: { kind: 'datastore', subKind: 'azuredatalakegen2' },
    onelake: { kind: 'datastore', subKind: 'onelake' },
    connection: { kind: 'connection' },
    registry: { kind: 'registry' },
    environment: { kind: 'environment' },
    commandcomponent: { kind: 'component', subKind: 'command' },
    pipelinecomponent: { kind: 'component', subKind: 'pipeline' },
    sparkcomponent: { kind: 'component', subKind: 'spark' },
    parallelcomponent: { kind: 'component', subKind: 'parallel' },
};
const DATASTORE_TYPES = new Set(['azureblob', 'azurefile', 'azuredatalakegen1', 'azuredatalakegen2', 'onelake', 'hdfs']);
/** Keys only a datastore of some type has (OneLake names its Fabric workspace instead of an account). */
const DATASTORE_KEYS = ['account_name', 'store_name', 'hdfs_server_address', 'one_lake_workspace_name'];
/** A hub or project without `$schema`: its `kind`, or the hub-only `default_project_resource_group`. */
function workspaceKind(root) {
    const kind = (0,model_value/* str */.gx)((0,model_value/* get */.Jt)(root, 'kind'))?.toLowerCase();
    if (kind === 'hub' || kind === 'project')
        return kind;
    return has(root, 'default_project_resource_group') ? 'hub' : undefined;
}
/** Keys only a workspace document has (`hbi_workspace: true` alone makes a workspace). */
const WORKSPACE_KEYS = [
    'storage_account',
    'container_registry',
    'key_vault',
    'application_insights',
    'primary_user_assigned_identity',
    'managed_network',
    'hub_id',
    'customer_managed_key',
    'hbi_workspace',
    'image_build_compute',
    'allow_public_access_when_behind_vnet',
    'system_datastores_auth_mode',
    'enable_data_isolation',
    'serverless_compute',
    'default_project_resource_group',
];
const COMPUTE_TYPES = new Set(['amlcompute', 'computeinstance', 'kubernetes', 'virtualmachine', 'synapsespark', 'aks']);
/** The `$schema` stem of a document, e.g. `kubernetesOnlineEndpoint` → `kubernetesonlineendpoint`. */
function schemaStem(schema) {
    const m = /([A-Za-z0-9.]+?)(?:\.schema)?\.json\s*$/.exec(schema.trim());
    return m ? m[1].toLowerCase() : undefined;
}
/** Whether a `$schema` URL belongs to one of the AML families (any kind). */
function isAmlSchema(schema) {
    return /azuremlschemas|azuremlsdk2|azureml\/sdk-2-0|azuremlschemasprod/i.test(schema);
}
/**
 * Decides which AML document a YAML root is: `$schema` first, shape second. Shape rules are
 * deliberately narrow; a document that matches none is not AML and no rule looks at it.
 */
function detectAmlKind(root, path) {
    if (!root || root.t !== 'obj')
        return undefined;
    const schema = (0,model_value/* str */.gx)((0,model_value/* get */.Jt)(root, '$schema'));
    if (schema && isAmlSchema(schema)) {
        const stem = schemaStem(schema);
        const known = stem ? SCHEMA_KINDS[stem] : undefined;
        if (known)
            return { ...known, fromSchema: true };
        return undefined;
    }
    return detectByShape(root, path);
}
function has(root, key) {
    return (0,model_value/* get */.Jt)(root, key) !== undefined;
}
function detectByShape(root, path) {
    const type = (0,model_value/* str */.gx)((0,model_value/* get */.Jt)(root, 'type'))?.toLowerCase().replace(/[\s_-]/g, '');
    const lowerPath = path.toLowerCase();
    // CI files carry `jobs:` and `steps:` too; they are never AML.
    if (/(^|\/)\.github\/|azure-pipelines|devops-pipelines|(^|\/)pipelines?\//.test(lowerPath) && (has(root, 'steps') || has(root, 'stages') || has(root, 'on') || has(root, 'trigger')))
        return undefined;
    if (has(root, 'on') && has(root, 'jobs'))
        return undefined;
    if (type === 'pipeline' && (0,model_value/* get */.Jt)(root, 'jobs')?.t === 'obj')
        return { kind: 'job', subKind: 'pipeline', fromSchema: false };
    if (type && COMPUTE_TYPES.has(type) && has(root, 'name') && !has(root, 'command')) {
        return { kind: 'compute', subKind: type, fromSchema: false };
    }
    if (type && DATASTORE_TYPES.has(type) && DATASTORE_KEYS.some((k) => has(root, k))) {
        const isConnection = /(^|\/)connections?\//.test(lowerPath) || has(root, 'url') || has(root, 'target');
        return { kind: isConnection ? 'connection' : 'datastore', subKind: type, fromSchema: false };
    }
    if (has(root, 'auth_mode') && has(root, 'name') && !has(root, 'jobs') && !has(root, 'steps')) {
        if (/batch/.test(lowerPath) || has(root, 'defaults'))
            return { kind: 'batchEndpoint', fromSchema: false };
        // Only Kubernetes online endpoints name a compute at endpoint level.
        return { kind: 'onlineEndpoint', subKind: has(root, 'compute') ? 'kubernetes' : undefined, fromSchema: false };
    }
    if (has(root, 'endpoint_name') && (has(root, 'model') || has(root, 'instance_type') || has(root, 'environment'))) {
        return { kind: 'onlineDeployment', fromSchema: false };
    }
    if (has(root, 'replication_locations'))
        return { kind: 'registry', fromSchema: false };
    if (!type && has(root, 'name') && WORKSPACE_KEYS.some((k) => has(root, k)))
        return { kind: 'workspace', subKind: workspaceKind(root), fromSchema: false };
    if ((type === 'command' || type === 'sweep' || type === 'spark') && has(root, 'identity') && (has(root, 'compute') || has(root, 'command') || has(root, 'trial'))) {
        return { kind: 'job', subKind: type, fromSchema: false };
    }
    // A command job names where it runs; a command component (same keys otherwise) does not.
    if (type === 'command' && has(root, 'command') && (has(root, 'compute') || has(root, 'experiment_name')))
        return { kind: 'job', subKind: type, fromSchema: false };
    // An environment: a name and an image with a conda file, or a Docker build context.
    if (!type && has(root, 'name') && ((has(root, 'image') && has(root, 'conda_file')) || (0,model_value/* get */.Jt)(root, 'build')?.t === 'obj'))
        return { kind: 'environment', fromSchema: false };
    return undefined;
}
//# sourceMappingURL=kind.js.map
;// CONCATENATED MODULE: ./lib/src/formats/aml-yaml/extract.js



/** Turns the AML documents of one YAML file into model resources. */
function extractAmlYaml(src, docs) {
    const out = [];
    for (const doc of docs) {
        const kind = detectAmlKind(doc.root, src.path);
        if (!kind || !doc.root)
            continue;
        const root = doc.root;
        const typeAt = (0,model_value/* get */.Jt)(root, 'type');
        const res = {
            kind: kind.kind,
            format: 'aml-yaml',
            file: src.path,
            decl: root.loc,
            name: (0,model_value/* get */.Jt)(root, 'name'),
            subKind: kind.subKind ?? (typeAt?.t === 'str' ? (0,model_value/* normEnum */.aR)(typeAt.value) : undefined),
            subKindAt: typeAt,
            identity: readIdentity(root),
            props: propsOf(kind.kind, root),
            source: root,
        };
        if (kind.kind === 'job' && res.subKind === 'pipeline')
            res.steps = readSteps(root);
        out.push(res);
    }
    return out;
}
/** `identity: {type, user_assigned_identities}`; UAIs as a list of `{resource_id}` or a map keyed by ID. */
function readIdentity(node) {
    const e = (0,model_value/* entry */.f_)(node, 'identity');
    const id = e?.value;
    if (!e || !id || id.t !== 'obj')
        return undefined;
    const uais = [];
    const list = (0,model_value/* get */.Jt)(id, 'user_assigned_identities');
    if (list?.t === 'arr') {
        for (const item of list.items) {
            const rid = item.t === 'obj' ? (0,model_value/* get */.Jt)(item, 'resource_id') : item.t === 'str' ? item : undefined;
            if (rid)
                uais.push(rid);
        }
    }
    else if (list?.t === 'obj') {
        for (const e of list.entries)
            uais.push({ t: 'str', value: e.key, loc: e.keyLoc });
    }
    return { ...(0,identity/* makeIdentity */.N6)(e.keyLoc, (0,model_value/* get */.Jt)(id, 'type'), uais), tenantId: (0,model_value/* get */.Jt)(id, 'tenant_id') };
}
function readSteps(root) {
    const jobs = (0,model_value/* get */.Jt)(root, 'jobs');
    if (!jobs || jobs.t !== 'obj')
        return [];
    return jobs.entries
        .filter((e) => e.value.t === 'obj')
        .map((e) => ({
        name: e.key,
        nameLoc: e.keyLoc,
        decl: e.value.loc,
        type: (0,model_value/* str */.gx)((0,model_value/* get */.Jt)(e.value, 'type')) ? (0,model_value/* normEnum */.aR)((0,model_value/* str */.gx)((0,model_value/* get */.Jt)(e.value, 'type'))) : undefined,
        identity: readIdentity(e.value),
        source: e.value,
    }));
}
/** Canonical properties per kind (shared with the IaC readers). */
function propsOf(kind, root) {
    switch (kind) {
        case 'workspace':
            return {
                containerRegistry: (0,model_value/* get */.Jt)(root, 'container_registry'),
                storageAccount: (0,model_value/* get */.Jt)(root, 'storage_account'),
                keyVault: (0,model_value/* get */.Jt)(root, 'key_vault'),
                applicationInsights: (0,model_value/* get */.Jt)(root, 'application_insights'),
                primaryUserAssignedIdentity: (0,model_value/* get */.Jt)(root, 'primary_user_assigned_identity'),
                hubId: (0,model_value/* get */.Jt)(root, 'hub_id'),
                kind: (0,model_value/* get */.Jt)(root, 'kind'),
                ...encryptionOf(root),
            };
        case 'onlineEndpoint':
        case 'batchEndpoint':
            return {
                authMode: (0,model_value/* get */.Jt)(root, 'auth_mode'),
                compute: (0,model_value/* get */.Jt)(root, 'compute'),
                enforceAccessToDefaultSecretStores: (0,model_value/* get */.Jt)((0,model_value/* get */.Jt)(root, 'properties'), 'enforce_access_to_default_secret_stores'),
            };
        case 'datastore':
            return { credentials: (0,model_value/* get */.Jt)(root, 'credentials'), accountName: (0,model_value/* get */.Jt)(root, 'account_name') };
        case 'connection':
            return { credentials: (0,model_value/* get */.Jt)(root, 'credentials') };
        case 'job':
            return { compute: (0,model_value/* get */.Jt)(root, 'compute') ?? (0,model_value/* get */.Jt)((0,model_value/* get */.Jt)(root, 'settings'), 'default_compute'), environment: (0,model_value/* get */.Jt)(root, 'environment') };
        case 'onlineDeployment':
            return { endpointName: (0,model_value/* get */.Jt)(root, 'endpoint_name'), environment: (0,model_value/* get */.Jt)(root, 'environment'), environmentVariables: (0,model_value/* get */.Jt)(root, 'environment_variables') };
        case 'environment':
            return { image: (0,model_value/* get */.Jt)(root, 'image'), build: (0,model_value/* get */.Jt)(root, 'build'), condaFile: (0,model_value/* get */.Jt)(root, 'conda_file') };
        default:
            return {};
    }
}
/**
 * `customer_managed_key: {key_vault, key_uri}` and the identity that reads the key
 * (`user_assigned_identity_for_cmk_encryption`), as the canonical `encryption*` properties. The
 * block is located at its key, where a finding about it points.
 */
function encryptionOf(root) {
    const e = (0,model_value/* entry */.f_)(root, 'customer_managed_key');
    if (!e || e.value.t !== 'obj')
        return {};
    return {
        encryption: { ...e.value, loc: e.keyLoc },
        encryptionKeyVault: (0,model_value/* get */.Jt)(e.value, 'key_vault'),
        encryptionKeyId: (0,model_value/* get */.Jt)(e.value, 'key_uri'),
        encryptionIdentity: (0,model_value/* get */.Jt)(root, 'user_assigned_identity_for_cmk_encryption'),
    };
}
//# sourceMappingURL=extract.js.map
;// CONCATENATED MODULE: ./lib/src/formats/aml-yaml/read.js





// Blanks, not `\s`: with the `m` flag `\s*` crosses lines, and blank lines made it quadratic.
const SCHEMA_LINE = /^[ \t]*\$schema[ \t]*:[ \t]*['"]?([^'"\s#]+)/m;
/**
 * One parse per YAML file: the AML documents, and, for CI files (`withScripts`), the az commands
 * of their script steps (those need the parser's source tokens, kept only then; `ctx` lets
 * them read role definition files the commands name).
 */
function readYaml(src, withScripts, ctx) {
    const parsed = (0,yaml/* parseYaml */.h)(src, { keepSourceTokens: withScripts, wanted: (root) => detectAmlKind(root, src.path) !== undefined });
    if (parsed.error) {
        const schema = SCHEMA_LINE.exec(src.text)?.[1];
        // A `{{placeholder}}` template is rendered before deployment: its kind cannot be known for sure.
        const template = /\{\{/.test(src.text);
        // Under-indented continuation lines of quoted strings break the YAML spec but are accepted by
        // lenient parsers (including the one the Azure ML CLI uses): say so, as a note.
        const lenient = parsed.error.code === 'MISSING_CHAR';
        const message = lenient ? `${parsed.error.message} (lenient YAML parsers may accept this; amlguard could not check the file)` : parsed.error.message;
        return { resources: [], parseError: { ...parsed.error, message, certain: !!schema && isAmlSchema(schema) && !template && !lenient } };
    }
    const resources = extractAmlYaml(src, parsed.docs);
    if (withScripts)
        (0,append/* appendAll */.u)(resources, readCiYamlScripts(src, parsed.raw, ctx));
    return { resources };
}
//# sourceMappingURL=read.js.map
;// CONCATENATED MODULE: ./lib/src/formats/aml-yaml/index.js



/** AML CLI v2 YAML (jobs, endpoints, computes, datastores, …); other YAML gives no resources. */
const amlYaml = defineFormat({
    id: 'aml-yaml',
    title: 'AML CLI v2 YAML',
    extensions: ['.yml', '.yaml'],
    read: (src) => readYaml(src, false),
    modelFormat: 'aml-yaml',
    comments: HASH,
    fixtureMarkers: openers(HASH),
    fence: 'yaml',
    readsAlone: true,
});
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/model/eval-budget.js
var eval_budget = __webpack_require__(3804);
;// CONCATENATED MODULE: ./lib/src/readers/arm/declared.js
// The resources a template file declares, so `resourceId(...)` and `reference(...)` can point at
// them by symbol when their names are the same literal or the same expression.

class ResourceIndex {
    file;
    maxLoopIterations;
    budget;
    byType = new Map();
    all = [];
    /** Limits met while reading (loops over more items than the cap), for notes. */
    notes = [];
    scopes = 0;
    constructor(file, maxLoopIterations = 1000, 
    /** The limits of the current file read. */
    budget = new eval_budget/* EvalBudget */.A6()) {
        this.file = file;
        this.maxLoopIterations = maxLoopIterations;
        this.budget = budget;
    }
    newScopeId() {
        return this.scopes++;
    }
    add(d) {
        const t = d.type.toLowerCase();
        const list = this.byType.get(t) ?? [];
        list.push(d);
        this.byType.set(t, list);
        this.all.push(d);
    }
    /** By type and (last-segment) name or name expression; only an unambiguous match counts. */
    find(type, name, expr) {
        const n = name?.toLowerCase();
        return unique((this.byType.get(type.toLowerCase()) ?? []).filter((d) => (n !== undefined && d.name?.toLowerCase() === n) || (expr !== undefined && d.expr === expr)));
    }
    /** `reference('name')` / `reference('symbol')`: a symbolic name first, then a full or last-segment name. */
    byName(scopeId, name) {
        const sym = `${scopeId}:${name}`;
        const n = name.toLowerCase();
        return unique(this.all.filter((d) => d.symbolic === sym)) ?? unique(this.all.filter((d) => d.fullName?.toLowerCase() === n || d.name?.toLowerCase() === n));
    }
    byExpr(expr) {
        return unique(this.all.filter((d) => d.expr === expr));
    }
    refTo(d, property) {
        const ref = { type: d.type, symbol: d.symbol, scope: this.file, property };
        if (d.instance)
            ref.instance = d.instance;
        if (d.name !== undefined)
            ref.name = d.name;
        return ref;
    }
}
function unique(list) {
    return list.length > 0 && list.every((d) => d.symbol === list[0].symbol && d.instance === list[0].instance) ? list[0] : undefined;
}
/** A name expression's identity within one scope: `[parameters( 'uaiName' )]` ≡ `parameters('uainame')`. */
function exprKey(scopeId, text) {
    return `${scopeId}:${text.replace(/\s+/g, '').toLowerCase()}`;
}
//# sourceMappingURL=declared.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/arm-expr/parser.js

/** True for `[…]` strings; `[[…` is an escaped literal `[`, not an expression. */
function isArmExpression(s) {
    return s.length >= 2 && s[0] === '[' && s[1] !== '[' && s[s.length - 1] === ']';
}
/** The literal value of a non-expression string (`[[x]` means `[x]`). */
function armLiteralValue(s) {
    return s.startsWith('[[') ? s.slice(1) : s;
}
class ParseError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
function parseArmExpression(s) {
    if (!isArmExpression(s))
        return null;
    const p = new Parser(s, s.length - 1);
    try {
        p.skipWs();
        if (p.pos >= p.end)
            throw new ParseError('empty expression', p.pos);
        const e = p.expr();
        p.skipWs();
        if (p.pos < p.end)
            throw new ParseError(`unexpected '${s[p.pos]}'`, p.pos);
        return e;
    }
    catch (err) {
        const at = err instanceof ParseError ? err.at : 1;
        const message = err instanceof Error ? err.message : String(err);
        return { kind: 'error', message: `${message} at offset ${at}`, span: { start: at, end: s.length } };
    }
}
const IDENT_START = /[A-Za-z_$]/;
const IDENT_CHAR = /[\w$]/;
const PROP_CHAR = /[\w$-]/; // property names after `.` may contain `-`
/** Sticky: matched in place, so a long expression is never copied per number. */
const NUMBER = /-?\d+(\.\d+)?/y;
class Parser {
    s;
    end;
    pos = 1; // just after the opening `[`
    depth = 0;
    constructor(s, end) {
        this.s = s;
        this.end = end;
    }
    skipWs() {
        while (this.pos < this.end && /\s/.test(this.s[this.pos]))
            this.pos++;
    }
    peek() {
        this.skipWs();
        return this.pos < this.end ? this.s[this.pos] : undefined;
    }
    expect(c) {
        if (this.peek() !== c) {
            throw new ParseError(this.pos >= this.end ? `expected '${c}' before end` : `expected '${c}'`, this.pos);
        }
        this.pos++;
    }
    span(start) {
        return { start, end: this.pos };
    }
    /** primary followed by any `.prop` / `[index]` accessors */
    expr() {
        // Calls and indexes nest by recursion: stop well before the stack does.
        if (this.depth >= budgets/* MAX_NESTING */.M)
            throw new ParseError((0,budgets/* tooDeepMessage */.Q)(0), this.pos);
        this.depth++;
        try {
            return this.accessors(this.primary());
        }
        finally {
            this.depth--;
        }
    }
    accessors(first) {
        let e = first;
        for (;;) {
            const c = this.peek();
            if (c === '.') {
                this.pos++;
                this.skipWs();
                const at = this.pos;
                const name = this.ident(PROP_CHAR);
                if (!name)
                    throw new ParseError('expected property name', at);
                e = { kind: 'member', object: e, property: name, propertySpan: this.span(at), span: { start: e.span.start, end: this.pos } };
            }
            else if (c === '[') {
                this.pos++;
                const index = this.expr();
                this.expect(']');
                e = { kind: 'index', object: e, index, span: { start: e.span.start, end: this.pos } };
            }
            else {
                return e;
            }
        }
    }
    ident(chars) {
        const at = this.pos;
        if (at >= this.end || !IDENT_START.test(this.s[at]))
            return '';
        this.pos++;
        while (this.pos < this.end && chars.test(this.s[this.pos]))
            this.pos++;
        return this.s.slice(at, this.pos);
    }
    primary() {
        const c = this.peek();
        const start = this.pos;
        if (c === undefined)
            throw new ParseError('unexpected end of expression', start);
        if (c === "'")
            return this.string();
        if (/[-\d]/.test(c)) {
            NUMBER.lastIndex = start;
            const m = NUMBER.exec(this.s);
            if (!m || start + m[0].length > this.end)
                throw new ParseError('malformed number', start);
            this.pos += m[0].length;
            return { kind: 'number', value: Number(m[0]), span: this.span(start) };
        }
        if (!IDENT_START.test(c))
            throw new ParseError(`unexpected '${c}'`, start);
        // dotted names are namespaced user-defined functions, but only when a call follows
        let name = this.ident(IDENT_CHAR);
        let nameEnd = this.pos;
        while (this.s[this.pos] === '.') {
            const save = this.pos;
            this.pos++;
            const part = this.ident(IDENT_CHAR);
            if (!part) {
                this.pos = save;
                break;
            }
            if (this.peek() === '(' || this.s[this.pos] === '.') {
                name += '.' + part;
                nameEnd = this.pos;
            }
            else {
                this.pos = save; // a property access, handled by expr()
                break;
            }
        }
        this.pos = nameEnd;
        const lname = name.toLowerCase();
        if (this.peek() !== '(') {
            if (lname === 'true' || lname === 'false')
                return { kind: 'bool', value: lname === 'true', span: this.span(start) };
            if (lname === 'null')
                return { kind: 'null', span: this.span(start) };
            throw new ParseError("expected '(' after a function name", this.pos);
        }
        this.pos++;
        const args = [];
        if (this.peek() === ')')
            this.pos++;
        else {
            for (;;) {
                args.push(this.expr());
                const sep = this.peek();
                if (sep === ',')
                    this.pos++;
                else if (sep === ')') {
                    this.pos++;
                    break;
                }
                else
                    throw new ParseError(sep === undefined ? "expected ')' before end" : "expected ',' or ')'", this.pos);
            }
        }
        const span = this.span(start);
        if (args.length === 0 && (lname === 'true' || lname === 'false'))
            return { kind: 'bool', value: lname === 'true', span };
        if (args.length === 0 && lname === 'null')
            return { kind: 'null', span };
        return { kind: 'call', name, lname, nameSpan: { start, end: nameEnd }, args, span };
    }
    string() {
        const start = this.pos;
        let value = '';
        let i = start + 1;
        for (;;) {
            if (i >= this.end)
                throw new ParseError('unterminated string', start);
            const ch = this.s[i];
            if (ch === "'") {
                if (this.s[i + 1] === "'" && i + 1 < this.end) {
                    value += "'";
                    i += 2;
                    continue;
                }
                break;
            }
            value += ch;
            i++;
        }
        this.pos = i + 1;
        return { kind: 'string', value, span: this.span(start) };
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm/functions.js

function unknown(loc, why, ref) {
    return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}
// The known end of a partly unknown string: `concat(parameters('ws'), '/cpu')` ends in `/cpu`,
// which is enough for a child resource's own name or a resource ID's provider part.
const tails = new WeakMap();
function knownTail(v) {
    return v.t === 'str' ? v.value : v.t === 'unknown' ? tails.get(v) : undefined;
}
function withTail(u, tail) {
    tails.set(u, tail);
    return u;
}
/** `…/providers/Microsoft.X/a/n1/b/n2` → `{ type: 'Microsoft.X/a/b', name: 'n2' }`. */
function refFromResourceId(text) {
    const i = text.toLowerCase().lastIndexOf('/providers/');
    if (i < 0)
        return undefined;
    const segs = text
        .slice(i + '/providers/'.length)
        .split('/')
        .filter(Boolean);
    if (segs.length < 3 || segs.length % 2 === 0)
        return undefined;
    const types = segs.slice(1).filter((_, k) => k % 2 === 0);
    return { type: [segs[0], ...types].join('/'), name: segs[segs.length - 1] };
}
/** Joins string parts (concat, format); a partly unknown result keeps its known tail. */
function joinParts(parts, at) {
    let text = '';
    let first;
    for (const p of parts) {
        const s = scalarText(p);
        if (s !== undefined) {
            text += s;
            continue;
        }
        first ??= p.t === 'unknown' ? p : unknown(at, `a ${kindName(p)} cannot be joined into a string`);
        text = (p.t === 'unknown' ? tails.get(p) : undefined) ?? '';
    }
    if (!first)
        return { t: 'str', value: text, loc: at };
    const id = refFromResourceId(text);
    return withTail(unknown(at, first.why, id && { ...id, property: 'id' }), text);
}
function scalarText(v) {
    if (v.t === 'str')
        return v.value;
    if (v.t === 'num')
        return String(v.value);
    return undefined;
}
function kindName(v) {
    return { str: 'string', num: 'number', bool: 'boolean', null: 'null', obj: 'object', arr: 'array', unknown: 'unknown value' }[v.t];
}
/** ARM writes booleans as `True` / `False` when it turns them into strings. */
function toText(v, at) {
    if (v.t === 'bool')
        return { t: 'str', value: v.value ? 'True' : 'False', loc: at };
    return v;
}
/** A value without unknowns as plain JSON, else undefined. */
function plain(v) {
    switch (v.t) {
        case 'str':
        case 'num':
        case 'bool':
            return v.value;
        case 'null':
            return null;
        case 'unknown':
            return undefined;
        case 'arr': {
            const out = [];
            for (const i of v.items) {
                const p = plain(i);
                if (p === undefined)
                    return undefined;
                out.push(p);
            }
            return out;
        }
        case 'obj': {
            const out = {};
            for (const e of v.entries) {
                const p = plain(e.value);
                if (p === undefined || e.keyValue)
                    return undefined;
                out[e.key.toLowerCase()] = p;
            }
            return out;
        }
    }
}
const bool = (value, at) => ({ t: 'bool', value, loc: at });
function firstUnknown(args, at, what) {
    return args.find((a) => a.t === 'unknown') ?? unknown(at, `${what}() got an argument it cannot use`);
}
function concat(args, at) {
    if (args.length === 1)
        return args[0];
    if (args.length > 0 && args.every((a) => a.t === 'arr'))
        return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc: at };
    if (args.some((a) => a.t === 'arr'))
        return unknown(at, 'concat() of arrays with values not known statically');
    return joinParts(args, at);
}
/** `format('{0}/{1}', a, b)`; format specifiers (`{0:N2}`) are not evaluated. */
function format(args, at) {
    const [fmt, ...rest] = args;
    if (fmt?.t !== 'str')
        return fmt?.t === 'unknown' ? fmt : unknown(at, 'format() without a format string');
    const parts = [];
    let lit = '';
    let last = 0;
    for (const m of fmt.value.matchAll(/\{\{|\}\}|\{(\d+)([,:][^{}]*)?\}/g)) {
        lit += fmt.value.slice(last, m.index);
        last = m.index + m[0].length;
        if (m[1] === undefined) {
            lit += m[0][0];
            continue;
        }
        parts.push({ t: 'str', value: lit, loc: at });
        lit = '';
        const arg = rest[Number(m[1])];
        parts.push(!arg ? unknown(at, `format() has no argument {${m[1]}}`) : m[2] ? unknown(at, 'format() specifiers are not evaluated') : toText(arg, at));
    }
    parts.push({ t: 'str', value: lit + fmt.value.slice(last), loc: at });
    return joinParts(parts, at);
}
function caseOf(lower) {
    return ([v], at) => {
        const f = (s) => (lower ? s.toLowerCase() : s.toUpperCase());
        if (v?.t === 'str')
            return { t: 'str', value: f(v.value), loc: at };
        if (v?.t === 'unknown') {
            const tail = tails.get(v);
            return tail === undefined ? v : withTail(unknown(at, v.why), f(tail));
        }
        return unknown(at, `${lower ? 'toLower' : 'toUpper'}() of a ${v ? kindName(v) : 'missing value'}`);
    };
}
/** Case-sensitive like ARM; strings equal but for case are left unknown rather than guessed. */
function equals([a, b], at) {
    if (!a || !b)
        return unknown(at, 'equals() needs two arguments');
    const pa = plain(a);
    const pb = plain(b);
    if (pa === undefined || pb === undefined)
        return firstUnknown([a, b], at, 'equals');
    if (typeof pa === 'string' && typeof pb === 'string' && pa !== pb && pa.toLowerCase() === pb.toLowerCase()) {
        return unknown(at, 'equals() of strings that differ only in case');
    }
    return bool(JSON.stringify(pa) === JSON.stringify(pb), at);
}
/** Three-valued and/or: one false (and) or one true (or) decides even next to unknowns. */
function logic(isAnd) {
    return (args, at) => {
        let open;
        for (const a of args) {
            if (a.t === 'bool') {
                if (a.value !== isAnd)
                    return bool(!isAnd, at);
            }
            else
                open ??= a.t === 'unknown' ? a : unknown(at, `${isAnd ? 'and' : 'or'}() of a ${kindName(a)}`);
        }
        return open ?? bool(isAnd, at);
    };
}
function toBool([v], at) {
    if (v?.t === 'bool')
        return v;
    if (v?.t === 'str')
        return bool(v.value.toLowerCase() === 'true', at);
    if (v?.t === 'num')
        return bool(v.value !== 0, at);
    return v?.t === 'unknown' ? v : unknown(at, 'bool() of a value that is not a string or number');
}
function toStringFn([v], at) {
    if (v?.t === 'str')
        return v;
    if (v?.t === 'num' || v?.t === 'bool')
        return { t: 'str', value: v.t === 'bool' ? (v.value ? 'True' : 'False') : String(v.value), loc: at };
    return v?.t === 'unknown' ? v : unknown(at, 'string() of an object or array is not evaluated');
}
function empty([v], at) {
    if (!v)
        return unknown(at, 'empty() needs an argument');
    if (v.t === 'str')
        return bool(v.value === '', at);
    if (v.t === 'arr')
        return bool(v.items.length === 0, at);
    if (v.t === 'obj')
        return bool(v.entries.length === 0, at);
    if (v.t === 'null')
        return bool(true, at);
    return v.t === 'unknown' ? v : unknown(at, `empty() of a ${kindName(v)}`);
}
/** The first non-null argument; an unknown one comes first, the result is that unknown (it may be null or not). */
function coalesce(args, at) {
    for (const a of args)
        if (a.t !== 'null')
            return a;
    return { t: 'null', loc: at };
}
function createObject(args, at) {
    const entries = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
        const k = args[i];
        if (k.t !== 'str')
            return unknown(at, 'createObject() with a key not known statically');
        entries.push({ key: k.value, keyLoc: k.loc, value: args[i + 1] });
    }
    return { t: 'obj', entries, loc: at };
}
function tryGet([obj, key], at) {
    if (obj?.t === 'null')
        return { t: 'null', loc: at };
    if (obj?.t !== 'obj' || key?.t !== 'str')
        return obj?.t === 'unknown' ? obj : key?.t === 'unknown' ? key : unknown(at, 'tryGet() of a value that is not an object');
    return (0,model_value/* getCI */.th)(obj, key.value) ?? { t: 'null', loc: at };
}
/** `split('ws/cpu', '/')`: Bicep writes child names this way (`split(format('{0}/{1}', …), '/')[1]`). */
function split([v, sep], at) {
    if (v?.t !== 'str' || sep?.t !== 'str')
        return [v, sep].find((a) => a?.t === 'unknown') ?? unknown(at, 'split() of values that are not strings');
    return { t: 'arr', items: v.value.split(sep.value).map((value) => ({ t: 'str', value, loc: at })), loc: at };
}
function end(first) {
    return ([v], at) => {
        if (v?.t === 'arr')
            return (first ? v.items[0] : v.items[v.items.length - 1]) ?? { t: 'null', loc: at };
        if (v?.t === 'str')
            return { t: 'str', value: first ? v.value.slice(0, 1) : v.value.slice(-1), loc: at };
        return v?.t === 'unknown' ? v : unknown(at, `${first ? 'first' : 'last'}() of a value that is not an array or string`);
    };
}
function replace([v, from, to], at) {
    if (v?.t === 'str' && from?.t === 'str' && to?.t === 'str')
        return { t: 'str', value: v.value.split(from.value).join(to.value), loc: at };
    return firstUnknown([v, from, to].filter((a) => !!a), at, 'replace');
}
/** `json('null')`, `json('{}')`: a literal JSON text becomes a value. */
function json([v], at) {
    if (v?.t !== 'str')
        return v?.t === 'unknown' ? v : unknown(at, 'json() of a value that is not a string');
    try {
        return fromPlain(JSON.parse(v.value), at);
    }
    catch {
        return unknown(at, 'json() of text that is not JSON');
    }
}
function fromPlain(p, at) {
    if (p === null)
        return { t: 'null', loc: at };
    if (typeof p === 'string')
        return { t: 'str', value: p, loc: at };
    if (typeof p === 'number')
        return { t: 'num', value: p, loc: at };
    if (typeof p === 'boolean')
        return bool(p, at);
    if (Array.isArray(p))
        return { t: 'arr', items: p.map((i) => fromPlain(i, at)), loc: at };
    return { t: 'obj', entries: Object.entries(p).map(([key, value]) => ({ key, keyLoc: at, value: fromPlain(value, at) })), loc: at };
}
/** `greater`, `less`, … on two numbers or two strings (ordinal). */
function compare(test) {
    return ([a, b], at) => {
        if (a?.t === 'num' && b?.t === 'num')
            return bool(test(a.value - b.value), at);
        if (a?.t === 'str' && b?.t === 'str')
            return bool(test(a.value < b.value ? -1 : a.value > b.value ? 1 : 0), at);
        const u = [a, b].find((x) => x?.t === 'unknown');
        return u ?? unknown(at, 'comparison of values that are not two numbers or two strings');
    };
}
/** `length()` of a string, array or object. */
function lengthOf([v], at) {
    if (v?.t === 'str')
        return { t: 'num', value: v.value.length, loc: at };
    if (v?.t === 'arr')
        return { t: 'num', value: v.items.length, loc: at };
    if (v?.t === 'obj')
        return { t: 'num', value: v.entries.length, loc: at };
    return v?.t === 'unknown' ? v : unknown(at, 'length() of a value without a length');
}
/** Functions evaluated from their argument values, by lowercased name. */
const FUNCTIONS = {
    concat,
    format,
    tolower: caseOf(true),
    toupper: caseOf(false),
    equals,
    not: ([v], at) => (v?.t === 'bool' ? bool(!v.value, at) : v?.t === 'unknown' ? v : unknown(at, 'not() of a value that is not a boolean')),
    and: logic(true),
    or: logic(false),
    bool: toBool,
    string: toStringFn,
    empty,
    coalesce,
    createarray: (args, at) => ({ t: 'arr', items: args, loc: at }),
    createobject: createObject,
    tryget: tryGet,
    json,
    split,
    first: end(true),
    last: end(false),
    replace,
    greater: compare((c) => c > 0),
    greaterorequals: compare((c) => c >= 0),
    less: compare((c) => c < 0),
    lessorequals: compare((c) => c <= 0),
    length: lengthOf,
};
//# sourceMappingURL=functions.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm/params.js
// Parameter files next to a template: their values win over the template's defaults.





/**
 * Candidate parameter files of a template, best first; the first group with a file wins:
 * `<name>.parameters.json`, then `<name>.parameters*.json` (`.dev`, `-prod` …), then
 * `azuredeploy.parameters.json`, then `parameters.json` for a portal-exported `template.json`.
 */
function parameterFileGroups(templatePath, files) {
    const dir = external_node_path_.posix.dirname(templatePath);
    const base = external_node_path_.posix.basename(templatePath);
    const name = base.replace(/\.jsonc?$/i, '').toLowerCase();
    const byLower = new Map(files.map((f) => [external_node_path_.posix.basename(f).toLowerCase(), f]));
    const pick = (n) => (byLower.has(n) ? [byLower.get(n)] : []);
    const exact = pick(`${name}.parameters.json`);
    const variants = files.filter((f) => {
        const b = external_node_path_.posix.basename(f).toLowerCase();
        return b.startsWith(`${name}.parameters`) && /\.jsonc?$/.test(b) && b !== `${name}.parameters.json`;
    });
    const groups = [exact, variants, pick('azuredeploy.parameters.json'), name === 'template' ? pick('parameters.json') : []];
    return groups.map((g) => g.filter((f) => f !== templatePath && external_node_path_.posix.dirname(f) === dir)).filter((g) => g.length > 0);
}
/**
 * Parameter values from the best group of parameter files. With several files in the group
 * (`.dev` and `.prod`), a value counts only when every file gives the same one; otherwise it is
 * unknown, since which file is deployed cannot be told.
 */
function parameterBindings(templatePath, ctx) {
    const dir = external_node_path_.posix.dirname(templatePath);
    const files = ctx.memo(`arm:list:${dir}`, () => ctx.list(dir));
    const group = parameterFileGroups(templatePath, files)[0] ?? [];
    const perFile = group.map((f) => ({ file: f, values: parameterValues(f, ctx) })).filter((p) => p.values.size > 0);
    const out = new Map();
    const names = new Set(perFile.flatMap((p) => [...p.values.keys()]));
    for (const n of names) {
        const vals = perFile.map((p) => p.values.get(n));
        const first = vals.find((v) => v !== undefined);
        const same = vals.length === 1 || vals.every((v) => v !== undefined && sameValue(v.value, first.value));
        const files = perFile.map((p) => external_node_path_.posix.basename(p.file)).join(', ');
        const value = same ? first.value : unknown(first.value.loc, `parameter '${first.name}' differs between parameter files ${files}`);
        out.set(n, () => value);
    }
    return out;
}
/** `parameters.<x>.value` of one parameter file (lowercased names); Key Vault references are unknown. */
function parameterValues(path, ctx) {
    return ctx.memo(`arm:params:${path}`, () => {
        const out = new Map();
        const src = ctx.source(path);
        const root = src && parsedParameterFile(ctx, src).root;
        const schema = (0,model_value/* getCI */.th)(root, '$schema');
        if (schema && (schema.t !== 'str' || !/deploymentParameters/i.test(schema.value)))
            return out;
        const params = (0,model_value/* getCI */.th)(root, 'parameters');
        if (params?.t !== 'obj')
            return out;
        for (const e of params.entries) {
            const value = (0,model_value/* getCI */.th)(e.value, 'value');
            if (value)
                out.set(e.key.toLowerCase(), { name: e.key, value: literal(value) });
            else if ((0,model_value/* getCI */.th)(e.value, 'reference'))
                out.set(e.key.toLowerCase(), { name: e.key, value: unknown(e.keyLoc, `parameter '${e.key}' is a Key Vault reference`) });
        }
        return out;
    });
}
/** Parameter file values are data: an expression-looking string there is not evaluated, so it stays unknown. */
function literal(v) {
    switch (v.t) {
        case 'str':
            if (isArmExpression(v.value))
                return unknown(v.loc, 'an expression in a parameter file is not evaluated');
            return v.value.startsWith('[[') ? { ...v, value: armLiteralValue(v.value) } : v;
        case 'obj':
            return { ...v, entries: v.entries.map((e) => ({ ...e, value: literal(e.value) })) };
        case 'arr':
            return { ...v, items: v.items.map(literal) };
        default:
            return v;
    }
}
function sameValue(a, b) {
    if (a.t === 'unknown' || b.t === 'unknown')
        return false;
    return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
function strip(v) {
    switch (v.t) {
        case 'obj':
            return v.entries.map((e) => [e.key, strip(e.value)]);
        case 'arr':
            return v.items.map(strip);
        case 'null':
            return null;
        case 'unknown':
            return { unknown: v.why };
        default:
            return v.value;
    }
}
//# sourceMappingURL=params.js.map
// EXTERNAL MODULE: ./lib/src/model/extract/arm-shape.js
var arm_shape = __webpack_require__(8084);
;// CONCATENATED MODULE: ./lib/src/model/deployment-scope.js
const deployment_scope_unknown = (loc, why, ref) => (ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why });
/**
 * `resourceGroup()`, `resourceGroup('<name>')`, `subscription()`: values known at deployment, but
 * which scope they name is known (the deployment's own resource group when no name is given).
 */
function deploymentScope(name, args, loc) {
    if (name === 'subscription')
        return deployment_scope_unknown(loc, 'subscription() is evaluated at deployment', { type: 'Microsoft.Resources/subscriptions' });
    const rg = args[args.length - 1];
    const ref = rg?.t === 'str' ? { type: 'Microsoft.Resources/resourceGroups', name: rg.value } : { type: 'Microsoft.Resources/resourceGroups' };
    if (rg && rg.t !== 'str')
        return deployment_scope_unknown(loc, `resourceGroup() of a name not known statically${rg.t === 'unknown' ? ` (${rg.why})` : ''}`);
    return deployment_scope_unknown(loc, 'resourceGroup() is evaluated at deployment', ref);
}
//# sourceMappingURL=deployment-scope.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm/evaluate.js





/** Inline nested deployments by their declaration (kept here so the index does not depend on the evaluator). */
const NESTED = new WeakMap();
/** Records an inline nested deployment's scope and outputs. */
function setNested(d, n) {
    NESTED.set(d, n);
}
const RESOURCE_TYPE = /^[A-Za-z][\w-]*(?:\.[\w-]+)+(?:\/[\w-]+)+$/;
const ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid', 'managementgroupresourceid']);
/** `reference(x)` members that name an identity property, with or without `'Full'`. */
const REFERENCE_PROPS = {
    principalid: 'principalId',
    'properties.principalid': 'principalId',
    'identity.principalid': 'principalId',
    clientid: 'clientId',
    'properties.clientid': 'clientId',
    tenantid: 'tenantId',
    'properties.tenantid': 'tenantId',
    'identity.tenantid': 'tenantId',
};
/**
 * One template's parameters and variables. Nested inline deployments with inner scope get their
 * own scope; outer-scope ones share their parent's.
 */
class Scope {
    index;
    bindings;
    id;
    params = new Map();
    vars = new Map();
    /** Variables built by a `copy` section of `variables`: their items depend on the loop. */
    loopVars = new Set();
    cache = new Map();
    busy = new Set();
    /** The copy loops of what is being evaluated now (set around each loop iteration). */
    copy;
    constructor(template, index, bindings = new Map()) {
        this.index = index;
        this.bindings = bindings;
        this.id = index.newScopeId();
        const params = (0,model_value/* getCI */.th)(template, 'parameters');
        if (params?.t === 'obj')
            for (const e of params.entries)
                this.params.set(e.key.toLowerCase(), e.value);
        const vars = (0,model_value/* getCI */.th)(template, 'variables');
        if (vars?.t === 'obj') {
            for (const e of vars.entries) {
                if (e.key.toLowerCase() === 'copy' && e.value.t === 'arr') {
                    for (const loop of e.value.items) {
                        const n = (0,model_value/* getCI */.th)(loop, 'name');
                        if (n?.t === 'str')
                            this.loopVars.add(n.value.toLowerCase());
                    }
                }
                else
                    this.vars.set(e.key.toLowerCase(), e.value);
            }
        }
    }
    /** Runs `fn` inside a copy loop iteration; `copyIndex()` reads it. */
    withCopy(copy, fn) {
        const saved = this.copy;
        this.copy = copy;
        try {
            return fn();
        }
        finally {
            this.copy = saved;
        }
    }
    get copyState() {
        return this.copy;
    }
    /** Evaluates a raw template value deeply: expression strings, computed keys, `[[` escapes. */
    value(v) {
        switch (v.t) {
            case 'str':
                return this.string(v);
            case 'obj':
                return { t: 'obj', entries: v.entries.flatMap((e) => (e.key.toLowerCase() === 'copy' && e.value.t === 'arr' ? this.propertyCopy(e) : [this.entry(e)])), loc: v.loc };
            case 'arr':
                return { t: 'arr', items: v.items.map((i) => this.value(i)), loc: v.loc };
            default:
                return v;
        }
    }
    /**
     * A property copy loop (`"copy": [{ name, count, input }]`) becomes the property `name`: an
     * array of `input` evaluated with `copyIndex('name')` = 0…count-1; unknown when count is.
     */
    propertyCopy(e) {
        const out = [];
        for (const loop of e.value.t === 'arr' ? e.value.items : []) {
            const name = (0,model_value/* getCI */.th)(loop, 'name');
            const input = (0,model_value/* getCI */.th)(loop, 'input');
            if (name?.t !== 'str' || !input)
                return [this.entry(e)];
            const count = this.value((0,model_value/* getCI */.th)(loop, 'count') ?? { t: 'null', loc: loop.loc });
            const key = name.value.toLowerCase();
            const keyLoc = e.keyLoc;
            let value;
            if (count.t !== 'num')
                value = unknown(loop.loc, `property copy loop '${name.value}' with a count not known statically${count.t === 'unknown' ? ` (${count.why})` : ''}`);
            else if (count.value > this.index.maxLoopIterations) {
                value = unknown(loop.loc, `property copy loop '${name.value}' of ${count.value} items, more than the limit of ${this.index.maxLoopIterations} (option maxLoopIterations)`);
                this.index.notes.push({ loc: loop.loc, message: `Loop not expanded: ${value.why}; it is read as one instance with unknown values.` });
            }
            else {
                const items = [];
                for (let i = 0; i < count.value; i++)
                    items.push(this.withCopy(this.enter(key, i), () => this.value(input)));
                value = { t: 'arr', items, loc: loop.loc };
            }
            out.push({ key: name.value, keyLoc, value });
        }
        return out;
    }
    /** The copy state one loop deeper. */
    enter(loop, index) {
        const indexes = new Map(this.copy?.indexes ?? []);
        indexes.set(loop, index);
        return { current: loop, indexes };
    }
    entry(e) {
        const value = this.value(e.value);
        if (!isArmExpression(e.key))
            return { key: e.key, keyLoc: e.keyLoc, value };
        return { key: e.key, keyLoc: e.keyLoc, value, keyValue: this.string({ t: 'str', value: e.key, loc: e.keyLoc }) };
    }
    string(s) {
        if (!isArmExpression(s.value))
            return s.value.startsWith('[[') ? { ...s, value: armLiteralValue(s.value) } : s;
        return this.ev(parseArmExpression(s.value), { text: s.value, at: s.loc });
    }
    /** The expression text of a name, keyed for matching `resourceId(type, <same expression>)`. */
    nameExprKey(raw) {
        return raw?.t === 'str' && isArmExpression(raw.value) ? exprKey(this.id, raw.value.slice(1, -1)) : undefined;
    }
    param(name, at) {
        const key = name.toLowerCase();
        const decl = this.params.get(key);
        if (!decl)
            return unknown(at, `parameter '${name}' is not declared`);
        return this.once(`p:${key}`, at, `parameter '${name}'`, () => {
            const bound = this.bindings.get(key);
            if (bound)
                return bound();
            const def = (0,model_value/* getCI */.th)(decl, 'defaultValue');
            return def ? this.value(def) : undefined;
        }) ?? unknown(at, `parameter '${name}' has no default`);
    }
    variable(name, at) {
        const key = name.toLowerCase();
        if (this.loopVars.has(key))
            return unknown(at, `variable '${name}' is built by a copy loop`);
        const decl = this.vars.get(key);
        if (!decl)
            return unknown(at, `variable '${name}' is not declared`);
        return this.once(`v:${key}`, at, `variable '${name}'`, () => this.value(decl));
    }
    /** Evaluates a parameter or variable once; a cycle gives an unknown instead of recursing. */
    once(key, at, what, compute) {
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        if (this.busy.has(key))
            return unknown(at, `${what} refers to itself`);
        this.busy.add(key);
        try {
            const v = compute();
            if (v)
                this.cache.set(key, v);
            return v;
        }
        finally {
            this.busy.delete(key);
        }
    }
    /** Evaluates one expression under the read's budget (steps, nesting, size of what it computes). */
    ev(e, cx) {
        const budget = this.index.budget;
        const spent = budget.enter(cx.at);
        if (spent)
            return spent;
        try {
            return budget.fit(this.evNode(e, cx), cx.at);
        }
        finally {
            budget.leave();
        }
    }
    evNode(e, cx) {
        switch (e.kind) {
            case 'string':
                return { t: 'str', value: e.value, loc: cx.at };
            case 'number':
                return { t: 'num', value: e.value, loc: cx.at };
            case 'bool':
                return { t: 'bool', value: e.value, loc: cx.at };
            case 'null':
                return { t: 'null', loc: cx.at };
            case 'error':
                return unknown(cx.at, `malformed expression: ${e.message}`);
            case 'member':
            case 'index':
                return this.access(e, cx);
            case 'call':
                return this.call(e, cx);
        }
    }
    access(e, cx) {
        // `reference(x).identity.principalId`: the whole member chain decides what is read.
        const props = [];
        let base = e;
        for (;;) {
            if (base.kind === 'member')
                props.unshift(base.property);
            else if (base.kind === 'index' && base.index.kind === 'string')
                props.unshift(base.index.value);
            else
                break;
            base = base.object;
        }
        if (base.kind === 'call' && base.lname === 'reference')
            return this.reference(base, props, cx);
        const obj = this.ev(e.object, cx);
        const key = e.kind === 'member' ? { t: 'str', value: e.property, loc: cx.at } : this.ev(e.index, cx);
        if (obj.t === 'obj' && key.t === 'str')
            return (0,model_value/* getCI */.th)(obj, key.value) ?? unknown(cx.at, `no property '${key.value}'`);
        if (obj.t === 'arr' && key.t === 'num')
            return obj.items[key.value] ?? unknown(cx.at, `no item ${key.value}`);
        // `resourceGroup().id`, `subscription().id`: still the same scope.
        if (obj.t === 'unknown' && key.t === 'str' && key.value.toLowerCase() === 'id' && obj.ref && !obj.ref.property)
            return unknown(cx.at, obj.why, { ...obj.ref, property: 'id' });
        if (obj.t === 'unknown')
            return unknown(cx.at, obj.why);
        return key.t === 'unknown' ? key : unknown(cx.at, `cannot read '${key.t === 'str' ? key.value : '?'}' of a ${obj.t} value`);
    }
    call(e, cx) {
        const arg = (i) => (e.args[i] ? this.ev(e.args[i], cx) : unknown(cx.at, `${e.name}() is missing an argument`));
        switch (e.lname) {
            case 'parameters':
            case 'variables': {
                const n = arg(0);
                if (n.t !== 'str')
                    return n.t === 'unknown' ? n : unknown(cx.at, `${e.name}() needs a name`);
                return e.lname === 'parameters' ? this.param(n.value, cx.at) : this.variable(n.value, cx.at);
            }
            case 'if': {
                // Only the branch taken is evaluated; with an unknown condition, so is the result.
                const c = arg(0);
                if (c.t === 'bool')
                    return arg(c.value ? 1 : 2);
                return c.t === 'unknown' ? unknown(cx.at, `if() with a condition not known statically (${c.why})`) : unknown(cx.at, 'if() with a condition that is not a boolean');
            }
            case 'reference':
                return this.reference(e, [], cx);
            case 'resourcegroup':
            case 'subscription':
                return deploymentScope(e.lname === 'subscription' ? 'subscription' : 'resourceGroup', e.args.map((a) => this.ev(a, cx)), cx.at);
            case 'copyindex':
                return this.copyIndex(e.args.map((a) => this.ev(a, cx)), cx.at);
        }
        if (ID_FUNCTIONS.has(e.lname))
            return this.resourceId(e, cx);
        const fn = FUNCTIONS[e.lname];
        if (fn)
            return fn(e.args.map((a) => this.ev(a, cx)), cx.at);
        return unknown(cx.at, `${e.name}() is not evaluated statically`);
    }
    /** `copyIndex([loopName], [offset])` in the current copy loop iteration. */
    copyIndex(args, at) {
        const named = args[0]?.t === 'str' ? args[0].value.toLowerCase() : undefined;
        const offset = args.find((a) => a.t === 'num');
        const loop = named ?? this.copy?.current;
        if (!loop || !this.copy?.indexes.has(loop))
            return unknown(at, `copyIndex(${named ? `'${named}'` : ''}) outside a copy loop`);
        const i = this.copy.indexes.get(loop);
        if (i === undefined)
            return unknown(at, `copyIndex() of copy loop '${loop}' whose count is not known statically`);
        return { t: 'num', value: i + (offset?.t === 'num' ? offset.value : 0), loc: at };
    }
    /** `resourceId([sub], [rg], type, name…)` and its siblings: the ID is unknown, its target often is not. */
    resourceId(e, cx) {
        const args = e.args.map((a) => this.ev(a, cx));
        const from = e.lname === 'extensionresourceid' ? 1 : 0;
        const ti = args.findIndex((a, i) => i >= from && a.t === 'str' && RESOURCE_TYPE.test(a.value));
        if (ti < 0 || ti === args.length - 1)
            return unknown(cx.at, `${e.name}() is known only at deployment`);
        const type = args[ti].value;
        const last = args[args.length - 1];
        const tail = knownTail(last);
        const name = tail !== undefined && (last.t === 'str' || tail.includes('/')) ? tail.slice(tail.lastIndexOf('/') + 1) : undefined;
        const lastExpr = e.args[e.args.length - 1];
        const expr = last.t === 'unknown' ? exprKey(this.id, cx.text.slice(lastExpr.span.start, lastExpr.span.end)) : undefined;
        const decl = this.index.find(type, name, expr);
        const why = `the ID of ${type} '${name ?? '?'}' is known only at deployment`;
        if (decl)
            return unknown(cx.at, why, { ...this.index.refTo(decl, 'id'), ...(name !== undefined ? { name } : {}) });
        return unknown(cx.at, why, name !== undefined ? { type, name, property: 'id' } : undefined);
    }
    /** `reference(target[, api[, 'Full']])` followed by members: a reference when they name an identity property. */
    reference(e, props, cx) {
        if (props.length >= 2 && props[0].toLowerCase() === 'outputs')
            return this.nestedOutput(e, props, cx);
        const property = REFERENCE_PROPS[props.join('.').toLowerCase()];
        const target = property && e.args[0] ? this.target(e.args[0], cx) : undefined;
        if (!property || !target)
            return unknown(cx.at, 'reference() is known only at deployment');
        return unknown(cx.at, `the ${property} of ${target.type ?? 'a resource'} '${target.name ?? '?'}' is known only at deployment`, { ...target, property });
    }
    /** `reference('<deployment>').outputs.<x>.value`: the output of an inline nested deployment of this file. */
    nestedOutput(e, props, cx) {
        const arg = e.args[0] ? this.ev(e.args[0], cx) : undefined;
        const name = arg?.t === 'str' ? arg.value : undefined;
        const decl = name !== undefined ? this.index.byName(this.id, name) : undefined;
        const nested = decl && NESTED.get(decl);
        if (!nested)
            return unknown(cx.at, `output '${props[1]}' of deployment '${name ?? '?'}' is known only at deployment`);
        const out = (0,model_value/* getCI */.th)(nested.outputs, props[1]);
        if (!out)
            return unknown(cx.at, `deployment '${name}' has no output '${props[1]}'`);
        const v = nested.scope.output(props[1], out);
        const rest = props.slice(2);
        if (rest[0]?.toLowerCase() !== 'value')
            return unknown(cx.at, `'${props.join('.')}' of a deployment`);
        let cur = v;
        for (const p of rest.slice(1))
            cur = (0,model_value/* getCI */.th)(cur, p) ?? unknown(cx.at, `no property '${p}'`);
        return cur.t === 'unknown' ? { ...cur, loc: cx.at } : cur;
    }
    /** An output of this scope's template, evaluated once. */
    output(name, decl) {
        return this.once(`o:${name.toLowerCase()}`, decl.loc, `output '${name}'`, () => this.value((0,model_value/* getCI */.th)(decl, 'value') ?? unknown(decl.loc, `output '${name}' has no value`)));
    }
    /** What `reference(x)` points at: a resource ID (function or literal), or a resource of this file by name or symbol. */
    target(arg, cx) {
        const v = this.ev(arg, cx);
        if (v.t === 'unknown') {
            if (v.ref?.property === 'id')
                return targetOf(v.ref);
            const decl = this.index.byExpr(exprKey(this.id, cx.text.slice(arg.span.start, arg.span.end)));
            return decl && targetOf(this.index.refTo(decl, 'id'));
        }
        if (v.t !== 'str')
            return undefined;
        const id = refFromResourceId(v.value);
        if (id) {
            const decl = this.index.find(id.type, id.name, undefined);
            return decl ? { ...targetOf(this.index.refTo(decl, 'id')), name: id.name } : id;
        }
        const decl = this.index.byName(this.id, v.value);
        return decl && targetOf(this.index.refTo(decl, 'id'));
    }
}
function targetOf(ref) {
    const t = {};
    if (ref.type !== undefined)
        t.type = ref.type;
    if (ref.name !== undefined)
        t.name = ref.name;
    if (ref.symbol !== undefined)
        t.symbol = ref.symbol;
    if (ref.scope !== undefined)
        t.scope = ref.scope;
    if (ref.instance !== undefined)
        t.instance = ref.instance;
    return t;
}
//# sourceMappingURL=evaluate.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm/resources.js




/** The parts of a resource the model reads; the rest (dependsOn, copy, condition, tags) is left out. */
const BODY_KEYS = new Set(['identity', 'properties', 'kind', 'sku', 'scope', 'location']);
const DEPLOYMENTS = 'microsoft.resources/deployments';
/** Nested deployments deeper than this are not followed (a guard against pathological files). */
const MAX_DEPTH = 32;
function readResources(src, template, index, bindings) {
    const found = [];
    // A resource-group template (not a subscription, management-group or tenant one) deploys to its resource group.
    const schema = (0,model_value/* getCI */.th)(template, '$schema');
    const rgTemplate = schema?.t === 'str' && /\/deploymentTemplate\.json/i.test(schema.value);
    collect((0,model_value/* getCI */.th)(template, 'resources'), new Scope(template, index, bindings), 'resources', undefined, found, 0, rgTemplate ? { resourceGroup: `@${src.path}` } : {});
    // Bodies are evaluated once every resource is known, so references can find their targets.
    const out = [];
    for (const f of found) {
        if (f.existing || !(0,arm_shape/* kindOfArmType */.QP)(f.type))
            continue;
        const r = f.scope.withCopy(f.copy, () => {
            const apiVersion = f.scope.value((0,model_value/* getCI */.th)(f.raw, 'apiVersion') ?? { t: 'null', loc: f.raw.loc });
            const entries = f.raw.entries
                .filter((e) => BODY_KEYS.has(e.key.toLowerCase()))
                .map((e) => ({ key: e.key, keyLoc: e.keyLoc, value: f.scope.value(e.value) }));
            return (0,arm_shape/* fromArmShape */.Ox)({
                type: f.type,
                apiVersion: apiVersion.t === 'str' ? apiVersion.value : undefined,
                name: f.name,
                body: { t: 'obj', entries, loc: f.raw.loc },
                decl: f.raw.loc,
                format: 'arm',
                file: src.path,
                symbol: f.symbol,
                scope: src.path,
                instance: f.instance,
                calledFrom: f.calledFrom,
                maybeDeployed: f.maybe,
                resourceGroup: f.resourceGroup,
            });
        });
        if (r)
            out.push(r);
    }
    return out;
}
function collect(list, scope, path, parent, out, depth, within) {
    const items = [];
    if (list?.t === 'arr')
        list.items.forEach((raw, i) => items.push({ raw, symbol: `${path}[${i}]` }));
    else if (list?.t === 'obj')
        for (const e of list.entries)
            items.push({ raw: e.value, symbol: path === 'resources' ? e.key : `${path}.${e.key}`, symbolic: e.key });
    for (const { raw, symbol, symbolic } of items) {
        if (raw.t !== 'obj')
            continue;
        for (const it of iterationsOf(raw, scope, within)) {
            scope.withCopy(it.copy, () => {
                const f = declare(raw, scope, symbol, symbolic, parent, it, out);
                if (!f || depth >= MAX_DEPTH)
                    return;
                collect((0,model_value/* getCI */.th)(raw, 'resources'), scope, `${symbol}.resources`, { type: f.type, name: f.name }, out, depth + 1, it);
                if (f.type.toLowerCase() === DEPLOYMENTS)
                    nested(raw, f, scope, out, depth + 1, it);
            });
        }
    }
}
/**
 * A resource's copy iterations (`copy: { name, count }`: one per index, `copy:<name>[i]`), less
 * those whose `condition` is known false; an unknown count or condition keeps one "maybe" instance.
 */
function iterationsOf(raw, scope, within) {
    const copy = (0,model_value/* getCI */.th)(raw, 'copy');
    const base = { ...within, copy: scope.copyState };
    let list = [base];
    const loopName = (0,model_value/* getCI */.th)(copy, 'name');
    if (copy?.t === 'obj' && loopName?.t === 'str') {
        const key = loopName.value.toLowerCase();
        const count = scope.value((0,model_value/* getCI */.th)(copy, 'count') ?? { t: 'null', loc: copy.loc });
        const max = scope.index.maxLoopIterations;
        const prefix = within.instance ? `${within.instance}.` : '';
        if (count.t === 'num' && count.value <= max) {
            list = [];
            for (let i = 0; i < count.value; i++)
                list.push({ ...base, copy: scope.enter(key, i), instance: `${prefix}copy:${loopName.value}[${i}]` });
        }
        else {
            const why = count.t === 'num' ? `copy loop '${loopName.value}' of ${count.value} items, more than the limit of ${max} (option maxLoopIterations)` : `copy loop '${loopName.value}' with a count not known statically${count.t === 'unknown' ? ` (${count.why})` : ''}`;
            if (count.t === 'num')
                scope.index.notes.push({ loc: copy.loc, message: `Loop not expanded: ${why}; it is read as one instance with unknown values.` });
            list = [{ ...base, copy: scope.enter(key, undefined), instance: `${prefix}copy:${loopName.value}[?]`, maybe: within.maybe ?? why }];
        }
    }
    const condition = (0,model_value/* getCI */.th)(raw, 'condition');
    if (!condition)
        return list;
    return list.flatMap((it) => {
        const c = scope.withCopy(it.copy, () => scope.value(condition));
        if (c.t === 'bool')
            return c.value ? [it] : [];
        return [{ ...it, maybe: it.maybe ?? `its condition is not known statically${c.t === 'unknown' ? ` (${c.why})` : ''}` }];
    });
}
function declare(raw, scope, symbol, symbolic, parent, it, out) {
    const typeV = scope.value((0,model_value/* getCI */.th)(raw, 'type') ?? { t: 'null', loc: raw.loc });
    if (typeV.t !== 'str')
        return undefined;
    // A nested child writes its type and name relative to its parent (`computes`, `cpu`).
    const relative = parent && !typeV.value.includes('/');
    const type = relative ? `${parent.type}/${typeV.value}` : typeV.value;
    const rawName = (0,model_value/* getCI */.th)(raw, 'name');
    const own = resourceName(scope, rawName, raw);
    const name = relative ? childName(parent.name, own) : own;
    const ex = (0,model_value/* getCI */.th)(raw, 'existing');
    const existing = ex?.t === 'bool' && ex.value;
    const f = { raw, scope, type, name, symbol, existing, copy: it.copy, instance: it.instance, calledFrom: it.calledFrom, maybe: it.maybe, resourceGroup: it.resourceGroup };
    out.push(f);
    const decl = { type, symbol };
    if (it.instance)
        decl.instance = it.instance;
    if (name.t === 'str') {
        decl.name = name.value.slice(name.value.lastIndexOf('/') + 1);
        decl.fullName = name.value;
    }
    else
        decl.expr = scope.nameExprKey(rawName);
    if (symbolic !== undefined)
        decl.symbolic = `${scope.id}:${symbolic}`;
    scope.index.add(decl);
    f.decl = decl;
    return f;
}
/**
 * An inline nested deployment: an instance of its own (`deployment:<name>`), with the deployment
 * as its call site. With `expressionEvaluationOptions.scope: inner` the template is its own scope
 * and gets `properties.parameters.<x>.value` evaluated in the outer scope (in the deployment's copy
 * iteration); with the default outer scope it sees the outer parameters and variables.
 */
function nested(raw, f, outer, out, depth, it) {
    const props = (0,model_value/* getCI */.th)(raw, 'properties');
    const template = (0,model_value/* getCI */.th)(props, 'template');
    if (template?.t !== 'obj')
        return; // templateLink: the linked file is read on its own
    const mode = (0,model_value/* getCI */.th)((0,model_value/* getCI */.th)(props, 'expressionEvaluationOptions'), 'scope');
    const inner = mode?.t === 'str' && mode.value.toLowerCase() === 'inner';
    let scope = outer;
    if (inner) {
        const bindings = new Map();
        const args = (0,model_value/* getCI */.th)(props, 'parameters');
        const copy = outer.copyState;
        if (args?.t === 'obj') {
            for (const e of args.entries) {
                const value = (0,model_value/* getCI */.th)(e.value, 'value');
                const why = (0,model_value/* getCI */.th)(e.value, 'copy') ? 'is built by a copy loop' : 'is not passed as a value';
                bindings.set(e.key.toLowerCase(), value ? () => outer.withCopy(copy, () => outer.value(value)) : () => unknown(e.keyLoc, `parameter '${e.key}' ${why}`));
            }
        }
        scope = new Scope(template, outer.index, bindings);
    }
    if (f.decl)
        setNested(f.decl, { scope, outputs: (0,model_value/* getCI */.th)(template, 'outputs') });
    const label = f.name.t === 'str' ? f.name.value : f.symbol;
    const instance = `${it.instance ? `${it.instance}.` : ''}deployment:${label}`;
    const calledFrom = [...(it.calledFrom ?? []), { loc: raw.loc, message: `nested deployment '${label}'` }];
    // Inner-scope templates start outside any copy loop: copyIndex() there refers to their own loops.
    // `resourceGroup` on the deployment moves it to that resource group; without it, the parent's.
    const rg = (0,model_value/* getCI */.th)(raw, 'resourceGroup');
    const rgValue = rg ? outer.value(rg) : undefined;
    const resourceGroup = !rg ? it.resourceGroup : rgValue?.t === 'str' ? rgValue.value : undefined;
    const body = () => collect((0,model_value/* getCI */.th)(template, 'resources'), scope, `${f.symbol}.properties.template.resources`, undefined, out, depth, { instance, calledFrom, maybe: it.maybe, resourceGroup });
    if (inner)
        scope.withCopy(undefined, body);
    else
        body();
}
/**
 * The resource's name. When it is only partly known (`concat(parameters('ws'), '/cpu')`), its
 * known last segment is enough: the model names a resource by its last segment.
 */
function resourceName(scope, rawName, raw) {
    if (!rawName)
        return unknown(raw.loc, 'the resource has no name');
    const v = scope.value(rawName);
    if (v.t !== 'unknown')
        return v;
    const tail = knownTail(v);
    if (tail?.includes('/') && !tail.endsWith('/'))
        return { t: 'str', value: tail.slice(tail.lastIndexOf('/') + 1), loc: v.loc };
    return v;
}
/** `ws` + `cpu` → `ws/cpu`; with the parent's name unknown, the child's own name still names it. */
function childName(parent, own) {
    if (own.t !== 'str')
        return own;
    if (parent.t === 'str')
        return { ...own, value: `${parent.value}/${own.value}` };
    return own;
}
//# sourceMappingURL=resources.js.map
;// CONCATENATED MODULE: ./lib/src/readers/arm.js





/** Cheap test on the raw text: most JSON in a repository is neither a template nor a parameter file. */
const MARKER = /deployment(?:Template|Parameters)/i;
const TEMPLATE_MARKER = /deploymentTemplate/i;
/** A `$schema` naming a deployment template, found in text that may not parse. */
const TEMPLATE_SCHEMA = /"\$schema"\s*:\s*"[^"]*deploymentTemplate/i;
/**
 * Reads one `.json` / `.jsonc` file. A deployment template gives its resources; a parameter file
 * gives none of its own (templates next to it read it); any other JSON is skipped unparsed.
 */
function readArm(src, ctx) {
    if (!MARKER.test(src.text))
        return { resources: [] };
    const certain = TEMPLATE_SCHEMA.test(src.text);
    try {
        // Parameter files are shared with the templates that read them; templates are parsed once here.
        const parsed = TEMPLATE_MARKER.test(src.text) ? parseJsonc(src) : parsedParameterFile(ctx, src);
        if (parsed.error)
            return { resources: [], parseError: { ...parsed.error, certain } };
        const root = parsed.root;
        const schema = (0,model_value/* getCI */.th)(root, '$schema');
        if (!root || schema?.t !== 'str' || !TEMPLATE_MARKER.test(schema.value))
            return { resources: [] };
        const index = new ResourceIndex(src.path, ctx.maxLoopIterations, ctx.budget);
        const resources = readResources(src, root, index, parameterBindings(src.path, ctx));
        return index.notes.length ? { resources, notes: index.notes } : { resources };
    }
    catch (e) {
        // The JSON parser and the evaluator recurse: thousands of nested brackets exhaust the stack.
        if (e instanceof RangeError)
            return { resources: [], parseError: { message: 'it is nested too deeply', start: 0, end: 0, certain } };
        throw e;
    }
}
//# sourceMappingURL=arm.js.map
;// CONCATENATED MODULE: ./lib/src/formats/arm-json/index.js




/**
 * A template compiled from a Bicep file beside it (`main.json` or `azuredeploy.json` next to
 * `main.bicep`, with the Bicep generator's metadata) says the same thing twice: the Bicep file is
 * read, the JSON is not.
 */
function readArmUnlessCompiled(src, ctx) {
    if (BICEP_GENERATED.test(src.text)) {
        const dir = src.path.includes('/') ? src.path.slice(0, src.path.lastIndexOf('/') + 1) : '';
        if (ctx.source(src.path.replace(/\.jsonc?$/i, '.bicep')) || ctx.source(`${dir}main.bicep`))
            return { resources: [] };
    }
    return readArm(src, ctx);
}
/** ARM deployment templates (JSON with comments); other JSON is left alone. */
const armJson = defineFormat({
    id: 'arm-json',
    title: 'ARM deployment templates',
    extensions: ['.json', '.jsonc'],
    accepts: (text) => /deploymentTemplate/i.test(text),
    read: readArmUnlessCompiled,
    modelFormat: 'arm',
    comments: C_STYLE,
    fixtureMarkers: openers(C_STYLE),
    fence: 'json',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/arm-params/index.js



/** ARM parameter files: no resources of their own (the templates beside them read them), but their parse errors are reported. */
const armParams = defineFormat({
    id: 'arm-params',
    title: 'ARM parameter files',
    extensions: ['.json', '.jsonc'],
    accepts: (text) => /deploymentParameters/i.test(text),
    read: readArm,
    modelFormat: 'arm',
    comments: C_STYLE,
    fixtureMarkers: openers(C_STYLE),
    fence: 'json',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/bicep/lexer.js
// Bicep lexer. Produces a flat token list in which newlines are tokens (Bicep is
// newline-sensitive) and comments/pragmas are side tables. Interpolated strings are
// split into pieces (`'a${` / `}b${` / `}c'`) with a brace stack, so the parser sees
// the embedded expressions as ordinary tokens.
const CH_LF = 10;
const CH_CR = 13;
const CH_QUOTE = 39; // '
const CH_BACKSLASH = 92;
const CH_DOLLAR = 36;
const CH_LBRACE = 123;
function isIdentStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c) {
    return isIdentStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function lex(text) {
    const tokens = [];
    const comments = [];
    const directives = [];
    const errors = [];
    // One entry per open `{`: true when it is a `${` inside a string, so the matching
    // `}` resumes scanning the string instead of producing a token.
    const braces = [];
    const n = text.length;
    let pos = 0;
    const push = (kind, start, end, value = '') => {
        tokens.push({ kind, start, end, value });
    };
    const error = (message, start, end) => {
        errors.push({ message, span: { start, end } });
    };
    const atLineStart = (p) => {
        for (let i = p - 1; i >= 0; i--) {
            const c = text.charCodeAt(i);
            if (c === CH_LF || c === CH_CR)
                return true;
            if (c !== 32 && c !== 9)
                return false;
        }
        return true;
    };
    /**
     * Scans a single-line string body from `p` (just after `'` or the closing `}` of
     * an interpolation). Emits one token and returns the new position.
     */
    const scanString = (tokenStart, p, continued) => {
        let value = '';
        let chunkStart = p;
        while (p < n) {
            const c = text.charCodeAt(p);
            if (c === CH_QUOTE) {
                value += text.slice(chunkStart, p);
                push(continued ? 'stringRight' : 'string', tokenStart, p + 1, value);
                return p + 1;
            }
            if (c === CH_DOLLAR && text.charCodeAt(p + 1) === CH_LBRACE) {
                value += text.slice(chunkStart, p);
                push(continued ? 'stringMiddle' : 'stringLeft', tokenStart, p + 2, value);
                braces.push(true);
                return p + 2;
            }
            if (c === CH_LF || c === CH_CR)
                break;
            if (c === CH_BACKSLASH) {
                value += text.slice(chunkStart, p);
                const [decoded, next] = decodeEscape(p);
                value += decoded;
                p = next;
                chunkStart = p;
                continue;
            }
            p++;
        }
        // Unterminated: close the string here so the rest of the file still lexes.
        value += text.slice(chunkStart, p);
        error('Unterminated string', tokenStart, p);
        push(continued ? 'stringRight' : 'string', tokenStart, p, value);
        return p;
    };
    /** Decodes the escape at `p` (a backslash); returns [text, next position]. */
    const decodeEscape = (p) => {
        const e = text[p + 1];
        switch (e) {
            case "'": return ["'", p + 2];
            case '\\': return ['\\', p + 2];
            case 'n': return ['\n', p + 2];
            case 'r': return ['\r', p + 2];
            case 't': return ['\t', p + 2];
            case '$': return ['$', p + 2];
            case 'u': {
                const m = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(p + 2, p + 12));
                const cp = m ? parseInt(m[1], 16) : -1;
                if (m && cp <= 0x10ffff)
                    return [String.fromCodePoint(cp), p + 2 + m[0].length];
                error('Invalid \\u{...} escape sequence', p, p + 2);
                return ['', p + 2];
            }
            default:
                if (e === undefined || e === '\n' || e === '\r') {
                    error('Unterminated escape sequence', p, p + 1);
                    return ['', p + 1];
                }
                error(`Invalid escape sequence '\\${e}'`, p, p + 2);
                return [e, p + 2];
        }
    };
    /** `'''...'''`: verbatim, no escapes or interpolation; a leading newline is dropped. */
    const scanMultiline = (start) => {
        const close = text.indexOf("'''", start + 3);
        if (close < 0) {
            error('Unterminated multi-line string', start, n);
            tokens.push({ kind: 'string', start, end: n, value: stripLeadingNewline(text.slice(start + 3)), multiline: true });
            return n;
        }
        // `''''` at the end belongs to the content: the last three quotes close it.
        let end = close + 3;
        while (text.charCodeAt(end) === CH_QUOTE)
            end++;
        const value = stripLeadingNewline(text.slice(start + 3, end - 3));
        tokens.push({ kind: 'string', start, end, value, multiline: true });
        return end;
    };
    while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || c === 0xfeff || c === 0x0c || c === 0x0b || c === 0xa0) {
            pos++;
            continue;
        }
        if (c === CH_LF || c === CH_CR) {
            const end = c === CH_CR && text.charCodeAt(pos + 1) === CH_LF ? pos + 2 : pos + 1;
            push('newline', pos, end);
            pos = end;
            continue;
        }
        if (c === 47 /* / */) {
            const c2 = text.charCodeAt(pos + 1);
            if (c2 === 47) {
                let end = pos + 2;
                while (end < n && text.charCodeAt(end) !== CH_LF && text.charCodeAt(end) !== CH_CR)
                    end++;
                comments.push({ span: { start: pos, end }, text: text.slice(pos, end), block: false });
                pos = end;
                continue;
            }
            if (c2 === 42) {
                const close = text.indexOf('*/', pos + 2);
                const end = close < 0 ? n : close + 2;
                if (close < 0)
                    error('Unterminated block comment', pos, n);
                comments.push({ span: { start: pos, end }, text: text.slice(pos, end), block: true });
                pos = end;
                continue;
            }
        }
        if (c === 35 /* # */ && atLineStart(pos) && isIdentStart(text.charCodeAt(pos + 1))) {
            // Pragmas such as `#disable-next-line BCP081` run to the end of the line.
            let end = pos + 1;
            while (end < n && text.charCodeAt(end) !== CH_LF && text.charCodeAt(end) !== CH_CR)
                end++;
            directives.push({ span: { start: pos, end }, text: text.slice(pos, end) });
            pos = end;
            continue;
        }
        if (isIdentStart(c)) {
            let end = pos + 1;
            while (end < n && isIdentPart(text.charCodeAt(end)))
                end++;
            push('ident', pos, end, text.slice(pos, end));
            pos = end;
            continue;
        }
        if (isDigit(c)) {
            let end = pos + 1;
            while (end < n && isDigit(text.charCodeAt(end)))
                end++;
            push('number', pos, end, text.slice(pos, end));
            pos = end;
            continue;
        }
        if (c === CH_QUOTE) {
            if (text.charCodeAt(pos + 1) === CH_QUOTE && text.charCodeAt(pos + 2) === CH_QUOTE) {
                pos = scanMultiline(pos);
            }
            else {
                pos = scanString(pos, pos + 1, false);
            }
            continue;
        }
        if (c === CH_LBRACE) {
            braces.push(false);
            push('{', pos, pos + 1);
            pos++;
            continue;
        }
        if (c === 125 /* } */) {
            if (braces.length > 0 && braces[braces.length - 1]) {
                braces.pop();
                pos = scanString(pos, pos + 1, true);
                continue;
            }
            braces.pop();
            push('}', pos, pos + 1);
            pos++;
            continue;
        }
        const punct = matchPunctuator(text, pos);
        if (punct) {
            push(punct, pos, pos + punct.length);
            pos += punct.length;
            continue;
        }
        // Unknown character: report and skip (surrogate pairs as one unit).
        const low = text.charCodeAt(pos + 1);
        const width = c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        error(`Unexpected character '${text.slice(pos, pos + width)}'`, pos, pos + width);
        pos += width;
    }
    push('eof', n, n);
    return { tokens, comments, directives, errors };
}
/** Longest operator/punctuator at `pos`, decided by its first character. */
function matchPunctuator(text, pos) {
    const next = text[pos + 1];
    switch (text[pos]) {
        case '(': return '(';
        case ')': return ')';
        case '[': return '[';
        case ']': return ']';
        case ',': return ',';
        case '+': return '+';
        case '-': return '-';
        case '*': return '*';
        case '/': return '/';
        case '%': return '%';
        case '@': return '@';
        case '.':
            if (next === '.' && text[pos + 2] === '.')
                return '...';
            return next === '?' ? '.?' : '.';
        case ':': return next === ':' ? '::' : ':';
        case '?': return next === '?' ? '??' : '?';
        case '=': return next === '=' ? '==' : next === '~' ? '=~' : next === '>' ? '=>' : '=';
        case '!': return next === '=' ? '!=' : next === '~' ? '!~' : '!';
        case '<': return next === '=' ? '<=' : '<';
        case '>': return next === '=' ? '>=' : '>';
        case '&': return next === '&' ? '&&' : undefined;
        case '|': return next === '|' ? '||' : '|';
        default: return undefined;
    }
}
function stripLeadingNewline(s) {
    if (s.startsWith('\r\n'))
        return s.slice(2);
    if (s.startsWith('\n') || s.startsWith('\r'))
        return s.slice(1);
    return s;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/bicep/parser.js
// Recursive-descent parser for Bicep and .bicepparam files.
//
// Design notes:
// - Newlines are tokens. Statements, object properties and array items end at a
//   newline (or a comma inside `{}`/`[]`); inside `(...)` newlines are insignificant.
//   An expression continues onto the next line when that line starts with a binary
//   operator (except `-`, which could start a new array item), `?`, `:` or `.`.
// - Syntax errors throw a private ParseFailure that is caught at two levels: object
//   properties / array items (skip the item, keep parsing the container) and
//   statements (skip to the next line that starts a statement). Every loop checks
//   that it consumed a token, so malformed input can never loop forever.
// - Parentheses are kept as `paren` nodes so the inner expression keeps its exact span.


class ParseFailure extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
const BINARY_PRECEDENCE = {
    '??': 1,
    '||': 2,
    '&&': 3,
    '==': 4, '!=': 4, '=~': 4, '!~': 4,
    '<': 5, '<=': 5, '>': 5, '>=': 5,
    '+': 6, '-': 6,
    '*': 7, '/': 7, '%': 7,
};
const STATEMENT_KEYWORDS = new Set([
    'targetScope', 'metadata', 'param', 'var', 'resource', 'module', 'output', 'type',
    'func', 'import', 'using', 'extension', 'provider', 'assert',
]);
/** Words a parse message may quote: statement keywords and the other reserved words. */
const KEYWORDS = new Set([...STATEMENT_KEYWORDS, 'if', 'for', 'in', 'true', 'false', 'null', 'existing', 'with', 'as', 'none']);
const OPENERS = {
    '{': '}', '[': ']', '(': ')', stringLeft: 'stringRight',
};
const CLOSING = new Set(['}', ']', ')', 'stringRight']);
function parseBicep(text) {
    const lexed = lex(text);
    const parser = new parser_Parser(text, lexed.tokens, lexed.errors);
    let statements = [];
    try {
        statements = parser.parseFile();
    }
    catch (e) {
        // Last resort (e.g. stack overflow on absurd nesting): never throw to callers.
        // (The error's own text may quote the source, so it is not repeated.)
        const message = e instanceof RangeError ? (0,budgets/* tooDeepMessage */.Q)(0) : 'Internal parser error';
        lexed.errors.push({ message, span: { start: 0, end: text.length } });
        statements = parser.statements;
    }
    lexed.errors.sort((a, b) => a.span.start - b.span.start);
    return { statements, comments: lexed.comments, errors: lexed.errors, directives: lexed.directives };
}
class parser_Parser {
    text;
    tokens;
    errors;
    i = 0;
    /** End offset of the last consumed non-newline token: the end of every node span. */
    prevEnd = 0;
    /** True inside `(...)`, where newlines do not end expressions. */
    loose = false;
    statements = [];
    /** Current expression/type nesting, see `enter()`. */
    depth = 0;
    /** Index of each `(` token -> index of its matching `)`, built on first use. */
    closers;
    constructor(text, tokens, errors) {
        this.text = text;
        this.tokens = tokens;
        this.errors = errors;
    }
    // ------------------------------------------------------------ token helpers
    get tok() {
        return this.tokens[this.i];
    }
    peek(offset = 1) {
        return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
    }
    advance() {
        const t = this.tok;
        if (t.kind !== 'eof')
            this.i++;
        if (t.kind !== 'newline')
            this.prevEnd = t.end;
        return t;
    }
    at(kind) {
        return this.tok.kind === kind;
    }
    atWord(word) {
        return this.tok.kind === 'ident' && this.tok.value === word;
    }
    eat(kind) {
        return this.at(kind) ? this.advance() : undefined;
    }
    skipNewlines() {
        while (this.tok.kind === 'newline')
            this.i++;
    }
    /** Index of the first non-newline token at or after the current one. */
    nextSignificant() {
        let j = this.i;
        while (this.tokens[j].kind === 'newline')
            j++;
        return j;
    }
    /**
     * True if the current token, or the first token of a following line, is `kind`
     * and may continue the expression; in the latter case the newlines are skipped.
     */
    atContinued(kind) {
        if (this.tok.kind === kind)
            return true;
        if (this.tok.kind !== 'newline')
            return false;
        const j = this.nextSignificant();
        if (this.tokens[j].kind !== kind)
            return false;
        this.i = j;
        return true;
    }
    /** First token of its line (a container that lost its closer stops before a statement). */
    atLineStart() {
        return this.i === 0 || this.tokens[this.i - 1].kind === 'newline';
    }
    /**
     * A line starting with `name:` is an object property; seen inside `(...)` or
     * `[...]` it means that group was never closed.
     */
    atPropertyLine() {
        return (this.at('ident') || this.at('string')) && this.peek().kind === ':' && this.atLineStart();
    }
    /** After an item: a comma (consumed), a new line, or the container's closer. */
    atItemEnd(closer) {
        return this.eat(',') !== undefined || this.at('newline') || this.at(closer) || this.atLineStart();
    }
    span(start) {
        return { start, end: Math.max(start, this.prevEnd) };
    }
    describe(t) {
        switch (t.kind) {
            case 'ident':
                // Keywords are grammar; any other name may be a secret typed where a value belongs.
                return KEYWORDS.has(t.value) ? `'${t.value}'` : 'a name';
            case 'newline':
                return 'end of line';
            case 'eof':
                return 'end of file';
            case 'number':
                return 'a number';
            case 'string':
            case 'stringLeft':
                return 'string';
            case 'stringMiddle':
            case 'stringRight':
                return "'}'";
            default:
                return `'${t.kind}'`;
        }
    }
    /** Span used when reporting at the current token (end-of-line errors point at the line's end). */
    hereSpan() {
        const t = this.tok;
        return t.kind === 'newline' || t.kind === 'eof'
            ? { start: this.prevEnd, end: this.prevEnd }
            : { start: t.start, end: t.end };
    }
    fail(message, span = this.hereSpan()) {
        throw new ParseFailure({ message, span });
    }
    report(message, span) {
        this.errors.push({ message, span });
    }
    expect(kind, what) {
        if (this.tok.kind === kind)
            return this.advance();
        return this.fail(`Expected ${what}, found ${this.describe(this.tok)}`);
    }
    expectIdent(what) {
        return this.expect('ident', what);
    }
    expectWord(word) {
        if (this.atWord(word))
            return this.advance();
        return this.fail(`Expected '${word}', found ${this.describe(this.tok)}`);
    }
    /**
     * Expects the closer of a group opened by `open`. When the parser has already run
     * onto a later line, the error points at the unclosed opener instead.
     */
    expectCloser(kind, open, alternatives = '') {
        if (this.tok.kind === kind)
            return this.advance();
        if (this.atLineStart() || this.at('eof'))
            this.fail(`Missing '${kind}' to close this '${open.kind}'`, tokSpan(open));
        return this.fail(`Expected ${alternatives}'${kind}', found ${this.describe(this.tok)}`);
    }
    /** A string literal without interpolation (resource types, module paths, import sources). */
    expectPlainString(what) {
        if (this.tok.kind === 'string')
            return this.advance();
        if (this.tok.kind === 'stringLeft')
            this.fail(`${what} cannot contain string interpolation`);
        return this.fail(`Expected ${what}, found ${this.describe(this.tok)}`);
    }
    withLoose(loose, fn) {
        const saved = this.loose;
        this.loose = loose;
        try {
            return fn();
        }
        finally {
            this.loose = saved;
        }
    }
    /**
     * Does the current token start a statement? Used to stop error recovery and to
     * detect a missing `}`/`]` (a keyword followed by a name cannot be a property or item).
     */
    isStatementStart(context) {
        const t = this.tok;
        if (t.kind === '@')
            return context !== 'object';
        if (t.kind !== 'ident' || !STATEMENT_KEYWORDS.has(t.value))
            return false;
        const next = this.peek();
        switch (t.value) {
            case 'targetScope':
                return next.kind === '=';
            case 'import':
                return next.kind === '{' || next.kind === '*' || next.kind === 'string';
            case 'using':
                return next.kind === 'string' || (next.kind === 'ident' && next.value === 'none');
            case 'extension':
            case 'provider':
                return next.kind === 'ident' || next.kind === 'string';
            case 'resource':
                return context !== 'object' && next.kind === 'ident';
            default:
                return next.kind === 'ident';
        }
    }
    // ------------------------------------------------------------ error recovery
    /**
     * Skips to the next line that starts a statement. Stops at once if the failure
     * happened at the start of a later statement (e.g. after a missing `}`).
     */
    syncToStatement(statementStart) {
        if (this.i > statementStart && this.atLineStart() && this.isStatementStart('top'))
            return;
        while (!this.at('eof')) {
            if (this.at('newline')) {
                this.skipNewlines();
                if (this.isStatementStart('top'))
                    return;
                continue;
            }
            this.advance();
        }
    }
    /**
     * Skips the rest of a broken container item, re-scanning from the item's first
     * token so brackets opened inside the item are balanced. Stops before a newline,
     * `,` or closer at the item's depth, or at a line that starts a statement.
     */
    syncItem(from, context) {
        this.i = from;
        this.prevEnd = this.tokens[from].start;
        const stack = [];
        while (!this.at('eof')) {
            const k = this.tok.kind;
            if (stack.length === 0 && (k === 'newline' || k === ','))
                break;
            if (k === 'newline') {
                this.skipNewlines();
                if (this.isStatementStart(context))
                    break;
                const top = stack[stack.length - 1];
                if ((top === ')' || top === ']') && this.atPropertyLine())
                    break;
                continue;
            }
            const closer = OPENERS[k];
            if (closer) {
                stack.push(closer);
            }
            else if (k === '}' || k === ']' || k === ')' || k === 'stringRight') {
                const at = stack.lastIndexOf(k);
                // Unmatched: the container's own (or an outer) closer, so whatever this item
                // opened was left unclosed.
                if (at < 0)
                    break;
                stack.length = at;
            }
            this.advance();
        }
        if (this.i === from && !this.at('eof'))
            this.advance();
    }
    // ------------------------------------------------------------ statements
    parseFile() {
        for (;;) {
            this.skipNewlines();
            if (this.at('eof'))
                break;
            const before = this.i;
            try {
                const statement = this.parseStatement();
                this.statements.push(statement);
                if (!this.at('newline') && !this.at('eof') && !this.atLineStart()) {
                    this.fail(`Expected a new line after the ${statement.kind} statement, found ${this.describe(this.tok)}`);
                }
            }
            catch (e) {
                if (!(e instanceof ParseFailure))
                    throw e;
                this.errors.push(e.error);
                this.syncToStatement(before);
            }
            if (this.i === before)
                this.advance();
        }
        return this.statements;
    }
    parseStatement() {
        const start = this.tok.start;
        const decorators = this.parseDecorators();
        const t = this.tok;
        const keyword = t.kind === 'ident' ? t.value : '';
        switch (keyword) {
            case 'targetScope': {
                this.advance();
                this.expect('=', "'='");
                const value = this.parseExpr();
                return { kind: 'targetScope', value, decorators, span: this.span(start) };
            }
            case 'metadata':
            case 'assert': {
                this.advance();
                const name = this.expectIdent(`${keyword} name`);
                this.expect('=', "'='");
                const value = this.parseExpr();
                return { kind: keyword, name: name.value, nameSpan: tokSpan(name), value, decorators, span: this.span(start) };
            }
            case 'param':
                return this.parseParam(start, decorators);
            case 'var': {
                this.advance();
                const name = this.expectIdent('variable name');
                const type = this.at('=') ? undefined : this.parseType();
                this.expect('=', "'='");
                const value = this.parseExpr();
                return { kind: 'var', name: name.value, nameSpan: tokSpan(name), type, value, decorators, span: this.span(start) };
            }
            case 'resource':
                return this.parseResource(start, decorators);
            case 'module': {
                this.advance();
                const name = this.expectIdent('module name');
                const path = this.expectPlainString('module path');
                this.expect('=', "'='");
                const body = this.parseBody();
                return {
                    kind: 'module', name: name.value, nameSpan: tokSpan(name), path: path.value, pathSpan: tokSpan(path),
                    body, decorators, span: this.span(start),
                };
            }
            case 'output': {
                this.advance();
                const name = this.expectIdent('output name');
                const type = this.parseType();
                this.expect('=', "'='");
                const value = this.parseExpr();
                return { kind: 'output', name: name.value, nameSpan: tokSpan(name), type, value, decorators, span: this.span(start) };
            }
            case 'type': {
                this.advance();
                const name = this.expectIdent('type name');
                this.expect('=', "'='");
                const type = this.parseType();
                return { kind: 'type', name: name.value, nameSpan: tokSpan(name), type, decorators, span: this.span(start) };
            }
            case 'func':
                return this.parseFunc(start, decorators);
            case 'import':
                return this.parseImport(start, decorators);
            case 'using': {
                this.advance();
                if (this.atWord('none')) {
                    const none = this.advance();
                    return { kind: 'using', path: '', pathSpan: tokSpan(none), none: true, decorators, span: this.span(start) };
                }
                const path = this.expectPlainString('template path');
                const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
                return { kind: 'using', path: path.value, pathSpan: tokSpan(path), none: false, config, decorators, span: this.span(start) };
            }
            case 'extension':
            case 'provider': {
                this.advance();
                if (!this.at('ident') && !this.at('string')) {
                    this.fail(`Expected an ${keyword} name or specifier string, found ${this.describe(this.tok)}`);
                }
                const spec = this.advance();
                const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
                const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
                return {
                    kind: keyword, specifier: spec.value, specifierSpan: tokSpan(spec), config, alias, decorators,
                    span: this.span(start),
                };
            }
            default:
                return this.fail(decorators.length > 0
                    ? `Expected a declaration after the decorator, found ${this.describe(t)}`
                    : `Expected a statement (param, var, resource, module, output, ...), found ${this.describe(t)}`);
        }
    }
    parseDecorators() {
        const decorators = [];
        while (this.at('@')) {
            decorators.push(this.parseDecorator());
            this.skipNewlines();
        }
        return decorators;
    }
    parseDecorator() {
        const start = this.advance().start; // @
        const first = this.expectIdent('decorator name');
        let name = first.value;
        while (this.at('.')) {
            this.advance();
            name += '.' + this.expectIdent('decorator name').value;
        }
        const nameSpan = { start: first.start, end: this.prevEnd };
        const open = this.expect('(', "'(' after the decorator name");
        const args = this.parseArguments(open);
        return { name, nameSpan, args, span: this.span(start) };
    }
    parseParam(start, decorators) {
        this.advance();
        const name = this.expectIdent('parameter name');
        // `.bicepparam` assignments have no type: `param p = value`.
        const type = this.at('=') ? undefined : this.parseType();
        const value = this.eat('=') ? this.parseExpr() : undefined;
        return { kind: 'param', name: name.value, nameSpan: tokSpan(name), type, default: value, decorators, span: this.span(start) };
    }
    parseResource(start, decorators) {
        this.advance();
        const name = this.expectIdent('resource name');
        const type = this.expectPlainString("resource type string ('Namespace/type@version')");
        const existing = this.atWord('existing') ? (this.advance(), true) : false;
        this.expect('=', "'='");
        const body = this.parseBody();
        return {
            kind: 'resource', name: name.value, nameSpan: tokSpan(name), typeString: type.value, typeSpan: tokSpan(type),
            existing, body, decorators, span: this.span(start),
        };
    }
    /** Resource/module body: `{...}`, `if (cond) {...}` or `[for ...: ...]`. */
    parseBody() {
        if (this.atWord('if') && this.peek().kind === '(')
            return this.parseIf();
        if (this.at('{'))
            return this.parseObject();
        if (this.at('[')) {
            const j = this.nextSignificantAfter(this.i + 1);
            const t = this.tokens[j];
            if (t.kind === 'ident' && t.value === 'for')
                return this.parseFor();
        }
        return this.fail(`Expected '{', 'if (...)' or '[for ...]' for the body, found ${this.describe(this.tok)}`);
    }
    parseFunc(start, decorators) {
        this.advance();
        const name = this.expectIdent('function name');
        this.expect('(', "'('");
        const params = this.withLoose(true, () => {
            const list = [];
            this.skipNewlines();
            while (!this.at(')')) {
                const p = this.expectIdent('parameter name');
                const type = this.parseType();
                list.push({ name: p.value, nameSpan: tokSpan(p), type, span: this.span(p.start) });
                this.skipNewlines();
                if (this.eat(',')) {
                    this.skipNewlines();
                }
                else if (!this.at(')')) {
                    this.fail(`Expected ',' or ')', found ${this.describe(this.tok)}`);
                }
            }
            this.advance();
            return list;
        });
        const returnType = this.parseType();
        this.expect('=>', "'=>'");
        this.skipNewlines();
        const body = this.parseExpr();
        return {
            kind: 'func', name: name.value, nameSpan: tokSpan(name), params, returnType, body, decorators,
            span: this.span(start),
        };
    }
    parseImport(start, decorators) {
        this.advance();
        if (this.at('{')) {
            this.advance();
            const items = [];
            for (;;) {
                this.skipNewlines();
                if (this.eat('}'))
                    break;
                if (!this.at('ident') && !this.at('string')) {
                    this.fail(`Expected an imported symbol name, found ${this.describe(this.tok)}`);
                }
                const item = this.advance();
                const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
                items.push({ name: item.value, alias, span: this.span(item.start) });
                if (!this.eat(',') && !this.at('newline') && !this.at('}')) {
                    this.fail(`Expected ',' or '}', found ${this.describe(this.tok)}`);
                }
            }
            this.expectWord('from');
            const from = this.expectPlainString('import source');
            return { kind: 'import', form: 'symbols', items, from: from.value, fromSpan: tokSpan(from), decorators, span: this.span(start) };
        }
        if (this.at('*')) {
            this.advance();
            this.expectWord('as');
            const alias = this.expectIdent('namespace name').value;
            this.expectWord('from');
            const from = this.expectPlainString('import source');
            return {
                kind: 'import', form: 'wildcard', items: [], alias, from: from.value, fromSpan: tokSpan(from), decorators,
                span: this.span(start),
            };
        }
        // Legacy provider import: import 'az@1.0.0' [with {...}] [as ns]
        const spec = this.expectPlainString("'{', '*' or a provider specifier string");
        const config = this.atWord('with') ? (this.advance(), this.parseExpr()) : undefined;
        const alias = this.atWord('as') ? (this.advance(), this.expectIdent('alias').value) : undefined;
        return {
            kind: 'import', form: 'provider', items: [], alias, from: spec.value, fromSpan: tokSpan(spec), config,
            decorators, span: this.span(start),
        };
    }
    // ------------------------------------------------------------ types
    /**
     * Validates type syntax and returns its source text: names (`string`, `ns.t`),
     * literals, unions (`'a' | 'b'`, also one member per line with leading `|`),
     * `T[]`, `T?`, `T.prop`, `T[*]`, `T.*`, inline objects and tuples (with
     * decorators), `resource 'type@ver'` and `resourceInput<'type@ver'>`.
     */
    parseType() {
        if (this.at('newline') && this.tokens[this.nextSignificant()].kind === '|')
            this.skipNewlines();
        const start = this.tok.start;
        if (this.eat('|'))
            this.skipNewlines();
        this.parseTypeMember();
        while (this.atContinued('|')) {
            this.advance();
            this.skipNewlines();
            this.parseTypeMember();
        }
        return { kind: 'type', text: this.text.slice(start, this.prevEnd), span: this.span(start) };
    }
    parseTypeMember() {
        this.enter();
        try {
            this.parseTypePrimary();
            this.parseTypeSuffixes();
        }
        finally {
            this.depth--;
        }
    }
    parseTypeSuffixes() {
        for (;;) {
            if (this.at('[')) {
                this.advance();
                if (this.at('*') || this.at('number'))
                    this.advance();
                this.expect(']', "']'");
            }
            else if (this.at('.')) {
                this.advance();
                if (!this.eat('*'))
                    this.expectIdent('property name');
            }
            else if (this.at('?')) {
                this.advance();
            }
            else {
                return;
            }
        }
    }
    parseTypePrimary() {
        const t = this.tok;
        switch (t.kind) {
            case 'ident':
                this.advance();
                if (t.value === 'resource' && this.at('string')) {
                    this.advance();
                }
                else if (this.at('<')) {
                    // resourceInput<'type@ver'> / resourceOutput<'type@ver'>
                    this.advance();
                    do {
                        this.parseType();
                    } while (this.eat(','));
                    this.expect('>', "'>'");
                }
                return;
            case 'string':
            case 'number':
                this.advance();
                return;
            case '-':
                this.advance();
                this.expect('number', 'a number');
                return;
            case '(':
                this.advance();
                this.withLoose(true, () => {
                    this.skipNewlines();
                    this.parseType();
                    this.skipNewlines();
                    this.expect(')', "')'");
                });
                return;
            case '{':
                this.parseTypeContainer('}', () => {
                    if (!this.at('ident') && !this.at('string') && !this.at('*')) {
                        this.fail(`Expected a property name, found ${this.describe(this.tok)}`);
                    }
                    this.advance();
                    this.expect(':', "':'");
                    this.parseType();
                });
                return;
            case '[':
                this.parseTypeContainer(']', () => this.parseType());
                return;
            default:
                this.fail(`Expected a type, found ${this.describe(t)}`);
        }
    }
    /** Object types and tuple types: decorated members separated by newlines or commas. */
    parseTypeContainer(closer, member) {
        const open = this.advance();
        this.withLoose(false, () => {
            for (;;) {
                this.skipNewlines();
                if (this.eat(closer))
                    return;
                if (this.at('eof') || this.isStatementStart('object'))
                    this.fail(`Missing '${closer}'`, tokSpan(open));
                const before = this.i;
                this.parseDecorators();
                member();
                if (!this.atItemEnd(closer)) {
                    this.fail(`Expected a new line, ',' or '${closer}', found ${this.describe(this.tok)}`);
                }
                if (this.i === before)
                    this.fail(`Expected '${closer}'`);
            }
        });
    }
    // ------------------------------------------------------------ expressions
    parseExpr() {
        const start = this.tok.start;
        const test = this.parseBinary(1);
        if (!this.atContinued('?'))
            return test;
        this.advance();
        this.skipNewlines();
        const consequent = this.parseExpr();
        if (!this.atContinued(':'))
            this.fail(`Expected ':' in conditional expression, found ${this.describe(this.tok)}`);
        this.advance();
        this.skipNewlines();
        const alternate = this.parseExpr();
        return { kind: 'ternary', test, consequent, alternate, span: this.span(start) };
    }
    /** Binary operator at the current token or starting the next line (see header). */
    peekBinaryOp() {
        let t = this.tok;
        if (t.kind === 'newline') {
            const j = this.nextSignificant();
            t = this.tokens[j];
            if (BINARY_PRECEDENCE[t.kind] === undefined || (t.kind === '-' && !this.loose))
                return undefined;
            this.i = j;
        }
        return BINARY_PRECEDENCE[t.kind] === undefined ? undefined : t.kind;
    }
    parseBinary(minPrecedence) {
        const start = this.tok.start;
        let left = this.parseUnary();
        for (;;) {
            const saved = this.i;
            const op = this.peekBinaryOp();
            const precedence = op === undefined ? 0 : BINARY_PRECEDENCE[op];
            if (op === undefined || precedence < minPrecedence) {
                this.i = saved;
                return left;
            }
            this.advance();
            this.skipNewlines();
            const right = this.parseBinary(precedence + 1);
            left = { kind: 'binary', op: op, left, right, span: this.span(start) };
        }
    }
    parseUnary() {
        this.enter();
        try {
            const t = this.tok;
            if (t.kind === '!' || t.kind === '-') {
                this.advance();
                const operand = this.parseUnary();
                return { kind: 'unary', op: t.kind, operand, span: this.span(t.start) };
            }
            return this.parsePostfix(this.parsePrimary());
        }
        finally {
            this.depth--;
        }
    }
    /** How deep the brackets from here go (until they close below the current level), for the message. */
    nestingAhead() {
        let d = 0;
        let max = 0;
        for (let i = this.i; i < this.tokens.length; i++) {
            const k = this.tokens[i].kind;
            if (OPENERS[k])
                max = Math.max(max, ++d);
            else if (CLOSING.has(k) && --d < 0)
                break;
        }
        return max;
    }
    /** Nesting guard: absurdly deep input becomes a syntax error, not a stack overflow. */
    enter() {
        if (this.depth >= budgets/* MAX_NESTING */.M)
            this.fail((0,budgets/* tooDeepMessage */.Q)(this.depth + this.nestingAhead()));
        this.depth++;
    }
    parsePostfix(expr) {
        const start = expr.span.start;
        for (;;) {
            const t = this.tok;
            if (t.kind === '.' || t.kind === '.?' || (t.kind === 'newline' && this.continuesWithDot())) {
                const dot = this.advance();
                const name = this.expectIdent('property name');
                if (dot.kind === '.' && this.at('(')) {
                    expr = this.parseCall(name, expr);
                }
                else {
                    expr = {
                        kind: 'member', object: expr, property: name.value, propertySpan: tokSpan(name), safe: dot.kind === '.?',
                        span: this.span(start),
                    };
                }
            }
            else if (t.kind === '[') {
                const open = this.advance();
                const safe = this.eat('?') !== undefined;
                const index = this.withLoose(true, () => {
                    this.skipNewlines();
                    const e = this.parseExpr();
                    this.skipNewlines();
                    return e;
                });
                this.expectCloser(']', open);
                expr = { kind: 'index', object: expr, index, safe, span: this.span(start) };
            }
            else if (t.kind === '::') {
                this.advance();
                const name = this.expectIdent('nested resource name');
                expr = { kind: 'nested', object: expr, property: name.value, propertySpan: tokSpan(name), span: this.span(start) };
            }
            else if (t.kind === '!') {
                this.advance();
                expr = { kind: 'nonNull', operand: expr, span: this.span(start) };
            }
            else {
                return expr;
            }
        }
    }
    /** A line starting with `.` / `.?` continues a member chain. */
    continuesWithDot() {
        const j = this.nextSignificant();
        const k = this.tokens[j].kind;
        if (k !== '.' && k !== '.?')
            return false;
        this.i = j;
        return true;
    }
    parsePrimary() {
        const t = this.tok;
        if (this.atLineStart() && this.isStatementStart('top')) {
            // e.g. `var x = (1 +` followed by the next declaration: stop before it.
            this.fail('Expected an expression before the next statement', { start: this.prevEnd, end: this.prevEnd });
        }
        switch (t.kind) {
            case 'number':
                this.advance();
                return { kind: 'number', value: Number(t.value), span: tokSpan(t) };
            case 'string':
                this.advance();
                return { kind: 'string', value: t.value, multiline: t.multiline === true, span: tokSpan(t) };
            case 'stringLeft':
                return this.parseInterp();
            case '{':
                return this.parseObject();
            case '[': {
                const next = this.tokens[this.nextSignificantAfter(this.i + 1)];
                return next.kind === 'ident' && next.value === 'for' ? this.parseFor() : this.parseArray();
            }
            case '(':
                return this.isLambdaAhead() ? this.parseLambda() : this.parseParen();
            case 'ident':
                if (t.value === 'true' || t.value === 'false') {
                    this.advance();
                    return { kind: 'bool', value: t.value === 'true', span: tokSpan(t) };
                }
                if (t.value === 'null') {
                    this.advance();
                    return { kind: 'null', span: tokSpan(t) };
                }
                if (this.peek().kind === '=>')
                    return this.parseLambda();
                this.advance();
                if (this.at('('))
                    return this.parseCall(t);
                return { kind: 'ident', name: t.value, span: tokSpan(t) };
            default:
                return this.fail(`Expected an expression, found ${this.describe(t)}`);
        }
    }
    nextSignificantAfter(j) {
        while (this.tokens[j].kind === 'newline')
            j++;
        return j;
    }
    /** Parses `(args)` after `name` (already consumed); `object` is the receiver of `x.name(...)`. */
    parseCall(name, object) {
        const args = this.parseArguments(this.advance());
        const path = object ? identPath(object) : undefined;
        const callee = object === undefined ? name.value : path !== undefined ? `${path}.${name.value}` : name.value;
        const calleeSpan = object !== undefined && path !== undefined ? { start: object.span.start, end: name.end } : tokSpan(name);
        const start = object ? object.span.start : name.start;
        return { kind: 'call', callee, calleeSpan, name: name.value, object, args, span: this.span(start) };
    }
    /** Comma-separated arguments after `open` (a consumed `(`), through the closing `)`. */
    parseArguments(open) {
        return this.withLoose(true, () => {
            const args = [];
            this.skipNewlines();
            while (!this.at(')')) {
                if (this.at('eof') || this.atPropertyLine())
                    this.expectCloser(')', open);
                args.push(this.parseExpr());
                this.skipNewlines();
                if (!this.eat(',')) {
                    this.expectCloser(')', open, "',' or ");
                    return args;
                }
                this.skipNewlines();
            }
            this.advance();
            return args;
        });
    }
    parseParen() {
        const open = this.advance();
        const expr = this.withLoose(true, () => {
            this.skipNewlines();
            const e = this.parseExpr();
            this.skipNewlines();
            return e;
        });
        this.expectCloser(')', open);
        return { kind: 'paren', expr, span: this.span(open.start) };
    }
    /** At `(`: is this a lambda parameter list, i.e. is the matching `)` followed by `=>`? */
    isLambdaAhead() {
        this.closers ??= matchParens(this.tokens);
        const close = this.closers.get(this.i);
        return close !== undefined && this.tokens[close + 1].kind === '=>';
    }
    parseLambda() {
        const start = this.tok.start;
        const params = [];
        if (this.at('ident')) {
            const p = this.advance();
            params.push({ name: p.value, span: tokSpan(p) });
        }
        else {
            this.advance(); // (
            this.withLoose(true, () => {
                this.skipNewlines();
                while (!this.at(')')) {
                    const p = this.expectIdent('lambda parameter name');
                    // Typed lambda parameters: `(x int) => ...`
                    const type = this.at(',') || this.at(')') || this.at('newline') ? undefined : this.parseType();
                    params.push({ name: p.value, type, span: this.span(p.start) });
                    this.skipNewlines();
                    if (this.eat(','))
                        this.skipNewlines();
                    else if (!this.at(')'))
                        this.fail(`Expected ',' or ')', found ${this.describe(this.tok)}`);
                }
                this.advance();
            });
        }
        this.expect('=>', "'=>'");
        this.skipNewlines();
        const body = this.parseExpr();
        return { kind: 'lambda', params, body, span: this.span(start) };
    }
    parseInterp() {
        const first = this.advance();
        const parts = [];
        if (first.value)
            parts.push(first.value);
        this.withLoose(true, () => {
            for (;;) {
                this.skipNewlines();
                parts.push(this.parseExpr());
                this.skipNewlines();
                const t = this.tok;
                if (t.kind !== 'stringMiddle' && t.kind !== 'stringRight') {
                    this.fail(`Expected '}' to end the string interpolation, found ${this.describe(t)}`);
                }
                this.advance();
                if (t.value)
                    parts.push(t.value);
                if (t.kind === 'stringRight')
                    return;
            }
        });
        return { kind: 'interp', parts, span: this.span(first.start) };
    }
    /** `if (condition) { ... }` in resource/module bodies and loop bodies. */
    parseIf() {
        const start = this.advance().start;
        const open = this.expect('(', "'(' after 'if'");
        const condition = this.withLoose(true, () => {
            this.skipNewlines();
            const e = this.parseExpr();
            this.skipNewlines();
            return e;
        });
        this.expectCloser(')', open);
        if (!this.at('{'))
            this.fail(`Expected '{' after the if condition, found ${this.describe(this.tok)}`);
        const body = this.parseObject();
        return { kind: 'if', condition, body, span: this.span(start) };
    }
    /** `[for x in xs: body]`, `[for (x, i) in xs: body]`; body may be `if (...) {...}`. */
    parseFor() {
        const start = this.advance().start; // [
        return this.withLoose(false, () => {
            this.skipNewlines();
            this.advance(); // for
            const result = {};
            if (this.eat('(')) {
                const item = this.expectIdent('loop item name');
                result.itemName = item.value;
                result.itemNameSpan = tokSpan(item);
                if (this.eat(',')) {
                    const index = this.expectIdent('loop index name');
                    result.indexName = index.value;
                    result.indexNameSpan = tokSpan(index);
                }
                this.expect(')', "')'");
            }
            else {
                const item = this.expectIdent('loop item name');
                result.itemName = item.value;
                result.itemNameSpan = tokSpan(item);
            }
            this.expectWord('in');
            const iterable = this.parseExpr();
            this.expect(':', "':' after the loop source");
            this.skipNewlines();
            const body = this.atWord('if') && this.peek().kind === '(' ? this.parseIf() : this.parseExpr();
            this.skipNewlines();
            this.expect(']', "']' to close the loop");
            return { kind: 'for', ...result, iterable, body, span: this.span(start) };
        });
    }
    parseObject() {
        const open = this.advance();
        const properties = [];
        const resources = [];
        const spreads = [];
        this.withLoose(false, () => {
            for (;;) {
                this.skipNewlines();
                if (this.eat('}'))
                    return;
                if (this.at('eof') || this.at(']') || this.at(')') || this.isStatementStart('object')) {
                    this.report("Missing '}' to close this object", tokSpan(open));
                    return;
                }
                const itemStart = this.i;
                let key;
                let valueStart = this.tok.start;
                try {
                    if (this.at('@') || (this.atWord('resource') && this.peek().kind === 'ident')) {
                        const start = this.tok.start;
                        const decorators = this.parseDecorators();
                        if (!this.atWord('resource'))
                            this.fail(`Expected a nested resource after the decorator, found ${this.describe(this.tok)}`);
                        resources.push(this.parseResource(start, decorators));
                    }
                    else if (this.at('...')) {
                        spreads.push(this.parseSpread());
                    }
                    else {
                        const parsedKey = this.parsePropertyKey();
                        this.expect(':', "':' after the property name");
                        key = parsedKey; // from here on a failure still yields the property
                        valueStart = this.tok.start;
                        const value = this.parseExpr();
                        properties.push({ ...key, value, span: this.span(key.keySpan.start) });
                        key = undefined;
                    }
                    if (!this.atItemEnd('}')) {
                        this.fail(`Expected a new line or ',' after the property, found ${this.describe(this.tok)}`);
                    }
                }
                catch (e) {
                    if (!(e instanceof ParseFailure))
                        throw e;
                    this.errors.push(e.error);
                    this.syncItem(itemStart, 'object');
                    if (key) {
                        // Keep the key so that consumers still see the property exists.
                        const value = { kind: 'error', message: e.error.message, span: this.span(valueStart) };
                        properties.push({ ...key, value, span: this.span(key.keySpan.start) });
                    }
                }
            }
        });
        return { kind: 'object', properties, resources, spreads, span: this.span(open.start) };
    }
    /** Keys are identifiers (keywords included) or strings, possibly interpolated. */
    parsePropertyKey() {
        const t = this.tok;
        if (t.kind === 'ident' || t.kind === 'string') {
            this.advance();
            return { key: t.value, keySpan: tokSpan(t) };
        }
        if (t.kind === 'stringLeft') {
            const keyExpr = this.parseInterp();
            return { key: this.text.slice(keyExpr.span.start, keyExpr.span.end), keySpan: keyExpr.span, keyExpr };
        }
        return this.fail(`Expected a property name, found ${this.describe(t)}`);
    }
    parseSpread() {
        const start = this.advance().start;
        const expr = this.parseExpr();
        return { kind: 'spread', expr, span: this.span(start) };
    }
    parseArray() {
        const open = this.advance();
        const items = [];
        this.withLoose(false, () => {
            for (;;) {
                this.skipNewlines();
                if (this.eat(']'))
                    return;
                if (this.at('eof') || this.at('}') || this.at(')') || this.isStatementStart('array') || this.atPropertyLine()) {
                    this.report("Missing ']' to close this array", tokSpan(open));
                    return;
                }
                const itemStart = this.i;
                const start = this.tok.start;
                let pushed = false;
                try {
                    items.push(this.at('...') ? this.parseSpread() : this.parseExpr());
                    pushed = true;
                    if (!this.atItemEnd(']')) {
                        this.fail(`Expected a new line or ',' after the array item, found ${this.describe(this.tok)}`);
                    }
                }
                catch (e) {
                    if (!(e instanceof ParseFailure))
                        throw e;
                    this.errors.push(e.error);
                    this.syncItem(itemStart, 'array');
                    // A placeholder keeps the indexes of later items right.
                    if (!pushed)
                        items.push({ kind: 'error', message: e.error.message, span: this.span(start) });
                }
            }
        });
        return { kind: 'array', items, span: this.span(open.start) };
    }
}
/** One pass over the tokens pairing parentheses (keeps lambda lookahead linear). */
function matchParens(tokens) {
    const result = new Map();
    const open = [];
    tokens.forEach((t, j) => {
        if (t.kind === '(')
            open.push(j);
        else if (t.kind === ')' && open.length > 0)
            result.set(open.pop(), j);
    });
    return result;
}
function tokSpan(t) {
    return { start: t.start, end: t.end };
}
/** `a`, `a.b`, ... as dotted text when the expression is a plain identifier chain. */
function identPath(e) {
    if (e.kind === 'ident')
        return e.name;
    if (e.kind === 'member' && !e.safe) {
        const base = identPath(e.object);
        return base === undefined ? undefined : `${base}.${e.property}`;
    }
    return undefined;
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/bicep/index.js
// Public entry point of the Bicep parser: `parseBicep(text)` plus the AST types.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/symbols.js
/** Peels `if (c) {...}` and `[for x in xs: ...]` off a resource or module body. */
function unwrapBody(body) {
    const wrappers = [];
    let e = body;
    while (e.kind === 'if' || e.kind === 'for') {
        wrappers.push(e);
        e = e.body;
    }
    return e.kind === 'object' ? { object: e, wrappers } : { wrappers };
}
/** The last property with this key (Bicep rejects duplicates; the last wins if present). */
function property(obj, key) {
    if (!obj)
        return undefined;
    for (let i = obj.properties.length - 1; i >= 0; i--)
        if (obj.properties[i].key === key)
            return obj.properties[i];
    return undefined;
}
/**
 * Declares every resource (nested children included) and module of a file. Lookup keys are
 * the symbol (`x`, `x::child`); a nested child is also reachable by its bare name when no
 * top-level symbol has that name, as inside its parent's body.
 */
function declareSymbols(statements) {
    const resources = new Map();
    const modules = new Map();
    const roots = [];
    const bare = [];
    const declare = (stmt, parent) => {
        const { object, wrappers } = unwrapBody(stmt.body);
        const symbol = parent ? `${parent.symbol}::${stmt.name}` : stmt.name;
        const looped = (parent?.looped ?? false) || wrappers.some((w) => w.kind === 'for');
        const sym = { stmt, symbol, lexicalParent: parent, object, wrappers, looped, children: [] };
        if (!resources.has(symbol))
            resources.set(symbol, sym);
        if (parent)
            bare.push(sym);
        for (const child of object?.resources ?? [])
            sym.children.push(declare(child, sym));
        return sym;
    };
    for (const s of statements) {
        if (s.kind === 'resource')
            roots.push(declare(s));
        else if (s.kind === 'module' && !modules.has(s.name))
            modules.set(s.name, { stmt: s, ...unwrapBody(s.body) });
    }
    for (const sym of bare)
        if (!resources.has(sym.stmt.name))
            resources.set(sym.stmt.name, sym);
    return { resources, modules, roots };
}
/** `Microsoft.X/y@2024-01-01` → type and API version; relative child types (`computes@…`) have no namespace. */
function splitType(typeString) {
    const at = typeString.indexOf('@');
    const type = at < 0 ? typeString : typeString.slice(0, at);
    const apiVersion = at < 0 ? undefined : typeString.slice(at + 1);
    return { type, apiVersion, relative: !type.split('/')[0].includes('.') };
}
//# sourceMappingURL=symbols.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/values.js
const NO_ENV = new Map();
function values_unknown(loc, why, ref) {
    return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}
function strAt(value, loc) {
    return { t: 'str', value, loc };
}
/** An unknown keeps its reason and reference but moves to where it is used. */
function usedAt(v, loc) {
    return v.t === 'unknown' ? { ...v, loc } : v;
}
/** Text of a scalar for interpolation and `concat`/`format`; undefined when not a known scalar. */
function values_scalarText(v) {
    if (v.t === 'str')
        return v.value;
    if (v.t === 'num' || v.t === 'bool')
        return String(v.value);
    return undefined;
}
/** The first unknown among values, to pass its reason on. */
function values_firstUnknown(vs) {
    return vs.find((v) => v.t === 'unknown');
}
/** `ws/compute` → `compute`: references carry the last segment of a resource name. */
function lastSegment(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
/** Structural equality of known values (Bicep `==`); undefined when either side is not fully known. */
function values_sameValue(a, b, ci = false) {
    if (a.t === 'unknown' || b.t === 'unknown')
        return undefined;
    if (a.t !== b.t)
        return false;
    switch (a.t) {
        case 'str':
            return ci ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
        case 'num':
        case 'bool':
            return a.value === b.value;
        case 'null':
            return true;
        case 'arr': {
            const bi = b.items;
            if (a.items.length !== bi.length)
                return false;
            let all = true;
            for (let i = 0; i < a.items.length; i++) {
                const same = values_sameValue(a.items[i], bi[i], ci);
                if (same === false)
                    return false;
                if (same === undefined)
                    all = undefined;
            }
            return all;
        }
        case 'obj':
            // Objects are rarely compared; do not guess.
            return undefined;
    }
}
/** A value with where each part is written, as text: equal keys mean the same values from the same places. */
function valueKey(v) {
    const at = `@${v.loc.file}:${v.loc.range.start.line}:${v.loc.range.start.column}`;
    switch (v.t) {
        case 'str':
        case 'num':
        case 'bool':
            return JSON.stringify(v.value) + at;
        case 'null':
            return 'null' + at;
        case 'arr':
            return `[${v.items.map(valueKey).join(',')}]`;
        case 'obj':
            return `{${v.entries.map((e) => `${JSON.stringify(e.key)}:${valueKey(e.value)}`).join(',')}}`;
        case 'unknown':
            return `?${JSON.stringify(v.why)}${v.ref ? JSON.stringify(v.ref) : ''}${at}`;
    }
}
//# sourceMappingURL=values.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/modules.js
// Local Bicep modules and `.bicepparam` files: where they are, parsed once per run.




/** Registry and template-spec modules (`br:`, `br/public:`, `ts:`) are not in the repository. */
const REMOTE = /^(br|ts)[:/]/i;
/** Deep enough for real module trees, shallow enough that a fan-out cannot explode. */
const MAX_MODULE_DEPTH = 8;
function parseCached(src, ctx) {
    return ctx.memo(astKey(src), () => parseBicep(src.text));
}
/** The memo key of a file's syntax tree. */
const astKey = (src) => 'bicep:' + src.path;
/** Repo-relative path of a local `.bicep` reference; undefined for remote ones or paths leaving the scan root. */
function localPath(from, path) {
    if (REMOTE.test(path) || !/\.bicep$/i.test(path))
        return undefined;
    const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), path.replace(/\\/g, '/')));
    if (rel === '..' || rel.startsWith('../') || external_node_path_.posix.isAbsolute(rel))
        return undefined;
    return rel;
}
/** The file a module statement instantiates and the values it passes, or undefined (remote, missing, cycle, too deep). */
function moduleTarget(caller, mod, env) {
    const rel = localPath(caller.src.path, mod.stmt.path);
    if (!rel || caller.chain.includes(rel) || caller.chain.length >= MAX_MODULE_DEPTH)
        return undefined;
    const src = caller.ctx.source(rel);
    if (!src || !caller.ctx.budget.moduleCall(caller.src.loc(mod.stmt.span.start, mod.stmt.span.end)))
        return undefined;
    const params = property(mod.object, 'params');
    let overrides = { values: new Map() };
    let args;
    if (params) {
        args = caller.eval(params.value, env);
        // Values keep the location where the caller wrote them.
        if (args.t === 'obj')
            overrides = { values: new Map(args.entries.map((e) => [e.key, e.value])) };
        else if (args.t === 'unknown')
            overrides = { unknown: `module parameters are not known (${args.why})` };
    }
    const scope = property(mod.object, 'scope');
    const key = `${rel}|${args ? valueKey(args) : ''}|${scope ? valueKey(caller.eval(scope.value, env)) : ''}`;
    return { src, ast: parseCached(src, caller.ctx), overrides, chain: [...caller.chain, rel], key };
}
/** The one `.bicepparam` beside a template whose `using` names it; undefined when none or several. */
function paramFileFor(src, ctx) {
    const found = [];
    const dir = external_node_path_.posix.dirname(src.path);
    const params = ctx.memo(`bicep:params:${dir}`, () => ctx.list(dir).filter((f) => f.toLowerCase().endsWith('.bicepparam')));
    for (const f of params) {
        const psrc = ctx.source(f);
        if (!psrc)
            continue;
        const ast = parseCached(psrc, ctx);
        const using = ast.statements.find((s) => s.kind === 'using');
        if (using?.kind === 'using' && !using.none && localPath(f, using.path) === src.path)
            found.push({ src: psrc, ast });
    }
    return found.length === 1 ? found[0] : undefined;
}
/**
 * Bicep files some other file of the scan calls as a local module (directly or through a chain
 * from a file nobody calls). They are read as instances of those calls, not on their own with
 * their defaults; files only reachable through a cycle are still read on their own.
 */
function calledModules(ctx) {
    return ctx.memo('bicep:called', () => {
        const files = ctx.files.filter((f) => /\.bicep$/i.test(f));
        const calls = new Map();
        const called = new Set();
        for (const f of files) {
            const src = ctx.source(f);
            if (!src || !/\bmodule\s/.test(src.text))
                continue;
            const targets = [];
            for (const s of parseCached(src, ctx).statements) {
                const rel = s.kind === 'module' ? localPath(f, s.path) : undefined;
                if (rel && rel !== f)
                    targets.push(rel);
            }
            calls.set(f, targets);
            targets.forEach((t) => called.add(t));
        }
        const reached = new Set();
        const queue = files.filter((f) => !called.has(f));
        while (queue.length) {
            for (const t of calls.get(queue.pop()) ?? []) {
                if (reached.has(t))
                    continue;
                reached.add(t);
                queue.push(t);
            }
        }
        return reached;
    });
}
//# sourceMappingURL=modules.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/functions.js


/** A resource type as the `resourceId` family takes it: `Microsoft.X/y[/z]`. */
const TYPE_ARG = /^[A-Za-z][\w-]*\.[\w.-]+\/[\w-]+(\/[\w-]+)*$/;
const functions_ID_FUNCTIONS = new Set(['resourceId', 'subscriptionResourceId', 'tenantResourceId', 'extensionResourceId', 'managementGroupResourceId']);
/** Evaluates a built-in call on evaluated arguments; unknown (with a reason) when it cannot. */
function callBuiltin(name, args, loc) {
    if (functions_ID_FUNCTIONS.has(name))
        return resourceIdRef(name, args, loc);
    if (name === 'resourceGroup' || name === 'subscription')
        return deploymentScope(name, args, loc);
    const fn = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
    const result = fn ? (values_firstUnknown(args) && !LENIENT.has(name) ? undefined : fn(args, loc)) : undefined;
    if (result)
        return result;
    const u = values_firstUnknown(args);
    if (fn && u)
        return values_unknown(loc, u.why);
    return values_unknown(loc, `${name}() is evaluated at deployment`);
}
/** `resourceId('T', 'n')` → an unknown ID that still says which resource it names. */
function resourceIdRef(fn, args, loc) {
    const at = args.findIndex((a) => a.t === 'str' && TYPE_ARG.test(a.value));
    if (at < 0)
        return values_unknown(loc, `${fn}() with a type that is not known`);
    const type = args[at].value;
    const last = args.length > at + 1 ? args[args.length - 1] : undefined;
    const name = last?.t === 'str' ? lastSegment(last.value) : undefined;
    return values_unknown(loc, `${fn}() is evaluated at deployment`, name ? { type, name, property: 'id' } : { type, property: 'id' });
}
/** Functions that look at their arguments one by one and may succeed with some unknown. */
const LENIENT = new Set(['any', 'coalesce', 'contains']);
const functions_str = (s, loc) => strAt(s, loc);
const functions_bool = (value, loc) => ({ t: 'bool', value, loc });
const num = (value, loc) => ({ t: 'num', value, loc });
function texts(args) {
    const out = [];
    for (const a of args) {
        const s = values_scalarText(a);
        if (s === undefined)
            return undefined;
        out.push(s);
    }
    return out;
}
const BUILTINS = {
    any: (a) => a[0],
    concat(args, loc) {
        if (args.every((a) => a.t === 'arr'))
            return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc };
        const t = texts(args);
        return t && functions_str(t.join(''), loc);
    },
    format(args, loc) {
        const t = texts(args);
        if (!t || !t.length)
            return undefined;
        let ok = true;
        const out = t[0].replace(/\{(\d+)\}/g, (_, i) => {
            const v = t[Number(i) + 1];
            if (v === undefined)
                ok = false;
            return v ?? '';
        });
        return ok ? functions_str(out, loc) : undefined;
    },
    toLower: (a, loc) => (a[0]?.t === 'str' ? functions_str(a[0].value.toLowerCase(), loc) : undefined),
    toUpper: (a, loc) => (a[0]?.t === 'str' ? functions_str(a[0].value.toUpperCase(), loc) : undefined),
    trim: (a, loc) => (a[0]?.t === 'str' ? functions_str(a[0].value.trim(), loc) : undefined),
    string(a, loc) {
        const t = a[0] && values_scalarText(a[0]);
        return t === undefined ? undefined : functions_str(t, loc);
    },
    bool(a, loc) {
        const v = a[0];
        if (v?.t === 'bool')
            return functions_bool(v.value, loc);
        if (v?.t === 'str' && /^(true|false)$/i.test(v.value))
            return functions_bool(v.value.toLowerCase() === 'true', loc);
        if (v?.t === 'num')
            return functions_bool(v.value !== 0, loc);
        return undefined;
    },
    int(a, loc) {
        const v = a[0];
        if (v?.t === 'num')
            return num(Math.trunc(v.value), loc);
        if (v?.t === 'str' && /^-?\d+$/.test(v.value.trim()))
            return num(Number(v.value), loc);
        return undefined;
    },
    empty(a, loc) {
        const v = a[0];
        if (v?.t === 'null')
            return functions_bool(true, loc);
        if (v?.t === 'str')
            return functions_bool(v.value === '', loc);
        if (v?.t === 'arr')
            return functions_bool(v.items.length === 0, loc);
        if (v?.t === 'obj')
            return functions_bool(v.entries.length === 0, loc);
        return undefined;
    },
    length(a, loc) {
        const v = a[0];
        if (v?.t === 'str')
            return num(v.value.length, loc);
        if (v?.t === 'arr')
            return num(v.items.length, loc);
        if (v?.t === 'obj')
            return num(new Set(v.entries.map((e) => e.key)).size, loc);
        return undefined;
    },
    contains(a, loc) {
        const [c, x] = a;
        if (!c || !x)
            return undefined;
        // A resource ID from resourceId() and its siblings surely holds `/providers/<type>/`.
        if (c.t === 'unknown' && c.ref?.property === 'id' && c.ref.type && x.t === 'str' && `/providers/${c.ref.type}/`.includes(x.value))
            return functions_bool(true, loc);
        if (c.t === 'str' && x.t === 'str')
            return functions_bool(c.value.includes(x.value), loc);
        if (c.t === 'obj' && x.t === 'str')
            return functions_bool(c.entries.some((e) => e.key.toLowerCase() === x.value.toLowerCase()), loc);
        if (c.t === 'arr') {
            const hits = c.items.map((i) => values_sameValue(i, x));
            if (hits.includes(true))
                return functions_bool(true, loc);
            return hits.includes(undefined) ? undefined : functions_bool(false, loc);
        }
        return undefined;
    },
    union(args, loc) {
        if (args.length && args.every((a) => a.t === 'obj'))
            return args.reduce((acc, o) => mergeObjects(acc, o, loc), { t: 'obj', entries: [], loc });
        if (args.length && args.every((a) => a.t === 'arr')) {
            const items = [];
            for (const a of args)
                for (const i of a.t === 'arr' ? a.items : [])
                    if (!items.some((x) => values_sameValue(x, i) === true))
                        items.push(i);
            return { t: 'arr', items, loc };
        }
        return undefined;
    },
    coalesce(args) {
        for (const a of args) {
            if (a.t === 'unknown')
                return undefined;
            if (a.t !== 'null')
                return a;
        }
        return args.length ? args[args.length - 1] : undefined;
    },
    replace(a, loc) {
        const t = texts(a.slice(0, 3));
        return t && t.length === 3 ? functions_str(t[0].split(t[1]).join(t[2]), loc) : undefined;
    },
    split(a, loc) {
        const [s, d] = a;
        if (s?.t !== 'str' || d?.t !== 'str')
            return undefined;
        return { t: 'arr', items: s.value.split(d.value).map((p) => functions_str(p, loc)), loc };
    },
    first: (a, loc) => pick(a[0], 0, loc),
    last: (a, loc) => pick(a[0], -1, loc),
    // `items(obj)`: `{ key, value }` per entry, sorted by key as Azure returns them.
    items(a, loc) {
        const o = a[0];
        if (o?.t !== 'obj')
            return undefined;
        const entries = [...o.entries].sort((x, y) => (x.key.toLowerCase() < y.key.toLowerCase() ? -1 : x.key.toLowerCase() > y.key.toLowerCase() ? 1 : 0));
        return {
            t: 'arr',
            items: entries.map((e) => ({ t: 'obj', loc: e.keyLoc, entries: [{ key: 'key', keyLoc: e.keyLoc, value: functions_str(e.key, e.keyLoc) }, { key: 'value', keyLoc: e.keyLoc, value: e.value }] })),
            loc,
        };
    },
    join(a, loc) {
        const [arr, d] = a;
        if (arr?.t !== 'arr' || d?.t !== 'str')
            return undefined;
        const t = texts(arr.items);
        return t && functions_str(t.join(d.value), loc);
    },
};
/** `range(start, count)`, refused beyond the loop limit so a huge count cannot blow up. */
function range(args, loc, max) {
    const [start, count] = args;
    if (start?.t !== 'num' || count?.t !== 'num')
        return values_unknown(loc, values_firstUnknown(args)?.why ?? 'range() needs two integers');
    if (count.value > max)
        return values_unknown(loc, `range() of ${count.value} items, more than the limit of ${max} (option maxLoopIterations)`);
    const items = [];
    for (let i = 0; i < count.value; i++)
        items.push(num(start.value + i, loc));
    return { t: 'arr', items, loc };
}
function pick(v, at, loc) {
    if (v?.t === 'arr')
        return v.items.at(at);
    if (v?.t === 'str' && v.value.length)
        return functions_str(v.value.at(at), loc);
    return undefined;
}
/** `union()` of objects merges nested objects too; the later value wins. */
function mergeObjects(a, b, loc) {
    if (a.t !== 'obj' || b.t !== 'obj')
        return b;
    const entries = [...a.entries];
    for (const e of b.entries) {
        const i = entries.findIndex((x) => x.key === e.key);
        if (i < 0)
            entries.push(e);
        else
            entries[i] = { ...e, value: mergeObjects(entries[i].value, e.value, e.value.loc) };
    }
    return { t: 'obj', entries, loc };
}
//# sourceMappingURL=functions.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/loops.js

/** The items a `for` iterates, or why they are not known (unknown iterable, over the cap). */
function loopItems(host, f, env) {
    const v = host.eval(f.iterable, env);
    if (v.t === 'unknown')
        return { why: `loop over a value not known statically (${v.why})` };
    if (v.t !== 'arr')
        return { why: `loop over a ${v.t} value` };
    if (v.items.length > host.maxLoopIterations) {
        const why = `loop over ${v.items.length} items, more than the limit of ${host.maxLoopIterations} (option maxLoopIterations)`;
        host.note(host.loc(f.iterable.span), `Loop not expanded: ${why}; it is read as one instance with unknown values.`);
        return { why };
    }
    return v.items;
}
/** The loop variables bound for one item (`x`, or `(x, i)`). */
function bindLoop(f, env, item, index, at) {
    const inner = new Map(env);
    if (f.itemName)
        inner.set(f.itemName, item);
    if (f.indexName)
        inner.set(f.indexName, { t: 'num', value: index, loc: at });
    return inner;
}
/** Loop variables that stand for any item, when the items are not known. */
function unknownLoop(host, f, env, why) {
    const inner = new Map(env);
    if (f.itemName && f.itemNameSpan)
        inner.set(f.itemName, values_unknown(host.loc(f.itemNameSpan), `loop variable '${f.itemName}': ${why}`));
    if (f.indexName && f.indexNameSpan)
        inner.set(f.indexName, values_unknown(host.loc(f.indexNameSpan), `loop index '${f.indexName}': ${why}`));
    return inner;
}
function join(base, name) {
    return base ? `${base}.${name}` : name;
}
/**
 * Expands `for`/`if` wrappers from a starting instance. A known-false condition drops the
 * instance; an unknown one keeps it as "maybe deployed". A loop with known items gives one
 * instance per item (`name[i]`); with unknown items, one instance whose variables are unknown.
 */
function iterations(host, wrappers, start, name) {
    let current = [start];
    for (const w of wrappers) {
        const next = [];
        for (const it of current) {
            if (w.kind === 'if') {
                const c = host.eval(w.condition, it.env);
                if (c.t === 'bool') {
                    if (c.value)
                        next.push(it);
                }
                else
                    next.push({ ...it, maybe: it.maybe ?? `its condition is not known statically (${c.t === 'unknown' ? c.why : 'not a boolean'})` });
                continue;
            }
            const items = loopItems(host, w, it.env);
            if (!Array.isArray(items)) {
                next.push({ env: unknownLoop(host, w, it.env, items.why), instance: `${join(it.instance, name)}[?]`, maybe: it.maybe ?? items.why });
                continue;
            }
            const at = host.loc(w.span);
            items.forEach((item, i) => next.push({ env: bindLoop(w, it.env, item, i, at), instance: `${join(it.instance, name)}[${i}]`, index: i, maybe: it.maybe }));
        }
        current = next;
    }
    return current;
}
/** `[for x in xs: body]` as a value: an array when the items (and any `if` filter) are known. */
function forValue(host, f, env, loc) {
    const items = loopItems(host, f, env);
    if (!Array.isArray(items))
        return values_unknown(loc, `array built by a for-expression: ${items.why}`);
    const out = [];
    for (let i = 0; i < items.length; i++) {
        const inner = bindLoop(f, env, items[i], i, loc);
        let body = f.body;
        if (body.kind === 'if') {
            const c = host.eval(body.condition, inner);
            if (c.t !== 'bool')
                return values_unknown(loc, `array built by a for-expression with a filter not known statically`);
            if (!c.value)
                continue;
            body = body.body;
        }
        out.push(host.eval(body, inner));
    }
    return { t: 'arr', items: out, loc };
}
//# sourceMappingURL=loops.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/evaluate.js




/** Evaluates one expression under the read's budget (steps, nesting, size of what it computes). */
function evaluate(scope, e, env) {
    const budget = scope.ctx.budget;
    const loc = scope.loc(e.span);
    const spent = budget.enter(loc);
    if (spent)
        return spent;
    try {
        return budget.fit(evaluateNode(scope, e, env, loc), loc);
    }
    finally {
        budget.leave();
    }
}
function evaluateNode(scope, e, env, loc) {
    switch (e.kind) {
        case 'string':
            return strAt(e.value, loc);
        case 'number':
            return { t: 'num', value: e.value, loc };
        case 'bool':
            return { t: 'bool', value: e.value, loc };
        case 'null':
            return { t: 'null', loc };
        case 'interp':
            return interpolation(scope, e, env, loc);
        case 'object':
            return object(scope, e, env, loc);
        case 'array': {
            const items = [];
            for (const item of e.items) {
                const v = evaluate(scope, item.kind === 'spread' ? item.expr : item, env);
                if (item.kind === 'spread' && v.t === 'arr')
                    (0,append/* appendAll */.u)(items, v.items);
                else
                    items.push(item.kind === 'spread' ? values_unknown(v.loc, 'spread of a value not known statically') : v);
            }
            return { t: 'arr', items, loc };
        }
        case 'ident':
            return scope.ident(e.name, e.span, env);
        case 'member':
            return member(scope, e, env, loc);
        case 'index': {
            const sym = scope.symbolOf(e, env);
            if (sym)
                return values_unknown(loc, `resource '${sym.sym.symbol}'`, scope.ref(sym));
            const base = evaluate(scope, e.object, env);
            const key = evaluate(scope, e.index, env);
            if (base.t === 'arr' && key.t === 'num')
                return base.items[key.value] ?? values_unknown(loc, `index ${key.value} is out of range`);
            if (key.t === 'str')
                return propertyOf(base, key.value, loc, e.safe);
            // A resource ID starts with '/': `names[?<id>]` on an object with no such key is null.
            if (e.safe && base.t === 'obj' && key.t === 'unknown' && key.ref?.property === 'id' && !base.entries.some((x) => x.key.startsWith('/')))
                return { t: 'null', loc };
            return values_unknown(loc, values_firstUnknown([base, key])?.why ?? 'index not known statically');
        }
        case 'nested': {
            const sym = scope.symbolOf(e, env);
            return sym ? values_unknown(loc, `resource '${sym.sym.symbol}'`, scope.ref(sym)) : values_unknown(loc, `nested resource '${e.property}' not found`);
        }
        case 'call':
            return call(scope, e, env, loc);
        case 'ternary': {
            // Only a known condition picks a branch; otherwise either could be deployed.
            const test = evaluate(scope, e.test, env);
            if (test.t === 'bool')
                return evaluate(scope, test.value ? e.consequent : e.alternate, env);
            return values_unknown(loc, test.t === 'unknown' ? test.why : 'condition is not a boolean');
        }
        case 'binary':
            return binary(scope, e, env, loc);
        case 'unary': {
            const v = evaluate(scope, e.operand, env);
            if (e.op === '!' && v.t === 'bool')
                return { t: 'bool', value: !v.value, loc };
            if (e.op === '-' && v.t === 'num')
                return { t: 'num', value: -v.value, loc };
            return values_unknown(loc, v.t === 'unknown' ? v.why : `cannot apply '${e.op}'`);
        }
        case 'nonNull':
            return evaluate(scope, e.operand, env);
        case 'paren':
            return evaluate(scope, e.expr, env);
        case 'for':
            return forValue(scope, e, env, loc);
        case 'lambda':
            return values_unknown(loc, 'lambda');
        case 'spread':
            return values_unknown(loc, 'spread');
        case 'if':
            return values_unknown(loc, 'if-expression');
        case 'error':
            return values_unknown(loc, `could not parse: ${e.message}`);
    }
}
/** `'${x}'` alone is `x` itself (keeps a reference); several parts join when all are known. */
function interpolation(scope, e, env, loc) {
    const [only] = e.parts;
    if (e.parts.length === 1 && typeof only !== 'string') {
        const v = evaluate(scope, only, env);
        if (v.t === 'str' || v.t === 'unknown')
            return v;
        const text = values_scalarText(v);
        return text === undefined ? values_unknown(loc, 'interpolation of an object or array') : strAt(text, loc);
    }
    let out = '';
    for (const part of e.parts) {
        if (typeof part === 'string') {
            out += part;
            continue;
        }
        const v = evaluate(scope, part, env);
        const text = values_scalarText(v);
        if (text === undefined)
            return values_unknown(loc, v.t === 'unknown' ? v.why : 'interpolation of an object or array');
        out += text;
    }
    return strAt(out, loc);
}
/** Properties and `...spread` entries in source order; computed keys keep their evaluated value. */
function object(scope, e, env, loc) {
    // Spreads are rare: without them the properties are already in source order.
    const items = e.spreads.length ? [...e.properties, ...e.spreads].sort((a, b) => a.span.start - b.span.start) : e.properties;
    const entries = [];
    for (const item of items) {
        if ('kind' in item) {
            // A spread whose value is unknown adds nothing we can see (limitation: it may override).
            const v = evaluate(scope, item.expr, env);
            if (v.t === 'obj')
                (0,append/* appendAll */.u)(entries, v.entries);
            continue;
        }
        // An interpolated key is kept as written between its quotes: `${uai.id}`.
        const key = item.keyExpr && /^'.*'$/s.test(item.key) ? item.key.slice(1, -1) : item.key;
        const entry = { key, keyLoc: scope.loc(item.keySpan), value: evaluate(scope, item.value, env) };
        if (item.keyExpr)
            entry.keyValue = evaluate(scope, item.keyExpr, env);
        entries.push(entry);
    }
    return { t: 'obj', entries, loc };
}
function member(scope, e, env, loc) {
    const sym = scope.symbolOf(e.object, env);
    if (sym)
        return scope.resourceMember(sym, [e.property], loc);
    if (e.object.kind === 'member') {
        const inner = e.object;
        const owner = scope.symbolOf(inner.object, env);
        if (owner)
            return scope.resourceMember(owner, [inner.property, e.property], loc);
        const mod = inner.property === 'outputs' ? scope.moduleOf(inner.object, env) : undefined;
        if (mod)
            return scope.moduleOutput(mod, e.property, loc);
    }
    return propertyOf(evaluate(scope, e.object, env), e.property, loc, e.safe);
}
/** A property of an evaluated value; `a.?b` on a missing key is null. */
function propertyOf(base, key, loc, safe) {
    if (base.t === 'obj') {
        // Bicep property access ignores case, as ARM does; an exact match wins.
        const hit = lastEntry(base.entries, (k) => k === key) ?? lastEntry(base.entries, (k) => k.toLowerCase() === key.toLowerCase());
        if (hit)
            return hit.value;
        return safe ? { t: 'null', loc } : values_unknown(loc, `no property '${key}'`);
    }
    if (base.t === 'null' && safe)
        return { t: 'null', loc };
    // `resourceGroup().id`, `subscription().id`: still the same scope.
    if (base.t === 'unknown' && key === 'id' && base.ref && !base.ref.property)
        return values_unknown(loc, base.why, { ...base.ref, property: 'id' });
    return values_unknown(loc, base.t === 'unknown' ? base.why : `'${key}' of a ${base.t} value`);
}
function ordinal(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function lastEntry(entries, match) {
    for (let i = entries.length - 1; i >= 0; i--)
        if (match(entries[i].key))
            return entries[i];
    return undefined;
}
/** Built-ins (also as `az.x` / `sys.x`); method calls and user functions are deployment-time. */
function call(scope, e, env, loc) {
    const ns = e.object?.kind === 'ident' && (e.object.name === 'az' || e.object.name === 'sys');
    if (e.object && !ns)
        return values_unknown(loc, `${e.callee}() is evaluated at deployment`);
    if (!e.object && scope.isFunction(e.name))
        return values_unknown(loc, `user-defined function ${e.name}()`);
    const args = e.args.map((a) => evaluate(scope, a, env));
    if (e.name === 'range') {
        const v = range(args, loc, scope.maxLoopIterations);
        if (v.t === 'unknown' && /option maxLoopIterations/.test(v.why))
            scope.note(loc, `Loop not expanded: ${v.why}; it is read as one instance with unknown values.`);
        return v;
    }
    const v = callBuiltin(e.name, args, loc);
    // `resourceId('T', uaiName)` with `uaiName` not known names the resource declared with `name: uaiName`.
    const last = e.args[e.args.length - 1];
    if (v.t === 'unknown' && v.ref?.type && !v.ref.name && last?.kind === 'ident' && !env.has(last.name) && args[args.length - 1]?.t === 'unknown') {
        const same = scope.declaredWithName(v.ref.type, last);
        if (same)
            return values_unknown(loc, v.why, scope.ref(same, 'id'));
    }
    return v;
}
function binary(scope, e, env, loc) {
    const l = evaluate(scope, e.left, env);
    const r = evaluate(scope, e.right, env);
    const bool = (value) => ({ t: 'bool', value, loc });
    const why = () => values_firstUnknown([l, r])?.why ?? `cannot evaluate '${e.op}' here`;
    switch (e.op) {
        case '??':
            if (l.t === 'null')
                return r;
            // A reference (a resource ID, a principal ID) is never null: it is the result as it stands.
            if (l.t === 'unknown' && l.ref)
                return l;
            return l.t === 'unknown' ? values_unknown(loc, l.why) : l;
        case '&&':
        case '||': {
            const stop = e.op === '||';
            if ((l.t === 'bool' && l.value === stop) || (r.t === 'bool' && r.value === stop))
                return bool(stop);
            if (l.t === 'bool' && r.t === 'bool')
                return bool(!stop);
            break;
        }
        case '==':
        case '!=':
        case '=~':
        case '!~': {
            const same = values_sameValue(l, r, e.op === '=~' || e.op === '!~');
            if (same !== undefined)
                return bool(e.op === '==' || e.op === '=~' ? same : !same);
            break;
        }
        case '<':
        case '<=':
        case '>':
        case '>=': {
            const c = l.t === 'num' && r.t === 'num' ? l.value - r.value : l.t === 'str' && r.t === 'str' ? ordinal(l.value, r.value) : undefined;
            if (c !== undefined) {
                return bool(e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : c >= 0);
            }
            break;
        }
        default:
            if (l.t === 'num' && r.t === 'num') {
                const a = l.value;
                const b = r.value;
                if ((e.op === '/' || e.op === '%') && b === 0)
                    break;
                const value = e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : e.op === '/' ? Math.trunc(a / b) : a % b;
                return { t: 'num', value, loc };
            }
    }
    return values_unknown(loc, why());
}
//# sourceMappingURL=evaluate.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep/scope.js






/** Runtime properties that references keep: `x.properties.principalId`, `x.identity.principalId`, … */
const REF_PROPERTIES = new Set(['principalId', 'clientId', 'tenantId']);
class FileScope {
    src;
    ctx;
    chain;
    instance;
    calledFrom;
    maybe;
    notes;
    resourceGroup;
    ast;
    overrides;
    params = new Map();
    vars = new Map();
    outputs = new Map();
    funcs = new Set();
    resources;
    modules;
    roots = new Map();
    values = new Map();
    busy = new Set();
    resourceInstances = new Map();
    moduleInstances = new Map();
    children = new Map();
    /** A scope shared by identical module calls gives its resources once. */
    collected = false;
    constructor(init) {
        this.src = init.src;
        this.ast = init.ast;
        this.ctx = init.ctx;
        this.chain = init.chain;
        this.overrides = init.overrides;
        this.instance = init.instance;
        this.calledFrom = init.calledFrom ?? [];
        this.maybe = init.maybe;
        this.notes = init.notes ?? [];
        this.resourceGroup = init.resourceGroup ?? (init.calledFrom?.length ? undefined : rootGroup(init.ast, init.src.path));
        for (const s of init.ast.statements) {
            if (s.kind === 'param' && !this.params.has(s.name))
                this.params.set(s.name, s);
            else if (s.kind === 'var' && !this.vars.has(s.name))
                this.vars.set(s.name, s);
            else if (s.kind === 'output' && !this.outputs.has(s.name))
                this.outputs.set(s.name, s);
            else if (s.kind === 'func')
                this.funcs.add(s.name);
        }
        const symbols = declareSymbols(init.ast.statements);
        this.resources = symbols.resources;
        this.modules = symbols.modules;
        for (const r of symbols.roots)
            this.roots.set(r.stmt, r);
    }
    get maxLoopIterations() {
        return this.ctx.maxLoopIterations;
    }
    note(loc, message) {
        this.notes.push({ loc, message });
    }
    loc(span) {
        return this.src.loc(span.start, span.end);
    }
    eval(expr, env = NO_ENV) {
        return evaluate(this, expr, env);
    }
    isFunction(name) {
        return this.funcs.has(name);
    }
    /** Computes a symbol's value once; a symbol that needs itself is unknown rather than a stack overflow. */
    once(key, loc, compute) {
        const hit = this.values.get(key);
        if (hit)
            return hit;
        if (this.busy.has(key))
            return values_unknown(loc, `'${key.slice(key.lastIndexOf(':') + 1)}' refers to itself`);
        this.busy.add(key);
        try {
            const v = compute();
            this.values.set(key, v);
            return v;
        }
        finally {
            this.busy.delete(key);
        }
    }
    /** A name used as a value: loop variable, parameter, variable, resource or module. */
    ident(name, span, env) {
        const loc = this.loc(span);
        const local = env.get(name);
        if (local)
            return usedAt(local, loc);
        if (this.params.has(name))
            return usedAt(this.param(name, loc), loc);
        const v = this.vars.get(name);
        if (v)
            return usedAt(this.once(`var:${name}`, loc, () => this.eval(v.value)), loc);
        const r = this.instanceOf(name);
        if (r)
            return values_unknown(loc, `resource '${r.sym.symbol}'`, this.ref(r));
        if (this.modules.has(name))
            return values_unknown(loc, `module '${name}'`);
        return values_unknown(loc, `'${name}' is not known statically`);
    }
    /** A parameter's value: passed by the caller, else its default (where the default is written), else unknown. */
    param(name, loc) {
        const o = this.overrides;
        if (o && 'unknown' in o)
            return values_unknown(loc, o.unknown);
        const passed = o?.values.get(name);
        if (passed)
            return passed;
        const p = this.params.get(name);
        // A call (module or .bicepparam) that leaves out a nullable parameter without default gives it null.
        if (o && p && !p.default && p.type && /\?\s*$/.test(p.type.text))
            return { t: 'null', loc: this.loc(p.nameSpan) };
        if (!p?.default)
            return values_unknown(loc, `parameter '${name}' has no default`);
        const def = p.default;
        return this.once(`param:${name}`, loc, () => this.eval(def));
    }
    paramNames() {
        return [...this.params.keys()];
    }
    // ---------------------------------------------------------------- modules
    /** The instances of a module call: one, none (known-false condition), or one per loop item. */
    instancesOfModule(mod) {
        let list = this.moduleInstances.get(mod);
        if (!list) {
            const its = iterations(this, mod.wrappers, { env: NO_ENV, instance: this.instance, maybe: this.maybe }, mod.stmt.name);
            // A module call is an instance of its own even outside a loop.
            const looped = mod.wrappers.some((w) => w.kind === 'for');
            list = its.map((it) => ({ ...it, mod, instance: looped ? it.instance : join(this.instance, mod.stmt.name) }));
            this.moduleInstances.set(mod, list);
        }
        return list;
    }
    /** `m.outputs.x` evaluated inside the module instance with the values the caller passed. */
    moduleOutput(inst, name, loc) {
        if (inst.collection)
            return values_unknown(loc, `output '${name}' of every instance of module loop '${inst.mod.stmt.name}'`);
        const child = this.moduleScope(inst);
        if (!child)
            return values_unknown(loc, `output '${name}' of module '${inst.mod.stmt.name}' (${inst.mod.stmt.path}) is not read`);
        return usedAt(child.output(name, loc), loc);
    }
    output(name, loc) {
        const o = this.outputs.get(name);
        if (!o)
            return values_unknown(loc, `module ${this.src.path} has no output '${name}'`);
        return this.once(`output:${name}`, loc, () => this.eval(o.value));
    }
    moduleScope(inst) {
        if (!this.children.has(inst)) {
            const target = moduleTarget(this, inst.mod, inst.env);
            let child;
            if (target) {
                const calledFrom = [...this.calledFrom, { loc: this.src.loc(inst.mod.stmt.span.start, inst.mod.stmt.pathSpan.end), message: `module instance '${inst.instance}'` }];
                // Identical calls (same file, same values from the same places) are evaluated once.
                const resourceGroup = this.moduleGroup(inst);
                const make = () => new FileScope({ ...target, ctx: this.ctx, instance: inst.instance, calledFrom, maybe: inst.maybe, notes: this.notes, resourceGroup });
                child = target.key ? this.ctx.memo(`bicep:instance:${target.key}|${inst.maybe ?? ''}`, make) : make();
            }
            this.children.set(inst, child);
        }
        return this.children.get(inst);
    }
    /**
     * The resource group a module call deploys to: `scope: resourceGroup('<name>')` or a resource
     * group symbol with a known name; without `scope`, the caller's own.
     */
    moduleGroup(inst) {
        const p = property(inst.mod.object, 'scope');
        if (!p)
            return this.resourceGroup;
        const v = this.eval(p.value, inst.env);
        if (v.t !== 'unknown' || !v.ref?.type || !/^Microsoft\.Resources\/resourceGroups$/i.test(v.ref.type))
            return undefined;
        return v.ref.name ?? (v.ref.symbol ? undefined : this.resourceGroup);
    }
    // ---------------------------------------------------------------- resources
    /** Every instance of a resource symbol (children: per instance of their parent). */
    instancesOf(sym) {
        let list = this.resourceInstances.get(sym);
        if (!list) {
            const parents = sym.lexicalParent ? this.instancesOf(sym.lexicalParent) : [undefined];
            list = [];
            for (const parent of parents) {
                const start = parent ? { env: parent.env, instance: parent.instance, maybe: parent.maybe } : { env: NO_ENV, instance: this.instance, maybe: this.maybe };
                for (const it of iterations(this, sym.wrappers, start, sym.symbol))
                    list.push({ ...it, sym, parent });
            }
            this.resourceInstances.set(sym, list);
        }
        return list;
    }
    /** The one instance a bare symbol names; a loop as a whole is a collection. */
    instanceOf(name) {
        const sym = this.resources.get(name);
        return sym && this.soleInstance(sym);
    }
    soleInstance(sym, parent) {
        if (!sym.looped) {
            const hit = this.instancesOf(sym).find((i) => !parent || i.parent === parent);
            // A resource whose condition is false is still declared: references keep pointing at it.
            if (hit)
                return hit;
            return { sym, env: parent?.env ?? NO_ENV, instance: parent?.instance ?? this.instance, parent };
        }
        return { sym, env: NO_ENV, collection: true };
    }
    /** The resource instance a symbol expression names: `x`, `x[i]`, `parent::child`. */
    symbolOf(expr, env) {
        switch (expr.kind) {
            case 'ident':
                if (env.has(expr.name) || this.params.has(expr.name) || this.vars.has(expr.name))
                    return undefined;
                return this.instanceOf(expr.name);
            case 'nested': {
                const parent = this.symbolOf(expr.object, env);
                const sym = parent && this.resources.get(`${parent.sym.symbol}::${expr.property}`);
                if (!sym || !parent)
                    return undefined;
                return parent.collection ? { sym, env: NO_ENV, collection: true } : this.soleInstance(sym, parent);
            }
            case 'index': {
                const base = this.symbolOf(expr.object, env);
                if (!base?.collection)
                    return base;
                const i = this.eval(expr.index, env);
                const hit = i.t === 'num' && !base.sym.lexicalParent ? this.instancesOf(base.sym).find((x) => x.index === i.value) : undefined;
                return hit ?? base;
            }
            case 'paren':
                return this.symbolOf(expr.expr, env);
            case 'nonNull':
                return this.symbolOf(expr.operand, env);
            default:
                return undefined;
        }
    }
    moduleOf(expr, env) {
        if (expr.kind === 'ident' && !env.has(expr.name)) {
            const mod = this.modules.get(expr.name);
            if (!mod)
                return undefined;
            if (!mod.wrappers.some((w) => w.kind === 'for'))
                return this.instancesOfModule(mod)[0] ?? { mod, env: NO_ENV, collection: true };
            return { mod, env: NO_ENV, collection: true };
        }
        if (expr.kind === 'index') {
            const base = this.moduleOf(expr.object, env);
            if (!base?.collection)
                return base;
            const i = this.eval(expr.index, env);
            return (i.t === 'num' ? this.instancesOfModule(base.mod).find((x) => x.index === i.value) : undefined) ?? base;
        }
        if (expr.kind === 'paren')
            return this.moduleOf(expr.expr, env);
        return undefined;
    }
    /**
     * The one resource of this type (not in a loop) whose `name` is written as the same expression
     * (`name: uaiName`): two references through the same unresolved value denote the same resource.
     */
    declaredWithName(type, expr) {
        const text = this.exprText(expr);
        const hits = [...this.roots.values()].filter((sym) => {
            const p = property(sym.object, 'name');
            return !sym.looped && p && this.resourceType(sym).toLowerCase() === type.toLowerCase() && this.exprText(p.value) === text;
        });
        return hits.length === 1 ? this.soleInstance(hits[0]) : undefined;
    }
    exprText(e) {
        return this.src.text.slice(e.span.start, e.span.end).replace(/\s+/g, '');
    }
    /** A reference to one instance; a whole loop is referenced by type only. */
    ref(inst, prop) {
        const ref = { type: this.resourceType(inst.sym) };
        if (!inst.collection) {
            const name = this.resourceName(inst);
            if (name.t === 'str')
                ref.name = lastSegment(name.value);
            ref.symbol = inst.sym.symbol;
            ref.scope = this.src.path;
            if (inst.instance)
                ref.instance = inst.instance;
        }
        if (prop)
            ref.property = prop;
        return ref;
    }
    /** `x.id`, `x.name`, `x.properties.principalId` … on a resource instance. */
    resourceMember(inst, path, loc) {
        const [first, second] = path;
        const symbol = inst.sym.symbol;
        if (path.length === 1) {
            if (first === 'id')
                return values_unknown(loc, `${symbol}.id is known at deployment`, this.ref(inst, 'id'));
            if (first === 'name') {
                if (inst.collection)
                    return values_unknown(loc, `the name of every instance of loop '${symbol}'`);
                const n = this.resourceName(inst);
                return n.t === 'unknown' ? values_unknown(loc, n.why, this.ref(inst, 'name')) : n;
            }
            if (first === 'type')
                return strAt(this.resourceType(inst.sym), loc);
            const api = this.apiVersion(inst.sym);
            if (first === 'apiVersion' && api)
                return strAt(api, loc);
        }
        if (path.length === 2 && (first === 'properties' || first === 'identity') && REF_PROPERTIES.has(second)) {
            return values_unknown(loc, `${symbol}.${path.join('.')} is known at deployment`, this.ref(inst, second));
        }
        return values_unknown(loc, `${symbol}.${path.join('.')} is known at deployment`);
    }
    resourceType(sym) {
        const { type, relative } = splitType(sym.stmt.typeString);
        return relative && sym.lexicalParent ? `${this.resourceType(sym.lexicalParent)}/${type}` : type;
    }
    apiVersion(sym) {
        const { apiVersion, relative } = splitType(sym.stmt.typeString);
        return apiVersion ?? (relative && sym.lexicalParent ? this.apiVersion(sym.lexicalParent) : undefined);
    }
    key(what, inst) {
        return `${what}:${inst.instance ?? ''}:${inst.sym.symbol}`;
    }
    /** The `name` value as written (a child's own segment), in this instance. */
    resourceName(inst) {
        const loc = this.decl(inst.sym.stmt);
        const p = property(inst.sym.object, 'name');
        if (!p)
            return values_unknown(loc, `resource '${inst.sym.symbol}' has no name`);
        return this.once(this.key('name', inst), loc, () => this.eval(p.value, inst.env));
    }
    parentOf(inst) {
        if (inst.parent)
            return inst.parent;
        const p = property(inst.sym.object, 'parent');
        return p && this.symbolOf(p.value, inst.env);
    }
    /**
     * `parentName/childName` for children (nested or `parent:`), located at the child's own name.
     * When the parent's name is unknown the child's own segment is kept: it is still its last segment.
     */
    fullName(inst) {
        const loc = this.decl(inst.sym.stmt);
        return this.once(this.key('fullname', inst), loc, () => {
            const name = this.resourceName(inst);
            const parent = this.parentOf(inst);
            if (!parent || parent.collection || name.t !== 'str')
                return name;
            const pn = this.fullName(parent);
            return pn.t === 'str' ? { ...name, value: `${pn.value}/${name.value}` } : name;
        });
    }
    /** `resource sym 'Type@api'`: the declaration's first line, without decorators. */
    decl(stmt) {
        const kw = this.src.text.lastIndexOf('resource', stmt.nameSpan.start - 1);
        return this.src.loc(kw >= stmt.span.start ? kw : stmt.nameSpan.start, stmt.typeSpan.end);
    }
    /**
     * Every deployed resource instance in source order (nested children after their parent), then
     * those of local module instances at the module statement. `existing` resources only serve
     * references; a scope shared by identical module calls gives its resources once.
     */
    collect() {
        if (this.collected)
            return [];
        this.collected = true;
        const out = [];
        const emit = (inst) => {
            if (!inst.sym.stmt.existing && inst.sym.object)
                out.push(this.shape(inst, inst.sym.object));
            for (const child of inst.sym.children)
                for (const c of this.instancesOf(child))
                    if (c.parent === inst)
                        emit(c);
        };
        for (const s of this.ast.statements) {
            if (s.kind === 'resource') {
                const sym = this.roots.get(s);
                if (sym)
                    this.instancesOf(sym).forEach(emit);
            }
            else if (s.kind === 'module') {
                const mod = this.modules.get(s.name);
                if (mod?.stmt !== s)
                    continue;
                for (const inst of this.instancesOfModule(mod))
                    (0,append/* appendAll */.u)(out, this.moduleScope(inst)?.collect() ?? []);
            }
        }
        return out;
    }
    shape(inst, object) {
        const shaped = {
            type: this.resourceType(inst.sym),
            apiVersion: this.apiVersion(inst.sym),
            name: this.fullName(inst),
            body: this.eval(object, inst.env),
            decl: this.decl(inst.sym.stmt),
            format: 'bicep',
            file: this.src.path,
            symbol: inst.sym.symbol,
            scope: this.src.path,
        };
        if (inst.instance)
            shaped.instance = inst.instance;
        if (this.calledFrom.length)
            shaped.calledFrom = this.calledFrom;
        if (inst.maybe)
            shaped.maybeDeployed = inst.maybe;
        if (this.resourceGroup)
            shaped.resourceGroup = this.resourceGroup;
        return shaped;
    }
}
/** A root template deploys to a resource group unless its `targetScope` says otherwise. */
function rootGroup(ast, path) {
    const t = ast.statements.find((s) => s.kind === 'targetScope');
    if (t?.kind === 'targetScope' && !(t.value.kind === 'string' && t.value.value === 'resourceGroup'))
        return undefined;
    return `@${path}`;
}
//# sourceMappingURL=scope.js.map
;// CONCATENATED MODULE: ./lib/src/readers/bicep.js






/**
 * Reads one `.bicep` file: its resources with every value evaluated and located, plus the
 * resources of the local modules it calls (evaluated with the parameters it passes). A
 * `.bicepparam` file declares no resources; its values are used when its template is read.
 */
function readBicep(src, ctx) {
    const ast = parseCached(src, ctx);
    const first = ast.errors[0];
    const parseError = first && { message: first.message, start: first.span.start, end: first.span.end, certain: true };
    // A module some file calls is read as the instances of those calls, not on its own with its defaults.
    const standalone = !src.path.toLowerCase().endsWith('.bicepparam') && !calledModules(ctx).has(src.path);
    const notes = [];
    const resources = standalone ? resourcesOf(src, ast, ctx, notes) : [];
    // Nobody calls it, so no later read needs its syntax tree (a cycle would parse it again).
    if (standalone)
        ctx.forget?.(astKey(src));
    const result = { resources };
    if (parseError)
        result.parseError = parseError;
    if (notes.length)
        result.notes = notes;
    return result;
}
function resourcesOf(src, ast, ctx, notes) {
    const scope = new FileScope({ src, ast, ctx, overrides: paramFileValues(src, ctx), chain: [src.path], notes });
    const out = [];
    for (const shaped of scope.collect()) {
        const r = (0,arm_shape/* fromArmShape */.Ox)(shaped);
        if (r)
            out.push(r);
    }
    return out;
}
/**
 * Values from the one `.bicepparam` whose `using` names this template (located in that file); else
 * from the ARM parameter files of the template compiled from it beside it (`main.json`,
 * `azuredeploy.json` with the Bicep generator's metadata): the repository deploys those together.
 */
function paramFileValues(src, ctx) {
    const pf = paramFileFor(src, ctx);
    if (!pf)
        return compiledTwinValues(src, ctx);
    const scope = new FileScope({ src: pf.src, ast: pf.ast, ctx, chain: [pf.src.path] });
    const values = new Map();
    for (const s of pf.ast.statements)
        if (s.kind === 'param' && s.default)
            values.set(s.name, scope.param(s.name, scope.loc(s.nameSpan)));
    return { values };
}
/** The parameter-file values of the ARM template compiled from this Bicep file, if any. */
function compiledTwinValues(src, ctx) {
    const dir = src.path.includes('/') ? src.path.slice(0, src.path.lastIndexOf('/') + 1) : '';
    const own = src.path.replace(/\.bicep$/i, '.json');
    const twins = [own, ...(/(^|\/)main\.bicep$/i.test(src.path) ? [`${dir}azuredeploy.json`] : [])];
    const twin = twins.find((t) => ctx.source(t) && BICEP_GENERATED.test(ctx.source(t).text));
    if (!twin)
        return undefined;
    const bindings = parameterBindings(twin, ctx);
    if (!bindings.size)
        return undefined;
    const values = new Map();
    const declared = new Map(parseCached(src, ctx).statements.filter((s) => s.kind === 'param').map((s) => [s.name.toLowerCase(), s.name]));
    for (const [lower, bind] of bindings) {
        const name = declared.get(lower);
        if (name)
            values.set(name, bind());
    }
    return { values };
}
//# sourceMappingURL=bicep.js.map
;// CONCATENATED MODULE: ./lib/src/formats/bicep/index.js



/** Bicep files, with the local modules they call. */
const bicep = defineFormat({
    id: 'bicep',
    title: 'Bicep',
    extensions: ['.bicep'],
    read: readBicep,
    modelFormat: 'bicep',
    comments: C_STYLE,
    fixtureMarkers: openers(C_STYLE),
    fence: 'bicep',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/bicepparam/index.js



/** `.bicepparam` files: the values of the template they name (`using`). */
const bicepparam = defineFormat({
    id: 'bicepparam',
    title: 'Bicep parameter files',
    extensions: ['.bicepparam'],
    read: readBicep,
    modelFormat: 'bicep',
    comments: C_STYLE,
    fixtureMarkers: openers(C_STYLE),
    fence: 'bicep',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/ci-yaml/index.js




/** GitHub Actions / Azure Pipelines YAML with `az` commands in script steps (and any AML documents, in the same parse). */
const ciYaml = defineFormat({
    id: 'ci-yaml',
    title: 'az commands in CI YAML script steps',
    extensions: ['.yml', '.yaml'],
    accepts: (text) => mayHaveCiAz(text),
    read: (src, ctx) => readYaml(src, true, ctx),
    modelFormat: 'az-cli',
    comments: HASH,
    fixtureMarkers: openers(HASH),
    fence: 'yaml',
    readsAlone: true,
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/powershell/index.js



/** `az` commands in PowerShell scripts (`#` also opens `<# … #>` blocks). */
const powershell = defineFormat({
    id: 'powershell',
    title: 'az commands in PowerShell scripts',
    extensions: ['.ps1'],
    read: readShell,
    modelFormat: 'az-cli',
    comments: HASH,
    fixtureMarkers: openers(HASH),
    fence: 'powershell',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/shell/index.js



/** `az` commands in shell scripts. */
const shell = defineFormat({
    id: 'shell',
    title: 'az commands in shell scripts',
    extensions: ['.sh', '.bash'],
    read: readShell,
    modelFormat: 'az-cli',
    comments: HASH,
    fixtureMarkers: openers(HASH),
    fence: 'sh',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/names.js
/** Longest identifier a parse message repeats; longer ones are described, not quoted. */
const MAX_NAME = 40;
/**
 * A declared name (attribute, parameter, heredoc marker) quoted for a parse message when it looks
 * like an ordinary identifier; otherwise a neutral phrase. Names are the author's vocabulary, but a
 * secret pasted where a name belongs must not be repeated.
 */
function nameForMessage(name, quote = '"') {
    const plain = name.length <= MAX_NAME && /^[A-Za-z_][\w-]*$/.test(name) && !looksRandom(name);
    return plain ? `${quote}${name}${quote}` : 'this name';
}
/** Long runs mixing letters and digits, as keys and tokens do; names are words. */
function looksRandom(name) {
    if (name.length < 16)
        return false;
    const digits = name.replace(/\D/g, '').length;
    return digits >= 4 && /[a-z]/i.test(name);
}
//# sourceMappingURL=names.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/terraform/lexer.js
// HCL2 native-syntax scanner. Produces the whole token stream up front; template text
// (quoted strings and heredocs) is scanned in a separate mode driven by a stack of frames,
// because `${ ... }` may itself contain quotes and braces to any depth.

/** The operator or punctuation at `p`, longest first (`==` over `=`), by its first character. */
function punctuationAt(t, p) {
    const next = t[p + 1];
    switch (t[p]) {
        case '.':
            return t.startsWith('...', p) ? '...' : '.';
        case '=':
            return next === '=' ? '==' : next === '>' ? '=>' : '=';
        case '!':
            return next === '=' ? '!=' : '!';
        case '<':
            return next === '=' ? '<=' : '<';
        case '>':
            return next === '=' ? '>=' : '>';
        case '&':
            return next === '&' ? '&&' : undefined;
        case '|':
            return next === '|' ? '||' : undefined;
        case '{':
        case '}':
        case '[':
        case ']':
        case '(':
        case ')':
        case ',':
        case '?':
        case ':':
        case '+':
        case '-':
        case '*':
        case '/':
        case '%':
            return t[p];
        default:
            return undefined;
    }
}
const ID_START_RE = /[\p{ID_Start}_]/u;
const ID_CONTINUE_RE = /[\p{ID_Continue}-]/u;
function isAsciiIdStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function lexer_isDigit(c) {
    return c >= 48 && c <= 57;
}
function lexer_lex(text) {
    return new lexer_Lexer(text).run();
}
class lexer_Lexer {
    text;
    pos = 0;
    frames = [];
    tokens = [];
    comments = [];
    errors = [];
    constructor(text) {
        this.text = text;
        if (text.charCodeAt(0) === 0xfeff)
            this.pos = 1; // UTF-8 BOM decoded as U+FEFF
    }
    run() {
        const len = this.text.length;
        while (this.pos < len) {
            const top = this.frames[this.frames.length - 1];
            if (top?.kind === 'quote')
                this.scanQuoted(top);
            else if (top?.kind === 'heredoc')
                this.scanHeredoc(top);
            else
                this.scanNormal();
        }
        // Close templates left open at EOF so the parser sees balanced tokens.
        for (let i = this.frames.length - 1; i >= 0; i--) {
            const f = this.frames[i];
            if (f.kind === 'quote') {
                this.error('Unterminated template string', f.start, len);
                this.push('cquote', len, len);
            }
            else if (f.kind === 'heredoc') {
                this.error(`Unterminated heredoc; expected closing marker ${nameForMessage(f.marker)}`, f.start, f.openEnd);
                this.push('cheredoc', len, len);
            }
        }
        this.push('eof', len, len);
        return { tokens: this.tokens, comments: this.comments, errors: this.errors };
    }
    push(type, start, end, extra) {
        const tok = { type, start, end };
        if (extra)
            Object.assign(tok, extra); // rare (heredoc/strip markers); keeps the common shape small
        this.tokens.push(tok);
        return tok;
    }
    error(message, start, end) {
        this.errors.push({ message, span: { start, end } });
    }
    /** Emits interp/control for `${`/`%{` at pos; returns false if there is none. */
    scanTemplateOpen() {
        const t = this.text;
        const c = t[this.pos];
        if ((c !== '$' && c !== '%') || t[this.pos + 1] !== '{')
            return false;
        const strip = t[this.pos + 2] === '~';
        const end = this.pos + (strip ? 3 : 2);
        this.push(c === '$' ? 'interp' : 'control', this.pos, end, strip ? { strip } : undefined);
        this.frames.push({ kind: 'interp' });
        this.pos = end;
        return true;
    }
    scanQuoted(frame) {
        const t = this.text;
        const c = t[this.pos];
        if (c === '"') {
            this.push('cquote', this.pos, ++this.pos);
            this.frames.pop();
            return;
        }
        if (c === '\n' || (c === '\r' && t[this.pos + 1] === '\n')) {
            // Quoted templates cannot span lines: end the string here so the next line still lexes.
            this.error('Unterminated template string', frame.start, this.pos);
            this.push('cquote', this.pos, this.pos);
            this.frames.pop();
            return;
        }
        if (this.scanTemplateOpen())
            return;
        const start = this.pos;
        let p = this.pos;
        while (p < t.length) {
            const ch = t[p];
            if (ch === '"' || ch === '\n' || (ch === '\r' && t[p + 1] === '\n'))
                break;
            if (ch === '\\') {
                const n = t[p + 1];
                p += n === undefined || n === '\n' || n === '\r' ? 1 : 2;
                continue;
            }
            if ((ch === '$' || ch === '%') && t[p + 1] === '{')
                break;
            if ((ch === '$' || ch === '%') && t[p + 1] === ch && t[p + 2] === '{') {
                p += 3; // $${ and %%{ are escapes for literal ${ and %{
                continue;
            }
            p++;
        }
        this.push('lit', start, p);
        this.pos = p;
    }
    scanHeredoc(frame) {
        const t = this.text;
        if (frame.atLineStart) {
            const closeEnd = this.matchHeredocEnd(frame.marker);
            if (closeEnd >= 0) {
                this.push('cheredoc', this.pos, closeEnd);
                this.pos = closeEnd;
                this.frames.pop();
                return;
            }
        }
        if (this.scanTemplateOpen()) {
            frame.atLineStart = false;
            return;
        }
        // One literal chunk per line (or up to the next interpolation), so the parser can
        // strip common indentation for `<<-`.
        const start = this.pos;
        let p = this.pos;
        while (p < t.length) {
            const ch = t[p];
            if (ch === '\n') {
                p++;
                break;
            }
            if ((ch === '$' || ch === '%') && t[p + 1] === '{')
                break;
            if ((ch === '$' || ch === '%') && t[p + 1] === ch && t[p + 2] === '{') {
                p += 3;
                continue;
            }
            p++;
        }
        this.push('lit', start, p, frame.atLineStart ? { lineStart: true } : undefined);
        frame.atLineStart = t[p - 1] === '\n';
        this.pos = p;
    }
    /** End offset of the closing marker if the current line is `<ws>MARKER<ws>`, else -1. */
    matchHeredocEnd(marker) {
        const t = this.text;
        let p = this.pos;
        while (t[p] === ' ' || t[p] === '\t')
            p++;
        if (!t.startsWith(marker, p))
            return -1;
        const end = p + marker.length;
        let q = end;
        while (t[q] === ' ' || t[q] === '\t')
            q++;
        if (q >= t.length || t[q] === '\n' || (t[q] === '\r' && t[q + 1] === '\n'))
            return end;
        return -1;
    }
    scanNormal() {
        const t = this.text;
        const start = this.pos;
        const c = t.charCodeAt(start);
        const ch = t[start];
        if (ch === ' ' || ch === '\t' || (ch === '\r' && t[start + 1] !== '\n')) {
            let p = start + 1;
            while (t[p] === ' ' || t[p] === '\t')
                p++; // indentation runs are common; skip them in one go
            this.pos = p;
            return;
        }
        if (ch === '\n' || ch === '\r') {
            this.pos += ch === '\r' ? 2 : 1;
            this.push('newline', start, this.pos);
            return;
        }
        if (ch === '#' || (ch === '/' && t[start + 1] === '/')) {
            let p = start;
            while (p < t.length && t[p] !== '\n' && !(t[p] === '\r' && t[p + 1] === '\n'))
                p++;
            this.comment(start, p);
            return;
        }
        if (ch === '/' && t[start + 1] === '*') {
            const close = t.indexOf('*/', start + 2);
            if (close < 0)
                this.error('Unterminated block comment', start, start + 2);
            this.comment(start, close < 0 ? t.length : close + 2);
            return;
        }
        if (lexer_isDigit(c))
            return this.scanNumber();
        if (isAsciiIdStart(c) || (c >= 128 && ID_START_RE.test(this.codePointAt(start))))
            return this.scanIdent();
        if (ch === '"') {
            this.push('oquote', start, ++this.pos);
            this.frames.push({ kind: 'quote', start });
            return;
        }
        if (ch === '<' && t[start + 1] === '<' && this.scanHeredocOpen())
            return;
        if (ch === '{') {
            this.frames.push({ kind: 'brace' });
            this.push('{', start, ++this.pos);
            return;
        }
        if (ch === '}' || (ch === '~' && t[start + 1] === '}'))
            return this.scanCloseBrace();
        const p = punctuationAt(t, start);
        if (p) {
            this.pos += p.length;
            this.push(p, start, this.pos);
            return;
        }
        const bad = this.codePointAt(start);
        this.pos += bad.length;
        this.push('invalid', start, this.pos);
    }
    codePointAt(p) {
        return String.fromCodePoint(this.text.codePointAt(p));
    }
    comment(start, end) {
        this.comments.push({ span: { start, end }, text: this.text.slice(start, end) });
        this.pos = end;
    }
    scanNumber() {
        const t = this.text;
        const start = this.pos;
        let p = start;
        while (lexer_isDigit(t.charCodeAt(p)))
            p++;
        // A dot only belongs to the number when digits follow (`a.0.b` keeps its dots).
        if (t[p] === '.' && lexer_isDigit(t.charCodeAt(p + 1))) {
            p++;
            while (lexer_isDigit(t.charCodeAt(p)))
                p++;
        }
        if (t[p] === 'e' || t[p] === 'E') {
            let q = p + 1;
            if (t[q] === '+' || t[q] === '-')
                q++;
            if (lexer_isDigit(t.charCodeAt(q))) {
                while (lexer_isDigit(t.charCodeAt(q)))
                    q++;
                p = q;
            }
        }
        this.push('number', start, p);
        this.pos = p;
    }
    scanIdent() {
        const t = this.text;
        let p = this.pos;
        // Most identifiers are ASCII: no code point string for their first character.
        p += t.charCodeAt(p) < 128 ? 1 : this.codePointAt(p).length;
        while (p < t.length) {
            const c = t.charCodeAt(p);
            if (isAsciiIdStart(c) || lexer_isDigit(c) || c === 45 /* - */)
                p++;
            else if (c >= 128 && ID_CONTINUE_RE.test(this.codePointAt(p)))
                p += this.codePointAt(p).length;
            else
                break;
        }
        this.push('ident', this.pos, p);
        this.pos = p;
    }
    /** `<<EOT` / `<<-EOT` must be followed directly by a newline; otherwise not a heredoc. */
    scanHeredocOpen() {
        const t = this.text;
        let p = this.pos + 2;
        const flush = t[p] === '-';
        if (flush)
            p++;
        const idStart = p;
        if (!isAsciiIdStart(t.charCodeAt(p)))
            return false; // markers are ASCII identifiers in practice
        while (p < t.length && (isAsciiIdStart(t.charCodeAt(p)) || lexer_isDigit(t.charCodeAt(p)) || t[p] === '-'))
            p++;
        const marker = t.slice(idStart, p);
        let end;
        if (t[p] === '\n')
            end = p + 1;
        else if (t[p] === '\r' && t[p + 1] === '\n')
            end = p + 2;
        else
            return false;
        this.push('oheredoc', this.pos, end, { marker, flush });
        this.frames.push({ kind: 'heredoc', marker, atLineStart: true, start: this.pos, openEnd: p });
        this.pos = end;
        return true;
    }
    scanCloseBrace() {
        const start = this.pos;
        const strip = this.text[start] === '~';
        const top = this.frames[this.frames.length - 1];
        if (strip && top?.kind !== 'interp') {
            this.push('invalid', start, ++this.pos); // `~` is only meaningful before a template `}`
            return;
        }
        this.pos += strip ? 2 : 1;
        if (top?.kind === 'interp') {
            this.frames.pop();
            this.push('seqend', start, this.pos, strip ? { strip } : undefined);
            return;
        }
        if (top?.kind === 'brace')
            this.frames.pop();
        this.push('}', start, this.pos);
    }
}
// ---- literal decoding (escape syntax is a lexical concern) ---------------------------
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Decodes backslash escapes and `$${` / `%%{` in a quoted-string literal chunk. */
function decodeQuoted(raw, offset, errors) {
    if (!raw.includes('\\') && !raw.includes('{'))
        return raw;
    let out = '';
    for (let i = 0; i < raw.length;) {
        const c = raw[i];
        if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
            out += `${c}{`;
            i += 3;
            continue;
        }
        if (c !== '\\') {
            out += c;
            i++;
            continue;
        }
        const n = raw[i + 1];
        const simple = n === undefined ? undefined : SIMPLE_ESCAPES[n];
        if (simple !== undefined) {
            out += simple;
            i += 2;
            continue;
        }
        if (n === 'u' || n === 'U') {
            const len = n === 'u' ? 4 : 8;
            const hex = raw.slice(i + 2, i + 2 + len);
            const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
            if (cp <= 0x10ffff) {
                out += String.fromCodePoint(cp);
                i += 2 + len;
                continue;
            }
        }
        const badLen = n === undefined ? 1 : 2;
        errors.push({ message: 'Invalid escape sequence in string', span: { start: offset + i, end: offset + i + badLen } });
        out += raw.slice(i, i + badLen);
        i += badLen;
    }
    return out;
}
/** Heredocs keep backslashes literally; only `$${`/`%%{` are escapes. CRLF is normalised to LF. */
function decodeHeredoc(raw) {
    return raw.replace(/\r\n/g, '\n').replace(/([$%])\1\{/g, '$1{');
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/terraform/describe.js
const describe_KEYWORDS = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'true', 'false', 'null']);
const KINDS = {
    eof: 'end of file',
    newline: 'newline',
    number: 'a number',
    invalid: 'an invalid character',
    oquote: 'string',
    cquote: 'the end of a string',
    lit: 'template text',
    oheredoc: 'a heredoc',
    cheredoc: 'the end of a heredoc',
    interp: '"${"',
    control: '"%{"',
    seqend: '"}"',
};
function describeHclToken(type, text) {
    if (type === 'ident')
        return describe_KEYWORDS.has(text) ? `"${text}"` : 'a name';
    return KINDS[type] ?? `"${type}"`;
}
//# sourceMappingURL=describe.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/terraform/parser.js
// Recursive-descent parser for HCL2 native syntax over the token stream from lexer.ts.
// Errors inside an attribute or block header abort that item (via ParseFailure), are recorded,
// and parsing resumes at the next line with brackets balanced, so later items still parse.




/** Parses HCL2 native syntax (a `.tf` or `.tfvars` file). Never throws. */
function parseHcl(text) {
    const lexed = lexer_lex(text);
    const parser = new terraform_parser_Parser(text, lexed.tokens);
    let body;
    try {
        body = parser.parseFile();
    }
    catch (e) {
        // Defensive: a parser bug must not take down the caller (and its text may quote the source).
        const why = e instanceof RangeError ? (0,budgets/* tooDeepMessage */.Q)(0) : 'Internal parser error';
        parser.errors.push({ message: why, span: { start: 0, end: text.length } });
        body = { attributes: [], blocks: [], items: [], span: { start: 0, end: text.length } };
    }
    const errors = [...lexed.errors, ...parser.errors].sort((a, b) => a.span.start - b.span.start);
    return { body, comments: lexed.comments, errors };
}
class parser_ParseFailure {
    message;
    span;
    constructor(message, span) {
        this.message = message;
        this.span = span;
    }
}
const BINARY_PREC = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '<': 4,
    '>': 4,
    '<=': 4,
    '>=': 4,
    '+': 5,
    '-': 5,
    '*': 6,
    '/': 6,
    '%': 6,
};
/** Opening token type -> its closing token type, used to balance recovery skips. */
const CLOSER = {
    '{': '}',
    '[': ']',
    '(': ')',
    oquote: 'cquote',
    oheredoc: 'cheredoc',
    interp: 'seqend',
    control: 'seqend',
};
const CLOSERS = new Set(['}', ']', ')', 'cquote', 'cheredoc', 'seqend']);
const span = (start, end) => ({ start, end });
class terraform_parser_Parser {
    text;
    toks;
    pos = 0;
    /** Top of stack: are newline tokens significant right now? */
    newlines = [true];
    errors = [];
    depth = 0;
    constructor(text, toks) {
        this.text = text;
        this.toks = toks;
    }
    parseFile() {
        const body = this.parseBody(false);
        body.span = span(0, this.text.length);
        return body;
    }
    // ---- token access -------------------------------------------------------------------
    index(offset = 0) {
        let i = this.pos;
        const skipNl = !this.newlines[this.newlines.length - 1];
        for (let n = 0;; i++) {
            const t = this.toks[i];
            if (t.type === 'eof')
                return i;
            if (skipNl && t.type === 'newline')
                continue;
            if (n++ === offset)
                return i;
        }
    }
    peek(offset = 0) {
        return this.toks[this.index(offset)];
    }
    next() {
        const i = this.index();
        const t = this.toks[i];
        this.pos = t.type === 'eof' ? i : i + 1;
        return t;
    }
    textOf(t) {
        return this.text.slice(t.start, t.end);
    }
    isKeyword(t, word) {
        return t.type === 'ident' && t.end - t.start === word.length && this.text.startsWith(word, t.start);
    }
    fail(message, at) {
        throw new parser_ParseFailure(message, span(at.start, at.end));
    }
    /** The kind of a token, never its text (a mistyped line may hold a secret). */
    describe(t) {
        return describeHclToken(t.type, this.textOf(t));
    }
    expect(type, what) {
        const t = this.peek();
        if (t.type !== type)
            this.fail(`Expected ${what}, found ${this.describe(t)}`, t);
        return this.next();
    }
    /** Runs `fn` with newlines significant or not; restored even when `fn` throws. */
    withNewlines(significant, fn) {
        this.newlines.push(significant);
        try {
            return fn();
        }
        finally {
            this.newlines.pop();
        }
    }
    /** After a binary/conditional operator a line break cannot end the expression; allow one. */
    skipNewlines() {
        while (this.toks[this.pos].type === 'newline')
            this.pos++;
    }
    report(f) {
        this.errors.push({ message: f.message, span: f.span });
    }
    /**
     * Skips to the end of the line of the item that started at token `from`, keeping brackets
     * opened since then balanced. Stops before a `}` that closes an enclosing block.
     * Returns the end offset of the last token skipped or already consumed.
     */
    recover(from) {
        const stack = [];
        const track = (t) => {
            const closer = CLOSER[t.type];
            if (closer) {
                stack.push(closer);
                return true;
            }
            if (!CLOSERS.has(t.type))
                return true;
            const at = stack.lastIndexOf(t.type);
            if (at >= 0)
                stack.length = at; // also abandons unclosed inner brackets
            else if (t.type === '}')
                return false; // belongs to an enclosing block
            return true;
        };
        for (let i = from; i < this.pos; i++)
            track(this.toks[i]);
        let lastEnd = this.pos > 0 ? this.toks[this.pos - 1].end : 0;
        for (;;) {
            const t = this.toks[this.pos];
            if (t.type === 'eof')
                break;
            if (t.type === 'newline' && stack.length === 0)
                break;
            if (!track(t))
                break;
            lastEnd = t.end;
            this.pos++;
        }
        return lastEnd;
    }
    // ---- bodies -------------------------------------------------------------------------
    /** Parses items until EOF, or until a `}` (left unconsumed) when `inBlock`. */
    parseBody(inBlock) {
        const body = { attributes: [], blocks: [], items: [], span: span(0, 0) };
        const seen = new Map();
        for (;;) {
            const t = this.toks[this.pos];
            if (t.type === 'newline') {
                this.pos++;
                continue;
            }
            if (t.type === 'eof')
                break;
            if (t.type === '}') {
                if (inBlock)
                    break;
                this.errors.push({ message: 'Unexpected "}"', span: span(t.start, t.end) });
                this.pos++;
                continue;
            }
            const startPos = this.pos;
            let item;
            try {
                item = this.parseItem(inBlock);
            }
            catch (e) {
                if (!(e instanceof parser_ParseFailure))
                    throw e;
                this.report(e);
                this.recover(startPos);
            }
            if (this.pos === startPos)
                this.pos++; // guarantee progress
            if (!item)
                continue;
            body.items.push(item);
            if (item.kind === 'block') {
                body.blocks.push(item);
                continue;
            }
            body.attributes.push(item);
            if (seen.has(item.name)) {
                this.errors.push({ message: `Attribute ${nameForMessage(item.name)} is defined more than once`, span: item.nameSpan });
            }
            else {
                seen.set(item.name, item);
            }
        }
        return body;
    }
    parseItem(inBlock) {
        const startPos = this.pos;
        const name = this.toks[this.pos];
        if (name.type !== 'ident')
            this.fail(`Expected an attribute or block, found ${this.describe(name)}`, name);
        this.pos++;
        if (this.toks[this.pos].type === '=')
            return this.parseAttribute(name, startPos, inBlock);
        return this.parseBlock(name, startPos, inBlock);
    }
    parseAttribute(nameTok, startPos, inBlock) {
        this.pos++; // '='
        const exprStart = this.peek().start;
        let expr;
        try {
            expr = this.parseExpr();
        }
        catch (e) {
            if (!(e instanceof parser_ParseFailure))
                throw e;
            this.report(e);
            const end = Math.max(exprStart, this.recover(startPos));
            expr = { kind: 'error', span: span(exprStart, end) };
            return this.attribute(nameTok, expr); // recover() already found the line end
        }
        this.expectItemEnd(inBlock, startPos, 'attribute');
        return this.attribute(nameTok, expr);
    }
    attribute(nameTok, expr) {
        return {
            kind: 'attribute',
            name: this.textOf(nameTok),
            nameSpan: span(nameTok.start, nameTok.end),
            expr,
            span: span(nameTok.start, expr.span.end),
        };
    }
    parseBlock(typeTok, startPos, inBlock) {
        const labels = [];
        for (;;) {
            const t = this.toks[this.pos];
            if (t.type === '{')
                break;
            if (t.type === 'ident') {
                labels.push({ value: this.textOf(t), span: span(t.start, t.end) });
                this.pos++;
            }
            else if (t.type === 'oquote') {
                const label = this.parseQuoted();
                if (label.kind !== 'string')
                    this.fail('Block labels cannot contain interpolations or directives', label.span);
                labels.push({ value: label.value, span: label.span });
            }
            else {
                const what = labels.length ? 'a block label or "{"' : '"=", a block label or "{"';
                this.fail(`Expected ${what} after the block type, found ${this.describe(t)}`, t);
            }
        }
        // Blocks nest by recursion too; the guard runs before the `{` is taken so it is counted.
        const [open, body] = this.nested(() => [this.toks[this.pos++], this.parseBody(true)]);
        const close = this.toks[this.pos];
        let end;
        if (close.type === '}') {
            this.pos++;
            end = close.end;
        }
        else {
            this.errors.push({ message: 'Unclosed block: missing "}"', span: span(open.start, open.end) });
            end = this.toks[this.pos - 1].end;
        }
        body.span = span(open.start, end);
        const block = {
            kind: 'block',
            type: this.textOf(typeTok),
            typeSpan: span(typeTok.start, typeTok.end),
            labels,
            body,
            span: span(typeTok.start, end),
        };
        this.expectItemEnd(inBlock, startPos, 'block');
        return block;
    }
    /** An item ends at a newline, EOF, or (for single-line blocks) the enclosing `}`. */
    expectItemEnd(inBlock, startPos, what) {
        const t = this.toks[this.pos];
        if (t.type === 'newline' || t.type === 'eof' || (inBlock && t.type === '}'))
            return;
        this.errors.push({
            message: `Expected a newline after ${what}, found ${this.describe(t)}`,
            span: span(t.start, t.end),
        });
        this.recover(startPos);
    }
    // ---- expressions --------------------------------------------------------------------
    parseExpr() {
        return this.nested(() => this.parseConditional());
    }
    /** How deep the brackets from here go (until they close below the current level), for the message. */
    nestingAhead() {
        let d = 0;
        let max = 0;
        for (let i = this.pos; i < this.toks.length; i++) {
            const t = this.toks[i].type;
            if (CLOSER[t])
                max = Math.max(max, ++d);
            else if (CLOSERS.has(t) && --d < 0)
                break;
        }
        return max;
    }
    /** Bounds recursion so hostile nesting becomes a parse error instead of a stack overflow. */
    nested(fn) {
        if (this.depth >= budgets/* MAX_NESTING */.M)
            this.fail((0,budgets/* tooDeepMessage */.Q)(this.depth + this.nestingAhead()), this.peek());
        this.depth++;
        try {
            return fn();
        }
        finally {
            this.depth--;
        }
    }
    parseConditional() {
        const test = this.parseBinary(1);
        if (this.peek().type !== '?')
            return test;
        this.next();
        this.skipNewlines();
        const trueExpr = this.parseExpr();
        this.expect(':', '":" in conditional expression');
        this.skipNewlines();
        const falseExpr = this.parseExpr();
        return { kind: 'conditional', test, trueExpr, falseExpr, span: span(test.span.start, falseExpr.span.end) };
    }
    /** Precedence climbing; all HCL binary operators are left-associative. */
    parseBinary(minPrec) {
        let left = this.parseUnary();
        for (;;) {
            const prec = BINARY_PREC[this.peek().type];
            if (prec === undefined || prec < minPrec)
                return left;
            const op = this.next().type;
            this.skipNewlines();
            const right = this.parseBinary(prec + 1);
            left = { kind: 'binary', op, left, right, span: span(left.span.start, right.span.end) };
        }
    }
    parseUnary() {
        const t = this.peek();
        if (t.type !== '!' && t.type !== '-')
            return this.parsePostfix(this.parseTerm());
        this.next();
        const operand = this.nested(() => this.parseUnary());
        if (t.type === '-' && operand.kind === 'number') {
            return { kind: 'number', value: -operand.value, raw: this.text.slice(t.start, operand.span.end), span: span(t.start, operand.span.end) };
        }
        return { kind: 'unary', op: t.type, operand, span: span(t.start, operand.span.end) };
    }
    parseTerm() {
        const t = this.peek();
        switch (t.type) {
            case 'number':
                this.next();
                return { kind: 'number', value: Number(this.textOf(t)), raw: this.textOf(t), span: span(t.start, t.end) };
            case 'ident':
                return this.parseIdentTerm();
            case 'oquote':
                return this.parseQuoted();
            case 'oheredoc':
                return this.parseHeredoc();
            case '(':
                return this.parseParen();
            case '[':
                return this.parseTuple();
            case '{':
                return this.parseObject();
            default:
                this.fail(`Expected an expression, found ${this.describe(t)}`, t);
        }
    }
    parseIdentTerm() {
        const t = this.next();
        const name = this.textOf(t);
        const s = span(t.start, t.end);
        if (name === 'true' || name === 'false')
            return { kind: 'bool', value: name === 'true', span: s };
        if (name === 'null')
            return { kind: 'null', span: s };
        if (this.peek().type === '(')
            return this.parseCall(name, s);
        if (this.isProviderFunctionSep(this.pos)) {
            let fullName = name;
            let end = t.end;
            while (this.isProviderFunctionSep(this.pos)) {
                const part = this.toks[this.pos + 2];
                fullName += `::${this.textOf(part)}`;
                end = part.end;
                this.pos += 3;
            }
            if (this.peek().type !== '(')
                this.fail('Expected "(" after the function name', this.peek());
            return this.parseCall(fullName, span(t.start, end));
        }
        return { kind: 'traversal', root: name, rootSpan: s, steps: [], span: s };
    }
    /** `::ident` directly at token index i (provider-defined function names). */
    isProviderFunctionSep(i) {
        const [a, b, c] = [this.toks[i], this.toks[i + 1], this.toks[i + 2]];
        return a.type === ':' && b?.type === ':' && b.start === a.end && c?.type === 'ident' && c.start === b.end;
    }
    parseCall(name, nameSpan) {
        this.next(); // '('
        return this.withNewlines(false, () => {
            const args = [];
            let expandFinal = false;
            while (this.peek().type !== ')') {
                args.push(this.parseExpr());
                if (this.peek().type === '...') {
                    this.next();
                    expandFinal = true;
                    break;
                }
                if (this.peek().type !== ',')
                    break;
                this.next();
            }
            const close = this.expect(')', expandFinal ? '")" after "..."' : '"," or ")" in function call');
            return { kind: 'call', name, nameSpan, args, expandFinal, span: span(nameSpan.start, close.end) };
        });
    }
    parseParen() {
        const open = this.next();
        return this.withNewlines(false, () => {
            const expr = this.parseExpr();
            const close = this.expect(')', '")"');
            return { kind: 'paren', expr, span: span(open.start, close.end) };
        });
    }
    /** Attribute access, index and splat after any expression. */
    parsePostfix(expr) {
        for (;;) {
            const t = this.peek();
            let steps;
            if (t.type === '.')
                steps = this.parseDotStep();
            else if (t.type === '[')
                steps = [this.parseBracketStep()];
            else
                return expr;
            const end = steps[steps.length - 1].span.end;
            if (expr.kind === 'traversal' || expr.kind === 'relativeTraversal') {
                expr.steps.push(...steps);
                expr.span = span(expr.span.start, end);
            }
            else {
                expr = { kind: 'relativeTraversal', source: expr, steps, span: span(expr.span.start, end) };
            }
        }
    }
    parseDotStep() {
        const dot = this.next();
        const t = this.toks[this.pos];
        if (t.type === 'ident') {
            this.pos++;
            return [{ kind: 'attr', name: this.textOf(t), span: span(dot.start, t.end) }];
        }
        if (t.type === '*') {
            this.pos++;
            return [{ kind: 'splat', span: span(dot.start, t.end), legacy: true }];
        }
        if (t.type === 'number') {
            // Legacy index `a.0`; the lexer reads `a.0.1` as the number `0.1`, so split it.
            this.pos++;
            const steps = [];
            let at = t.start;
            for (const digits of this.textOf(t).split('.')) {
                const key = { kind: 'number', value: Number(digits), raw: digits, span: span(at, at + digits.length) };
                steps.push({ kind: 'index', key, span: span(at - 1, at + digits.length), legacy: true });
                at += digits.length + 1;
            }
            steps[0].span.start = dot.start;
            return steps;
        }
        this.fail(`Expected an attribute name after ".", found ${this.describe(t)}`, t);
    }
    parseBracketStep() {
        const open = this.next();
        return this.withNewlines(false, () => {
            if (this.peek().type === '*' && this.peek(1).type === ']') {
                this.next();
                const close = this.next();
                return { kind: 'splat', span: span(open.start, close.end) };
            }
            const key = this.parseExpr();
            const close = this.expect(']', '"]" after index');
            return { kind: 'index', key, span: span(open.start, close.end) };
        });
    }
    isForStart() {
        return this.isKeyword(this.peek(), 'for') && this.peek(1).type === 'ident';
    }
    parseTuple() {
        const open = this.next();
        return this.withNewlines(false, () => {
            if (this.isForStart())
                return this.parseFor(open, false);
            const items = [];
            while (this.peek().type !== ']') {
                items.push(this.parseExpr());
                if (this.peek().type !== ',')
                    break;
                this.next();
            }
            const close = this.expect(']', '"," or "]" in tuple');
            return { kind: 'tuple', items, span: span(open.start, close.end) };
        });
    }
    parseObject() {
        const open = this.next();
        if (this.withNewlines(false, () => this.isForStart())) {
            return this.withNewlines(false, () => this.parseFor(open, true));
        }
        // Newlines separate object items, so they stay significant at this level.
        return this.withNewlines(true, () => {
            const items = [];
            for (;;) {
                this.skipNewlines();
                if (this.peek().type === '}')
                    break;
                let key = this.parseExpr();
                if (key.kind === 'traversal' && key.steps.length === 0) {
                    key = { kind: 'string', value: key.root, span: key.span, bare: true };
                }
                const sep = this.peek();
                if (sep.type !== '=' && sep.type !== ':')
                    this.fail(`Expected "=" or ":" after object key, found ${this.describe(sep)}`, sep);
                this.next();
                const value = this.parseExpr();
                items.push({ key, keySpan: key.span, value, span: span(key.span.start, value.span.end) });
                const after = this.peek();
                if (after.type === ',')
                    this.next();
                else if (after.type !== 'newline' && after.type !== '}') {
                    this.fail(`Expected a newline or "," after object item, found ${this.describe(after)}`, after);
                }
            }
            const close = this.next();
            return { kind: 'object', items, span: span(open.start, close.end) };
        });
    }
    /** `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}`. */
    parseFor(open, isObject) {
        this.next(); // 'for'
        const first = this.expect('ident', 'a variable name after "for"');
        let keyVar;
        let valueVar = this.textOf(first);
        if (this.peek().type === ',') {
            this.next();
            keyVar = valueVar;
            valueVar = this.textOf(this.expect('ident', 'a value variable name after ","'));
        }
        const inTok = this.peek();
        if (!this.isKeyword(inTok, 'in'))
            this.fail(`Expected "in" in for expression, found ${this.describe(inTok)}`, inTok);
        this.next();
        const collection = this.parseExpr();
        this.expect(':', '":" after for expression collection');
        let keyExpr;
        if (isObject) {
            keyExpr = this.parseExpr();
            this.expect('=>', '"=>" in object for expression');
        }
        const valueExpr = this.parseExpr();
        let grouping = false;
        if (isObject && this.peek().type === '...') {
            this.next();
            grouping = true;
        }
        let condExpr;
        if (this.isKeyword(this.peek(), 'if')) {
            this.next();
            condExpr = this.parseExpr();
        }
        const close = this.expect(isObject ? '}' : ']', `"${isObject ? '}' : ']'}" to close for expression`);
        const expr = { kind: 'for', valueVar, collection, valueExpr, grouping, isObject, span: span(open.start, close.end) };
        if (keyVar !== undefined)
            expr.keyVar = keyVar;
        if (keyExpr)
            expr.keyExpr = keyExpr;
        if (condExpr)
            expr.condExpr = condExpr;
        return expr;
    }
    // ---- templates ----------------------------------------------------------------------
    parseQuoted() {
        const open = this.next();
        const raw = this.parseTemplateParts('cquote');
        const close = this.next(); // cquote (the lexer always supplies one)
        return this.buildTemplate(raw, span(open.start, close.end), undefined);
    }
    parseHeredoc() {
        const open = this.next();
        const raw = this.parseTemplateParts('cheredoc');
        const close = this.next();
        const info = { marker: open.marker, flush: !!open.flush };
        if (info.flush)
            this.flushIndent(raw);
        return this.buildTemplate(raw, span(open.start, close.end), info);
    }
    parseTemplateParts(end) {
        const parts = [];
        const nesting = [];
        for (;;) {
            const t = this.toks[this.pos];
            if (t.type === end)
                break;
            if (t.type === 'lit') {
                this.pos++;
                parts.push({ lit: t, text: this.text.slice(t.start, t.end) });
            }
            else if (t.type === 'interp') {
                this.pos++;
                const [expr, close] = this.withNewlines(false, () => [this.parseExpr(), this.expect('seqend', '"}" to close interpolation')]);
                parts.push({ part: expr, stripBefore: !!t.strip, stripAfter: !!close.strip });
            }
            else if (t.type === 'control') {
                this.pos++;
                const [dir, close] = this.withNewlines(false, () => {
                    const d = this.parseDirective(t);
                    return [d, this.expect('seqend', '"}" to close template directive')];
                });
                dir.span.end = close.end;
                this.checkDirectiveNesting(dir, nesting);
                parts.push({ part: dir, stripBefore: !!t.strip, stripAfter: !!close.strip });
            }
            else {
                this.fail(`Unexpected ${this.describe(t)} in template`, t);
            }
        }
        const open = nesting[nesting.length - 1];
        if (open)
            this.errors.push({ message: `Unclosed "%{ ${open.keyword} }" directive`, span: open.span });
        return parts;
    }
    parseDirective(open) {
        const kw = this.expect('ident', 'a template directive keyword');
        const keyword = this.textOf(kw);
        const dir = { kind: 'directive', keyword: 'if', span: span(open.start, kw.end) };
        switch (keyword) {
            case 'if':
                dir.expr = this.parseExpr();
                break;
            case 'for': {
                const first = this.textOf(this.expect('ident', 'a variable name after "for"'));
                if (this.peek().type === ',') {
                    this.next();
                    dir.keyVar = first;
                    dir.valueVar = this.textOf(this.expect('ident', 'a value variable name'));
                }
                else {
                    dir.valueVar = first;
                }
                if (!this.isKeyword(this.peek(), 'in'))
                    this.fail('Expected "in" in template for directive', this.peek());
                this.next();
                dir.expr = this.parseExpr();
                break;
            }
            case 'else':
            case 'endif':
            case 'endfor':
                break;
            default:
                this.fail('Unknown template directive', kw);
        }
        dir.keyword = keyword;
        return dir;
    }
    checkDirectiveNesting(dir, stack) {
        const top = stack[stack.length - 1];
        const mismatch = () => {
            this.errors.push({ message: `Unexpected "%{ ${dir.keyword} }" directive`, span: dir.span });
        };
        if (dir.keyword === 'if' || dir.keyword === 'for')
            stack.push(dir);
        else if (dir.keyword === 'else') {
            if (top?.keyword !== 'if')
                mismatch();
        }
        else if (top?.keyword === (dir.keyword === 'endif' ? 'if' : 'for'))
            stack.pop();
        else
            mismatch();
    }
    /** `<<-`: remove the indentation shared by all non-blank lines (lines starting with `${` count as 0). */
    flushIndent(parts) {
        let min = Infinity;
        let lineStart = true;
        for (const p of parts) {
            if ('lit' in p) {
                if (p.lit.lineStart) {
                    const ws = leadingBlanks(p.text);
                    const blankLine = /^[ \t]*\r?\n$/.test(p.text);
                    if (!blankLine)
                        min = Math.min(min, ws);
                }
                lineStart = p.text.endsWith('\n');
            }
            else {
                if (lineStart)
                    min = 0;
                lineStart = false;
            }
        }
        if (min === Infinity || min === 0)
            return;
        for (const p of parts) {
            if ('lit' in p && p.lit.lineStart)
                p.text = p.text.slice(Math.min(min, leadingBlanks(p.text)));
        }
    }
    buildTemplate(raw, s, heredoc) {
        const parts = [];
        let pendingStrip = false; // previous `~}` strips leading whitespace of the next literal
        for (const p of raw) {
            if ('lit' in p) {
                let value = heredoc ? decodeHeredoc(p.text) : decodeQuoted(p.text, p.lit.start, this.errors);
                if (pendingStrip)
                    value = value.trimStart();
                pendingStrip = false;
                const prev = parts[parts.length - 1];
                if (typeof prev === 'string')
                    parts[parts.length - 1] = prev + value;
                else
                    parts.push(value);
                continue;
            }
            const prev = parts[parts.length - 1];
            if (p.stripBefore && typeof prev === 'string')
                parts[parts.length - 1] = prev.trimEnd();
            parts.push(p.part);
            pendingStrip = p.stripAfter;
        }
        const cleaned = parts.filter((p) => p !== '');
        if (cleaned.every((p) => typeof p === 'string')) {
            const str = { kind: 'string', value: cleaned.join(''), span: s };
            if (heredoc)
                str.heredoc = heredoc;
            return str;
        }
        const tpl = { kind: 'template', parts: cleaned, span: s };
        if (heredoc)
            tpl.heredoc = heredoc;
        return tpl;
    }
}
function leadingBlanks(s) {
    let n = 0;
    while (s[n] === ' ' || s[n] === '\t')
        n++;
    return n;
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/terraform/index.js
// HCL2 native syntax (Terraform .tf / .tfvars) parser with exact UTF-16 spans, comments and
// error recovery. Representation choices worth knowing:
// - Bare object keys (`{ a = 1 }`) are `{kind:'string', value:'a', bare:true}`; quoted keys are
//   ordinary strings/templates; `(expr)` keys are `paren`; other key expressions are kept as-is.
// - References rooted at a name are `traversal`; postfix access on any other expression
//   (`f(x).a`, `(x)[*].id`) is `relativeTraversal` with a `source`.
// - `%{ }` directives are flat `directive` markers inside `template.parts`.
// - Heredoc values are decoded (indent removed for `<<-`, CRLF normalised to LF).



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/terraform-json/parse.js
// Terraform JSON syntax (`*.tf.json`) → the same AST as `.tf` files, with spans into the JSON
// text, so the Terraform evaluator and mappers read both syntaxes alike (and join one module).
// Follows Terraform's JSON mapping: strings are templates (`"${var.x}"`), `"//"` keys are comments.


/** Top-level block types and how many labels their JSON nesting carries. */
const LABELS = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, check: 1, import: 0, moved: 0, removed: 0, terraform: 0 };
/**
 * Object-valued arguments of resources that are maps, not nested blocks (the JSON syntax cannot
 * tell them apart without the provider schema; every other object is read as a block).
 */
const MAP_ARGUMENTS = new Set(['tags', 'body', 'headers', 'app_settings', 'response_export_values', 'parameters', 'sensitive_body', 'output']);
/** Block bodies whose object values are always arguments (module inputs, variable defaults, outputs). */
const ARGUMENTS_ONLY = new Set(['module', 'variable', 'output', 'locals']);
function parseTfJson(text) {
    const jsonErrors = [];
    const root = (0,main.parseTree)(text, jsonErrors, { allowTrailingComma: false, disallowComments: true });
    // jsonc-parser can report an unterminated comment one character past the end: keep spans inside the text.
    const errors = jsonErrors.map((e) => ({ message: parse_describe(e.error), span: { start: Math.min(e.offset, text.length), end: Math.min(e.offset + e.length, text.length) } }));
    const body = emptyBody({ start: 0, end: text.length });
    if (root?.type === 'object') {
        for (const prop of props(root)) {
            const [key, value] = prop.children;
            const type = key.value;
            if (type === 'locals') {
                for (const v of listOf(value))
                    body.items.push(block('locals', key, [], v, prop, text));
            }
            else if (type in LABELS)
                addLabelled(body, type, key, value, LABELS[type], [], prop, text);
        }
    }
    else if (root && !errors.length) {
        errors.push({ message: 'a Terraform JSON file is one object', span: parse_span(root) });
    }
    parse_split(body);
    return { body, comments: [], errors };
}
/** `{"resource": {"TYPE": {"NAME": {…}}}}`: one label per nesting level, then the body (or a list of bodies). */
function addLabelled(body, type, typeKey, value, depth, labels, outer, text) {
    if (depth === 0) {
        for (const v of listOf(value))
            body.items.push(block(type, labels.at(-1) ?? typeKey, labels, v, outer, text));
        return;
    }
    if (value.type !== 'object')
        return;
    for (const prop of props(value))
        addLabelled(body, type, typeKey, prop.children[1], depth - 1, [...labels, prop.children[0]], prop, text);
}
/** A block whose header is the innermost key (`"acr": {…}`) and whose span is that property. */
function block(type, head, labels, value, prop, text) {
    const inner = bodyOf(type, value, text);
    return {
        kind: 'block',
        type,
        typeSpan: parse_span(head),
        labels: labels.map((l) => ({ value: String(l.value), span: parse_span(l) })),
        body: inner,
        span: { start: prop.offset, end: prop.offset + prop.length },
    };
}
function bodyOf(type, value, text) {
    const body = emptyBody(parse_span(value));
    if (value.type !== 'object')
        return body;
    for (const prop of props(value)) {
        const [key, v] = prop.children;
        const name = key.value;
        const nested = !ARGUMENTS_ONLY.has(type) && !MAP_ARGUMENTS.has(name) && isBlockValue(v);
        if (nested)
            for (const item of listOf(v))
                body.items.push(block(name, key, [], item, v.type === 'array' ? item : prop, text));
        else
            body.items.push(attribute(name, key, v, prop, text));
    }
    parse_split(body);
    return body;
}
const isBlockValue = (v) => v.type === 'object' || (v.type === 'array' && !!v.children?.length && v.children.every((c) => c.type === 'object'));
function attribute(name, key, value, prop, text) {
    return { kind: 'attribute', name, nameSpan: unquoted(key), expr: expr(value, text), span: { start: prop.offset, end: prop.offset + prop.length } };
}
function expr(n, text) {
    switch (n.type) {
        case 'string':
            return stringExpr(n, text);
        case 'number':
            return { kind: 'number', value: n.value, raw: text.slice(n.offset, n.offset + n.length), span: parse_span(n) };
        case 'boolean':
            return { kind: 'bool', value: n.value, span: parse_span(n) };
        case 'null':
            return { kind: 'null', span: parse_span(n) };
        case 'array':
            return { kind: 'tuple', items: (n.children ?? []).map((c) => expr(c, text)), span: parse_span(n) };
        case 'object':
            return {
                kind: 'object',
                items: props(n).map((p) => {
                    const [k, v] = p.children;
                    return { key: stringExpr(k, text), keySpan: parse_span(k), value: expr(v, text), span: parse_span(p) };
                }),
                span: parse_span(n),
            };
        default:
            return { kind: 'error', span: parse_span(n) };
    }
}
/** A JSON string is an HCL template: parsed as one (spans shifted into the JSON text) when it interpolates. */
function stringExpr(n, text) {
    const raw = text.slice(n.offset, n.offset + n.length);
    if (raw.includes('${') || raw.includes('%{')) {
        const prefix = 'v=';
        const parsed = parseHcl(prefix + raw);
        const attr = parsed.body.attributes[0];
        if (!parsed.errors.length && attr)
            return shift(attr.expr, n.offset - prefix.length);
    }
    return { kind: 'string', value: String(n.value), span: parse_span(n) };
}
/** Moves every span of a parsed fragment by `delta` (the fragment's place in the JSON text). */
function shift(node, delta) {
    if (Array.isArray(node))
        return node.map((x) => shift(x, delta));
    if (!node || typeof node !== 'object')
        return node;
    const o = node;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number')
        return { start: o.start + delta, end: o.end + delta };
    return Object.fromEntries(keys.map((k) => [k, shift(o[k], delta)]));
}
/** Object properties without Terraform JSON's `"//"` comments. */
const props = (obj) => (obj.children ?? []).filter((p) => p.children?.length === 2 && p.children[0].value !== '//');
const listOf = (v) => (v.type === 'array' ? (v.children ?? []).filter((c) => c.type === 'object') : [v]);
const parse_span = (n) => ({ start: n.offset, end: n.offset + n.length });
const unquoted = (n) => ({ start: n.offset + 1, end: n.offset + n.length - 1 });
const emptyBody = (s) => ({ attributes: [], blocks: [], items: [], span: s });
function parse_split(body) {
    body.attributes = body.items.filter((i) => i.kind === 'attribute');
    body.blocks = body.items.filter((i) => i.kind === 'block');
}
/** `CommaExpected` → `comma expected`. */
function parse_describe(code) {
    return (0,main.printParseErrorCode)(code)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
}
//# sourceMappingURL=parse.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/files.js



/** Parses a file once per run (shared by every module that includes it). */
function loadFile(ctx, path, src) {
    return ctx.memo('hcl:' + path, () => {
        const s = src ?? ctx.source(path);
        if (!s)
            return undefined;
        const hcl = isTfJson(path) ? parseTfJson(s.text) : parseHcl(s.text);
        const cut = hcl.errors.reduce((min, e) => Math.min(min, e.span.start), Infinity);
        return { src: s, hcl, cut };
    });
}
/** Top-level items that end before the first parse error (recovered items after it are not trusted). */
function topItems(file) {
    return file.hcl.body.items.filter((i) => i.span.end <= file.cut);
}
/** Terraform's JSON syntax: the same module language, parsed into the same tree. */
const isTfJson = (path) => path.toLowerCase().endsWith('.tf.json');
function isTfvarsForModule(path) {
    const base = external_node_path_.posix.basename(path);
    return base === 'terraform.tfvars' || base.endsWith('.auto.tfvars');
}
/** Indexes a folder's `.tf` and `.tf.json` files once per run. `extra` adds a file the listing missed. */
function moduleIndex(ctx, dir, extra) {
    const key = 'tf-index:' + dir + (extra ? '#' + extra.path : '');
    return ctx.memo(key, () => {
        const names = ctx.list(dir);
        const tf = names.filter((p) => p.toLowerCase().endsWith('.tf') || isTfJson(p));
        if (extra && !tf.includes(extra.path))
            tf.push(extra.path);
        const index = {
            dir,
            files: [],
            variables: new Map(),
            locals: new Map(),
            resources: new Map(),
            data: new Map(),
            modules: new Map(),
            outputs: new Map(),
            tfvars: [],
        };
        for (const path of tf) {
            const file = loadFile(ctx, path, extra?.path === path ? extra : undefined);
            if (file)
                addFile(index, file);
        }
        const vars = names.filter(isTfvarsForModule).sort((a, b) => tfvarsOrder(a) - tfvarsOrder(b) || (a < b ? -1 : 1));
        for (const path of vars) {
            const file = loadFile(ctx, path);
            if (file)
                index.tfvars.push(file);
        }
        return index;
    });
}
function tfvarsOrder(path) {
    return external_node_path_.posix.basename(path) === 'terraform.tfvars' ? 0 : 1;
}
function addFile(index, file) {
    index.files.push(file);
    const add = (map, name, node) => {
        const list = map.get(name);
        if (list)
            list.push({ node, file });
        else
            map.set(name, [{ node, file }]);
    };
    for (const item of topItems(file)) {
        if (item.kind !== 'block')
            continue;
        const [a, b] = item.labels.map((l) => l.value);
        switch (item.type) {
            case 'variable':
                if (a !== undefined)
                    add(index.variables, a, item);
                break;
            case 'locals':
                for (const attr of item.body.attributes)
                    add(index.locals, attr.name, attr);
                break;
            case 'resource':
                if (a !== undefined && b !== undefined)
                    add(index.resources, `${a}.${b}`, item);
                break;
            case 'data':
                if (a !== undefined && b !== undefined)
                    add(index.data, `${a}.${b}`, item);
                break;
            case 'module':
                if (a !== undefined)
                    add(index.modules, a, item);
                break;
            case 'output':
                if (a !== undefined)
                    add(index.outputs, a, item);
                break;
        }
    }
}
/**
 * The declaration a reference in `from` means. Terraform forbids duplicates in a module, but a
 * folder of independent examples (rule fixtures, snippets) may repeat names: the referring file's
 * own declaration wins, else the first in file order.
 */
function files_pick(decls, from) {
    if (!decls?.length)
        return undefined;
    return decls.find((d) => d.file === from) ?? decls[0];
}
function attrOf(block, name) {
    return block.body.attributes.find((a) => a.name === name);
}
//# sourceMappingURL=files.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/functions.js
const functions_unknown = (loc, why) => ({ t: 'unknown', loc, why });
/** The first unknown argument, passed through so its reason survives. */
function functions_firstUnknown(args, loc) {
    const u = args.find((a) => a.t === 'unknown');
    return u ? { ...u, loc } : undefined;
}
function functions_scalarText(v) {
    return v.t === 'str' || v.t === 'num' || v.t === 'bool' ? String(v.value) : undefined;
}
/** A string derived from one argument keeps that argument's location (where it is written). */
function mapString(f) {
    return ([v], loc) => {
        if (v?.t === 'str')
            return { ...v, value: f(v.value) };
        return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'not a known string');
    };
}
const functions_FUNCTIONS = {
    // Terraform encodes the object; azapi bodies read it as the object itself.
    jsonencode: ([v], loc) => v ?? functions_unknown(loc, 'jsonencode() without an argument'),
    jsondecode: ([v], loc) => {
        if (v?.t !== 'str')
            return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'jsondecode() of a value that is not a string');
        try {
            return fromJson(JSON.parse(v.value), v.loc);
        }
        catch {
            return functions_unknown(loc, 'jsondecode() of invalid JSON');
        }
    },
    tostring: ([v], loc) => {
        if (!v)
            return functions_unknown(loc, 'tostring() without an argument');
        const s = functions_scalarText(v);
        if (s !== undefined)
            return { t: 'str', value: s, loc: v.loc };
        return v.t === 'null' ? v : functions_unknown(loc, v.t === 'unknown' ? v.why : `tostring() of a ${v.t}`);
    },
    tonumber: ([v], loc) => {
        if (v?.t === 'num' || v?.t === 'null')
            return v;
        if (v?.t === 'str' && v.value.trim() !== '' && Number.isFinite(Number(v.value)))
            return { t: 'num', value: Number(v.value), loc: v.loc };
        return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'tonumber() of a value that is not a number');
    },
    tobool: ([v], loc) => {
        if (v?.t === 'bool' || v?.t === 'null')
            return v;
        if (v?.t === 'str' && (v.value === 'true' || v.value === 'false'))
            return { t: 'bool', value: v.value === 'true', loc: v.loc };
        return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'tobool() of a value that is not a boolean');
    },
    // Plain substrings only; a `/regex/` pattern is left unknown.
    replace: (args, loc) => {
        const u = functions_firstUnknown(args, loc);
        if (u)
            return u;
        const [v, from, to] = args;
        if (v?.t !== 'str' || from?.t !== 'str' || to?.t !== 'str')
            return functions_unknown(loc, 'replace() of values that are not strings');
        if (/^\/.*\/$/.test(from.value))
            return functions_unknown(loc, 'replace() with a regular expression is not evaluated');
        return { t: 'str', value: v.value.split(from.value).join(to.value), loc };
    },
    lower: mapString((s) => s.toLowerCase()),
    upper: mapString((s) => s.toUpperCase()),
    trimspace: mapString((s) => s.trim()),
    merge: (args, loc) => {
        const objs = args.filter((a) => a.t !== 'null');
        const u = functions_firstUnknown(objs, loc);
        if (u)
            return u;
        if (objs.some((o) => o.t !== 'obj'))
            return functions_unknown(loc, 'merge() of values that are not objects');
        const entries = [];
        for (const o of objs) {
            if (o.t !== 'obj')
                continue;
            for (const e of o.entries) {
                const at = entries.findIndex((x) => x.key === e.key);
                if (at >= 0)
                    entries.splice(at, 1);
                entries.push(e);
            }
        }
        return { t: 'obj', entries, loc };
    },
    concat: (args, loc) => {
        const u = functions_firstUnknown(args, loc);
        if (u)
            return u;
        if (args.some((a) => a.t !== 'arr'))
            return functions_unknown(loc, 'concat() of values that are not lists');
        return { t: 'arr', items: args.flatMap((a) => (a.t === 'arr' ? a.items : [])), loc };
    },
    flatten: ([v], loc) => {
        if (v?.t !== 'arr')
            return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'flatten() of a value that is not a list');
        const out = [];
        const walk = (x) => {
            if (x.t === 'unknown')
                return false;
            if (x.t !== 'arr')
                out.push(x);
            else
                for (const i of x.items)
                    if (!walk(i))
                        return false;
            return true;
        };
        return walk(v) ? { t: 'arr', items: out, loc } : functions_unknown(loc, 'flatten() of a list with unknown items');
    },
    // Every combination of one element of each list, capped so a product cannot blow up.
    setproduct: (args, loc) => {
        const u = functions_firstUnknown(args, loc);
        if (u)
            return u;
        if (!args.length || args.some((a) => a.t !== 'arr'))
            return functions_unknown(loc, 'setproduct() of values that are not lists');
        const lists = args.map((a) => (a.t === 'arr' ? a.items : []));
        const size = lists.reduce((n, l) => n * l.length, 1);
        if (size > MAX_PRODUCT)
            return functions_unknown(loc, `setproduct() of ${size} combinations is not evaluated`);
        let combos = [[]];
        for (const l of lists)
            combos = combos.flatMap((c) => l.map((i) => [...c, i]));
        return { t: 'arr', items: size ? combos.map((c) => ({ t: 'arr', items: c, loc })) : [], loc };
    },
    keys: ([v], loc) => (v?.t === 'obj' ? { t: 'arr', items: [...v.entries].sort(byKey).map((e) => ({ t: 'str', value: e.key, loc: e.keyLoc })), loc } : functions_unknown(loc, v?.t === 'unknown' ? v.why : 'keys() of a value that is not a map')),
    values: ([v], loc) => (v?.t === 'obj' ? { t: 'arr', items: [...v.entries].sort(byKey).map((e) => e.value), loc } : functions_unknown(loc, v?.t === 'unknown' ? v.why : 'values() of a value that is not a map')),
    distinct: ([v], loc) => {
        if (v?.t !== 'arr')
            return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'distinct() of a value that is not a list');
        return functions_FUNCTIONS.toset([v], loc);
    },
    contains: ([list, x], loc) => {
        if (list?.t !== 'arr' || !x || x.t === 'unknown' || list.items.some((i) => i.t === 'unknown'))
            return functions_unknown(loc, 'contains() of values that are not known');
        const s = functions_scalarText(x);
        if (s === undefined)
            return functions_unknown(loc, 'contains() of a collection is not evaluated');
        return { t: 'bool', value: list.items.some((i) => i.t === x.t && functions_scalarText(i) === s), loc };
    },
    element: ([list, i], loc) => {
        if (list?.t !== 'arr' || i?.t !== 'num' || !list.items.length)
            return functions_unknown(loc, 'element() of values that are not known');
        return list.items[Math.floor(i.value) % list.items.length];
    },
    tolist: ([v], loc) => (v?.t === 'arr' ? v : functions_unknown(loc, v?.t === 'unknown' ? v.why : 'tolist() of a value that is not a list')),
    toset: ([v], loc) => {
        if (v?.t !== 'arr')
            return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'toset() of a value that is not a list');
        const seen = new Set();
        const items = v.items.filter((i) => {
            const s = functions_scalarText(i);
            if (s === undefined)
                return true;
            const k = `${i.t}:${s}`;
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
        return { ...v, items };
    },
    tomap: ([v], loc) => (v?.t === 'obj' ? v : functions_unknown(loc, v?.t === 'unknown' ? v.why : 'tomap() of a value that is not an object')),
    // The first argument that is neither null nor "", when everything before it is known.
    coalesce: (args, loc) => {
        for (const a of args) {
            if (a.t === 'unknown')
                return { ...a, loc };
            if (a.t === 'null' || (a.t === 'str' && a.value === ''))
                continue;
            return a;
        }
        return functions_unknown(loc, 'coalesce() found no value');
    },
    // An error in the first argument (null attribute…) reads as unknown here, so the fallback is
    // never taken on a guess: only a known first argument is returned.
    try: ([v], loc) => (v && v.t !== 'unknown' ? v : functions_unknown(loc, v?.why ?? 'try() without an argument')),
    lookup: ([map, key, fallback], loc) => {
        if (map?.t !== 'obj' || key?.t !== 'str')
            return functions_unknown(loc, map?.t === 'unknown' ? map.why : key?.t === 'unknown' ? key.why : 'lookup() of a value that is not an object');
        for (let i = map.entries.length - 1; i >= 0; i--)
            if (map.entries[i].key === key.value)
                return map.entries[i].value;
        return fallback ?? functions_unknown(loc, `lookup() found no key '${key.value}'`);
    },
    length: ([v], loc) => {
        if (v?.t === 'arr')
            return { t: 'num', value: v.items.length, loc };
        if (v?.t === 'obj')
            return { t: 'num', value: v.entries.length, loc };
        if (v?.t === 'str')
            return { t: 'num', value: [...v.value].length, loc };
        return functions_unknown(loc, v?.t === 'unknown' ? v.why : 'length() of a value without a length');
    },
    join: ([sep, list], loc) => {
        if (sep?.t !== 'str' || list?.t !== 'arr')
            return functions_unknown(loc, 'join() of values that are not known');
        const parts = list.items.map(functions_scalarText);
        if (parts.some((p) => p === undefined))
            return functions_unknown(loc, 'join() of a list with unknown items');
        return { t: 'str', value: parts.join(sep.value), loc };
    },
    format: ([spec, ...rest], loc) => {
        if (spec?.t !== 'str')
            return functions_unknown(loc, 'format() with an unknown format');
        // Only plain verbs; widths and precisions (`%03d`) are left unknown rather than approximated.
        if (/%[^%sdvqt]/.test(spec.value.replace(/%%/g, '')))
            return functions_unknown(loc, 'format() with a verb that is not evaluated');
        let i = 0;
        let failed = false;
        const value = spec.value.replace(/%([%sdvqt])/g, (_m, verb) => {
            if (verb === '%')
                return '%';
            const arg = rest[i++];
            const s = arg ? functions_scalarText(arg) : undefined;
            if (s === undefined)
                failed = true;
            return verb === 'q' ? JSON.stringify(s ?? '') : (s ?? '');
        });
        return failed ? functions_unknown(loc, 'format() with unknown arguments') : { t: 'str', value, loc };
    },
};
/** setproduct() results beyond this many combinations are left unknown. */
const MAX_PRODUCT = 10000;
const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
function callFunction(name, args, loc) {
    const fn = functions_FUNCTIONS[name];
    if (!fn)
        return functions_unknown(loc, `${name}() is not evaluated`);
    return fn(args, loc);
}
/** A decoded JSON value; every node gets the location of the string it came from. */
function fromJson(v, loc) {
    if (v === null)
        return { t: 'null', loc };
    if (typeof v === 'string')
        return { t: 'str', value: v, loc };
    if (typeof v === 'number')
        return { t: 'num', value: v, loc };
    if (typeof v === 'boolean')
        return { t: 'bool', value: v, loc };
    if (Array.isArray(v))
        return { t: 'arr', items: v.map((i) => fromJson(i, loc)), loc };
    const entries = Object.entries(v).map(([key, value]) => ({ key, keyLoc: loc, value: fromJson(value, loc) }));
    return { t: 'obj', entries, loc };
}
//# sourceMappingURL=functions.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/eval.js

function locOf(s, span) {
    return s.file.src.loc(span.start, span.end);
}
function eval_unknown(loc, why, ref) {
    return ref ? { t: 'unknown', loc, why, ref } : { t: 'unknown', loc, why };
}
function textOf(s, span) {
    return s.file.src.text.slice(span.start, span.end);
}
// Module outputs, variables and locals call back into evaluation; a depth cap stops any cycle the
// per-name guards did not see (e.g. between module instances).
const eval_MAX_DEPTH = 300;
let depth = 0;
/** Evaluates one expression under the read's budget (steps, size of what it computes) and the depth cap. */
function eval_evaluate(e, s) {
    if (depth >= eval_MAX_DEPTH)
        return eval_unknown(locOf(s, e.span), 'expression nests too deeply to evaluate');
    const budget = s.env.budget;
    const loc = locOf(s, e.span);
    const spent = budget.enter(loc);
    if (spent)
        return spent;
    depth++;
    try {
        return budget.fit(evaluateInner(e, s), loc);
    }
    finally {
        depth--;
        budget.leave();
    }
}
function evaluateInner(e, s) {
    const loc = locOf(s, e.span);
    switch (e.kind) {
        case 'string':
            return { t: 'str', value: e.value, loc };
        case 'number':
            return { t: 'num', value: e.value, loc };
        case 'bool':
            return { t: 'bool', value: e.value, loc };
        case 'null':
            return { t: 'null', loc };
        case 'template':
            return template(e.parts, s, loc);
        case 'tuple':
            return { t: 'arr', items: e.items.map((i) => eval_evaluate(i, s)), loc };
        case 'object':
            return { t: 'obj', entries: e.items.map((i) => objectEntry(i, s)), loc };
        case 'paren':
            return eval_evaluate(e.expr, s);
        case 'traversal':
            return traversal(e.root, e.steps, s, loc);
        case 'relativeTraversal':
            return applySteps(eval_evaluate(e.source, s), e.steps, s, loc);
        case 'call':
            return eval_call(e, s, loc);
        case 'conditional': {
            const test = eval_evaluate(e.test, s);
            const truth = test.t === 'bool' ? test.value : test.t === 'str' && /^(true|false)$/.test(test.value) ? test.value === 'true' : undefined;
            if (truth === undefined)
                return eval_unknown(loc, `the condition ${textOf(s, e.test.span)} is not known${test.t === 'unknown' ? ` (${test.why})` : ''}`);
            return eval_evaluate(truth ? e.trueExpr : e.falseExpr, s);
        }
        case 'binary':
            return eval_binary(e.op, eval_evaluate(e.left, s), eval_evaluate(e.right, s), loc);
        case 'unary': {
            const v = eval_evaluate(e.operand, s);
            if (e.op === '!' && v.t === 'bool')
                return { t: 'bool', value: !v.value, loc };
            if (e.op === '-' && v.t === 'num')
                return { t: 'num', value: -v.value, loc };
            return eval_unknown(loc, v.t === 'unknown' ? v.why : `operator ${e.op} on a ${v.t}`);
        }
        case 'for':
            return forExpr(e, s, loc);
        case 'error':
            return eval_unknown(loc, 'the expression could not be parsed');
    }
}
/** A template is a string when every part is known; `"${x}"` alone is `x` itself, as in HCL. */
function template(parts, s, loc) {
    if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0].kind !== 'directive')
        return eval_evaluate(parts[0], s);
    let out = '';
    for (const p of parts) {
        if (typeof p === 'string') {
            out += p;
            continue;
        }
        if (p.kind === 'directive')
            return eval_unknown(loc, 'template directives are not evaluated');
        const v = eval_evaluate(p, s);
        if (v.t === 'str' || v.t === 'num' || v.t === 'bool')
            out += String(v.value);
        else if (v.t === 'unknown')
            return groupId(parts, s, loc) ?? roleDefinitionId(parts, s, loc) ?? eval_unknown(loc, v.why);
        else
            return eval_unknown(loc, `a ${v.t} cannot be interpolated`);
    }
    return { t: 'str', value: out, loc };
}
/**
 * `"/subscriptions/${…}/resourceGroups/${azurerm_resource_group.x.name}"`: the ID of that group
 * whatever its name and subscription, as a reference to it.
 */
function groupId(parts, s, loc) {
    const [sub, , rg, name, ...rest] = parts;
    if (sub !== '/subscriptions/' || typeof rg !== 'string' || !/^\/resourceGroups\/$/i.test(rg) || !name || typeof name === 'string' || name.kind === 'directive')
        return undefined;
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== '/'))
        return undefined;
    const v = eval_evaluate(name, s);
    if (v.t !== 'unknown' || !v.ref?.symbol || !/resourceGroups$/i.test(v.ref.type ?? '') || v.ref.property !== 'name')
        return undefined;
    return eval_unknown(loc, v.why, { ...v.ref, property: 'id' });
}
/**
 * `"${data.azurerm_subscription.x.id}/providers/Microsoft.Authorization/roleDefinitions/<guid>"`:
 * the role is known whatever the subscription, as a reference to the role definition.
 */
function roleDefinitionId(parts, s, loc) {
    // `"${data.azurerm_subscription.x.id}${data.azurerm_role_definition.y.id}"`: the role read by name.
    const last = parts[parts.length - 1];
    const lastValue = last && typeof last !== 'string' && last.kind !== 'directive' ? eval_evaluate(last, s) : undefined;
    if (lastValue?.t === 'unknown' && lastValue.ref?.name && /roleDefinitions$/i.test(lastValue.ref.type ?? ''))
        return eval_unknown(loc, lastValue.why, { type: lastValue.ref.type, name: lastValue.ref.name });
    let tail = '';
    for (let i = parts.length - 1; i >= 0; i--) {
        const p = parts[i];
        const v = typeof p === 'string' ? p : p.kind === 'directive' ? undefined : eval_evaluate(p, s);
        const text = typeof v === 'string' ? v : v?.t === 'str' ? v.value : undefined;
        if (text === undefined)
            break;
        tail = text + tail;
    }
    const m = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(tail);
    return m ? eval_unknown(loc, 'the role definition ID has a subscription not known statically', { type: 'Microsoft.Authorization/roleDefinitions', name: m[1] }) : undefined;
}
/** Bare and quoted keys are strings; `(expr)` and `"${expr}"` keys keep their evaluated value. */
function objectEntry(item, s) {
    const keyLoc = locOf(s, item.keySpan);
    const value = eval_evaluate(item.value, s);
    if (item.key.kind === 'string')
        return { key: item.key.value, keyLoc, value };
    const keyValue = eval_evaluate(item.key, s);
    const key = keyValue.t === 'str' ? keyValue.value : textOf(s, item.keySpan);
    return { key, keyLoc, value, keyValue };
}
function traversal(root, steps, s, loc) {
    const first = steps[0]?.kind === 'attr' ? steps[0].name : undefined;
    const bound = s.vars?.[root];
    if (bound)
        return applySteps(bound, steps, s, loc);
    if (s.literalOnly)
        return eval_unknown(loc, 'references are not allowed here');
    switch (root) {
        case 'var':
            if (first === undefined)
                break;
            return applySteps(s.env.variable(first, s, loc), steps.slice(1), s, loc);
        case 'local':
            if (first === undefined)
                break;
            return applySteps(s.env.local(first, s, loc), steps.slice(1), s, loc);
        case 'each':
            if (s.each && (first === 'key' || first === 'value'))
                return applySteps(s.each[first], steps.slice(1), s, loc);
            return eval_unknown(loc, `each.${first ?? ''} is known only per for_each instance`);
        case 'count':
            if (s.count && first === 'index')
                return s.count;
            return eval_unknown(loc, 'count.index is known only per instance');
        case 'module':
            if (first === undefined)
                break;
            return s.env.module(first, steps.slice(1), s, loc);
        case 'data': {
            const name = steps[1]?.kind === 'attr' ? steps[1].name : undefined;
            if (first === undefined || name === undefined)
                break;
            return s.env.data(first, name, steps.slice(2), s, loc);
        }
        case 'path':
        case 'terraform':
        case 'self':
            return eval_unknown(loc, `${root}.${first ?? ''} is not evaluated`);
    }
    // `azurerm_x.name…`: a resource address (a type always has a provider prefix and an underscore).
    if (first !== undefined && root.includes('_'))
        return s.env.resource(root, first, steps.slice(1), s, loc);
    return eval_unknown(loc, `'${root}' is not known here`);
}
/** `.attr`, `[key]` and `[*]` on a value; anything not statically there is unknown. */
function applySteps(v, steps, s, loc) {
    let cur = v;
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if (cur.t === 'unknown')
            return cur.loc === loc ? cur : { ...cur, loc };
        if (step.kind === 'splat') {
            if (cur.t !== 'arr')
                return eval_unknown(loc, 'splat over a value that is not a list');
            const rest = steps.slice(i + 1);
            return { t: 'arr', items: cur.items.map((item) => applySteps(item, rest, s, loc)), loc };
        }
        const key = step.kind === 'attr' ? { t: 'str', value: step.name, loc } : eval_evaluate(step.key, s);
        cur = index(cur, key, loc);
    }
    return cur;
}
function index(v, key, loc) {
    if (key.t === 'unknown')
        return eval_unknown(loc, key.why);
    if (v.t === 'null')
        return eval_unknown(loc, 'an attribute of null');
    if (v.t === 'obj' && (key.t === 'str' || key.t === 'num')) {
        const k = String(key.value);
        for (let i = v.entries.length - 1; i >= 0; i--)
            if (v.entries[i].key === k)
                return v.entries[i].value;
        return eval_unknown(loc, `no attribute '${k}'`);
    }
    if (v.t === 'arr' && key.t === 'num')
        return v.items[key.value] ?? eval_unknown(loc, `no element ${key.value}`);
    return eval_unknown(loc, `cannot index a ${v.t}`);
}
/** The elements of a known list, set or map in Terraform's order (maps by key); undefined when not known. */
function loopElements(v) {
    if (v.t === 'arr')
        return v.items.some((i) => i.t === 'unknown') ? undefined : v.items.map((value, i) => ({ key: { t: 'num', value: i, loc: value.loc }, value }));
    if (v.t === 'obj') {
        if (v.entries.some((e) => e.keyValue && e.keyValue.t !== 'str' && e.keyValue.t !== 'num'))
            return undefined;
        const entries = v.entries.map((e) => ({ key: { t: 'str', value: e.key, loc: e.keyValue?.loc ?? e.keyLoc }, value: e.value }));
        return entries.sort((a, b) => (a.key.value < b.key.value ? -1 : a.key.value > b.key.value ? 1 : 0));
    }
    return undefined;
}
/** `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value}` over a known collection. */
function forExpr(e, s, loc) {
    const coll = eval_evaluate(e.collection, s);
    const elems = loopElements(coll);
    if (!elems)
        return eval_unknown(loc, coll.t === 'unknown' ? coll.why : `a for expression over a ${coll.t}`);
    if (elems.length > s.env.maxIterations) {
        s.env.tooMany(loc, 'this for expression', elems.length);
        return eval_unknown(loc, `a for expression over ${elems.length} elements (more than ${s.env.maxIterations})`);
    }
    const items = [];
    const entries = [];
    for (const el of elems) {
        const vars = { ...s.vars, ...(e.keyVar ? { [e.keyVar]: el.key, [e.valueVar]: el.value } : { [e.valueVar]: el.value }) };
        const inner = { ...s, vars };
        if (e.condExpr) {
            const c = eval_evaluate(e.condExpr, inner);
            if (c.t !== 'bool')
                return eval_unknown(loc, c.t === 'unknown' ? c.why : 'a for condition that is not a boolean');
            if (!c.value)
                continue;
        }
        const value = eval_evaluate(e.valueExpr, inner);
        if (!e.isObject || !e.keyExpr) {
            items.push(value);
            continue;
        }
        const k = eval_evaluate(e.keyExpr, inner);
        if (k.t !== 'str' && k.t !== 'num')
            return eval_unknown(loc, k.t === 'unknown' ? k.why : 'a for key that is not a string');
        const key = String(k.value);
        const seen = entries.find((x) => x.key === key);
        if (e.grouping) {
            if (seen && seen.value.t === 'arr')
                seen.value.items.push(value);
            else
                entries.push({ key, keyLoc: k.loc, value: { t: 'arr', items: [value], loc: value.loc }, keyValue: { t: 'str', value: key, loc: k.loc } });
        }
        else if (seen)
            return eval_unknown(loc, `a for expression gives the key '${key}' twice`);
        else
            entries.push({ key, keyLoc: k.loc, value, keyValue: { t: 'str', value: key, loc: k.loc } });
    }
    return e.isObject ? { t: 'obj', entries, loc } : { t: 'arr', items, loc };
}
function eval_call(e, s, loc) {
    let args = e.args.map((a) => eval_evaluate(a, s));
    if (e.expandFinal) {
        const last = args[args.length - 1];
        if (last?.t !== 'arr')
            return eval_unknown(loc, `${e.name}(...) expands an argument that is not a known list`);
        args = [...args.slice(0, -1), ...last.items];
    }
    return callFunction(e.name, args, loc);
}
function isPrimitive(v) {
    return v.t === 'str' || v.t === 'num' || v.t === 'bool' || v.t === 'null';
}
function eval_binary(op, l, r, loc) {
    if (l.t === 'unknown')
        return eval_unknown(loc, l.why);
    if (r.t === 'unknown')
        return eval_unknown(loc, r.why);
    if (op === '==' || op === '!=') {
        // `x != null` is decidable for any known x, even a collection.
        let eq;
        if (l.t === 'null' || r.t === 'null')
            eq = l.t === r.t;
        else if (isPrimitive(l) && isPrimitive(r))
            eq = l.t === r.t && l.value === r.value;
        if (eq === undefined)
            return eval_unknown(loc, 'comparing collections is not evaluated');
        return { t: 'bool', value: op === '==' ? eq : !eq, loc };
    }
    if (op === '&&' || op === '||') {
        if (l.t !== 'bool' || r.t !== 'bool')
            return eval_unknown(loc, `operator ${op} needs booleans`);
        return { t: 'bool', value: op === '&&' ? l.value && r.value : l.value || r.value, loc };
    }
    if (l.t !== 'num' || r.t !== 'num')
        return eval_unknown(loc, `operator ${op} needs numbers`);
    const a = l.value;
    const b = r.value;
    switch (op) {
        case '<':
            return { t: 'bool', value: a < b, loc };
        case '>':
            return { t: 'bool', value: a > b, loc };
        case '<=':
            return { t: 'bool', value: a <= b, loc };
        case '>=':
            return { t: 'bool', value: a >= b, loc };
        case '+':
            return { t: 'num', value: a + b, loc };
        case '-':
            return { t: 'num', value: a - b, loc };
        case '*':
            return { t: 'num', value: a * b, loc };
        case '/':
            return b === 0 ? eval_unknown(loc, 'division by zero') : { t: 'num', value: a / b, loc };
        case '%':
            return b === 0 ? eval_unknown(loc, 'division by zero') : { t: 'num', value: a % b, loc };
    }
    return eval_unknown(loc, `operator ${op} is not evaluated`);
}
/** Block arguments that configure Terraform itself, not the resource. */
const META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection', 'timeouts']);
/**
 * A block body as an object: attributes by name, nested blocks by type (a list when repeated),
 * `dynamic "x"` blocks as an unknown `x`. Meta-arguments are left out.
 */
function evaluateBody(body, s, loc) {
    const entries = [];
    const blocks = new Map();
    for (const item of body.items) {
        if (META.has(item.kind === 'attribute' ? item.name : item.type))
            continue;
        if (item.kind === 'attribute') {
            entries.push({ key: item.name, keyLoc: locOf(s, item.nameSpan), value: eval_evaluate(item.expr, s) });
            continue;
        }
        const add = (type, typeSpan, value) => {
            const seen = blocks.get(type);
            if (!seen) {
                const e = { key: type, keyLoc: locOf(s, typeSpan), value };
                blocks.set(type, e);
                entries.push(e);
            }
            else if (seen.value.t === 'arr')
                seen.value.items.push(value);
            else
                seen.value = { t: 'arr', items: [seen.value, value], loc: seen.value.loc };
        };
        if (item.type === 'dynamic') {
            const label = item.labels[0];
            if (!label)
                continue;
            const expanded = dynamicBlocks(item, s);
            if (!expanded)
                entries.push({ key: label.value, keyLoc: locOf(s, label.span), value: eval_unknown(locOf(s, item.span), `dynamic block '${label.value}'`) });
            else
                for (const d of expanded)
                    add(label.value, label.span, evaluateBody(d.block.body, d.scope, locOf(s, d.block.span)));
            continue;
        }
        add(item.type, item.typeSpan, evaluateBody(item.body, s, locOf(s, item.span)));
    }
    return { t: 'obj', entries, loc };
}
/**
 * The blocks a `dynamic "x" { for_each = …; content { … } }` generates: its `content` once per
 * element, with the iterator (`x`, or the `iterator` argument) bound to `{key, value}`.
 * Undefined when the collection is not known.
 */
function dynamicBlocks(dyn, s) {
    const content = dyn.body.blocks.find((b) => b.type === 'content');
    const forEach = dyn.body.attributes.find((a) => a.name === 'for_each');
    const label = dyn.labels[0]?.value;
    if (!content || !forEach || !label)
        return undefined;
    const it = dyn.body.attributes.find((a) => a.name === 'iterator');
    const name = it?.expr.kind === 'traversal' && !it.expr.steps.length ? it.expr.root : label;
    const elems = loopElements(eval_evaluate(forEach.expr, s));
    if (!elems)
        return undefined;
    if (elems.length > s.env.maxIterations) {
        s.env.tooMany(locOf(s, dyn.typeSpan), `dynamic block '${label}'`, elems.length);
        return undefined;
    }
    return elems.map((el) => {
        const iterator = { t: 'obj', entries: [{ key: 'key', keyLoc: el.key.loc, value: el.key }, { key: 'value', keyLoc: el.value.loc, value: el.value }], loc: el.value.loc };
        return { block: content, scope: { ...s, vars: { ...s.vars, [name]: iterator } } };
    });
}
/** `resource "type" "name"`: from the keyword to the last label. */
function headerLoc(block, s) {
    const end = block.labels.length ? block.labels[block.labels.length - 1].span.end : block.typeSpan.end;
    return s.file.src.loc(block.typeSpan.start, end);
}
//# sourceMappingURL=eval.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/azapi.js




/** `type = "Microsoft.X/y@api"` split into type and API version, when known. */
function azapiType(block, s) {
    const attr = attrOf(block, 'type');
    const v = attr && eval_evaluate(attr.expr, s);
    if (v?.t !== 'str')
        return undefined;
    const [type, apiVersion] = v.value.split('@');
    return { type: type.trim(), apiVersion: apiVersion?.trim() };
}
/** An `azapi_resource` read like ARM: its body (HCL object or `jsonencode(...)`) plus the `identity {}` block. */
function mapAzapi(block, s, at) {
    const t = azapiType(block, s);
    if (!t)
        return undefined;
    const decl = headerLoc(block, s);
    const nameAttr = attrOf(block, 'name');
    const bodyAttr = attrOf(block, 'body');
    let body = bodyAttr ? eval_evaluate(bodyAttr.expr, s) : { t: 'obj', entries: [], loc: decl };
    body = withIdentityBlock(body, block, s);
    const res = (0,arm_shape/* fromArmShape */.Ox)({
        type: t.type,
        apiVersion: t.apiVersion,
        name: nameAttr ? eval_evaluate(nameAttr.expr, s) : eval_unknown(decl, 'azapi_resource without a name'),
        body,
        decl,
        format: 'terraform',
        file: s.file.src.path,
        symbol: at.symbol,
        scope: at.dir,
    });
    if (!res)
        return undefined;
    // A body or `properties` that is not statically known says nothing about what is missing:
    // its canonical properties are unknown, not absent.
    const props = (0,model_value/* getCI */.th)(body, 'properties');
    if (body.t !== 'obj' || props?.t === 'unknown') {
        const why = body.t === 'unknown' ? body.why : props?.t === 'unknown' ? props.why : 'the body is not an object';
        const loc = body.t === 'obj' && props ? props.loc : body.loc;
        for (const k of Object.keys(res.props))
            if (res.props[k] === undefined)
                res.props[k] = eval_unknown(loc, why);
    }
    return res;
}
/**
 * azapi declares identity as a block (`identity { type, identity_ids }`) beside the body; ARM has
 * it in the body as `identity: { type, userAssignedIdentities: { <id>: {} } }`. A body that
 * already has an `identity` keeps it.
 */
function withIdentityBlock(body, block, s) {
    const idBlock = block.body.blocks.find((b) => b.type === 'identity');
    const dyn = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'identity');
    if ((!idBlock && !dyn) || body.t !== 'obj' || (0,model_value/* getCI */.th)(body, 'identity'))
        return body;
    const keyLoc = locOf(s, (idBlock ?? dyn).typeSpan);
    let value;
    if (idBlock) {
        const entries = [];
        const typeAttr = attrOf(idBlock, 'type');
        if (typeAttr)
            entries.push({ key: 'type', keyLoc: locOf(s, typeAttr.nameSpan), value: eval_evaluate(typeAttr.expr, s) });
        const idsAttr = attrOf(idBlock, 'identity_ids');
        if (idsAttr)
            entries.push({ key: 'userAssignedIdentities', keyLoc: locOf(s, idsAttr.nameSpan), value: identityMap(eval_evaluate(idsAttr.expr, s)) });
        value = { t: 'obj', entries, loc: locOf(s, idBlock.span) };
    }
    else {
        // The type of a dynamic identity is not known; an object with an unknown type says so.
        const loc = locOf(s, dyn.span);
        value = { t: 'obj', entries: [{ key: 'type', keyLoc, value: eval_unknown(loc, "dynamic 'identity' block") }], loc };
    }
    return { ...body, entries: [...body.entries, { key: 'identity', keyLoc, value }] };
}
/** `[id, …]` → `{ <id>: {} }`, keeping each ID (or reference) as the entry's evaluated key. */
function identityMap(ids) {
    if (ids.t !== 'arr')
        return ids;
    const entries = ids.items.map((id) => ({
        key: id.t === 'str' ? id.value : id.t === 'unknown' && id.ref?.symbol ? `${id.ref.symbol}.${id.ref.property ?? 'id'}` : '(unknown)',
        keyLoc: id.loc,
        value: { t: 'obj', entries: [], loc: id.loc },
        keyValue: id,
    }));
    return { t: 'obj', entries, loc: ids.loc };
}
//# sourceMappingURL=azapi.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/azurerm.js



const WS = 'Microsoft.MachineLearningServices/workspaces';
const datastore = (subKind, identityArg) => ({
    kind: 'datastore',
    armType: `${WS}/datastores`,
    subKind,
    props: (a, block, s) => ({
        credentials: credentials(block, s, a),
        serviceDataAccessAuthIdentity: a(identityArg),
        workspace: a('workspace_id'),
        accountName: accountOfContainer(a('storage_container_id')),
    }),
});
/** The storage account named in a container's resource ID (`…/storageAccounts/<name>/blobServices/default/containers/<c>`). */
function accountOfContainer(id) {
    const m = id?.t === 'str' ? /\/storageAccounts\/([^/]+)\//i.exec(id.value) : null;
    return m && id ? { t: 'str', value: m[1], loc: id.loc } : undefined;
}
/** azurerm resource types and the canonical kind and property names they map to (see arm-shape.ts). */
const AZURERM = {
    azurerm_machine_learning_workspace: {
        kind: 'workspace',
        armType: WS,
        props: (a, block, s) => ({
            containerRegistry: a('container_registry_id'),
            storageAccount: a('storage_account_id'),
            keyVault: a('key_vault_id'),
            applicationInsights: a('application_insights_id'),
            primaryUserAssignedIdentity: a('primary_user_assigned_identity'),
            kind: a('kind'),
            ...encryption(a, block, s),
        }),
    },
    azurerm_machine_learning_compute_cluster: { kind: 'compute', armType: `${WS}/computes`, subKind: 'amlcompute', props: (a) => ({ workspace: a('machine_learning_workspace_id') }) },
    azurerm_machine_learning_compute_instance: { kind: 'compute', armType: `${WS}/computes`, subKind: 'computeinstance', props: (a) => ({ workspace: a('machine_learning_workspace_id') }) },
    azurerm_machine_learning_inference_cluster: {
        kind: 'compute',
        armType: `${WS}/computes`,
        subKind: 'aks',
        props: (a) => ({ workspace: a('machine_learning_workspace_id'), resourceId: a('kubernetes_cluster_id') }),
    },
    azurerm_machine_learning_datastore_blobstorage: datastore('azureblob', 'service_data_auth_identity'),
    azurerm_machine_learning_datastore_datalake_gen2: datastore('azuredatalakegen2', 'service_data_identity'),
    azurerm_machine_learning_datastore_fileshare: datastore('azurefile', 'service_data_identity'),
    azurerm_container_registry: { kind: 'containerRegistry', armType: 'Microsoft.ContainerRegistry/registries', props: (a) => ({ adminUserEnabled: a('admin_enabled') }) },
    azurerm_key_vault: {
        kind: 'keyVault',
        armType: 'Microsoft.KeyVault/vaults',
        props: (a, block, s) => ({
            // 4.x spelled it enable_rbac_authorization; 5.0 renamed it.
            enableRbacAuthorization: a('rbac_authorization_enabled') ?? a('enable_rbac_authorization'),
            accessPolicies: accessPolicies(block, s),
            tenantId: a('tenant_id'),
        }),
    },
    // A policy added to a vault declared elsewhere; the graph links it to its vault by key_vault_id.
    azurerm_key_vault_access_policy: {
        kind: 'keyVaultAccessPolicy',
        armType: 'Microsoft.KeyVault/vaults/accessPolicies',
        props: (a, block, s) => ({ keyVault: a('key_vault_id'), accessPolicies: { t: 'arr', items: [policyOf(block, s)], loc: locOf(s, block.span) } }),
    },
    azurerm_storage_account: {
        kind: 'storageAccount',
        armType: 'Microsoft.Storage/storageAccounts',
        props: (a) => ({ networkDefaultAction: (0,model_value/* get */.Jt)(a('network_rules'), 'default_action'), networkBypass: (0,model_value/* get */.Jt)(a('network_rules'), 'bypass') }),
    },
    azurerm_application_insights: { kind: 'appInsights', armType: 'Microsoft.Insights/components' },
    azurerm_user_assigned_identity: { kind: 'userAssignedIdentity', armType: 'Microsoft.ManagedIdentity/userAssignedIdentities' },
    azurerm_kubernetes_cluster: {
        kind: 'aksCluster',
        armType: 'Microsoft.ContainerService/managedClusters',
        props: (a) => ({ servicePrincipalClientId: (0,model_value/* get */.Jt)(a('service_principal'), 'client_id') }),
    },
    azurerm_role_definition: {
        kind: 'roleDefinition',
        armType: 'Microsoft.Authorization/roleDefinitions',
        props: (a) => ({ roleName: a('name'), roleId: a('role_definition_id'), permissions: a('permissions'), assignableScopes: a('assignable_scopes') }),
    },
    azurerm_role_assignment: {
        kind: 'roleAssignment',
        armType: 'Microsoft.Authorization/roleAssignments',
        props: (a) => ({
            roleDefinitionId: a('role_definition_id') ?? a('role_definition_name'),
            // Set when the role is given by name ("Contributor") rather than by definition ID.
            roleDefinitionName: a('role_definition_name'),
            principalId: a('principal_id'),
            principalType: a('principal_type'),
            scope: a('scope'),
        }),
    },
};
/**
 * Entra principals declared with the azuread provider. They are not ARM resources; the type is the
 * one Bicep's Microsoft Graph extension uses, so every format names them alike.
 */
const AZUREAD = {
    azuread_service_principal: { armType: 'Microsoft.Graph/servicePrincipals', name: ['display_name', 'client_id', 'application_id'] },
    azuread_application: { armType: 'Microsoft.Graph/applications', name: ['display_name'] },
};
/** ARM types of other azurerm resources and data sources, for the `type` of references to them. */
const OTHER_TYPES = {
    azurerm_linux_virtual_machine: 'Microsoft.Compute/virtualMachines',
    azurerm_windows_virtual_machine: 'Microsoft.Compute/virtualMachines',
    azurerm_virtual_machine: 'Microsoft.Compute/virtualMachines',
    azurerm_linux_virtual_machine_scale_set: 'Microsoft.Compute/virtualMachineScaleSets',
    azurerm_windows_virtual_machine_scale_set: 'Microsoft.Compute/virtualMachineScaleSets',
    azurerm_linux_web_app: 'Microsoft.Web/sites',
    azurerm_windows_web_app: 'Microsoft.Web/sites',
    azurerm_linux_function_app: 'Microsoft.Web/sites',
    azurerm_windows_function_app: 'Microsoft.Web/sites',
    azurerm_data_factory: 'Microsoft.DataFactory/factories',
    azurerm_synapse_workspace: 'Microsoft.Synapse/workspaces',
    azurerm_databricks_workspace: 'Microsoft.Databricks/workspaces',
    azurerm_cosmosdb_account: 'Microsoft.DocumentDB/databaseAccounts',
    azurerm_eventhub_namespace: 'Microsoft.EventHub/namespaces',
    azurerm_servicebus_namespace: 'Microsoft.ServiceBus/namespaces',
    azurerm_log_analytics_workspace: 'Microsoft.OperationalInsights/workspaces',
    azurerm_private_dns_zone: 'Microsoft.Network/privateDnsZones',
    azurerm_machine_learning_synapse_spark: `${WS}/computes`,
    azurerm_resource_group: 'Microsoft.Resources/resourceGroups',
    azurerm_subscription: 'Microsoft.Resources/subscriptions',
    azurerm_ai_foundry: WS,
    azurerm_ai_foundry_project: WS,
    azurerm_cognitive_account: 'Microsoft.CognitiveServices/accounts',
    azurerm_search_service: 'Microsoft.Search/searchServices',
    azurerm_storage_container: 'Microsoft.Storage/storageAccounts/blobServices/containers',
    azurerm_key_vault_key: 'Microsoft.KeyVault/vaults/keys',
    azurerm_key_vault_secret: 'Microsoft.KeyVault/vaults/secrets',
    azurerm_virtual_network: 'Microsoft.Network/virtualNetworks',
    azurerm_subnet: 'Microsoft.Network/virtualNetworks/subnets',
};
function armTypeOfAzurerm(type) {
    return AZURERM[type]?.armType ?? AZUREAD[type]?.armType ?? OTHER_TYPES[type];
}
/** Types that are never a resource in the model (the group and subscription are scopes). */
const NOT_RESOURCES = new Set(['azurerm_resource_group', 'azurerm_subscription']);
/**
 * Any other resource: a scope role assignments may name, and, with an `identity` block, a
 * principal through its system-assigned identity. Only its name, group and identity are read.
 */
function otherResource(type, block, s, at) {
    const ad = AZUREAD[type];
    const armType = ad?.armType ?? OTHER_TYPES[type];
    const identity = identityOf(block, s);
    if (NOT_RESOURCES.has(type) || (!armType && !identity) || !/^azure(rm|ad)_/.test(type))
        return undefined;
    const attr = (name) => {
        const a = block.body.attributes.find((x) => x.name === name);
        return a && eval_evaluate(a.expr, s);
    };
    const nameAttr = ad ? ad.name.find((n) => block.body.attributes.some((x) => x.name === n)) : 'name';
    const res = {
        kind: ad ? 'servicePrincipal' : 'otherResource',
        format: 'terraform',
        file: s.file.src.path,
        decl: headerLoc(block, s),
        name: nameAttr ? attr(nameAttr) : undefined,
        symbol: at.symbol,
        scope: at.dir,
        props: {},
    };
    const group = attr('resource_group_name');
    if (group && !ad)
        res.props.resourceGroup = group;
    if (armType)
        res.armType = armType;
    if (identity)
        res.identity = identity;
    return res;
}
/** An `azurerm_*` resource instance in the model, or undefined for types no rule reads. */
function mapAzurerm(type, block, s, at) {
    const m = AZURERM[type];
    if (!m)
        return otherResource(type, block, s, at);
    const decl = headerLoc(block, s);
    const source = evaluateBody(block.body, s, locOf(s, block.span));
    const a = (name) => (0,model_value/* get */.Jt)(source, name);
    const props = { ...m.props?.(a, block, s) };
    const group = a('resource_group_name');
    if (group)
        props.resourceGroup = group;
    const res = {
        kind: m.kind,
        format: 'terraform',
        file: s.file.src.path,
        decl,
        name: a('name'),
        armType: m.armType,
        symbol: at.symbol,
        scope: at.dir,
        identity: identityOf(block, s),
        props,
        source,
    };
    if (m.subKind)
        res.subKind = m.subKind;
    if (m.kind === 'workspace') {
        const kind = props.kind;
        res.subKind = kind?.t === 'str' ? (0,model_value/* normEnum */.aR)(kind.value) : undefined;
        res.subKindAt = kind;
    }
    return res;
}
/** The `identity {}` block: decl is its keyword; a `dynamic "identity"` block is an identity of unknown type. */
function identityOf(block, s0) {
    let s = s0;
    let idBlock = block.body.blocks.find((b) => b.type === 'identity');
    const dyn = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'identity');
    // A dynamic identity over a known collection: none when it is empty, its content when it has one element.
    const expanded = !idBlock && dyn ? dynamicBlocks(dyn, s) : undefined;
    if (expanded?.length === 0)
        return undefined;
    if (expanded?.length === 1) {
        idBlock = expanded[0].block;
        s = expanded[0].scope;
    }
    if (idBlock) {
        const typeAttr = idBlock.body.attributes.find((x) => x.name === 'type');
        const idsAttr = idBlock.body.attributes.find((x) => x.name === 'identity_ids');
        const ids = idsAttr ? eval_evaluate(idsAttr.expr, s) : undefined;
        const list = ids === undefined ? [] : ids.t === 'arr' ? ids.items : [ids];
        return (0,identity/* makeIdentity */.N6)(locOf(s, idBlock.typeSpan), typeAttr ? eval_evaluate(typeAttr.expr, s) : undefined, list);
    }
    if (dyn) {
        const loc = locOf(s, dyn.typeSpan);
        return (0,identity/* makeIdentity */.N6)(loc, eval_unknown(loc, "dynamic 'identity' block"), []);
    }
    return undefined;
}
/** The `encryption {}` block of a workspace (located at its keyword) and its key vault, key and identity. */
function encryption(a, block, s) {
    const enc = a('encryption');
    const kw = block.body.blocks.find((b) => b.type === 'encryption');
    if (!enc || enc.t !== 'obj' || !kw)
        return {};
    return {
        encryption: { ...enc, loc: locOf(s, kw.typeSpan) },
        encryptionKeyVault: (0,model_value/* get */.Jt)(enc, 'key_vault_id'),
        encryptionKeyId: (0,model_value/* get */.Jt)(enc, 'key_id'),
        encryptionIdentity: (0,model_value/* get */.Jt)(enc, 'user_assigned_identity_id'),
    };
}
/** `access_policy` blocks in the ARM shape `{tenantId, objectId, applicationId, permissions: {keys, secrets, certificates, storage}}`. */
function accessPolicies(block, s) {
    const blocks = block.body.blocks.filter((b) => b.type === 'access_policy');
    const dynamic = block.body.blocks.find((b) => b.type === 'dynamic' && b.labels[0]?.value === 'access_policy');
    if (dynamic)
        return eval_unknown(locOf(s, dynamic.span), "dynamic 'access_policy' block");
    if (!blocks.length)
        return undefined;
    const items = blocks.map((b) => policyOf(b, s));
    return { t: 'arr', items, loc: items[0].loc };
}
/** One access policy (an `access_policy` block or an `azurerm_key_vault_access_policy`) in ARM shape. */
function policyOf(b, s) {
    const loc = locOf(s, b.span);
    const body = evaluateBody(b.body, s, loc);
    const pick = (from, to) => {
        const e = body.entries.find((x) => x.key === from);
        return e ? [{ ...e, key: to }] : [];
    };
    const permissions = {
        t: 'obj',
        entries: [...pick('key_permissions', 'keys'), ...pick('secret_permissions', 'secrets'), ...pick('certificate_permissions', 'certificates'), ...pick('storage_permissions', 'storage')],
        loc,
    };
    const entries = [...pick('tenant_id', 'tenantId'), ...pick('object_id', 'objectId'), ...pick('application_id', 'applicationId'), { key: 'permissions', keyLoc: locOf(s, b.typeSpan), value: permissions }];
    return { t: 'obj', entries, loc };
}
/** Datastore secrets under the names the AML YAML uses (`account_key`, `sas_token`, `client_secret`); undefined = identity-based. */
function credentials(block, s, a) {
    const names = [
        ['account_key', 'account_key'],
        ['shared_access_signature', 'sas_token'],
        ['client_id', 'client_id'],
        ['client_secret', 'client_secret'],
        ['tenant_id', 'tenant_id'],
    ];
    const entries = [];
    for (const [tf, yaml] of names) {
        const attr = block.body.attributes.find((x) => x.name === tf);
        const v = a(tf);
        if (attr && v)
            entries.push({ key: yaml, keyLoc: locOf(s, attr.nameSpan), value: v });
    }
    if (!entries.some((e) => e.key === 'account_key' || e.key === 'sas_token' || e.key === 'client_secret'))
        return undefined;
    const loc = headerLoc(block, s);
    return { t: 'obj', entries, loc };
}
//# sourceMappingURL=azurerm.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/fingerprint.js

/**
 * A module call's arguments as text that ignores where values are written, so two calls of one
 * folder with the same arguments can share one evaluation. Undefined when an argument is not
 * known and names no resource (two such unknowns may differ).
 */
function fingerprintArgs(block, s, meta) {
    const parts = [];
    for (const a of [...block.body.attributes].sort((x, y) => (x.name < y.name ? -1 : 1))) {
        if (meta.has(a.name))
            continue;
        const text = valueText(eval_evaluate(a.expr, s));
        if (text === undefined)
            return undefined;
        parts.push(`${a.name}=${text}`);
    }
    return parts.join(';');
}
function valueText(v) {
    switch (v.t) {
        case 'str':
        case 'num':
        case 'bool':
            return JSON.stringify(v.value);
        case 'null':
            return 'null';
        case 'arr': {
            const items = v.items.map(valueText);
            return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
        }
        case 'obj': {
            const entries = v.entries.map((e) => [e.key, valueText(e.value)]);
            return entries.some(([, t]) => t === undefined) ? undefined : `{${entries.map(([k, t]) => `${JSON.stringify(k)}:${t}`).join(',')}}`;
        }
        case 'unknown': {
            const r = v.ref;
            return r?.symbol ? `ref(${r.scope}#${r.instance ?? ''}#${r.symbol}.${r.property ?? ''})` : undefined;
        }
    }
}
//# sourceMappingURL=fingerprint.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform/module.js







/** Module calls nest at most this deep (real trees are 2–3 levels). */
const module_MAX_MODULE_DEPTH = 8;
/** Module-call arguments that configure Terraform rather than pass a variable. */
const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
/** Attribute names of references and the `ResourceRef.property` they read. */
const module_REF_PROPERTIES = { id: 'id', principal_id: 'principalId', object_id: 'principalId', client_id: 'clientId', tenant_id: 'tenantId', name: 'name' };
/**
 * One evaluation of a module folder: the root module (variables from tfvars, else defaults) or a
 * module called with arguments. Values are computed on demand and cached; per-name guards turn
 * cycles into unknowns.
 */
class ModuleInstance {
    ctx;
    index;
    caller;
    chain;
    path;
    calledFrom;
    maybe;
    cache = new Map();
    busy = new Set();
    calls = new Map();
    instances = new Map();
    byFile;
    maxIterations;
    constructor(ctx, index, 
    /** The `module` block that calls this instance and where it is written; undefined for a root module. */
    caller, 
    /** Folders on the call path, this one last (cycle guard). */
    chain, 
    /** The instance address: `module.a["x"].module.b`; empty for a root module. */
    path = '', 
    /** The module calls on the way here, outermost first. */
    calledFrom = [], 
    /** Why this instance may not exist (its call's count or for_each is not known). */
    maybe) {
        this.ctx = ctx;
        this.index = index;
        this.caller = caller;
        this.chain = chain;
        this.path = path;
        this.calledFrom = calledFrom;
        this.maybe = maybe;
        this.maxIterations = ctx.maxLoopIterations;
    }
    tooMany(loc, what, size) {
        loopNotes(this.ctx).push({ loc, message: `${what} has ${size} elements, more than the ${this.maxIterations} amlguard expands (option maxLoopIterations): read as not known.` });
    }
    get budget() {
        return this.ctx.budget;
    }
    /** Resources declared in `path` (one of this module's files), with those of the modules it calls. */
    resourcesOf(path) {
        return this.resourcesByFile().get(path) ?? [];
    }
    allResources() {
        return [...this.resourcesByFile().values()].flat();
    }
    resourcesByFile() {
        if (this.byFile)
            return this.byFile;
        const map = new Map();
        this.byFile = map;
        const emitted = this.ctx.memo('tf-emitted-instances', () => new Set());
        for (const file of this.index.files) {
            const out = [];
            for (const item of topItems(file)) {
                if (item.kind !== 'block')
                    continue;
                if (item.type === 'resource' && item.labels.length >= 2)
                    (0,append/* appendAll */.u)(out, this.expand(item, file));
                else if (item.type === 'module' && item.labels.length) {
                    for (const inst of this.instancesOf(item, file)) {
                        const child = this.call({ node: item, file }, inst);
                        // Calls with identical arguments share one instance: its resources are listed once.
                        if (!child || emitted.has(child))
                            continue;
                        emitted.add(child);
                        (0,append/* appendAll */.u)(out, child.allResources());
                    }
                }
            }
            map.set(file.src.path, out);
        }
        return map;
    }
    expand(block, file) {
        const type = block.labels[0].value;
        const out = [];
        for (const inst of this.instancesOf(block, file)) {
            const s = { env: this, file, each: inst.each, count: inst.count };
            const at = { symbol: inst.symbol, dir: this.index.dir };
            const r = type === 'azapi_resource' ? mapAzapi(block, s, at) : mapAzurerm(type, block, s, at);
            if (!r)
                continue;
            const instance = this.label(inst);
            if (instance)
                r.instance = instance;
            if (this.calledFrom.length)
                r.calledFrom = this.calledFrom;
            const maybe = inst.maybe ?? this.maybe;
            if (maybe)
                r.maybeDeployed = maybe;
            out.push(r);
        }
        return out;
    }
    /** `Resource.instance` of an instance in this module: the module address, then the resource's own index. */
    label(inst) {
        const own = inst?.key !== undefined ? inst.symbol : undefined;
        return [this.path, own].filter(Boolean).join('.') || undefined;
    }
    /**
     * A block's instances. `count = n` gives n (none for 0, e.g. `var.grant ? 1 : 0` with `grant`
     * false); `for_each` over a known map or set gives one per element with `each` bound; a count
     * or collection not known statically gives one instance that may not exist; a loop over the
     * cap is read the same way, with a note.
     */
    instancesOf(block, file) {
        const hit = this.instances.get(block);
        if (hit)
            return hit;
        const list = this.expandLoop(block, file);
        this.instances.set(block, list);
        return list;
    }
    expandLoop(block, file) {
        const prefix = block.type === 'data' ? 'data.' : block.type === 'module' ? 'module.' : '';
        const address = prefix + block.labels.map((l) => l.value).slice(0, block.type === 'module' ? 1 : 2).join('.');
        const s = { env: this, file };
        const countAttr = attrOf(block, 'count');
        const forEachAttr = attrOf(block, 'for_each');
        const maybe = (attr, why) => [{ symbol: address, maybe: `${attr.name} = ${textOf(s, attr.expr.span)} is not known (${why})` }];
        const over = (attr, size) => {
            this.tooMany(s.file.src.loc(attr.expr.span.start, attr.expr.span.end), `the ${attr.name} of ${address}`, size);
            return maybe(attr, `more than ${this.maxIterations} instances`);
        };
        if (countAttr) {
            const c = eval_evaluate(countAttr.expr, s);
            if (c.t !== 'num')
                return maybe(countAttr, c.t === 'unknown' ? c.why : `a ${c.t}`);
            const n = Math.max(0, Math.floor(c.value));
            if (n > this.maxIterations)
                return over(countAttr, n);
            return Array.from({ length: n }, (_, i) => ({ symbol: `${address}[${i}]`, key: i, count: { t: 'num', value: i, loc: c.loc } }));
        }
        if (forEachAttr) {
            const v = eval_evaluate(forEachAttr.expr, s);
            // A set of strings: each.key and each.value are the string.
            const elems = v.t === 'arr' ? (v.items.every((i) => i.t === 'str') ? dedupeStrings(v.items).map((i) => ({ key: i, value: i })) : undefined) : loopElements(v);
            if (!elems)
                return maybe(forEachAttr, v.t === 'unknown' ? v.why : `a ${v.t}`);
            if (elems.length > this.maxIterations)
                return over(forEachAttr, elems.length);
            return elems.map((e) => {
                const key = e.key.t === 'str' ? e.key.value : String(e.key.value);
                return { symbol: `${address}[${JSON.stringify(key)}]`, key, each: { key: { t: 'str', value: key, loc: e.key.loc }, value: e.value } };
            });
        }
        return [{ symbol: address }];
    }
    /**
     * The instance one iteration of a local module call evaluates to; null for registry/git
     * sources, missing folders and cycles. Calls of one folder with identical arguments share an
     * instance.
     */
    call(decl, inst) {
        const callKey = `${decl.node.span.start}:${decl.file.src.path}:${inst.symbol}`;
        const hit = this.calls.get(callKey);
        if (hit !== undefined)
            return hit;
        this.calls.set(callKey, null);
        const dir = calledDir(this.index.dir, decl.node);
        if (!dir || this.chain.length >= module_MAX_MODULE_DEPTH || this.chain.includes(dir))
            return null;
        const index = moduleIndex(this.ctx, dir);
        if (!index.files.length || !this.ctx.budget.moduleCall(decl.file.src.loc(decl.node.span.start, decl.node.span.end)))
            return null;
        const scope = { env: this, file: decl.file, each: inst.each, count: inst.count };
        const name = inst.symbol;
        const path = [this.path, name].filter(Boolean).join('.');
        const site = { loc: decl.file.src.loc(decl.node.typeSpan.start, decl.node.labels[0].span.end), message: `module instance '${path}'` };
        const make = () => new ModuleInstance(this.ctx, index, { block: decl.node, scope }, [...this.chain, dir], path, [...this.calledFrom, site], inst.maybe ?? this.maybe);
        const args = inst.maybe || this.maybe ? undefined : fingerprintArgs(decl.node, scope, CALL_META);
        const child = args === undefined ? make() : this.ctx.memo(`tf-call:${dir}#${args}`, make);
        this.calls.set(callKey, child);
        return child;
    }
    /** Computes a value once; a cycle back into it reads as unknown. */
    once(key, loc, cycle, compute) {
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        if (this.busy.has(key))
            return eval_unknown(loc, cycle);
        this.busy.add(key);
        try {
            const v = compute();
            this.cache.set(key, v);
            return v;
        }
        finally {
            this.busy.delete(key);
        }
    }
    /** Known values keep where they are written; unknowns are reported where they are used. */
    static at(v, loc) {
        return v.t === 'unknown' ? { ...v, loc } : v;
    }
    variable(name, from, loc) {
        const decl = files_pick(this.index.variables.get(name), from.file);
        const key = `var:${decl?.file.src.path ?? ''}:${name}`;
        const v = this.once(key, loc, `variable '${name}' refers to itself`, () => {
            const arg = this.caller?.block.body.attributes.find((a) => a.name === name && !CALL_META.has(a.name));
            if (this.caller && arg)
                return eval_evaluate(arg.expr, this.caller.scope);
            if (!this.caller) {
                // Later tfvars files win.
                for (let i = this.index.tfvars.length - 1; i >= 0; i--) {
                    const file = this.index.tfvars[i];
                    const a = topItems(file).find((x) => x.kind === 'attribute' && x.name === name);
                    if (a?.kind === 'attribute')
                        return eval_evaluate(a.expr, { env: this, file, literalOnly: true });
                }
            }
            if (!decl)
                return eval_unknown(loc, `variable '${name}' is not declared`);
            const def = attrOf(decl.node, 'default');
            if (!def)
                return eval_unknown(loc, `variable '${name}' has no default`);
            return eval_evaluate(def.expr, { env: this, file: decl.file, literalOnly: true });
        });
        return ModuleInstance.at(v, loc);
    }
    local(name, from, loc) {
        const decl = files_pick(this.index.locals.get(name), from.file);
        if (!decl)
            return eval_unknown(loc, `local '${name}' is not declared`);
        const key = `local:${decl.file.src.path}:${name}`;
        const v = this.once(key, loc, `local '${name}' refers to itself`, () => eval_evaluate(decl.node.expr, { env: this, file: decl.file }));
        return ModuleInstance.at(v, loc);
    }
    resource(type, name, steps, from, loc) {
        const decl = files_pick(this.index.resources.get(`${type}.${name}`), from.file);
        return this.reference(type, `${type}.${name}`, decl, steps, from, loc);
    }
    data(type, name, steps, from, loc) {
        // The principal running Terraform: someone outside the repository, never an identity it declares.
        if (type === 'azurerm_client_config' && steps.length === 1 && steps[0].kind === 'attr' && steps[0].name === 'object_id') {
            return eval_unknown(loc, `data.azurerm_client_config.${name}.object_id is the principal running Terraform`, { type: DEPLOYER_TYPE, name: 'the principal running Terraform', property: 'principalId' });
        }
        const decl = files_pick(this.index.data.get(`${type}.${name}`), from.file);
        return this.reference(type, `data.${type}.${name}`, decl, steps, from, loc);
    }
    /**
     * `addr[key].attr…`: the name, and attributes written in the block, are known inputs; anything
     * else (id, principal_id, outputs) is known only after apply: an unknown with a reference.
     */
    reference(type, address, decl, steps, from, loc) {
        let rest = steps;
        let inst;
        if (rest[0]?.kind === 'index') {
            const k = eval_evaluate(rest[0].key, from);
            if (decl && (k.t === 'str' || k.t === 'num'))
                inst = this.instancesOf(decl.node, decl.file).find((i) => i.key === k.value);
            rest = rest.slice(1);
        }
        else if (rest[0]?.kind === 'splat')
            return eval_unknown(loc, `${address}[*] is not evaluated`);
        if (!inst && decl) {
            const all = this.instancesOf(decl.node, decl.file);
            if (all.length === 1)
                inst = all[0];
        }
        const first = rest[0]?.kind === 'attr' ? rest[0].name : undefined;
        const scope = decl && { env: this, file: decl.file, each: inst?.each, count: inst?.count };
        const nameValue = decl && scope ? this.attribute(decl, 'name', scope, inst, loc) : undefined;
        if (first && first !== 'id' && decl && scope && attrOf(decl.node, first)) {
            const v = first === 'name' ? nameValue : this.attribute(decl, first, scope, inst, loc);
            if (v.t !== 'unknown')
                return applySteps(v, rest.slice(1), from, loc);
        }
        const attrs = rest.flatMap((s) => (s.kind === 'attr' ? [s.name] : []));
        const last = attrs[attrs.length - 1];
        const ref = {
            type: type === 'azapi_resource' ? (decl && scope ? azapiType(decl.node, scope)?.type : undefined) : armTypeOfAzurerm(type),
            name: nameValue?.t === 'str' ? nameValue.value : undefined,
            symbol: inst?.symbol ?? address,
            scope: this.index.dir,
            instance: this.label(inst) ?? (this.path || undefined),
            property: last === undefined ? undefined : (module_REF_PROPERTIES[last] ?? attrs.join('.')),
        };
        for (const k of Object.keys(ref))
            if (ref[k] === undefined)
                delete ref[k];
        const what = [ref.symbol, ...attrs].join('.');
        const why = address.startsWith('data.') ? `${what} is read from Azure at plan time` : decl ? `${what} is known only after apply` : `${what} is not declared in this module`;
        return eval_unknown(loc, why, ref);
    }
    /** An attribute written in a resource or data block, evaluated where it is written. */
    attribute(decl, name, scope, inst, loc) {
        const attr = attrOf(decl.node, name);
        if (!attr)
            return eval_unknown(loc, `no '${name}' argument`);
        const key = `attr:${decl.file.src.path}:${decl.node.span.start}:${inst?.symbol ?? ''}:${name}`;
        return ModuleInstance.at(this.once(key, loc, `'${name}' refers to itself`, () => eval_evaluate(attr.expr, scope)), loc);
    }
    /** `module.m.output…`: the output's expression evaluated in the called module. */
    module(name, steps, from, loc) {
        const decl = files_pick(this.index.modules.get(name), from.file);
        if (!decl)
            return eval_unknown(loc, `module '${name}' is not declared`);
        const all = this.instancesOf(decl.node, decl.file);
        let inst = all.length === 1 && steps[0]?.kind !== 'index' ? all[0] : undefined;
        if (steps[0]?.kind === 'index') {
            const k = eval_evaluate(steps[0].key, from);
            inst = k.t === 'str' || k.t === 'num' ? all.find((i) => i.key === k.value) : undefined;
        }
        const rest = steps[0]?.kind === 'index' ? steps.slice(1) : steps;
        if (rest[0]?.kind !== 'attr')
            return eval_unknown(loc, `module.${name} as a whole is not evaluated`);
        if (!inst)
            return eval_unknown(loc, all.length ? `which instance of module.${name} is meant is not known` : `module.${name} creates no instance`);
        const child = this.call(decl, inst);
        if (!child)
            return eval_unknown(loc, `module '${name}' is not a local module that can be read`);
        return applySteps(child.output(rest[0].name, loc), rest.slice(1), from, loc);
    }
    output(name, loc) {
        const decl = this.index.outputs.get(name)?.[0];
        const value = decl && attrOf(decl.node, 'value');
        if (!decl || !value)
            return eval_unknown(loc, `module output '${name}' is not declared`);
        const v = this.once(`output:${name}`, loc, `output '${name}' refers to itself`, () => eval_evaluate(value.expr, { env: this, file: decl.file }));
        return ModuleInstance.at(v, loc);
    }
}
/** `ResourceRef.type` of the principal running Terraform (`data.azurerm_client_config.x.object_id`). */
const DEPLOYER_TYPE = 'deployer';
function dedupeStrings(items) {
    const seen = new Set();
    return items.filter((i) => i.t === 'str' && !seen.has(i.value) && !!seen.add(i.value));
}
/** The folder a `module` block calls, when its source is a local path inside the scan. */
function calledDir(fromDir, block) {
    const source = attrOf(block, 'source')?.expr;
    const path = source?.kind === 'string' ? source.value : undefined;
    if (!path || !/^\.\.?\//.test(path))
        return undefined;
    const dir = external_node_path_.posix.normalize(external_node_path_.posix.join(fromDir, path)).replace(/\/$/, '');
    return dir.startsWith('..') ? undefined : dir;
}
/**
 * Loop-limit notes met while evaluating, wherever the loop is (a module file, maybe read through
 * another file's call): each read hands over those gathered so far.
 */
function loopNotes(ctx) {
    return ctx.memo('tf-loop-notes', () => []);
}
/** The root-module evaluation of a folder, once per run. */
function rootModule(ctx, dir, self) {
    const index = moduleIndex(ctx, dir);
    // A file missing from the folder listing still gets a module of its own.
    if (self && !index.files.includes(self)) {
        return ctx.memo(`tf-module:${dir}#${self.src.path}`, () => new ModuleInstance(ctx, moduleIndex(ctx, dir, self.src), undefined, [dir]));
    }
    return ctx.memo(`tf-module:${dir}`, () => new ModuleInstance(ctx, index, undefined, [dir]));
}
//# sourceMappingURL=module.js.map
;// CONCATENATED MODULE: ./lib/src/readers/terraform.js



/**
 * Terraform works per module, i.e. per folder: a `.tf` file is evaluated with the variables,
 * locals, resources and module calls of every `.tf` file beside it (and `terraform.tfvars` /
 * `*.auto.tfvars` values). The folder is evaluated once per run; each file returns the resources
 * it declares, plus those of the local modules it calls.
 */
function readTerraform(src, ctx) {
    const file = loadFile(ctx, src.path, src);
    if (!file)
        return { resources: [] };
    const dir = external_node_path_.posix.dirname(src.path);
    // A folder the repository calls as a module is read through its calls, with their arguments:
    // read on its own, its variable defaults would add resources no caller creates.
    const resources = calledDirs(ctx).has(dir) ? [] : rootModule(ctx, dir, file).resourcesOf(src.path);
    const parseError = problem(file);
    const notes = loopNotes(ctx).splice(0);
    return { resources, ...(parseError ? { parseError } : {}), ...(notes.length ? { notes } : {}) };
}
/** `.tfvars` declare no resources; `terraform.tfvars` and `*.auto.tfvars` feed their folder's module. */
function readTfvars(src, ctx) {
    const file = loadFile(ctx, src.path, src);
    const parseError = file && problem(file);
    return parseError ? { resources: [], parseError } : { resources: [] };
}
/** Folders that a `.tf` file of the scan calls as a local module. */
function calledDirs(ctx) {
    return ctx.memo('tf-called-dirs', () => {
        const dirs = new Set();
        for (const path of ctx.files) {
            if (!/\.tf(\.json)?$/i.test(path))
                continue;
            const file = loadFile(ctx, path);
            if (!file)
                continue;
            for (const item of topItems(file)) {
                if (item.kind !== 'block' || item.type !== 'module')
                    continue;
                const dir = calledDir(external_node_path_.posix.dirname(path), item);
                if (dir && dir !== external_node_path_.posix.dirname(path))
                    dirs.add(dir);
            }
        }
        return dirs;
    });
}
function problem(file) {
    const first = file.hcl.errors.reduce((a, e) => (!a || e.span.start < a.span.start ? e : a), undefined);
    if (!first)
        return undefined;
    return { message: first.message, start: first.span.start, end: first.span.end, certain: true };
}
//# sourceMappingURL=terraform.js.map
;// CONCATENATED MODULE: ./lib/src/formats/terraform/index.js



/** Terraform `.tf` (azurerm and azapi), evaluated per module folder. */
const terraform = defineFormat({
    id: 'terraform',
    title: 'Terraform (HCL)',
    extensions: ['.tf'],
    read: readTerraform,
    modelFormat: 'terraform',
    comments: HCL,
    fixtureMarkers: openers(HCL),
    fence: 'hcl',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/terraform-json/index.js


/**
 * Terraform JSON syntax (`*.tf.json`, as CDK for Terraform and generators emit it): read into the
 * same module as the `.tf` files beside it. JSON has no comments, so inline directives do not
 * apply; fixtures mark expected findings with Terraform's own comment property, `"//": "expect: id"`.
 */
const terraformJson = defineFormat({
    id: 'terraform-json',
    title: 'Terraform JSON syntax',
    extensions: ['.tf.json'],
    read: readTerraform,
    modelFormat: 'terraform',
    comments: [],
    fixtureMarkers: ['"//": "'],
    fence: 'json',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/tfvars/index.js



/** `.tfvars`: no resources; `terraform.tfvars` and `*.auto.tfvars` feed their folder's module. */
const tfvars = defineFormat({
    id: 'tfvars',
    title: 'Terraform variable files',
    extensions: ['.tfvars'],
    read: readTfvars,
    modelFormat: 'terraform',
    comments: HCL,
    fixtureMarkers: openers(HCL),
    fence: 'hcl',
});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/formats/registry.js
// Every input format, one line each. Discovery, reader dispatch, suppression comments, the
// fixture harness, the meta-tests and the docs all read this list; adding a format is one line here.











/** In dispatch order: among formats sharing an extension, the first whose content test passes reads the file. */
const FORMATS = [ciYaml, amlYaml, armJson, armParams, bicep, bicepparam, terraform, terraformJson, tfvars, shell, powershell];
const extensionOf = (path) => {
    const name = path.toLowerCase();
    let best;
    for (const f of FORMATS)
        for (const ext of f.extensions)
            if (name.endsWith(ext) && (!best || ext.length > best.length))
                best = ext;
    return best;
};
/** The formats a file name may be (same longest extension), in dispatch order; empty when amlguard does not read it. */
function candidatesFor(path) {
    const ext = extensionOf(path);
    return ext ? FORMATS.filter((f) => f.extensions.includes(ext)) : [];
}
/** The format that reads a file: the first candidate whose content test accepts the text. */
function formatFor(path, text) {
    return candidatesFor(path).find((f) => !f.accepts || f.accepts(text, path));
}
/** True when every format a file name may be reads it alone (a read worker may take it). */
function readsAlone(path) {
    const c = candidatesFor(path);
    return c.length > 0 && c.every((f) => f.readsAlone);
}
/** The comment forms that may carry directives in a file (none for a format without comments). */
function commentsFor(path) {
    const seen = new Map();
    for (const f of candidatesFor(path))
        for (const c of f.comments)
            seen.set(c.open, c);
    return [...seen.values()];
}
//# sourceMappingURL=registry.js.map

/***/ }),

/***/ 4178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ appendAll)
/* harmony export */ });
/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument and throws "Maximum call stack size exceeded" past about 100,000 of them.
 */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}
//# sourceMappingURL=append.js.map

/***/ }),

/***/ 3804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ EvalBudget)
/* harmony export */ });
/* unused harmony exports DEFAULT_EVAL_LIMITS, MAX_EVAL_DEPTH */
const DEFAULT_EVAL_LIMITS = {
    evalSteps: 1_000_000,
    valueSize: 1_000_000,
    moduleInstances: 1_000,
    secondsPerFile: 10,
};
/** Expression nesting while evaluating (variables referring to variables…): a stack guard, not configurable. */
const MAX_EVAL_DEPTH = 400;
/** Checked every this many steps: reading the clock on every step would cost more than the step. */
const CLOCK_EVERY = 1024;
class EvalBudget {
    setBy;
    limits;
    steps = 0;
    modules = 0;
    depth = 0;
    deadline = Infinity;
    /** Why every further evaluation in this file is unknown (steps or time spent). */
    spent;
    crossing;
    /** Computed size of values already checked: shared sub-values are weighed once. */
    weights = new WeakMap();
    /** `setBy`: where the limits come from, quoted in messages (`default`, `.amlguard.yml`). */
    constructor(limits = {}, setBy = {}) {
        this.setBy = setBy;
        this.limits = { ...DEFAULT_EVAL_LIMITS, ...limits };
    }
    /** Starts a file read with a fresh budget. */
    begin() {
        this.steps = 0;
        this.modules = 0;
        this.depth = 0;
        this.spent = undefined;
        this.crossing = undefined;
        this.deadline = performance.now() + this.limits.secondsPerFile * 1000;
    }
    /** Ends a file read: the first limit it crossed, if any. */
    end() {
        const c = this.crossing;
        this.deadline = Infinity;
        return c;
    }
    /** What the current file read has used so far (the fuzz suite checks it stays within the limits). */
    get used() {
        return { steps: this.steps, modules: this.modules };
    }
    /** True once a limit was crossed in this file read (memoized results must not be shared then). */
    get crossed() {
        return this.crossing !== undefined;
    }
    /**
     * Enters one evaluation at `loc`: an unknown value when the budget is spent or evaluation nests
     * too deep (then do not call `leave`), else undefined (call `leave` when done).
     */
    enter(loc) {
        if (this.spent)
            return unknown(loc, this.spent);
        if (++this.steps > this.limits.evalSteps) {
            this.spent = this.cross(loc, `too large to evaluate: more than ${this.limits.evalSteps} evaluation steps`, this.limits.evalSteps, 'evalSteps');
            return unknown(loc, this.spent);
        }
        if (this.steps % CLOCK_EVERY === 0 && performance.now() > this.deadline) {
            this.spent = this.cross(loc, `too slow to evaluate: over ${this.limits.secondsPerFile} s`, `${this.limits.secondsPerFile} s`, 'secondsPerFile');
            return unknown(loc, this.spent);
        }
        if (this.depth >= MAX_EVAL_DEPTH)
            return unknown(loc, this.cross(loc, 'too deep to evaluate: expressions nest', MAX_EVAL_DEPTH));
        this.depth++;
        return undefined;
    }
    leave() {
        this.depth--;
    }
    /** The value, or an unknown when it is larger than any computed value may be. */
    fit(v, loc) {
        const size = this.weigh(v);
        if (size <= this.limits.valueSize)
            return v;
        const what = v.t === 'str' ? `a computed string of ${size} characters` : `a computed ${v.t === 'arr' ? 'array' : 'object'} of ${size} elements`;
        return unknown(loc, this.cross(loc, `too large to evaluate: ${what}`, this.limits.valueSize, 'valueSize'));
    }
    /** Counts one module instance: false (and a crossing at `loc`) when the file read has evaluated its limit. */
    moduleCall(loc) {
        if (this.spent)
            return false;
        if (++this.modules <= this.limits.moduleInstances)
            return true;
        this.cross(loc, `too large to evaluate: more than ${this.limits.moduleInstances} module instances`, this.limits.moduleInstances, 'moduleInstances');
        return false;
    }
    /** Records the first crossing of the file read; returns the reason an unknown value gives. */
    cross(loc, what, limit, key) {
        const setBy = key ? (this.setBy[key] ?? 'default') : 'built-in';
        const message = `${what}, limit ${limit}, set by ${setBy}${key ? ` (limits.${key})` : ''}`;
        this.crossing ??= { message, loc };
        return message;
    }
    /** Characters and elements of a value, through nesting; shared parts are weighed once and cached. */
    weigh(v) {
        if (v.t === 'str')
            return v.value.length;
        if (v.t !== 'arr' && v.t !== 'obj')
            return 1;
        const hit = this.weights.get(v);
        if (hit !== undefined)
            return hit;
        let n = 1;
        if (v.t === 'arr')
            for (const i of v.items)
                n += this.weigh(i);
        else
            for (const e of v.entries)
                n += e.key.length + this.weigh(e.value);
        this.weights.set(v, n);
        return n;
    }
}
function unknown(loc, why) {
    return { t: 'unknown', loc, why };
}
//# sourceMappingURL=eval-budget.js.map

/***/ }),

/***/ 8084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ fromArmShape),
/* harmony export */   QP: () => (/* binding */ kindOfArmType)
/* harmony export */ });
/* unused harmony export readArmIdentity */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4552);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1925);


const KINDS = {
    'microsoft.machinelearningservices/workspaces': 'workspace',
    'microsoft.machinelearningservices/workspaces/computes': 'compute',
    'microsoft.machinelearningservices/workspaces/onlineendpoints': 'onlineEndpoint',
    'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': 'onlineDeployment',
    'microsoft.machinelearningservices/workspaces/batchendpoints': 'batchEndpoint',
    'microsoft.machinelearningservices/workspaces/datastores': 'datastore',
    'microsoft.machinelearningservices/workspaces/connections': 'connection',
    'microsoft.machinelearningservices/registries': 'registry',
    'microsoft.containerregistry/registries': 'containerRegistry',
    'microsoft.keyvault/vaults': 'keyVault',
    'microsoft.keyvault/vaults/accesspolicies': 'keyVaultAccessPolicy',
    'microsoft.storage/storageaccounts': 'storageAccount',
    'microsoft.insights/components': 'appInsights',
    'microsoft.managedidentity/userassignedidentities': 'userAssignedIdentity',
    'microsoft.authorization/roleassignments': 'roleAssignment',
    'microsoft.authorization/roledefinitions': 'roleDefinition',
    'microsoft.containerservice/managedclusters': 'aksCluster',
};
function kindOfArmType(type) {
    return KINDS[type.toLowerCase()];
}
/** `identity: { type, userAssignedIdentities: { <id>: {} } }` in ARM shape. */
function readArmIdentity(body) {
    const id = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(body, 'identity');
    if (!id || id.t !== 'obj')
        return undefined;
    const decl = body.t === 'obj' ? (body.entries.find((e) => e.key.toLowerCase() === 'identity')?.keyLoc ?? id.loc) : id.loc;
    const uais = [];
    const map = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(id, 'userAssignedIdentities');
    if (map?.t === 'obj')
        for (const e of map.entries)
            uais.push(e.keyValue ?? { t: 'str', value: e.key, loc: e.keyLoc });
    else if (map?.t === 'unknown')
        uais.push(map);
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .makeIdentity */ .N6)(decl, (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(id, 'type'), uais);
}
/** Maps an ARM-shaped resource into the model; undefined for types no rule cares about. */
function fromArmShape(r) {
    const kind = kindOfArmType(r.type);
    if (!kind)
        return undefined;
    const props = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(r.body, 'properties');
    const p = (name) => (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(props, name);
    const base = {
        kind,
        format: r.format,
        file: r.file,
        decl: r.decl,
        name: lastSegment(r.name),
        armType: r.type,
        symbol: r.symbol,
        scope: r.scope,
        identity: readArmIdentity(r.body),
        props: {},
        source: r.body,
    };
    if (r.instance)
        base.instance = r.instance;
    if (r.calledFrom?.length)
        base.calledFrom = r.calledFrom;
    if (r.maybeDeployed)
        base.maybeDeployed = r.maybeDeployed;
    if (r.resourceGroup)
        base.resourceGroup = r.resourceGroup;
    switch (kind) {
        case 'workspace': {
            const k = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(r.body, 'kind');
            base.subKind = k?.t === 'str' ? (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .normEnum */ .aR)(k.value) : undefined;
            base.subKindAt = k;
            base.props = {
                containerRegistry: p('containerRegistry'),
                storageAccount: p('storageAccount'),
                keyVault: p('keyVault'),
                applicationInsights: p('applicationInsights'),
                primaryUserAssignedIdentity: p('primaryUserAssignedIdentity'),
                hubId: p('hubResourceId'),
                kind: k,
                ...encryptionOf(props),
            };
            break;
        }
        case 'compute': {
            const t = p('computeType');
            base.subKind = t?.t === 'str' ? (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .normEnum */ .aR)(t.value) : undefined;
            base.subKindAt = t;
            // An attached compute (AKS, VM, …) names the resource it attaches.
            base.props = { computeType: t, resourceId: p('resourceId') };
            break;
        }
        case 'onlineDeployment': {
            const full = r.name.t === 'str' ? r.name.value.split('/') : [];
            // `<workspace>/<endpoint>/<deployment>`: the deployment's endpoint is its parent.
            const endpointName = full.length === 3 ? { t: 'str', value: full[1], loc: r.name.loc } : undefined;
            base.props = { endpointName, environment: p('environmentId'), environmentVariables: p('environmentVariables') };
            break;
        }
        case 'storageAccount': {
            const acls = p('networkAcls');
            base.props = { networkDefaultAction: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(acls, 'defaultAction'), networkBypass: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(acls, 'bypass'), publicNetworkAccess: p('publicNetworkAccess') };
            break;
        }
        case 'aksCluster':
            base.props = { servicePrincipalClientId: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(p('servicePrincipalProfile'), 'clientId') };
            break;
        case 'onlineEndpoint': {
            const compute = p('compute');
            // Only Kubernetes online endpoints name a compute; managed ones have none.
            base.subKind = compute && compute.t !== 'null' ? 'kubernetes' : 'managed';
            base.props = {
                authMode: p('authMode'),
                compute,
                enforceAccessToDefaultSecretStores: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(p('properties'), 'enforce_access_to_default_secret_stores'),
            };
            break;
        }
        case 'datastore': {
            // Current API: datastoreType; the older flat shape (2020 previews): DataStoreType.
            const t = p('datastoreType');
            base.subKind = t?.t === 'str' ? (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .normEnum */ .aR)(t.value) : undefined;
            base.subKindAt = t;
            base.props = { credentials: datastoreCredentials(props), serviceDataAccessAuthIdentity: p('serviceDataAccessAuthIdentity'), accountName: p('accountName') };
            break;
        }
        case 'containerRegistry':
            base.props = { adminUserEnabled: p('adminUserEnabled') };
            break;
        case 'keyVault':
            base.props = { enableRbacAuthorization: p('enableRbacAuthorization'), accessPolicies: p('accessPolicies'), tenantId: p('tenantId'), apiVersion: r.apiVersion ? { t: 'str', value: r.apiVersion, loc: r.decl } : undefined };
            break;
        case 'keyVaultAccessPolicy':
            // Named `<vault>/add`: the vault is the parent, found through the full name.
            base.props = { accessPolicies: p('accessPolicies') };
            break;
        case 'roleAssignment':
            base.props = { roleDefinitionId: p('roleDefinitionId'), principalId: p('principalId'), principalType: p('principalType'), scope: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(r.body, 'scope') ?? p('scope') };
            break;
        case 'roleDefinition':
            base.props = { roleName: p('roleName'), permissions: p('permissions'), assignableScopes: p('assignableScopes') };
            break;
        default:
            base.props = {};
    }
    // Child resources keep their full `parent/child` name so the graph can find their workspace.
    base.props.fullName = r.name;
    return base;
}
/** A property's value located at its key: findings about a block point at the block's name. */
function keyed(obj, name) {
    if (obj?.t !== 'obj')
        return undefined;
    const e = obj.entries.find((x) => x.key.toLowerCase() === name.toLowerCase());
    return e && { ...e.value, loc: e.keyLoc };
}
/**
 * `properties.encryption` of a workspace with a customer-managed key: the key vault
 * (`keyVaultProperties.keyVaultArmId`), the key (`keyIdentifier`) and the identity that reads it
 * (`identity.userAssignedIdentity`). `status: Disabled` means no CMK.
 */
function encryptionOf(props) {
    const enc = keyed(props, 'encryption');
    if (!enc || enc.t !== 'obj')
        return {};
    const status = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(enc, 'status');
    if (status?.t === 'str' && (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .normEnum */ .aR)(status.value) === 'disabled')
        return {};
    const kvp = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(enc, 'keyVaultProperties');
    return {
        encryption: enc,
        encryptionKeyVault: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(kvp, 'keyVaultArmId'),
        encryptionKeyId: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(kvp, 'keyIdentifier'),
        encryptionIdentity: (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(enc, 'identity'), 'userAssignedIdentity'),
    };
}
/** ARM secret kinds → the names the AML YAML uses, so one rule reads every format. */
const SECRET_OF_TYPE = {
    accountkey: ['key', 'account_key'],
    sas: ['sasToken', 'sas_token'],
    serviceprincipal: ['clientSecret', 'client_secret'],
    certificate: ['certificate', 'certificate'],
};
/** The flat shape of 2020-era templates: credentials as properties of the datastore. */
const FLAT_FIELDS = [
    ['AccountKey', 'account_key'],
    ['SasToken', 'sas_token'],
    ['ClientSecret', 'client_secret'],
    ['Certificate', 'certificate'],
    ['Password', 'password'],
    ['TenantId', 'tenant_id'],
    ['ClientId', 'client_id'],
];
/**
 * A datastore's cached credentials in the YAML shape (`{account_key}`, `{tenant_id, client_id,
 * client_secret}` …), from `properties.credentials` (`credentialsType` + `secrets`) or from the
 * flat 2020 shape (`AccountKey`, `SasToken`, `ClientSecret`, `Password`). A flat field counts when
 * its value is given: a literal, a required parameter or an expression such as
 * `listKeys(…).keys[0].value` (whatever it yields is cached); a conditional that may yield null does not.
 */
function datastoreCredentials(props) {
    const creds = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(props, 'credentials');
    if (creds && creds.t === 'obj') {
        const type = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(creds, 'credentialsType');
        if (type?.t !== 'str')
            return type?.t === 'unknown' ? type : undefined;
        const secret = SECRET_OF_TYPE[(0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .normEnum */ .aR)(type.value)];
        if (!secret)
            return { t: 'obj', entries: [], loc: creds.loc };
        const value = (0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)((0,_value_js__WEBPACK_IMPORTED_MODULE_1__/* .getCI */ .th)(creds, 'secrets'), secret[0]) ?? type;
        const entries = [{ key: secret[1], keyLoc: type.loc, value }];
        for (const [arm, yaml] of [['tenantId', 'tenant_id'], ['clientId', 'client_id']]) {
            const e = creds.entries.find((x) => x.key.toLowerCase() === arm.toLowerCase());
            if (e)
                entries.push({ key: yaml, keyLoc: e.keyLoc, value: e.value });
        }
        return { t: 'obj', entries, loc: creds.loc };
    }
    if (!props || props.t !== 'obj')
        return undefined;
    const entries = [];
    for (const [arm, yaml] of FLAT_FIELDS) {
        const e = props.entries.find((x) => x.key.toLowerCase() === arm.toLowerCase());
        if (!e)
            continue;
        const given = (e.value.t === 'str' && e.value.value !== '') || (e.value.t === 'unknown' && !/^if\(\)|condition/.test(e.value.why));
        if (given)
            entries.push({ key: yaml, keyLoc: e.keyLoc, value: e.value });
    }
    return entries.length ? { t: 'obj', entries, loc: props.loc } : undefined;
}
/** `ws/compute` → `compute` (ARM child names carry their parents'). */
function lastSegment(name) {
    if (name.t !== 'str' || !name.value.includes('/'))
        return name;
    return { ...name, value: name.value.slice(name.value.lastIndexOf('/') + 1) };
}
//# sourceMappingURL=arm-shape.js.map

/***/ }),

/***/ 4552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ makeIdentity),
/* harmony export */   WL: () => (/* binding */ sameResourceId),
/* harmony export */   oh: () => (/* binding */ sameUai),
/* harmony export */   ve: () => (/* binding */ uaiRef)
/* harmony export */ });
/* unused harmony export identityFlags */
/* harmony import */ var _placeholder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7925);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1925);


const JOB_KINDS = {
    useridentity: 'useridentity',
    managed: 'managed',
    managedidentity: 'managed',
    amltoken: 'amltoken',
};
/**
 * Reads an identity type in any spelling: ARM `SystemAssigned,UserAssigned`, Terraform
 * `SystemAssigned, UserAssigned`, YAML `system_assigned,user_assigned`, CLI `systemassigned`.
 */
function identityFlags(type) {
    if (!type)
        return { system: 'unknown', user: 'unknown' };
    if (type.t !== 'str')
        return { system: 'unknown', user: 'unknown' };
    const parts = type.value.split(',').map(_value_js__WEBPACK_IMPORTED_MODULE_0__/* .normEnum */ .aR).filter(Boolean);
    if (parts.length === 1 && JOB_KINDS[parts[0]])
        return { system: false, user: false, jobKind: JOB_KINDS[parts[0]] };
    const known = parts.every((p) => p === 'systemassigned' || p === 'userassigned' || p === 'none');
    if (!known)
        return { system: 'unknown', user: 'unknown' };
    return { system: parts.includes('systemassigned'), user: parts.includes('userassigned') };
}
function makeIdentity(decl, type, userAssigned) {
    return { decl, type, userAssigned, ...identityFlags(type) };
}
/** Resource ID comparison: case-insensitive, trailing slashes ignored. */
function sameResourceId(a, b) {
    return a.trim().replace(/\/+$/, '').toLowerCase() === b.trim().replace(/\/+$/, '').toLowerCase();
}
/** A `user_assigned_identities` entry as comparable facts; undefined when nothing about it is known. */
function uaiRef(v) {
    if (v.t === 'str') {
        if ((0,_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlaceholder */ .w)(v.value))
            return undefined;
        const id = v.value.trim().replace(/\/+$/, '');
        const name = id.split('/').pop() ?? id;
        return { id: id.toLowerCase(), name: name.toLowerCase(), label: name };
    }
    const ref = v.t === 'unknown' ? v.ref : undefined;
    if (!ref || (ref.type && ref.type.toLowerCase() !== 'microsoft.managedidentity/userassignedidentities'))
        return undefined;
    if (ref.property && ref.property !== 'id')
        return undefined;
    if (ref.name && !(0,_placeholder_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlaceholder */ .w)(ref.name))
        return { name: ref.name.toLowerCase(), label: ref.name };
    if (ref.symbol)
        return { symbol: `${ref.scope ?? ''}|${ref.symbol}`, label: ref.symbol };
    return undefined;
}
/** Whether two identity facts name the same identity (full IDs when both have one, else names, else symbols). */
function sameUai(a, b) {
    if (a.id && b.id)
        return a.id === b.id;
    if (a.name && b.name)
        return a.name === b.name;
    return !!a.symbol && a.symbol === b.symbol;
}
//# sourceMappingURL=identity.js.map

/***/ }),

/***/ 7834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex),
/* harmony export */   s: () => (/* binding */ SourceFile)
/* harmony export */ });
/** Turns UTF-16 offsets of one file's text into 1-based positions (binary search over line starts). */
class LineIndex {
    text;
    starts = [0];
    lastLine = 0;
    constructor(text) {
        this.text = text;
        if (!text.includes('\r')) {
            // The common case: search for line feeds natively instead of testing every character.
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                this.starts.push(i + 1);
            return;
        }
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        const starts = this.starts;
        // Readers ask in source order: the line of the last answer, or the next one, usually holds it.
        let lo = this.lastLine;
        if (!(starts[lo] <= clamped && (lo + 1 === starts.length || clamped < starts[lo + 1]))) {
            if (starts[lo + 1] <= clamped && (lo + 2 >= starts.length || clamped < starts[lo + 2]))
                lo++;
            else {
                lo = 0;
                let hi = starts.length - 1;
                while (lo < hi) {
                    const mid = (lo + hi + 1) >> 1;
                    if (starts[mid] <= clamped)
                        lo = mid;
                    else
                        hi = mid - 1;
                }
            }
            this.lastLine = lo;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    range(start, end) {
        return { start: this.position(start), end: this.position(Math.max(start, end)) };
    }
    /** The UTF-16 offset of a 1-based position (clamped to the text). */
    offset(pos) {
        const start = this.starts[Math.max(0, Math.min(pos.line, this.starts.length) - 1)];
        const next = this.starts[pos.line] ?? this.text.length;
        return Math.min(start + Math.max(0, pos.column - 1), next);
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line] ?? this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    }
    get lineCount() {
        return this.starts.length;
    }
}
/** Helper bound to one file: offsets → Loc. */
class SourceFile {
    path;
    text;
    index;
    constructor(path, text) {
        this.path = path;
        this.text = text;
    }
    /** Built on first use: most files that hold nothing of interest never need one. */
    get lines() {
        return (this.index ??= new LineIndex(this.text));
    }
    loc(start, end) {
        return { file: this.path, range: this.lines.range(start, end) };
    }
}
//# sourceMappingURL=located.js.map

/***/ }),

/***/ 7925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/**
 * Whether a string is a stand-in rather than a real value: `<key>`, `${{ secrets.X }}`, `$VAR`,
 * `$(var)`, `{{ x }}`, `XXXX`, `dummy`, `example-password`, … Used to keep secret rules silent on
 * documentation-style values and to treat placeholder IDs as unknown.
 */
function isPlaceholder(value) {
    const s = value.trim();
    if (s === '')
        return true;
    if (/<[^<>]*>/.test(s))
        return true; // <SUBSCRIPTION_ID>, <BASE 64 ENCODED SECRET>
    if (/\$\{\{|\{\{|\$\(|\$\{|^\$[A-Za-z_]|%[A-Za-z_]+%|__[A-Z0-9_]+__|@Microsoft\.KeyVault\(/.test(s))
        return true;
    // `#{token}#` (Azure DevOps token replacement); two searches, not `#\{.*\}#`, which is quadratic.
    const hash = s.indexOf('#{');
    if (hash >= 0 && s.indexOf('}#', hash + 2) >= 0)
        return true;
    if (/^(.)\1*$/.test(s))
        return true; // ********, xxxxxxxx
    if (/^GEN-[A-Z0-9-]+$/.test(s))
        return true; // quickstart-template generator tokens: GEN-PASSWORD, GEN-UNIQUE
    if (/^[xX*#._-]+$/.test(s) || /^x{3,}/i.test(s))
        return true;
    // Masked values keep their punctuation (`?xx=XXXX-XX-XX&xx=xxxx`); digits alone (`2222`) are dummies.
    if (!/[A-WYZa-wyz]/.test(s))
        return true;
    if (/place[\s_-]?holder|example|dummy|sample|your[\s_-]|changeme|change[\s_-]me|redacted|fake|replace|todo|not[\s_-]?a[\s_-]?real|mock|insert|\bsome[_-]|secret[\s_-]?here|key[\s_-]?here/i.test(s))
        return true;
    return false;
}
//# sourceMappingURL=placeholder.js.map

/***/ }),

/***/ 2275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_NESTING),
/* harmony export */   Q: () => (/* binding */ tooDeepMessage)
/* harmony export */ });
// Explicit limits every parser works under. Crossing one is a located parse problem on the file,
// never a stack overflow: V8 can abort the whole process (not throw) when a regular expression is
// compiled while the stack is nearly exhausted, so recursion must stop well before the limit.
/** Deepest nesting of blocks, brackets or collections any parser reads (real files stay under 30). */
const MAX_NESTING = 200;
/** The message for input nested deeper than a parser reads. */
function tooDeepMessage(depth, limit = MAX_NESTING) {
    return `too deep to read: nesting ${depth > limit ? depth : `over ${limit}`} levels, limit ${limit}`;
}
//# sourceMappingURL=budgets.js.map

/***/ }),

/***/ 3809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseYaml)
});

// UNUSED EXPORTS: safeYamlMessage

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/parsers/budgets.js
var budgets = __webpack_require__(2275);
;// CONCATENATED MODULE: ./lib/src/parsers/yaml-depth.js
// A linear estimate of a YAML stream's nesting, taken before the `yaml` package sees the text.
// That package composes recursively; thousands of levels exhaust the stack, and V8 may then abort
// the process while compiling a regular expression (a fatal error, not a catchable RangeError).
//
// The estimate counts open block nodes (by indentation and `- `, `? `, `: ` indicators, as a stack
// of columns) plus open flow brackets outside quotes, comments and block scalars. It errs on the
// high side for odd plain scalars (an unbalanced `[` after a space), never by much on the low side
// (a mapping and its sequence may share one column: at most twice the real depth is missed).
const SPACE = 32;
const TAB = 9;
function yamlNesting(text, limit) {
    const s = new Scan(text, limit);
    s.run();
    return s.crossedAt === undefined ? { max: s.max } : { max: s.max, crossedAt: s.crossedAt };
}
class Scan {
    text;
    limit;
    max = 0;
    crossedAt;
    stack = [];
    flow = 0;
    /** Open quoted scalar that continues on the next line (its quote char), or 0. */
    quote = 0;
    /** Lines indented more than this belong to a block scalar; -2 when none is open. */
    blockScalar = -2;
    line = '';
    lineStart = 0;
    constructor(text, limit) {
        this.text = text;
        this.limit = limit;
    }
    run() {
        const t = this.text;
        let start = 0;
        while (start <= t.length) {
            let end = t.indexOf('\n', start);
            if (end < 0)
                end = t.length;
            this.line = t.charCodeAt(end - 1) === 13 ? t.slice(start, end - 1) : t.slice(start, end);
            this.lineStart = start;
            this.scanLine();
            start = end + 1;
        }
    }
    deeper(col, blockLevel) {
        if (blockLevel)
            this.stack.push(col);
        else
            this.flow++;
        const d = this.stack.length + this.flow;
        if (d > this.max)
            this.max = d;
        if (d > this.limit && this.crossedAt === undefined)
            this.crossedAt = this.lineStart + col;
    }
    scanLine() {
        const l = this.line;
        let indent = 0;
        while (l.charCodeAt(indent) === SPACE)
            indent++;
        const blank = indent >= l.length || (l[indent] === '#' && !this.quote);
        if (this.blockScalar > -2) {
            if (blank || indent > this.blockScalar)
                return;
            this.blockScalar = -2;
        }
        if (this.quote) {
            const after = this.closeQuote(0, this.quote);
            if (after < 0)
                return;
            this.quote = 0;
            if (this.flow > 0)
                this.flowScan(after);
            else
                this.afterScalar(after);
            return;
        }
        if (blank)
            return;
        if (this.flow > 0) {
            this.flowScan(indent);
            return;
        }
        if (indent === 0 && (l.startsWith('---') || l.startsWith('...')) && isBreak(l.charCodeAt(3))) {
            this.stack.length = 0;
            this.nodeStart(3);
            return;
        }
        while (this.stack.length && this.stack[this.stack.length - 1] >= indent)
            this.stack.pop();
        this.nodeStart(indent);
    }
    /** A block node starts at `p`: indicators, properties, then its content. */
    nodeStart(p) {
        const l = this.line;
        for (;;) {
            while (isSpace(l.charCodeAt(p)))
                p++;
            const c = l[p];
            if ((c === '-' || c === '?' || c === ':') && isBreak(l.charCodeAt(p + 1))) {
                this.deeper(p, true);
                p++;
                continue;
            }
            if (c === '&' || c === '!') {
                while (p < l.length && !isSpace(l.charCodeAt(p)))
                    p++;
                continue;
            }
            break;
        }
        if (p >= l.length || l[p] === '#')
            return;
        if (this.blockScalarHeader(p)) {
            this.blockScalar = this.stack.length ? this.stack[this.stack.length - 1] : -1;
            return;
        }
        this.deeper(p, true);
        this.content(p);
    }
    /** The content of a node on this line: flow collection, quoted scalar or plain scalar (maybe a key). */
    content(p) {
        const l = this.line;
        const c = l[p];
        if (c === '[' || c === '{') {
            this.flowScan(p);
            return;
        }
        if (c === '"' || c === "'") {
            const after = this.closeQuote(p + 1, l.charCodeAt(p));
            if (after < 0)
                this.quote = l.charCodeAt(p);
            else
                this.afterScalar(after);
            return;
        }
        this.afterScalar(p);
    }
    /** After a key or scalar: a `: ` starts the value on the same line. */
    afterScalar(p) {
        const l = this.line;
        for (let i = p; i < l.length; i++) {
            const c = l.charCodeAt(i);
            if (c === 35 /* # */ && (i === 0 || isSpace(l.charCodeAt(i - 1))))
                return;
            if (c === 58 /* : */ && isBreak(l.charCodeAt(i + 1))) {
                this.value(i + 1);
                return;
            }
        }
    }
    /** A mapping value on the key's line. */
    value(p) {
        const l = this.line;
        for (;;) {
            while (isSpace(l.charCodeAt(p)))
                p++;
            if (l[p] !== '&' && l[p] !== '!')
                break;
            while (p < l.length && !isSpace(l.charCodeAt(p)))
                p++;
        }
        if (p >= l.length || l[p] === '#')
            return;
        if (this.blockScalarHeader(p)) {
            this.blockScalar = this.stack.length ? this.stack[this.stack.length - 1] : -1;
            return;
        }
        const c = l[p];
        if (c === '[' || c === '{')
            this.flowScan(p);
        else if (c === '"' || c === "'") {
            const after = this.closeQuote(p + 1, l.charCodeAt(p));
            if (after < 0)
                this.quote = l.charCodeAt(p);
        }
    }
    /** Brackets from `p` on, in flow context; quotes start only at a token boundary. */
    flowScan(p) {
        const l = this.line;
        for (let i = p; i < l.length; i++) {
            const c = l.charCodeAt(i);
            const prev = i > 0 ? l.charCodeAt(i - 1) : SPACE;
            if (c === 91 /* [ */ || c === 123 /* { */)
                this.deeper(i, false);
            else if (c === 93 /* ] */ || c === 125 /* } */) {
                if (this.flow > 0)
                    this.flow--;
                if (this.flow === 0)
                    return;
            }
            else if (c === 35 /* # */ && isSpace(prev))
                return;
            else if ((c === 34 || c === 39) && (isSpace(prev) || prev === 91 || prev === 123 || prev === 44 || prev === 58)) {
                const after = this.closeQuote(i + 1, c);
                if (after < 0) {
                    this.quote = c;
                    return;
                }
                i = after - 1;
            }
        }
    }
    /** Offset just after the closing quote, or -1 when the scalar continues on the next line. */
    closeQuote(from, q) {
        const l = this.line;
        for (let i = from; i < l.length; i++) {
            const c = l.charCodeAt(i);
            if (q === 34 && c === 92 /* \ */)
                i++;
            else if (c === q) {
                if (q === 39 && l.charCodeAt(i + 1) === 39)
                    i++;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    blockScalarHeader(p) {
        const l = this.line;
        if (l[p] !== '|' && l[p] !== '>')
            return false;
        let i = p + 1;
        while (i < l.length && /[0-9+-]/.test(l[i]))
            i++;
        while (isSpace(l.charCodeAt(i)))
            i++;
        return i >= l.length || l[i] === '#';
    }
}
function isSpace(c) {
    return c === SPACE || c === TAB;
}
/** Whitespace or end of line (NaN past the end). */
function isBreak(c) {
    return c !== c || isSpace(c);
}
//# sourceMappingURL=yaml-depth.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/yaml-fast.js
/**
 * A fast reader for the plain shape most repository YAML has: block maps and lists, plain and
 * quoted scalars (escapes and folded continuation lines included), `|`/`>` block scalars and
 * one-line flow collections, with comments and blank lines anywhere. It does a fraction of the `yaml` package's work because it
 * builds no token stream, syntax tree or document, only the values and their offsets.
 *
 * It is a shortcut, never a second opinion: on anything outside that shape, or anything it is
 * not sure the `yaml` package would accept as is (anchors, tags, directives, several documents,
 * multi-line flow collections, `|+`, tabs, odd indentation, any error), it declines and the
 * caller parses the file with `yaml`. A differential test holds the two to the same values and
 * offsets on every YAML file of the corpus and the fixtures, and on generated ones.
 */
/** Thrown inside the reader to give up; never escapes `readYamlFast`. */
class Decline extends Error {
}
const DECLINE = new Decline();
function decline() {
    throw DECLINE;
}
/** Deeper than this, the full parser decides (it has the depth budget and its message). */
const MAX_DEPTH = 150;
/** The `yaml` package rejects implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;
// Characters the shortcut leaves to the full parser: tabs, control characters, a BOM, a lone CR
// and the Unicode line separators. Lines that start a directive or a document marker are found
// while the lines are indexed.
const UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\t\ufeff\u2028\u2029]|\r(?!\n)/;
/**
 * The root of a one-document YAML file, or undefined when the full parser must decide (the
 * file is outside the supported shape, or may not be valid YAML).
 */
function readYamlFast(text) {
    if (UNSUPPORTED.test(text))
        return undefined;
    try {
        return new FastReader(text).document();
    }
    catch (e) {
        if (e === DECLINE)
            return undefined;
        if (e instanceof FastError)
            return e;
        throw e;
    }
}
/**
 * The one error the fast reader reports itself, exactly as the `yaml` package reports it first:
 * a quoted scalar whose next line is not deeper than its key (lenient parsers accept it; yaml
 * ends the scalar at the line break before that line). Only on LF files, where the offset is sure.
 */
class FastError extends Error {
    quote;
    start;
    k = 'error';
    code = 'MISSING_CHAR';
    constructor(quote, start) {
        super(`Missing closing ${quote}quote`);
        this.quote = quote;
        this.start = start;
    }
}
const yaml_fast_SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const CR = 13;
const DOUBLE_QUOTE = 34;
const PERCENT = 37;
const SINGLE_QUOTE = 39;
const PLUS = 43;
const COMMA = 44;
const DOT = 46;
const GREATER = 62;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;
class FastReader {
    text;
    starts = [];
    ends = [];
    indents = [];
    /** True for lines holding only spaces or a comment. */
    quiet = [];
    line = 0;
    constructor(text) {
        this.text = text;
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            const next = nl === -1 ? text.length : nl;
            const end = next > start && text.charCodeAt(next - 1) === CR ? next - 1 : next;
            const first = text.charCodeAt(start);
            // `%` starts a directive, `---` and `...` mark documents.
            if (first === PERCENT || ((first === DASH || first === DOT) && (text.startsWith('---', start) || text.startsWith('...', start))))
                decline();
            let i = start;
            while (i < end && text.charCodeAt(i) === yaml_fast_SPACE)
                i++;
            this.starts.push(start);
            this.ends.push(end);
            this.indents.push(i - start);
            this.quiet.push(i === end || text.charCodeAt(i) === HASH);
            if (nl === -1)
                break;
            start = nl + 1;
        }
    }
    document() {
        this.skipQuiet();
        if (this.line >= this.starts.length || this.indents[this.line] !== 0)
            decline();
        const first = this.text.charCodeAt(this.starts[this.line]);
        // A flow collection (JSON, say) at the top ignores indentation.
        const root = first === OPEN_BRACKET || first === OPEN_BRACE ? this.inlineValue(this.starts[this.line], -1, 0) : this.block(this.starts[this.line], 0, 0);
        this.skipQuiet();
        if (this.line < this.starts.length)
            decline();
        return root;
    }
    /** Whether a line holds only spaces (or nothing). */
    blank(l) {
        return this.starts[l] + this.indents[l] === this.ends[l];
    }
    skipQuiet() {
        while (this.line < this.starts.length && this.quiet[this.line])
            this.line++;
    }
    /** The indent of the next line with content, or -1 at the end of the text. */
    nextIndent() {
        this.skipQuiet();
        return this.line < this.starts.length ? this.indents[this.line] : -1;
    }
    /**
     * A block map or list whose first key or dash is at `pos` (column `indent`) of the current
     * line; with a `parent` indent, also a plain or quoted scalar that starts on a line of its own.
     */
    block(pos, indent, depth, parent = -1) {
        if (depth > MAX_DEPTH)
            decline();
        if (this.isDash(pos))
            return this.seq(pos, indent, depth);
        if (this.keyEnd(pos) >= 0)
            return this.map(pos, indent, depth);
        const c = this.text.charCodeAt(pos);
        if (parent < 0 || c === PIPE || c === GREATER)
            decline();
        return this.inlineValue(pos, parent, depth);
    }
    isDash(pos) {
        if (this.text.charCodeAt(pos) !== DASH)
            return false;
        const next = pos + 1;
        return next >= this.ends[this.line] || this.text.charCodeAt(next) === yaml_fast_SPACE;
    }
    map(pos, indent, depth) {
        const pairs = [];
        for (;;) {
            pairs.push(this.pair(pos, indent, depth));
            const next = this.nextIndent();
            if (next < indent)
                break;
            if (next > indent)
                decline();
            pos = this.starts[this.line] + indent;
            if (this.isDash(pos))
                decline();
        }
        return { k: 'map', start: pairs[0].keyStart, end: pairs[pairs.length - 1].value.end, pairs };
    }
    seq(pos, indent, depth) {
        const items = [];
        const start = pos;
        for (;;) {
            items.push(this.item(pos, indent, depth));
            const next = this.nextIndent();
            if (next < indent)
                break;
            if (next > indent)
                decline();
            pos = this.starts[this.line] + indent;
            // A list as a map value may sit at the map's indent; the map takes the next key.
            if (!this.isDash(pos))
                break;
        }
        return { k: 'seq', start, end: items[items.length - 1].end, items };
    }
    /** One list item; `pos` is its dash. */
    item(pos, indent, depth) {
        const end = this.ends[this.line];
        let p = pos + 1;
        while (p < end && this.text.charCodeAt(p) === yaml_fast_SPACE)
            p++;
        if (p >= end || this.text.charCodeAt(p) === HASH)
            return this.valueBelow(p, indent, depth, false);
        const column = p - this.starts[this.line];
        if (this.isDash(p) || this.keyEnd(p) >= 0)
            return this.block(p, column, depth + 1);
        return this.inlineValue(p, indent, depth);
    }
    /** One `key: value` pair whose key starts at `pos`. */
    pair(pos, indent, depth) {
        const lineEnd = this.ends[this.line];
        const colon = this.keyEnd(pos);
        if (colon < 0)
            decline();
        const key = this.keyScalar(pos, colon);
        let p = colon + 1;
        while (p < lineEnd && this.text.charCodeAt(p) === yaml_fast_SPACE)
            p++;
        // A list may be a map value at the map's own indent.
        const value = p >= lineEnd || this.text.charCodeAt(p) === HASH ? this.valueBelow(p, indent, depth, true) : this.inlineValue(p, indent, depth);
        return { key: key.text, keyStart: key.start, keyEnd: key.end, value };
    }
    /**
     * The value of a key or dash with nothing after it on its line: the deeper lines below (or, with
     * `listAtIndent`, a list at the same indent), else an empty value at `at`.
     */
    valueBelow(at, indent, depth, listAtIndent) {
        this.line++;
        const next = this.nextIndent();
        if (next > indent || (listAtIndent && next === indent && this.isDash(this.starts[this.line] + next))) {
            return this.block(this.starts[this.line] + next, next, depth + 1, indent);
        }
        return { k: 'scalar', start: at, end: at, value: null };
    }
    /**
     * Where the colon of a one-line implicit key starting at `pos` is, or -1 when the line does
     * not start with a key the shortcut supports.
     */
    keyEnd(pos) {
        const text = this.text;
        const end = this.ends[this.line];
        const c = text.charCodeAt(pos);
        if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
            const close = closingQuote(text, pos, end);
            if (close < 0)
                return -1;
            let p = close;
            while (p < end && text.charCodeAt(p) === yaml_fast_SPACE)
                p++;
            if (p < end && text.charCodeAt(p) === COLON && (p + 1 === end || text.charCodeAt(p + 1) === yaml_fast_SPACE))
                return p;
            return -1;
        }
        if (!plainStart(text, pos, end))
            return -1;
        for (let p = pos + 1; p < end; p++) {
            const ch = text.charCodeAt(p);
            if (ch === COLON) {
                if (p + 1 === end || text.charCodeAt(p + 1) === yaml_fast_SPACE)
                    return p;
            }
            else if (ch === HASH && text.charCodeAt(p - 1) === yaml_fast_SPACE)
                return -1;
        }
        return -1;
    }
    keyScalar(pos, colon) {
        const text = this.text;
        const c = text.charCodeAt(pos);
        let end = colon;
        while (text.charCodeAt(end - 1) === yaml_fast_SPACE)
            end--;
        if (end - pos > MAX_KEY)
            decline();
        if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE)
            return { text: unquote(text, pos, end), start: pos, end };
        const raw = text.slice(pos, end);
        if (raw.endsWith(':'))
            decline();
        return { text: String(resolvePlain(raw)), start: pos, end };
    }
    /**
     * A value that starts on its key's or dash's line at `p`; `indent` is the parent's (block
     * scalars are indented relative to it). The next line with content must not be deeper.
     */
    inlineValue(p, indent, depth) {
        const text = this.text;
        const lineEnd = this.ends[this.line];
        const c = text.charCodeAt(p);
        let node;
        if (c === PIPE || c === GREATER)
            return this.blockScalar(p, indent);
        if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            const flow = new FlowReader(text, this, this.line, p, indent, depth);
            node = flow.collection();
            this.line = flow.line;
            this.lineRest(flow.pos);
        }
        else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
            const close = closingQuote(text, p, lineEnd);
            if (close >= 0)
                node = { k: 'scalar', start: p, end: close, value: unquote(text, p, close) };
            else
                node = this.multiLineQuoted(p, indent);
            this.lineRest(node.end);
        }
        else {
            node = this.plain(p, indent);
        }
        this.line++;
        // A deeper line after a one-line value would continue it (or be an error).
        if (this.nextIndent() > indent)
            decline();
        return node;
    }
    /**
     * A plain scalar from `p`, with its continuation lines (deeper than `indent`), folded: one
     * line break becomes a space, blank lines become line breaks. Leaves `line` on its last line.
     */
    plain(p, indent) {
        const text = this.text;
        if (!plainStart(text, p, this.ends[this.line]))
            decline();
        let end = this.plainLineEnd(p);
        let value = text.slice(p, end);
        let closed = end < this.ends[this.line] && text.charCodeAt(this.lineContentEnd(p)) === HASH;
        let blanks = 0;
        for (let l = this.line + 1; !closed && l < this.starts.length; l++) {
            if (this.blank(l)) {
                blanks++;
                continue;
            }
            const start = this.starts[l] + this.indents[l];
            if (this.indents[l] <= indent || text.charCodeAt(start) === HASH)
                break;
            if (!plainStart(text, start, this.ends[l]))
                decline();
            this.line = l;
            const segmentEnd = this.plainLineEnd(start);
            value += (blanks ? '\n'.repeat(blanks) : ' ') + text.slice(start, segmentEnd);
            blanks = 0;
            end = segmentEnd;
            closed = segmentEnd < this.ends[l] && text.charCodeAt(this.lineContentEnd(start)) === HASH;
        }
        return { k: 'scalar', start: p, end, value: resolvePlain(value) };
    }
    /**
     * Where the plain text from `p` on the current line ends (before a comment and trailing
     * spaces); declines on a `: ` (a nested map on one line, which YAML forbids).
     */
    plainLineEnd(p) {
        const text = this.text;
        let end = this.lineContentEnd(p);
        for (let q = p + 1; q < end; q++) {
            if (text.charCodeAt(q) === COLON && (q + 1 === end || text.charCodeAt(q + 1) === yaml_fast_SPACE))
                decline();
        }
        while (text.charCodeAt(end - 1) === yaml_fast_SPACE)
            end--;
        return end;
    }
    /** The offset of a ` #` comment on the current line after `p`, or the line's end. */
    lineContentEnd(p) {
        const text = this.text;
        const lineEnd = this.ends[this.line];
        for (let q = p + 1; q < lineEnd; q++) {
            if (text.charCodeAt(q) === HASH && text.charCodeAt(q - 1) === yaml_fast_SPACE)
                return q;
        }
        return lineEnd;
    }
    /**
     * A quoted scalar from `p` that goes on over deeper lines: line breaks fold as in plain
     * scalars, with the spaces around them dropped. Leaves `line` on the closing quote's line.
     */
    multiLineQuoted(p, indent) {
        const text = this.text;
        const pieces = [text.slice(p + 1, this.ends[this.line])];
        let close = -1;
        for (let l = this.line + 1; close < 0; l++) {
            if (l >= this.starts.length)
                decline();
            if (this.blank(l)) {
                pieces.push('');
                continue;
            }
            if (this.indents[l] <= indent) {
                // yaml's lexer first looks for the closing quote anywhere after: without one, its error is elsewhere.
                if (text.includes('\r') || closingQuote(text, this.starts[l] - 1, text.length, text.charCodeAt(p)) < 0)
                    decline();
                throw new FastError(text[p], this.starts[l] - 1);
            }
            this.line = l;
            const from = this.starts[l] + this.indents[l];
            close = closingQuote(text, from - 1, this.ends[l], text.charCodeAt(p));
            pieces.push(text.slice(from, close < 0 ? this.ends[l] : close - 1));
        }
        const double = text.charCodeAt(p) === DOUBLE_QUOTE;
        let body = '';
        let blanks = 0;
        // After a double-quoted line that ends in an escaped line break, the next line joins with nothing between.
        let glue = false;
        for (let i = 0; i < pieces.length; i++) {
            const raw = pieces[i];
            const last = i === pieces.length - 1;
            if (i > 0 && !last && raw === '') {
                if (glue)
                    decline();
                blanks++;
                continue;
            }
            let piece = raw;
            let escapedBreak = false;
            if (!last) {
                piece = withoutTrailingSpaces(raw);
                escapedBreak = double && endsInOddBackslashes(raw);
                // `\ ` (an escaped space) before trailing spaces: left to yaml.
                if (double && !escapedBreak && endsInOddBackslashes(piece))
                    decline();
                if (escapedBreak)
                    piece = raw.slice(0, -1);
            }
            if (i > 0)
                body += glue ? '' : blanks ? '\n'.repeat(blanks) : ' ';
            body += piece;
            blanks = 0;
            glue = escapedBreak;
        }
        return { k: 'scalar', start: p, end: close, value: double ? yaml_fast_unescape(body) : body.replaceAll("''", "'") };
    }
    /** After a one-line value: only spaces, then an optional comment. */
    lineRest(p) {
        const end = this.ends[this.line];
        if (p < end && this.text.charCodeAt(p) !== yaml_fast_SPACE)
            decline();
        while (p < end && this.text.charCodeAt(p) === yaml_fast_SPACE)
            p++;
        if (p < end && this.text.charCodeAt(p) !== HASH)
            decline();
    }
    /** A `|` or `>` block scalar whose header is at `h`; its lines are deeper than `indent`. */
    blockScalar(h, indent) {
        const text = this.text;
        const folded = text.charCodeAt(h) === GREATER;
        const headerEnd = this.ends[this.line];
        let p = h + 1;
        let chomp = 'clip';
        const ch = text.charCodeAt(p);
        // `|+` keeps trailing blank lines, which need the full parser's bookkeeping.
        if (ch === PLUS)
            decline();
        if (ch === DASH) {
            chomp = 'strip';
            p++;
        }
        if (p < headerEnd && text.charCodeAt(p) !== yaml_fast_SPACE)
            decline();
        this.lineRest(p);
        // Content lines: the first line with text fixes the indentation.
        let first = this.line + 1;
        const count = this.starts.length;
        while (first < count && this.blank(first))
            first++;
        if (first >= count || this.indents[first] <= indent)
            decline();
        const at = this.indents[first];
        for (let l = this.line + 1; l < first; l++)
            if (this.ends[l] - this.starts[l] > at)
                decline();
        let last = first;
        let l = first;
        for (; l < count; l++) {
            if (this.blank(l)) {
                if (this.indents[l] > at)
                    decline();
                continue;
            }
            if (this.indents[l] < at)
                break;
            if (folded && this.indents[l] > at)
                decline();
            last = l;
        }
        if (l < count && this.indents[l] > indent)
            decline();
        const lines = [];
        for (let k = this.line + 1; k <= last; k++)
            lines.push(this.blank(k) ? '' : text.slice(this.starts[k] + at, this.ends[k]));
        let value = folded ? fold(lines) : lines.join('\n');
        if (chomp === 'clip')
            value += '\n';
        const contentEnd = this.ends[last];
        const end = h + text.slice(h, contentEnd).trimEnd().length;
        this.line = last + 1;
        this.skipQuiet();
        if (this.line < count && this.indents[this.line] > indent)
            decline();
        return { k: 'scalar', start: h, end, value };
    }
}
/**
 * The offset after the closing quote of a quoted scalar opened at `pos`, looking up to `end`, or
 * -1. For a continuation line, `quote` names the opening quote and `pos` is just before the line's text.
 */
function closingQuote(text, pos, end, quote = text.charCodeAt(pos)) {
    for (let p = pos + 1; p < end; p++) {
        const ch = text.charCodeAt(p);
        if (quote === DOUBLE_QUOTE && ch === BACKSLASH)
            p++;
        else if (ch === quote) {
            if (quote === SINGLE_QUOTE && text.charCodeAt(p + 1) === SINGLE_QUOTE)
                p++;
            else
                return p + 1;
        }
    }
    return -1;
}
function endsInOddBackslashes(s) {
    let n = 0;
    while (n < s.length && s.charCodeAt(s.length - 1 - n) === BACKSLASH)
        n++;
    return n % 2 === 1;
}
function withoutTrailingSpaces(s) {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === yaml_fast_SPACE)
        end--;
    return s.slice(0, end);
}
/** Folding of a `>` scalar with no deeper lines: single breaks become spaces, blank lines breaks. */
function fold(lines) {
    let out = '';
    let blanks = 0;
    let started = false;
    for (const line of lines) {
        if (line === '') {
            blanks++;
            continue;
        }
        if (started)
            out += blanks ? '\n'.repeat(blanks) : ' ';
        else
            out += '\n'.repeat(blanks);
        out += line;
        blanks = 0;
        started = true;
    }
    return out;
}
/**
 * Flow collections of one-line scalars and flow collections (`[a, "b"]`, `{k: v}`). They may go
 * on over lines deeper than the `parent` block's indent, with line breaks between entries only.
 */
class FlowReader {
    text;
    lines;
    line;
    parent;
    depth;
    pos;
    /** End of the current line's content. */
    end;
    constructor(text, lines, line, start, parent, depth) {
        this.text = text;
        this.lines = lines;
        this.line = line;
        this.parent = parent;
        this.depth = depth;
        this.pos = start;
        this.end = lines.ends[line];
    }
    collection(depth = this.depth) {
        if (depth > MAX_DEPTH)
            decline();
        const text = this.text;
        const start = this.pos;
        const isMap = text.charCodeAt(start) === OPEN_BRACE;
        const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
        this.pos++;
        this.spaces();
        const items = [];
        const pairs = [];
        if (text.charCodeAt(this.pos) === close) {
            this.pos++;
            return isMap ? { k: 'map', start, end: this.pos, pairs } : { k: 'seq', start, end: this.pos, items };
        }
        for (;;) {
            if (isMap) {
                const key = this.node(depth, true);
                if (key.k !== 'scalar' || key.value === null)
                    decline();
                this.spaces();
                if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== yaml_fast_SPACE)
                    decline();
                this.pos++;
                this.spaces();
                const value = this.node(depth);
                const keyText = this.text.charCodeAt(key.start) === DOUBLE_QUOTE || this.text.charCodeAt(key.start) === SINGLE_QUOTE ? key.value : String(key.value);
                pairs.push({ key: keyText, keyStart: key.start, keyEnd: key.end, value });
            }
            else {
                items.push(this.node(depth));
            }
            this.spaces();
            const c = text.charCodeAt(this.pos);
            if (c === close) {
                this.pos++;
                return isMap ? { k: 'map', start, end: this.pos, pairs } : { k: 'seq', start, end: this.pos, items };
            }
            if (c !== COMMA)
                decline();
            this.pos++;
            this.spaces();
            // A trailing comma or an empty entry: left to the full parser.
            const n = text.charCodeAt(this.pos);
            if (n === close || n === COMMA)
                decline();
        }
    }
    /** Skips spaces, and line breaks onto deeper lines (blank lines too). */
    spaces() {
        const { starts, ends, indents } = this.lines;
        for (;;) {
            while (this.pos < this.end && this.text.charCodeAt(this.pos) === yaml_fast_SPACE)
                this.pos++;
            if (this.pos < this.end || this.line + 1 >= starts.length)
                return;
            const l = ++this.line;
            this.pos = starts[l] + indents[l];
            this.end = ends[l];
            // Only the closing bracket may come back to the parent's indent.
            const c = this.text.charCodeAt(this.pos);
            if (this.pos < this.end && indents[l] <= this.parent && !(indents[l] === this.parent && (c === CLOSE_BRACKET || c === CLOSE_BRACE)))
                decline();
        }
    }
    /** One entry; a key (`asKey`) ends at a colon followed by a space. */
    node(depth, asKey = false) {
        const text = this.text;
        const p = this.pos;
        if (p >= this.end)
            decline();
        const c = text.charCodeAt(p);
        if (c === OPEN_BRACKET || c === OPEN_BRACE)
            return this.collection(depth + 1);
        if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
            const close = closingQuote(text, p, this.end);
            if (close < 0)
                decline();
            this.pos = close;
            return { k: 'scalar', start: p, end: close, value: unquote(text, p, close) };
        }
        if (!plainStart(text, p, this.end, true))
            decline();
        let q = p;
        for (; q < this.end; q++) {
            const ch = text.charCodeAt(q);
            if (ch === COMMA || ch === OPEN_BRACKET || ch === CLOSE_BRACKET || ch === OPEN_BRACE || ch === CLOSE_BRACE)
                break;
            if (asKey && ch === COLON && text.charCodeAt(q + 1) === yaml_fast_SPACE)
                break;
            // Colons and comments inside flow scalars have subtle rules; the full parser decides.
            if (ch === COLON || ch === HASH || ch === SINGLE_QUOTE || ch === DOUBLE_QUOTE)
                decline();
        }
        let e = q;
        while (text.charCodeAt(e - 1) === yaml_fast_SPACE)
            e--;
        this.pos = q;
        return { k: 'scalar', start: p, end: e, value: resolvePlain(text.slice(p, e)) };
    }
}
/**
 * Whether a plain scalar may start at `p`: not an indicator (`- `, `? `, `: ` and the flow,
 * comment, anchor, alias, tag, block, quote, directive and reserved characters).
 */
function plainStart(text, p, end, flow = false) {
    if (p >= end)
        return false;
    const c = text.charCodeAt(p);
    switch (c) {
        case DASH: {
            const n = p + 1 < end ? text.charCodeAt(p + 1) : yaml_fast_SPACE;
            return n !== yaml_fast_SPACE;
        }
        case 63: // ?
        case COLON: {
            // `?x` and `:x` start plain scalars in block context (in flow context the rules differ).
            const n = p + 1 < end ? text.charCodeAt(p + 1) : yaml_fast_SPACE;
            return !flow && n !== yaml_fast_SPACE;
        }
        case 44: // ,
        case 91: // [
        case 93: // ]
        case 123: // {
        case 125: // }
        case HASH:
        case 38: // &
        case 42: // *
        case 33: // !
        case 124: // |
        case 62: // >
        case 39: // '
        case 34: // "
        case 37: // %
        case 64: // @
        case 96: // `
            return false;
        default:
            return true;
    }
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
/** The value of a one-line quoted scalar spanning `start`..`end` (quotes included). */
function unquote(text, start, end) {
    const body = text.slice(start + 1, end - 1);
    if (text.charCodeAt(start) === SINGLE_QUOTE)
        return body.includes("''") ? body.replaceAll("''", "'") : body;
    return yaml_fast_unescape(body);
}
/** A double-quoted scalar's body with its escapes resolved. */
function yaml_fast_unescape(body) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const e = body[++i];
        if (e in ESCAPES) {
            out += ESCAPES[e];
            continue;
        }
        const length = HEX_LENGTH[e];
        const hex = length ? body.slice(i + 1, i + 1 + length) : '';
        if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length)
            decline();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff)
            decline();
        out += String.fromCodePoint(code);
        i += length;
    }
    return out;
}
const NON_STRING_STARTS = '~nNtTfF+-.0123456789';
/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
function resolvePlain(s) {
    // Only these first characters can start a null, bool or number.
    if (s !== '' && !NON_STRING_STARTS.includes(s[0]))
        return s;
    if (/^(?:~|[Nn]ull|NULL)?$/.test(s))
        return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s))
        return s[0] === 't' || s[0] === 'T';
    if (/^0o[0-7]+$/.test(s))
        return parseInt(s.substring(2), 8);
    if (/^[-+]?[0-9]+$/.test(s))
        return parseInt(s, 10);
    if (/^0x[0-9a-fA-F]+$/.test(s))
        return parseInt(s.substring(2), 16);
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
        return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        return parseFloat(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        return parseFloat(s);
    return s;
}
//# sourceMappingURL=yaml-fast.js.map
;// CONCATENATED MODULE: ./lib/src/parsers/yaml.js




function parseYaml(src, options = {}) {
    // Readers that walk the parser's own documents (CI steps) always need the full parse. What the
    // fast reader reads is at most 150 levels deep: the depth estimate below guards `yaml` only.
    if (!options.keepSourceTokens && !options.noShortcut) {
        const fast = readYamlFast(src.text);
        if (fast?.k === 'error')
            return { docs: [], raw: [], error: toError({ message: fast.message, pos: [fast.start, fast.start + 1], code: fast.code }, src.text.length) };
        if (fast) {
            const wanted = !options.wanted || options.wanted(shallowFast(fast));
            return { docs: [{ root: wanted ? fromFast(fast, src) : undefined }], raw: [] };
        }
    }
    const nesting = yamlNesting(src.text, budgets/* MAX_NESTING */.M);
    if (nesting.crossedAt !== undefined) {
        return { docs: [], raw: [], error: { message: (0,budgets/* tooDeepMessage */.Q)(nesting.max), start: nesting.crossedAt, end: nesting.crossedAt + 1 } };
    }
    let raw;
    try {
        raw = (0,dist/* parseAllDocuments */.hR)(src.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: options.keepSourceTokens });
    }
    catch (e) {
        // The yaml package recurses per nesting level; pathological nesting overflows the stack.
        const message = e instanceof RangeError ? (0,budgets/* tooDeepMessage */.Q)(0) : 'the YAML parser failed on this file';
        return { docs: [], raw: [], error: { message, start: 0, end: 0 } };
    }
    const list = Array.isArray(raw) ? raw : [];
    if (!Array.isArray(raw)) {
        // An empty stream comes back as an EmptyStream marker with possible errors.
        const errs = raw.errors ?? [];
        if (errs.length)
            return { docs: [], raw: [], error: toError(errs[0], src.text.length) };
        return { docs: [], raw: [] };
    }
    for (const d of list) {
        if (d.errors.length)
            return { docs: [], raw: [], error: toError(d.errors[0], src.text.length) };
    }
    try {
        const root = (d) => {
            if (!d.contents)
                return undefined;
            if (options.wanted && !options.wanted(convert(d.contents, src, 0, true)))
                return undefined;
            return convert(d.contents, src);
        };
        return { docs: list.map((d) => ({ root: root(d) })), raw: list };
    }
    catch (e) {
        if (e instanceof RangeError)
            return { docs: [], raw: [], error: { message: (0,budgets/* tooDeepMessage */.Q)(0), start: 0, end: 0 } };
        throw e;
    }
}
/** The first problem, its range kept inside the text (end-of-input errors point one past it). */
function toError(e, length) {
    const start = Math.min(e.pos[0], length);
    return { message: safeYamlMessage(e.message, e.code), start, end: Math.max(start, Math.min(e.pos[1], length)), code: e.code };
}
/** Codes whose `yaml` messages embed source text; they get a fixed sentence instead. */
const FIXED_MESSAGE = {
    BAD_DQ_ESCAPE: 'Invalid escape sequence in a double-quoted string',
    TAG_RESOLVE_FAILED: 'Unresolved tag',
    BAD_DIRECTIVE: 'Invalid directive',
    BAD_COLLECTION_TYPE: 'The tag does not fit this collection',
    BAD_PROP_ORDER: 'Anchors and tags must come after the indicator',
};
const YAML_TOKEN_KINDS = new Set('alias anchor tag comment newline space comma scalar error document directive directive-line byte-order-mark doc-start doc-end flow-collection block-map block-seq block-scalar flow-map-start flow-map-end flow-seq-start flow-seq-end flow-error-end explicit-key-ind map-value-ind seq-item-ind single-quoted-scalar double-quoted-scalar'.split(' '));
/**
 * The `yaml` package's sentence without any source text: no excerpt, no position, no quoted
 * token (a mistyped line may hold a secret). Messages name the kind of token only.
 */
function safeYamlMessage(message, code) {
    if (code && FIXED_MESSAGE[code])
        return FIXED_MESSAGE[code];
    let m = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(m))
        return (0,budgets/* tooDeepMessage */.Q)(0);
    // `Block scalar header includes extra characters: <source>`, `Not a YAML token: <source>`, …
    const colon = m.indexOf(': ');
    if (colon >= 0)
        m = m.slice(0, colon);
    // `Unexpected <source> in flow map`: keep single indicator characters and token kinds only.
    m = m.replace(/^Unexpected (\S+) (in|at) /, (all, what, prep) => (/^[^\w\s]$/.test(what) || YAML_TOKEN_KINDS.has(what) ? all : `Unexpected token ${prep} `));
    return m;
}
/**
 * A node's range, tight: a block map or list ends where its last value ends and a block scalar
 * at its last character, not after the line breaks and comments the `yaml` package counts in.
 * Both readers give the same ranges this way.
 */
function nodeRange(n, text) {
    const r = n.range ?? [0, 0, 0];
    let last = n;
    while (((0,dist/* isMap */.jh)(last) || (0,dist/* isSeq */.oP)(last)) && !last.flow && last.items.length) {
        const item = last.items[last.items.length - 1];
        last = (0,dist/* isMap */.jh)(last) ? (item.value ?? item.key) : item;
    }
    if (!last || !last.range)
        return [r[0], r[1]];
    const [s, e] = last.range;
    if ((0,dist/* isScalar */.jn)(last) && (last.type === 'BLOCK_LITERAL' || last.type === 'BLOCK_FOLDED'))
        return [r[0], s + text.slice(s, e).trimEnd().length];
    return [r[0], e];
}
const NOWHERE = { file: '', range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } };
/**
 * The top level of a fast-read document for the `wanted` test, without locations (they would
 * index the file's lines, which most files not wanted never need).
 */
function shallowFast(node) {
    const top = (n) => {
        if (n.k === 'map')
            return { t: 'obj', entries: [], loc: NOWHERE };
        if (n.k === 'seq')
            return { t: 'arr', items: [], loc: NOWHERE };
        return scalarValue(n.value, NOWHERE);
    };
    if (node.k !== 'map')
        return top(node);
    return { t: 'obj', entries: node.pairs.map((p) => ({ key: p.key, keyLoc: NOWHERE, value: top(p.value) })), loc: NOWHERE };
}
/** A scalar's value from either reader, as a located value. */
function scalarValue(v, loc) {
    if (v === null || v === undefined)
        return { t: 'null', loc };
    if (typeof v === 'boolean')
        return { t: 'bool', value: v, loc };
    if (typeof v === 'number' || typeof v === 'bigint')
        return { t: 'num', value: Number(v), loc };
    return { t: 'str', value: String(v), loc };
}
/** The located tree of a fast-read node. */
function fromFast(node, src) {
    const loc = src.loc(node.start, node.end);
    if (node.k === 'map') {
        const entries = node.pairs.map((p) => ({ key: p.key, keyLoc: src.loc(p.keyStart, p.keyEnd), value: fromFast(p.value, src) }));
        return { t: 'obj', entries, loc };
    }
    if (node.k === 'seq')
        return { t: 'arr', items: node.items.map((i) => fromFast(i, src)), loc };
    return scalarValue(node.value, loc);
}
/** A located tree; `shallow` converts the top level only (nested maps and lists come back empty). */
function convert(node, src, depth = 0, shallow = false) {
    const [start, end] = nodeRange(node, src.text);
    const loc = src.loc(start, end);
    if (depth > 200)
        return { t: 'unknown', loc, why: 'nested too deeply' };
    if (shallow && depth > 0) {
        if ((0,dist/* isMap */.jh)(node))
            return { t: 'obj', entries: [], loc };
        if ((0,dist/* isSeq */.oP)(node))
            return { t: 'arr', items: [], loc };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = [];
        for (const pair of node.items) {
            const k = pair.key;
            const key = k && (0,dist/* isScalar */.jn)(k) ? String(k.value) : k ? '<complex key>' : '';
            const keyLoc = k ? src.loc(...nodeRange(k, src.text)) : loc;
            const v = pair.value;
            const value = v ? convert(v, src, depth + 1, shallow) : { t: 'null', loc: keyLoc };
            entries.push({ key, keyLoc, value });
        }
        return { t: 'obj', entries, loc };
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        return { t: 'arr', items: node.items.map((i) => convert(i, src, depth + 1, shallow)), loc };
    }
    if ((0,dist/* isAlias */.Vj)(node))
        return { t: 'unknown', loc, why: `YAML alias *${node.source}` };
    if ((0,dist/* isScalar */.jn)(node)) {
        return scalarValue(node.value, loc);
    }
    return { t: 'unknown', loc, why: 'unsupported YAML node' };
}
//# sourceMappingURL=yaml.js.map

/***/ })

};
