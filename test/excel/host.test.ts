import { toA1 } from '../../src/engine/a1';
import type { CellWrite, GeneratedSheet, WritePlan } from '../../src/engine/model';
import { createExcelHostWith, type ExcelHostOptions } from '../../src/excel/host';
import { ExcelHostError } from '../../src/excel/messages';
import { POINTS_PER_CHARACTER } from '../../src/excel/operations';
import { FakeWorkbook } from '../fakes/excel-fake';
import { fx, sheet, workbook } from '../fixtures/grid';
import { excelRun, fixedEvaluation } from './helpers';

const TABLE = '项目表';

/** A table, a pre-existing 自评报告 (bold, a formula, text "=…", a wide column) and a hidden sheet. */
function buildFake(options: { payloadLimitBytes?: number } = {}) {
  const plan = samplePlan();
  const planned = new Map(plan.cells.filter((c) => c.formula).map((c) => [`${c.sheet}!${c.cell}`, c.value]));
  const fake = FakeWorkbook.fromSnapshot(
    workbook(
      sheet(TABLE, [
        ['项目', '预算数', '执行数', '执行率', '得分', '等级'],
        ['办公费', 100, 80, null, fx('=B2*0', 0, '0.00'), null],
        ['印刷费', 50, 50, null, null, null],
      ]),
      sheet('自评报告', [['旧报告'], [null, fx('=1+1', 2)], [null, null, { v: '=旧文本', fmt: '@' }]]),
      sheet('其他', [['保留'], [null, '内容']]),
      sheet('隐藏', [['秘密']], { visibility: 'hidden' }),
    ),
    {
      ...options,
      // The fake does not calculate: a formula the plan writes gets the value the plan says it has.
      calculate: (formula, where) => planned.get(`${where.sheet}!${where.address}`) ?? null,
    },
  );
  fake.setCell('自评报告', 'A1', { bold: true, wrap: true });
  fake.setColumnWidth('自评报告', 0, 100);
  fake.setCell(TABLE, 'D2', { numberFormat: '0.0%' });
  return fake;
}

function samplePlan(extraRows = 0): WritePlan {
  const cells: CellWrite[] = [
    { sheet: TABLE, cell: 'D2', value: 0.8, formula: '=C2/B2', numberFormat: '0.00%', purpose: 'executionRate' },
    { sheet: TABLE, cell: 'D3', value: 1, numberFormat: '0.00%', purpose: 'executionRate' },
    { sheet: TABLE, cell: 'E2', value: 9.5, purpose: 'score' },
    { sheet: TABLE, cell: 'F2', value: '优', purpose: 'grade' },
  ];
  const report: GeneratedSheet = {
    name: '自评报告',
    columnWidths: [60, 12],
    rows: [
      [{ value: '项目支出绩效自评报告', bold: true }],
      [{ value: '=这是正文，不是公式', wrap: true }],
      [{ value: '+86 电话' }],
      [
        { value: 94.08, numberFormat: '0.00' },
        { value: '合计', bold: true },
      ],
      ...Array.from({ length: extraRows }, (_, i) => [
        { value: `第${i + 1}段：预算执行率达94.08%，完成设置综合窗口数16个。`, wrap: true },
      ]),
    ],
  };
  const results: GeneratedSheet = {
    name: '评估结果',
    columnWidths: [10, 40],
    rows: [
      [
        { value: '位置', bold: true },
        { value: '问题', bold: true },
      ],
      [{ value: `${TABLE}!E2` }, { value: '得分与计算不符' }],
    ],
  };
  return { cells, sheets: [report, results] };
}

function hostFor(fake: FakeWorkbook, plan: WritePlan, options: Partial<ExcelHostOptions> = {}) {
  const { evaluate, seen } = fixedEvaluation(plan);
  return { host: createExcelHostWith({ evaluate, run: excelRun(fake), locale: 'zh-CN', ...options }), seen };
}

async function rejection(promise: Promise<unknown>): Promise<ExcelHostError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelHostError);
    return error as ExcelHostError;
  }
  throw new Error('expected the promise to reject');
}

