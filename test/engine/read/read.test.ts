import { parseA1 } from '../../../src/engine/a1';
import type { CellPos, Table } from '../../../src/engine/model';
import { readWorkbook } from '../../../src/engine/read';
import type { WorkbookSnapshot } from '../../../src/engine/snapshot';
import {
  ALL_FIXTURES,
  SEED_DEPARTMENT_SHEET,
  SEED_INDICATORS,
  SEED_KEY_TASKS,
  SEED_SCORE_ROWS,
  SEED_SCORE_SHEET,
  chizhou2022,
  cleanProjectBlock,
  cleanProjectFusedYuanMerged,
  cleanProjectSplit,
  cleanTwoTablesOneSheet,
  composeSheet,
  daying2023,
  findCell,
  instructionsOnly,
  langfang2019,
  lijiang2020,
  pct,
  seedFusedWorkbook,
  seedMergedWorkbook,
  seedWorkbook,
  sheet,
  withCell,
  workbook,
} from '../../fixtures';

const at = (a1: string): CellPos => parseA1(a1);

function only(snapshot: WorkbookSnapshot, kind?: Table['kind']): Table {
  const tables = readWorkbook(snapshot).tables.filter((t) => !kind || t.kind === kind);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('seed workbook (屏边县政务服务管理局 2023)', () => {
  const result = readWorkbook(seedWorkbook());
  const department = result.tables.find((t) => t.kind === 'department') as Table;
  const grid = result.tables.find((t) => t.kind === 'departmentScore') as Table;

  it('finds one department table and one score grid, with no problems', () => {
    expect(result.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['department', SEED_DEPARTMENT_SHEET],
      ['departmentScore', SEED_SCORE_SHEET],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads names, year, unit and texts of the department table', () => {
    expect(department.unitName).toBe('屏边县政务服务管理局');
    expect(department.year).toBe(2023);
    expect(department.moneyUnit).toBe('万元');
    expect(department.title).toBe('2023年度部门整体支出绩效目标完成情况表');
    expect(department.texts['部门职责']).toMatch(/^负责县政务服务中心的建设和管理工作/);
    expect(department.texts['总体绩效目标']).toMatch(/互联网\+政务服务/);
    expect(department.texts['年度目标']).toMatch(/标准化、规范化、便利化/);
    expect(department.texts['实际完成情况']).toMatch(/已完成各项年度指标值/);
  });

  it('reads the funds block: 合计 as the total line, 基本 / 项目 as categories, "80%" as 0 decimals', () => {
    const wb = seedWorkbook();
    const total = findCell(wb, SEED_DEPARTMENT_SHEET, '合计');
    expect(department.funds).toMatchObject({
      label: '合计',
      initial: 285.64,
      adjusted: 428.56,
      executed: 403.18,
      statedRate: 0.9408,
      statedRateDecimals: 2,
      group: 'total',
    });
    expect(department.funds?.cells.rate).toEqual({ row: total.row, col: 5 });
    expect(department.funds?.rate).toBeCloseTo(403.18 / 428.56, 12);
    const project = department.fundLines.find((l) => l.label === '项目支出');
    expect(project).toMatchObject({
      adjusted: 108,
      executed: 86.34,
      statedRate: 0.8,
      statedRateDecimals: 0,
      group: 'category',
    });
    expect(department.fundLines.find((l) => l.label === '基本支出')).toMatchObject({
      initial: 254.64,
      adjusted: 320.56,
      executed: 316.84,
      statedRate: 0.9884,
    });
  });

  it('reads all 13 key tasks as task lines with their reasons', () => {
    const tasks = department.fundLines.filter((l) => l.group === 'task');
    expect(tasks.map((t) => [t.label, t.adjusted, t.executed])).toEqual(SEED_KEY_TASKS.map((t) => [t[1], t[3], t[4]]));
    const evaluation = tasks.find((t) => t.label === '屏边县公共资源交易远程异地工位制评标建设资金');
    expect(evaluation).toMatchObject({
      statedRate: 0.7866,
      reason: '项目已验收合格，但因财政资金紧缺，单据未能报销完成',
    });
    // A label that mentions 财政拨款 is still a task: it was read from the key-task block.
    expect(tasks.find((t) => t.label.startsWith('政务局工作经费'))?.group).toBe('task');
  });

  it('gives each key-task line the 任务名称 of the task column (merged over its rows or repeated), others none', () => {
    for (const build of [seedWorkbook, seedMergedWorkbook]) {
      const table = readWorkbook(build()).tables.find((t) => t.fundLines.some((l) => l.group === 'task'))!;
      const tasks = table.fundLines.filter((l) => l.group === 'task');
      expect(tasks.map((t) => [t.label, t.task])).toEqual(SEED_KEY_TASKS.map((t) => [t[1], t[0]]));
      expect(table.fundLines.filter((l) => l.group !== 'task' && l.task !== undefined)).toEqual([]);
    }
  });

  it('knows the cell of each text block it read', () => {
    const cells = department.textCells ?? {};
    expect(Object.keys(cells).sort()).toEqual(Object.keys(department.texts).sort());
    const pos = cells['实际完成情况'];
    expect(seedWorkbook().sheets.find((s) => s.name === department.sheet)!.values[pos.row][pos.col]).toBe(
      department.texts['实际完成情况'],
    );
  });

  it('reads every indicator with split operator / value / unit cells', () => {
    expect(department.indicators.map((i) => i.name)).toEqual(SEED_INDICATORS.map((i) => i[2]));
    const windows = department.indicators.find((i) => i.name === '设置综合窗口数');
    const cell = findCell(seedWorkbook(), SEED_DEPARTMENT_SHEET, '设置综合窗口数');
    expect(windows).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      direction: '≥',
      directionInferred: false,
      target: 16,
      unit: '个',
      targetText: '≥16个',
      actual: 16,
      actualText: '16个',
      actualUnit: '个',
      weight: null,
      reportedScore: null,
      reason: '',
    });
    expect(windows?.cells).toEqual({
      name: { row: cell.row, col: 2 },
      direction: { row: cell.row, col: 3 },
      target: { row: cell.row, col: 4 },
      unit: { row: cell.row, col: 5 },
      actual: { row: cell.row, col: 6 },
      reason: { row: cell.row, col: 7 },
    });
    expect(department.indicators.find((i) => i.name === '投诉处理超期')).toMatchObject({
      direction: '≤',
      target: 0,
      actual: 0,
      actualUnit: '次',
    });
    expect(department.indicators.find((i) => i.name === '政务服务能力和效率')).toMatchObject({
      direction: '定性',
      target: '有效提升',
      actual: '达成年度指标',
    });
    expect(department.indicators.find((i) => i.name === '社会公众和企业满意度')).toMatchObject({
      actual: 100,
      actualUnit: '%',
    });
  });

  it('reads staff counts 编制 22 / 在职 23 with their cells', () => {
    const wb = seedWorkbook();
    const label = findCell(wb, SEED_DEPARTMENT_SHEET, '编制数');
    expect(department.staff).toEqual({
      authorized: 22,
      actual: 23,
      cells: { authorized: { row: label.row + 1, col: 0 }, actual: { row: label.row + 1, col: 4 } },
    });
  });

  it('reads the score grid: weights per level, scores, 合计 98.4 and 等级 优', () => {
    expect(grid.indicators).toHaveLength(SEED_SCORE_ROWS.length);
    expect(grid.levels).toEqual([
      { name: '投入', weight: 15, score: null, reportedScore: null },
      { name: '过程', weight: 20, score: null, reportedScore: null },
      { name: '产出', weight: 35, score: null, reportedScore: null },
      { name: '效果', weight: 30, score: null, reportedScore: null },
    ]);
    expect(grid.indicators.map((i) => i.reportedScore)).toEqual(SEED_SCORE_ROWS.map((r) => r[9]));
    expect(grid.indicators.map((i) => i.weight)).toEqual(SEED_SCORE_ROWS.map((r) => r[5]));
    expect(grid.indicators.map((i) => i.level2Weight)).toEqual(SEED_SCORE_ROWS.map((r) => r[3]));
    const wb = seedWorkbook();
    const total = findCell(wb, SEED_SCORE_SHEET, '合计');
    expect(grid.reportedTotal).toBe(98.4);
    expect(grid.cells.total).toEqual({ row: total.row, col: 9 });
    expect(grid.reportedGrade).toBe('优');
    expect(grid.cells.grade).toEqual({ row: total.row + 1, col: 1 });
  });

  it('reads the stated rates of the score grid as percent points', () => {
    const byName = (name: string) => grid.indicators.find((i) => i.name === name);
    expect(byName('重点支出安排率')).toMatchObject({
      target: 90,
      direction: '≥',
      actual: 79.94,
      actualUnit: '%',
      reportedScore: 4.4,
    });
    expect(byName('“三公经费”变动率')).toMatchObject({ actual: -0.49, direction: '≤' });
    expect(byName('政府采购执行率')).toMatchObject({ actual: 689.7, direction: '≥', directionInferred: true });
    // "≥100%" written as an actual: read as 100 with its text kept for the rules.
    expect(byName('结转结余变动率')).toMatchObject({ actual: 100, actualText: '≥100%' });
    expect(byName('在职人员控制率')).toMatchObject({ actual: 104.55, target: 100, direction: '≤' });
  });

  it('the fused and the merged variants read the same figures', () => {
    const strip = (t: Table) =>
      t.indicators.map((i) => [i.level1, i.level2, i.name, i.direction, i.target, i.unit, i.actual, i.actualUnit]);
    const fused = readWorkbook(seedFusedWorkbook());
    const merged = readWorkbook(seedMergedWorkbook());
    expect(fused.problems).toEqual([]);
    expect(merged.problems).toEqual([]);
    expect(strip(fused.tables[0])).toEqual(strip(department));
    expect(strip(merged.tables[0])).toEqual(strip(department));
    expect(merged.tables[0].fundLines.map((l) => [l.label, l.adjusted, l.executed])).toEqual(
      department.fundLines.map((l) => [l.label, l.adjusted, l.executed]),
    );
    expect(merged.tables[1].reportedTotal).toBe(98.4);
    expect(merged.tables[1].indicators.map((i) => i.reportedScore)).toEqual(
      grid.indicators.map((i) => i.reportedScore),
    );
    // Merged 年度指标值 D:E in the fused variant: the target's cell is the anchor.
    expect(fused.tables[0].indicators[0].cells.target).toEqual({ row: department.indicators[0].row, col: 3 });
    expect(fused.tables[0].indicators[0].targetText).toBe('≥4次');
  });
});

