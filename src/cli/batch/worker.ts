/** Worker-thread entry of the batch pool: receives BatchTasks, answers BatchResults. */
import { parentPort } from 'node:worker_threads';
import { runBatchTask, type BatchTask } from './task';

const port = parentPort;
if (port) {
  port.on('message', (task: BatchTask) => {
    void runBatchTask(task).then((result) => port.postMessage(result));
  });
}
