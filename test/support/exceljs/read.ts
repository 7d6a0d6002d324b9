/**
 * exceljs workbook → WorkbookSnapshot (the engine's input). Shared by the CLI (Node) and the standalone
 * page (browser): it never imports exceljs as a value, the caller passes the loaded Workbook in.
 *
 * Follows the snapshot conventions (src/engine/snapshot.ts): grids from A1, merged non-anchor cells
 * null (exceljs repeats the anchor value there), formulas with their cached result, errors as strings
 * (a non-finite number, which only a crafted file holds, becomes '#NUM!').
 */
import type { Cell, CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { parseArea } from '../../../src/engine/a1';
import type {
  CellArea,
  CellValue,
  SheetSnapshot,
  SheetVisibility,
  WorkbookSnapshot,
} from '../../../src/engine/snapshot';

/** Days between the Excel serial epochs (1899-12-30 and 1904-01-01). */
const DATE1904_OFFSET_DAYS = 1462;
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Error value a non-finite number becomes (snapshot convention: error values as strings). */
const NON_FINITE_NUMBER = '#NUM!';

export function snapshotFromWorkbook(workbook: Workbook): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  return { sheets: workbook.worksheets.map((worksheet) => snapshotFromWorksheet(worksheet, date1904)) };
}

export function snapshotFromWorksheet(worksheet: Worksheet, date1904 = false): SheetSnapshot {
  const merges = readMerges(worksheet);
  const nonAnchor = new Set<string>();
  for (const area of merges) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        if (row !== area.top || col !== area.left) nonAnchor.add(`${row},${col}`);
      }
    }
  }

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let hasFormula = false;
  let hasFormat = false;
  let width = 0;

  // findRow never creates rows (getRow would), so reading leaves the workbook untouched.
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    if (!row) continue;
    const rowIndex = rowNumber - 1;
    if (row.hidden) hiddenRows.push(rowIndex);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const colIndex = colNumber - 1;
      if (nonAnchor.has(`${rowIndex},${colIndex}`)) return;
      const { value, formula } = readCell(cell, date1904);
      const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      if (value === null && formula === null) return;
      setAt(values, rowIndex, colIndex, value, null);
      if (formula !== null) {
        setAt(formulas, rowIndex, colIndex, formula, null);
        hasFormula = true;
      }
      if (numberFormat !== null) {
        setAt(numberFormats, rowIndex, colIndex, numberFormat, null);
        hasFormat = true;
      }
      width = Math.max(width, colIndex + 1);
    });
  }

  const height = values.length;
  const sheet: SheetSnapshot = {
    name: worksheet.name,
    visibility: readVisibility(worksheet),
    values: rectangle(values, height, width, null),
    merges,
  };
  if (hasFormula) sheet.formulas = rectangle(formulas, height, width, null);
  if (hasFormat) sheet.numberFormats = rectangle(numberFormats, height, width, null);
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

function readVisibility(worksheet: Worksheet): SheetVisibility {
  const state = worksheet.state;
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function readMerges(worksheet: Worksheet): CellArea[] {
  // `model.merges` is the public list of 'A1:B2' ranges exceljs keeps for the sheet.
  const ranges: string[] = (worksheet.model as { merges?: string[] }).merges ?? [];
  return ranges
    .map((range) => parseArea(range))
    .sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);
}

/** One cell's plain value (and formula with '='), whatever exceljs wrapped it in. */
export function readCell(cell: Cell, date1904 = false): { value: CellValue; formula: string | null } {
  const raw = cell.value as ExcelCellValue;
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    if ('formula' in raw || 'sharedFormula' in raw) {
      // `cell.formula` resolves shared formulas to this cell's own text (exceljs slides the master's).
      const text = cell.formula ?? (raw as { formula?: string }).formula ?? null;
      return {
        value: plainValue((raw as { result?: unknown }).result, date1904),
        formula: text ? `=${text.replace(/^=/, '')}` : null,
      };
    }
  }
  return { value: plainValue(raw, date1904), formula: null };
}

function plainValue(raw: unknown, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  // exceljs reads a crafted `<v>1E+309</v>` as Infinity and `<v>NaN</v>` as NaN. Excel itself shows #NUM!
  // for a number it cannot hold: keep that error so the reader reports the cell instead of skipping it.
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : NON_FINITE_NUMBER;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return dateToSerial(raw, date1904);
  if (typeof raw === 'object') {
    const object = raw as Record<string, unknown>;
    if (typeof object.error === 'string') return object.error;
    if (Array.isArray(object.richText)) return richTextToString(object.richText) || null;
    // Hyperlink: { text, hyperlink }; its text may itself be rich text.
    if ('hyperlink' in object) return plainValue(object.text, date1904);
    if ('result' in object) return plainValue(object.result, date1904);
  }
  return null;
}

function richTextToString(runs: ReadonlyArray<{ text?: unknown }>): string {
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
}

/** Excel serial of a Date exceljs built from a serial (it reads serials as UTC). */
export function dateToSerial(date: Date, date1904 = false): number | string {
  const time = date.getTime();
  if (Number.isNaN(time)) return date.toString();
  const serial = (time - EXCEL_EPOCH_MS) / MS_PER_DAY - (date1904 ? DATE1904_OFFSET_DAYS : 0);
  // Round away the float noise of the ms conversion (Excel keeps ~1 ms resolution).
  return Math.round(serial * 1e8) / 1e8;
}

function setAt<T>(grid: T[][], row: number, col: number, value: T, fill: T): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(fill);
  line[col] = value;
}

function rectangle<T>(grid: T[][], height: number, width: number, fill: T): T[][] {
  const result: T[][] = [];
  for (let row = 0; row < height; row++) {
    const line = grid[row] ?? [];
    const out: T[] = new Array(width);
    for (let col = 0; col < width; col++) out[col] = col < line.length && line[col] !== undefined ? line[col] : fill;
    result.push(out);
  }
  return result;
}
