import Big from 'big.js';
import { toA1 } from '../../../src/engine/a1';
import { dec, divide } from '../../../src/engine/decimal';
import type { Finding, Narrative, NarrativeParagraph, Table } from '../../../src/engine/model';
import { displayWidth, narrativeSheet, narrativeText, wrappedRowHeight } from '../../../src/engine/narrative';
import {
  narrateTables as generateNarrative,
  REASON_FUNDS,
  finding,
  fundLine,
  lijiangProjectTable,
  seedScoreGrid,
  seedTargetsTable,
} from './seed-tables';
import { DEPARTMENT_HEADINGS, PROJECT_HEADINGS } from './headings';
import { findingNumbers, unspentAmounts, withoutCellRefs } from './trace';

function headings(narrative: Narrative): string[] {
  return narrative.paragraphs.filter((p) => p.style === 'heading').map((p) => p.text);
}

/** Paragraphs after the first heading `start` (searched from `after`) up to the next heading of any level. */
function section(narrative: Narrative, start: string, after?: string): NarrativeParagraph[] {
  const list = narrative.paragraphs;
  const from = after ? list.findIndex((p) => p.style === 'heading' && p.text === after) : 0;
  const index = list.findIndex((p, i) => i >= from && p.style === 'heading' && p.text === start);
  if (index < 0) throw new Error(`heading ${start} not found`);
  const out: NarrativeParagraph[] = [];
  for (let i = index + 1; i < list.length && list[i].style !== 'heading' && list[i].style !== 'title'; i++) {
    out.push(list[i]);
  }
  return out;
}

function sectionText(narrative: Narrative, start: string, after?: string): string {
  return section(narrative, start, after)
    .map((p) => p.text)
    .join('\n');
}

function seedNarrative(findings: Finding[] = []): { tables: Table[]; narrative: Narrative } {
  const tables = [seedTargetsTable(), seedScoreGrid()];
  return { tables, narrative: generateNarrative(tables, findings) };
}

