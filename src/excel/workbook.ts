/**
 * The Excel calls: read the workbook into a snapshot, capture what a write will overwrite, run write
 * operations in payload-sized chunks. Everything is queued first and synced once per step; nothing here
 * syncs inside a loop whose work depends on what a sync returned.
 */
import { isGeneratedSheet } from '../engine/model';
import type { CellArea, SheetVisibility, WorkbookSnapshot } from '../engine/snapshot';
import {
  parseAreasAddress,
  sheetSnapshotFromRange,
  toCellValue,
  toFormula,
  toVisibility,
  fromVisibility,
} from './convert';
import {
  cellKey,
  cellOperations,
  chunkOperations,
  restoreCellTargets,
  restorePositions,
  restoreSheetOperations,
  type CellTarget,
  type PriorCell,
  type PriorSheet,
  type UndoRecord,
  type WriteOperation,
} from './operations';

/** Cells to restore sit on protected sheets: nothing was written. */
export class ProtectedSheetsError extends Error {
  constructor(readonly sheets: string[]) {
    super(`protected: ${sheets.join(', ')}`);
    this.name = 'ProtectedSheetsError';
  }
}

/** Whether the running Excel supports an ExcelApi requirement set ('1.9', '1.13'). */
export type ApiSupport = (version: string) => boolean;
const ALL_SUPPORTED: ApiSupport = () => true;

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  position: number;
  protected: boolean;
}

/** A rectangle of a sheet whose values, formulas and number formats the read holds. */
export interface CoveredArea extends CellArea {
  numberFormats: unknown[][];
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Every sheet, hidden and generated ones included, in tab order. */
  sheets: SheetInfo[];
  workbookProtected: boolean;
  /** Per input sheet (lower-case name), the rectangle read and its number formats (empty cells' too). */
  covered: Map<string, CoveredArea | null>;
  /** The generated sheets that exist, as they are (captured in the same sync, for undo). */
  generated: PriorSheet[];
}

/**
 * Two syncs whatever the number of sheets: (1) sheet names, visibility, positions and protection;
 * (2) every input sheet's used range (values only, so formatted-but-empty rows do not count) and merged
 * areas, and the content of the generated sheets that exist (what undo puts back if they get replaced). Input sheets are the visible and hidden ones, as the CLI reads them: the engine's reader alone
 * decides which it evaluates. Very hidden sheets (add-in/template data Excel's UI cannot show) and the
 * generated sheets are not read.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  support: ApiSupport = ALL_SUPPORTED,
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/position,items/protection/protected');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  await context.sync();

  const sheets: SheetInfo[] = worksheets.items.map((worksheet) => ({
    name: worksheet.name,
    visibility: toVisibility(worksheet.visibility),
    position: worksheet.position,
    protected: worksheet.protection.protected,
  }));
  const inputs = worksheets.items
    .filter((worksheet) => toVisibility(worksheet.visibility) !== 'veryHidden' && !isGeneratedSheet(worksheet.name))
    .map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values,formulas,numberFormat');
      // The whole sheet's merges: a title merged past the last value still belongs to the grid.
      // Before ExcelApi 1.13 there is no merge query: non-anchor cells read empty all the same.
      const merges = support('1.13') ? worksheet.getRange().getMergedAreasOrNullObject() : null;
      merges?.load('address');
      return { name: worksheet.name, visibility: toVisibility(worksheet.visibility), used, merges };
    });
  const generated = worksheets.items
    .filter((worksheet) => isGeneratedSheet(worksheet.name))
    .map((worksheet) => queuePriorSheet(context, worksheet.name, sheetsBefore(sheets, worksheet.name), support));
  await context.sync();

  const snapshot: WorkbookSnapshot = {
    sheets: inputs.map(({ name, visibility, used, merges }) =>
      sheetSnapshotFromRange(
        name,
        visibility,
        used.isNullObject
          ? null
          : {
              rowIndex: used.rowIndex,
              columnIndex: used.columnIndex,
              values: used.values,
              formulas: used.formulas,
              numberFormat: used.numberFormat,
            },
        !merges || merges.isNullObject ? [] : parseAreasAddress(merges.address),
      ),
    ),
  };
  const covered = new Map(
    inputs.map(({ name, used }) => [
      name.toLowerCase(),
      used.isNullObject
        ? null
        : {
            top: used.rowIndex,
            left: used.columnIndex,
            bottom: used.rowIndex + used.values.length - 1,
            right: used.columnIndex + (used.values[0]?.length ?? 0) - 1,
            numberFormats: used.numberFormat,
          },
    ]),
  );
  return {
    snapshot,
    sheets,
    workbookProtected: workbookProtection.protected,
    covered,
    generated: generated.map(priorSheetOf),
  };
}

/** Names of the sheets before `name` in tab order (nearest last). */
export function sheetsBefore(sheets: SheetInfo[], name: string): string[] {
  const ordered = [...sheets].sort((a, b) => a.position - b.position).map((sheet) => sheet.name);
  const index = ordered.findIndex((sheet) => sheet.toLowerCase() === name.toLowerCase());
  return index > 0 ? ordered.slice(0, index) : [];
}

