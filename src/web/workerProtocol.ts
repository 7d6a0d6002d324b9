/**
 * Messages between the page and the workbook worker: a request names a WorkbookJob method and its arguments;
 * the worker answers with progress events and one result or error for that request id.
 */
import type { Locale } from '../engine/render';
import type { Progress } from '../host/contract';
import { WorkbookFileError } from './fileError';
import type { WorkbookJobApi } from './jobApi';

export type JobMethod = keyof WorkbookJobApi;

export interface JobRequest {
  id: number;
  method: JobMethod;
  args: unknown[];
}

export type JobResponse =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; name: string; message: string; problem?: string };

export type Post = (message: JobResponse, transfer?: Transferable[]) => void;

/** The worker side: run each request on the job, one at a time and in order, and post what happens. */
export function serveJob(job: WorkbookJobApi, post: Post): (request: JobRequest) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  async function handle({ id, method, args }: JobRequest): Promise<void> {
    const onProgress = (progress: Progress) => post({ id, kind: 'progress', progress });
    try {
      let value: unknown;
      if (method === 'load') value = await job.load(args[0] as ArrayBuffer, args[1] as Locale, onProgress);
      else if (method === 'evaluate') value = await job.evaluate(args[0] as string, onProgress);
      else value = await (job[method] as (...rest: unknown[]) => Promise<unknown>).apply(job, args);
      post({ id, kind: 'result', value }, value instanceof ArrayBuffer ? [value] : []);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      post({
        id,
        kind: 'error',
        name: failure.name,
        message: failure.message,
        ...(error instanceof WorkbookFileError ? { problem: error.problem } : {}),
      });
    }
  }
  return (request) => {
    queue = queue.then(() => handle(request));
    return queue;
  };
}