describe('department report (seed figures)', () => {
  test('headings follow SPEC §7 in order, after the title made of unit and year', () => {
    const { narrative } = seedNarrative();
    expect(narrative.sheet).toBe('自评报告');
    expect(narrative.paragraphs[0]).toEqual({
      style: 'title',
      text: '屏边县政务服务管理局部门2023年整体支出绩效自评报告',
    });
    expect(headings(narrative)).toEqual(DEPARTMENT_HEADINGS);
  });

  test('（五）states the budget like the seed: total, 基本支出 and 项目支出 with their rates', () => {
    const { narrative } = seedNarrative();
    const text = sectionText(narrative, '（五）当年部门预算批复及整体支出安排情况');
    expect(text).toBe(
      '2023年部门预算批复年初预算数285.64万元，全年预算数428.56万元，全年执行数403.18万元，执行率94.08%，' +
        '其中基本支出年初预算数254.64万元，全年预算数320.56万元，全年执行数316.84万元，执行率98.84%；' +
        '项目支出年初预算数31.00万元，全年预算数108.00万元，全年执行数86.34万元，执行率79.94%。',
    );
  });

  test('（一）绩效目标完成情况 lists the completed indicators with counts and units, and the spending items', () => {
    const { narrative } = seedNarrative();
    const done = section(narrative, '（一）绩效目标完成情况').map((p) => p.text);
    // 实际完成情况 claims every target was met while the grid has three misses: quoted inside a 【待核实】.
    expect(done[0]).toBe(
      '【待核实：“部门整体支出绩效目标已完成各项年度指标值”与表内不符：在职人员控制率、重点支出保障率、结转结余变动率等3项指标未达到指标值（目标完成情况表“实际完成情况”）】',
    );
    const text = done.join('\n');
    expect(text).toContain('2023年部门整体支出中完成单位在职职工培训次数4次、完成设置综合窗口数16个、');
    for (const item of [
      '完成综合服务窗口共办理事项数1193项',
      '完成“一件事一次办”主题项目数23个',
      '完成政务服务平台办件数量146188项',
      '完成“好差评”评价总数133628条',
      '完成12345政府热线办理事项数量500件',
      '完成工程建设远程异地评标项目总数量97个',
      '投诉处理超期0次',
      '、社会公众满意度100%。',
    ]) {
      expect(text).toContain(item);
    }
    expect(text).toContain('政务服务能力：达成年度指标。');
    expect(text).toContain('完成预算执行金额403.18万元，其中行政人员支出工资97.82万元、事业人员支出工资116.25万元、');
    expect(text).toContain('屏边县公共资源交易远程异地工位制评标建设资金53.49万元，预算执行率达94.08%。');
    expect(text).not.toContain('待填写');
    // The 预算执行金额 indicator would repeat the spending sentence's 403.18万元: said once.
    expect(text.split('403.18万元').length).toBe(2);
  });

  test('（二）未完成原因 names the key tasks executed below budget with their rates and the shared reason once', () => {
    const { narrative } = seedNarrative();
    const text = sectionText(narrative, '（二）绩效目标未完成原因分析');
    expect(text).toBe(
      '部门整体支出预算未全部执行，结余25.38万元，其中：' +
        '屏边县政务服务管理局工作经费全年预算26.00万元，已支付24.77万元，执行率95.27%，结余1.23万元；' +
        '2022年度考核优秀等次奖励工作经费全年预算9.00万元，已支付3.09万元，执行率34.33%，结余5.91万元；' +
        '屏边县公共资源交易远程异地工位制评标建设资金全年预算68.00万元，已支付53.49万元，执行率78.66%，结余14.51万元；' +
        '原因分析：财政资金紧缺，未列支费用，待财政通知可支付时再列支。',
    );
    expect(text.split(REASON_FUNDS.slice(0, 6)).length).toBe(2);
  });

  test('三、绩效自评结论 has the score table, the grade and the conclusion', () => {
    const { narrative } = seedNarrative();
    const rows = section(narrative, '三、绩效自评结论').filter((p) => p.style === 'tableRow');
    expect(rows.map((r) => r.cells)).toEqual([
      ['一级指标', '指标分值', '评价得分'],
      ['投入', '15', '14.4'],
      ['过程', '20', '19'],
      ['产出', '35', '35'],
      ['效果', '30', '30'],
      ['合计', '100', '98.4'],
    ]);
    const text = sectionText(narrative, '三、绩效自评结论');
    expect(text).toContain('2023年部门整体支出绩效自评得分');
    expect(text).toContain('自评评价等级为“优”');
    expect(text).toContain('综上所述，部门整体支出自评评分为98.4分，部门整体支出自评评价等级为“优”。');
    expect(text).not.toContain('不一致');
  });

  test('a computed total that differs from the typed one is a 【待核实】 beside it, graded on the printed total', () => {
    // The narrative reads the scored model: a typed 总分 of 98.9 against the 98.4 the rows add up to.
    const grid = seedScoreGrid();
    grid.reportedTotal = 98.9;
    const narrative = generateNarrative([seedTargetsTable(), grid], []);
    const text = sectionText(narrative, '三、绩效自评结论');
    expect(text).toContain('部门整体支出自评评分为98.9分');
    expect(text).toContain('“优”。【待核实：按评分规则核算总分为98.4分，与表内填报的98.9分不一致】');
  });

  test('四、指标分析 states each score-grid row under its 一级 and 二级, with deduction reasons', () => {
    const { narrative } = seedNarrative();
    const input = sectionText(narrative, '（一）投入情况分析');
    expect(input).toContain('1.目标设定。绩效目标合理性：达成年度指标，得分3分（分值3分）');
    expect(input).toContain('2.预算配置。');
    expect(input).toContain('“三公经费”变动率为-0.49%（指标值≤0%），得分2分（分值2分）');
    expect(input).toContain(
      '重点支出保障率为79.94%（指标值≥90%），得分4.4分（分值5分），未达到指标值，扣分原因：2023年屏边县公共资源交易',
    );
    // 在职人员控制率 missed its target but lost no point: its reason is a 偏差原因, not a 扣分原因.
    expect(input).toContain(
      '在职人员控制率为104.55%（指标值≤100%），得分3分（分值3分），未达到指标值，偏差原因：【待填写：偏差原因（在职人员控制率）】',
    );
    const process = sectionText(narrative, '（二）过程情况分析');
    expect(process).toContain('政府采购执行率为689.7%（指标值≥100%）');
    // An actual written like a target: the scored model judges the row by its typed 得分 (1 of 2: missed).
    expect(process).toContain(
      '结转结余变动率：≥100%，得分1分（分值2分），未达到指标值，扣分原因：【待填写：扣分原因（结转结余变动率）】',
    );
    expect(process).toContain('3.资产管理。固定资产利用率为100%');
    expect(sectionText(narrative, '（三）产出情况分析')).toContain('重点工作办结率为100%（指标值=100%）');
    expect(sectionText(narrative, '（四）效果情况分析')).toContain('社会公众或服务对象满意度为100%');
  });

  test('a rate the engine derived from the workbook is stated beside a row that reads otherwise', () => {
    const grid = seedScoreGrid();
    const carryOver = grid.indicators.find((i) => i.name === '结转结余变动率')!;
    const completion = grid.indicators.find((i) => i.name === '预算完成率')!;
    grid.derivedRates = [
      {
        name: '结转结余变动率',
        value: 27.8409,
        inputs: { 本年结转结余: 25.38, 上年结转结余: 0.88 },
        statedAt: carryOver.cells.actual,
      },
      {
        name: '预算完成率',
        value: Number(divide(403.18, 428.56)!.toString()),
        inputs: {},
        statedAt: completion.cells.actual,
      },
    ];
    const narrative = generateNarrative([seedTargetsTable(), grid], []);
    const process = sectionText(narrative, '（二）过程情况分析');
    expect(process).toContain('结转结余变动率：≥100%（按表内数据计算为2784.09%），得分1分');
    expect(process).toContain('预算完成率为94.08%（指标值≥90%），得分4分');
  });

  test('figures the checks flagged carry a 【待核实】 marker with their cell; info findings do not', () => {
    const tables = [seedTargetsTable(), seedScoreGrid()];
    const procurement = tables[1].indicators.find((i) => i.name === '政府采购执行率')!;
    const project = tables[0].fundLines.find((l) => l.label === '项目支出')!;
    const findings = [
      finding('单位自评表', toA1(procurement.cells.actual!.row, procurement.cells.actual!.col), 'warning', 1),
      finding(
        '目标完成情况表',
        toA1(tables[0].staff!.cells.actual!.row, tables[0].staff!.cells.actual!.col),
        'warning',
        0,
      ),
      finding('目标完成情况表', toA1(project.cells.rate!.row, project.cells.rate!.col), 'info', 0),
    ];
    const narrative = generateNarrative(tables, findings);
    const procurementCell = toA1(procurement.cells.actual!.row, procurement.cells.actual!.col);
    expect(sectionText(narrative, '（二）过程情况分析')).toContain(
      `政府采购执行率为689.7%（指标值≥100%），得分2分（分值2分）【待核实：校验发现问题，见“评估结果”工作表，单位自评表!${procurementCell}】`,
    );
    const staffCell = toA1(tables[0].staff!.cells.actual!.row, tables[0].staff!.cells.actual!.col);
    expect(sectionText(narrative, '2.机构设置及人员情况')).toContain(
      `2023年部门人员情况：在职人员编制22人，在职实有23人【待核实：校验发现问题，见“评估结果”工作表，目标完成情况表!${staffCell}】。`,
    );
    expect(sectionText(narrative, '（五）当年部门预算批复及整体支出安排情况')).not.toContain('待核实');
    // Each finding is said once, where its figure stands: nothing is left over for 七.
    expect(sectionText(narrative, '七、其他需说明的情况')).toBe('【待填写：其他需说明的情况（如无，填写“无”）】');
  });

  test('五、问题 names the missed indicators and the lines below 90% once, without repeating figures or reasons', () => {
    const { narrative } = seedNarrative();
    const problems = section(narrative, '（一）主要问题及原因分析').map((p) => p.text);
    expect(problems).toEqual([
      '从自评结果看，在职人员控制率、重点支出保障率、结转结余变动率未达到指标值；' +
        '项目支出、2022年度考核优秀等次奖励工作经费、屏边县公共资源交易远程异地工位制评标建设资金预算执行率低于90%。',
      '【待填写：主要问题及原因分析】',
    ]);
    // No sentence of 二（二） or 四 comes back here.
    const before = narrative.paragraphs.slice(
      0,
      narrative.paragraphs.findIndex((p) => p.text === '五、存在的问题及改进措施'),
    );
    for (const text of problems) expect(before.map((p) => p.text)).not.toContain(text);
    expect(problems.join('')).not.toMatch(/\d+\.\d+%/);
  });

  test('what the workbook cannot tell is a marked placeholder, never prose', () => {
    const { narrative } = seedNarrative();
    expect(sectionText(narrative, '六、主要经验及做法')).toBe('【待填写：主要经验及做法】');
    expect(sectionText(narrative, '（二）改进方向和具体措施')).toBe('【待填写：改进方向和具体措施】');
    expect(sectionText(narrative, '（四）部门预算绩效管理开展情况')).toBe('【待填写：部门预算绩效管理开展情况】');
    expect(sectionText(narrative, '2.机构设置及人员情况')).toContain(
      '【待填写：机构设置（成立时间、内设机构、所属单位）】',
    );
    expect(sectionText(narrative, '七、其他需说明的情况')).toBe('【待填写：其他需说明的情况（如无，填写“无”）】');
    // Texts the sheet holds are used as written, one paragraph per line of the cell.
    const duties = section(narrative, '1.简述部门职责职能').map((p) => p.text);
    expect(duties).toEqual([
      '屏边县政务服务管理局贯彻落实党的路线方针政策。主要职责是：',
      '(1)负责县政务服务中心的建设和管理工作；',
      '(2)承担屏边县“12345”政务服务热线管理工作。',
    ]);
    expect(sectionText(narrative, '（三）当年部门整体支出绩效目标')).toContain('“互联网+政务服务”体系');
  });

  test('（二）总体目标 falls back on the 年度目标 block when no 部门总体目标 text is given', () => {
    const targets = seedTargetsTable();
    targets.texts = { 目标: '全力推进公共资源交易电子化。', 总体绩效目标: '构建“互联网+政务服务”体系。' };
    const narrative = generateNarrative([targets], []);
    expect(sectionText(narrative, '（二）当年部门履职总体目标、工作任务')).toBe('全力推进公共资源交易电子化。');
    expect(sectionText(narrative, '（三）当年部门整体支出绩效目标')).toBe('构建“互联网+政务服务”体系。');
  });

  test('missing 部门职责, staff, funds and score grid give placeholders in their sections', () => {
    const targets = seedTargetsTable();
    targets.texts = {};
    targets.staff = null;
    targets.funds = null;
    targets.fundLines = [];
    const narrative = generateNarrative([targets], []);
    expect(headings(narrative)).toEqual(DEPARTMENT_HEADINGS);
    expect(sectionText(narrative, '1.简述部门职责职能')).toBe('【待填写：部门职责职能】');
    expect(sectionText(narrative, '2.机构设置及人员情况')).toContain('【待填写：人员情况（编制数、在职实有人数）】');
    expect(sectionText(narrative, '（五）当年部门预算批复及整体支出安排情况')).toBe(
      '【待填写：部门预算批复及整体支出安排情况（工作簿中未找到资金合计行）】',
    );
    const conclusion = sectionText(narrative, '三、绩效自评结论');
    expect(conclusion).toContain('【待填写：绩效自评得分（工作簿中未找到一级指标分值及得分）】');
    expect(conclusion).toContain('【待填写：自评总分及等级】');
    // Without a score grid, the rows of 四 are those 二（一） states: pointed to, not repeated.
    expect(sectionText(narrative, '（一）投入情况分析')).toBe('【待填写：投入情况分析】');
    expect(sectionText(narrative, '（三）产出情况分析')).toBe(
      '产出类指标的完成情况见本报告二（一）。\n【待填写：产出情况分析】',
    );
    expect(sectionText(narrative, '（四）效果情况分析')).toContain('效果类指标的完成情况见本报告二（一）。');
    expect(sectionText(narrative, '（一）绩效目标完成情况')).toContain('设置综合窗口数16个');
  });

  test('a missed target is listed in 二（二） with its 偏差原因, or a placeholder when none is given', () => {
    const targets = seedTargetsTable();
    const windows = targets.indicators.find((i) => i.name === '设置综合窗口数')!;
    windows.actual = 14;
    windows.reason = '新增窗口待验收。';
    const training = targets.indicators.find((i) => i.name === '单位在职职工培训次数')!;
    training.actual = 3;
    const narrative = generateNarrative([targets, seedScoreGrid()], []);
    const missed = sectionText(narrative, '（二）绩效目标未完成原因分析');
    expect(missed).toContain(
      '未达到年度指标值的指标：单位在职职工培训次数指标值≥4次，实际完成值3次，偏差原因：【待填写：偏差原因（单位在职职工培训次数）】；' +
        '设置综合窗口数指标值≥16个，实际完成值14个，偏差原因：新增窗口待验收。',
    );
    expect(sectionText(narrative, '（一）绩效目标完成情况')).not.toContain('完成设置综合窗口数');
  });
});

