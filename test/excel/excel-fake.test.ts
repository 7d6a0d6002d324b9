/** The fake must be as strict as Excel, or the host tests prove nothing. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   these tests read unloaded and unsynced properties on purpose, to prove the fake refuses them. */
import { FakeOfficeError, FakeWorkbook } from '../fakes/excel-fake';
import { fx, pct, sheet, workbook } from '../fixtures/grid';
import { workbookSummary } from './helpers';

function fakeWithTable() {
  return FakeWorkbook.fromSnapshot(
    workbook(
      sheet('表1', [
        ['项目', '预算数', '执行数', '执行率'],
        ['办公费', 100, 80, fx('=C2/B2', 0.8, '0.00%')],
      ]),
    ),
  );
}

describe('FakeWorkbook load/sync semantics', () => {
  it('throws PropertyNotLoaded when a property was not loaded, or loaded but not yet synced', async () => {
    const fake = fakeWithTable();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1:D2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values[1]).toEqual(['办公费', 100, 80, 0.8]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.format.font.bold).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('needs a sync before isNullObject can be read, and loads nothing on a null object', async () => {
    const fake = fakeWithTable();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
      const present = context.workbook.worksheets.getItemOrNullObject('表1');
      missing.load('name');
      present.load('name');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('表1');
      expect(() => missing.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('queues writes until sync and counts each sync', async () => {
    const fake = fakeWithTable();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('表1').getRange('E2').values = [[1]];
      expect(fake.cell('表1', 'E2').value).toBeNull();
      await context.sync();
      expect(fake.cell('表1', 'E2').value).toBe(1);
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].writes).toBe(1);
  });

  it('fails getItem on a missing sheet at sync with ItemNotFound', async () => {
    const fake = fakeWithTable();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('不存在').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('applies the operations before a failing one and none after it (no transactions)', async () => {
    const fake = fakeWithTable();
    fake.addSheet('锁定', { protected: true });
    await expect(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('表1').getRange('E1').values = [['前']];
        sheets.getItem('锁定').getRange('A1').values = [['x']];
        sheets.getItem('表1').getRange('E2').values = [['后']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.cell('表1', 'E1').value).toBe('前');
    expect(fake.cell('表1', 'E2').value).toBeNull();
    expect(fake.cell('锁定', 'A1').value).toBeNull();
  });

  it('refuses a request over the payload limit before applying anything', async () => {
    const fake = fakeWithTable();
    fake.payloadLimitBytes = 2000;
    const big = [Array.from({ length: 40 }, () => '很长的文字内容很长的文字内容很长的文字内容')];
    await expect(
      fake.run(async (context) => {
        const target = context.workbook.worksheets.getItem('表1');
        target.getRange('F1').values = [['小']];
        target.getRange('A10:AN10').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('表1', 'F1').value).toBeNull();
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(2000);
  });

  it('follows Excel value rules: text format keeps "=", General makes formulas and numbers, null skips', async () => {
    const fake = fakeWithTable();
    await fake.run(async (context) => {
      const target = context.workbook.worksheets.getItem('表1');
      const text = target.getRange('A5');
      text.numberFormat = [['@']];
      text.values = [['=SUM(A1)']];
      target.getRange('B5').values = [['=SUM(B2)']];
      target.getRange('C5').values = [['12.5']];
      target.getRange('A2:B2').values = [[null, '']];
      await context.sync();
    });
    expect(fake.cell('表1', 'A5')).toMatchObject({ value: '=SUM(A1)', formula: null, numberFormat: '@' });
    expect(fake.cell('表1', 'B5').formula).toBe('=SUM(B2)');
    expect(fake.cell('表1', 'C5').value).toBe(12.5);
    expect(fake.cell('表1', 'A2').value).toBe('办公费');
    expect(fake.cell('表1', 'B2').value).toBeNull();
  });

  it('rejects arrays whose shape does not match the range', async () => {
    const fake = fakeWithTable();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('表1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('round-trips a snapshot', () => {
    const original = workbook(
      sheet('表1', [['标题'], [null, '预算', pct(0.95)], [null, fx('=1+1', 2)]], { merges: ['A1:C1'], origin: 'B2' }),
      sheet('隐藏', [['x']], { visibility: 'hidden' }),
    );
    expect(workbookSummary(FakeWorkbook.fromSnapshot(original).toSnapshot())).toEqual(workbookSummary(original));
  });
});
