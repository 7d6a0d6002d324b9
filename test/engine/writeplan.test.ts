import { toA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { findingsSheet } from '../../src/engine/findings-sheet';
import { FINDINGS_SHEET_NAME, REPORT_SHEET_NAME, type CellWrite, type Finding } from '../../src/engine/model';
import { NATIONAL_PROFILE } from '../../src/engine/profiles';
import { scoreTable } from '../../src/engine/scoring';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { planCellWrites } from '../../src/engine/writeplan';
import { ALL_FIXTURES, CLEAN_FIXTURES, cleanProjectSplit, cloneWorkbook, findCell, withCell } from '../fixtures';
import { at, makeFundLine, makeIndicator, makeTable, SHEET } from './rules/tester';

function sheetWith(cells: Record<string, CellValue>, formulas: Record<string, string> = {}): SheetSnapshot {
  const values: CellValue[][] = Array.from({ length: 40 }, () => Array<CellValue>(10).fill(null));
  const formulaGrid: (string | null)[][] = Array.from({ length: 40 }, () => Array<string | null>(10).fill(null));
  for (const [address, value] of Object.entries(cells)) values[at(address).row][at(address).col] = value;
  for (const [address, formula] of Object.entries(formulas)) formulaGrid[at(address).row][at(address).col] = formula;
  return { name: SHEET, visibility: 'visible', values, formulas: formulaGrid, merges: [] };
}

/** Funds 10/10/9 (G5 rate, H5 score, weight 10) and one indicator (G11 score, weight 90, met). */
const table = (reportedScore: number | null, sheet: SheetSnapshot) =>
  scoreTable(
    makeTable({
      funds: makeFundLine('年度资金总额', [10, 10, 9], { weight: 10 }),
      indicators: [makeIndicator({ weight: 90, reportedScore })],
      cells: { total: at('G30'), grade: at('G31') },
    }),
    NATIONAL_PROFILE,
    sheet,
  );
/** The writes planned for that table on `sheet`. */
const plan = (sheet: SheetSnapshot, reportedScore: number | null = null) =>
  planCellWrites([table(reportedScore, sheet)], [sheet]);

const byCell = (writes: CellWrite[]) => Object.fromEntries(writes.map((w) => [w.cell, w]));

describe('cell writes', () => {
  it('fills empty 执行率 with a formula and cached value, empty 得分, 总分 and 等级', () => {
    const writes = byCell(plan(sheetWith({})));
    expect(writes.G5).toEqual({
      sheet: SHEET,
      cell: 'G5',
      value: 0.9,
      formula: '=E5/D5',
      numberFormat: '0.00%',
      purpose: 'executionRate',
    });
    expect(writes.H5).toEqual(expect.objectContaining({ value: 9, purpose: 'score' }));
    expect(writes.G11).toEqual(expect.objectContaining({ value: 90, purpose: 'score' }));
    expect(writes.G30).toEqual(expect.objectContaining({ value: 99, purpose: 'total' }));
    expect(writes.G31).toEqual(expect.objectContaining({ value: '优', purpose: 'grade' }));
    expect(Object.keys(writes).sort()).toEqual(['G11', 'G30', 'G31', 'G5', 'H5']);
  });

  it('never overwrites a typed value or a formula; the total is Σ of the sheet scores', () => {
    const sheet = sheetWith({ G5: 0.9, G11: 80, G30: null }, { G5: '=E5/D5' });
    const writes = byCell(plan(sheet, 80));
    expect(writes.G5).toBeUndefined();
    expect(writes.G11).toBeUndefined();
    expect(writes.G30?.value).toBe(89); // 9 written + 80 typed, so 总分 = Σ得分 holds on the sheet
    expect(writes.G31?.value).toBe('良');
  });

  it("treats '—', '/' and 0 as typed; blanks as empty", () => {
    const writes = byCell(plan(sheetWith({ G5: '—', H5: 0, G11: '  ' })));
    expect(writes.G5).toBeUndefined();
    expect(writes.H5).toBeUndefined();
    expect(writes.G11?.value).toBe(90);
  });

  it('fills an empty 得分 next to 不合格 with the low band, never the full weight', () => {
    const sheet = sheetWith({});
    const failed = scoreTable(
      makeTable({
        indicators: [
          makeIndicator({ weight: 10, direction: '定性', target: '合格', actual: '不合格', actualText: '不合格' }),
        ],
      }),
      NATIONAL_PROFILE,
      sheet,
    );
    expect(byCell(planCellWrites([failed], [sheet])).G11?.value).toBe(5.99);
  });

  it('writes no total while a weighted row has no score at all', () => {
    const sheet = sheetWith({});
    const unscorable = scoreTable(
      makeTable({
        indicators: [makeIndicator({ weight: 100, actual: '完成', actualText: '完成' })],
        cells: { total: at('G30'), grade: at('G31') },
      }),
      NATIONAL_PROFILE,
      sheet,
    );
    expect(planCellWrites([unscorable], [sheet])).toEqual([]);
  });
});

describe('findings sheet', () => {
  it('lists each finding rendered in Chinese with its proposed value', () => {
    const findings: Finding[] = [
      {
        code: 'score-mismatch',
        messageId: 'fundsAboveRule',
        severity: 'warning',
        sheet: '廊坊2019',
        cell: 'H6',
        data: { row: '年度资金总额', reported: '9', computed: '8.62', rate: '86.20%', weight: '10' },
        fix: { sheet: '廊坊2019', cell: 'H6', value: 8.62 },
      },
      {
        code: 'rate-mismatch',
        messageId: 'rateDiffers',
        severity: 'error',
        sheet: 'S',
        cell: 'G5',
        data: {
          line: '项目支出',
          stated: '79.90%',
          computed: '79.94%',
          executed: '86.34',
          adjusted: '108',
          formula: '=E5/D5',
        },
        fix: { sheet: 'S', cell: 'G5', value: 0.7994444, formula: '=E5/D5', numberFormat: '0.00%' },
      },
    ];
    const sheet = findingsSheet(findings);
    expect(sheet.name).toBe(FINDINGS_SHEET_NAME);
    expect(sheet.rows[0].map((c) => c.value)).toEqual(['严重程度', '工作表', '单元格', '代码', '说明', '建议值']);
    expect(sheet.rows[1].slice(0, 4).map((c) => c.value)).toEqual(['警告', '廊坊2019', 'H6', 'score-mismatch']);
    expect(sheet.rows[1][4].value).toBe(
      '「年度资金总额」填报得分 9，高于按规则计算的 8.62（执行率 86.20% × 分值 10）。请将得分改为 8.62，或在偏差原因中说明依据。',
    );
    expect(sheet.rows[1][5].value).toBe(8.62);
    expect(sheet.rows[2][0].value).toBe('错误');
    expect(sheet.rows[2][5].value).toBe('=E5/D5（79.94%）');
    expect(findingsSheet([]).rows[1][0].value).toBe('未发现问题');
  });

  it('shows a suggested rate exactly as the messages print it (half-way 0.035% rounds up)', () => {
    const finding: Finding = {
      code: 'rate-mismatch',
      messageId: 'rateDiffers',
      severity: 'error',
      sheet: 'S',
      cell: 'G5',
      data: {},
      fix: { sheet: 'S', cell: 'G5', value: 0.00035, formula: '=E5/D5', numberFormat: '0.00%' },
    };
    expect(findingsSheet([finding]).rows[1][5].value).toBe('=E5/D5（0.04%）');
  });
});

/** Apply a plan's cell writes to a snapshot the way a host does (value = cached result, formula kept). */
function applyWrites(snapshot: WorkbookSnapshot, writes: readonly CellWrite[]): WorkbookSnapshot {
  let result = snapshot;
  for (const write of writes) {
    result = withCell(result, write.sheet, write.cell, write.value, {
      ...(write.formula ? { formula: write.formula } : {}),
      ...(write.numberFormat ? { format: write.numberFormat } : {}),
    });
  }
  return result;
}

describe('write plan on a workbook (through the reader)', () => {
  /** The clean project table with its 执行率, 得分 and 总分 cells blanked (its typed 等级 kept). */
  function blankedCleanProject(): { snapshot: WorkbookSnapshot; blanked: string[] } {
    const original = cleanProjectSplit();
    const [table] = evaluateWorkbook(original).tables;
    const cells = [
      table.funds!.cells.rate!,
      table.funds!.cells.score!,
      ...table.indicators.map((ind) => ind.cells.score!),
      table.cells.total!,
    ];
    let snapshot = cloneWorkbook(original);
    for (const cell of cells)
      snapshot = withCell(snapshot, table.sheet, toA1(cell.row, cell.col), null, { format: null });
    return { snapshot, blanked: cells.map((cell) => toA1(cell.row, cell.col)) };
  }

  it('fills every blanked cell, and a re-run on the applied workbook plans nothing and finds nothing new', () => {
    const { snapshot, blanked } = blankedCleanProject();
    const first = evaluateWorkbook(snapshot);
    expect(first.writePlan.cells.map((w) => w.cell).sort()).toEqual([...blanked].sort());
    const rate = first.writePlan.cells.find((w) => w.purpose === 'executionRate')!;
    expect(rate.formula).toMatch(/^=[A-Z]+\d+\/[A-Z]+\d+$/);
    expect(rate.numberFormat).toBe('0.00%');
    expect(first.writePlan.cells.find((w) => w.purpose === 'total')?.value).toBe(99.5);

    const applied = applyWrites(snapshot, first.writePlan.cells);
    const second = evaluateWorkbook(applied);
    expect(second.writePlan.cells).toEqual([]);
    const key = (f: Finding) => `${f.severity} ${f.sheet}!${f.cell} ${f.code}`;
    expect(second.findings.map(key)).toEqual(first.findings.map(key));
    expect(second.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(second.tables[0].reportedTotal).toBe(99.5);
  });

  it('generates the 自评报告 and 评估结果 sheets, and ignores them as input on a re-run', () => {
    const first = evaluateWorkbook(cleanProjectSplit());
    expect(first.writePlan.sheets.map((s) => s.name)).toEqual([REPORT_SHEET_NAME, FINDINGS_SHEET_NAME]);
    const withGenerated: WorkbookSnapshot = cloneWorkbook(cleanProjectSplit());
    for (const generated of first.writePlan.sheets) {
      withGenerated.sheets.push({
        name: generated.name,
        visibility: 'visible',
        values: generated.rows.map((r) => r.map((c) => c.value)),
        merges: [],
      });
    }
    const second = evaluateWorkbook(withGenerated);
    expect(second.tables.length).toBe(first.tables.length);
    expect(second.findings).toEqual(first.findings);
  });
});

describe('the 等级 cell (through the reader)', () => {
  /** Each clean table's typed 等级 cell, found by the reader while it holds 优. */
  const gradeCells = CLEAN_FIXTURES.flatMap((name) =>
    evaluateWorkbook(ALL_FIXTURES[name]()).tables.flatMap((table) =>
      table.cells.grade ? [{ name, sheet: table.sheet, cell: toA1(table.cells.grade.row, table.cells.grade.col) }] : [],
    ),
  );

  it('the clean fixtures type their grade (the cases below cover each layout)', () => {
    expect(gradeCells.map((c) => c.name)).toEqual(
      expect.arrayContaining(['clean-project-split', 'clean-project-merged', 'clean-department']),
    );
    expect(new Set(gradeCells.map((c) => c.name)).size).toBe(CLEAN_FIXTURES.length);
  });

  it.each(gradeCells)('$name $sheet!$cell: a blank 等级 is located and filled; a re-run plans nothing', (grade) => {
    const blanked = withCell(ALL_FIXTURES[grade.name](), grade.sheet, grade.cell, null);
    const first = evaluateWorkbook(blanked);
    const table = first.tables.find(
      (t) => t.sheet === grade.sheet && t.cells.grade && toA1(t.cells.grade.row, t.cells.grade.col) === grade.cell,
    );
    expect(table?.reportedGrade).toBeNull();
    expect(first.writePlan.cells).toEqual([{ sheet: grade.sheet, cell: grade.cell, value: '优', purpose: 'grade' }]);

    const second = evaluateWorkbook(applyWrites(blanked, first.writePlan.cells));
    expect(second.writePlan.cells).toEqual([]);
    expect(second.findings).toEqual(evaluateWorkbook(ALL_FIXTURES[grade.name]()).findings);
  });

  it('a blank 等级 beside a blank 总分 gets the grade of the total written with it', () => {
    const original = cleanProjectSplit();
    const [table] = evaluateWorkbook(original).tables;
    const total = toA1(table.cells.total!.row, table.cells.total!.col);
    const grade = toA1(table.cells.grade!.row, table.cells.grade!.col);
    const blanked = withCell(withCell(original, table.sheet, total, null), table.sheet, grade, null);
    expect(evaluateWorkbook(blanked).writePlan.cells).toEqual([
      { sheet: table.sheet, cell: total, value: 99.5, purpose: 'total' },
      { sheet: table.sheet, cell: grade, value: '优', purpose: 'grade' },
    ]);
  });

  it('a score grid without a 自评等级 row keeps its grade right of the 合计 score', () => {
    const original = ALL_FIXTURES['clean-department']();
    const sheet = '部门整体支出绩效单位自评表';
    const label = findCell(original, sheet, '自评等级');
    const typed = findCell(original, sheet, '优', { row: label.row });
    const withoutRow = withCell(withCell(original, sheet, label.a1, null), sheet, typed.a1, null);
    const total = findCell(original, sheet, '合计');
    const right = toA1(total.row, 10); // K: 扣分原因 column, right of 得分 (J)
    expect(evaluateWorkbook(withoutRow).writePlan.cells).toEqual([
      { sheet, cell: right, value: '优', purpose: 'grade' },
    ]);
  });

  it('a typed grade is never overwritten, even when it is wrong; a note right of 总分 is not taken for one', () => {
    const original = cleanProjectSplit();
    const [table] = evaluateWorkbook(original).tables;
    const grade = toA1(table.cells.grade!.row, table.cells.grade!.col);
    const wrong = evaluateWorkbook(withCell(original, table.sheet, grade, '良'));
    expect(wrong.writePlan.cells).toEqual([]);
    expect(wrong.findings.filter((f) => f.code === 'grade-mismatch').map((f) => f.cell)).toEqual([grade]);

    const note = evaluateWorkbook(withCell(original, table.sheet, grade, '见附件说明'));
    expect(note.tables[0].cells.grade).toBeUndefined();
    expect(note.writePlan.cells).toEqual([]);
  });

  it('the SPEC §8 project examples without a grade get it in the cell right of 总分', () => {
    for (const name of ['example-langfang-2019', 'example-daying-2023']) {
      const evaluation = evaluateWorkbook(ALL_FIXTURES[name]());
      const [table] = evaluation.tables;
      const total = table.cells.total!;
      expect(evaluation.writePlan.cells).toEqual([
        { sheet: table.sheet, cell: toA1(total.row, total.col + 1), value: '优', purpose: 'grade' },
      ]);
    }
  });
});
