/**
 * The standalone page's worker: holds the workbook and runs the WorkbookJob, so reading, evaluating and writing
 * never block the page. Requests are handled one at a time, in order.
 */
import type { JobRequest, JobResponse } from './workerProtocol';
import { WorkbookFileError, WorkbookJob } from './workbookJob';

const job = new WorkbookJob();
const scope = self as unknown as {
  postMessage(message: JobResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
};
let queue: Promise<void> = Promise.resolve();

async function handle({ id, method, args }: JobRequest): Promise<void> {
  const onProgress = (progress: unknown) => scope.postMessage({ id, kind: 'progress', progress } as JobResponse);
  try {
    let value: unknown;
    if (method === 'load') value = await job.load(args[0] as ArrayBuffer, onProgress);
    else if (method === 'evaluate') value = await job.evaluate(args[0] as string, onProgress);
    else value = await (job[method] as (...rest: unknown[]) => Promise<unknown>).apply(job, args);
    const transfer = value instanceof ArrayBuffer ? [value] : [];
    scope.postMessage({ id, kind: 'result', value }, transfer);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({
      id,
      kind: 'error',
      name: failure.name,
      message: failure.message,
      ...(error instanceof WorkbookFileError ? { problem: error.problem } : {}),
    });
  }
}

scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
