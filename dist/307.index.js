export const id = 307;
export const ids = [307];
export const modules = {

/***/ 7307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintAgainstBase: () => (/* binding */ lintAgainstBase),
  newOnly: () => (/* binding */ newOnly)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/engine/lint.js + 3 modules
var lint = __webpack_require__(5397);
;// CONCATENATED MODULE: ./lib/src/engine/change.js


/**
 * Pull-request mode: lints the base revision and the head with the same rules and configuration,
 * runs the diff rules on the two models, and marks every head finding `new` or `unchanged` by
 * fingerprint (a renamed file's findings are matched under their new path).
 */
function lintChange(opts) {
    const { base: source, renames, ...common } = opts;
    const paths = presentPaths(common, source);
    const base = paths.length
        ? (0,lint/* lint */.u8)({ ...common, paths, source, baseline: undefined, baseModel: undefined, fingerprintPath: (f) => renames?.get(f) ?? f })
        : undefined;
    const head = (0,lint/* lint */.u8)({ ...common, baseModel: base?.model ?? { resources: [] } });
    const baseFindings = base?.findings ?? [];
    const atBase = new Set(baseFindings.map((f) => f.fingerprint));
    const findings = head.findings.map((f) => ({ ...f, baselineState: atBase.has(f.fingerprint) ? 'unchanged' : 'new' }));
    const stillThere = new Set(findings.filter((f) => !f.suppression).map((f) => f.fingerprint));
    const fixed = baseFindings.filter((f) => !f.suppression && !stillThere.has(f.fingerprint)).map((f) => ({ ...f, baselineState: 'absent' }));
    return { ...head, findings, fixed };
}
/** The scanned paths that exist at the base (a folder the change adds has nothing to compare with). */
function presentPaths(opts, base) {
    const root = (0,external_node_path_.resolve)(opts.root);
    return (opts.paths?.length ? opts.paths : ['.']).filter((p) => base.stat(external_node_path_.posix.normalize((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, p)).split(external_node_path_.sep).join('/') || '.')));
}
/** Only the findings located in the given files (changed-files mode: the rest of the repository is still read for context). */
function inFiles(findings, files) {
    return findings.filter((f) => files.has(f.loc.file));
}
/** What the change does to the findings, for summaries. */
function changeCounts(findings, fixed) {
    return { added: findings.filter((f) => f.baselineState === 'new' && !f.suppression).length, fixed: fixed.length };
}
//# sourceMappingURL=change.js.map
// EXTERNAL MODULE: ./lib/src/formats/registry.js + 60 modules
var registry = __webpack_require__(4630);
;// CONCATENATED MODULE: ./lib/src/engine/files/memory.js

/**
 * A file tree held in memory (a git revision read from objects): repo-relative path → size and
 * bytes; a file listed without bytes is seen by discovery but reads as unreadable.
 */
function memorySource(root, files) {
    const dirs = new Map([['.', new Map()]]);
    const add = (dir, entry) => {
        let d = dirs.get(dir);
        if (!d)
            dirs.set(dir, (d = new Map()));
        d.set(entry.name, entry);
    };
    for (const [path, { size }] of files) {
        const file = external_node_path_.posix.normalize(path);
        add(external_node_path_.posix.dirname(file), { name: external_node_path_.posix.basename(file), dir: false, size });
        // Register every ancestor folder in its parent, up to the root (stopping where one is known).
        for (let dir = external_node_path_.posix.dirname(file); dir !== '.' && !dirs.get(external_node_path_.posix.dirname(dir))?.has(external_node_path_.posix.basename(dir)); dir = external_node_path_.posix.dirname(dir)) {
            add(external_node_path_.posix.dirname(dir), { name: external_node_path_.posix.basename(dir), dir: true, size: 0 });
        }
    }
    const key = (rel) => external_node_path_.posix.normalize(rel.replace(/\/+$/, '') || '.');
    return {
        root,
        stat(rel) {
            const k = key(rel);
            if (dirs.has(k))
                return { dir: true, size: 0 };
            const file = files.get(k);
            return file ? { dir: false, size: file.size } : undefined;
        },
        list(relDir) {
            return [...(dirs.get(key(relDir))?.values() ?? [])];
        },
        read(rel) {
            return files.get(key(rel))?.bytes;
        },
    };
}
//# sourceMappingURL=memory.js.map
// EXTERNAL MODULE: ./lib/src/app/git/revision.js
var revision = __webpack_require__(7128);
// EXTERNAL MODULE: ./lib/src/app/git/run.js
var run = __webpack_require__(8808);
;// CONCATENATED MODULE: ./lib/src/app/pr/base.js





/**
 * Resolves `ref` (fetching just that commit into a shallow clone), reads the scan root's files at
 * that commit (only the formats amlguard reads, up to the size limit) and lists the changed files
 * between it and the working tree. Throws GitError with a sentence when any of that is impossible.
 */
async function loadBase(root, ref, opts = {}) {
    if (!(await (0,revision/* isGitCheckout */.dl)(root)))
        throw new run/* GitError */.XS(`A base revision (${ref}) needs a git checkout, and ${root} is not one.`);
    const tip = await (0,revision/* ensureCommit */.q$)(root, ref);
    const commit = (await (0,revision/* mergeBase */.wu)(root, tip, 'HEAD')) ?? tip;
    const limit = opts.maxFileSize ?? lint/* DEFAULT_MAX_FILE */.Q_;
    const files = await (0,revision/* readRevision */.M7)(root, commit, (path, size) => (0,registry/* candidatesFor */._j)(path).length > 0 && size <= limit);
    return { commit, source: memorySource(root, files), changes: await (0,revision/* changedFiles */.Y_)(root, commit) };
}
/** Base path → head path of every renamed file. */
function renamesOf(changes) {
    return new Map(changes.filter((c) => c.from && c.status === 'R').map((c) => [c.from, c.path]));
}
/** Every path the change touched, at the head and (for renames) at the base. */
function changedPaths(changes) {
    return new Set(changes.flatMap((c) => (c.from ? [c.path, c.from] : [c.path])));
}
//# sourceMappingURL=base.js.map
;// CONCATENATED MODULE: ./lib/src/app/pr/run.js


/** A lint run judged against a base revision: head findings marked new/unchanged, diff rules run, optionally only changed files. */
async function lintAgainstBase(options, o) {
    const base = await loadBase(options.root, o.ref, { maxFileSize: options.maxFileSize });
    const changes = o.listChanges ? await o.listChanges(base.commit) : base.changes;
    let result = lintChange({ ...options, base: base.source, renames: renamesOf(changes) });
    let changed;
    if (o.changedOnly) {
        changed = changedPaths(changes);
        result = { ...result, findings: inFiles(result.findings, changed), fixed: inFiles(result.fixed, changed) };
    }
    const { added } = changeCounts(result.findings, result.fixed);
    return { result, change: { base: o.label ?? o.ref, added, fixed: result.fixed }, changed };
}
/** The findings the change adds (`--only-new`: what annotations and the exit code consider). */
function newOnly(findings) {
    return findings.filter((f) => f.baselineState === 'new');
}
//# sourceMappingURL=run.js.map

/***/ })

};
