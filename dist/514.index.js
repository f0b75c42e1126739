export const id = 514;
export const ids = [514];
export const modules = {

/***/ 4514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/src/config/errors.js
var errors = __webpack_require__(8422);
// EXTERNAL MODULE: ./lib/src/engine/discover.js + 2 modules
var discover = __webpack_require__(4944);
// EXTERNAL MODULE: ./lib/src/app/empty-scan.js
var empty_scan = __webpack_require__(1609);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/app/targets.js


/**
 * `include`/`exclude` globs are written relative to the scanned folder (`path`). They are
 * matched against root-relative paths, so each is anchored to that folder: `ml/**` under
 * `examples` → `examples/ml/**`, and a bare name pattern (`*.yml`) stays any-depth →
 * `examples/**\/*.yml`. A `./`-prefixed glob is relative to the root, as before; an absolute one
 * is made relative to the root. `base` and `absRoot` use POSIX separators.
 */
function anchorGlobs(globs, base, absRoot) {
    if (!globs)
        return undefined;
    const dir = external_node_path_.posix.normalize(base.replace(/\\/g, '/')).replace(/\/+$/, '');
    return globs
        .map((g) => g.trim())
        .filter(Boolean)
        .map((g) => {
        const negated = g.startsWith('!') ? '!' : '';
        const body = negated ? g.slice(1) : g;
        if (body.startsWith('./'))
            return negated + body.slice(2);
        if (external_node_path_.posix.isAbsolute(body))
            return negated + external_node_path_.posix.relative(absRoot.replace(/\\/g, '/'), body);
        if (dir === '.' || dir === '')
            return negated + body;
        return negated + (body.includes('/') ? `${dir}/${body}` : `${dir}/**/${body}`);
    });
}
/** Characters that make a command-line argument a glob rather than a path. */
const MAGIC = /[*?[\]{}]/;
/**
 * Splits command-line path arguments: existing paths stay paths; a glob (quoted so the shell did
 * not expand it) becomes an include pattern.
 */
function splitPathArgs(args, exists) {
    const paths = [];
    const globs = [];
    for (const a of args) {
        if (exists(a) || !MAGIC.test(a))
            paths.push(a);
        else
            globs.push(a.replace(/\\/g, '/').replace(/^\.\//, ''));
    }
    return { paths, globs };
}
/** The folder a glob is scanned from: its segments before the first wildcard (`ml/**\/*.yml` → `ml`). */
function globBase(glob) {
    const parts = glob.split('/');
    return parts.slice(0, parts.findIndex((p) => MAGIC.test(p))).join('/') || '.';
}
/**
 * Folders are scanned whole, with include/exclude relative to the folder when there is one;
 * files given one by one (pre-commit, an editor, stdin) are reported on alone while the whole
 * root is read, so configuration and cross-file context are the same as in a full scan.
 */
function resolveTargets(o) {
    const root = (0,external_node_path_.resolve)(o.root);
    const exists = (p) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, p));
    const { paths: given, globs } = splitPathArgs(o.args, exists);
    const rel = (p) => (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, p)).split(external_node_path_.sep).join('/') || '.';
    const isFile = (p) => {
        try {
            return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, p)).isFile();
        }
        catch {
            return false;
        }
    };
    if (o.stdinFilename !== undefined || (given.length > 0 && !globs.length && given.every(isFile))) {
        const files = o.stdinFilename !== undefined ? [rel(o.stdinFilename)] : given.map(rel);
        const dirs = [...new Set(files.map((f) => external_node_path_.posix.dirname(f)))];
        return { paths: ['.'], include: o.include, exclude: o.exclude, reportOnly: files, configPaths: dirs.length === 1 ? dirs : [] };
    }
    const absRoot = root.split(external_node_path_.sep).join('/');
    if (globs.length) {
        // Each glob is a target of its own, and so is each plain path: their union is scanned.
        const include = [...(anchorGlobs(o.include, '.', absRoot) ?? []), ...globs, ...given.flatMap((p) => [rel(p), `${rel(p)}/**`])];
        return { paths: [...given, ...globs.map(globBase)], include, exclude: anchorGlobs(o.exclude, '.', absRoot), configPaths: [] };
    }
    const base = given.length === 1 && !isFile(given[0]) ? rel(given[0]) : '.';
    return { paths: given, include: anchorGlobs(o.include, base, absRoot), exclude: anchorGlobs(o.exclude, base, absRoot), configPaths: given.length === 1 ? given : [] };
}
/** The one folder argument when it lies outside the current directory, as an absolute path. */
function outsideFolder(cwd, positionals) {
    if (positionals.length !== 1 || positionals[0] === '-')
        return undefined;
    const abs = resolve(cwd, positionals[0]);
    const back = relative(cwd, abs);
    if (!(back === '..' || back.startsWith('..' + sep) || isAbsolute(back)))
        return undefined;
    try {
        return statSync(abs).isDirectory() ? abs : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=targets.js.map
// EXTERNAL MODULE: ./lib/src/app/git/run.js
var run = __webpack_require__(8808);
// EXTERNAL MODULE: ./lib/src/app/exit-code.js
var exit_code = __webpack_require__(5156);
;// CONCATENATED MODULE: ./lib/src/action/inputs.js


/** A bad input: reported with setFailed, no scan. */
class InputError extends Error {
}
function bool(name, fallback) {
    const raw = core/* getInput */.V4(name).trim();
    if (!raw)
        return fallback;
    if (/^(true|yes|on)$/i.test(raw))
        return true;
    if (/^(false|no|off)$/i.test(raw))
        return false;
    throw new InputError(`Input '${name}' must be true or false, got '${raw}'.`);
}
/** Reads and checks every input (env INPUT_*), so a typo fails fast with a sentence. */
function readInputs() {
    const failOn = (core/* getInput */.V4('fail-on').trim() || 'error').toLowerCase();
    if (!exit_code/* FAIL_ON */.d.includes(failOn)) {
        throw new InputError(`Input 'fail-on' must be one of ${exit_code/* FAIL_ON */.d.join(', ')}, got '${failOn}'.`);
    }
    return {
        path: core/* getInput */.V4('path').trim() || '.',
        include: core/* getMultilineInput */.q3('include').map((s) => s.trim()).filter(Boolean),
        exclude: core/* getMultilineInput */.q3('exclude').map((s) => s.trim()).filter(Boolean),
        config: core/* getInput */.V4('config').trim() || undefined,
        sarifFile: core/* getInput */.V4('sarif-file').trim() || 'amlguard.sarif',
        failOn: failOn,
        annotations: bool('annotations', true),
        summary: bool('summary', true),
        identityMap: bool('identity-map', true),
        changedFilesOnly: bool('changed-files-only', false),
        onlyNew: bool('only-new', false),
        githubToken: core/* getInput */.V4('github-token').trim(),
        tenantId: core/* getInput */.V4('tenant-id').trim() || undefined,
        baseline: core/* getInput */.V4('baseline').trim() || undefined,
        allowPlugins: bool('allow-plugins', false),
        allowEmpty: bool('allow-empty', false),
        category: core/* getInput */.V4('category').trim() || undefined,
    };
}
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: ./lib/src/action/pull-request.js
var pull_request = __webpack_require__(1198);
;// CONCATENATED MODULE: ./lib/src/action/main.js








/** The Action: inputs → lint → SARIF file, annotations, job summary, outputs, pass/fail. */
async function main_run() {
    try {
        const inputs = readInputs();
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const pr = await pullRequestEvent();
        if (!pr && (inputs.changedFilesOnly || inputs.onlyNew)) {
            core/* notice */.lm(`Inputs 'changed-files-only' and 'only-new' apply to pull_request events; this ${process.env.GITHUB_EVENT_NAME || 'run'} reports every finding.`, { title: 'amlguard' });
        }
        const targets = resolveTargets({ root: workspace, args: [inputs.path], include: inputs.include, exclude: inputs.exclude });
        // A repository with nothing to read fails here, before the rules and readers are loaded.
        if (!(0,empty_scan/* anyFileToRead */.O)(workspace, targets, inputs.config)) {
            (0,empty_scan/* assertScanned */.j)(0, { root: workspace, paths: [inputs.path], include: inputs.include, exclude: inputs.exclude }, targets, inputs.allowEmpty);
        }
        const { scan } = await Promise.all(/* import() */[__webpack_require__.e(973), __webpack_require__.e(916), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 7677));
        await scan({ inputs, workspace, pr, targets });
    }
    catch (e) {
        if (e instanceof InputError || e instanceof discover/* UsageError */.e || e instanceof errors/* ConfigError */.xL || e instanceof run/* GitError */.XS)
            core/* setFailed */.C1(e.message);
        else {
            // One line for the log; the stack only in debug logging.
            core/* debug */.Yz(String(e.stack ?? e));
            core/* setFailed */.C1(`amlguard failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
        }
    }
}
/** The pull request of a pull_request event (@actions/github is loaded only for those events). */
async function pullRequestEvent() {
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    if (!name.startsWith('pull_request'))
        return undefined;
    const { context } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const pr = (0,pull_request/* pullRequestOf */._n)(context.eventName, context.payload);
    if (!pr)
        core/* warning */.$e(`The ${name} event payload names no pull request base commit; amlguard reports every finding without comparing.`, { title: 'amlguard' });
    return pr;
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 1198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   sI: () => (/* binding */ pullRequestFiles)
/* harmony export */ });
/* unused harmony export listPullRequestFiles */
/* harmony import */ var _app_git_revision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7128);

/** The pull request of a `pull_request` / `pull_request_target` event payload; undefined for other events. */
function pullRequestOf(eventName, payload) {
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return undefined;
    const pr = payload.pull_request;
    const repository = payload.repository;
    const owner = repository?.owner?.login ?? pr?.base?.repo?.owner?.login;
    const repo = repository?.name ?? pr?.base?.repo?.name;
    if (!pr?.base?.sha || typeof pr.number !== 'number' || !owner || !repo)
        return undefined;
    return { owner, repo, number: pr.number, baseSha: pr.base.sha, headSha: pr.head?.sha };
}
/**
 * The pull request's files from the GitHub API (`pulls.listFiles`, every page; a renamed file
 * also names its previous path). `@actions/github` is loaded only here: it costs start-up time,
 * and reads GITHUB_API_URL when loaded.
 */
async function listPullRequestFiles(token, pr) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    return files.map((f) => ({ status: STATUS[f.status] ?? 'M', path: f.filename, ...(f.previous_filename ? { from: f.previous_filename } : {}) }));
}
const STATUS = { added: 'A', removed: 'D', modified: 'M', renamed: 'R', copied: 'C', changed: 'T', unchanged: 'M' };
/**
 * The pull request's files: from the API, or, when there is no token or the API fails, from
 * `git diff base...HEAD` (saying so through `notice`, since the two can differ on a stale base).
 */
async function pullRequestFiles(root, token, pr, baseCommit, notice) {
    if (token) {
        try {
            return await listPullRequestFiles(token, pr);
        }
        catch (e) {
            notice(`Could not list the pull request's files through the GitHub API (${firstLine(e)}); using git diff ${baseCommit.slice(0, 12)}...HEAD instead.`);
        }
    }
    else
        notice(`No github-token: the pull request's files come from git diff ${baseCommit.slice(0, 12)}...HEAD.`);
    return (0,_app_git_revision_js__WEBPACK_IMPORTED_MODULE_0__/* .changedFiles */ .Y_)(root, baseCommit, 'HEAD');
}
function firstLine(e) {
    return String(e?.message ?? e).split('\n')[0].slice(0, 200);
}
//# sourceMappingURL=pull-request.js.map

/***/ }),

/***/ 1609:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ anyFileToRead),
/* harmony export */   j: () => (/* binding */ assertScanned)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3747);
/* harmony import */ var _engine_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4944);




