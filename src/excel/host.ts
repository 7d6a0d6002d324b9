/**
 * The Excel (Office.js) implementation of `Host`. The engine is injected (`evaluate`), as is `run`
 * (Excel.run by default; tests pass the in-memory fake's).
 *
 * evaluate(): read (2 syncs) → engine → capture what will be overwritten (1 sync) → write (1 sync, more
 * only when the payload needs chunks). Problems Excel would raise halfway (protected sheet, workbook
 * structure protected, a target sheet gone) are checked before anything is written; if a write still
 * fails, what was written is put back from the captured state before the error reaches the user.
 *
 * Undo: one record per "session" — the first evaluation after construction or after undo() starts it,
 * later evaluations and applyFixes() merge into it, keeping the oldest captured state of each cell and
 * sheet. undo() therefore returns the workbook to how it was before the add-in first wrote to it.
 */
import type { Evaluation, Fix } from '../engine/model';
import type { WorkbookSnapshot } from '../engine/snapshot';
import type { Host } from '../taskpane/host';
import { toVisibility } from './convert';
import {
  excelLocale,
  ExcelHostError,
  hostError,
  type ExcelLocale,
  type ExcelMessageId,
  type WorkbookState,
} from './messages';
import {
  cellOperations,
  cellTargetFromFix,
  cellTargetFromWrite,
  chunkOperations,
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  generatedSheetOperations,
  mergeUndoRecords,
  OversizedOperationError,
  type CellTarget,
  type UndoRecord,
  type WriteOperation,
} from './operations';
import {
  executeChunks,
  missingSheets,
  priorCellsOf,
  priorSheetOf,
  queuePriorCells,
  ProtectedSheetsError,
  queuePriorSheet,
  readWorkbook,
  restoreRecord,
  type ApiSupport,
  type SheetInfo,
} from './workbook';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** The engine: snapshot → evaluation (see src/excel/index.ts for the default). */
  evaluate: (snapshot: WorkbookSnapshot) => Evaluation;
  /** Defaults to Excel.run. */
  run?: ExcelRun;
  /** Defaults to Office's display language (zh-CN unless it is English). */
  locale?: ExcelLocale;
  /** Request budget per sync; lower it to force chunking in tests. */
  payloadLimitBytes?: number;
  /**
   * Whether an ExcelApi requirement set is available (default: Office.context.requirements). Merged areas
   * need 1.13, capturing a replaced sheet's bold/wrap/widths needs 1.9; below that the host does without.
   */
  supportsApi?: ApiSupport;
}

export interface ExcelHost extends Host {
  kind: 'excel';
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function defaultLocale(): ExcelLocale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return excelLocale(office?.context?.displayLanguage);
}

function defaultApiSupport(version: string): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported?: (name: string, version: string) => boolean } } };
    }
  ).Office;
  const requirements = office?.context?.requirements;
  return requirements?.isSetSupported ? requirements.isSetSupported('ExcelApi', version) : true;
}

function excelCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const withCode = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof withCode.code === 'string') return withCode.code;
  return typeof withCode.debugInfo?.code === 'string' ? withCode.debugInfo.code : null;
}

