export const id = 659;
export const ids = [659];
export const modules = {

/***/ 4659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
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

/***/ })

};
