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
import {
  cappedShare,
  dec,
  difference,
  maxBig,
  minBig,
  product,
  quotient,
  roundedProduct,
  roundHalfUp,
  roundNonNegative,
  sum,
} from './decimal';
import type { CellPos, Direction, FundLine, Grade, Indicator, LevelSummary, Table } from './model';
import { NATIONAL_PROFILE, type RuleProfile } from './profiles';
import { isEmptyCell, type SheetSnapshot } from './snapshot';
import { groupByLevel } from './vocabulary/levels';
import { qualitativeBand, type QualitativeBand } from './vocabulary/qualitative';
import { convertUnit } from './vocabulary/units';

export type { QualitativeBand } from './vocabulary/qualitative';

/** How a row's score came about, or why it has none (the reason of an 'unscorable' row). */
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

/**
 * Whether an indicator reached its target: 'met', 'missed', 'overshoot' (met, with B ≥ overshootRatio × A), or
 * 'unscorable' when neither the values nor a typed score can tell (ScoreStatus says why).
 */
export type IndicatorStatus = 'met' | 'missed' | 'overshoot' | 'unscorable';

/** What the verdict compared. */
export type Comparison =
  /** B against A in the target's unit, by the row's direction; `reverse` is the variant used for a missed ≤. */
  | {
      kind: 'numeric';
      direction: Exclude<Direction, '定性'>;
      target: number;
      actual: number;
      unit: string | null;
      reverse: RuleProfile['reverseScoring'] | null;
    }
  /** The 定性 band the actual's wording names. */
  | { kind: 'band'; band: QualitativeBand }
  /** Values that say nothing (a judgment row): the typed 得分 against 分值 — full marks is met. */
  | { kind: 'reportedScore'; reported: number; weight: number };

/** The score of one indicator: the verdict, the rule score, the band and the comparison used. */
export interface IndicatorScore {
  status: IndicatorStatus;
  /** How the score came about ('scored', 'judgment'), or why there is none. */
  scoring: ScoreStatus;
  /** The score counted in the total: the rule score, or a score grid's typed 得分 (see the file header). */
  score: number | null;
  /** Whether B meets A by the values alone (numeric or 定性 band); null when they cannot tell. */
  met: boolean | null;
  overshoot: boolean;
  band: QualitativeBand | null;
  /** The actual converted to the target's unit (万元↔元), when numeric. */
  actualInTargetUnit: number | null;
  /** What the national rule gives (formula or 定性 band), even where `score` keeps a grid's reported 得分. */
  ruleScore: number | null;
  comparison: Comparison | null;
}

/** An indicator row with its score. */
export interface ScoredIndicator extends IndicatorScore {
  row: Indicator;
}

/** What one row (the funds line or an indicator) leaves in its 得分 cell once the write plan is applied. */
export interface SheetScore {
  row: FundLine | Indicator;
  /** The typed 得分, or the computed score where the cell is empty (the plan fills it); null otherwise. */
  score: number | null;
  /** True when the plan writes the computed score into the empty 得分 cell. */
  fills: boolean;
}

/**
 * One table scored (SPEC §4): the table with rates, scores, levels, total and grade filled in, each
 * indicator's score, and the total the sheet will show. Rules, the narrative, the write plan and the hosts
 * read this; none scores again.
 */
export interface ScoredTable {
  table: Table;
  /** Parallel to table.indicators. */
  indicators: ScoredIndicator[];
  /** Σ of the computed scores of every row in the total; null when one is missing. */
  total: number | null;
  grade: Grade | null;
  /** Rows in the total, as the sheet will hold them after the write plan. */
  sheetScores: SheetScore[];
  /** Σ of sheetScores (typed 得分, computed where empty); null when one is missing. */
  sheetScoreSum: number | null;
  /**
   * The 总分 the evaluation leaves in the sheet: Σ of the typed 得分 with the computed one where 得分 is empty
   * (what the write plan writes into an empty 总分); null when a row in the total has neither, or when a
   * row's 分值 cannot be read (nothing checks its 得分).
   */
  sheetTotal: number | null;
  /** The grade of the typed 总分 when there is one, else of sheetTotal. */
  sheetGrade: Grade | null;
  /** The score of an indicator row of this table (by identity). */
  of(row: Indicator): ScoredIndicator;
}

