/**
 * Hand-built evaluated `Table`s carrying the figures of the seed (屏边县政务服务管理局 2023 部门整体支出绩效
 * 自评报告 and its two attachments), as the reader and scorer would hand them to the narrative. Rates are
 * executed/adjusted computed here with the decimal helpers, as the scorer does; scores are the seed's.
 */
import { divide } from '../../../src/engine/decimal';
import type {
  Direction,
  Finding,
  FundLine,
  Indicator,
  LevelSummary,
  Narrative,
  Table,
} from '../../../src/engine/model';
import { generateNarrative, type NarrativeOptions } from '../../../src/engine/narrative';
import { NATIONAL_PROFILE } from '../../../src/engine/profiles';
import { scoreTables } from '../../../src/engine/scoring';
import { makeFundLine, makeIndicator, makeTable } from '../../fixtures/model';

let nextRow = 10;

export function fundLine(
  label: string,
  initial: number | null,
  adjusted: number | null,
  executed: number | null,
  extra: Partial<FundLine> = {},
): FundLine {
  const row = nextRow++;
  const quotient = adjusted !== null && executed !== null ? divide(executed, adjusted) : null;
  return makeFundLine({
    row,
    label,
    initial,
    adjusted,
    executed,
    rate: quotient === null ? null : Number(quotient.toString()),
    cells: { label: { row, col: 0 }, adjusted: { row, col: 2 }, executed: { row, col: 3 }, rate: { row, col: 4 } },
    ...extra,
  });
}

export interface IndicatorSpec {
  level1: string;
  level2: string;
  name: string;
  direction: Direction | null;
  target: number | string | null;
  unit?: string | null;
  actual: number | string | null;
  weight?: number | null;
  score?: number | null;
  reportedScore?: number | null;
  level1Weight?: number | null;
  reason?: string;
}

export function indicator(spec: IndicatorSpec): Indicator {
  const row = nextRow++;
  const unit = spec.unit ?? null;
  const show = (value: number | string | null): string =>
    value === null ? '' : typeof value === 'number' ? `${value}${unit ?? ''}` : value;
  return makeIndicator({
    row,
    level1: spec.level1,
    level2: spec.level2,
    name: spec.name,
    level1Weight: spec.level1Weight ?? null,
    direction: spec.direction,
    target: spec.target,
    targetText: `${spec.direction && spec.direction !== '定性' ? spec.direction : ''}${show(spec.target)}`,
    unit,
    actual: spec.actual,
    actualText: show(spec.actual),
    weight: spec.weight ?? null,
    score: spec.score ?? null,
    reportedScore: spec.reportedScore ?? null,
    reason: spec.reason ?? '',
    cells: { name: { row, col: 2 }, target: { row, col: 4 }, actual: { row, col: 6 }, score: { row, col: 8 } },
  });
}

function baseTable(kind: Table['kind'], sheet: string): Table {
  return makeTable({
    kind,
    sheet,
    range: { top: 0, left: 0, bottom: 80, right: 10 },
    title: '',
    unitName: '屏边县政务服务管理局',
  });
}

export const REASON_FUNDS = '财政资金紧缺，未列支费用，待财政通知可支付时再列支。';
export const REASON_KEY_SPENDING =
  '2023年屏边县公共资源交易远程异地工位制评标建设项目已验收合格，但因财政资金紧缺，符合程序需要列支的单据未能报销完成，故资金结余较大，导致支出率偏低';

