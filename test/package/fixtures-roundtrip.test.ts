/** Every shared fixture survives snapshot → .xlsx bytes → snapshot unchanged (up to grid padding). */
import * as ExcelJS from 'exceljs';
import { snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { ALL_FIXTURES } from '../fixtures';

/** Pad to a rectangle cut at the last cell holding a value or formula; drop all-empty layers. */
function canonical(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: snapshot.sheets.map(canonicalSheet) };
}

function canonicalSheet(sheet: SheetSnapshot): SheetSnapshot {
  const filled = (value: unknown) => value !== null && value !== undefined && value !== '';
  const occupied = (row: number, col: number) =>
    filled(sheet.values[row]?.[col]) || filled(sheet.formulas?.[row]?.[col]);
  let height = 0;
  let width = 0;
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  for (let row = 0; row < rows; row++) {
    const cols = Math.max(sheet.values[row]?.length ?? 0, sheet.formulas?.[row]?.length ?? 0);
    for (let col = 0; col < cols; col++) {
      if (occupied(row, col)) {
        height = Math.max(height, row + 1);
        width = Math.max(width, col + 1);
      }
    }
  }
  const grid = <T>(source: (T | null)[][] | undefined, keep: (row: number, col: number, v: T | null) => boolean) => {
    const out: (T | null)[][] = [];
    let any = false;
    for (let row = 0; row < height; row++) {
      const line: (T | null)[] = [];
      for (let col = 0; col < width; col++) {
        // '' and a missing cell are the same empty cell (Excel stores no '' cells).
        const raw = source?.[row]?.[col] ?? null;
        const value = raw === '' ? null : raw;
        const kept = value !== null && keep(row, col, value) ? value : null;
        if (kept !== null) any = true;
        line.push(kept);
      }
      out.push(line);
    }
    return any ? out : undefined;
  };
  const result: SheetSnapshot = {
    name: sheet.name,
    visibility: sheet.visibility,
    values:
      grid<CellValue>(sheet.values, () => true) ?? Array.from({ length: height }, () => new Array(width).fill(null)),
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
  const formulas = grid(sheet.formulas, () => true);
  // A format on an empty cell carries nothing the engine reads.
  const formats = grid(sheet.numberFormats, (row, col, v) => v !== 'General' && occupied(row, col));
  if (formulas) result.formulas = formulas;
  if (formats) result.numberFormats = formats;
  if (sheet.hiddenRows?.length) result.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
  return result;
}

describe.each(Object.entries(ALL_FIXTURES))('fixture %s', (_name, build) => {
  it('round-trips through a real .xlsx file', async () => {
    const original = build();
    const buffer = await workbookFromSnapshot(ExcelJS, original).xlsx.writeBuffer();
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(buffer as ArrayBuffer);
    expect(snapshotFromWorkbook(loaded)).toEqual(canonical(original));
  });
});