type BandFractions = RuleProfile['bandFractions'];

/** [low, high] of a band for weight w: by default 'achieved' [0.8w, w], 'partial' [0.6w, 0.8w), 'failed' [0, 0.6w). */
export function bandBounds(
  band: QualitativeBand,
  weight: number,
  fractions: BandFractions = NATIONAL_PROFILE.bandFractions,
): { low: number; high: number; highInclusive: boolean } {
  const top = product(weight, fractions.achieved);
  const middle = product(weight, fractions.partial);
  if (band === 'achieved') return { low: top, high: weight, highInclusive: true };
  if (band === 'partial') return { low: middle, high: top, highInclusive: false };
  return { low: 0, high: middle, highInclusive: false };
}

/**
 * The scores (2 decimals) that lie inside a band: [ceil(low), high] for the closed top band, up to the
 * largest 2-decimal value below `high` for the half-open ones (0.8w itself belongs to the top band).
 */
export function bandScoreRange(
  band: QualitativeBand,
  weight: number,
  fractions: BandFractions = NATIONAL_PROFILE.bandFractions,
): { min: number; max: number } {
  const { low, high, highInclusive } = bandBounds(band, weight, fractions);
  const min = roundNonNegative(low, 2, 'up');
  let max = roundNonNegative(high, 2, 'down');
  // Plain comparisons: a number and its decimal text order alike.
  if (!highInclusive && max >= high) max = difference(max, 0.01);
  // A band narrower than 0.01 (weights of a few hundredths) holds no 2-decimal score: use its low end.
  return max < min ? { min, max: min } : { min, max };
}