/** 附件2: 部门整体支出绩效目标完成情况表. */
export function seedTargetsTable(): Table {
  const table = baseTable('department', '目标完成情况表');
  table.title = '2023年度部门整体支出绩效目标完成情况表';
  table.texts = {
    部门职责:
      '屏边县政务服务管理局贯彻落实党的路线方针政策。主要职责是：\n(1)负责县政务服务中心的建设和管理工作；\n(2)承担屏边县“12345”政务服务热线管理工作。',
    部门总体目标: '全力推进政务服务标准化、规范化、便利化，全面提升市场主体和群众满意度。',
    总体绩效目标: '构建为民、便民、高效的“互联网+政务服务”体系；认真做好政府采购专家评审费的发放。',
    实际完成情况: '部门整体支出绩效目标已完成各项年度指标值。',
  };
  // Groups as the reader sets them: the key-task block's lines are tasks whatever their labels say.
  const total = fundLine('合计', 285.64, 428.56, 403.18, { group: 'total' });
  const basic = fundLine('基本支出', 254.64, 320.56, 316.84, { group: 'category' });
  const project = fundLine('项目支出', 31, 108, 86.34, { statedRate: 0.8, statedRateDecimals: 0, group: 'category' });
  const task = (label: string, adjusted: number, executed: number, reason = ''): FundLine =>
    fundLine(label, null, adjusted, executed, { reason, group: 'task' });
  table.funds = total;
  table.fundLines = [
    total,
    basic,
    project,
    task('行政人员支出工资', 97.82, 97.82),
    task('事业人员支出工资', 116.25, 116.25),
    task('社会保障缴费', 45.88, 45.88),
    task('住房公积金', 22.63, 22.63),
    task('工会经费', 2.98, 2.98),
    task('其他公用支出', 14.51, 14.51),
    task('行政人员公务交通补贴', 7.91, 7.91),
    task('屏边县政务服务管理局年初预算工作经费', 5, 5),
    task('屏边县政务服务管理局工作经费', 26, 24.77, REASON_FUNDS),
    task('政务局工作经费(非财政拨款收入-本级横向)', 3.01, 3.01),
    task('公益性岗位补贴', 5.84, 5.84),
    task('2022年度考核优秀等次奖励工作经费', 9, 3.09, REASON_FUNDS),
    task('屏边县公共资源交易远程异地工位制评标建设资金', 68, 53.49, REASON_FUNDS),
  ];
  const count = (name: string, target: number, unit: string, level2 = '数量指标'): Indicator =>
    indicator({ level1: '产出指标', level2, name, direction: '≥', target, unit, actual: target });
  table.indicators = [
    count('单位在职职工培训次数', 4, '次'),
    count('设置综合窗口数', 16, '个'),
    count('综合服务窗口共办理事项数', 1193, '项'),
    count('“一件事一次办”主题项目数', 23, '个'),
    count('政务服务平台办件数量', 146188, '项'),
    count('“好差评”评价总数', 133628, '条'),
    indicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '12345政府热线办理事项数量',
      direction: '≥',
      target: 500,
      unit: '件',
      actual: 500,
    }),
    count('进场交易项目总数量', 73, '个'),
    count('工程建设远程异地评标项目总数量', 97, '个'),
    indicator({
      level1: '产出指标',
      level2: '时效指标',
      name: '投诉处理超期',
      direction: '≤',
      target: 0,
      unit: '次',
      actual: 0,
    }),
    indicator({
      level1: '产出指标',
      level2: '成本指标',
      name: '预算执行金额',
      direction: '≤',
      target: 428.56,
      unit: '万元',
      actual: 403.18,
    }),
    indicator({
      level1: '效益指标',
      level2: '社会效益',
      name: '政务服务能力',
      direction: '定性',
      target: '有效提升',
      actual: '达成年度指标',
    }),
    indicator({
      level1: '满意度指标',
      level2: '服务对象满意度',
      name: '社会公众满意度',
      direction: '≥',
      target: 95,
      unit: '%',
      actual: 100,
    }),
  ];
  table.staff = { authorized: 22, actual: 23, cells: { authorized: { row: 5, col: 1 }, actual: { row: 5, col: 3 } } };
  return table;
}

