/**
 * The one input type of the engine: a plain copy of a workbook's cells that every host (Office.js, the
 * package reader of src/package for the CLI and the browser) produces. No host object ever crosses into the engine.
 *
 * Conventions every adapter must follow:
 * - Grids start at A1: `values[r][c]` is the cell at 0-based row r, column c (rows may be ragged/short;
 *   a missing cell is null). Adapters pad when the used range does not start at A1.
 * - A merged area's value sits only in its top-left (anchor) cell; its other cells are null (the
 *   Office.js view; a reader that repeats the anchor value must blank the others).
 * - Formula cells carry their cached result in `values` and the formula (with leading '=') in `formulas`.
 * - Error results (#DIV/0!, #REF!, …) are strings in `values`.
 * - Dates are numbers (Excel serials) or ISO strings; the engine never needs them for scoring.
 */
export type CellValue = string | number | boolean | null;

/** 0-based, inclusive rectangle. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  values: CellValue[][];
  /** Same shape as values where present; null for non-formula cells. */
  formulas?: (string | null)[][];
  /** Same shape as values where present; null or 'General' for default format. */
  numberFormats?: (string | null)[][];
  merges: CellArea[];
  /** 0-based indices of hidden rows (optional; tables may still use them). */
  hiddenRows?: number[];
  /**
   * Formula cells saved without a cached result that the host could not compute (their value reads null):
   * the engine reports them instead of treating them as empty. Optional, set only when there is one.
   */
  uncalculated?: Array<{ row: number; col: number }>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function cellValueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row]?.[col] ?? null;
}

export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

/** Empty = no formula and no value (null, or a string of blanks). '—', '/', 0 are typed values. */
export function isEmptyCell(sheet: SheetSnapshot | undefined, pos: { row: number; col: number }): boolean {
  if (!sheet) return false;
  if (formulaAt(sheet, pos.row, pos.col)) return false;
  const value = cellValueAt(sheet, pos.row, pos.col);
  return value === null || (typeof value === 'string' && value.trim() === '');
}