/** The band score: the reported score when inside the band, else its nearest bound; none → the band's top. */
export function bandScore(
  band: QualitativeBand,
  weight: number,
  reported: number | null,
  fractions: BandFractions = NATIONAL_PROFILE.bandFractions,
): number {
  const { min, max } = bandScoreRange(band, weight, fractions);
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
  // Most actuals start with a digit, which no operator does: no regex run for them (scoring and a rule ask per row).
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
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

type Verdict = Omit<IndicatorScore, 'status'>;

const BLANK: Verdict = {
  scoring: 'unweighted',
  score: null,
  met: null,
  overshoot: false,
  band: null,
  actualInTargetUnit: null,
  ruleScore: null,
  comparison: null,
};

function judgmentScore(ind: Indicator): Verdict {
  const reported = ind.reportedScore;
  const ok = reported !== null && ind.weight !== null && reported >= 0 && reported <= ind.weight;
  return { ...BLANK, score: ok ? round2(reported) : null, scoring: ok ? 'judgment' : 'noReportedScore' };
}

/** The verdict: by the values when they tell, else by a typed 得分 against 分值 (full marks is met). */
function statusOf(ind: Indicator, verdict: Verdict): IndicatorStatus {
  if (verdict.met !== null) return verdict.overshoot ? 'overshoot' : verdict.met ? 'met' : 'missed';
  const reported = reportedBasis(ind, verdict);
  return reported === null ? 'unscorable' : reported >= (ind.weight as number) ? 'met' : 'missed';
}

/** The typed 得分 (else the kept score) that decides a status the values cannot tell; null when none can. */
function reportedBasis(ind: Indicator, verdict: Verdict): number | null {
  // An unreadable 指标值 / 实际完成值 says nothing, and a full 得分 next to it proves nothing either.
  if (ind.weight === null || ind.unreadable?.some((field) => field === 'target' || field === 'actual')) return null;
  return ind.reportedScore ?? verdict.score;
}

/** What a status compared: the verdict's comparison, or the typed 得分 against 分值 when that decided. */
function comparisonOf(ind: Indicator, verdict: Verdict): Comparison | null {
  if (verdict.met !== null || verdict.comparison !== null) return verdict.comparison;
  const reported = reportedBasis(ind, verdict);
  return reported === null ? null : { kind: 'reportedScore', reported, weight: ind.weight as number };
}

/** Score one indicator row by SPEC §4 (see the file header for score grids). Pure. */
export function scoreIndicator(ind: Indicator, profile: RuleProfile, kind: Table['kind'] = 'project'): IndicatorScore {
  return scoreFromVerdict(ind, verdictOf(ind, profile, kind));
}

/** The score of a row from its verdict, written out field by field (no spread): one object of one shape per row. */
function scoreFromVerdict(ind: Indicator, verdict: Verdict): IndicatorScore {
  return {
    scoring: verdict.scoring,
    score: verdict.score,
    met: verdict.met,
    overshoot: verdict.overshoot,
    band: verdict.band,
    actualInTargetUnit: verdict.actualInTargetUnit,
    ruleScore: verdict.ruleScore,
    comparison: comparisonOf(ind, verdict),
    status: statusOf(ind, verdict),
  };
}

/** scoreIndicator with the scored copy of the row (score and overshoot filled in), as ScoredTable holds it. */
function scoredIndicator(ind: Indicator, profile: RuleProfile, kind: Table['kind']): ScoredIndicator {
  const verdict = verdictOf(ind, profile, kind);
  // The row is added to the one object (the same last field on every row), not copied into a second one.
  const scored: IndicatorScore & { row?: Indicator } = scoreFromVerdict(ind, verdict);
  scored.row = { ...ind, score: verdict.score, overshoot: verdict.overshoot };
  return scored as ScoredIndicator;
}

function verdictOf(ind: Indicator, profile: RuleProfile, kind: Table['kind']): Verdict {
  if (weightUnreadable(ind)) {
    // Whether B meets A is still known (the narrative and the reason rules use it); the score is not.
    const unweighted = verdictOf({ ...ind, weight: null, unreadable: undefined }, profile, kind);
    return { ...unweighted, score: null, ruleScore: null, scoring: 'unreadableWeight' };
  }
  if (ind.direction === '定性') return qualitativeVerdict(ind, profile);
  const weighted = hasWeight(ind.weight);
  const numericTarget = typeof ind.target === 'number' ? ind.target : null;
  if (ind.direction === null || numericTarget === null) {
    if (!weighted) return BLANK;
    return kind === 'departmentScore' ? judgmentScore(ind) : { ...BLANK, scoring: 'unreadableTarget' };
  }
  if (ind.actual === null || (typeof ind.actual === 'string' && ind.actual.trim() === '')) {
    return { ...BLANK, scoring: weighted ? 'missingActual' : 'unweighted' };
  }
  if (typeof ind.actual !== 'number' || writtenAsTarget(ind.actualText)) {
    if (!weighted) return BLANK;
    return kind === 'departmentScore' ? judgmentScore(ind) : { ...BLANK, scoring: 'nonNumericActual' };
  }
  const actual = convertUnit(ind.actual, ind.actualUnit, ind.unit);
  if (actual === null) return { ...BLANK, scoring: weighted ? 'unitMismatch' : 'unweighted' };
  return numericVerdict(ind, ind.direction, numericTarget, actual, profile, kind);
}

function qualitativeVerdict(ind: Indicator, profile: RuleProfile): Verdict {
  const actualText = typeof ind.actual === 'string' ? ind.actual : ind.actualText;
  const band = qualitativeBand(actualText ?? '', profile.qualitativeVocabulary);
  const comparison: Comparison | null = band ? { kind: 'band', band } : null;
  const met = band ? band === 'achieved' : null;
  if (!hasWeight(ind.weight)) return { ...BLANK, band, met, comparison };
  if (band) {
    const score = bandScore(band, ind.weight, ind.reportedScore, profile.bandFractions);
    return { ...BLANK, scoring: 'scored', score, ruleScore: score, met, band, comparison };
  }
  if (ind.actual === null || ind.actualText.trim() === '') return { ...BLANK, scoring: 'missingActual' };
  // Wording that names no band (合理, 见附件): a judgment the engine cannot make; keep the reported score.
  return judgmentScore(ind);
}

/** Whether B meets A by the row's direction. */
function meets(direction: Exclude<Direction, '定性'>, A: number, B: number): boolean {
  if (direction === '≤') return B <= A;
  // '=': A = 0 means "none allowed" (0 起事故); A > 0 is scored as ≥.
  return direction === '=' && A === 0 ? B <= 0 : B >= A;
}

/** The rule score of a weighted row: w × the share earned, half-up at 2 places; null when no ratio can be scored. */
function ruleScoreOf(
  direction: Exclude<Direction, '定性'>,
  A: number,
  B: number,
  w: number,
  profile: RuleProfile,
): number | null {
  if (direction === '≤') {
    if (B <= A) return round2(w);
    if (A < 0) return null;
    if (A === 0) return 0;
    if (profile.reverseScoring === 'ratio') return cappedShare(A, B, w); // B > A > 0: A/B × w
    const deviation = maxBig(new Big(1).minus(dec(B).minus(dec(A)).div(dec(A))), new Big(0));
    return roundHalfUp(minBig(deviation, new Big(1)).times(dec(w)));
  }
  if (direction === '=' && A === 0) return B <= 0 ? round2(w) : 0;
  if (B >= A) return round2(w);
  if (A <= 0) return null;
  return B <= 0 ? 0 : cappedShare(B, A, w); // B/A × w
}

function numericVerdict(
  ind: Indicator,
  direction: Exclude<Direction, '定性'>,
  A: number,
  B: number,
  profile: RuleProfile,
  kind: Table['kind'],
): Verdict {
  // Comparisons run on the numbers as read (rounding a decimal text to a double preserves order); the
  // arithmetic (B/A × w, 1.3 × A) runs in decimal. Most rows meet their target and need no division.
  const met = meets(direction, A, B);
  const overshoot = direction !== '≤' && A > 0 && B > A && atLeastTimes(B, A, profile.overshootRatio);
  const reverse = direction === '≤' && !met ? profile.reverseScoring : null;
  const comparison: Comparison = { kind: 'numeric', direction, target: A, actual: B, unit: ind.unit, reverse };
  const w = ind.weight;
  const weighted = hasWeight(w);
  const ruleScore = weighted ? ruleScoreOf(direction, A, B, w, profile) : null;
  let scoring: ScoreStatus = 'scored';
  let score = ruleScore;
  if (!weighted) scoring = 'unweighted';
  else if (ruleScore === null) scoring = 'nonPositiveTarget';
  else if (
    kind === 'departmentScore' &&
    ind.reportedScore !== null &&
    ind.reportedScore >= 0 &&
    ind.reportedScore <= w
  ) {
    score = round2(ind.reportedScore);
    scoring = 'judgment';
  }
  // One literal (no spread of BLANK): the row most tables are made of.
  return { scoring, score, met, overshoot, band: null, actualInTargetUnit: B, ruleScore, comparison };
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

/** The money figures of a fund line (年初预算数 optional). */
type AmountsOf = Pick<FundLine, 'adjusted' | 'executed'> & Partial<Pick<FundLine, 'initial'>>;

/** Whether a money figure of the line is below zero: no rate is computed from it (negative-amount says so). */
export function hasNegativeAmount(line: AmountsOf): boolean {
  const { initial, adjusted, executed } = line;
  return (initial != null && initial < 0) || (adjusted !== null && adjusted < 0) || (executed !== null && executed < 0);
}

/** 执行率 = 全年执行数 / 全年预算数 as a fraction (unrounded); null when not computable or an amount is negative. */
export function executionRate(line: AmountsOf): number | null {
  if (line.adjusted === null || line.executed === null || hasNegativeAmount(line)) return null;
  return quotient(line.executed, line.adjusted);
}

/** 预算执行 score = min(rate, 1) × w; null without a weight or a computable rate. */
export function fundsScore(line: FundLine): number | null {
  return scoreLine(line).score;
}

/** The grade of a total by the profile's bands (totals are 2-decimal numbers); null without a total. */
export function gradeFor(total: number | null, profile: RuleProfile): Grade | null {
  if (total === null) return null;
  for (const band of profile.gradeBands) if (total >= band.min) return band.grade;
  return profile.gradeBands[profile.gradeBands.length - 1]?.grade ?? null;
}

/** executionRate and fundsScore of a line. */
function scoreLine(line: FundLine): FundLine {
  const rate = executionRate(line);
  const score = weightUnreadable(line) || !hasWeight(line.weight) ? null : fundsShare(line, rate, line.weight);
  return { ...line, rate, score };
}

/** min(max(rate, 0), 1) × w, half-up at 2 places, the rate kept to 20 places as divide keeps it. */
function fundsShare(line: FundLine, rate: number | null, weight: number): number | null {
  if (rate !== null) return cappedShare(line.executed as number, line.adjusted as number, weight);
  // With neither amount written, the 执行率 cell is the only evidence (flat lists: 执行率 | 执行率权重 | 执行率得分).
  if (line.adjusted !== null || line.executed !== null) return null;
  if (line.statedRate === null || line.unreadable?.includes('rate')) return null;
  // Clamped as numbers: a number and its decimal text order alike (Math.max turns −0 into 0, as dec does).
  return roundedProduct(Math.min(Math.max(line.statedRate, 0), 1), weight);
}

/**
 * roundHalfUp(Σ of the rows' `field`), null when a value is missing. The usual scores and weights (≤ 2 decimals, below
 * 1e12) are added as whole cents in one pass: each such double is exactly k/100 for one integer k, the integer
 * sum is exact, and one division by 100 gives the double nearest the exact total — what the decimal route
 * returns. Anything else takes that route.
 */
function sumOrNull<K extends string>(rows: ReadonlyArray<Readonly<Record<K, number | null>>>, field: K): number | null {
  // Read in place: the level sums and totals of every table need no array of the values.
  if (rows.length === 0) return null;
  let cents = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i][field]; // indexed: for…of allocates per value in the interpreter (cold runs)
    if (value === null) return null;
    const k = Math.round(value * 100);
    cents += k;
    if (!(Math.abs(value) < 1e12) || k / 100 !== value || !Number.isSafeInteger(cents)) {
      const values = rows.map((row) => row[field]);
      return values.includes(null) ? null : roundHalfUp(sum(values as number[]));
    }
  }
  return cents / 100;
}

