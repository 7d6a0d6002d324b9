/**
 * The standalone page's work on a workbook — read, evaluate, write, fix, undo, export — in one place, run in a
 * Web Worker (src/web/workbook.worker.ts) so the page never freezes; tests run it in-thread. This is the one
 * module that calls the workbook reader and writer (src/xlsx today; src/package when it lands: one import).
 */
import type { Workbook } from 'exceljs';
import { evaluateWorkbook } from '../engine/evaluate';
import type { Fix } from '../engine/model';
import type { HostView, Progress } from '../host/contract';
import { EvaluationSession, writtenSummary, type EvaluateFn } from '../host/session';
import type { FileProblem } from '../taskpane/messages';
import { applyCellWrite, applyEvaluation, loadWorkbook, snapshotFromWorkbook, XlsxInputError } from '../xlsx';
import type { ExcelJSModule } from '../xlsx';

/** A file the job cannot open, with the reason the page words for the user. */
export class WorkbookFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
    this.name = 'WorkbookFileError';
  }
}

export async function importExcelJs(): Promise<ExcelJSModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as unknown as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  // The browser build is UMD: webpack exposes it as the default export; Node's CommonJS has it at the top.
  return typeof loaded.Workbook === 'function' ? loaded : (loaded.default as ExcelJSModule);
}

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** What the page asks of the job; the worker client implements the same, over messages. */
export interface WorkbookJobApi {
  load(bytes: ArrayBuffer, onProgress?: (progress: Progress) => void): Promise<void>;
  evaluate(profile: string, onProgress?: (progress: Progress) => void): Promise<HostView>;
  applyFixes(fixes: Fix[]): Promise<HostView>;
  undo(): Promise<HostView | null>;
  canUndo(): Promise<boolean>;
  exportBytes(): Promise<ArrayBuffer>;
}

export interface WorkbookJobOptions {
  loadExcelJs?: () => Promise<ExcelJSModule>;
  evaluate?: EvaluateFn;
}

export class WorkbookJob implements WorkbookJobApi {
  private ExcelJS: ExcelJSModule | null = null;
  private workbook: Workbook | null = null;
  private loadedBytes: ArrayBuffer | null = null;
  /** True while the workbook still equals loadedBytes (no need to serialise for the undo point). */
  private pristine = false;
  private undoBytes: ArrayBuffer | null = null;
  private session: EvaluationSession | null = null;
  private readonly evaluateFn: EvaluateFn;

  constructor(private readonly options: WorkbookJobOptions = {}) {
    this.evaluateFn = options.evaluate ?? ((snapshot, profile) => evaluateWorkbook(snapshot, { profile }));
  }

  private async open(bytes: ArrayBuffer): Promise<Workbook> {
    this.ExcelJS ??= await (this.options.loadExcelJs ?? importExcelJs)();
    return loadWorkbook(this.ExcelJS, new Uint8Array(bytes));
  }

  private requireWorkbook(): Workbook {
    if (!this.workbook) throw new WorkbookFileError('empty');
    return this.workbook;
  }

  async load(bytes: ArrayBuffer, onProgress?: (progress: Progress) => void): Promise<void> {
    onProgress?.({ step: 'read', fraction: 0 });
    let opened: Workbook;
    try {
      opened = await this.open(bytes);
    } catch (error) {
      throw new WorkbookFileError(error instanceof XlsxInputError ? error.problem : 'corrupt');
    }
    this.workbook = opened;
    this.loadedBytes = bytes;
    this.pristine = true;
    this.undoBytes = null;
    this.session = null;
  }

  async evaluate(profile: string, onProgress?: (progress: Progress) => void): Promise<HostView> {
    const current = this.requireWorkbook();
    onProgress?.({ step: 'read', fraction: 0.05 });
    const before =
      this.pristine && this.loadedBytes ? this.loadedBytes : toArrayBuffer(await current.xlsx.writeBuffer());
    const session = new EvaluationSession(snapshotFromWorkbook(current), this.evaluateFn);
    onProgress?.({ step: 'evaluate', fraction: 0.3 });
    const evaluation = session.run(profile);
    onProgress?.({ step: 'write', fraction: 0.75 });
    const existing = new Set(current.worksheets.map((sheet) => sheet.name));
    applyEvaluation(current, evaluation);
    session.wrote(evaluation.writePlan.cells);
    this.undoBytes ??= before;
    this.pristine = false;
    this.session = session;
    const generated = evaluation.writePlan.sheets.map((sheet) => sheet.name);
    const view = session.view(writtenSummary(evaluation.writePlan.cells, generated, (name) => existing.has(name)));
    onProgress?.({ step: 'write', fraction: 1 });
    return view;
  }

  async applyFixes(fixes: Fix[]): Promise<HostView> {
    const current = this.requireWorkbook();
    const session = this.session;
    if (!session) throw new WorkbookFileError('empty');
    const all = session.expand(fixes);
    const next = session.next(all);
    this.undoBytes ??= toArrayBuffer(await current.xlsx.writeBuffer());
    this.pristine = false;
    for (const fix of all) applyCellWrite(current, fix);
    // The plan after the fixes and the refreshed 自评报告/评估结果, as a fresh 评估 would write them.
    applyEvaluation(current, next.evaluation);
    session.commit(next);
    session.wrote(next.evaluation.writePlan.cells);
    const cells = [...all, ...next.evaluation.writePlan.cells];
    const generated = next.evaluation.writePlan.sheets.map((sheet) => sheet.name);
    return session.view(writtenSummary(cells, generated, () => true));
  }

  async undo(): Promise<HostView | null> {
    if (!this.undoBytes) return null;
    this.workbook = await this.open(this.undoBytes);
    this.pristine = this.undoBytes === this.loadedBytes;
    this.undoBytes = null;
    const session = this.session;
    this.session = null;
    if (!session) return null;
    session.reset();
    session.run(session.profileName);
    this.session = session;
    return session.view(null);
  }

  async canUndo(): Promise<boolean> {
    return this.undoBytes !== null;
  }

  async exportBytes(): Promise<ArrayBuffer> {
    return toArrayBuffer(await this.requireWorkbook().xlsx.writeBuffer());
  }
}
