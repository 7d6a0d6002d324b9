/**
 * Scoring (SPEC §4): pure functions from read tables to computed scores, levels, totals and grades.
 * All arithmetic goes through ./decimal; scores are rounded half-up to 2 decimals.
 *
 * Score-grid decision (部门整体支出绩效单位自评表, kind 'departmentScore'): its 评分标准 column is free text
 * that varies by province ("≤100%的得满分", "每超1%扣0.1分"), which the engine cannot read. So on a grid:
 * - a row with a numeric target and actual gets the national formula as `ruleScore` (a check: the
 *   score-mismatch rule flags a reported score above it), but its computed `score` is the reported 得分 when
 *   that lies within 0..分值 — the province standard governs; with no reported score the rule score is used
 *   (and written back);
 * - judgment rows (目标设定, 管理制度健全性, … — no readable target, a non-numeric actual, or a qualitative
 *   actual naming no band) keep the reported 得分 when it lies within 0..分值, else cannot be scored;
 * - recognised 定性 actuals use the national bands like any other table.
 * Project and department tables are always scored by the national rule.
 */
import Big from 'big.js';
import { dec, divide, minBig, maxBig, roundHalfUp, sum } from './decimal';
import type { FundLine, Grade, Indicator, LevelSummary, Table } from './model';
import type { RuleProfile } from './profiles';

export type ScoreStatus =
  | 'scored' // computed by the rule
  | 'judgment' // reported score kept (judgment row or unrecognised qualitative actual)
  | 'unweighted' // no 分值: nothing to score
  | 'unreadableWeight' // the 分值 cell holds something unreadable (#DIV/0!): it blocks the total
  | 'unreadableTarget'
  | 'missingActual'
  | 'nonNumericActual'
  | 'unitMismatch'
  | 'nonPositiveTarget' // ≥ against a target ≤ 0: B/A is meaningless
  | 'noReportedScore'; // judgment row with no (or an out-of-range) reported score

export type QualitativeBand = 'achieved' | 'partial' | 'failed';

export interface IndicatorScore {
  score: number | null;
  status: ScoreStatus;
  /** Whether B meets A; null when it cannot be told. */
  met: boolean | null;
  overshoot: boolean;
  band: QualitativeBand | null;
  /** The actual converted to the target's unit (万元↔元), when numeric. */
  actualInTargetUnit: number | null;
  /** What the national rule gives (formula or 定性 band), even where `score` keeps a grid's reported 得分. */
  ruleScore: number | null;
}

const MONEY_FACTORS: Record<string, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };

/** Units agree when equal, when either side states none, or when both are money (万元↔元). */
export function unitsCompatible(from: string | null, to: string | null): boolean {
  if (!from || !to || from === to) return true;
  return from in MONEY_FACTORS && to in MONEY_FACTORS;
}

/** value in unit `from` expressed in unit `to`; null when the units are incompatible. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if (!unitsCompatible(from, to)) return null;
  if (!from || !to || from === to) return value;
  return Number(dec(value).times(MONEY_FACTORS[from]).div(MONEY_FACTORS[to]));
}

/** National 定性 bands from the actual's wording; null when the wording names no band. */
export function qualitativeBand(actual: string): QualitativeBand | null {
  const text = actual.replace(/\s+/g, '');
  if (!text) return null;
  if (/未达成|未完成|未达到|未实现|较差|没有达到/.test(text)) return 'failed';
  if (/部分|基本达成|基本完成|基本达到|一定效果/.test(text)) return 'partial';
  if (/达成|完成|达到|实现|明显|显著|提升|提高|保障|合格|满意|符合|健全|规范|有效|良好|较好|是/.test(text)) {
    return 'achieved';
  }
  return null;
}

