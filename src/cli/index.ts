#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { registerReadWorkerEntry, threadsFromEnv } from '../engine/parallel/pool.js';
import { isReadWorker } from '../engine/parallel/protocol.js';
import { runCli } from './main.js';

async function main(): Promise<void> {
  // This file (or the bundle it becomes) also serves as the engine's read worker.
  registerReadWorkerEntry(fileURLToPath(import.meta.url), threadsFromEnv(process.env));
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
      isTTY: !!process.stdout.isTTY,
      env: process.env,
      readStdin: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      },
    });
  } catch (e) {
    process.stderr.write(`amlguard: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}

if (isReadWorker()) (await import('../engine/parallel/worker.js')).runReadWorker();
else await main();
