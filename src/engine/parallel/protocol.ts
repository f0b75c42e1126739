// What the main thread and the read workers share: the job, the messages, the slots of the
// shared state, and how a thread knows it is a read worker. Light on purpose: the entry files
// import it at start-up, and only a worker loads the readers (./worker.ts).
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import type { EvalLimits } from '../../model/eval-budget.js';
import type { FileOutcome } from './read-one.js';
import type { PackedLocations } from './compact-locations.js';

/** What the main thread gives each worker. */
export interface ReadJob {
  root: string;
  /** The shared list: workers and the main thread claim its indexes through `state[CLAIM]`. */
  rels: string[];
  /** Every file of the scan (readers use it to tell which modules some file calls). */
  allFiles: readonly string[];
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
  /** The outcome's locations, packed (see compact-locations.ts). */
  locs?: PackedLocations;
}

/** Slots of the shared Int32Array: the next index to claim, then one state word per worker. */
export const CLAIM = 0;
export const STATE_BASE = 1;
export const MAX_WORKERS = 8;
/** Then one progress counter per worker (posts so far). */
export const PROGRESS_BASE = STATE_BASE + MAX_WORKERS;
export const WorkerState = { Starting: 0, Running: 1, Done: 2, Failed: 3 } as const;

export interface WorkerData {
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

