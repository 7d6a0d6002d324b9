/**
 * What the narrative needs to know about the evaluated tables, read off the model without wording:
 * which fund lines are budget parts and which are key tasks, whether an indicator met its target, which
 * cells the checks flagged, which free-text block answers which section.
 */
import { dec, exactDifference, exactSum, roundHalfUp, sum } from '../decimal';
import type { FundLine, Indicator, LevelSummary, Table } from '../model';
import { isKeyTask } from '../read/fund-groups';
import type { IndicatorStatus, ScoredTable } from '../scoring';
import { level1Family } from '../vocabulary/levels';
import { isPlaceholder } from '../vocabulary/placeholders';

const HAS_SPACE = /\s/;

/**
 * A name as a sentence can hold it: line breaks and spaces typed inside a Chinese name ("财政供养人员\n控制率",
 * "投  入") go; a space between two Latin words stays one space.
 */
export function cleanName(name: string): string {
  if (!HAS_SPACE.test(name)) return name; // most names: nothing to clean (trim removes exactly what \s matches)
  return name
    .trim()
    .replace(/\s+/g, (space, at: number, whole: string) =>
      /[\x21-\x7e]/.test(whole[at - 1] ?? '') && /[\x21-\x7e]/.test(whole[at + space.length] ?? '') ? ' ' : '',
    );
}

export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .trim();
}

/**
 * Parts of the total (其中 财政拨款 / 上年结转 …, 基本支出 / 项目支出): every line that is not a key task and
 * states some money (an all-zero 其他资金 line is not a part worth a word).
 */
export function budgetParts(table: Table): FundLine[] {
  return table.fundLines.filter((line) => line !== table.funds && !isKeyTask(line) && !emptyFundLine(line));
}

/** 部门年度重点工作任务 lines (批复金额 / 实际支出 / 预算执行率 per task) that state some money. */
export function keyTasks(table: Table): FundLine[] {
  return table.fundLines.filter(
    (line) => line !== table.funds && isKeyTask(line) && cleanLabel(line.label) !== '' && !emptyFundLine(line),
  );
}

/** The 任务名称 of the key tasks, in order, each once (budget lines are not tasks: see FundLine.task). */
export function taskNames(table: Table): string[] {
  const names = new Set<string>();
  for (const line of table.fundLines) {
    const task = line.task?.trim();
    if (task) names.add(task);
  }
  return [...names];
}

/** What the scoring decided about an indicator: met (true / false; null when it cannot tell) and overshoot. */
export interface Verdict {
  met: boolean | null;
  overshoot: boolean;
}

/**
 * The scored model's verdict on each indicator (engine/scoring), read — never recomputed — by the narrative:
 * met / missed by its status, null when it is unscorable; overshoot when the status says so. An unreadable
 * 指标值 / 实际完成值 says nothing, and a full 得分 next to it proves nothing either.
 */
export function scoredVerdicts(
  scored: readonly ScoredTable[],
): (table: Table, indicator: Indicator, index?: number) => Verdict {
  const byTable = new Map<Table, ScoredTable>();
  for (const entry of scored) if (!byTable.has(entry.table)) byTable.set(entry.table, entry);
  // Asked by position (`index` in table.indicators, parallel to the scored ones), a verdict needs no lookup
  // by identity; the map by indicator is built only for a question asked otherwise.
  let byIndicator: Map<Indicator, Verdict> | undefined;
  return (table, indicator, index) => {
    const score = index === undefined ? undefined : byTable.get(table)?.indicators[index];
    if (score !== undefined && score.row === indicator) return verdictOf(score.row, score.status);
    byIndicator ??= verdictsByIndicator(scored);
    return byIndicator.get(indicator) ?? UNDECIDED;
  };
}

function verdictsByIndicator(scored: readonly ScoredTable[]): Map<Indicator, Verdict> {
  const byIndicator = new Map<Indicator, Verdict>();
  for (const entry of scored) {
    for (const score of entry.indicators) byIndicator.set(score.row, verdictOf(score.row, score.status));
  }
  return byIndicator;
}

