export const id = 519;
export const ids = [519];
export const modules = {

/***/ 1292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ diskSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/**
 * The working tree under `root`. Only regular files whose real path is inside the real root are
 * read: a symlinked module pointing outside the checkout, or `/dev/zero` behind a module path,
 * reads as missing; FIFOs, sockets and devices are listed as special and never opened.
 */
function diskSource(root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const realRoot = realOrSelf(abs);
    const unread = new Map();
    // Folders by path: their real path and whether it is inside the real root. A folder met while
    // listing its parent (a real folder, not a symlink) is known without a system call; others are
    // resolved once. A file that is not a symlink itself is then placed with one lstat.
    const folders = new Map([[abs, { real: realRoot, inside: true }]]);
    const folderOf = (folder) => {
        let known = folders.get(folder);
        if (!known) {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(folder);
            folders.set(folder, (known = { real, inside: isInside(realRoot, real) }));
        }
        return known;
    };
    return {
        root: abs,
        stat(rel) {
            try {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, rel));
                if (st.isDirectory())
                    return { dir: true, size: 0 };
                if (st.isFile())
                    return { dir: false, size: st.size };
                return { dir: false, size: 0, special: kindOf(st) };
            }
            catch {
                return undefined;
            }
        },
        list(relDir) {
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, relDir);
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true });
            }
            catch {
                return [];
            }
            const parent = folders.get(folder);
            const out = [];
            for (const e of entries) {
                if (e.isDirectory()) {
                    out.push({ name: e.name, dir: true, size: 0 });
                    if (parent)
                        folders.set(`${folder}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${e.name}`, { real: `${parent.real}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${e.name}`, inside: parent.inside });
                }
                else if (e.isFile()) {
                    const st = fileStat(`${folder}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${e.name}`);
                    if (st)
                        out.push({ name: e.name, ...st });
                }
                else if (isSpecial(e))
                    out.push({ name: e.name, dir: false, size: 0, special: kindOf(e) });
            }
            return out;
        },
        read(rel) {
            const why = (text) => (unread.set(rel, text), undefined);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, rel);
            let real;
            let inside;
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
                if (st.isSymbolicLink()) {
                    real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
                    inside = isInside(realRoot, real);
                    st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
                }
                else {
                    const folder = folderOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
                    real = `${folder.real}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}`;
                    inside = folder.inside;
                }
            }
            catch (e) {
                return why(missingWhy(e));
            }
            if (!inside)
                return why('it leads outside the scan root (symlink)');
            if (!st.isFile())
                return why(`it is ${kindOf(st)}, not a regular file`);
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real);
            }
            catch (e) {
                return why(missingWhy(e));
            }
        },
        whyUnread(rel) {
            return unread.get(rel);
        },
    };
}
function isInside(realRoot, real) {
    const back = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, real);
    return !(back === '..' || back.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(back));
}
function fileStat(path) {
    try {
        return { dir: false, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size };
    }
    catch {
        return undefined; // vanished while listing
    }
}
function isSpecial(e) {
    return e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice();
}
function realOrSelf(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(p);
    }
    catch {
        return p;
    }
}
function missingWhy(e) {
    const code = e.code;
    if (code === 'ENOENT')
        return 'it does not exist (missing, or removed while scanning)';
    if (code === 'EACCES' || code === 'EPERM')
        return 'it cannot be read (permission denied)';
    if (code === 'ELOOP')
        return 'it is a symlink loop';
    return `it cannot be read (${code ?? 'I/O error'})`;
}
/** What a non-regular file is, in words. */
function kindOf(st) {
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'a special file';
}
//# sourceMappingURL=disk.js.map

/***/ }),

/***/ 4659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReadWorker: () => (/* binding */ runReadWorker)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var _model_eval_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3804);
/* harmony import */ var _files_disk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1292);
/* harmony import */ var _read_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9647);
/* harmony import */ var _read_one_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9364);
/* harmony import */ var _compact_locations_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5869);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8053);
// The read worker: claims files from the shared list, reads each with the same code as the main
// thread (readOne) and posts the plain outcome back. It runs inside the same bundle as the CLI or
// Action (their entry files hand over to runReadWorker), so there is no second file to ship.








