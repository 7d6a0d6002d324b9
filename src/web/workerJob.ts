/** The WorkbookJob's API over a Worker: one request id per call, progress forwarded to the caller. */
import type { Fix } from '../engine/model';
import type { HostView, Progress } from '../host/contract';
import type { FileProblem } from '../host/contract';
import { WorkbookFileError } from './fileError';
import type { WorkbookJobApi } from './jobApi';
import type { JobMethod, JobResponse } from './workerProtocol';

export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobResponse>) => void) | null;
}

export function createWorkerJob(worker: WorkerLike): WorkbookJobApi {
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: unknown): void; onProgress?: (progress: Progress) => void }
  >();
  worker.onmessage = (event) => {
    const message = event.data;
    const call = pending.get(message.id);
    if (!call) return;
    if (message.kind === 'progress') {
      call.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.kind === 'result') call.resolve(message.value);
    else if (message.problem) call.reject(new WorkbookFileError(message.problem as FileProblem));
    else call.reject(Object.assign(new Error(message.message), { name: message.name }));
  };
  function call<T>(method: JobMethod, args: unknown[], onProgress?: (progress: Progress) => void): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      worker.postMessage({ id, method, args });
    });
  }
  return {
    load: (bytes, locale, onProgress) => call('load', [bytes, locale], onProgress),
    evaluate: (profile, onProgress) => call<HostView>('evaluate', [profile], onProgress),
    applyFixes: (fixes: Fix[]) => call<HostView>('applyFixes', [fixes]),
    undo: () => call<HostView | null>('undo', []),
    canUndo: () => call<boolean>('canUndo', []),
    exportBytes: () => call<ArrayBuffer>('exportBytes', []),
  };
}