/**
 * A scan that read no file passes silently otherwise (a wrong `path` or glob): it is a usage
 * error unless the pipeline allows it. Files named one by one that exist but are excluded or
 * ignored by the configuration are not an error: pre-commit passes whatever was staged.
 */
function assertScanned(fileCount, given, targets, allowEmpty) {
    if (fileCount > 0 || allowEmpty)
        return;
    if (targets.reportOnly?.every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(given.root, f))))
        return;
    const what = targets.reportOnly ? `the file${targets.reportOnly.length === 1 ? '' : 's'} ${list(targets.reportOnly)}` : `path ${list(given.paths.length ? given.paths : ['.'])}`;
    const globs = [given.include?.length ? ` with include ${list(given.include)}` : '', given.exclude?.length ? ` and exclude ${list(given.exclude)}` : ''].join('');
    throw new _engine_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`no files to scan: ${what}${globs} has no YAML, JSON, Bicep, Terraform or script file that amlguard reads (globs are relative to the path); set allow-empty to accept an empty scan.`);
}
const list = (xs) => xs.map((x) => `'${x}'`).join(', ');
/**
 * Whether a scan could read anything: a file discovery keeps, or a configuration file (which may
 * allow an empty scan). Stops at the first file; loads no reader.
 */
function anyFileToRead(root, targets, configPath) {
    if ((0,_config_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .configFileFor */ .k)(root, configPath, targets.configPaths))
        return true;
    return (0,_engine_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .discover */ .k)({ root, paths: targets.paths, include: targets.include, exclude: targets.exclude, stopAfter: 1 }).length > 0;
}
//# sourceMappingURL=empty-scan.js.map

