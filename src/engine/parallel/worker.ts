// The read worker: claims files from the shared list, reads each with the same code as the main
// thread (readOne) and posts the plain outcome back. It runs inside the same bundle as the CLI or
// Action (their entry files hand over to runReadWorker), so there is no second file to ship.
import { resolve } from 'node:path';
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { SourceFile } from '../../model/located.js';
import { EvalBudget, type EvalLimits } from '../../model/eval-budget.js';
import { diskSource } from '../files/disk.js';
import { readContext } from '../read-context.js';
import { readOne, type FileOutcome } from './read-one.js';

/** What the main thread gives each worker. */
export interface ReadJob {
  root: string;
  /** The shared list: workers and the main thread claim its indexes through `state[CLAIM]`. */
  rels: string[];
  /** Every file of the scan (readers use it to tell which modules some file calls). */
  allFiles: string[];
  limits?: Partial<EvalLimits>;
  setBy?: Partial<Record<keyof EvalLimits, string>>;
  maxLoopIterations?: number;
}

/** One posted message: the outcome of `rels[index]`, with any other file the read loaded. */
export interface ReadMessage {
  index: number;
  outcome: FileOutcome;
  /** Texts of other files the read loaded (a role definition named by a script): the engine keeps them for snippets and directives. */
  extras: [string, string][];
}

/** Slots of the shared Int32Array: the next index to claim, then one state word per worker. */
export const CLAIM = 0;
export const STATE_BASE = 1;
export const PROGRESS_BASE = 9;
export const MAX_WORKERS = 8;
export const WorkerState = { Starting: 0, Running: 1, Done: 2, Failed: 3 } as const;

interface WorkerData {
  amlguardReadWorker: true;
  id: number;
  job: ReadJob;
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** True in a thread started by the read pool (entry files check it before doing anything else). */
export function isReadWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | null)?.amlguardReadWorker === true;
}

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
      port.postMessage({ index, outcome, extras } satisfies ReadMessage);
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
