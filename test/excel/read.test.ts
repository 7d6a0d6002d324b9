import { parseAreasAddress, sheetSnapshotFromRange, toFormula } from '../../src/excel/convert';
import { readWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, type FakeRequestContext } from '../fakes/excel-fake';
import { fx, num, pct, sheet, workbook } from '../fixtures/grid';
import { seedMergedWorkbook } from '../fixtures/seed';
import { workbookSummary } from './helpers';

const asExcel = (context: FakeRequestContext) => context as unknown as Excel.RequestContext;

describe('readWorkbook (Office.js → snapshot)', () => {
  it('reproduces the seed workbook moved off A1 with merges (offset used range, anchors only)', async () => {
    const original = seedMergedWorkbook();
    const fake = FakeWorkbook.fromSnapshot(original);
    const read = await fake.run((context) => readWorkbook(asExcel(context)));
    expect(workbookSummary(read.snapshot)).toEqual(workbookSummary(original));
    expect(fake.syncCount).toBe(2);
  });

  it('keeps formulas (with cached values) and number formats, and text that merely starts with "="', async () => {
    const original = workbook(
      sheet(
        '项目表',
        [
          ['项目', '预算数', '执行数', '执行率'],
          ['办公费', num(100), num(79.94), fx('=C2/B2', 0.7994, '0.00%')],
          ['说明', { v: '=这不是公式', fmt: '@' }, pct(0.5, 0), null],
        ],
        { origin: 'C4' },
      ),
    );
    const read = await FakeWorkbook.fromSnapshot(original).run((context) => readWorkbook(asExcel(context)));
    const [result] = read.snapshot.sheets;
    // C4 is row 3, column 2: the 执行数 of 办公费 lands at row 4, column 4.
    expect(result.values[4][4]).toBe(79.94);
    expect(result.formulas?.[4][5]).toBe('=C2/B2');
    expect(result.values[4][5]).toBe(0.7994);
    expect(result.numberFormats?.[4][5]).toBe('0.00%');
    expect(result.values[5][3]).toBe('=这不是公式');
    expect(result.formulas?.[5][3]).toBeNull();
    expect(result.formulas?.[4][4]).toBeNull();
    expect(result.values).toHaveLength(6);
    expect(result.values.every((line) => line.length === 6)).toBe(true);
    expect(result.values[0]).toEqual([null, null, null, null, null, null]);
    expect(workbookSummary(read.snapshot)).toEqual(workbookSummary(original));
  });

  it('reads visible and hidden sheets, skips very hidden and generated ones but lists them all', async () => {
    const fake = FakeWorkbook.fromSnapshot(
      workbook(
        sheet('表', [['a']]),
        sheet('隐藏', [['b']], { visibility: 'hidden' }),
        sheet('模板数据', [['c']], { visibility: 'veryHidden' }),
        sheet('自评报告', [['旧报告']]),
        sheet('评估结果', [['旧结果']]),
        sheet('空白', []),
      ),
    );
    fake.protectSheet('表');
    const read = await fake.run((context) => readWorkbook(asExcel(context)));
    expect(read.snapshot.sheets.map((s) => [s.name, s.visibility, s.values])).toEqual([
      ['表', 'visible', [['a']]],
      ['隐藏', 'hidden', [['b']]],
      ['空白', 'visible', []],
    ]);
    expect(read.snapshot.sheets[2]).toEqual({ name: '空白', visibility: 'visible', values: [], merges: [] });
    expect(read.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['表', 'visible', true],
      ['隐藏', 'hidden', false],
      ['模板数据', 'veryHidden', false],
      ['自评报告', 'visible', false],
      ['评估结果', 'visible', false],
      ['空白', 'visible', false],
    ]);
  });

  it.each([1, 50])('reads %i sheet(s) in the same number of syncs (at most 3)', async (count) => {
    // Every third sheet hidden: hidden sheets are read in the same sync as the visible ones.
    const sheets = Array.from({ length: count }, (_, i) =>
      sheet(
        `表${i + 1}`,
        [
          ['项目', '预算数'],
          [`第${i + 1}项`, fx('=1+1', 2)],
        ],
        { merges: ['A1:B1'], origin: 'B2', visibility: i % 3 === 2 ? 'hidden' : 'visible' },
      ),
    );
    const fake = FakeWorkbook.fromSnapshot(workbook(...sheets));
    const read = await fake.run((context) => readWorkbook(asExcel(context)));
    expect(read.snapshot.sheets).toHaveLength(count);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(2);
  });
});

describe('conversion helpers', () => {
  it('splits RangeAreas addresses, honouring quoted sheet names with commas and quotes', () => {
    expect(parseAreasAddress("Sheet1!A1:B2, 'a,b''c'!C3:D4,表!E5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  it('treats a formula string equal to the value as text', () => {
    expect(toFormula('=A1', 3)).toBe('=A1');
    expect(toFormula('=abc', '=abc')).toBeNull();
    expect(toFormula(5, 5)).toBeNull();
  });

  it('blanks merged non-anchor cells even if Excel reported something there', () => {
    const result = sheetSnapshotFromRange(
      's',
      'visible',
      {
        rowIndex: 0,
        columnIndex: 0,
        values: [['标题', '残留']],
        formulas: [['标题', '残留']],
        numberFormat: [['General', 'General']],
      },
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    );
    expect(result.values).toEqual([['标题', null]]);
  });
});
