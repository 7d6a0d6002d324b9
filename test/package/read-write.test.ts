import * as ExcelJS from 'exceljs';
import type { Cell } from 'exceljs';
import { applyEvaluation, snapshotFromWorkbook, workbookFromSnapshot } from '../support/exceljs';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import type { WritePlan } from '../../src/engine/model';
import { entryContent, entryOf, readEntries, writeZip } from './zip-builder';

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return loaded;
}

const SAMPLE: WorkbookSnapshot = {
  sheets: [
    {
      name: '项目支出绩效自评表',
      visibility: 'visible',
      values: [
        ['项目支出绩效自评表', null, null, null, null],
        ['项目资金(万元)', null, '全年预算数', '全年执行数', '执行率'],
        [null, '年度资金总额', 68, 53.49, 0.7866],
        ['数量指标', '办件量', '≥50个', '=100%', '#DIV/0!'],
        ['+1 不是公式', null, 0.5, true, null],
      ],
      formulas: [
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, '=D3/C3'],
        [null, null, null, null, '=1/0'],
        [null, null, null, null, null],
      ],
      numberFormats: [
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, '0.00', '0.00', '0.00%'],
        [null, null, null, null, null],
        [null, null, '0%', null, null],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
      ],
      hiddenRows: [3],
    },
    {
      name: '隐藏 sheet',
      visibility: 'hidden',
      values: [['备注']],
      merges: [],
    },
    { name: 'very', visibility: 'veryHidden', values: [[null, 1]], merges: [] },
  ],
};

describe('snapshot ↔ xlsx round trip', () => {
  it('keeps values, CJK, merges, formulas with cached results, number formats, visibility, hidden rows', async () => {
    const workbook = await reload(workbookFromSnapshot(ExcelJS, SAMPLE));
    expect(snapshotFromWorkbook(workbook)).toEqual(SAMPLE);
  });

  it('is stable over a second trip', async () => {
    const once = snapshotFromWorkbook(await reload(workbookFromSnapshot(ExcelJS, SAMPLE)));
    const twice = snapshotFromWorkbook(await reload(workbookFromSnapshot(ExcelJS, once)));
    expect(twice).toEqual(once);
  });
});

describe('snapshotFromWorkbook on exceljs-specific values', () => {
  it('blanks merged non-anchor cells that exceljs fills with the anchor value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = '绩效指标';
    sheet.mergeCells('A1:A3');
    sheet.getCell('B3').value = 'x';
    const loaded = await reload(workbook);
    // exceljs itself reports the anchor text in A2 — the adapter must not.
    expect(loaded.getWorksheet('S')!.getCell('A2').value).toBe('绩效指标');
    const snapshot = snapshotFromWorkbook(loaded).sheets[0];
    expect(snapshot.values.map((row) => row[0])).toEqual(['绩效指标', null, null]);
    expect(snapshot.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }]);
  });

  it('flattens rich text and hyperlinks, resolves shared formulas, turns errors and dates into plain values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = { richText: [{ text: '项目', font: { bold: true } }, { text: '名称' }] };
    sheet.getCell('A2').value = { text: '链接文字', hyperlink: 'https://example.invalid/' };
    sheet.getCell('B1').value = 2;
    sheet.getCell('B2').value = 3;
    sheet.getCell('C1').value = { formula: 'B1*2', result: 4, shareType: 'shared', ref: 'C1:C2' } as Cell['value'];
    sheet.getCell('C2').value = { sharedFormula: 'C1', result: 6 } as Cell['value'];
    sheet.getCell('D1').value = { error: '#REF!' } as Cell['value'];
    sheet.getCell('D2').value = new Date(Date.UTC(2023, 11, 31));
    sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
    const snapshot = snapshotFromWorkbook(await reload(workbook)).sheets[0];
    expect(snapshot.values).toEqual([
      ['项目名称', 2, 4, '#REF!'],
      ['链接文字', 3, 6, 45291],
    ]);
    expect(snapshot.formulas).toEqual([
      [null, null, '=B1*2', null],
      [null, null, '=B2*2', null],
    ]);
    expect(snapshot.numberFormats?.[1][3]).toBe('yyyy-mm-dd');
  });

  it('turns the non-finite numbers of a crafted file (<v>1E+309</v>, <v>NaN</v>) into #NUM!, never null', async () => {
    // Sentinels written by exceljs, then patched in the sheet XML to what only a crafted file holds.
    const infinity = 987654321.25;
    const notANumber = 123456789.5;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = infinity;
    sheet.getCell('B1').value = notANumber;
    sheet.getCell('C1').value = { formula: 'D1*2', result: infinity } as Cell['value'];
    sheet.getCell('D1').value = 5;
    const written = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const crafted = writeZip(
      readEntries(written).map((entry) => {
        if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)) return entry;
        const xml = entryContent(entry).toString('utf8');
        expect(xml.split(`<v>${infinity}</v>`)).toHaveLength(3);
        expect(xml.split(`<v>${notANumber}</v>`)).toHaveLength(2);
        const patched = xml.split(`<v>${infinity}</v>`).join('<v>1E+309</v>');
        return entryOf(entry.name, patched.split(`<v>${notANumber}</v>`).join('<v>NaN</v>'));
      }),
    );
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(
      crafted.buffer.slice(crafted.byteOffset, crafted.byteOffset + crafted.byteLength) as ArrayBuffer,
    );
    // What exceljs hands over, the reason for the mapping.
    expect(loaded.getWorksheet('S')!.getCell('A1').value).toBe(Infinity);
    expect(loaded.getWorksheet('S')!.getCell('B1').value).toBeNaN();
    const snapshot = snapshotFromWorkbook(loaded).sheets[0];
    expect(snapshot.values).toEqual([['#NUM!', '#NUM!', '#NUM!', 5]]);
    expect(snapshot.formulas).toEqual([[null, null, '=D1*2', null]]);
  });

  it('does not add rows or cells to the workbook it reads', async () => {
    const workbook = await reload(workbookFromSnapshot(ExcelJS, SAMPLE));
    const before = JSON.stringify(workbook.worksheets.map((sheet) => sheet.model));
    snapshotFromWorkbook(workbook);
    expect(JSON.stringify(workbook.worksheets.map((sheet) => sheet.model))).toBe(before);
  });
});

