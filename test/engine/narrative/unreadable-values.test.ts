/**
 * A 指标值 / 实际完成值 the reader could not read (an error value such as #N/A, an overflow) is never stated
 * as a result in the 自评报告: the item is left out of what was completed and named as to be verified.
 */
import { toA1 } from '../../../src/engine/a1';
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Narrative, Table } from '../../../src/engine/model';
import { narrativeText } from '../../../src/engine/narrative';
import type { CellValue } from '../../../src/engine/snapshot';
import { cleanProjectSplit, findCell, withCell } from '../../fixtures';
import { narrateTables as generateNarrative, seedScoreGrid, seedTargetsTable } from './seed-tables';

const SHEET = '项目支出绩效自评表';
const ERROR_VALUES = /#(N\/A|REF!|DIV\/0!|VALUE!|NUM!|NAME\?|NULL!)/;

function narrativeWith(rowName: string, header: string, value: CellValue): Narrative {
  const clean = cleanProjectSplit();
  const from = findCell(clean, SHEET, '三级指标').row;
  const cell = toA1(
    findCell(clean, SHEET, rowName, { row: from }).row,
    findCell(clean, SHEET, header, { row: from }).col,
  );
  return evaluateWorkbook(withCell(clean, SHEET, cell, value)).narrative;
}

/** The body text between heading `start` and the next heading. */
function sectionText(narrative: Narrative, start: string): string {
  const list = narrative.paragraphs;
  const index = list.findIndex((p) => p.style === 'heading' && p.text === start);
  if (index < 0) throw new Error(`heading ${start} not found`);
  const out: string[] = [];
  for (let i = index + 1; i < list.length && list[i].style !== 'heading'; i++) out.push(list[i].text);
  return out.join('\n');
}

describe('project report: an unreadable 实际完成值 or 指标值', () => {
  it('the clean table lists 培训人数 with its actual among the completed items', () => {
    const text = sectionText(evaluateWorkbook(cleanProjectSplit()).narrative, '二、绩效目标实现情况');
    expect(text).toContain('培训人数210人');
    expect(text).not.toContain('待核实');
  });

  it('#N/A in 实际完成值: not printed, not listed as completed, marked 待核实 in the results section', () => {
    const narrative = narrativeWith('培训人数', '实际完成值', '#N/A');
    expect(narrativeText(narrative)).not.toMatch(ERROR_VALUES);
    const text = sectionText(narrative, '二、绩效目标实现情况');
    expect(text).not.toMatch(/培训人数[：:\d]/);
    expect(text).toContain('【待核实：培训人数的实际完成值单元格无法读取】');
    // The other indicators are still listed as completed.
    expect(text).toContain('培训考核合格率100.00%');
    // Nor is the row counted as met when the report says whether every target was reached.
    expect(sectionText(narrative, '四、偏差原因及改进措施')).not.toContain('各项绩效指标均已达到年度指标值');
  });

  it('#REF! in 指标值: the row is not listed as completed and is marked 待核实 naming 指标值', () => {
    const narrative = narrativeWith('培训考核合格率', '指标值', '#REF!');
    expect(narrativeText(narrative)).not.toMatch(ERROR_VALUES);
    const text = sectionText(narrative, '二、绩效目标实现情况');
    expect(text).not.toContain('培训考核合格率100.00%');
    expect(text).toContain('【待核实：培训考核合格率的指标值单元格无法读取】');
  });

  it('#VALUE! in a 定性 实际完成值 is not stated as the result either', () => {
    const narrative = narrativeWith('群众办事便利度', '实际完成值', '#VALUE!');
    expect(narrativeText(narrative)).not.toMatch(ERROR_VALUES);
    expect(sectionText(narrative, '二、绩效目标实现情况')).toContain(
      '【待核实：群众办事便利度的实际完成值单元格无法读取】',
    );
  });
});

describe('department report: an unreadable 实际完成值', () => {
  /** The seed tables with the actuals of `names` replaced by an error value the reader marked unreadable. */
  function seedWithUnreadable(...names: string[]): Table[] {
    const mark = (table: Table): Table => ({
      ...table,
      indicators: table.indicators.map((ind) =>
        names.includes(ind.name) ? { ...ind, actual: null, actualText: '#N/A', unreadable: ['actual'] } : ind,
      ),
    });
    return [mark(seedTargetsTable()), mark(seedScoreGrid())];
  }

  it('the seed states 设置综合窗口数16个 and 预算完成率 94.08%; with #N/A both are marked 待核实 instead', () => {
    const clean = generateNarrative([seedTargetsTable(), seedScoreGrid()], []);
    expect(sectionText(clean, '（一）绩效目标完成情况')).toContain('设置综合窗口数16个');
    expect(sectionText(clean, '（二）过程情况分析')).toContain('预算完成率为94.08%');

    const narrative = generateNarrative(seedWithUnreadable('设置综合窗口数', '预算完成率'), []);
    expect(narrativeText(narrative)).not.toContain('#N/A');
    const done = sectionText(narrative, '（一）绩效目标完成情况');
    expect(done).not.toContain('设置综合窗口数16个');
    expect(done).toContain('【待核实：设置综合窗口数的实际完成值单元格无法读取】');
    const analysis = sectionText(narrative, '（二）过程情况分析');
    expect(analysis).not.toContain('预算完成率为');
    expect(analysis).toContain('预算完成率：【待核实：实际完成值单元格无法读取】');
  });

  it('en-US says the same from its own table', () => {
    const narrative = generateNarrative(seedWithUnreadable('设置综合窗口数'), [], { locale: 'en-US' });
    const text = narrativeText(narrative);
    expect(text).not.toContain('#N/A');
    expect(text).toContain('[TO CHECK: these cells cannot be read: actual of 设置综合窗口数]');
  });
});
