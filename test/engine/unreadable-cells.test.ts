/**
 * SPEC §6.5 "Never guess silently: where a value cannot be read, say so at its cell and score nothing for
 * it", end to end through evaluateWorkbook: an error value (#N/A, #REF!, #DIV/0!, #NUM!) or a number too
 * large to compute with is reported at its own cell, saying what is there, and is never called "empty".
 */
import { toA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import type { Evaluation } from '../../src/engine/model';
import { renderFinding } from '../../src/engine/render';
import { cleanProjectSplit, findCell, withCell } from '../fixtures';
import type { CellValue } from '../../src/engine/snapshot';

const SHEET = '项目支出绩效自评表';

/** The clean split-layout project table with the cell where row `rowName` meets column `header` replaced. */
function evaluateWith(
  rowName: string,
  header: string,
  value: CellValue,
  format?: string,
): { cell: string; evaluation: Evaluation } {
  const clean = cleanProjectSplit();
  // Fund rows sit under the money header, indicator rows under the indicator header (三级指标).
  const from = rowName === '年度资金总额' ? 0 : findCell(clean, SHEET, '三级指标').row;
  const cell = toA1(
    findCell(clean, SHEET, rowName, { row: from }).row,
    findCell(clean, SHEET, header, { row: from }).col,
  );
  const options = format === undefined ? {} : { format };
  return { cell, evaluation: evaluateWorkbook(withCell(clean, SHEET, cell, value, options)) };
}

function findingsAt(evaluation: Evaluation, cell: string) {
  return evaluation.findings.filter((f) => f.sheet === SHEET && f.cell === cell);
}

function messages(evaluation: Evaluation): string[] {
  return evaluation.findings.map((f) => renderFinding(f, 'zh-CN'));
}

describe('an unreadable value is reported at its cell, never as empty', () => {
  it('#N/A in 实际完成值: an error at the 实际完成值 cell naming #N/A; the row and the total are not scored', () => {
    const { cell, evaluation } = evaluateWith('培训人数', '实际完成值', '#N/A');
    const [finding] = findingsAt(evaluation, cell);
    expect(finding).toMatchObject({ code: 'unreadable-number', messageId: 'errorValue', severity: 'error' });
    expect(renderFinding(finding, 'zh-CN')).toContain('#N/A');
    expect(renderFinding(finding, 'zh-CN')).toContain('实际完成值');
    expect(renderFinding(finding, 'en-US')).toContain('#N/A');
    expect(messages(evaluation).some((text) => text.includes('实际完成值为空'))).toBe(false);
    const table = evaluation.tables[0];
    expect(table.indicators.find((ind) => ind.name === '培训人数')?.score).toBeNull();
    expect(table.total).toBeNull();
    expect(table.grade).toBeNull();
    // The 得分 cell still says why the total is missing, with the real reason.
    const blocked = evaluation.findings.find((f) => f.code === 'unscorable-row');
    expect(blocked?.messageId).toBe('unreadableActual');
  });

  it('#VALUE! in a 定性 实际完成值 is reported the same way (not scored as a band)', () => {
    const { cell, evaluation } = evaluateWith('群众办事便利度', '实际完成值', '#VALUE!');
    expect(findingsAt(evaluation, cell).map((f) => [f.code, f.messageId])).toContainEqual([
      'unreadable-number',
      'errorValue',
    ]);
    expect(evaluation.tables[0].indicators.find((ind) => ind.name === '群众办事便利度')?.score).toBeNull();
    expect(messages(evaluation).some((text) => text.includes('实际完成值为空'))).toBe(false);
  });

  it('#REF! in 指标值: an error at the 指标值 cell naming #REF!; the row is not scored', () => {
    const { cell, evaluation } = evaluateWith('培训考核合格率', '指标值', '#REF!');
    const [finding] = findingsAt(evaluation, cell);
    expect(finding).toMatchObject({ code: 'unreadable-number', messageId: 'errorValue', severity: 'error' });
    expect(renderFinding(finding, 'zh-CN')).toContain('#REF!');
    expect(renderFinding(finding, 'zh-CN')).toContain('指标值');
    expect(evaluation.tables[0].indicators.find((ind) => ind.name === '培训考核合格率')?.score).toBeNull();
    expect(evaluation.tables[0].total).toBeNull();
  });

  it('#DIV/0! in 分值: an error at the 分值 cell naming #DIV/0!', () => {
    const { cell, evaluation } = evaluateWith('培训按期完成率', '分值', '#DIV/0!');
    const [finding] = findingsAt(evaluation, cell);
    expect(finding).toMatchObject({ code: 'unreadable-number', messageId: 'errorValue', severity: 'error' });
    expect(renderFinding(finding, 'zh-CN')).toContain('#DIV/0!');
    expect(renderFinding(finding, 'zh-CN')).toContain('分值');
    expect(evaluation.tables[0].indicators.find((ind) => ind.name === '培训按期完成率')?.weight).toBeNull();
  });

  it('#NUM! (a non-finite number in the file) in 全年执行数: reported at that cell, not "为空或为 0" only', () => {
    const { cell, evaluation } = evaluateWith('年度资金总额', '全年执行数', '#NUM!');
    expect(cell).toBe('E6');
    expect(findingsAt(evaluation, cell).map((f) => [f.code, f.messageId])).toEqual([
      ['unreadable-number', 'errorValue'],
    ]);
    expect(messages(evaluation).some((text) => text.includes('为空或为 0'))).toBe(false);
    expect(evaluation.tables[0].funds?.score).toBeNull();
  });

  it('1e307 in a 0.00% 实际完成值 (1e309 percent points): an out-of-range error at the cell', () => {
    const { cell, evaluation } = evaluateWith('培训成果应用率', '实际完成值', 1e307, '0.00%');
    const [finding] = findingsAt(evaluation, cell);
    expect(finding).toMatchObject({ code: 'unreadable-number', messageId: 'outOfRange', severity: 'error' });
    expect(renderFinding(finding, 'zh-CN')).toContain('超出可计算的范围');
    expect(evaluation.tables[0].indicators.find((ind) => ind.name === '培训成果应用率')?.score).toBeNull();
    expect(messages(evaluation).some((text) => text.includes('实际完成值为空'))).toBe(false);
  });
});

/**
 * SPEC §4 Totals: "If any row carrying weight cannot be scored, the computed total is null (not a partial
 * sum) and a finding says which row blocks it". A row whose 分值 cannot be read is such a row: it must not
 * drop out of the sum (the corpus found #DIV/0! in I15 giving a total of 89.5, grade 良, and a
 * total-mismatch telling the user to change the total to 89.5).
 */
describe('an unreadable 分值 blocks the total instead of dropping the row', () => {
  const clean = cleanProjectSplit();
  const cleanEvaluation = evaluateWorkbook(clean);
  const cleanTable = cleanEvaluation.tables[0];
  const totalCell = cleanTable.cells.total!;
  const gradeCell = cleanTable.cells.grade!;

  /** `snapshot` with its 总分 and 等级 cells emptied, so the write plan would fill them if it could. */
  function withoutTotalAndGrade(snapshot = clean) {
    const noTotal = withCell(snapshot, SHEET, toA1(totalCell.row, totalCell.col), null);
    return withCell(noTotal, SHEET, toA1(gradeCell.row, gradeCell.col), null);
  }

  function weightCellOf(rowName: string): string {
    const from = rowName === '年度资金总额' ? 0 : findCell(clean, SHEET, '三级指标').row;
    return toA1(findCell(clean, SHEET, rowName, { row: from }).row, findCell(clean, SHEET, '分值', { row: from }).col);
  }

  it('the clean table (total and grade emptied) has a total and grade and plans both writes', () => {
    // The fixture's own 总分 / 等级 cells say what a complete table adds up to.
    expect(cleanTable.reportedTotal).not.toBeNull();
    const evaluation = evaluateWorkbook(withoutTotalAndGrade());
    const table = evaluation.tables[0];
    expect(table.total).toBe(cleanTable.reportedTotal);
    expect(table.grade).toBe(cleanTable.reportedGrade);
    expect(table.indicators.every((ind) => ind.unreadable === undefined)).toBe(true);
    expect(table.funds?.unreadable).toBeUndefined();
    const planned = evaluation.writePlan.cells.map((w) => [w.purpose, w.cell, w.value]);
    expect(planned).toContainEqual(['total', toA1(totalCell.row, totalCell.col), cleanTable.reportedTotal]);
    expect(planned).toContainEqual(['grade', toA1(gradeCell.row, gradeCell.col), cleanTable.reportedGrade]);
    expect(evaluation.findings.filter((f) => f.code === 'unscorable-row')).toEqual([]);
  });

  it('#DIV/0! in an indicator 分值: total, grade and the level sums are null; no 总分 / 等级 write', () => {
    const cell = weightCellOf('培训按期完成率');
    const evaluation = evaluateWorkbook(withCell(withoutTotalAndGrade(), SHEET, cell, '#DIV/0!'));
    const table = evaluation.tables[0];
    const row = table.indicators.find((ind) => ind.name === '培训按期完成率')!;
    expect(row.unreadable).toEqual(['weight']);
    expect(row.score).toBeNull();
    expect(table.total).toBeNull();
    expect(table.grade).toBeNull();
    const level = table.levels.find((l) => l.name === row.level1)!;
    expect(level.score).toBeNull();
    expect(level.weight).toBeNull();
    // Other levels are still summed.
    expect(table.levels.filter((l) => l.name !== row.level1).every((l) => l.score !== null)).toBe(true);
    const purposes = evaluation.writePlan.cells.map((w) => w.purpose);
    expect(purposes).not.toContain('total');
    expect(purposes).not.toContain('grade');
  });

  it('a finding names the blocking row at its 得分 cell and says its 分值 cannot be read', () => {
    const cell = weightCellOf('培训按期完成率');
    const evaluation = evaluateWorkbook(withCell(clean, SHEET, cell, '#DIV/0!'));
    const blocked = evaluation.findings.filter((f) => f.code === 'unscorable-row');
    expect(blocked).toHaveLength(1);
    const scoreCol = findCell(clean, SHEET, '得分', { row: findCell(clean, SHEET, '三级指标').row }).col;
    expect(blocked[0].cell).toBe(toA1(findCell(clean, SHEET, '培训按期完成率').row, scoreCol));
    expect(blocked[0]).toMatchObject({ messageId: 'unreadableWeight', data: { row: '培训按期完成率' } });
    expect(renderFinding(blocked[0], 'zh-CN')).toContain('总分无法计算');
    expect(renderFinding(blocked[0], 'en-US')).toContain('weight cannot be read');
  });

  it('the typed total is not called wrong from a partial sum, and Σ分值 is not reported as a partial sum', () => {
    const cell = weightCellOf('培训按期完成率');
    const evaluation = evaluateWorkbook(withCell(clean, SHEET, cell, '#DIV/0!'));
    const codes = evaluation.findings.map((f) => f.code);
    expect(codes).not.toContain('total-mismatch');
    expect(codes).not.toContain('weights-sum');
    expect(codes).not.toContain('level-weight-mismatch');
    expect(codes).toContain('unreadable-number');
  });

  it('#REF! in the 年度资金总额 分值: the funds line blocks the total the same way', () => {
    const cell = weightCellOf('年度资金总额');
    const evaluation = evaluateWorkbook(withCell(withoutTotalAndGrade(), SHEET, cell, '#REF!'));
    const table = evaluation.tables[0];
    expect(table.funds?.unreadable).toEqual(['weight']);
    expect(table.funds?.score).toBeNull();
    expect(table.total).toBeNull();
    expect(table.grade).toBeNull();
    const blocked = evaluation.findings.filter((f) => f.code === 'unscorable-row');
    expect(blocked.map((f) => f.data.row)).toEqual(['年度资金总额']);
    expect(blocked[0].messageId).toBe('unreadableWeight');
    expect(evaluation.writePlan.cells.map((w) => w.purpose)).not.toContain('total');
    expect(evaluation.writePlan.cells.map((w) => w.purpose)).not.toContain('grade');
  });
});