describe('SPEC §8 examples', () => {
  it('丽江 2020: ﹦ targets, 元 unit, scores 9 of 10', () => {
    const t = only(lijiang2020());
    expect(t).toMatchObject({ kind: 'project', year: 2020, moneyUnit: '万元', reportedTotal: 92, reportedGrade: '优' });
    expect(t.funds).toMatchObject({
      label: '年度资金总额',
      adjusted: 7.29,
      executed: 7.29,
      weight: 10,
      reportedScore: 10,
      statedRate: 1,
    });
    expect(t.indicators[0]).toMatchObject({
      name: '卫片执法补助经费',
      direction: '=',
      target: 72890,
      unit: '元',
      actual: 72890,
      actualUnit: '元',
      weight: 10,
      reportedScore: 9,
      reason: '',
    });
    expect(t.indicators.find((i) => i.name === '违法行为责停率')).toMatchObject({
      direction: '≥',
      target: 95,
      unit: '%',
      weight: 30,
      reportedScore: 27,
    });
  });

  it('池州 2022: 0/0/0 total, fused targets, 产出(50) weights', () => {
    const t = only(chizhou2022());
    expect(t.funds).toMatchObject({
      initial: 0,
      adjusted: 0,
      executed: 0,
      rate: null,
      statedRate: 0,
      weight: 10,
      reportedScore: 0,
    });
    expect(t.fundLines[0]).toMatchObject({
      label: '其中：本年财政拨款',
      initial: 90,
      adjusted: 89.974,
      executed: 89.974,
    });
    expect(t.levels.map((l) => [l.name, l.weight])).toEqual([
      ['产出', 50],
      ['效益', 30],
      ['满意度', 10],
    ]);
    const rows = t.indicators.map((i) => [
      i.level1,
      i.level1Weight,
      i.direction,
      i.target,
      i.unit,
      i.actual,
      i.actualUnit,
    ]);
    expect(rows).toEqual([
      ['产出', 50, '≥', 50, '个', 50, null],
      ['产出', 50, '≥', 100, '%', 100, null],
      ['产出', 50, '≤', 90, '万元', 90, null],
      ['效益', 30, '定性', '效果明显', null, '达成预期指标', null],
      ['满意度', 10, '≥', 90, '%', 95, '%'],
    ]);
  });

  it('大英 2023: Sichuan headers and 预算执行情况（10分）', () => {
    const t = only(daying2023());
    expect(t.funds).toMatchObject({
      label: '总额',
      initial: 0,
      adjusted: 3.36,
      executed: 3.36,
      weight: 10,
      reportedScore: 10,
      statedRate: 1,
      statedRateDecimals: 2,
    });
    expect(t.indicators).toHaveLength(1);
    expect(t.indicators[0]).toMatchObject({
      level2: '经济成本指标',
      name: '成本控制数',
      direction: '≤',
      target: 30,
      unit: '万元',
      actual: '完成',
      actualText: '完成',
      actualUnit: null,
      weight: 90,
      reportedScore: 90,
    });
    expect(t.reportedTotal).toBe(100);
  });

  it('廊坊 2019: bare 100 targets inferred ≥, 0 as a reason is empty, placeholder rows kept', () => {
    const t = only(langfang2019());
    expect(t.funds).toMatchObject({
      adjusted: 43.2,
      executed: 37.24,
      statedRate: 0.862,
      statedRateDecimals: 2,
      reportedScore: 9,
    });
    expect(t.indicators.map((i) => i.name)).toEqual([
      '专项检查覆盖率',
      '指标2',
      '检查结果合格率',
      '按时完成率',
      '安全生产水平',
      '……',
      '群众满意度',
    ]);
    expect(t.indicators[0]).toMatchObject({
      target: 100,
      direction: '≥',
      directionInferred: true,
      unit: null,
      reason: '',
    });
    expect(t.indicators[1]).toMatchObject({ target: null, direction: null, weight: null, actual: null });
    expect(t.indicators[1].cells.score).toBeDefined();
  });
});