/***/ }),

/***/ 5156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ exitCode),
/* harmony export */   d: () => (/* binding */ FAIL_ON)
/* harmony export */ });
/* harmony import */ var _engine_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8316);

const FAIL_ON = ['error', 'warning', 'note', 'never'];
/** 1 when an unsuppressed finding is at or above `failOn`, else 0 (CLI and Action alike). */
function exitCode(findings, failOn) {
    return (0,_engine_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .failsAt */ .ZN)(findings, failOn) ? 1 : 0;
}
//# sourceMappingURL=exit-code.js.map

/***/ }),

/***/ 7128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ readRevision),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   dl: () => (/* binding */ isGitCheckout),
/* harmony export */   q$: () => (/* binding */ ensureCommit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports resolveCommit, isShallow, listTree, readBlobs */
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8808);

/** The commit a ref names (`main`, `origin/main`, `HEAD~1`, a sha), or undefined when it is not in this clone. */
async function resolveCommit(repo, ref) {
    const out = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitMaybe */ .dK)(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return out?.toString('utf8').trim() || undefined;
}
async function isShallow(repo) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(repo, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
}
/** The folder git ran in is inside a work tree (false: not a git checkout at all). */
async function isGitCheckout(repo) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitMaybe */ .dK)(repo, ['rev-parse', '--is-inside-work-tree']))?.toString('utf8').trim() === 'true';
}
/**
 * The commit of `ref`, fetched from `origin` when this clone does not have it (a shallow CI
 * checkout has only the head): `git fetch --depth=1 origin <ref>` in a shallow clone, so only that
 * commit comes down. Throws a GitError with one sentence saying what to do when it cannot be had.
 */
