// The read worker: claims files from the shared list, reads each with the same code as the main
// thread (readOne) and posts the plain outcome back. It runs inside the same bundle as the CLI or
// Action (their entry files hand over to runReadWorker), so there is no second file to ship.
import { resolve } from 'node:path';
import { workerData } from 'node:worker_threads';
import { SourceFile } from '../../model/located.js';
import { EvalBudget } from '../../model/eval-budget.js';
import { diskSource } from '../files/disk.js';
import { readContext } from '../read-context.js';
import { readOne } from './read-one.js';
import { packLocations } from './compact-locations.js';
import { CLAIM, PROGRESS_BASE, STATE_BASE, WorkerState, type ReadMessage, type WorkerData } from './protocol.js';

/** The worker's whole life: claim, read, post, until the list is exhausted; then say so. */
export function runReadWorker(): void {
  const { id, job, shared, port } = workerData as WorkerData;
  const state = new Int32Array(shared);
  const slot = STATE_BASE + id;
  const settle = (final: number) => {
    Atomics.store(state, slot, final);
    Atomics.notify(state, slot);
  };
  // However the thread ends (an uncaught error, process.exit in some dependency), the main thread must hear of it.
  process.on('exit', () => {
    if (Atomics.load(state, slot) === WorkerState.Running) settle(WorkerState.Failed);
  });
  Atomics.store(state, slot, WorkerState.Running);
  let final: number = WorkerState.Done;
  try {
    const sources = new Map<string, SourceFile>();
    const budget = new EvalBudget(job.limits, job.setBy);
    const ctx = readContext(resolve(job.root), sources, diskSource(job.root), { files: job.allFiles, maxLoopIterations: job.maxLoopIterations, budget });
    for (;;) {
      const index = Atomics.add(state, CLAIM, 1);
      if (index >= job.rels.length) break;
      const rel = job.rels[index];
      const outcome = readOne(rel, ctx);
      const extras: [string, string][] = [];
      for (const [path, src] of sources) if (path !== rel) extras.push([path, src.text]);
      // The engine keeps the texts; the worker keeps nothing it would only hand over twice.
      sources.clear();
      const locs = packLocations(outcome);
      // The integers move to the main thread without a copy.
      port.postMessage({ index, outcome, extras, locs } satisfies ReadMessage, locs ? [locs.ints.buffer as ArrayBuffer] : []);
      Atomics.add(state, PROGRESS_BASE + id, 1);
    }
  } catch {
    // The main thread reads whatever this worker claimed and did not post.
    final = WorkerState.Failed;
  } finally {
    // The port stays open: closing it could drop messages the main thread has not taken yet.
    settle(final);
  }
}