/** Names of the sheets before `name` in tab order (nearest last). */
function sheetsBefore(sheets: SheetInfo[], name: string): string[] {
  const ordered = [...sheets].sort((a, b) => a.position - b.position).map((sheet) => sheet.name);
  const index = ordered.findIndex((sheet) => sheet.toLowerCase() === name.toLowerCase());
  return index > 0 ? ordered.slice(0, index) : [];
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createExcelHostWith(options: ExcelHostOptions): ExcelHost {
  const run = options.run ?? defaultRun;
  const locale = options.locale ?? defaultLocale();
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  const support = options.supportsApi ?? defaultApiSupport;
  const listSeparator = locale === 'zh-CN' ? '、' : ', ';
  let record: UndoRecord | null = null;

  /** Excel's error → a sentence; ItemNotFound names the sheet that disappeared when it can be found. */
  async function translate(
    context: Excel.RequestContext,
    error: unknown,
    state: WorkbookState,
    phase: 'read' | 'write',
    expectedSheets: string[],
    restoreDetail = '',
  ): Promise<ExcelHostError> {
    if (error instanceof ExcelHostError) return error;
    if (error instanceof ProtectedSheetsError) {
      const protectedState = state === 'undoIncomplete' ? 'unchanged' : state;
      return hostError(
        'sheetProtected',
        locale,
        { sheet: error.sheets.join(listSeparator) },
        protectedState,
        null,
        restoreDetail,
      );
    }
    if (error instanceof OversizedOperationError) {
      return hostError('rowTooLarge', locale, { sheet: error.sheet, row: error.row + 1 }, state, null, restoreDetail);
    }
    const code = excelCodeOf(error);
    let reason: ExcelMessageId = 'excelError';
    const data: Record<string, string | number> = { detail: detailOf(error) };
    if (code === 'AccessDenied') reason = 'accessDenied';
    else if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
      reason = phase === 'read' ? 'payloadTooLargeRead' : 'payloadTooLargeWrite';
    } else if (code === 'ItemNotFound' || code === 'InvalidObjectPath') {
      const missing = await missingSheets(context, expectedSheets).catch(() => []);
      reason = missing.length > 0 ? 'sheetMissing' : 'sheetMissingUnknown';
      data.sheet = missing.join(listSeparator);
    }
    return hostError(reason, locale, data, state, code, restoreDetail);
  }

  /** Write the chunks; on failure put back what the capture recorded, then report. */
  async function writeOrRestore(
    context: Excel.RequestContext,
    operations: WriteOperation[],
    prior: UndoRecord,
    expectedSheets: string[],
  ): Promise<void> {
    let chunks: WriteOperation[][];
    try {
      chunks = chunkOperations(operations, limit);
    } catch (error) {
      throw await translate(context, error, 'unchanged', 'write', expectedSheets);
    }
    try {
      await executeChunks(context, chunks);
    } catch (error) {
      let state: WorkbookState = 'restored';
      let restoreDetail = '';
      try {
        await restoreRecord(context, prior, limit);
      } catch (restoreError) {
        state = 'notRestored';
        restoreDetail = detailOf(restoreError);
      }
      throw await translate(context, error, state, 'write', expectedSheets, restoreDetail);
    }
  }

  function checkWritable(sheets: SheetInfo[], targets: CellTarget[], generated: string[], workbookProtected: boolean) {
    const byName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const targetSheets = [...new Set(targets.map((target) => target.sheet))];
    const missing = targetSheets.filter((name) => !byName.has(name.toLowerCase()));
    if (missing.length > 0)
      throw hostError('sheetMissing', locale, { sheet: missing.join(listSeparator) }, 'unchanged');
    const locked = targetSheets.filter((name) => byName.get(name.toLowerCase())?.protected);
    if (locked.length > 0)
      throw hostError('sheetProtected', locale, { sheet: locked.join(listSeparator) }, 'unchanged');
    if (generated.length > 0 && workbookProtected) {
      throw hostError('workbookProtected', locale, { sheets: generated.join(listSeparator) }, 'unchanged');
    }
  }

  return {
    kind: 'excel',

    evaluate: () =>
      run(async (context) => {
        let read;
        try {
          read = await readWorkbook(context, support);
        } catch (error) {
          throw await translate(context, error, 'unchanged', 'read', []);
        }
        const evaluation = options.evaluate(read.snapshot);
        const plan = evaluation.writePlan;
        const targets = plan.cells.map(cellTargetFromWrite);
        const generatedNames = plan.sheets.map((sheet) => sheet.name);
        checkWritable(read.sheets, targets, generatedNames, read.workbookProtected);

        const existing = new Map(read.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
        // Sheets that must still be there (to name the one that vanished if Excel says ItemNotFound).
        const expectedSheets = [
          ...new Set([
            ...targets.map((target) => target.sheet),
            ...generatedNames.filter((name) => existing.has(name.toLowerCase())),
          ]),
        ];
        let prior: UndoRecord;
        try {
          const pendingCells = queuePriorCells(context, targets);
          const pendingSheets = generatedNames.map((name) => ({
            name,
            pending: existing.has(name.toLowerCase())
              ? queuePriorSheet(context, name, sheetsBefore(read.sheets, name), support)
              : null,
          }));
          await context.sync();
          prior = {
            cells: priorCellsOf(pendingCells),
            sheets: pendingSheets.map(({ name, pending }) => ({ name, prior: pending ? priorSheetOf(pending) : null })),
          };
        } catch (error) {
          throw await translate(context, error, 'unchanged', 'read', expectedSheets);
        }

        const operations = [
          ...cellOperations(targets),
          ...plan.sheets.flatMap((sheet) =>
            generatedSheetOperations(sheet, existing.get(sheet.name.toLowerCase()) ?? null, limit).filter(
              // Print setup needs ExcelApi 1.9; without it the sheet is written all the same.
              (operation) => operation.kind !== 'pageLayout' || support('1.9'),
            ),
          ),
        ];
        await writeOrRestore(context, operations, prior, expectedSheets);
        if (prior.cells.length > 0 || prior.sheets.length > 0) record = mergeUndoRecords(record, prior);
        return evaluation;
      }),

    applyFixes: (fixes: Fix[]) =>
      run(async (context) => {
        if (fixes.length === 0) return;
        const targets = fixes.map(cellTargetFromFix);
        const expectedSheets = [...new Set(targets.map((target) => target.sheet))];
        const worksheets = context.workbook.worksheets;
        let prior: UndoRecord;
        let sheets: SheetInfo[];
        try {
          worksheets.load('items/name,items/visibility,items/position,items/protection/protected');
          const pendingCells = queuePriorCells(context, targets);
          await context.sync();
          sheets = worksheets.items.map((worksheet) => ({
            name: worksheet.name,
            visibility: toVisibility(worksheet.visibility),
            position: worksheet.position,
            protected: worksheet.protection.protected,
          }));
          prior = { cells: priorCellsOf(pendingCells), sheets: [] };
        } catch (error) {
          throw await translate(context, error, 'unchanged', 'read', expectedSheets);
        }
        checkWritable(sheets, targets, [], false);
        await writeOrRestore(context, cellOperations(targets), prior, expectedSheets);
        if (prior.cells.length > 0 || prior.sheets.length > 0) record = mergeUndoRecords(record, prior);
      }),

    undo: async () => {
      const current = record;
      if (!current) throw hostError('nothingToUndo', locale, {}, 'unchanged');
      await run(async (context) => {
        try {
          await restoreRecord(context, current, limit);
        } catch (error) {
          // The record stays: restoring is idempotent, so undo can be tried again.
          throw await translate(context, error, 'undoIncomplete', 'write', []);
        }
      });
      record = null;
    },

    canUndo: () => record !== null,

    // Hidden sheets are evaluated (as in the CLI), so a finding may sit on one. Excel cannot activate a
    // hidden sheet, and unhiding it behind the user's back would change the workbook: select nothing and
    // say where the cell is. Two syncs: look the sheet up, then activate and select.
    goTo: (sheet: string, cell: string) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        worksheet.load('visibility');
        try {
          await context.sync();
          if (worksheet.isNullObject) throw hostError('goToMissing', locale, { sheet }, 'unchanged');
          if (toVisibility(worksheet.visibility) !== 'visible') {
            throw hostError('goToHidden', locale, { sheet, cell }, 'unchanged');
          }
          worksheet.activate();
          worksheet.getRange(cell).select();
          await context.sync();
        } catch (error) {
          const code = excelCodeOf(error);
          if (code === 'ItemNotFound' || code === 'InvalidObjectPath') {
            throw hostError('goToMissing', locale, { sheet }, 'unchanged', code);
          }
          throw await translate(context, error, 'unchanged', 'read', [sheet]);
        }
      }),
  };
}
