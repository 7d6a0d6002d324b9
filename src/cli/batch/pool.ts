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
    const worker = new Worker(workerFile);
    let current: BatchTask | undefined;
    const feed = () => {
      current = take();
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (result: BatchResult) => {
      onResult(result);
      feed();
    });
    worker.on('error', (error) => {
      // A worker that dies (out of memory on a monster file) fails its file, not the run.
      if (current) {
        onResult({
          id: current.id,
          file: current.file,
          ok: false,
          reasonId: 'internalError',
          data: { reason: error.message },
        });
      }
      void worker.terminate();
      runWorker(workerFile, take, onResult).then(resolve, reject);
    });
    feed();
  });
}