describe('Excel host: evaluate writes the plan', () => {
  it('reads (capturing the old generated sheets) and writes in 3 syncs, the write with calculation suspended', async () => {
    const fake = buildFake();
    const { host, seen } = hostFor(fake, samplePlan());
    await host.evaluate();

    expect(seen).toHaveLength(1);
    // Hidden sheets are read too (as the CLI reads them); the generated 自评报告 is not.
    expect(seen[0].sheets.map((s) => [s.name, s.visibility])).toEqual([
      [TABLE, 'visible'],
      ['其他', 'visible'],
      ['隐藏', 'hidden'],
    ]);
    expect(fake.syncCount).toBe(3);
    expect(fake.syncs.slice(0, 2).every((s) => s.writes === 0)).toBe(true);
    expect(fake.syncs[2].calculationSuspended).toBe(true);

    expect(fake.cell(TABLE, 'D2')).toMatchObject({ formula: '=C2/B2', value: 0.8, numberFormat: '0.00%' });
    expect(fake.cell(TABLE, 'D3')).toMatchObject({ formula: null, value: 1, numberFormat: '0.00%' });
    expect(fake.cell(TABLE, 'E2')).toMatchObject({ formula: null, value: 9.5, numberFormat: '0.00' });
    expect(fake.cell(TABLE, 'F2')).toMatchObject({ value: '优' });
    expect(host.canUndo()).toBe(true);
  });

  it('replaces the generated sheets: old content gone, text stays text, bold, wrap and widths set', async () => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan());
    await host.evaluate();

    expect(fake.sheets.map((s) => s.name)).toEqual([TABLE, '自评报告', '其他', '隐藏', '评估结果']);
    const report = fake.dump().sheets[1];
    expect(report.cells).toEqual({
      A1: { value: '项目支出绩效自评报告', numberFormat: '@', bold: true },
      A2: { value: '=这是正文，不是公式', numberFormat: '@', wrap: true },
      A3: { value: '+86 电话', numberFormat: '@' },
      A4: { value: 94.08, numberFormat: '0.00' },
      B4: { value: '合计', numberFormat: '@', bold: true },
    });
    expect(report.columnWidths).toEqual({
      '0': Math.round(60 * POINTS_PER_CHARACTER * 100) / 100,
      '1': Math.round(12 * POINTS_PER_CHARACTER * 100) / 100,
    });
    expect(fake.cell('评估结果', 'A2').value).toBe(`${TABLE}!E2`);
  });

  it('splits a write over the payload limit into several requests, each under the limit', async () => {
    const oneShot = buildFake();
    await hostFor(oneShot, samplePlan(60)).host.evaluate();
    expect(oneShot.syncCount).toBe(3);

    const chunked = buildFake({ payloadLimitBytes: 6000 });
    await hostFor(chunked, samplePlan(60), { payloadLimitBytes: 3000 }).host.evaluate();
    const writes = chunked.syncs.slice(2);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.every((s) => s.calculationSuspended && s.requestBytes <= 6000 && !s.error)).toBe(true);
    expect(chunked.dump()).toEqual(oneShot.dump());
  });
});

describe('Excel host: undo', () => {
  it('restores the workbook exactly (formulas, formats, the old 自评报告, sheet order) and removes created sheets', async () => {
    const fake = buildFake();
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    await host.evaluate();
    expect(fake.dump()).not.toEqual(before);

    await host.undo();
    expect(fake.dump()).toEqual(before);
    expect(fake.cell('自评报告', 'B2')).toMatchObject({ formula: '=1+1', value: 2 });
    expect(host.canUndo()).toBe(false);
    await expect(host.undo()).rejects.toThrow('没有可以撤销的评估结果');
  });

  it('undoes fixes applied after the evaluation together with it', async () => {
    const fake = buildFake();
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    await host.evaluate();
    const syncsBefore = fake.syncCount;
    await host.applyFixes([
      { sheet: TABLE, cell: 'E2', value: 8 },
      { sheet: TABLE, cell: 'C3', value: 45, numberFormat: '0.00' },
      { sheet: TABLE, cell: 'G3', value: 0.9, formula: '=C3/B3' },
    ]);
    // G3 lies outside the range the read covered: one capture sync, then the write (no re-read).
    expect(fake.syncCount - syncsBefore).toBe(2);
    expect(fake.cell(TABLE, 'E2').value).toBe(8);
    // Inside what was read or written, a fix is one write sync.
    const syncsBeforeSecond = fake.syncCount;
    await host.applyFixes([{ sheet: TABLE, cell: 'G3', value: 0.8, formula: '=C3/B3' }]);
    expect(fake.syncCount - syncsBeforeSecond).toBe(1);
    expect(fake.cell(TABLE, 'C3')).toMatchObject({ value: 45, numberFormat: '0.00' });
    expect(fake.cell(TABLE, 'G3').formula).toBe('=C3/B3');

    await host.undo();
    expect(fake.dump()).toEqual(before);
  });

  it('undoes fixes alone, and a second evaluation goes back to before the first', async () => {
    const fake = buildFake();
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    await host.applyFixes([{ sheet: TABLE, cell: 'B2', value: 120 }]);
    expect(fake.cell(TABLE, 'B2').value).toBe(120);
    await host.evaluate();
    await host.evaluate();
    await host.undo();
    expect(fake.dump()).toEqual(before);
  });
});