/** [low, high] of a band for weight w; 'achieved' is [0.8w, w], 'partial' [0.6w, 0.8w), 'failed' [0, 0.6w). */
export function bandBounds(
  band: QualitativeBand,
  weight: number,
): { low: number; high: number; highInclusive: boolean } {
  const w = dec(weight);
  if (band === 'achieved') return { low: Number(w.times(0.8)), high: weight, highInclusive: true };
  if (band === 'partial') return { low: Number(w.times(0.6)), high: Number(w.times(0.8)), highInclusive: false };
  return { low: 0, high: Number(w.times(0.6)), highInclusive: false };
}

/**
 * The scores (2 decimals) that lie inside a band: [ceil(low), high] for the closed top band, up to the
 * largest 2-decimal value below `high` for the half-open ones (0.8w itself belongs to the top band).
 */
export function bandScoreRange(band: QualitativeBand, weight: number): { min: number; max: number } {
  // The same few (band, weight) pairs recur on every 定性 row: remember them (bounded, plain numbers).
  const key = `${band}|${weight}`;
  let range = bandRangeCache.get(key);
  if (range === undefined) {
    if (bandRangeCache.size > 1000) bandRangeCache.clear();
    range = computeBandScoreRange(band, weight);
    bandRangeCache.set(key, range);
  }
  return { min: range.min, max: range.max };
}

const bandRangeCache = new Map<string, { min: number; max: number }>();

function computeBandScoreRange(band: QualitativeBand, weight: number): { min: number; max: number } {
  const { low, high, highInclusive } = bandBounds(band, weight);
  const min = Number(dec(low).round(2, Big.roundUp));
  let max = Number(dec(high).round(2, Big.roundDown));
  if (!highInclusive && dec(max).gte(high)) max = Number(dec(max).minus(0.01));
  // A band narrower than 0.01 (weights of a few hundredths) holds no 2-decimal score: use its low end.
  return max < min ? { min, max: min } : { min, max };
}

/** The national band score: the reported score when inside the band, else its nearest bound; none → top. */
export function bandScore(band: QualitativeBand, weight: number, reported: number | null): number {
  const { min, max } = bandScoreRange(band, weight);
  if (reported === null) return max;
  // Plain comparisons: a number and its decimal text order alike.
  if (reported < min) return min;
  if (reported > max) return max;
  return reported === 0 ? 0 : round2(reported); // roundHalfUp gives 0 for a reported -0 too
}

const OPERATOR_PREFIX =
  /^\s*(≥|≤|≧|≦|>=|<=|＞＝|＜＝|>|<|＞|＜|大于等于|小于等于|大于|小于|不低于|不少于|不高于|不超过|不多于)/;

/** An actual written like a target ("≥100%") states no value: it is never scored as a number. */
export function writtenAsTarget(text: string): boolean {
  return OPERATOR_PREFIX.test(text);
}

/** roundHalfUp to 2 decimals, skipping the decimal round trip for a number that already has ≤ 2 (most weights and scores). */
function round2(value: number): number {
  return Math.round(value * 100) / 100 === value ? value : roundHalfUp(value);
}

/** A row carrying 分值 (> 0): it is scored and counts in the total. */
export function hasWeight(weight: number | null): weight is number {
  return weight !== null && weight > 0;
}

/** Whether the reader could not read the row's 分值 cell (an error value, an overflow, text). */
export function weightUnreadable(row: Pick<Indicator | FundLine, 'unreadable'>): boolean {
  return (row.unreadable as ReadonlyArray<string> | undefined)?.includes('weight') ?? false;
}

/**
 * A row that belongs in the total: it carries 分值, or its 分值 cell cannot be read — such a row cannot be
 * scored and blocks the total (SPEC §4: null, not the partial sum of the other rows).
 */
export function countsInTotal(row: Pick<Indicator | FundLine, 'weight' | 'unreadable'>): boolean {
  return hasWeight(row.weight) || weightUnreadable(row);
}

function judgmentScore(ind: Indicator): IndicatorScore {
  const reported = ind.reportedScore;
  const ok = reported !== null && ind.weight !== null && reported >= 0 && reported <= ind.weight;
  return {
    score: ok ? round2(reported) : null,
    status: ok ? 'judgment' : 'noReportedScore',
    met: null,
    overshoot: false,
    band: null,
    actualInTargetUnit: null,
    ruleScore: null,
  };
}

