/**
 * A negative amount on a fund line, end to end: a warning at its cell, no 执行率 computed from it, nothing
 * written into the empty 执行率 cell, and the 预算执行 score left for the user (SPEC §6.5: never guess).
 */
import { toA1 } from '../../src/engine/a1';
import { evaluateWorkbook } from '../../src/engine/evaluate';
import { renderFinding } from '../../src/engine/render';
import { cleanProjectSplit, findCell, withCell } from '../fixtures';

const SHEET = '项目支出绩效自评表';

function fundsCell(header: string): string {
  const clean = cleanProjectSplit();
  return toA1(findCell(clean, SHEET, '年度资金总额').row, findCell(clean, SHEET, header).col);
}

describe('negative amounts on a fund line', () => {
  const executed = fundsCell('全年执行数');
  const rate = fundsCell('执行率');
  const blankRate = withCell(cleanProjectSplit(), SHEET, rate, null);

  it('the clean table with its 执行率 cell emptied gets the rate written back (the control case)', () => {
    const evaluation = evaluateWorkbook(blankRate);
    expect(evaluation.writePlan.cells.find((w) => w.cell === rate)?.formula).toMatch(/^=/);
  });

  it('−45.6 executed: a warning at the cell, no rate and no score written from it', () => {
    const evaluation = evaluateWorkbook(withCell(blankRate, SHEET, executed, -45.6));
    const finding = evaluation.findings.find((f) => f.code === 'negative-amount');
    expect(finding).toMatchObject({ sheet: SHEET, cell: executed, severity: 'warning' });
    expect(renderFinding(finding!, 'zh-CN')).toContain('-45.6');
    expect(renderFinding(finding!, 'en-US')).toContain('negative');
    expect(evaluation.tables[0].funds).toMatchObject({ rate: null, score: null });
    expect(evaluation.writePlan.cells.find((w) => w.cell === rate)).toBeUndefined();
    expect(evaluation.writePlan.cells.map((w) => w.purpose)).not.toContain('executionRate');
  });
});
