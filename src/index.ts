import { fileURLToPath } from 'node:url';
import { registerReadWorkerEntry, threadsFromEnv } from './engine/parallel/pool.js';
import { isReadWorker } from './engine/parallel/protocol.js';

if (isReadWorker()) {
  // A read worker loads the readers, and nothing of the Action.
  const { runReadWorker } = await import('./engine/parallel/worker.js');
  runReadWorker();
} else {
  // The bundle also serves as the engine's read worker.
  registerReadWorkerEntry(fileURLToPath(import.meta.url), threadsFromEnv(process.env));
  const { run } = await import('./action/main.js');
  await run();
}