/**
 * Several rules ask for the same row's score: remember the last result per (row object, profile, kind).
 * Rows are treated as immutable data (scoreTable makes copies), so an object identity is a safe key.
 */
const scoreCache = new WeakMap<Indicator, { profile: RuleProfile; kind: Table['kind']; result: IndicatorScore }>();

/** Score one indicator row by SPEC §4 (see the file header for score grids). Pure. */
export function scoreIndicator(ind: Indicator, profile: RuleProfile, kind: Table['kind'] = 'project'): IndicatorScore {
  const cached = scoreCache.get(ind);
  if (cached && cached.profile === profile && cached.kind === kind) return cached.result;
  const result = computeIndicatorScore(ind, profile, kind);
  scoreCache.set(ind, { profile, kind, result });
  return result;
}

function computeIndicatorScore(ind: Indicator, profile: RuleProfile, kind: Table['kind']): IndicatorScore {
  if (weightUnreadable(ind)) {
    // Whether B meets A is still known (the narrative and the reason rules use it); the score is not.
    const unweighted = computeIndicatorScore({ ...ind, weight: null, unreadable: undefined }, profile, kind);
    return { ...unweighted, score: null, ruleScore: null, status: 'unreadableWeight' };
  }
  const blank: IndicatorScore = {
    score: null,
    status: 'unweighted',
    met: null,
    overshoot: false,
    band: null,
    actualInTargetUnit: null,
    ruleScore: null,
  };
  const weighted = hasWeight(ind.weight);
  const w = ind.weight ?? 0;

  if (ind.direction === '定性') {
    const actualText = typeof ind.actual === 'string' ? ind.actual : ind.actualText;
    const band = qualitativeBand(actualText ?? '');
    if (!weighted) return { ...blank, band, met: band ? band === 'achieved' : null };
    if (band) {
      const score = bandScore(band, w, ind.reportedScore);
      return { ...blank, status: 'scored', score, ruleScore: score, met: band === 'achieved', band };
    }
    if (ind.actual === null || ind.actualText.trim() === '') return { ...blank, status: 'missingActual' };
    // Wording that names no band (合理, 是): a judgment the engine cannot make; keep the reported score.
    return judgmentScore(ind);
  }

  const numericTarget = typeof ind.target === 'number' ? ind.target : null;
  if (ind.direction === null || numericTarget === null) {
    if (!weighted) return blank;
    return kind === 'departmentScore' ? judgmentScore(ind) : { ...blank, status: 'unreadableTarget' };
  }
  if (ind.actual === null || (typeof ind.actual === 'string' && ind.actual.trim() === '')) {
    return { ...blank, status: weighted ? 'missingActual' : 'unweighted' };
  }
  if (typeof ind.actual !== 'number' || writtenAsTarget(ind.actualText)) {
    if (!weighted) return blank;
    return kind === 'departmentScore' ? judgmentScore(ind) : { ...blank, status: 'nonNumericActual' };
  }
  const actual = convertUnit(ind.actual, ind.actualUnit, ind.unit);
  if (actual === null) return { ...blank, status: weighted ? 'unitMismatch' : 'unweighted' };

  // Comparisons run on the numbers as read (rounding a decimal text to a double preserves order); the
  // arithmetic (B/A × w, 1.3 × A) runs in decimal. Most rows meet their target and need no division.
  const A = numericTarget;
  const B = actual;
  let met: boolean;
  let fraction: Big | 1 | 0 | null; // share of w earned
  const forward = (): Big | 1 | null => {
    if (B >= A) return 1;
    if (A <= 0) return null;
    return B <= 0 ? new Big(0) : dec(B).div(dec(A));
  };
  if (ind.direction === '≥') {
    met = B >= A;
    fraction = forward();
  } else if (ind.direction === '≤') {
    met = B <= A;
    if (met) fraction = 1;
    else if (A < 0) fraction = null;
    else if (A === 0) fraction = 0;
    else if (profile.reverseScoring === 'ratio') fraction = dec(A).div(dec(B));
    else fraction = maxBig(new Big(1).minus(dec(B).minus(dec(A)).div(dec(A))), new Big(0));
  } else if (A === 0) {
    // '=': A = 0 means "none allowed" (0 起事故); A > 0 is scored as ≥.
    met = B <= 0;
    fraction = met ? 1 : 0;
  } else {
    met = B >= A;
    fraction = forward();
  }
  const overshoot = ind.direction !== '≤' && A > 0 && B > A && atLeastTimes(B, A, profile.overshootRatio);
  if (!weighted) return { ...blank, met, overshoot, actualInTargetUnit: actual };
  if (fraction === null) return { ...blank, status: 'nonPositiveTarget', met, overshoot, actualInTargetUnit: actual };
  const ruleScore =
    fraction === 1 ? round2(w) : fraction === 0 ? 0 : roundHalfUp(minBig(fraction, new Big(1)).times(dec(w)));
  const scored: IndicatorScore = {
    ...blank,
    score: ruleScore,
    ruleScore,
    status: 'scored',
    met,
    overshoot,
    actualInTargetUnit: actual,
  };
  const reported = ind.reportedScore;
  if (kind === 'departmentScore' && reported !== null && reported >= 0 && reported <= w) {
    return { ...scored, score: round2(reported), status: 'judgment' };
  }
  return scored;
}

