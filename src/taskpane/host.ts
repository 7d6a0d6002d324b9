/**
 * The boundary between the UI and whatever holds the workbook (Excel via Office.js, or a file opened in
 * the standalone page). Components receive a Host and never call Office or exceljs themselves.
 */
import type { Evaluation, Fix } from '../engine/model';

export type HostKind = 'excel' | 'standalone';

export interface Host {
  kind: HostKind;
  /** Read every sheet, run the engine, apply the write plan; resolves with the evaluation shown. */
  evaluate(): Promise<Evaluation>;
  /** Activate the sheet and select the cell. */
  goTo(sheet: string, cell: string): Promise<void>;
  /** Write one or several fixes in one batch (undoable with undo()). */
  applyFixes(fixes: Fix[]): Promise<void>;
  /** Restore every cell the last evaluation (and its fixes) touched; remove the sheets it created. */
  undo(): Promise<void>;
  canUndo(): boolean;
}

/** Extra operations of the standalone page (a workbook chosen from disk). */
export interface StandaloneHost extends Host {
  kind: 'standalone';
  /** Load an .xlsx chosen by the user; rejects with a user-facing message on bad files. */
  loadFile(name: string, bytes: ArrayBuffer): Promise<void>;
  /** The evaluated workbook (write plan + 自评报告 + 评估结果) as .xlsx bytes, with a file name. */
  exportWorkbook(): Promise<{ name: string; bytes: ArrayBuffer }>;
}