describe('project report', () => {
  test('headings of a project report, title from project name and year', () => {
    const narrative = generateNarrative([lijiangProjectTable()], []);
    expect(narrative.paragraphs[0]).toEqual({ style: 'title', text: '卫片执法补助经费2020年度项目支出绩效自评报告' });
    expect(headings(narrative)).toEqual(PROJECT_HEADINGS);
  });

  test('funds, achieved indicators, score table with the 预算执行率 row, and a computed-total note', () => {
    const narrative = generateNarrative([lijiangProjectTable()], []);
    const basic = sectionText(narrative, '一、基本情况');
    expect(basic).toContain('项目名称：卫片执法补助经费；实施单位：丽江市自然资源和规划局。');
    expect(basic).toContain(
      // The one source holds the whole total: named, its figures not repeated.
      '项目资金年初预算数7.29万元，全年预算数7.29万元，全年执行数7.29万元，执行率100.00%，全部为当年财政拨款。',
    );
    expect(basic).toContain('年度总体目标：完成卫片执法检查工作。');
    const achieved = sectionText(narrative, '二、绩效目标实现情况');
    expect(achieved).toContain('实际完成情况：已完成卫片执法检查工作。');
    // Values as typed: 72890元, not 72890.00元; 100%, not 100.00%.
    expect(achieved).toContain('本项目完成卫片执法补助经费72890元、项目验收合格率100%、违法行为责停率95%。');
    const rows = section(narrative, '三、自评结论').filter((p) => p.style === 'tableRow');
    expect(rows.map((r) => r.cells)).toEqual([
      ['一级指标', '指标分值', '评价得分'],
      ['预算执行率', '10', '10'],
      ['产出指标', '30', '28'],
      ['效益指标', '30', '27'],
      ['合计', '70', '65'],
    ]);
    const conclusion = sectionText(narrative, '三、自评结论');
    expect(conclusion).toContain('综上所述，项目自评得分为65分，自评等级为“中”。');
    expect(conclusion).toMatch(/【待核实：按评分规则核算总分为70分，与表内填报的65分不一致/);
    expect(sectionText(narrative, '四、偏差原因及改进措施')).toContain('【待填写：改进方向和具体措施】');
    expect(sectionText(narrative, '五、其他需说明的情况')).toContain('【待填写：其他需说明的情况');
  });

  test("四、偏差原因 names low execution once when the funding source runs at the total's rate", () => {
    const table = lijiangProjectTable(); // 廊坊 2019: 43.2 → 37.24 (86.20%), one funding source
    table.funds = fundLine('年度资金总额', 43.2, 43.2, 37.24, { weight: 10, score: 8.62, reportedScore: 9 });
    table.fundLines = [table.funds, fundLine('其中：当年财政拨款', 43.2, 43.2, 37.24)];
    const deviation = section(generateNarrative([table], []), '四、偏差原因及改进措施').map((p) => p.text);
    expect(deviation.filter((text) => text.includes('年度资金总额') || text.includes('财政拨款'))).toEqual([
      // The unspent amount is drafted from the data, so it stands in a 【待核实】.
      '年度资金总额未全部执行，结余5.96万元，原因：【待核实：结余全部为当年财政拨款，原因待补充，项目自评表!E612】。',
    ]);
    // The 丽江 scores below the weight on met targets: each deduction asks for its reason.
    expect(deviation).toContain(
      '项目验收合格率已达到指标值，得分19分（分值20分），扣分原因：【待填写：扣分原因（项目验收合格率）】。',
    );
    expect(deviation[deviation.length - 1]).toBe('【待填写：改进方向和具体措施】');
  });

  test('a workbook with both gives the department report, then each project report', () => {
    const second = lijiangProjectTable();
    second.projectName = '第二个项目';
    const narrative = generateNarrative([lijiangProjectTable(), seedTargetsTable(), seedScoreGrid(), second], []);
    expect(headings(narrative)).toEqual([...DEPARTMENT_HEADINGS, ...PROJECT_HEADINGS, ...PROJECT_HEADINGS]);
    expect(narrative.paragraphs.filter((p) => p.style === 'title').map((p) => p.text)).toEqual([
      '屏边县政务服务管理局部门2023年整体支出绩效自评报告',
      '卫片执法补助经费2020年度项目支出绩效自评报告',
      '第二个项目2020年度项目支出绩效自评报告',
    ]);
  });

  test('no table at all says so', () => {
    const narrative = generateNarrative([], []);
    expect(narrative.paragraphs).toHaveLength(1);
    expect(narrative.paragraphs[0].text).toContain('未找到绩效自评表');
  });
});