// The four verdicts there are, shared (thousands of indicators are asked about, several times each).
const UNDECIDED: Verdict = Object.freeze({ met: null, overshoot: false });
const MET: Verdict = Object.freeze({ met: true, overshoot: false });
const MISSED: Verdict = Object.freeze({ met: false, overshoot: false });
const OVERSHOOT: Verdict = Object.freeze({ met: true, overshoot: true });

function verdictOf(indicator: Indicator, status: IndicatorStatus): Verdict {
  if (status === 'unscorable' || indicator.unreadable?.some((field) => field === 'target' || field === 'actual')) {
    return UNDECIDED;
  }
  return status === 'overshoot' ? OVERSHOOT : status === 'missed' ? MISSED : MET;
}

/** Whether a fund line states no money at all (every amount empty or 0): the report says nothing about it. */
export function emptyFundLine(line: FundLine): boolean {
  // Field by field (no array and callback per call): asked for every fund line, several times per table.
  return noAmount(line.initial) && noAmount(line.adjusted) && noAmount(line.executed);
}

function noAmount(amount: number | null): boolean {
  return amount === null || amount === 0;
}

/** The line's 执行率: computed from its amounts; the stated one only when the amounts are missing. */
export function lineRate(line: FundLine): number | null {
  if (line.rate !== null) return line.rate;
  if (line.adjusted !== null || line.executed !== null) return null; // 0/0 or half-filled: no rate
  return line.statedRate;
}

/** 全年预算 − 全年执行 (rounded to cents), when both are known and something is left. */
export function unspent(line: FundLine): number | null {
  const budget = line.adjusted ?? line.initial;
  if (budget === null || line.executed === null) return null;
  // Exact on plain amounts without a Big (decimal.exactDifference); big.js for the rest.
  const left = exactDifference(budget, line.executed);
  if (left !== null) return left > 0 ? roundHalfUp(left, 2) : null;
  const big = dec(budget).minus(dec(line.executed));
  return big.gt(0) ? Number(big.round(2).toString()) : null;
}

/** The first free-text block whose label matches, with its text trimmed; null when none has text. */
export function findText(table: Table | undefined, label: RegExp, exclude?: RegExp): string | null {
  return findTextBlock(table, label, exclude)?.text ?? null;
}

/** Like findText, with the block's label (the key of `table.texts`, for its cell). */
export function findTextBlock(
  table: Table | undefined,
  label: RegExp,
  exclude?: RegExp,
): { key: string; text: string } | null {
  if (!table) return null;
  for (const [key, value] of Object.entries(table.texts)) {
    if (!label.test(key) || (exclude && exclude.test(key))) continue;
    const text = value.trim();
    if (!isPlaceholder(text, 'text')) return { key, text };
  }
  return null;
}

/** Cell text may hold several lines (部门职责 (1)…(11)); each becomes its own paragraph. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A reason typed in a cell, without its closing punctuation (the template adds its own). */
export function cleanReason(reason: string | undefined): string | null {
  const text = (reason ?? '').trim().replace(/[。；;，,.\s]+$/, '');
  return isPlaceholder(text, 'reason') ? null : text;
}

export function displayedScore(summary: { score: number | null; reportedScore: number | null }): number | null {
  return summary.reportedScore ?? summary.score;
}

export type AnalysisGroup = 'input' | 'process' | 'output' | 'effect';

/** Which 四、绩效评价指标分析 subsection a 一级指标 belongs to. */
export function analysisGroupOf(level1: string): AnalysisGroup | null {
  const family = level1Family(level1, 'loose');
  if (family === 'benefit' || family === 'satisfaction') return 'effect';
  return family;
}

export function levelWeightSum(levels: readonly LevelSummary[]): number | null {
  if (levels.length === 0 || levels.some((level) => level.weight === null)) return null;
  const weights = levels.map((level) => level.weight as number);
  // Plain weights (10, 50, 2.5) add up exactly without a Big; the same number as the Big's text reads.
  return exactSum(weights) ?? Number(sum(weights).toString());
}