/** Loads queued for the cells a write will touch; read with `priorCellsOf` after the sync. */
export interface PendingCells {
  loads: Array<{ target: CellTarget; cell: Excel.Range }>;
}

/** Loads queued for a sheet that will be replaced; read with `priorSheetOf` after the sync. */
export interface PendingSheet {
  precededBy: string[];
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** Null before ExcelApi 1.9 (no cell/column property queries): bold, wrap and widths are not kept. */
  cellProperties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  columnProperties: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

/** Queue loads of each target cell's current state (each cell once). */
export function queuePriorCells(context: Excel.RequestContext, targets: CellTarget[]): PendingCells {
  const seen = new Set<string>();
  const unique = targets.filter((target) => {
    const key = cellKey(target.sheet, target.address);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    loads: unique.map((target) => {
      const cell = context.workbook.worksheets.getItem(target.sheet).getRange(target.address);
      cell.load('values,formulas,numberFormat');
      return { target, cell };
    }),
  };
}

/** After the sync: what each cell held. */
export function priorCellsOf(pending: PendingCells): PriorCell[] {
  return pending.loads.map((load) => ({
    sheet: load.target.sheet,
    address: load.target.address,
    value: toCellValue(load.cell.values[0][0]),
    formula: toFormula(load.cell.formulas[0][0], load.cell.values[0][0]),
    numberFormat: String(load.cell.numberFormat[0][0] ?? 'General'),
  }));
}

/** Queue loads of an existing sheet's whole content and layout (for putting it back on undo). */
export function queuePriorSheet(
  context: Excel.RequestContext,
  name: string,
  precededBy: string[],
  support: ApiSupport = ALL_SUPPORTED,
): PendingSheet {
  const worksheet = context.workbook.worksheets.getItem(name);
  worksheet.load('name,position,visibility');
  // getUsedRange (not …OrNullObject) returns A1 on an empty sheet, so the chain never meets a null object.
  const used = worksheet.getUsedRange(false);
  used.load('rowIndex,columnIndex,values,formulas,numberFormat');
  return {
    precededBy,
    worksheet,
    used,
    cellProperties: support('1.9')
      ? used.getCellProperties({ format: { font: { bold: true }, wrapText: true } })
      : null,
    columnProperties: support('1.9') ? used.getColumnProperties({ format: { columnWidth: true } }) : null,
  };
}

/** After the sync: the sheet's content, formats and place. */
export function priorSheetOf(pending: PendingSheet): PriorSheet {
  const { values, formulas, numberFormat } = pending.used;
  const cells = pending.cellProperties?.value ?? values.map((line) => line.map((): Excel.CellProperties => ({})));
  return {
    name: pending.worksheet.name,
    position: pending.worksheet.position,
    precededBy: pending.precededBy,
    visibility: toVisibility(pending.worksheet.visibility),
    origin: { row: pending.used.rowIndex, col: pending.used.columnIndex },
    values: values.map((line) => line.map(toCellValue)),
    formulas: formulas.map((line, r) => line.map((formula, c) => toFormula(formula, values[r][c]))),
    numberFormats: numberFormat.map((line) => line.map((format) => String(format ?? 'General'))),
    bold: cells.map((line) => line.map((cell) => cell.format?.font?.bold === true)),
    wrap: cells.map((line) => line.map((cell) => cell.format?.wrapText === true)),
    columnWidths: pending.columnProperties?.value.map((column) => column.format?.columnWidth ?? null) ?? [],
  };
}

/** Queue one operation's Excel calls. `sheets` caches worksheet proxies by name within one request. */
function queueOperation(
  context: Excel.RequestContext,
  operation: WriteOperation,
  sheets: Map<string, Excel.Worksheet>,
) {
  const worksheets = context.workbook.worksheets;
  const sheet = (name: string) => {
    let worksheet = sheets.get(name);
    if (!worksheet) {
      worksheet = worksheets.getItem(name);
      sheets.set(name, worksheet);
    }
    return worksheet;
  };
  switch (operation.kind) {
    case 'cell': {
      const { target } = operation;
      const destination = sheet(target.sheet).getRange(target.address);
      // A bare string starting with '=' is text, not a formula: write it into a text-formatted cell.
      const numberFormat =
        target.numberFormat ??
        (!target.formula && typeof target.value === 'string' && target.value.startsWith('=') ? '@' : undefined);
      if (numberFormat !== undefined) destination.numberFormat = [[numberFormat]];
      if (target.formula) destination.formulas = [[target.formula]];
      else destination.values = [[target.value ?? '']];
      break;
    }
    case 'deleteSheet':
      sheet(operation.sheet).delete();
      sheets.delete(operation.sheet);
      break;
    case 'addSheet': {
      const added = worksheets.add(operation.sheet);
      if (operation.position !== undefined) added.position = operation.position;
      if (operation.visibility && operation.visibility !== 'visible')
        added.visibility = fromVisibility(operation.visibility);
      sheets.set(operation.sheet, added);
      break;
    }
    case 'block': {
      const height = operation.content.length;
      const width = operation.content[0]?.length ?? 0;
      if (height === 0 || width === 0) break;
      const block = sheet(operation.sheet).getRangeByIndexes(operation.row, operation.col, height, width);
      block.numberFormat = operation.numberFormats;
      if (operation.asFormulas) block.formulas = operation.content;
      else block.values = operation.content;
      break;
    }
    case 'format': {
      const format = sheet(operation.sheet).getRange(operation.address).format;
      if (operation.bold) format.font.bold = true;
      if (operation.wrap) format.wrapText = true;
      break;
    }
    case 'columnWidth':
      sheet(operation.sheet).getRangeByIndexes(0, operation.col, 1, 1).format.columnWidth = operation.width;
      break;
    case 'rowHeight':
      sheet(operation.sheet).getRangeByIndexes(operation.row, 0, operation.rows, 1).format.rowHeight = operation.height;
      break;
    case 'pageLayout': {
      const layout = sheet(operation.sheet).pageLayout;
      layout.paperSize = 'A4';
      layout.orientation = 'Portrait';
      // One page wide, as many pages tall as the text needs.
      if (operation.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      break;
    }
  }
}

/** One request per chunk, each with calculation suspended (Excel recalculates once, after the request). */
export async function executeChunks(context: Excel.RequestContext, chunks: WriteOperation[][]): Promise<void> {
  for (const chunk of chunks) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const sheets = new Map<string, Excel.Worksheet>();
    for (const operation of chunk) queueOperation(context, operation, sheets);
    // The chunks were all built before the first sync and nothing is read back between them: each sync
    // sends one request kept under Excel on the web's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

/**
 * Put back what a record captured: cells (on sheets that still exist) and generated sheets (deleted when
 * the add-in created them, rebuilt with their old content otherwise). One sync to list the sheets, then
 * the writes.
 */
export async function restoreRecord(
  context: Excel.RequestContext,
  record: UndoRecord,
  limitBytes: number,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  await context.sync();
  const order = worksheets.items.map((worksheet) => worksheet.name);
  const present = new Set(order.map((name) => name.toLowerCase()));
  const cells = record.cells.filter((cell) => present.has(cell.sheet.toLowerCase()));
  // Refuse before writing rather than stop halfway on Excel's AccessDenied.
  const locked = worksheets.items
    .filter((worksheet) => worksheet.protection.protected)
    .map((worksheet) => worksheet.name)
    .filter((name) => cells.some((cell) => cell.sheet.toLowerCase() === name.toLowerCase()));
  if (locked.length > 0) throw new ProtectedSheetsError(locked);
  const positions = restorePositions(record, order);
  const operations = [
    ...record.sheets.flatMap(({ name, prior }) =>
      restoreSheetOperations(
        name,
        prior,
        present.has(name.toLowerCase()),
        positions.get(name.toLowerCase()) ?? 0,
        limitBytes,
      ),
    ),
    ...cellOperations(restoreCellTargets(cells)),
  ];
  await executeChunks(context, chunkOperations(operations, limitBytes));
}

/** Names of the expected sheets that no longer exist (to name the sheet in an ItemNotFound message). */
export async function missingSheets(context: Excel.RequestContext, expected: string[]): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const present = new Set(worksheets.items.map((worksheet) => worksheet.name.toLowerCase()));
  return expected.filter((name, i) => !present.has(name.toLowerCase()) && expected.indexOf(name) === i);
}