// ——— traceability: every number in the text is a cell value or a value the engine computed ———

const SKIPPED_KEYS = new Set(['cells', 'range', 'row', 'statedAt', 'statedRateDecimals']);
const FRACTION_KEYS = new Set(['rate', 'statedRate', 'value']);

/** Numbers of the tables: numeric fields (fractions also as percentages) and numbers written in their texts. */
function sourceNumbers(value: unknown, key = '', out: Big[] = []): Big[] {
  if (typeof value === 'number' && Number.isFinite(value)) {
    out.push(dec(value));
    if (FRACTION_KEYS.has(key)) out.push(dec(value).times(100));
  } else if (typeof value === 'string') {
    for (const match of value.match(/-?\d+(?:\.\d+)?/g) ?? []) out.push(dec(match));
  } else if (Array.isArray(value)) {
    value.forEach((item) => sourceNumbers(item, key, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(k)) sourceNumbers(v, k, out);
  }
  return out;
}

/** Values the engine computes from cells that no table field holds: Σ 一级 weights, finding counts. */
function computedNumbers(tables: readonly Table[], findings: readonly Finding[]): Big[] {
  const out: Big[] = [];
  for (const table of tables) {
    const weights = table.levels.map((l) => l.weight ?? 0);
    if (table.funds?.weight != null) weights.push(table.funds.weight);
    out.push(weights.reduce((acc, w) => acc.plus(w), dec(0)));
    out.push(table.levels.reduce((acc, l) => acc.plus(l.weight ?? 0), dec(0)));
  }
  const groups: Finding[][] = [findings.filter((f) => f.table === undefined || tables[f.table]?.kind !== 'project')];
  tables.forEach((_, i) => groups.push(findings.filter((f) => f.table === i)));
  for (const group of groups) {
    const errors = group.filter((f) => f.severity === 'error').length;
    const warnings = group.filter((f) => f.severity === 'warning').length;
    out.push(dec(errors), dec(warnings), dec(errors + warnings));
  }
  return out;
}

/** A printed number matches a source when equal, or when it is the source rounded half-up to 2 decimals. */
function traceable(printed: string, sources: readonly Big[]): boolean {
  const value = dec(printed);
  const decimals = printed.includes('.') ? printed.split('.')[1].length : 0;
  return sources.some((s) => s.eq(value) || (decimals === 2 && s.round(2, Big.roundHalfUp).eq(value)));
}

function untraceableNumbers(narrative: Narrative, tables: readonly Table[], findings: readonly Finding[]): string[] {
  const sources = [
    ...sourceNumbers(tables),
    ...computedNumbers(tables, findings),
    ...unspentAmounts(tables),
    ...findingNumbers(findings),
  ];
  const bad: string[] = [];
  for (const paragraph of narrative.paragraphs) {
    // The "1." of a 三级 heading or an analysis paragraph is an enumerator, not a figure.
    const text = withoutCellRefs(paragraph.text.replace(/^\d+\./, ''));
    for (const printed of text.match(/-?\d+(?:\.\d+)?/g) ?? []) {
      if (!traceable(printed, sources)) bad.push(`${printed} in «${paragraph.text}»`);
    }
  }
  return bad;
}

describe('traceability', () => {
  test('every number of the seed department report comes from the tables or the engine', () => {
    const tables = [seedTargetsTable(), seedScoreGrid(), lijiangProjectTable()];
    const findings = [finding('单位自评表', 'G30', 'warning', 1), finding('单位自评表', 'B2', 'error')];
    const narrative = generateNarrative(tables, findings);
    expect(untraceableNumbers(narrative, tables, findings)).toEqual([]);
    // The check is not vacuous: the text is full of numbers.
    expect(narrativeText(narrative).match(/\d+\.\d\d/g)!.length).toBeGreaterThan(40);
  });

  test('a number that is not in the tables fails the check', () => {
    const tables = [seedTargetsTable(), seedScoreGrid()];
    const narrative = generateNarrative(tables, []);
    const tampered: Narrative = {
      ...narrative,
      paragraphs: [...narrative.paragraphs, { style: 'body', text: '部门整体支出自评评分为98.5分。' }],
    };
    expect(untraceableNumbers(tampered, tables, [])).toEqual(['98.5 in «部门整体支出自评评分为98.5分。»']);
    // 94.08 is a rounded computed rate: fine at 2 decimals, but "94.1" is not how the report prints it.
    const rounded: Narrative = { ...narrative, paragraphs: [{ style: 'body', text: '执行率94.1%' }] };
    expect(untraceableNumbers(rounded, tables, [])).toEqual(['94.1 in «执行率94.1%»']);
  });
});

describe('narrativeText and narrativeSheet', () => {
  test('text: one paragraph per line, score-table rows tab-separated', () => {
    const { narrative } = seedNarrative();
    const lines = narrativeText(narrative).split('\n');
    expect(lines).toHaveLength(narrative.paragraphs.length);
    expect(lines[0]).toBe('屏边县政务服务管理局部门2023年整体支出绩效自评报告');
    expect(lines).toContain('一级指标\t指标分值\t评价得分');
    expect(lines).toContain('合计\t100\t98.4');
  });

  test('sheet: column A wide and wrapped, headings bold, score table as a 3-column block', () => {
    const { narrative } = seedNarrative();
    const sheet = narrativeSheet(narrative);
    expect(sheet.name).toBe('自评报告');
    // A (text) + B + C fit an A4 portrait page (about 86 characters with normal margins).
    expect(sheet.columnWidths[0]).toBeGreaterThanOrEqual(60);
    expect(sheet.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(86);
    expect(sheet.page).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(sheet.rowHeights).toHaveLength(sheet.rows.length);
    expect(sheet.rows).toHaveLength(narrative.paragraphs.length);
    expect(sheet.rows[0][0]).toMatchObject({ value: '屏边县政务服务管理局部门2023年整体支出绩效自评报告', bold: true });
    const headingRow = sheet.rows.find((r) => r[0].value === '三、绩效自评结论')!;
    expect(headingRow[0].bold).toBe(true);
    const bodyRow = sheet.rows.find((r) => typeof r[0].value === 'string' && r[0].value.startsWith('综上所述'))!;
    expect(bodyRow[0].wrap).toBe(true);
    expect(bodyRow[0].numberFormat).toBe('@');
    expect(bodyRow[0].bold).toBeFalsy();
    const headerIndex = sheet.rows.findIndex((r) => r[0].value === '一级指标');
    expect(sheet.rows[headerIndex].map((c) => [c.value, c.bold])).toEqual([
      ['一级指标', true],
      ['指标分值', true],
      ['评价得分', true],
    ]);
    expect(sheet.rows[headerIndex + 1].map((c) => c.value)).toEqual(['投入', 15, 14.4]);
    expect(sheet.rows[headerIndex + 5].map((c) => c.value)).toEqual(['合计', 100, 98.4]);
  });

  test('row heights follow the wrapped text: one line for a heading, more for a long paragraph', () => {
    const { narrative } = seedNarrative();
    const sheet = narrativeSheet(narrative);
    const heightOf = (text: string) => sheet.rowHeights![sheet.rows.findIndex((r) => r[0].value === text)];
    expect(heightOf('三、绩效自评结论')).toBe(wrappedRowHeight('三、绩效自评结论', sheet.columnWidths[0]));
    expect(wrappedRowHeight('三、绩效自评结论', 70)).toBe(18);
    // 70 columns hold 33 CJK characters a line: 100 characters take 4 lines.
    expect(wrappedRowHeight('字'.repeat(100), 70)).toBe(4 * 15 + 3);
    expect(wrappedRowHeight('第一行\n第二行', 70)).toBe(2 * 15 + 3);
    expect(wrappedRowHeight('字'.repeat(10000), 70)).toBe(409);
    expect(displayWidth('执行率94.08%')).toBe(3 * 2 + 6);
  });

  test.each([
    ['A1 %', 4],
    ['字、。「」', 10], // ideographs and CJK punctuation
    ['（１）', 6], // full-width forms
    ['\u10ff\u1100\u115f\u1160', 1 + 2 + 2 + 1], // Hangul jamo edges
    ['\u2e7f\u2e80\ua4cf\ua4d0', 1 + 2 + 2 + 1],
    ['\uabff\uac00\ud7a3\ud7a4', 1 + 2 + 2 + 1], // Hangul syllables edges
    ['\uf8ff\uf900\ufaff\ufb00', 1 + 2 + 2 + 1],
    ['\ufe2f\ufe30\ufe4f\ufe50', 1 + 2 + 2 + 1],
    ['\ufeff\uff00\uff60\uff61', 1 + 2 + 2 + 1],
    ['\uffdf\uffe0\uffe6\uffe7', 1 + 2 + 2 + 1],
    ['“”‘’…—–', 6 * 2 + 1], // the en dash is narrow
    ['𠀀😀', 2], // a character outside the BMP (a surrogate pair) is one narrow character
    ['\ud800', 1], // and so is a lone surrogate
  ])('display width of %j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test('a paragraph beginning with "=" or "+" stays a string', () => {
    const targets = seedTargetsTable();
    targets.texts = { 部门职责: '=SUM(A1:A3)\n+86 服务热线' };
    const sheet = narrativeSheet(generateNarrative([targets], []));
    const cells = sheet.rows.map((r) => r[0]);
    const formulaLike = cells.find((c) => c.value === '=SUM(A1:A3)')!;
    expect(formulaLike).toBeDefined();
    expect(typeof formulaLike.value).toBe('string');
    expect(cells.find((c) => c.value === '+86 服务热线')).toBeDefined();
  });
});
