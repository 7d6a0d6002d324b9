/**
 * StandaloneHost: a workbook chosen from disk, held as an exceljs Workbook in the page. exceljs is loaded
 * lazily (dynamic import) so the add-in's bundle never carries it; nothing here touches the network.
 *
 * Undo: before each evaluation the workbook's bytes are kept; undo() reloads them, which restores every
 * cell the evaluation and its fixes touched and drops the generated sheets.
 */
import type { Workbook } from 'exceljs';
import type { Evaluation, Fix } from '../engine/model';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { evaluateWorkbook } from '../engine/evaluate';
import type { StandaloneHost } from '../taskpane/host';
import { fillTemplate } from '../engine/template';
import { type FileProblem, type Locale, messagesFor } from '../taskpane/messages';
import { applyCellWrite, applyEvaluation, loadWorkbook, snapshotFromWorkbook, XlsxInputError } from '../xlsx';
import type { ExcelJSModule } from '../xlsx';

/** A user-facing error (the message is already in the user's language). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export interface BrowserHostOptions {
  locale: Locale;
  /** Defaults to a dynamic import of exceljs (a separate chunk, fetched from our own origin). */
  loadExcelJs?: () => Promise<ExcelJSModule>;
  evaluate?: (snapshot: WorkbookSnapshot) => Evaluation;
}

export interface BrowserHost extends StandaloneHost {
  /** Name of the loaded file, or null before one is loaded. */
  fileName(): string | null;
}

export async function importExcelJs(): Promise<ExcelJSModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as unknown as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  // The browser build is UMD: webpack exposes it as the default export; Node's CommonJS has it at the top.
  return typeof loaded.Workbook === 'function' ? loaded : (loaded.default as ExcelJSModule);
}

/** "报表.xlsx" → "报表.评估.xlsx" (the CLI's naming). */
export function evaluatedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}.评估.xlsx`;
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const messages = messagesFor(options.locale);
  const loadExcelJs = options.loadExcelJs ?? importExcelJs;
  const evaluate = options.evaluate ?? ((snapshot: WorkbookSnapshot) => evaluateWorkbook(snapshot));
  let ExcelJS: ExcelJSModule | null = null;
  let workbook: Workbook | null = null;
  let name: string | null = null;
  let loadedBytes: ArrayBuffer | null = null;
  /** True while the workbook still equals loadedBytes (no need to serialise for the undo point). */
  let pristine = false;
  let undoBytes: ArrayBuffer | null = null;
  let evaluated = false;

  async function open(bytes: ArrayBuffer): Promise<Workbook> {
    ExcelJS ??= await loadExcelJs();
    return loadWorkbook(ExcelJS, new Uint8Array(bytes));
  }

  function requireWorkbook(): Workbook {
    if (!workbook) throw new UserFacingError(messages.chooseFileFirst);
    return workbook;
  }

  return {
    kind: 'standalone',

    fileName: () => name,

    async loadFile(fileName, bytes) {
      if (!/\.xlsx$/i.test(fileName)) {
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail: messages.notXlsx }));
      }
      let opened: Workbook;
      try {
        opened = await open(bytes);
      } catch (error) {
        const problem: FileProblem = error instanceof XlsxInputError ? error.problem : 'corrupt';
        const detail = messages.fileProblem[problem] ?? messages.fileProblem.corrupt;
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail }));
      }
      workbook = opened;
      name = fileName;
      loadedBytes = bytes;
      pristine = true;
      undoBytes = null;
      evaluated = false;
    },

    async evaluate() {
      const current = requireWorkbook();
      const before = pristine && loadedBytes ? loadedBytes : toArrayBuffer(await current.xlsx.writeBuffer());
      const evaluation = evaluate(snapshotFromWorkbook(current));
      applyEvaluation(current, evaluation);
      undoBytes = before;
      pristine = false;
      evaluated = true;
      return evaluation;
    },

    async goTo() {
      // The page has no grid to move in; the panel highlights the finding and names its cell instead.
    },

    async applyFixes(fixes: Fix[]) {
      const current = requireWorkbook();
      for (const fix of fixes) applyCellWrite(current, fix);
      pristine = false;
    },

    async undo() {
      if (!undoBytes) return;
      workbook = await open(undoBytes);
      pristine = undoBytes === loadedBytes;
      undoBytes = null;
      evaluated = false;
    },

    canUndo: () => undoBytes !== null,

    async exportWorkbook() {
      const current = requireWorkbook();
      if (!evaluated) throw new UserFacingError(messages.evaluateFirst);
      const bytes = toArrayBuffer(await current.xlsx.writeBuffer());
      return { name: evaluatedFileName(name ?? 'workbook.xlsx'), bytes };
    },
  };
}
