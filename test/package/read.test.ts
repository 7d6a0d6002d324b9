/**
 * The package reader: the same snapshot as exceljs for every fixture workbook (an independent reader),
 * and the cell kinds other writers produce, crafted as XML.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { readPackage, PackageError } from '../../src/package';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { ALL_FIXTURES } from '../fixtures';
import { snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';
import { craftPackage } from './package-builder';

/** Rows as arrays without trailing nulls, holes as empty rows: both readers' grids compare equal. */
function normalized(snapshot: WorkbookSnapshot) {
  const grid = <T>(rows: T[][] | undefined) => {
    const lines = Array.from(rows ?? [], (row) => {
      const line = Array.from(row ?? [], (value) => value ?? null);
      while (line.length > 0 && line[line.length - 1] === null) line.pop();
      return line;
    });
    while (lines.length > 0 && lines[lines.length - 1].length === 0) lines.pop();
    return lines;
  };
  return snapshot.sheets.map((sheet: SheetSnapshot) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows ?? [],
    values: grid(sheet.values),
    formulas: grid(sheet.formulas),
    numberFormats: grid(sheet.numberFormats),
  }));
}

describe.each(Object.keys(ALL_FIXTURES))('fixture %s', (name) => {
  it('reads as exceljs reads it', async () => {
    const workbook = workbookFromSnapshot(ExcelJS, ALL_FIXTURES[name]());
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(normalized(readPackage(bytes))).toEqual(normalized(snapshotFromWorkbook(reference)));
  });
});

/** Workbooks saved by openpyxl from published forms (test/layout-corpus): inputs we did not design. */
const LAYOUT_CORPUS = path.join(__dirname, '..', 'layout-corpus', 'xlsx');
const layoutFiles = existsSync(LAYOUT_CORPUS) ? readdirSync(LAYOUT_CORPUS).filter((f) => f.endsWith('.xlsx')) : [];

describe.each(layoutFiles)('layout corpus %s', (file) => {
  it('reads as exceljs reads it', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(LAYOUT_CORPUS, file)));
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(normalized(readPackage(bytes))).toEqual(normalized(snapshotFromWorkbook(reference)));
  });
});

describe('cell kinds', () => {
  const sharedStrings =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<si><t>执行率</t></si>' +
    '<si><r><rPr><b/></rPr><t xml:space="preserve">总 </t></r><r><t>分</t></r><rPh sb="0" eb="1"><t>ゾウ</t></rPh></si>' +
    '<si><t>a_x000D_b &amp; c</t></si></sst>';
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="170"/></cellXfs></styleSheet>';
  const sheet =
    '<sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
    '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>内联</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c><c r="D2" s="1"><v>0.9408</v></c><c r="E2" s="2"><v>1E+400</v></c></row>' +
    '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*2+$A$3</f><v>3</v></c></row>' +
    '<row r="5"><c r="A5"><v>5</v></c><c r="B5"><f t="shared" si="0"/><v>11</v></c><c r="C5" t="str"><f>"x"</f><v>x</v></c><c r="D5" s="1"/></row>' +
    '<row r="6"><c r="A6" t="inlineStr"><is><t>merged</t></is></c><c r="B6"><v>7</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells>';
  const snapshot = readPackage(
    craftPackage(
      [
        { name: '表', xml: sheet },
        { name: '隐藏', xml: '<sheetData/>', state: 'hidden' },
        { name: '深藏', xml: '<sheetData/>', state: 'veryHidden' },
      ],
      { sharedStrings, styles },
    ),
  );
  const [table] = snapshot.sheets;

  it('reads shared, rich (without phonetics) and escaped strings, inline strings, booleans and errors', () => {
    expect(table.values[0]).toEqual(['执行率', '总 分', 'a\rb & c']);
    expect(table.values[1].slice(0, 3)).toEqual(['内联', true, '#DIV/0!']);
  });

  it('reads number formats (built-in and custom) and a number Excel cannot hold as #NUM!', () => {
    expect(table.values[1].slice(3)).toEqual([0.9408, '#NUM!']);
    expect(table.numberFormats?.[1]?.slice(3)).toEqual(['0.00%', '0.0%']);
  });

  it('slides a shared formula to each cell and keeps cached values', () => {
    expect(table.formulas?.[2]?.[1]).toBe('=A3*2+$A$3');
    expect(table.formulas?.[4]?.[1]).toBe('=A5*2+$A$3');
    expect(table.values[4].slice(0, 3)).toEqual([5, 11, 'x']);
  });

  it('blanks covered cells of a merge, lists hidden rows and sheet visibility, and skips empty rows', () => {
    expect(table.values[5]).toEqual(['merged', null]);
    expect(table.merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 1 }]);
    expect(table.hiddenRows).toEqual([1]);
    expect(3 in table.values).toBe(false);
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['表', 'visible'],
      ['隐藏', 'hidden'],
      ['深藏', 'veryHidden'],
    ]);
  });

  it('reads a worksheet whose elements carry a namespace prefix', () => {
    const prefixed = readPackage(
      craftPackage([
        {
          name: 'x',
          xml: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ]),
    );
    expect(prefixed.sheets[0].values[1]).toEqual([null, null, '前缀']);
  });

  it('refuses a damaged sheet part as corrupt, naming the part', () => {
    const broken = craftPackage([{ name: 'x', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c' }]);
    expect(() => readPackage(broken)).toThrow(PackageError);
    try {
      readPackage(broken);
    } catch (error) {
      expect((error as PackageError).problem).toBe('corrupt');
      expect((error as PackageError).message).toContain('xl/worksheets/sheet1.xml');
    }
  });
});