describe('applyEvaluation', () => {
  const plan: WritePlan = {
    cells: [
      {
        sheet: '项目支出绩效自评表',
        cell: 'E5',
        value: 0.5,
        formula: '=C5*1',
        numberFormat: '0.00%',
        purpose: 'executionRate',
      },
      { sheet: '项目支出绩效自评表', cell: 'F3', value: 7.87, purpose: 'score' },
    ],
    sheets: [
      {
        name: '自评报告',
        columnWidths: [100],
        rows: [
          [{ value: '自评报告', bold: true }],
          [{ value: '=SUM(A1:A2) 不是公式', wrap: true }],
          [{ value: '+86 也不是' }],
          [{ value: 0.9408, numberFormat: '0.00%' }],
        ],
      },
      { name: '评估结果', columnWidths: [10, 20], rows: [[{ value: '级别', bold: true }, { value: '问题' }]] },
    ],
  };

  it('writes formulas with cached results and formats, keeps other styles, and text stays text', async () => {
    const workbook = await reload(workbookFromSnapshot(ExcelJS, SAMPLE));
    const sheet = workbook.getWorksheet('项目支出绩效自评表')!;
    sheet.getCell('E5').font = { italic: true };
    applyEvaluation(workbook, { writePlan: plan });
    const saved = await reload(workbook);
    const snapshot = snapshotFromWorkbook(saved);
    const table = snapshot.sheets.find((s) => s.name === '项目支出绩效自评表')!;
    expect(table.values[4][4]).toBe(0.5);
    expect(table.formulas?.[4][4]).toBe('=C5*1');
    expect(table.numberFormats?.[4][4]).toBe('0.00%');
    expect(saved.getWorksheet('项目支出绩效自评表')!.getCell('E5').font?.italic).toBe(true);
    expect(table.values[2][5]).toBe(7.87);
    // cells the plan did not name are as before
    expect(table.values[2].slice(0, 5)).toEqual(SAMPLE.sheets[0].values[2]);
    expect(table.numberFormats?.[2][4]).toBe('0.00%');

    const report = snapshot.sheets.find((s) => s.name === '自评报告')!;
    expect(report.values.map((row) => row[0])).toEqual(['自评报告', '=SUM(A1:A2) 不是公式', '+86 也不是', 0.9408]);
    expect(report.formulas).toBeUndefined();
    const reportSheet = saved.getWorksheet('自评报告')!;
    expect(reportSheet.getCell('A1').font?.bold).toBe(true);
    expect(reportSheet.getCell('A2').alignment?.wrapText).toBe(true);
    expect(reportSheet.getColumn(1).width).toBe(100);
    expect(reportSheet.getCell('A4').numFmt).toBe('0.00%');
  });

  it('replaces generated sheets on a re-run instead of stacking copies', async () => {
    const workbook = await reload(workbookFromSnapshot(ExcelJS, SAMPLE));
    applyEvaluation(workbook, { writePlan: plan });
    const second = await reload(workbook);
    applyEvaluation(second, {
      writePlan: { cells: [], sheets: [{ name: '自评报告', columnWidths: [50], rows: [[{ value: '第二次' }]] }] },
    });
    const names = (await reload(second)).worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name === '自评报告')).toHaveLength(1);
    const snapshot = snapshotFromWorkbook(await reload(second));
    expect(snapshot.sheets.find((s) => s.name === '自评报告')!.values).toEqual([['第二次']]);
  });

  it('refuses a write to a sheet that does not exist', async () => {
    const workbook = workbookFromSnapshot(ExcelJS, SAMPLE);
    expect(() =>
      applyEvaluation(workbook, {
        writePlan: { cells: [{ sheet: '没有', cell: 'A1', value: 1, purpose: 'score' }], sheets: [] },
      }),
    ).toThrow('没有');
  });
});