async function ensureCommit(repo, ref) {
    const local = await resolveCommit(repo, ref);
    if (local)
        return local;
    const shallow = await isShallow(repo).catch(() => false);
    const fetched = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitMaybe */ .dK)(repo, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), '--end-of-options', 'origin', ref]);
    const sha = fetched && ((await resolveCommit(repo, ref)) ?? (await resolveCommit(repo, 'FETCH_HEAD')));
    if (sha)
        return sha;
    throw new _run_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`The base commit ${ref} is not in this ${shallow ? 'shallow ' : ''}clone and could not be fetched from origin; check out with \`fetch-depth: 0\` (actions/checkout) or fetch the base commit before running amlguard.`);
}
/** The commit where `head` left `base` (what a pull request is compared with), or undefined when history is too shallow to tell. */
async function mergeBase(repo, base, head) {
    return (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitMaybe */ .dK)(repo, ['merge-base', '--end-of-options', base, head]))?.toString('utf8').trim() || undefined;
}
const TREE_LINE = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/;
/**
 * The regular files of a commit under the folder git runs in (paths relative to it), without
 * touching the working tree. Symlinks and submodules are left out, as discovery skips them on disk.
 */
async function listTree(repo, commit) {
    const out = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(repo, ['ls-tree', '-r', '-z', '--long', '--end-of-options', commit])).toString('utf8');
    const files = [];
    for (const line of out.split('\0')) {
        const m = TREE_LINE.exec(line);
        if (!m || m[2] !== 'blob' || m[1] === '120000')
            continue;
        files.push({ path: m[5], oid: m[3], size: Number(m[4]) });
    }
    return files;
}
/** The bytes of many blobs through one `git cat-file --batch` process. */
async function readBlobs(repo, files) {
    const blobs = new Map();
    if (!files.length)
        return blobs;
    const expected = files.reduce((n, f) => n + f.size + f.oid.length + 32, 0);
    const out = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitWithInput */ .Vg)(repo, ['cat-file', '--batch'], files.map((f) => f.oid).join('\n') + '\n', expected);
    let at = 0;
    while (at < out.length) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const [oid, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
        at = eol + 1;
        if (type === 'missing' || size === undefined)
            continue;
        const n = Number(size);
        blobs.set(oid, out.subarray(at, at + n));
        at += n + 1; // content, then a newline
    }
    return blobs;
}
/**
 * The files of a commit that `want` selects, with their bytes; files not wanted keep their size
 * only (discovery still sees them, e.g. to report a file over the size limit).
 */
