/**
 * Sparse sheets: the package reader gives a stray value at XFD1048576 as one row array at index 1 048 575
 * (no rows before it). The reader skips blank rows whole, so such a sheet is read, not scanned cell by cell.
 */
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { CellValue, SheetSnapshot } from '../../../src/engine/snapshot';
import { seedWorkbook } from '../../fixtures/seed';

function strayRow(): CellValue[][] {
  const values: CellValue[][] = [];
  const line: CellValue[] = [];
  line[16383] = '备注';
  values[1048575] = line;
  return values;
}

describe('a far-away stray cell', () => {
  it('on a side sheet changes nothing in the evaluation', () => {
    const plain = evaluateWorkbook(seedWorkbook());
    const withStray = seedWorkbook();
    const side: SheetSnapshot = { name: '附表', visibility: 'visible', values: strayRow(), merges: [] };
    withStray.sheets.push(side);
    const evaluated = evaluateWorkbook(withStray);
    expect(evaluated.tables.map((table) => [table.sheet, table.total, table.grade])).toEqual(
      plain.tables.map((table) => [table.sheet, table.total, table.grade]),
    );
    expect(evaluated.findings.map((finding) => finding.code)).toEqual(plain.findings.map((finding) => finding.code));
  });
});
