/**
 * Writing into an exceljs workbook: the evaluation's write plan and generated sheets, and whole
 * workbooks built from snapshots (fixtures → real .xlsx files). Like ./read, no value import of exceljs:
 * the caller passes the loaded module or Workbook.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellWrite, Evaluation, GeneratedSheet, WritePlan } from '../../../src/engine/model';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine/snapshot';

/** The part of the exceljs module we need (`import * as ExcelJS from 'exceljs'` or its browser bundle). */
export interface ExcelJSModule {
  Workbook: new () => Workbook;
}

export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet not found: ${sheet}`);
    this.name = 'MissingSheetError';
  }
}

/** Apply the write plan's cells, then replace the generated sheets (自评报告, 评估结果). */
export function applyEvaluation(workbook: Workbook, evaluation: Pick<Evaluation, 'writePlan'>): void {
  applyWritePlan(workbook, evaluation.writePlan);
}

export function applyWritePlan(workbook: Workbook, plan: WritePlan): void {
  for (const write of plan.cells) applyCellWrite(workbook, write);
  for (const sheet of plan.sheets) replaceGeneratedSheet(workbook, sheet);
}

export function applyCellWrite(
  workbook: Workbook,
  write: Pick<CellWrite, 'sheet' | 'cell' | 'value' | 'formula' | 'numberFormat'>,
): void {
  const worksheet = workbook.getWorksheet(write.sheet);
  if (!worksheet) throw new MissingSheetError(write.sheet);
  const cell = worksheet.getCell(write.cell);
  if (write.formula) {
    // exceljs does not calculate: the cached result goes with the formula so every reader sees it.
    const result = write.value === null ? undefined : write.value;
    cell.value = { formula: write.formula.replace(/^=/, ''), result } as Cell['value'];
  } else {
    setPlainValue(cell, write.value);
  }
  if (write.numberFormat) setNumberFormat(cell, write.numberFormat);
}

/** A generated sheet replaces any sheet of that name (a re-run must not stack copies). */
export function replaceGeneratedSheet(workbook: Workbook, generated: GeneratedSheet): Worksheet {
  const existing = workbook.getWorksheet(generated.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(generated.name);
  generated.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  generated.rows.forEach((cells, rowIndex) => {
    cells.forEach((generatedCell, colIndex) => {
      const hasStyle = generatedCell.bold || generatedCell.wrap || generatedCell.numberFormat;
      if (generatedCell.value === null && !hasStyle) return;
      const cell = worksheet.getCell(rowIndex + 1, colIndex + 1);
      setPlainValue(cell, generatedCell.value);
      // Fresh style objects per cell: exceljs shares style objects between cells read from one style id.
      if (generatedCell.bold) cell.font = { bold: true };
      if (generatedCell.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (generatedCell.numberFormat) cell.numFmt = generatedCell.numberFormat;
    });
  });
  return worksheet;
}

/**
 * Strings stay text: exceljs never turns a string into a formula, but Excel would if we wrote an
 * object with `formula`; so a value is only ever assigned as a primitive here.
 */
function setPlainValue(cell: Cell, value: CellValue): void {
  cell.value = value === '' ? null : value;
}

/** Set the number format without touching the rest of the (possibly shared) style object. */
function setNumberFormat(cell: Cell, numberFormat: string): void {
  cell.style = { ...cell.style, numFmt: numberFormat };
}

/** Build a real workbook from a snapshot (fixtures, examples, tests). */
export function workbookFromSnapshot(ExcelJS: ExcelJSModule, snapshot: WorkbookSnapshot): Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) addSheetFromSnapshot(workbook, sheet);
  return workbook;
}

export function addSheetFromSnapshot(workbook: Workbook, sheet: SheetSnapshot): Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
  // Merge first: exceljs turns merged cells into references to the anchor, so values go in afterwards,
  // and only into anchors (a value on a covered cell would overwrite the anchor's).
  const covered = new Set<string>();
  for (const area of sheet.merges) {
    worksheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++)
        if (row !== area.top || col !== area.left) covered.add(`${row},${col}`);
    }
  }
  const height = Math.max(sheet.values.length, sheet.formulas?.length ?? 0, sheet.numberFormats?.length ?? 0);
  for (let row = 0; row < height; row++) {
    const width = Math.max(
      sheet.values[row]?.length ?? 0,
      sheet.formulas?.[row]?.length ?? 0,
      sheet.numberFormats?.[row]?.length ?? 0,
    );
    for (let col = 0; col < width; col++) {
      const value = sheet.values[row]?.[col] ?? null;
      const formula = sheet.formulas?.[row]?.[col] ?? null;
      const numberFormat = sheet.numberFormats?.[row]?.[col] ?? null;
      if ((value === null && formula === null && numberFormat === null) || covered.has(`${row},${col}`)) continue;
      const cell = worksheet.getCell(row + 1, col + 1);
      if (formula) {
        const result = value === null ? undefined : isErrorText(value) ? { error: value } : value;
        cell.value = { formula: formula.replace(/^=/, ''), result } as Cell['value'];
      } else if (value !== null && isErrorText(value)) {
        cell.value = { error: value } as Cell['value'];
      } else {
        setPlainValue(cell, value);
      }
      if (numberFormat && numberFormat !== 'General') cell.numFmt = numberFormat;
    }
  }
  for (const row of sheet.hiddenRows ?? []) worksheet.getRow(row + 1).hidden = true;
  return worksheet;
}

const ERROR_TEXTS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

function isErrorText(value: CellValue): value is string {
  return typeof value === 'string' && ERROR_TEXTS.has(value);
}