describe('layouts', () => {
  it('a clean split table: every cell position, 总分 and 等级', () => {
    const wb = cleanProjectSplit();
    const t = only(wb);
    const total = findCell(wb, '项目支出绩效自评表', '总分');
    expect(t.cells.total).toEqual({ row: total.row, col: 9 });
    expect(t.cells.grade).toEqual({ row: total.row, col: 10 });
    expect(t.funds?.cells).toEqual({
      label: at('B6'),
      initial: at('C6'),
      adjusted: at('D6'),
      executed: at('E6'),
      weight: at('F6'),
      rate: at('G6'),
      score: at('H6'),
    });
  });

  it('元 tables take the unit from a title row; fused targets keep their unit', () => {
    const t = only(cleanProjectFusedYuanMerged());
    expect(t.moneyUnit).toBe('元');
    expect(t.funds).toMatchObject({ adjusted: 480000, executed: 456000 });
    expect(t.indicators.find((i) => i.name === '人均培训成本')).toMatchObject({
      target: 2500,
      unit: '元',
      actual: 2200,
      actualUnit: '元',
    });
    expect(t.range.left).toBe(2);
  });

  it('an empty 执行率 / 得分 cell still has its position', () => {
    const wb = withCell(cleanProjectSplit(), '项目支出绩效自评表', 'G6', null, { format: null });
    const emptied = withCell(wb, '项目支出绩效自评表', 'H6', null);
    const t = only(emptied);
    expect(t.funds).toMatchObject({ statedRate: null, reportedScore: null, rate: 0.95 });
    expect(t.funds?.cells.rate).toEqual(at('G6'));
    expect(t.funds?.cells.score).toEqual(at('H6'));
  });

  it('two tables on one sheet are read separately', () => {
    const tables = readWorkbook(cleanTwoTablesOneSheet()).tables;
    expect(tables.map((t) => [t.kind, t.moneyUnit, t.range.top, t.indicators.length])).toEqual([
      ['project', '万元', 0, 7],
      ['project', '元', 30, 7],
    ]);
  });

  it('a table can start anywhere', () => {
    const wb = workbook(
      composeSheet('偏移', [
        { at: 'F40', block: cleanProjectBlock({ layout: 'split', moneyUnit: '万元', merged: false }) },
      ]),
    );
    const t = only(wb);
    expect(t.range).toMatchObject({ top: 39, left: 5 });
    expect(t.funds?.cells.adjusted).toEqual(at('I45'));
  });

  it('header synonyms: 全年预算 / 实际支出 / 权重 / 全年实际值 / 偏差原因', () => {
    const wb = workbook(
      sheet('同义词', [
        ['项目支出绩效自评表（2021年度）'],
        ['项目名称', '测试项目'],
        ['项目资金(万元)', null, '年初预算', '全年预算', '实际支出', '权重', '执行率', '得分'],
        [null, '年度资金总额', 10, 10, 9, 10, pct(0.9), 9],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '全年实际值', '权重', '得分', '偏差原因'],
        [null, '产出指标(60分)', '数量指标', '完成数量', '≥10个', '10个', 60, 60, '无'],
        [null, '效益指标(30分)', '社会效益指标', '覆盖人数', '≥100人', '90人', 30, 27, '部分群众外出务工'],
        ['总分', null, null, null, null, null, 100, 96],
      ]),
    );
    const result = readWorkbook(wb);
    expect(result.problems).toEqual([]);
    const t = result.tables[0];
    expect(t).toMatchObject({
      kind: 'project',
      year: 2021,
      moneyUnit: '万元',
      projectName: '测试项目',
      reportedTotal: 96,
    });
    expect(t.funds).toMatchObject({
      initial: 10,
      adjusted: 10,
      executed: 9,
      weight: 10,
      statedRate: 0.9,
      reportedScore: 9,
    });
    expect(t.indicators.map((i) => [i.level1, i.level1Weight, i.actual, i.weight, i.reportedScore, i.reason])).toEqual([
      ['产出指标', 60, 10, 60, 60, ''],
      ['效益指标', 30, 90, 30, 27, '部分群众外出务工'],
    ]);
  });
});

