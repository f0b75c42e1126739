import { fileURLToPath } from 'node:url';
import { run } from './action/main.js';
import { registerReadWorkerEntry, threadsFromEnv } from './engine/parallel/pool.js';
import { isReadWorker, runReadWorker } from './engine/parallel/worker.js';

if (isReadWorker()) runReadWorker();
else {
  // The bundle also serves as the engine's read worker.
  registerReadWorkerEntry(fileURLToPath(import.meta.url), threadsFromEnv(process.env));
  void run();
}