async function readRevision(repo, commit, want) {
    const tree = await listTree(repo, commit);
    const wanted = tree.filter((f) => want(f.path, f.size));
    const blobs = await readBlobs(repo, wanted);
    return new Map(tree.map((f) => [f.path, { size: f.size, bytes: blobs.get(f.oid) }]));
}
/**
 * Files changed between `base` and `head` (`git diff --name-status -z -M base...head`, paths
 * relative to the folder git runs in), or between `base` and the working tree when `head` is
 * omitted (untracked files count as added). When the clone is too shallow for a merge base, the
 * two commits are compared directly.
 */
async function changedFiles(repo, base, head) {
    const diff = ['diff', '--name-status', '-z', '-M', '--relative', '--no-color', '--no-ext-diff'];
    if (!head) {
        const tracked = parseNameStatus(await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(repo, [...diff, '--end-of-options', base]));
        const untracked = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(repo, ['ls-files', '--others', '--exclude-standard', '-z'])).toString('utf8').split('\0').filter(Boolean);
        return [...tracked, ...untracked.map((path) => ({ status: 'A', path }))];
    }
    const out = (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .gitMaybe */ .dK)(repo, [...diff, '--end-of-options', `${base}...${head}`])) ?? (await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(repo, [...diff, '--end-of-options', base, head]));
    return parseNameStatus(out);
}
function parseNameStatus(out) {
    const parts = out.toString('utf8').split('\0');
    const files = [];
    for (let i = 0; i + 1 < parts.length;) {
        const status = parts[i++];
        if (!status)
            break;
        if (status[0] === 'R' || status[0] === 'C') {
            files.push({ status: status[0], from: parts[i], path: parts[i + 1] });
            i += 2;
        }
        else
            files.push({ status: status[0], path: parts[i++] });
    }
    return files;
}
//# sourceMappingURL=revision.js.map

/***/ }),

/***/ 8808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Vg: () => (/* binding */ gitWithInput),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dK: () => (/* binding */ gitMaybe)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);

/** A git command that failed; `message` is one sentence fit for a user. */
class GitError extends Error {
}
/** Output larger than this is refused rather than buffered (listings and diffs of huge repositories). */
const MAX_OUTPUT = 256 * 1024 * 1024;
/**
 * Runs `git -C <repo> <args…>` with an argument array (never a shell) and returns stdout.
 * Hooks, pagers and prompts are off, so nothing waits for a terminal.
 */