describe('what is skipped and what is a problem', () => {
  it('a sheet of instructions yields nothing', () => {
    expect(readWorkbook(instructionsOnly())).toEqual({ tables: [], problems: [] });
  });

  it('generated sheets and veryHidden sheets are skipped, hidden ones read', () => {
    const table = cleanProjectSplit().sheets[0];
    const wb = workbook(
      { ...table, name: '自评报告' },
      { ...table, name: '评估结果' },
      { ...table, name: '模板', visibility: 'veryHidden' },
      { ...table, name: '隐藏', visibility: 'hidden' },
    );
    expect(readWorkbook(wb).tables.map((t) => t.sheet)).toEqual(['隐藏']);
  });

  it('a header with a column renamed to a word the role table does not know yields ONE layoutUncertain naming it', () => {
    const wb = cleanProjectSplit();
    const actualHeader = findCell(wb, '项目支出绩效自评表', '实际完成值');
    const broken = withCell(wb, '项目支出绩效自评表', actualHeader.a1, '完成情况说明');
    const result = readWorkbook(broken);
    expect(result.problems).toEqual([
      {
        kind: 'layoutUncertain',
        sheet: '项目支出绩效自评表',
        cell: { row: actualHeader.row, col: actualHeader.col },
        data: {
          headers: '“完成情况说明”',
          table: '项目支出绩效自评表',
          columns: '一级指标、二级指标、三级指标、指标性质、年度指标值、度量单位、分值、得分、偏差原因分析及改进措施',
          missing: '实际完成值',
        },
      },
    ]);
    expect(result.tables[0].indicators.every((i) => i.actual === null && i.cells.actual === undefined)).toBe(true);
  });

  it('a header that lost a column (no other label there) yields one missingColumn at the header cell', () => {
    const wb = cleanProjectSplit();
    const actualHeader = findCell(wb, '项目支出绩效自评表', '实际完成值');
    const result = readWorkbook(withCell(wb, '项目支出绩效自评表', actualHeader.a1, null));
    expect(result.problems).toEqual([
      {
        kind: 'missingColumn',
        sheet: '项目支出绩效自评表',
        cell: { row: actualHeader.row, col: 1 },
        data: { column: '实际完成值', table: '项目支出绩效自评表' },
      },
    ]);
  });

  it('text in a money cell is an unreadableNumber problem; an error value in 执行率 too', () => {
    let wb = withCell(cleanProjectSplit(), '项目支出绩效自评表', 'E6', '见附表');
    wb = withCell(wb, '项目支出绩效自评表', 'G7', '#DIV/0!', { format: null });
    const result = readWorkbook(wb);
    expect(result.problems).toEqual([
      {
        kind: 'unreadableNumber',
        sheet: '项目支出绩效自评表',
        cell: at('E6'),
        data: { label: '年度资金总额', text: '见附表', column: '全年执行数', cause: 'text' },
      },
      {
        kind: 'unreadableNumber',
        sheet: '项目支出绩效自评表',
        cell: at('G7'),
        data: { label: '其中：当年财政拨款', text: '#DIV/0!', column: '执行率', cause: 'errorValue' },
      },
    ]);
    expect(result.tables[0].funds).toMatchObject({ executed: null, rate: null });
  });

  it('an error value in 指标值 / 实际完成值 / 分值 and an overflowing percent are problems at their cells', () => {
    // Split layout: F 指标值, H 实际完成值, I 分值; rows 13 培训人数, 14 培训考核合格率, 17 群众办事便利度 (定性), 18.
    let wb = withCell(cleanProjectSplit(), '项目支出绩效自评表', 'H13', '#N/A', {
      formula: '=VLOOKUP(D13,明细!A:B,2,FALSE)',
    });
    wb = withCell(wb, '项目支出绩效自评表', 'F14', '#REF!');
    wb = withCell(wb, '项目支出绩效自评表', 'H17', '#VALUE!');
    wb = withCell(wb, '项目支出绩效自评表', 'I15', '#DIV/0!');
    wb = withCell(wb, '项目支出绩效自评表', 'H18', 1e307, { format: '0.00%' });
    const result = readWorkbook(wb);
    const problem = (a1: string, label: string, column: string, text: string, cause: string) => ({
      kind: 'unreadableNumber',
      sheet: '项目支出绩效自评表',
      cell: at(a1),
      data: { label, text, column, cause },
    });
    expect(result.problems).toEqual([
      problem('H13', '培训人数', '实际完成值', '#N/A', 'errorValue'),
      problem('F14', '培训考核合格率', '指标值', '#REF!', 'errorValue'),
      problem('I15', '培训按期完成率', '分值', '#DIV/0!', 'errorValue'),
      problem('H17', '群众办事便利度', '实际完成值', '#VALUE!', 'errorValue'),
      problem('H18', '培训成果应用率', '实际完成值', String(1e307), 'outOfRange'),
    ]);
    // Read as nothing (never 0, never guessed), the displayed text kept.
    const [count, passRate, onTime, , ease, applied] = result.tables[0].indicators;
    expect(count).toMatchObject({ actual: null, actualText: '#N/A', target: 200 });
    expect(passRate).toMatchObject({ target: null, direction: null, actual: 100 });
    expect(onTime).toMatchObject({ weight: null });
    expect(ease).toMatchObject({ actual: null, actualText: '#VALUE!', direction: '定性' });
    expect(applied).toMatchObject({ actual: null, target: 80 });
  });
});