/** The worker's whole life: claim, read, post, until the list is exhausted; then say so. */
function runReadWorker() {
    const { id, job, shared, port } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const state = new Int32Array(shared);
    const slot = _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .STATE_BASE */ .OV + id;
    const settle = (final) => {
        Atomics.store(state, slot, final);
        Atomics.notify(state, slot);
    };
    // However the thread ends (an uncaught error, process.exit in some dependency), the main thread must hear of it.
    process.on('exit', () => {
        if (Atomics.load(state, slot) === _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkerState */ .AD.Running)
            settle(_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkerState */ .AD.Failed);
    });
    Atomics.store(state, slot, _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkerState */ .AD.Running);
    let final = _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkerState */ .AD.Done;
    try {
        const sources = new Map();
        const budget = new _model_eval_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .EvalBudget */ .A6(job.limits, job.setBy);
        const ctx = (0,_read_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readContext */ .yI)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(job.root), sources, (0,_files_disk_js__WEBPACK_IMPORTED_MODULE_3__/* .diskSource */ .j)(job.root), { files: job.allFiles, maxLoopIterations: job.maxLoopIterations, budget });
        for (;;) {
            const index = Atomics.add(state, _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .CLAIM */ .tx, 1);
            if (index >= job.rels.length)
                break;
            const rel = job.rels[index];
            const outcome = (0,_read_one_js__WEBPACK_IMPORTED_MODULE_5__/* .readOne */ .J)(rel, ctx);
            const extras = [];
            for (const [path, src] of sources)
                if (path !== rel)
                    extras.push([path, src.text]);
            // The engine keeps the texts; the worker keeps nothing it would only hand over twice.
            sources.clear();
            const locs = (0,_compact_locations_js__WEBPACK_IMPORTED_MODULE_7__/* .packLocations */ .W)(outcome);
            // The integers move to the main thread without a copy.
            port.postMessage({ index, outcome, extras, locs }, locs ? [locs.ints.buffer] : []);
            Atomics.add(state, _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .PROGRESS_BASE */ .IG + id, 1);
        }
    }
    catch {
        // The main thread reads whatever this worker claimed and did not post.
        final = _protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .WorkerState */ .AD.Failed;
    }
    finally {
        // The port stays open: closing it could drop messages the main thread has not taken yet.
        settle(final);
    }
}
//# sourceMappingURL=worker.js.map

/***/ }),

/***/ 1925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ truthOf),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   ZS: () => (/* binding */ atPointer),
/* harmony export */   aR: () => (/* binding */ normEnum),
/* harmony export */   bM: () => (/* binding */ fromPlain),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   th: () => (/* binding */ getCI)
/* harmony export */ });
/* unused harmony export getPath */
/** The value of a key; with duplicate keys the last one wins, as in the parsers AML tools use. */
function get(obj, key) {
    return entry(obj, key)?.value;
}
/** Case-insensitive key lookup (ARM property names are case-insensitive). */
function getCI(obj, key) {
    if (!obj || obj.t !== 'obj')
        return undefined;
    const k = key.toLowerCase();
    for (const e of obj.entries)
        if (e.key.toLowerCase() === k)
            return e.value;
    return undefined;
}
function entry(obj, key) {
    if (!obj || obj.t !== 'obj')
        return undefined;
    for (let i = obj.entries.length - 1; i >= 0; i--)
        if (obj.entries[i].key === key)
            return obj.entries[i];
    return undefined;
}
function getPath(obj, path) {
    let cur = obj;
    for (const k of path)
        cur = get(cur, k);
    return cur;
}
function str(v) {
    return v?.t === 'str' ? v.value : undefined;
}
/** Booleans as written in YAML/JSON/HCL/CLI: true, "true", "True", "yes" stay distinct from unknowns. */
function truthOf(v) {
    if (!v)
        return undefined;
    if (v.t === 'bool')
        return v.value;
    if (v.t === 'unknown')
        return 'unknown';
    if (v.t === 'str') {
        const s = v.value.trim().toLowerCase();
        if (s === 'true')
            return true;
        if (s === 'false')
            return false;
    }
    return undefined;
}
/** Normalise enum spellings across formats: `SystemAssigned`, `system_assigned`, `systemAssigned` → `systemassigned`. */
function normEnum(s) {
    return s.toLowerCase().replace(/[\s_-]/g, '');
}
/** Converts a located tree to plain JSON (unknowns become a marker object) for schema validation. */
function toPlain(v) {
    switch (v.t) {
        case 'str':
        case 'num':
        case 'bool':
            return v.value;
        case 'null':
            return null;
        case 'arr':
            return v.items.map(toPlain);
        case 'obj': {
            const o = {};
            for (const e of v.entries)
                o[e.key] = toPlain(e.value);
            return o;
        }
        case 'unknown':
            return { $unknown: v.why };
    }
}
/** Follows a JSON pointer (`/a/0/b`) through a located tree, stopping at the deepest node found. */
function atPointer(root, pointer) {
    let node = root;
    let keyLoc;
    if (!pointer)
        return { node };
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node.t === 'obj') {
            const e = node.entries.find((x) => x.key === seg);
            if (!e)
                break;
            keyLoc = e.keyLoc;
            node = e.value;
        }
        else if (node.t === 'arr') {
            const item = node.items[Number(seg)];
            if (!item)
                break;
            keyLoc = undefined;
            node = item;
        }
        else
            break;
    }
    return { node, keyLoc };
}
/** Plain JSON (e.g. a JSON string written in a script) as a located tree, every node at `loc`. */
function fromPlain(x, loc) {
    if (typeof x === 'string')
        return { t: 'str', value: x, loc };
    if (typeof x === 'number')
        return { t: 'num', value: x, loc };
    if (typeof x === 'boolean')
        return { t: 'bool', value: x, loc };
    if (Array.isArray(x))
        return { t: 'arr', items: x.map((i) => fromPlain(i, loc)), loc };
    if (x && typeof x === 'object')
        return { t: 'obj', entries: Object.entries(x).map(([key, v]) => ({ key, keyLoc: loc, value: fromPlain(v, loc) })), loc };
    return { t: 'null', loc };
}
//# sourceMappingURL=value.js.map

/***/ })

};
