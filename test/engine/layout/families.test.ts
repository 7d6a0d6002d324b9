/**
 * Each table family of LAYOUTS.md, drawn as offices draw it: read with the right family, header band and
 * columns, and — filled cleanly — evaluated without a warning or an error (issue 12).
 */
import { evaluateWorkbook } from '../../../src/engine/evaluate';
import type { Evaluation } from '../../../src/engine/model';
import { pct, sheet, workbook } from '../../fixtures';

const loud = (evaluation: Evaluation) =>
  evaluation.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.code}`);

const roles = (evaluation: Evaluation, index = 0) =>
  Object.fromEntries(
    evaluation.tables[index].layout!.columns.map(({ col, role }) => [String.fromCharCode(65 + col), role]),
  );

describe('Yunnan project form: a two-row header band and a header row repeated inside the block', () => {
  const rows = [
    ['项目支出绩效自评表'],
    ['（2020年度）'],
    ['项目名称', '乡村学校培训项目'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 50, 48, 45.6, 10, pct(0.95), 9.5],
    [null, '其中：当年财政拨款', 50, 48, 45.6, null, pct(0.95)],
    [null, '上年结转资金', 0, 0, 0],
    [null, '其他资金', 0, 0, 0],
    [
      '绩效\u200b指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      null,
      null,
      '实际\n完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [null, null, null, null, '指标性质', '指标值', '度量单位'],
    [null, '产出指标', '数量指标', '培训人数', '≥', 50, '人', 52, 50, 50],
    [null, null, null, '三级指标', null, null, null, null, '分值', '得分'],
    [null, '效益指标', '社会效益指标', '教师能力提升', '定性', '有效提升', null, '达成年度指标', 30, 30],
    [null, '满意度指标', '服务对象满意度指标', '参训教师满意度', '≥', 90, '%', 95, 10, 10],
    ['总分', null, null, null, null, null, null, null, 100, 99.5, '优'],
  ];
  const evaluation = evaluateWorkbook(
    workbook(
      sheet('项目支出绩效自评表', rows, {
        merges: [
          'A1:K1',
          'A2:K2',
          'B3:K3',
          'A4:B8',
          'A9:A14',
          'B9:B10',
          'C9:C10',
          'D9:D10',
          'E9:G9',
          'H9:H10',
          'I9:I10',
          'J9:J10',
          'K9:K10',
        ],
      }),
    ),
  );
  const table = evaluation.tables[0];

  it('reads the band as two rows, each sub-column with its role, and skips the repeated header row', () => {
    expect(table.layout?.family).toBe('project');
    expect(table.layout?.headerRows).toEqual([8, 9]);
    expect(roles(evaluation)).toEqual({
      B: 'level1',
      C: 'level2',
      D: 'name',
      E: 'direction',
      F: 'target',
      G: 'unit',
      H: 'actual',
      I: 'weight',
      J: 'score',
      K: 'reason',
    });
    expect(table.indicators.map((i) => i.name)).toEqual(['培训人数', '教师能力提升', '参训教师满意度']);
  });

  it('scores and totals it, with no warning or error', () => {
    expect(table.total).toBe(99.5);
    expect(table.grade).toBe('优');
    expect(loud(evaluation)).toEqual([]);
  });
});

describe('flat indicator list (Chongqing): 得分系数 × 权重, direction from the name', () => {
  const rows = [
    ['部门整体绩效自评表'],
    ['主管部门', '某局', null, null, '自评总分(分)', 100],
    ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    [null, 100, 100, 100, '100%', 10, 10],
    [
      '绩效指标',
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数(%)',
      '指标权重(分)',
      '指标得分(分)',
      '是否核心指标',
    ],
    [null, '预算调整率', '%', '定量指标', '3%', null, 0, '100%', 30, 30, '否'],
    [null, '培训次数', '次', '定量指标', '10次', '12次', '12次', '100%', 30, 30, '是'],
    [null, '服务满意度', '%', '定量指标', '90%', null, '96%', '100%', 30, 30, '否'],
  ];
  const clean = evaluateWorkbook(workbook(sheet('部门整体绩效自评表', rows, { merges: ['A1:K1', 'A3:A4', 'A5:A8'] })));

  it('is a flat list; 调整指标值 is the target where filled, else 年初指标值', () => {
    const table = clean.tables[0];
    expect(table.layout?.family).toBe('flatList');
    expect(roles(clean)).toMatchObject({ B: 'name', E: 'initialTarget', F: 'target', G: 'actual', H: 'coefficient' });
    expect(table.indicators.map((i) => [i.direction, i.target])).toEqual([
      ['≤', 3],
      ['≥', 12],
      ['≥', 90],
    ]);
    expect([table.reportedTotal, table.total]).toEqual([100, 100]);
  });

  it('a clean flat list gives no warning or error', () => {
    expect(loud(clean)).toEqual([]);
  });

  it('a 100% coefficient on a missed target is a reported score above the rule', () => {
    const missed = rows.map((row) => [...row]);
    missed[6][6] = '6次';
    const evaluation = evaluateWorkbook(
      workbook(sheet('部门整体绩效自评表', missed, { merges: ['A1:K1', 'A3:A4', 'A5:A8'] })),
    );
    expect(loud(evaluation)).toEqual(expect.arrayContaining(['J7 score-mismatch']));
  });
});

describe('score-only grid: weights only in the labels', () => {
  const rows = [
    ['部门整体支出绩效评价得分表'],
    ['一级指标', '二级指标', '三级指标', '得分'],
    ['部门决策(20分)', '目标设定(10分)', '相关性(5分)', 5],
    [null, null, '明确性(5分)', 4.5],
    [null, '资金投入(10分)', '预算编制科学性(10分)', 9],
    ['部门管理(80分)', '资金管理(80分)', '资金使用合规性(80分)', 78],
    ['总分', null, null, 96.5],
  ];
  const evaluation = evaluateWorkbook(workbook(sheet('评价得分表', rows, { merges: ['A1:D1', 'A3:A5', 'B3:B4'] })));

  it('is read as a score-only grid with the label weights, checked and totalled, never against targets', () => {
    const table = evaluation.tables[0];
    expect(table.layout?.family).toBe('scoreOnly');
    expect(table.indicators.map((i) => [i.name, i.weight, i.reportedScore])).toEqual([
      ['相关性', 5, 5],
      ['明确性', 5, 4.5],
      ['预算编制科学性', 10, 9],
      ['资金使用合规性', 80, 78],
    ]);
    expect([table.total, table.reportedTotal, table.grade]).toEqual([96.5, 96.5, '优']);
    expect(loud(evaluation)).toEqual([]);
  });

  it('a score above its label weight is still an error', () => {
    const over = rows.map((row) => [...row]);
    over[3][3] = 6;
    over[6][3] = 98;
    const loudOver = loud(
      evaluateWorkbook(workbook(sheet('评价得分表', over, { merges: ['A1:D1', 'A3:A5', 'B3:B4'] }))),
    );
    expect(loudOver).toEqual(expect.arrayContaining(['D4 score-range']));
  });
});

describe('Fujian funds block: formula labels ①…⑧ and 元 typed under 万元', () => {
  const rows = [
    ['部门整体支出绩效自评表'],
    ['部门名称', '某县某局'],
    [
      '资金（万元）',
      '年初部门预算安排金额①',
      '历年结余结转②',
      '年中调整金额③',
      '小计④=①+②+③',
      '年度拨付金额⑤',
      '支出实现率⑥=⑤/④',
      '本年度结余金额⑦=④-⑤',
      '资金结余率⑧=⑦/④',
    ],
    ['合计', 2000000, 100000, 0, 2100000, 1890000, pct(0.9), 210000, pct(0.1)],
    ['财政资金小计', 2000000, 100000, 0, 2050000, 1845000, pct(0.9), 205000, pct(0.1)],
    ['一级指标', '二级指标', '三级指标', '绩效目标值', '实际完成值', '指标分值', '得分'],
    ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 100, 100],
    ['总分', null, null, null, null, 100, 100],
  ];
  const evaluation = evaluateWorkbook(workbook(sheet('自评表', rows, { merges: ['A1:I1'] })));

  it('reads the numbered columns, checks the formulas the labels state and flags 元 under 万元 once', () => {
    const layout = evaluation.tables[0].layout!;
    expect(layout.fundFormulas.map((f) => [f.mark, f.op, f.terms])).toEqual([
      [4, 'sum', [1, 2, 3]],
      [6, 'ratio', [5, 4]],
      [7, 'difference', [4, 5]],
      [8, 'ratio', [7, 4]],
    ]);
    const codes = loud(evaluation);
    expect(codes).toEqual(expect.arrayContaining(['B4 money-unit-suspect', 'E5 fund-formula-mismatch']));
    expect(codes.filter((c) => c.endsWith('fund-formula-mismatch'))).toEqual(['E5 fund-formula-mismatch']);
    expect(codes.filter((c) => c.endsWith('money-unit-suspect'))).toHaveLength(1);
  });
});

describe('goal texts under numeric headers', () => {
  it('a goal text merged across an indicator block is no indicator and no cascade of unreadable numbers', () => {
    const rows = [
      ['项目支出绩效自评表'],
      ['项目名称', '某项目'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['年度目标', '完成全年培训任务，提升基层教师教学能力，确保资金使用规范。'],
      ['产出指标', '数量指标', '培训人数', '≥50人', '52人', 90, 90],
      ['满意度指标', '满意度指标', '满意度', '≥90%', '95%', 10, 10],
      ['总分', null, null, null, null, 100, 100],
    ];
    const evaluation = evaluateWorkbook(workbook(sheet('项目表', rows, { merges: ['A1:G1', 'B4:G4'] })));
    expect(evaluation.tables[0].indicators.map((i) => i.name)).toEqual(['培训人数', '满意度']);
    expect(evaluation.findings.filter((f) => f.code === 'unreadable-number')).toEqual([]);
  });
});

describe('a 0.00 / 0.00 / 0.00 其他资金 row under a 总额 row', () => {
  it('is no sum error, no rate error and no low-execution warning', () => {
    const rows = [
      ['项目支出绩效自评表'],
      ['项目名称', '某项目'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '总额', 100, 100, 95, 10, pct(0.95), 9.5],
      [null, '其中：财政资金', 100, 100, 95, '/', pct(0.95), '/'],
      [null, '财政专户管理资金', 0, 0, 0, '/', pct(0), '/'],
      [null, '其他资金', '0.00', '0.00', '0.00', '/', '0.00%', '/'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      [null, '产出指标', '数量指标', '培训人数', '≥50人', '52人', 90, 90],
      ['总分', null, null, null, null, null, 100, 99.5],
    ];
    const evaluation = evaluateWorkbook(workbook(sheet('项目表', rows, { merges: ['A1:H1', 'A3:B3', 'A8:A9'] })));
    expect(evaluation.tables[0].funds?.label).toBe('总额');
    expect(loud(evaluation)).toEqual([]);
  });
});