function git(repo, args, opts = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', repo, ...args], { encoding: 'buffer', maxBuffer: opts.maxBuffer ?? MAX_OUTPUT, env: gitEnv(), windowsHide: true }, (err, stdout, stderr) => {
            if (err) {
                const detail = stderr.toString('utf8').trim().split('\n').pop() || err.message;
                reject(new GitError(`git ${args[0]} failed: ${detail}`));
            }
            else
                resolve(stdout);
        });
    });
}
/** Like `git`, but returns undefined instead of throwing (for questions such as "does this commit exist?"). */
async function gitMaybe(repo, args) {
    try {
        return await git(repo, args);
    }
    catch {
        return undefined;
    }
}
/**
 * Runs one git process, writes `input` to its stdin and returns stdout, refusing more than
 * `maxBytes` (the caller knows how much to expect, e.g. the sum of the blob sizes it asked for).
 */
function gitWithInput(repo, args, input, maxBytes) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-C', repo, ...args], { env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
        const chunks = [];
        let size = 0;
        let stderr = '';
        let failed = false;
        const fail = (e) => {
            if (failed)
                return;
            failed = true;
            child.kill();
            reject(e);
        };
        child.stdout.on('data', (c) => {
            size += c.length;
            if (size > maxBytes)
                return fail(new GitError(`git ${args[0]} wrote more than the ${maxBytes} bytes expected.`));
            chunks.push(c);
        });
        child.stderr.on('data', (c) => {
            if (stderr.length < 4096)
                stderr += c.toString('utf8');
        });
        child.on('error', (e) => fail(new GitError(`cannot run git: ${e.message}`)));
        child.on('close', (code) => {
            if (failed)
                return;
            if (code !== 0)
                return fail(new GitError(`git ${args[0]} failed: ${stderr.trim().split('\n').pop() || `exit code ${code}`}`));
            resolve(Buffer.concat(chunks));
        });
        child.stdin.on('error', () => undefined); // git exiting early closes stdin; the exit code says why
        child.stdin.end(input);
    });
}
/** No pager, no prompt for credentials, no terminal: a CI-safe environment. */
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}
//# sourceMappingURL=run.js.map

/***/ }),

/***/ 8422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ explainAjvErrors),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export dotted */
/* harmony import */ var _model_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1925);

/** A configuration or usage mistake: exit code 2, message already a sentence with its place. */
class ConfigError extends Error {
}
/** Readable path from a JSON pointer: `/rules/acr-admin-user` → `rules.acr-admin-user`. */
function dotted(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? `[${s}]` : s))
        .join('.')
        .replace(/\.\[/g, '[');
}
function shown(v) {
    return typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
}
const EXPECTED_BY_PATH = [
    [/^rules\.[^.]+$/, 'off|note|warning|error or {severity, options, ignore}'],
    [/^rules\.[^.]+\.severity$/, 'off|note|warning|error'],
];
/**
 * Turns ajv errors into sentences with file, line and path, e.g.
 * `.amlguard.yml:3:19: rules.acr-admin-user: expected off|note|warning|error or {severity, options}, got "high"`.
 */
