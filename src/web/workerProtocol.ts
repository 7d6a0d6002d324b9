/**
 * Messages between the page and the workbook worker: a request names a WorkbookJob method and its arguments;
 * the worker answers with progress events and one result or error for that request id.
 */
import type { Progress } from '../host/contract';
import type { WorkbookJobApi } from './workbookJob';

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