describe('Excel host: goTo', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan());
    expect(fake.activeSheetName).toBe(TABLE);
    await host.goTo('其他', 'B2');
    expect(fake.activeSheetName).toBe('其他');
    expect(fake.selection).toEqual({ sheet: '其他', address: 'B2' });
  });

  it('says clearly when the sheet is gone', async () => {
    const { host } = hostFor(buildFake(), samplePlan());
    const error = await rejection(host.goTo('不存在', 'A1'));
    expect(error.message).toBe('找不到工作表「不存在」（可能已被删除或重命名）。请重新评估。');
  });

  it.each([
    [
      'zh-CN',
      '单元格 A1 位于隐藏的工作表「隐藏」中，无法选中。如需查看，请右键单击任一工作表标签，选择“取消隐藏”，再重新定位。',
    ],
    [
      'en-US',
      'Cell A1 is on the hidden sheet “隐藏”, so it cannot be selected. To see it, right-click any sheet tab, choose Unhide, then go to it again.',
    ],
  ] as const)('on a hidden sheet selects nothing, leaves it hidden and says so (%s)', async (locale, message) => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan(), { locale });
    await host.goTo('其他', 'B2');
    const before = fake.dump();
    const error = await rejection(host.goTo('隐藏', 'A1'));
    expect(error.reason).toBe('goToHidden');
    expect(error.message).toBe(message);
    expect(fake.activeSheetName).toBe('其他');
    expect(fake.selection).toEqual({ sheet: '其他', address: 'B2' });
    expect(fake.sheet('隐藏').visibility).toBe('hidden');
    expect(fake.dump()).toEqual(before);
  });

  it('names the sheet when it is deleted between looking it up and selecting', async () => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan());
    const syncsBefore = fake.syncCount;
    fake.beforeSync = (syncNumber, workbook) => {
      if (syncNumber === syncsBefore + 2) workbook.removeSheet('其他');
    };
    const error = await rejection(host.goTo('其他', 'B2'));
    expect(error.reason).toBe('goToMissing');
    expect(error.message).toBe('找不到工作表「其他」（可能已被删除或重命名）。请重新评估。');
  });
});

