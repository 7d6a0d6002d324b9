/**
 * A small worker_threads pool: one worker per core (os.availableParallelism()), each taking the next
 * file when it finishes one. Falls back to in-process when the compiled worker is not there (running
 * from TypeScript sources, e.g. under ts-jest or tsx).
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runBatchTask, type BatchResult, type BatchTask } from './task';

export function defaultPoolSize(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export async function runPool(
  tasks: BatchTask[],
  size: number,
  onResult: (result: BatchResult) => void,
): Promise<BatchResult[]> {
  const workerFile = path.join(__dirname, 'worker.js');
  const results: BatchResult[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  if (!existsSync(workerFile) || size <= 1 || tasks.length === 1) {
    for (const task of tasks) {
      const result = await runBatchTask(task);
      results[task.id] = result;
      onResult(result);
    }
    return results;
  }

  let next = 0;
  const workerCount = Math.min(size, tasks.length);
  await Promise.all(
    Array.from({ length: workerCount }, () =>
      runWorker(
        workerFile,
        () => (next < tasks.length ? tasks[next++] : undefined),
        (result) => {
          results[result.id] = result;
          onResult(result);
        },
      ),
    ),
  );
  return results;
}

function runWorker(
  workerFile: string,
  take: () => BatchTask | undefined,
  onResult: (result: BatchResult) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Cap the heap so one monster file fails alone instead of taking the machine down.
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    let current: BatchTask | undefined;
    let finished = false;
    const feed = () => {
      current = take();
      if (current) worker.postMessage(current);
      else {
        finished = true;
        void worker.terminate().then(() => resolve());
      }
    };
    // A worker that dies (out of memory, a crash) fails its file, not the run: report it, start another.
    const died = (reason: string) => {
      if (finished) return;
      finished = true;
      if (current)
        onResult({ id: current.id, file: current.file, ok: false, reasonId: 'internalError', data: { reason } });
      current = undefined;
      void worker.terminate();
      runWorker(workerFile, take, onResult).then(resolve, reject);
    };
    worker.on('message', (result: BatchResult) => {
      current = undefined;
      onResult(result);
      feed();
    });
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
    feed();
  });
}