/**
 * B ≥ ratio × A (A > 0), decimal-exact: the double product decides unless B lies within a relative 1e-9 of it
 * (far more than its rounding error), where big.js does.
 */
function atLeastTimes(B: number, A: number, ratio: number): boolean {
  const product = A * ratio;
  if (Number.isFinite(product) && product > 0) {
    if (B > product * (1 + 1e-9)) return true;
    if (B < product * (1 - 1e-9)) return false;
  }
  return dec(B).gte(dec(A).times(dec(ratio)));
}

/** 执行率 = 全年执行数 / 全年预算数 as a fraction (unrounded); null when not computable. */
export function executionRate(line: Pick<FundLine, 'adjusted' | 'executed'>): number | null {
  if (line.adjusted === null || line.executed === null) return null;
  const rate = divide(line.executed, line.adjusted);
  return rate === null ? null : Number(rate);
}

/** 预算执行 score = min(rate, 1) × w; null without a weight or a computable rate. */
export function fundsScore(line: FundLine): number | null {
  if (weightUnreadable(line) || !hasWeight(line.weight) || line.adjusted === null || line.executed === null)
    return null;
  const rate = divide(line.executed, line.adjusted);
  if (rate === null) return null;
  return roundHalfUp(minBig(maxBig(rate, new Big(0)), new Big(1)).times(dec(line.weight)));
}

export function gradeFor(total: number | null, profile: RuleProfile): Grade | null {
  if (total === null) return null;
  for (const band of profile.gradeBands) if (total >= band.min) return band.grade; // totals are 2-decimal numbers
  return profile.gradeBands[profile.gradeBands.length - 1]?.grade ?? null;
}

function statedRateOf(line: FundLine): Big | null {
  return line.statedRate === null || line.unreadable?.includes('rate') ? null : dec(line.statedRate);
}

/** executionRate and fundsScore of a line from one division. */
function scoreLine(line: FundLine): FundLine {
  const quotient = line.adjusted === null || line.executed === null ? null : divide(line.executed, line.adjusted);
  // With neither amount written, the 执行率 cell is the only evidence (flat lists: 执行率 | 执行率权重 | 执行率得分).
  const basis = quotient ?? (line.adjusted === null && line.executed === null ? statedRateOf(line) : null);
  const score =
    basis === null || weightUnreadable(line) || !hasWeight(line.weight)
      ? null
      : roundHalfUp(minBig(maxBig(basis, new Big(0)), new Big(1)).times(dec(line.weight)));
  return { ...line, rate: quotient === null ? null : Number(quotient), score };
}

