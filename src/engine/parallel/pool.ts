// Read workers for files that read alone (see `readsAlone` on format descriptors). The engine
// stays synchronous: the main thread reads its own files while the workers read, then claims
// what is left of the shared list itself (so a slow worker start costs nothing), and at the end
// blocks until every worker has posted its outcomes, which it takes with receiveMessageOnPort.
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { CLAIM, MAX_WORKERS, PROGRESS_BASE, STATE_BASE, WorkerState, type ReadJob, type ReadMessage } from './protocol.js';

let registered: { entry?: string; workers?: number } = {};

/**
 * The entry files that can also run as a read worker (the CLI's and the Action's) register
 * themselves; with none registered (library use, tests) every file is read on the main thread.
 * `workers` caps the threads. Without it none start: since YAML has a fast reader, a worker's own
 * start and the copying of its outcomes cost more than it saves on two cores (measured in the
 * README's Performance section), so workers are for machines where `AMLGUARD_THREADS` says so.
 */
export function registerReadWorkerEntry(entry: string | undefined, workers?: number): void {
  registered = { entry, workers };
}

/** `AMLGUARD_THREADS`: read workers to use at most (0 reads everything on the main thread). */
export function threadsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.AMLGUARD_THREADS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return Math.min(Number(raw), MAX_WORKERS);
}

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_PER_WORKER = 150;
/** A worker that makes no progress this long is given up; the main thread reads what it claimed. */
const STALL_MS = 120_000;
/** A worker not started this long after it is needed is given up. */
const START_MS = 30_000;
const WAIT_SLICE_MS = 200;

export interface ReadPool {
  /** The next index of the shared list for the main thread to read, or undefined when all are claimed. */
  claim(): number | undefined;
  /** Whether the main thread should claim too (false when the caller asked for workers only). */
  readonly mainClaims: boolean;
  /** Hands the outcomes posted so far to `onPosted`, without waiting (their serialized copies would otherwise pile up). */
  drain(): void;
  /** Blocks until the workers are done, handing over the rest; gives how many outcomes the workers posted. Indexes claimed by a worker that failed were never posted (the caller reads them). */
  finish(): number;
}

interface Running {
  id: number;
  worker: Worker;
  port: MessagePort;
}

/** Starts read workers for the job, or gives undefined when no entry is registered, the list is short or there is one core. */
export function startReadPool(
  job: ReadJob,
  options: { entry?: string; /** Exactly this many workers. */ workers?: number; /** The main thread leaves the whole list to the workers (tests). */ workersOnly?: boolean },
  onPosted: (message: ReadMessage) => void,
): ReadPool | undefined {
  const entry = options.entry ?? registered.entry;
  // An explicit count is taken as is; otherwise short lists are not worth a thread's start-up.
  const cap = registered.workers ?? 0;
  const count = Math.min(options.workers ?? Math.min(cap, Math.floor(job.rels.length / MIN_FILES_PER_WORKER)), MAX_WORKERS, job.rels.length);
  if (!entry || count < 1 || !existsSync(entry)) return undefined;
  const shared = new SharedArrayBuffer(4 * (PROGRESS_BASE + MAX_WORKERS));
  const state = new Int32Array(shared);
  const running: Running[] = [];
  try {
    for (let id = 0; id < count; id++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(entry, { workerData: { amlguardReadWorker: true, id, job, shared, port: port2 }, transferList: [port2] });
      // A worker must never keep the process alive or take it down: its errors are handled by the wait below.
      worker.unref();
      worker.on('error', () => {});
      running.push({ id, worker, port: port1 });
    }
  } catch {
    // Threads unavailable: whatever started still reads; the main thread claims the rest.
  }
  if (!running.length) return undefined;
  let posted = 0;
  const take = (r: Running) => {
    for (let m = receiveMessageOnPort(r.port); m; m = receiveMessageOnPort(r.port)) {
      posted++;
      onPosted(m.message as ReadMessage);
    }
  };

  return {
    mainClaims: !options.workersOnly,
    claim() {
      const index = Atomics.add(state, CLAIM, 1);
      return index < job.rels.length ? index : undefined;
    },
    drain() {
      for (const r of running) take(r);
    },
    finish() {
      for (const r of running) {
        waitFor(r, state, job.rels.length, () => take(r));
        take(r);
        r.port.close();
      }
      return posted;
    },
  };
}

/** Waits until a worker is done or failed, or stops it when it has not started and cannot claim anything any more. */
function waitFor(r: Running, state: Int32Array, length: number, drain: () => void): void {
  const slot = STATE_BASE + r.id;
  let progress = Atomics.load(state, PROGRESS_BASE + r.id);
  let idle = 0;
  for (;;) {
    const now = Atomics.load(state, slot);
    if (now === WorkerState.Done || now === WorkerState.Failed) return;
    // Every index is claimed, so a worker still starting would claim none: no need to wait for it.
    if (now === WorkerState.Starting && (Atomics.load(state, CLAIM) >= length || idle >= START_MS)) return stop(r);
    Atomics.wait(state, slot, now, WAIT_SLICE_MS);
    drain();
    const p = Atomics.load(state, PROGRESS_BASE + r.id);
    idle = p === progress ? idle + WAIT_SLICE_MS : 0;
    progress = p;
    if (idle >= STALL_MS) return stop(r);
  }
}

function stop(r: Running): void {
  r.worker.terminate().catch(() => {});
}