describe('every fixture', () => {
  it.each(Object.keys(ALL_FIXTURES).filter((n) => n !== 'instructions-only'))('%s reads without problems', (name) => {
    const result = readWorkbook(ALL_FIXTURES[name]());
    expect(result.problems).toEqual([]);
    expect(result.tables.length).toBeGreaterThan(0);
    for (const table of result.tables) {
      expect(table.indicators.length).toBeGreaterThan(0);
      expect(table.total).toBeNull();
      expect(table.grade).toBeNull();
      for (const indicator of table.indicators) expect(indicator.score).toBeNull();
    }
  });
});

describe('speed', () => {
  it('reads 200 sheets × 30 indicators well under a second', () => {
    const base = cleanProjectBlock({ layout: 'split', moneyUnit: '万元', merged: true });
    const header = base.rows.findIndex((r) => r.includes('一级指标'));
    const extra = Array.from({ length: 23 }, (_, k) => [
      null,
      '产出指标',
      '数量指标',
      `指标名称${k}`,
      '≥',
      10,
      '个',
      11,
      1,
      1,
      '',
    ]);
    const rows = [...base.rows.slice(0, header + 1), ...extra, ...base.rows.slice(header + 1)];
    const sheets = Array.from({ length: 200 }, (_, i) => composeSheet(`项目${i + 1}`, [{ at: 'A1', block: { rows } }]));
    const wb = workbook(...sheets);
    readWorkbook(cleanProjectSplit()); // warm the JIT on a small workbook first
    // CPU time, not wall time: the test machine is shared.
    const started = process.cpuUsage();
    const result = readWorkbook(wb);
    const used = process.cpuUsage(started);
    expect(result.tables).toHaveLength(200);
    expect(result.tables[0].indicators).toHaveLength(30);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