/** 附件1: 部门整体支出绩效单位自评表 (score grid: 投入15 过程20 产出35 效果30 → 98.4 优). */
export function seedScoreGrid(): Table {
  const table = baseTable('departmentScore', '单位自评表');
  table.title = '2023年度部门整体支出绩效单位自评表';
  const row = (
    level1: string,
    level2: string,
    name: string,
    direction: Direction | null,
    target: number | string | null,
    unit: string | null,
    actual: number | string | null,
    weight: number,
    score: number,
    reason = '',
  ): Indicator =>
    indicator({ level1, level2, name, direction, target, unit, actual, weight, score, reportedScore: score, reason });
  table.indicators = [
    row('投入', '目标设定', '绩效目标合理性', '定性', '合理', null, '达成年度指标', 3, 3),
    row('投入', '目标设定', '绩效指标明确性', '定性', '明确', null, '达成年度指标', 2, 2),
    row('投入', '预算配置', '在职人员控制率', '≤', 100, '%', 104.55, 3, 3),
    row('投入', '预算配置', '“三公经费”变动率', '≤', 0, '%', -0.49, 2, 2),
    row('投入', '预算配置', '重点支出保障率', '≥', 90, '%', 79.94, 5, 4.4, REASON_KEY_SPENDING),
    row('过程', '预算执行', '预算完成率', '≥', 90, '%', 94.08, 4, 4),
    row('过程', '预算执行', '结转结余变动率', '≤', 0, '%', '≥100%', 2, 1),
    row('过程', '预算执行', '“三公经费”控制率', '≤', 100, '%', 62.86, 2, 2),
    row('过程', '预算执行', '政府采购执行率', '≥', 100, '%', 689.7, 2, 2),
    row('过程', '预算管理', '管理制度健全性', '定性', '健全', null, '达成年度指标', 4, 4),
    row('过程', '资产管理', '固定资产利用率', '≥', 100, '%', 100, 6, 6),
    row('产出', '职责履行', '重点工作办结率', '=', 100, '%', 100, 20, 20),
    row('产出', '职责履行', '质量达标率', '≥', 100, '%', 100, 15, 15),
    row('效果', '履职效益', '社会效益', '定性', '显著', null, '达成年度指标', 20, 20),
    row('效果', '履职效益', '社会公众或服务对象满意度', '≥', 90, '%', 100, 10, 10),
  ];
  const level = (name: string, weight: number, score: number): LevelSummary => ({
    name,
    weight,
    score,
    reportedScore: score,
  });
  table.levels = [level('投入', 15, 14.4), level('过程', 20, 19), level('产出', 35, 35), level('效果', 30, 30)];
  table.total = 98.4;
  table.reportedTotal = 98.4;
  table.grade = '优';
  table.reportedGrade = '优';
  return table;
}

/** 丽江 2020 (SPEC §8): every target met, 10% deducted, no reason given. */
export function lijiangProjectTable(): Table {
  const table = baseTable('project', '项目自评表');
  table.title = '项目支出绩效自评表（2020年度）';
  table.year = 2020;
  table.unitName = '丽江市自然资源和规划局';
  table.projectName = '卫片执法补助经费';
  const funds = fundLine('年度资金总额', 7.29, 7.29, 7.29, {
    weight: 10,
    score: 10,
    reportedScore: 10,
    group: 'total',
  });
  table.funds = funds;
  table.fundLines = [funds, fundLine('其中：当年财政拨款', 7.29, 7.29, 7.29, { group: 'source' })];
  table.texts = { 年度目标: '完成卫片执法检查工作。', 实际完成情况: '已完成卫片执法检查工作。' };
  table.indicators = [
    indicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '卫片执法补助经费',
      direction: '=',
      target: 72890,
      unit: '元',
      actual: 72890,
      weight: 10,
      score: 10,
      reportedScore: 9,
    }),
    indicator({
      level1: '产出指标',
      level2: '质量指标',
      name: '项目验收合格率',
      direction: '=',
      target: 100,
      unit: '%',
      actual: 100,
      weight: 20,
      score: 20,
      reportedScore: 19,
    }),
    indicator({
      level1: '效益指标',
      level2: '社会效益',
      name: '违法行为责停率',
      direction: '≥',
      target: 95,
      unit: '%',
      actual: 95,
      weight: 30,
      score: 30,
      reportedScore: 27,
    }),
  ];
  table.levels = [
    { name: '产出指标', weight: 30, score: 30, reportedScore: 28 },
    { name: '效益指标', weight: 30, score: 30, reportedScore: 27 },
  ];
  table.total = 70;
  table.reportedTotal = 65;
  table.grade = '中';
  return table;
}

export function finding(sheet: string, cell: string, severity: Finding['severity'], table?: number): Finding {
  return {
    code: 'test-code',
    messageId: 'test',
    data: {},
    severity,
    sheet,
    cell,
    ...(table === undefined ? {} : { table }),
  };
}

/** The report of hand-built tables, scored as evaluate scores them (national profile unless given). */
export function narrateTables(
  tables: readonly Table[],
  findings: readonly Finding[],
  options: NarrativeOptions = {},
): Narrative {
  return generateNarrative(scoreTables(tables, options.profile ?? NATIONAL_PROFILE), findings, options);
}
