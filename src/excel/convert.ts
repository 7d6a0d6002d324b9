/**
 * Pure conversions between what Office.js returns and the engine's `WorkbookSnapshot` (no Excel calls here,
 * so they are unit-tested directly). Output follows src/engine/snapshot.ts (as src/package/read-sheet.ts does):
 * rectangular grids from A1, merged non-anchor cells null, formulas/numberFormats grids only when some
 * cell has one, number formats only on cells with content, merges sorted.
 */
import { parseArea } from '../engine/a1';
import type { CellArea, CellValue, SheetSnapshot, SheetVisibility } from '../engine/snapshot';

/** The loaded properties of a used range. */
export interface UsedRangeData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** 'Visible' | 'Hidden' | 'VeryHidden' (Office.js) → the snapshot's spelling. */
export function toVisibility(visibility: string): SheetVisibility {
  if (visibility === 'Hidden' || visibility === 'hidden') return 'hidden';
  if (visibility === 'VeryHidden' || visibility === 'veryHidden') return 'veryHidden';
  return 'visible';
}

export function fromVisibility(visibility: SheetVisibility): 'Visible' | 'Hidden' | 'VeryHidden' {
  return visibility === 'hidden' ? 'Hidden' : visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/** Office.js value → snapshot value: '' is an empty cell. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/**
 * The cell's formula, or null. Office.js `formulas` repeats the constant for non-formula cells, so a text
 * cell (format '@') holding "=1+1" reads the same in values and formulas: that is text, not a formula.
 */
export function toFormula(rawFormula: unknown, rawValue: unknown): string | null {
  if (typeof rawFormula !== 'string' || !rawFormula.startsWith('=') || rawFormula.length < 2) return null;
  return rawFormula === rawValue ? null : rawFormula;
}

export function toNumberFormat(raw: unknown): string | null {
  return typeof raw === 'string' && raw !== '' && raw !== 'General' ? raw : null;
}

/**
 * Split a RangeAreas address ("Sheet1!A1:B2, 'My, sheet'!C3:D4") into areas; commas inside quoted
 * sheet names are not separators.
 */
export function parseAreasAddress(address: string): CellArea[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: still quoted
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseArea(part));
}

export function sortAreas(areas: CellArea[]): CellArea[] {
  return [...areas].sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);
}

/** One sheet's snapshot from its used range (null: the sheet has no content) and merged areas. */
export function sheetSnapshotFromRange(
  name: string,
  visibility: SheetVisibility,
  used: UsedRangeData | null,
  merges: CellArea[],
): SheetSnapshot {
  const sortedMerges = sortAreas(merges);
  const sheet: SheetSnapshot = { name, visibility, values: [], merges: sortedMerges };
  if (!used || used.values.length === 0) return sheet;

  const nonAnchor = (row: number, col: number) =>
    sortedMerges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  const height = used.rowIndex + used.values.length;
  const width = used.columnIndex + Math.max(...used.values.map((line) => line.length));
  const grid = <T>() => Array.from({ length: height }, () => new Array<T | null>(width).fill(null));
  const values = grid<CellValue>();
  const formulas = grid<string>();
  const numberFormats = grid<string>();
  let hasFormula = false;
  let hasFormat = false;

  used.values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const row = used.rowIndex + r;
      const col = used.columnIndex + c;
      if (nonAnchor(row, col)) return;
      const value = toCellValue(raw);
      const formula = toFormula(used.formulas[r]?.[c], raw);
      if (value === null && formula === null) return;
      values[row][col] = value;
      if (formula !== null) {
        formulas[row][col] = formula;
        hasFormula = true;
      }
      const numberFormat = toNumberFormat(used.numberFormat[r]?.[c]);
      if (numberFormat !== null) {
        numberFormats[row][col] = numberFormat;
        hasFormat = true;
      }
    }),
  );
  sheet.values = values;
  if (hasFormula) sheet.formulas = formulas;
  if (hasFormat) sheet.numberFormats = numberFormats;
  return sheet;
}