describe('Excel host: errors leave the workbook as it was', () => {
  it('refuses a protected sheet before writing anything', async () => {
    const fake = buildFake();
    fake.protectSheet(TABLE);
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    const error = await rejection(host.evaluate());
    expect(error.reason).toBe('sheetProtected');
    expect(error.message).toBe(
      '工作表「项目表」受保护，无法写入。请先在“审阅 → 撤销工作表保护”中取消保护，再重新运行。工作簿未作任何修改。',
    );
    expect(fake.dump()).toEqual(before);
    expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
    expect(host.canUndo()).toBe(false);
  });

  it('refuses a protected workbook structure (the generated sheets cannot be replaced)', async () => {
    const fake = buildFake();
    fake.protected = true;
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan(), { locale: 'en-US' });
    const error = await rejection(host.evaluate());
    expect(error.reason).toBe('workbookProtected');
    expect(error.message).toContain('The workbook structure is protected');
    expect(error.message).toContain('自评报告, 评估结果');
    expect(error.message).toContain('The workbook was not changed.');
    expect(fake.dump()).toEqual(before);
  });

  it('reports a request over Excel’s payload limit and leaves the workbook unchanged', async () => {
    const fake = buildFake({ payloadLimitBytes: 12_000 });
    const before = fake.dump();
    // The host believes it may send 1 MB per request; Excel (the fake) refuses above 12 kB.
    const { host } = hostFor(fake, samplePlan(200), { payloadLimitBytes: 1_000_000 });
    const error = await rejection(host.evaluate());
    expect(error.excelCode).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toContain('超过了 Excel 单次请求的上限');
    expect(error.message).toContain('工作簿保持原样');
    expect(fake.dump()).toEqual(before);
  });

  it('restores everything when a write fails midway', async () => {
    const fake = buildFake();
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    // Let the cells be written and the old 自评报告 deleted, then fail.
    fake.injectFailure(9, 'GeneralException', 'An internal error has occurred.');
    const error = await rejection(host.evaluate());
    expect(error.workbookState).toBe('restored');
    expect(error.message).toBe(
      'Excel 报告了错误：An internal error has occurred.已写入的内容均已恢复，工作簿保持原样。',
    );
    expect(fake.syncs[2].error).toBe('GeneralException');
    expect(fake.dump()).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it('names a sheet deleted between reading and writing', async () => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan());
    fake.beforeSync = (syncNumber, workbook) => {
      if (syncNumber === 3) workbook.removeSheet(TABLE);
    };
    const before = { ...fake.dump(), sheets: fake.dump().sheets.filter((s) => s.name !== TABLE) };
    const error = await rejection(host.evaluate());
    expect(error.excelCode).toBe('ItemNotFound');
    expect(error.message).toBe(
      '工作表「项目表」在运行过程中被删除或重命名了。请确认工作表后重新评估。已写入的内容均已恢复，工作簿保持原样。',
    );
    expect(fake.dump()).toEqual(before);
  });

  it('says a sheet went missing between the two reads, before anything is written', async () => {
    const fake = buildFake();
    const { host } = hostFor(fake, samplePlan());
    fake.beforeSync = (syncNumber, workbook) => {
      if (syncNumber === 2) workbook.removeSheet(TABLE);
    };
    const error = await rejection(host.evaluate());
    expect(error.reason).toMatch(/^sheetMissing/);
    expect(error.workbookState).toBe('unchanged');
    expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
  });

  it('refuses fixes on a protected sheet', async () => {
    const fake = buildFake();
    fake.protectSheet('其他');
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan(), { locale: 'en-US' });
    const error = await rejection(host.applyFixes([{ sheet: '其他', cell: toA1(0, 0), value: 1 }]));
    expect(error.message).toBe(
      'Sheet “其他” is protected, so nothing could be written. Unprotect it (Review → Unprotect Sheet) and run again. The workbook was not changed.',
    );
    expect(fake.dump()).toEqual(before);
  });

  it('reports a workbook too large to read in one response, without writing', async () => {
    const fake = buildFake({ payloadLimitBytes: 1500 });
    fake.setCell('其他', 'C40', { value: '很长的内容'.repeat(100) });
    const before = fake.dump();
    const { host, seen } = hostFor(fake, samplePlan());
    const error = await rejection(host.evaluate());
    expect(error.excelCode).toBe('ResponsePayloadSizeLimitExceeded');
    expect(error.message).toContain('工作簿的数据量超过了 Excel 单次请求的上限');
    expect(error.message).toContain('工作簿未作任何修改');
    expect(seen).toHaveLength(0);
    expect(fake.dump()).toEqual(before);
  });

  it('refuses undo on a protected sheet before writing, keeping the record so it can be retried', async () => {
    const fake = buildFake();
    const before = fake.dump();
    const { host } = hostFor(fake, samplePlan());
    await host.evaluate();
    fake.protectSheet(TABLE);
    const evaluated = fake.dump();
    const error = await rejection(host.undo());
    expect(error.message).toBe(
      '工作表「项目表」受保护，无法写入。请先在“审阅 → 撤销工作表保护”中取消保护，再重新运行。工作簿未作任何修改。',
    );
    expect(fake.dump()).toEqual(evaluated);
    expect(host.canUndo()).toBe(true);
    fake.protectSheet(TABLE, false);
    await host.undo();
    expect(fake.dump()).toEqual(before);
  });
});
