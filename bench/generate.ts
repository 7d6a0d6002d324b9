/**
 * Deterministic workbook generators for the benchmarks and the robustness corpus: national-form project
 * tables (项目支出绩效自评表, SPEC §2.1) built with the shared fixture builders (test/fixtures/grid.ts), with
 * the writing variety offices really use (fused `≥50个` or split 性质|值|单位, percent cells, 万元 money,
 * 定性 rows, missed targets and overshoots with reasons, merged labels). Same seed → same workbook, so runs compare.
 */
import { pct, workbook, type CellInput } from '../test/fixtures/grid';
import {
  nationalProjectBlock,
  PROJECT_FUSED_HEADERS,
  PROJECT_SPLIT_HEADERS,
  projectIndicatorCells,
  singleTableSheet,
} from '../test/fixtures/layouts';
import type { SheetSnapshot, WorkbookSnapshot } from '../src/engine/snapshot';

/** mulberry32: tiny, fast, deterministic PRNG (Math.random is not seedable). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Integer weights adding up to `total` over `count` rows (count ≤ total). */
export function splitWeights(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** One indicator row as the office wrote it, and the share of its weight the national rule gives (1 = full). */
interface IndicatorRow {
  level2: string;
  name: string;
  operator: '≥' | '≤' | '定性';
  /** Target value (number, or the qualitative wording). */
  value: number | string;
  unit: string;
  /** Fused form of the target as offices type it in one 年度指标值 cell (`≥50个`, `≥95百分比`). */
  fusedTarget: string;
  actual: CellInput;
  reason: string;
  share: number;
}

const QUANTITY_NAMES = [
  '培训次数',
  '设置窗口数',
  '办理事项数',
  '检查企业数',
  '发放补贴户数',
  '建设站点数',
  '举办活动场次',
];
const QUANTITY_UNITS = ['次', '个', '项', '户', '场', '件'];
const QUALITY_NAMES = ['验收合格率', '资料完整率', '办结率', '覆盖率', '达标率'];
const TIME_NAMES = ['按时完成率', '资金拨付及时率'];
const COST_NAMES = ['项目成本控制数', '人均培训成本', '单位建设成本'];
const BENEFIT_NAMES = ['群众办事便利度', '营商环境改善', '服务能力提升', '生态环境改善'];
const SATISFACTION_NAMES = ['服务对象满意度', '群众满意度', '企业满意度'];
const MISSED_REASONS = [
  '受疫情影响部分工作延后，下年度加快进度',
  '资金到位较晚，已督促完成',
  '政策调整，指标已按实际调整',
];
const OVERSHOOT_REASON = '年初目标设定偏低，下年度据实调整指标值';

function quantityRow(random: Random, index: number): IndicatorRow {
  const unit = pick(random, QUANTITY_UNITS);
  const target = between(random, 2, 5000);
  const roll = random();
  // 80 % met, 12 % missed (with a reason), 8 % overshoot (with a reason).
  const actual =
    roll < 0.8
      ? target + between(random, 0, Math.ceil(target * 0.2))
      : roll < 0.92
        ? Math.floor(target * 0.8)
        : target * 2;
  const met = actual >= target;
  return {
    level2: '数量指标',
    name: `${pick(random, QUANTITY_NAMES)}${index + 1}`,
    operator: '≥',
    value: target,
    unit,
    fusedTarget: `≥${target}${unit}`,
    actual: `${actual}${unit}`,
    reason: met ? (actual >= target * 1.3 ? OVERSHOOT_REASON : '') : pick(random, MISSED_REASONS),
    share: met ? 1 : actual / target,
  };
}

function percentRow(random: Random, index: number, level2: string, names: readonly string[]): IndicatorRow {
  const target = pick(random, [80, 90, 95, 98, 100]);
  const missed = random() < 0.1;
  const actualPoints = missed ? target - between(random, 1, 10) : Math.min(100, target + between(random, 0, 5));
  // Half the actuals are Excel percent cells (0.965 with '0.00%'), half typed text ('96.5%').
  const actual: CellInput = random() < 0.5 ? pct(actualPoints / 100) : `${actualPoints}%`;
  return {
    level2,
    name: `${pick(random, names)}${index + 1}`,
    operator: '≥',
    value: target,
    unit: '%',
    fusedTarget: random() < 0.5 ? `≥${target}%` : `≥${target}百分比`,
    actual,
    reason: missed ? pick(random, MISSED_REASONS) : '',
    share: missed ? actualPoints / target : 1,
  };
}

function costRow(random: Random, index: number): IndicatorRow {
  const target = round2(between(random, 100, 90000) / 100);
  const over = random() < 0.1;
  const actual = over ? round2(target * 1.1) : round2(target * (0.8 + random() * 0.2));
  return {
    level2: '成本指标',
    name: `${pick(random, COST_NAMES)}${index + 1}`,
    operator: '≤',
    value: target,
    unit: '万元',
    fusedTarget: `≤${target}万元`,
    actual: `${actual}万元`,
    reason: over ? pick(random, MISSED_REASONS) : '',
    share: over ? target / actual : 1,
  };
}

function qualitativeRow(random: Random, index: number, level2: string): IndicatorRow {
  const target = pick(random, ['效果明显', '有效提升', '显著', '逐步改善']);
  return {
    level2,
    name: `${pick(random, BENEFIT_NAMES)}${index + 1}`,
    operator: '定性',
    value: target,
    unit: '',
    fusedTarget: target,
    actual: pick(random, ['达成年度指标', '达到预期', '已完成']),
    reason: '',
    share: 1,
  };
}

function outputRow(random: Random, index: number): IndicatorRow {
  const roll = random();
  if (roll < 0.45) return quantityRow(random, index);
  if (roll < 0.7) return percentRow(random, index, '质量指标', QUALITY_NAMES);
  if (roll < 0.85) return percentRow(random, index, '时效指标', TIME_NAMES);
  return costRow(random, index);
}

export interface ProjectSheetOptions {
  /** Indicator rows (≥ 3). */
  indicators: number;
  seed: number;
  /** Sheet name; default `项目{seed}`. */
  name?: string;
  /** 'fused' (national: `≥50个` in one cell) or 'split' (Yunnan: 性质 | 值 | 单位); default by seed. */
  layout?: 'fused' | 'split';
  /** Vertical merges of labels and runs of 一级/二级 (as offices draw them); default true. */
  merged?: boolean;
}

/**
 * A complete, plausible 项目支出绩效自评表 on one sheet, laid out by the shared fixture layouts
 * (test/fixtures/layouts.ts): funds block with 分值 10, 年度总体目标, indicators (产出 50 / 效益 30 /
 * 满意度 10 split over the rows), 总分 and 等级. Reported scores follow the national rule, so the sheet is mostly consistent.
 */
export function projectSheet(options: ProjectSheetOptions): SheetSnapshot {
  const { indicators: count, seed, merged = true } = options;
  if (count < 3) throw new Error('projectSheet needs at least 3 indicators');
  const random = createRandom(seed);
  const layout = options.layout ?? (random() < 0.5 ? 'fused' : 'split');
  const name = options.name ?? `项目${seed}`;

  const adjusted = round2(between(random, 500, 50000) / 100);
  const executed = round2(adjusted * (0.85 + random() * 0.15));
  const rate = executed / adjusted;
  const fundsScore = round2(Math.min(rate, 1) * 10);
  const fiscal = round2(adjusted * 0.8);
  const carried = round2(adjusted - fiscal);
  const fiscalExecuted = round2(executed * 0.8);
  const carriedExecuted = round2(executed - fiscalExecuted);

  const outputCount = Math.max(1, Math.round(count * 0.6));
  const satisfactionCount = Math.max(1, Math.round(count * 0.1));
  const benefitCount = Math.max(1, count - outputCount - satisfactionCount);
  const blocks: Array<{ level1: string; weight: number; rows: IndicatorRow[] }> = [
    { level1: '产出指标', weight: 50, rows: Array.from({ length: outputCount }, (_, i) => outputRow(random, i)) },
    {
      level1: '效益指标',
      weight: 30,
      rows: Array.from({ length: benefitCount }, (_, i) =>
        random() < 0.6
          ? qualitativeRow(random, i, '社会效益指标')
          : percentRow(random, i, '经济效益指标', QUALITY_NAMES),
      ),
    },
    {
      level1: '满意度指标',
      weight: 10,
      rows: Array.from({ length: satisfactionCount }, (_, i) =>
        percentRow(random, i, '服务对象满意度指标', SATISFACTION_NAMES),
      ),
    },
  ];
  let total = fundsScore;
  const indicatorRows: CellInput[][] = [];
  for (const { level1, weight, rows } of blocks) {
    const weights = splitWeights(weight, rows.length);
    rows.forEach((row, i) => {
      const score = round2(Math.min(1, row.share) * weights[i]);
      total += score;
      indicatorRows.push(projectIndicatorCells(layout, { level1, ...row, weight: weights[i], score }));
    });
  }
  total = round2(total);
  const grade = total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';

  const block = nationalProjectBlock({
    projectName: `${name}专项资金项目`,
    department: '某县政务服务管理局',
    implementer: '某县政务服务中心',
    fundsLines: [
      ['年度资金总额', adjusted, adjusted, executed, 10, pct(rate), fundsScore],
      ['其中：当年财政拨款', fiscal, fiscal, fiscalExecuted, null, pct(fiscalExecuted / fiscal), null],
      ['上年结转资金', carried, carried, carriedExecuted, null, pct(carried ? carriedExecuted / carried : 0), null],
      ['其他资金', 0, 0, 0, null, null, null],
    ],
    goals: { expected: '按期完成项目建设任务，提升公共服务能力。', actual: '项目已按期完成，服务能力明显提升。' },
    indicatorHeaders: layout === 'fused' ? PROJECT_FUSED_HEADERS : PROJECT_SPLIT_HEADERS,
    indicatorRows,
    total: { label: '总分', byHeader: { 分值: 100, 得分: total }, grade },
    merged,
  });
  return singleTableSheet(name, block);
}

/** `sheets` project sheets of `indicators` rows each, seeds 1..sheets offset by `seed`. */
export function projectWorkbook(sheets: number, indicators: number, seed = 1): WorkbookSnapshot {
  return workbook(
    ...Array.from({ length: sheets }, (_, index) =>
      projectSheet({ indicators, seed: seed * 100_003 + index, name: `项目${String(index + 1).padStart(3, '0')}` }),
    ),
  );
}

/** The benchmark workbook: 200 project sheets × 30 indicators. */
export function benchWorkbook(): WorkbookSnapshot {
  return projectWorkbook(200, 30, 1);
}

/** A small workbook like the ones a finance bureau receives in bulk: 1–3 project sheets of 8–12 rows. */
export function smallWorkbook(index: number): WorkbookSnapshot {
  const random = createRandom(index + 7);
  const sheets = between(random, 1, 3);
  return workbook(
    ...Array.from({ length: sheets }, (_, s) =>
      projectSheet({ indicators: between(random, 8, 12), seed: index * 10 + s, name: `项目${s + 1}` }),
    ),
  );
}

/** Count of cells holding a value (for reporting workbook size). */
export function cellCount(snapshot: WorkbookSnapshot): number {
  let cells = 0;
  for (const sheet of snapshot.sheets) for (const line of sheet.values) for (const v of line) if (v !== null) cells++;
  return cells;
}
