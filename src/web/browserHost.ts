/**
 * StandaloneHost: a workbook chosen from disk, worked on by a WorkbookJob — in a Web Worker on the page (see
 * src/web/index.tsx), in-thread in tests. The package reader loads lazily inside the job; nothing here touches
 * the network.
 *
 * Undo: the job keeps the workbook's bytes from before the first evaluation; undo() reloads them, which restores
 * every cell the evaluation and its fixes touched and drops the generated sheets.
 */
import type { Fix } from '../engine/model';
import type { HostView, Progress, StandaloneHost } from '../host/contract';
import { fillTemplate } from '../engine/template';
import type { Locale } from '../host/contract';
import { standaloneHostMessages } from './messages';
import { WorkbookFileError } from './fileError';
import { lazyJob, type WorkbookJobApi } from './jobApi';
import type { PackageApi } from './workbookJob';
import { evaluatedFileName } from '../package/file-names';

export type { PackageApi } from './workbookJob';

/** src/package as its own chunk (the worker loads it; tests and the no-Worker fallback load it here). */
export async function importPackage(): Promise<PackageApi> {
  return (await import('./workbookJob')).importPackage();
}

/** A user-facing error (the message is already in the user's language). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export interface BrowserHostOptions {
  locale: Locale;
  /** Where the work runs; default an in-thread WorkbookJob (the page passes a worker's). */
  job?: WorkbookJobApi;
  /** For the default in-thread job: how src/package is loaded. */
  loadPackage?: () => Promise<PackageApi>;
}

export interface BrowserHost extends StandaloneHost {
  /** Name of the loaded file, or null before one is loaded. */
  fileName(): string | null;
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const messages = standaloneHostMessages(options.locale);
  const job =
    options.job ??
    lazyJob(async () => {
      const { WorkbookJob } = await import(/* webpackChunkName: "workbook-job" */ './workbookJob');
      return new WorkbookJob({ loadPackage: options.loadPackage });
    });
  let name: string | null = null;
  let evaluated = false;
  let undoable = false;

  function requireFile(): void {
    if (!name) throw new UserFacingError(messages.chooseFileFirst);
  }

  return {
    kind: 'standalone',

    fileName: () => name,

    workbookKey: () => (name ? `file:${name}` : null),

    async loadFile(fileName: string, bytes: ArrayBuffer, onProgress?: (progress: Progress) => void) {
      if (!/\.(xlsx|xlsm)$/i.test(fileName)) {
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail: messages.notXlsx }));
      }
      try {
        await job.load(bytes, options.locale, onProgress);
      } catch (error) {
        const problem = error instanceof WorkbookFileError ? error.problem : 'corrupt';
        const detail = messages.fileProblem[problem] ?? messages.fileProblem.corrupt;
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail }));
      }
      name = fileName;
      evaluated = false;
      undoable = false;
    },

    async evaluate(request = { profile: 'national' }): Promise<HostView> {
      requireFile();
      const view = await job.evaluate(request.profile, request.onProgress);
      evaluated = true;
      undoable = true;
      return view;
    },

    async goTo() {
      // The page has no grid to move in; the panel highlights the finding and names its cell instead.
    },

    async applyFixes(fixes: Fix[]): Promise<HostView> {
      requireFile();
      const view = await job.applyFixes(fixes);
      undoable = true;
      return view;
    },

    async undo(): Promise<HostView | null> {
      const view = await job.undo();
      undoable = false;
      evaluated = false;
      return view;
    },

    canUndo: () => undoable,

    async exportWorkbook() {
      requireFile();
      if (!evaluated) throw new UserFacingError(messages.evaluateFirst);
      return { name: evaluatedFileName(name ?? 'workbook.xlsx'), bytes: await job.exportBytes() };
    },
  };
}
