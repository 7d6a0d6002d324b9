import type { Fix } from '../engine/model';
import type { Locale } from '../engine/render';
import type { HostView, Progress } from '../host/contract';

/** What the page asks of the workbook job (src/web/workbookJob); the worker client implements the same. */
export interface WorkbookJobApi {
  /** Load a workbook; the views that follow are in `locale` (the page's language). */
  load(bytes: ArrayBuffer, locale: Locale, onProgress?: (progress: Progress) => void): Promise<void>;
  evaluate(profile: string, onProgress?: (progress: Progress) => void): Promise<HostView>;
  applyFixes(fixes: Fix[]): Promise<HostView>;
  undo(): Promise<HostView | null>;
  canUndo(): Promise<boolean>;
  exportBytes(): Promise<ArrayBuffer>;
}

/** The job loaded on first use (the page's fallback without Worker, and tests): the engine stays out of the page. */
export function lazyJob(create: () => Promise<WorkbookJobApi>): WorkbookJobApi {
  let job: Promise<WorkbookJobApi> | null = null;
  const get = () => (job ??= create());
  return {
    load: async (bytes, locale, onProgress) => (await get()).load(bytes, locale, onProgress),
    evaluate: async (profile, onProgress) => (await get()).evaluate(profile, onProgress),
    applyFixes: async (fixes) => (await get()).applyFixes(fixes),
    undo: async () => (await get()).undo(),
    canUndo: async () => (await get()).canUndo(),
    exportBytes: async () => (await get()).exportBytes(),
  };
}
