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
    expect(blocked?.data.why).toBe('实际完成值无法读取');
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
