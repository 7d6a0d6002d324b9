/**
 * The package writer on crafted packages: where cells go in the sheet XML, which styles they get, how
 * generated sheets are added, marked and replaced — read back with our reader and with exceljs; and, on the
 * workbooks of test/fidelity-corpus, that the structure the reader found writes the same bytes.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { GeneratedSheet } from '../../src/engine/model';
import { createPackage, MissingSheetError, patchPackage, readPackage, readPackageDetailed } from '../../src/package';
import { loadWorkbook, snapshotFromWorkbook } from '../support/exceljs';
import { NODE_CODEC } from '../../src/package/node';
import { craftPackage } from './package-builder';

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="2"><border/><border><left style="thin"/></border></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment horizontal="center"/></xf></cellXfs>' +
  '</styleSheet>';

const SHEET =
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row>' +
  '<row r="5"><c r="F5" s="1"/></row>' +
  '<row r="7" ht="20" customHeight="1"/>' +
  '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="K1"><formula1>"优,良"</formula1></dataValidation></dataValidations>';

async function partText(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}

async function exceljsSnapshot(bytes: Uint8Array) {
  return snapshotFromWorkbook(await loadWorkbook(ExcelJS, bytes));
}

describe('patchPackage: cells', () => {
  const input = craftPackage(
    [
      { name: '表', xml: SHEET },
      { name: '空', xml: '<sheetData/>' },
    ],
    { styles: STYLES },
  );
  const output = patchPackage(input, {
    cells: [
      { sheet: '表', cell: 'B2', value: 2 },
      { sheet: '表', cell: 'F5', value: 0.9408, formula: '=E5/D5', numberFormat: '0.00%' },
      { sheet: '表', cell: 'C3', value: '=1+1' },
      { sheet: '表', cell: 'A7', value: '优' },
      { sheet: '表', cell: 'A9', value: true },
      { sheet: '空', cell: 'B2', value: 3 },
    ],
    sheets: [],
  });

  it('puts each cell where it belongs: in column order, in new rows in row order, in a self-closing row', async () => {
    const xml = await partText(output, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="D2"><v>4</v></c></row>');
    expect(xml.indexOf('<row r="3">')).toBeGreaterThan(xml.indexOf('<row r="2">'));
    expect(xml.indexOf('<row r="3">')).toBeLessThan(xml.indexOf('<row r="5">'));
    expect(xml).toContain('<row r="7" ht="20" customHeight="1"><c r="A7" t="inlineStr"><is><t>优</t></is></c></row>');
    expect(xml).toMatch(/<dataValidations count="1">.*<\/dataValidations><\/worksheet>$/);
    const snapshot = readPackage(output);
    expect(snapshot.sheets[0].values[1]).toEqual([1, 2, null, 4]);
    expect(snapshot.sheets[0].values[2][2]).toBe('=1+1');
    expect(snapshot.sheets[0].formulas?.[2]?.[2] ?? null).toBeNull();
    expect(snapshot.sheets[0].values[8][0]).toBe(true);
    expect(snapshot.sheets[1].values[1]).toEqual([null, 3]);
  });

  it("keeps a written cell's own style and adds the number format as a new cell format", async () => {
    const snapshot = readPackage(output);
    expect(snapshot.sheets[0].formulas?.[4]?.[5]).toBe('=E5/D5');
    expect(snapshot.sheets[0].numberFormats?.[4]?.[5]).toBe('0.00%');
    const styles = await partText(output, 'xl/styles.xml');
    expect(styles).toContain('<cellXfs count="3">');
    expect(styles).toContain(
      '<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyNumberFormat="1"><alignment horizontal="center"/></xf>',
    );
  });

  it('is read back by exceljs, an independent reader', async () => {
    const snapshot = await exceljsSnapshot(output);
    expect(snapshot.sheets[0].values[4][5]).toBe(0.9408);
    expect(snapshot.sheets[0].values[6][0]).toBe('优');
  });

  it('refuses a write to a sheet the workbook does not have', () => {
    expect(() => patchPackage(input, { cells: [{ sheet: '无', cell: 'A1', value: 1 }], sheets: [] })).toThrow(
      MissingSheetError,
    );
  });
});

describe('patchPackage: generated sheets', () => {
  const report: GeneratedSheet = {
    name: '自评报告',
    columnWidths: [100],
    rows: [[{ value: '标题', bold: true }], [{ value: '正文\n第二行', wrap: true, numberFormat: '@' }]],
    rowHeights: [30, 60],
    page: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
  const findings: GeneratedSheet = { name: '评估结果', columnWidths: [10], rows: [[{ value: 1 }]] };

  it('adds them after the user sheets, with widths, heights, styles, page setup and a mark', async () => {
    const output = patchPackage(craftPackage([{ name: '表', xml: SHEET }], { styles: STYLES }), {
      cells: [],
      sheets: [report, findings],
    });
    const { structure } = readPackageDetailed(output);
    expect(structure.sheets.map((s) => [s.name, s.generated])).toEqual([
      ['表', false],
      ['自评报告', true],
      ['评估结果', true],
    ]);
    const xml = await partText(output, structure.sheets[1].part);
    expect(xml).toContain('<col min="1" max="1" width="100" customWidth="1"/>');
    expect(xml).toContain('<row r="2" ht="60" customHeight="1">');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    const styles = await partText(output, 'xl/styles.xml');
    expect(styles).toContain('<font><b/><sz val="12"/><name val="宋体"/></font>');
    expect(styles).toMatch(/numFmtId="49"[^>]*applyAlignment="1"><alignment vertical="top" wrapText="1"\/><\/xf>/);
    expect(await partText(output, '[Content_Types].xml')).toContain(`PartName="/${structure.sheets[1].part}"`);
    const snapshot = await exceljsSnapshot(output);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['表', '自评报告', '评估结果']);
    expect(snapshot.sheets[1].values[1][0]).toBe('正文\n第二行');
    // Our sheets are output, never input.
    expect(readPackage(output).sheets.map((s) => s.name)).toEqual(['表']);
  });

  it('replaces its own marked sheets in place on a second write, and never a user sheet of that name', () => {
    const user = craftPackage([
      { name: '表', xml: SHEET },
      {
        name: '自评报告',
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>我的报告</t></is></c></row></sheetData>',
      },
    ]);
    const once = patchPackage(user, { cells: [], sheets: [report, findings] });
    const twice = patchPackage(once, { cells: [], sheets: [{ ...report, rows: [[{ value: '新' }]] }, findings] });
    const sheets = readPackageDetailed(twice).structure.sheets;
    expect(sheets.map((s) => [s.name, s.generated])).toEqual([
      ['表', false],
      ['自评报告', false],
      ['自评报告(2)', true],
      ['评估结果', true],
    ]);
    expect(readPackage(twice).sheets.find((s) => s.name === '自评报告')?.values[0][0]).toBe('我的报告');
  });

  it('writes the same bytes from the structure the reader found as from its own reading', () => {
    const once = patchPackage(craftPackage([{ name: '表', xml: SHEET }], { styles: STYLES }), {
      cells: [],
      sheets: [report, findings],
    });
    const edits = { cells: [{ sheet: '表', cell: 'B2', value: 0.5, numberFormat: '0.00%' }], sheets: [report] };
    const { structure } = readPackageDetailed(once);
    const withStructure = patchPackage(once, edits, { structure });
    expect(Buffer.from(withStructure).equals(Buffer.from(patchPackage(once, edits)))).toBe(true);
    expect(readPackageDetailed(withStructure).structure.sheets.map((s) => [s.name, s.generated])).toEqual([
      ['表', false],
      ['自评报告', true],
      ['评估结果', true],
    ]);
  });
});

describe('createPackage', () => {
  it('makes a workbook of generated sheets that exceljs reads, with a frozen, filtered header', async () => {
    const bytes = createPackage([
      {
        name: '汇总',
        columnWidths: [20, 10],
        rows: [
          [{ value: '文件', bold: true }, { value: '总分' }],
          [{ value: 'a.xlsx' }, { value: 98.4, numberFormat: '0.00' }],
        ],
        freezeHeader: true,
        autoFilter: true,
      },
    ]);
    const workbook = await loadWorkbook(ExcelJS, bytes);
    const sheet = workbook.getWorksheet('汇总')!;
    expect(sheet.getCell('B2').value).toBe(98.4);
    expect(sheet.getCell('B2').numFmt).toBe('0.00');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:B1');
  });
});

describe('patchPackage: the calculation chain', () => {
  async function withCalcChain(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(
      craftPackage([
        {
          name: '表',
          xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row></sheetData>',
        },
      ]),
    );
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('is dropped (Excel rebuilds it) when a formula cell is overwritten, and kept otherwise', async () => {
    const input = await withCalcChain();
    const fixed = patchPackage(input, { cells: [{ sheet: '表', cell: 'B1', value: 3 }], sheets: [] });
    const zip = await JSZip.loadAsync(fixed);
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
    expect(readPackage(fixed).sheets[0].values[0]).toEqual([1, 3]);

    const added = patchPackage(input, { cells: [{ sheet: '表', cell: 'C1', value: 3 }], sheets: [] });
    expect((await JSZip.loadAsync(added)).file('xl/calcChain.xml')).not.toBeNull();
  });
});

describe('patchPackage: shared formulas', () => {
  it('writes the shared formula out in the cells that share it when a fix overwrites the cell that holds it', async () => {
    const input = craftPackage([
      {
        name: '表',
        xml:
          '<sheetData>' +
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
          '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>' +
          '</sheetData>',
      },
    ]);
    const output = patchPackage(input, { cells: [{ sheet: '表', cell: 'B1', value: 9 }], sheets: [] });
    const xml = await partText(output, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('si="0"');
    expect(xml).toContain('<c r="B2"><f>A2*2</f><v>4</v></c>');
    expect(xml).toContain('<c r="B3"><f>A3*2</f><v>6</v></c>');
    const sheet = readPackage(output).sheets[0];
    expect(sheet.values.map((row) => row[1])).toEqual([9, 4, 6]);
    expect(Array.from(sheet.formulas ?? [], (row) => row?.[1] ?? null)).toEqual([null, '=A2*2', '=A3*2']);
  });
});

describe('patchPackage with the reader structure, on workbooks saved by openpyxl and LibreOffice', () => {
  const dir = path.join(__dirname, '..', 'fidelity-corpus');
  const files = readdirSync(dir).filter((name) => /\.xls[xm]$/.test(name));

  it.each(files)('%s: the same bytes as when the writer reads the structure itself', (name) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
    const { snapshot, structure } = readPackageDetailed(bytes, NODE_CODEC);
    const { writePlan } = evaluateWorkbook(snapshot);
    const withStructure = patchPackage(bytes, writePlan, { ...NODE_CODEC, structure });
    expect(Buffer.from(withStructure).equals(Buffer.from(patchPackage(bytes, writePlan, NODE_CODEC)))).toBe(true);
  });
});