/** Rows that carry weight but got no computed score: they block the total. */
export function blockingRows(table: Table): Array<{ row: number; cell: FundLine['cells']['label'] }> {
  const rows: Array<{ row: number; cell: FundLine['cells']['label'] }> = [];
  if (table.funds && countsInTotal(table.funds) && table.funds.score === null) {
    rows.push({ row: table.funds.row, cell: table.funds.cells.score ?? table.funds.cells.label });
  }
  for (const ind of table.indicators) {
    if (countsInTotal(ind) && ind.score === null) {
      rows.push({ row: ind.row, cell: ind.cells.score ?? ind.cells.name });
    }
  }
  return rows;
}

function sumOrNull(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return centsSum(values as number[]) ?? roundHalfUp(sum(values as number[]));
}

/**
 * roundHalfUp(sum(values)) for the usual scores and weights (≤ 2 decimals, below 1e12) as whole cents: each
 * such double is exactly k/100 for one integer k, the integer sum is exact, and one division by 100 gives the
 * double nearest the exact total — what the decimal route returns. null for anything else.
 */
function centsSum(values: readonly number[]): number | null {
  let cents = 0;
  for (const value of values) {
    if (!(Math.abs(value) < 1e12)) return null;
    const k = Math.round(value * 100);
    if (k / 100 !== value) return null;
    cents += k;
    if (!Number.isSafeInteger(cents)) return null;
  }
  return cents / 100;
}

/** Σ of a 一级 by name, keeping the reader's level rows (weights, reported scores) and adding missing ones. */
function levelSummaries(table: Table, indicators: Indicator[]): LevelSummary[] {
  const order: string[] = table.levels.map((level) => level.name);
  for (const ind of indicators) if (ind.level1 && !order.includes(ind.level1)) order.push(ind.level1);
  return order.map((name) => {
    const known = table.levels.find((level) => level.name === name);
    const rows = indicators.filter((ind) => ind.level1 === name && countsInTotal(ind));
    const labelWeight = rows.find((ind) => ind.level1Weight !== null)?.level1Weight ?? null;
    // Σ of the rows' weights only when every one can be read (never a partial sum).
    const weight = known?.weight ?? labelWeight ?? sumOrNull(rows.map((r) => r.weight));
    const reportedScores = rows.map((r) => r.reportedScore);
    return {
      name,
      weight,
      score: sumOrNull(rows.map((r) => r.score)),
      reportedScore: known?.reportedScore ?? sumOrNull(reportedScores),
    };
  });
}

/** A copy of the table with rates, scores, overshoot flags, levels, total and grade computed. */
export function scoreTable(table: Table, profile: RuleProfile): Table {
  const funds = table.funds ? scoreLine(table.funds) : null;
  const fundLines = table.fundLines.map(scoreLine);
  const indicators = table.indicators.map((ind) => {
    // The read row itself is not remembered: only its scored copy is asked for again (by the rules).
    const cached = scoreCache.get(ind);
    const result =
      cached && cached.profile === profile && cached.kind === table.kind
        ? cached.result
        : computeIndicatorScore(ind, profile, table.kind);
    const scoredRow = { ...ind, score: result.score, overshoot: result.overshoot };
    // The copy differs only in fields scoring writes and never reads: the rules asking for its score reuse this.
    scoreCache.set(scoredRow, { profile, kind: table.kind, result });
    return scoredRow;
  });
  const scored: Table = { ...table, funds, fundLines, indicators };
  const weightedScores: Array<number | null> = [];
  if (funds && countsInTotal(funds)) weightedScores.push(funds.score);
  for (const ind of indicators) if (countsInTotal(ind)) weightedScores.push(ind.score);
  // A table without indicators (a funds block alone) has no total: its funds score is not one.
  const total = indicators.length === 0 ? null : sumOrNull(weightedScores);
  return {
    ...scored,
    levels: levelSummaries(table, indicators),
    total,
    grade: gradeFor(total, profile),
  };
}

export function scoreTables(tables: readonly Table[], profile: RuleProfile): Table[] {
  return tables.map((table) => scoreTable(table, profile));
}