function explainAjvErrors(errors, root, src, data) {
    // An anyOf failure lists every branch's complaint. When the data matched a branch's shape,
    // its deeper errors say what is wrong; otherwise the umbrella error says what was expected.
    const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
    const kept = errors.filter((e) => {
        for (const p of anyOfPaths) {
            const deeper = errors.some((x) => x.instancePath.startsWith(p + '/') && x.keyword !== 'anyOf');
            if (e.instancePath === p)
                return deeper ? false : e.keyword === 'anyOf';
            if (e.instancePath.startsWith(p + '/') && !deeper)
                return false;
        }
        return true;
    });
    const byPath = new Map();
    for (const e of kept) {
        const path = e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath;
        if (!byPath.has(path))
            byPath.set(path, e);
    }
    return [...byPath.values()].map((e) => {
        const pointer = e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath;
        const path = dotted(pointer) || '(top level)';
        let where = src ? `${src.path}:` : '';
        if (root && src) {
            const { node, keyLoc } = (0,_model_value_js__WEBPACK_IMPORTED_MODULE_0__/* .atPointer */ .ZS)(root, pointer);
            const loc = e.keyword === 'additionalProperties' ? (keyLoc ?? node.loc) : node.loc;
            where = `${src.path}:${loc.range.start.line}:${loc.range.start.column}:`;
        }
        const value = valueAt(data, e.instancePath);
        let text;
        const expected = EXPECTED_BY_PATH.find(([re]) => re.test(dotted(e.instancePath)))?.[1];
        switch (e.keyword) {
            case 'additionalProperties': {
                const known = Object.keys(e.parentSchema?.properties ?? {});
                text = known.length ? `unknown key; expected one of ${known.join(', ')}` : 'unknown key; nothing is accepted here';
                break;
            }
            case 'enum':
                text = `expected ${e.params.allowedValues.join('|')}, got ${shown(value)}`;
                break;
            case 'anyOf':
                text = `expected ${expected ?? 'a different value'}, got ${shown(value)}`;
                break;
            case 'type':
                text = `expected ${expected ?? e.params.type}, got ${shown(value)}`;
                break;
            case 'required':
                text = `missing required key '${e.params.missingProperty}'`;
                break;
            default:
                text = e.message ?? 'invalid';
        }
        return `${where} ${path}: ${text}`.trim();
    });
}
function valueAt(data, pointer) {
    let cur = data;
    for (const seg of pointer.split('/').slice(1)) {
        if (cur && typeof cur === 'object')
            cur = cur[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
        else
            return undefined;
    }
    return cur;
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 3747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ configFileFor)
/* harmony export */ });
/* unused harmony export CONFIG_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Configuration file names looked for at the scan root (and in a single folder given as the path). */
const CONFIG_NAMES = ['.amlguard.yml', '.amlguard.yaml'];
/** The configuration file a run uses: the one named, else the first found; undefined when none. */
function configFileFor(root, explicit, paths = []) {
    if (explicit)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, explicit);
    const dirs = [root, ...(paths.length === 1 ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, paths[0])] : [])];
    return dirs.flatMap((dir) => CONFIG_NAMES.map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, n))).find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
}
//# sourceMappingURL=locate.js.map

/***/ }),

/***/ 4944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ UsageError),
  k: () => (/* binding */ discover)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./lib/src/generated/extensions.js
// GENERATED by src/tools/gen-extensions.ts (npm run gen) from src/formats/registry.ts. Do not edit.
/** Lower-case file-name endings some registered format reads. */
const READ_ENDINGS = [".bash", ".bicep", ".bicepparam", ".json", ".jsonc", ".ps1", ".sh", ".tf", ".tf.json", ".tfvars", ".yaml", ".yml"];
//# sourceMappingURL=extensions.js.map
;// CONCATENATED MODULE: ./lib/src/formats/endings.js
// Which files amlguard reads, by name alone, without loading any reader (generated from the
// registry by `npm run gen`; test/formats/registry.test.ts keeps the two equal).

/** True when some registered format reads files with this name's ending. */
function isReadByName(path) {
    const name = path.toLowerCase();
    return READ_ENDINGS.some((ending) => name.endsWith(ending));
}
//# sourceMappingURL=endings.js.map
// EXTERNAL MODULE: ./lib/src/engine/files/disk.js
var disk = __webpack_require__(1292);
;// CONCATENATED MODULE: ./lib/src/engine/discover.js