/** Σ of a 一级 by name, keeping the reader's level rows (weights, reported scores) and adding missing ones. */
function levelSummaries(table: Table, indicators: Indicator[]): LevelSummary[] {
  const groups = new Map(groupByLevel(indicators, 1).map((group) => [group.name, group.rows]));
  const names = table.levels.map((level) => level.name);
  const known = new Map(table.levels.map((level) => [level.name, level]));
  for (const name of groups.keys()) if (!known.has(name)) names.push(name);
  return names.map((name) => {
    const rows = (groups.get(name) ?? []).filter(countsInTotal);
    const level = known.get(name);
    const labelWeight = rows.find((ind) => ind.level1Weight !== null)?.level1Weight ?? null;
    // Σ of the rows' weights only when every one can be read (never a partial sum).
    const weight = level?.weight ?? labelWeight ?? sumOrNull(rows, 'weight');
    return {
      name,
      weight,
      score: sumOrNull(rows, 'score'),
      reportedScore: level?.reportedScore ?? sumOrNull(rows, 'reportedScore'),
    };
  });
}

function weightsOnlyInBlocks(table: Table): boolean {
  return (table.layout?.blockWeights?.length ?? 0) > 0 && table.indicators.every((ind) => ind.weight === null);
}

/** Each row in the total as the sheet will hold it: typed 得分, or the computed one filled into an empty cell. */
function sheetScoresOf(rows: ReadonlyArray<FundLine | Indicator>, sheet: SheetSnapshot | undefined): SheetScore[] {
  return rows.map((row) => {
    const pos: CellPos | undefined = row.cells.score;
    const fills = !!pos && row.score !== null && row.reportedScore === null && isEmptyCell(sheet, pos);
    return { row, score: fills ? row.score : row.reportedScore, fills };
  });
}

