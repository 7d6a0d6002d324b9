/** Shared test helpers for the Excel host tests (not a test file). */
import type { Evaluation, WritePlan } from '../../src/engine/model';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { areaToA1, toA1 } from '../../src/engine/a1';
import type { ExcelRun } from '../../src/excel/host';
import type { FakeWorkbook } from '../fakes/excel-fake';

/** The fake's run, typed as Excel.run (the fake implements the subset of the API the host uses). */
export function excelRun(fake: FakeWorkbook): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

/** A snapshot's content as address → cell, whatever the grid's shape (ragged or rectangular). */
export function cellMap(sheet: SheetSnapshot): Record<string, { value: CellValue; formula?: string; format?: string }> {
  const cells: Record<string, { value: CellValue; formula?: string; format?: string }> = {};
  sheet.values.forEach((line, row) =>
    line.forEach((value, col) => {
      const formula = sheet.formulas?.[row]?.[col] ?? null;
      // Excel has no empty-string constant: '' in a fixture is an empty cell.
      if ((value === null || value === '') && formula === null) return;
      const format = sheet.numberFormats?.[row]?.[col] ?? null;
      cells[toA1(row, col)] = {
        value,
        ...(formula ? { formula } : {}),
        ...(format && format !== 'General' ? { format } : {}),
      };
    }),
  );
  return cells;
}

export function sheetSummary(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells: cellMap(sheet),
    merges: sheet.merges.map(areaToA1).sort(),
  };
}

export function workbookSummary(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map(sheetSummary);
}

/**
 * A deterministic stand-in for the engine: returns the given write plan and records the snapshots it was
 * called with.
 */
export function fixedEvaluation(plan: WritePlan) {
  const seen: WorkbookSnapshot[] = [];
  const evaluate = (snapshot: WorkbookSnapshot): Evaluation => {
    seen.push(snapshot);
    return {
      profile: 'national',
      tables: [],
      scored: [],
      findings: [],
      narrative: { sheet: '自评报告', paragraphs: [] },
      writePlan: plan,
    };
  };
  return { evaluate, seen };
}