const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.venv', '__pycache__']);
/** `**` then `/*` then a literal ending (`**​/*.yml`): any file in any folder whose path ends so, dotfiles included. */
const ANY_PATH_ENDING = /^\*\*\/\*([^*?[\]{}()!+@\\/]+)$/;
function matcher(globs) {
    const list = (globs ?? []).map((g) => g.trim()).filter(Boolean);
    if (!list.length)
        return undefined;
    // The common "every file of this kind" glob is a string test; minimatch answers the rest.
    const endings = [];
    const ms = [];
    for (const g of list) {
        const ending = ANY_PATH_ENDING.exec(g)?.[1];
        if (ending)
            endings.push(ending);
        else
            ms.push(new esm/* Minimatch */.VR(g, { dot: true, nocase: false, matchBase: !g.includes('/') }));
    }
    return (p) => endings.some((e) => p.endsWith(e)) || ms.some((m) => m.match(p));
}
/** Walks the given paths in a stable order (on disk, or in a git revision); never follows symlinked folders (no loops). */
function discover(opts, source = (0,disk/* diskSource */.j)(opts.root)) {
    const root = (0,external_node_path_.resolve)(opts.root);
    const include = matcher(opts.include);
    const exclude = matcher(opts.exclude);
    const seen = new Set();
    const out = [];
    const consider = (rel, size, special) => {
        // By name only: which format reads it is decided on the text (formats/registry.ts).
        if (!isReadByName(rel) || seen.has(rel))
            return;
        if (include && !include(rel))
            return;
        if (exclude && exclude(rel))
            return;
        seen.add(rel);
        out.push(special ? { abs: (0,external_node_path_.join)(root, rel), rel, size, skip: `it is ${special}, not a regular file` } : { abs: (0,external_node_path_.join)(root, rel), rel, size });
    };
    const enough = () => opts.stopAfter !== undefined && out.length >= opts.stopAfter;
    const walk = (dir) => {
        if (enough())
            return;
        const entries = source.list(dir).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (enough())
                return;
            const rel = dir === '.' ? e.name : `${dir}/${e.name}`;
            if (e.dir) {
                if (SKIP_DIRS.has(e.name))
                    continue;
                if (exclude && (exclude(rel) || exclude(rel + '/')))
                    continue;
                walk(rel);
            }
            else
                consider(rel, e.size, e.special);
        }
    };
    for (const p of opts.paths?.length ? opts.paths : ['.']) {
        const rel = external_node_path_.posix.normalize((0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, p)).split(external_node_path_.sep).join('/') || '.');
        const st = source.stat(rel);
        if (!st)
            throw new UsageError(`path not found: ${p}`);
        if (st.dir)
            walk(rel);
        else
            consider(rel, st.size, st.special);
    }
    return out;
}
/** A mistake in how amlguard was called (exit code 2). */
class UsageError extends Error {
}
//# sourceMappingURL=discover.js.map

/***/ }),

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

/***/ 8316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   sF: () => (/* binding */ hasEdits),
/* harmony export */   tf: () => (/* binding */ formatFinding)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** True when the finding carries edits `--fix` can apply. */
function hasEdits(f) {
    return !!f.fix && f.fix.edits.length > 0;
}
/** The canonical one-line form, used by the text reporter and as the test oracle. */
function formatFinding(f) {
    const { line, column } = f.loc.range.start;
    return `${f.loc.file}:${line}:${column}: ${f.message} [${f.ruleId}]`;
}
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/**
 * The fingerprint hashes the rule id, the file and the content the finding points at (the text of
 * its first line, whitespace-collapsed), plus an occurrence counter for identical lines. Secret
 * findings hash the rule, file and message instead, so no secret ever enters the hash.
 */
function fingerprint(ruleId, file, anchorText, occurrence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\0${file}\0${anchorText.replace(/\s+/g, ' ').trim()}\0${occurrence}`).digest('hex').slice(0, 32);
}
function compareFindings(a, b) {
    if (a.loc.file !== b.loc.file)
        return a.loc.file < b.loc.file ? -1 : 1;
    const pa = a.loc.range.start;
    const pb = b.loc.range.start;
    return pa.line - pb.line || pa.column - pb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
/** Whether an unsuppressed finding is at or above `level` (`never`: none is): what fails a run. */
function failsAt(findings, level) {
    if (level === 'never')
        return false;
    return findings.some((f) => !f.suppression && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]);
}
//# sourceMappingURL=finding.js.map

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