/**
 * Score one table. `sheet` is the table's sheet: it tells which 得分 cells are empty, for the total the sheet
 * will show (without it every blank 得分 counts as unfilled).
 */
export function scoreTable(table: Table, profile: RuleProfile, sheet?: SheetSnapshot): ScoredTable {
  const funds = table.funds ? scoreLine(table.funds) : null;
  const fundLines = table.fundLines.map((line) => (line === table.funds && funds ? funds : scoreLine(line)));
  const scoredIndicators = table.indicators.map((ind) => scoredIndicator(ind, profile, table.kind));
  const indicators = scoredIndicators.map((entry) => entry.row);
  const inTotal: Array<FundLine | Indicator> = [];
  if (funds && countsInTotal(funds)) inTotal.push(funds);
  for (let i = 0; i < indicators.length; i++) if (countsInTotal(indicators[i])) inTotal.push(indicators[i]);
  // A table without indicators (a funds block alone) has no total: its funds score is not one. Nor has a table
  // whose weights sit only in block labels (rows without a 分值 of their own cannot be scored: SPEC §4).
  const total = indicators.length === 0 || weightsOnlyInBlocks(table) ? null : sumOrNull(inTotal, 'score');
  const grade = gradeFor(total, profile);
  const scored: Table = {
    ...table,
    funds,
    fundLines,
    indicators,
    levels: levelSummaries(table, indicators),
    total,
    grade,
  };
  let byRow: Map<Indicator, ScoredIndicator> | undefined; // built on the first question: most callers never ask
  // Weights only in block labels: every row's typed 得分 is part of the sheet's Σ得分 all the same.
  const sheetRows = weightsOnlyInBlocks(table)
    ? [...inTotal, ...indicators.filter((ind) => ind.reportedScore !== null)]
    : inTotal;
  const sheetScores = sheetScoresOf(sheetRows, sheet);
  const sheetScoreSum = sheetScores.length > 0 ? sumOrNull(sheetScores, 'score') : null;
  // A row whose 分值 cannot be read blocks 总分 / 等级 even with a typed 得分: nothing checks that 得分.
  const sheetTotal = inTotal.some(weightUnreadable) ? null : sheetScoreSum;
  return {
    table: scored,
    indicators: scoredIndicators,
    total,
    grade,
    sheetScores,
    sheetScoreSum,
    sheetTotal,
    sheetGrade: gradeFor(table.reportedTotal ?? sheetTotal, profile),
    of(row) {
      byRow ??= new Map(scoredIndicators.map((entry) => [entry.row, entry]));
      const found = byRow.get(row);
      if (!found) throw new Error(`indicator on row ${row.row + 1} is not in this scored table`);
      return found;
    },
  };
}

/** Score every table; `sheets` (the workbook's) tell which 得分 cells are empty. */
export function scoreTables(
  tables: readonly Table[],
  profile: RuleProfile,
  sheets: readonly SheetSnapshot[] = [],
): ScoredTable[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  return tables.map((table) => scoreTable(table, profile, byName.get(table.sheet)));
}
