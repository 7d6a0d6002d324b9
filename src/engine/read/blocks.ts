/**
 * Block readers: a funds block (年度资金总额 / 合计 lines), a key-task block (重点工作任务), an indicator
 * block (project / department targets / score grid rows) with its 总分 and 等级 rows. Each returns model
 * objects with the anchor positions of every cell it read, and the problems it met.
 */
import { dec, quotient, roundHalfUp } from '../decimal';
import { lastByText } from '../memo';
import { buildBand, indicatorRolesOfRow, withTargetRole } from '../layout/band';
import { markedColumns } from '../layout/describe';
import { headerText } from '../layout/header-text';
import { fundRoleSpec, indicatorRole, indicatorRoleSpec } from '../layout/roles';
import type { CellPos, Direction, FundLine, Indicator, ReadProblem } from '../model';
import type { CellValue } from '../snapshot';
import { gradeOf } from '../vocabulary/grades';
import { SIMPLE_TEXT } from '../vocabulary/text';
import {
  displayedDecimals,
  inferDirection,
  isErrorValue,
  isPercentFormat,
  isPlaceholder,
  normalizeOperator,
  parseLabelWeight,
  readNumber,
  readCellValue,
  readRate,
  unreadableCause,
  type ValueReading,
} from '../values';
import { fundsBlockLabelGroup } from './fund-groups';
import type { FilledGrid } from './grid';
import {
  BLOCK_STOP,
  type FundColumn,
  GRADE_LABEL,
  type HeaderRow,
  headerKey,
  type IndicatorColumn,
  TOTAL_LABEL,
  isSectionRow,
} from './headers';

// Patterns used on every row, made once: a regular expression literal in a function is a new object per run.
const WHITE_SPACE = /\s+/g;
const RATE_WORD = /率/;
/** A word the name (or 一级) label of a repeated header holds. */
const NAME_HEADER_WORD = /指标|名称/;

/** The text without white space; a plain text (SIMPLE_TEXT) holds none and is returned without a replace. */
function withoutWhiteSpace(text: string): string {
  return SIMPLE_TEXT.test(text) ? text : text.replace(WHITE_SPACE, '');
}

export interface BlockContext {
  grid: FilledGrid;
  sheet: string;
  /** Last row of the region the block may use. */
  lastRow: number;
  /** Rows where other blocks start (a block never reads into them). */
  stopRows: ReadonlySet<number>;
  problems: ReadProblem[];
}

/**
 * The one place a cell the reader cannot take in becomes a problem at that cell (SPEC §6.5: say so at its
 * cell, score nothing for it); `cause` tells the rule what is there (error value, overflow, text).
 */
function reportUnreadable(ctx: BlockContext, row: number, col: number, label: string, column: string, text: string) {
  ctx.problems.push({
    kind: 'unreadableNumber',
    sheet: ctx.sheet,
    cell: ctx.grid.anchor(row, col),
    data: { label, text, column, cause: unreadableCause(ctx.grid.value(row, col)) },
  });
}

/**
 * A number cell; text that is not a number becomes an unreadableNumber problem at the cell, and `field` is
 * added to `unreadable` (the row's record of what it could not read) when one is given (two arguments, not
 * an object made for every cell read).
 */
function numberAt<F extends string>(
  ctx: BlockContext,
  row: number,
  col: number | undefined,
  label: string,
  column: string,
  unreadable?: F[],
  field?: F,
): number | null {
  if (col === undefined) return null;
  const value = ctx.grid.value(row, col);
  // A finite number reads as itself (readNumber's first case), without the text readNumber also makes.
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const reading = readNumber(value);
  if (reading.unreadable) {
    reportUnreadable(ctx, row, col, label, column, reading.text);
    if (unreadable && field !== undefined) unreadable.push(field);
  }
  return reading.value;
}

/** The line label: the text nearest left of the money columns that is not the block's corner label. */
function fundLabel(
  ctx: BlockContext,
  header: HeaderRow<FundColumn>,
  row: number,
  firstValueCol: number,
): CellPos | null {
  const { grid } = ctx;
  for (let c = firstValueCol - 1; c >= Math.max(0, firstValueCol - 4); c--) {
    const text = grid.text(row, c);
    if (text === '') continue;
    if (grid.sameCellAt(row, c, header.row, c)) continue; // corner merged down
    return grid.anchor(row, c);
  }
  return null;
}

/**
 * Text in every filled money cell (当年绩效目标 | 年初绩效目标 | 全年(调整)绩效目标 under the funds header): the
 * funds lines have ended; no "unreadable number" for each cell of a goal text.
 */
function isFundTextRow(grid: FilledGrid, row: number, moneyCols: number[]): boolean {
  let texts = 0;
  for (let i = 0; i < moneyCols.length; i++) {
    const value = grid.value(row, moneyCols[i]);
    if (value === null || value === '') continue;
    if (typeof value !== 'string' || isErrorValue(value) || readNumber(value).value !== null) return false;
    texts++;
  }
  return texts === moneyCols.length && texts > 0;
}

/** A numbered column's value on a line: rates (…率) as fractions with the decimals they show. */
function markedValue(
  grid: FilledGrid,
  row: number,
  mark: { mark: number; col: number; label: string },
): NonNullable<FundLine['marked']>[number] {
  const cell = grid.anchor(row, mark.col);
  if (RATE_WORD.test(mark.label)) {
    const value = grid.value(row, mark.col);
    const format = grid.format(row, mark.col);
    // "支出实现率(%)" over a plain 99.92: percent points, whatever its size (0.08 is 0.08 %, not 8 %).
    if (typeof value === 'number' && headerText(mark.label).unit === '%' && !isPercentFormat(format)) {
      const decimals = displayedDecimals(value, format) ?? 0;
      return { mark: mark.mark, value: Number(dec(value).div(100)), decimals, rate: true, cell };
    }
    const rate = readRate(value, format);
    return { mark: mark.mark, value: rate.fraction, decimals: rate.decimals, rate: true, cell };
  }
  return { mark: mark.mark, value: readNumber(grid.value(row, mark.col)).value, decimals: null, rate: false, cell };
}

/**
 * Where a funds line's cells are (their anchors), in the order FundLine.cells lists them. Each field is set by
 * name, as in rowCells: a load or store through a computed key is slow on every line.
 */
function fundLineCells(
  grid: FilledGrid,
  row: number,
  cols: HeaderRow<FundColumn>['columns'],
  labelCell: CellPos | null,
): FundLine['cells'] {
  const cells: FundLine['cells'] = {};
  if (labelCell) cells.label = labelCell;
  if (cols.initial !== undefined) cells.initial = grid.anchor(row, cols.initial);
  if (cols.adjusted !== undefined) cells.adjusted = grid.anchor(row, cols.adjusted);
  if (cols.executed !== undefined) cells.executed = grid.anchor(row, cols.executed);
  if (cols.rate !== undefined) cells.rate = grid.anchor(row, cols.rate);
  if (cols.weight !== undefined) cells.weight = grid.anchor(row, cols.weight);
  if (cols.score !== undefined) cells.score = grid.anchor(row, cols.score);
  if (cols.reason !== undefined) cells.reason = grid.anchor(row, cols.reason);
  return cells;
}

export interface FundBlock {
  lines: FundLine[];
  lastRow: number;
  /** Weight written in the block's corner label (`预算执行情况（10分）`). */
  cornerWeight: number | null;
}

/** Read a funds block or (isTasks) a key-task block under `header`. */
export function readFundBlock(ctx: BlockContext, header: HeaderRow<FundColumn>, isTasks: boolean): FundBlock {
  const { grid } = ctx;
  const cols = header.columns;
  const moneyCols = [cols.initial, cols.adjusted, cols.executed].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...moneyCols, cols.rate ?? Infinity);
  const right = Math.max(header.right, ...moneyCols);
  let cornerWeight: number | null = null;
  for (let c = 0; c < firstValueCol; c++) {
    const weight = parseLabelWeight(grid.raw(header.row, c)).weight;
    if (weight !== null) cornerWeight = weight;
  }

  // Numbered columns (①…⑧) are kept per line only when the header states formulas over them.
  const numbered = markedColumns(grid, header);
  const marks = numbered.formulas.length > 0 ? numbered.marks : [];
  const lines: FundLine[] = [];
  let lastRow = header.row;
  for (let row = header.row + 1; row <= ctx.lastRow; row++) {
    if (ctx.stopRows.has(row)) break;
    if (grid.isEmptyRow(row, Math.max(0, firstValueCol - 4), right)) break;
    if (isSectionRow(grid, row, Math.max(0, firstValueCol - 4), right)) break;

    // Labels like 年度总体目标 end the block; so does a merge from the label area across the money columns.
    const labelFrom = Math.max(0, firstValueCol - 4);
    let stop = false;
    for (let c = labelFrom; c < firstValueCol && !stop; c++) stop = BLOCK_STOP.test(headerKey(grid.text(row, c)));
    for (let i = 0; i < moneyCols.length; i++) {
      const c = moneyCols[i];
      if (grid.anchorCol(row, c) < firstValueCol && grid.filled(row, c)) stop = true;
    }
    if (stop || isFundTextRow(grid, row, moneyCols)) break;

    let labelCell: CellPos | null;
    if (isTasks) {
      const col = cols.project ?? cols.task;
      labelCell = col !== undefined && grid.filled(row, col) ? grid.anchor(row, col) : null;
      if (!labelCell && cols.task !== undefined && grid.filled(row, cols.task)) labelCell = grid.anchor(row, cols.task);
    } else {
      labelCell = fundLabel(ctx, header, row, firstValueCol);
    }
    const label = labelCell ? grid.raw(labelCell.row, labelCell.col) : '';
    if (BLOCK_STOP.test(headerKey(withoutWhiteSpace(label)))) break;
    if (!labelCell && moneyCols.every((c) => !grid.filled(row, c))) break;

    const unreadable: NonNullable<FundLine['unreadable']> = [];
    const number = (key: 'initial' | 'adjusted' | 'executed' | 'weight' | 'score') =>
      numberAt(ctx, row, cols[key], label, fundRoleSpec(key).label, unreadable, key);
    const initial = number('initial');
    const adjusted = number('adjusted');
    const executed = number('executed');
    const weight = number('weight');
    const reportedScore = number('score');
    let statedRate: number | null = null;
    let statedRateDecimals: number | null = null;
    if (cols.rate !== undefined) {
      const rate = readRate(grid.value(row, cols.rate), grid.format(row, cols.rate));
      statedRate = rate.fraction;
      statedRateDecimals = rate.decimals;
      if (rate.unreadable) {
        reportUnreadable(ctx, row, cols.rate, label, fundRoleSpec('rate').label, rate.text);
        unreadable.push('rate');
      }
    }
    const computed = adjusted !== null && executed !== null ? quotient(executed, adjusted) : null;
    const cells = fundLineCells(grid, row, cols, labelCell);
    const line: FundLine = {
      row,
      label,
      initial,
      adjusted,
      executed,
      rate: computed,
      statedRate,
      statedRateDecimals,
      weight,
      score: null,
      reportedScore,
      cells,
      group: isTasks ? 'task' : fundsBlockLabelGroup(label),
    };
    if (unreadable.length > 0) line.unreadable = unreadable;
    if (isTasks) {
      // 任务名称 is often merged over (or left blank under) its first row: a blank cell continues the task above.
      const named = taskName(grid, row, cols.task);
      const task = named ?? lines[lines.length - 1]?.task;
      // A 合计 row in the task block totals the tasks; it is no task.
      if (task && fundsBlockLabelGroup(named ?? label) !== 'total') line.task = task;
    }
    if (marks.length > 0) line.marked = marks.map((mark) => markedValue(grid, row, mark));
    if (cols.reason !== undefined) {
      const reason = grid.value(row, cols.reason);
      line.reason = isPlaceholder(reason, 'reason') ? '' : grid.raw(row, cols.reason);
    }
    lines.push(line);
    lastRow = row;
  }
  return { lines, lastRow, cornerWeight };
}

/** The 任务名称 a key-task row states in the task column (read at the merge anchor); null when blank. */
function taskName(grid: FilledGrid, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const anchor = grid.anchor(row, col);
  const name = grid.raw(anchor.row, anchor.col).replace(WHITE_SPACE, ' ').trim();
  return name === '' ? null : name;
}

export interface IndicatorBlock {
  indicators: Indicator[];
  /** Weights the corner labels of the block's header rows write (年度绩效目标1(40分) …). */
  blockWeights?: Array<{ row: number; col: number; label: string; weight: number }>;
  lastRow: number;
  reportedTotal: number | null;
  reportedGrade: string | null;
  totalCell?: CellPos;
  gradeCell?: CellPos;
}

function displayTarget(reading: ValueReading, operatorText: string, unitText: string): string {
  if (reading.kind === 'empty') return '';
  const operator = normalizeOperator(operatorText);
  if (operator === '定性') return reading.text;
  // 指标性质 may say 定量指标: no operator to show. A unit the value already ends with is not repeated.
  const prefix = operator ? operatorText : '';
  const suffix = unitText && !reading.text.endsWith(unitText) ? unitText : '';
  return `${prefix}${reading.text}${suffix}`;
}

/** The next cell right of `pos` (skipping `pos`'s own merge), up to column `lastCol`; null past it. */
function cellRightOf(grid: FilledGrid, pos: CellPos, lastCol: number): CellPos | null {
  for (let c = pos.col + 1; c <= lastCol; c++) {
    if (!grid.sameCellAt(pos.row, pos.col, pos.row, c)) return grid.anchor(pos.row, c);
  }
  return null;
}

function hasText(grid: FilledGrid, row: number, col: number | undefined): boolean {
  return col !== undefined && grid.filled(row, col);
}

/** TOTAL_LABEL or GRADE_LABEL in one test: every indicator row is checked for both. */
const TOTAL_OR_GRADE_LABEL = new RegExp(`${TOTAL_LABEL.source}|${GRADE_LABEL.source}`);

/**
 * Whether a cell of the row from `from` to `to` reads as `pattern` (TOTAL_LABEL, GRADE_LABEL: words, never a
 * number's text or ''), tested on the row's texts as they stand: it runs on every indicator row.
 */
function isLabelRow(grid: FilledGrid, row: number, from: number, to: number, pattern: RegExp): boolean {
  const texts = grid.texts(row);
  const end = Math.min(to, texts.length - 1);
  for (let c = from; c <= end; c++) {
    const text = texts[c];
    if (text !== null && text !== '' && pattern.test(text)) return true;
  }
  return false;
}

/** Where an indicator block's values are: columns by role, and the weight column of each level. */
interface ColumnPlan {
  cols: HeaderRow<IndicatorColumn>['columns'];
  split: boolean;
  weightCol: number | undefined;
  level1WeightCol: number | undefined;
  level2WeightCol: number | undefined;
  nameCol: number | undefined;
  /** The 分值 and 得分 columns there are: a row of text under them is no indicator (isTextRow). */
  numericCols: readonly number[];
  /** parseLabelWeight of the 一级 / 二级 labels, the last one remembered: a merged label repeats row after row. */
  level1Label: (label: string) => { name: string; weight: number | null };
  level2Label: (label: string) => { name: string; weight: number | null };
}

function planColumns(header: Pick<HeaderRow<IndicatorColumn>, 'columns' | 'weightColumns'>): ColumnPlan {
  const cols = header.columns;
  // Weights of a score grid: the 分值 right of 一级 belongs to 一级, right of 二级 to 二级, else to the row.
  let level1WeightCol: number | undefined;
  let level2WeightCol: number | undefined;
  let weightCol: number | undefined = cols.weight;
  if (header.weightColumns.length > 0) {
    weightCol = undefined;
    const levelCols = (['level1', 'level2', 'name'] as const)
      .map((k) => [k, cols[k]] as const)
      .filter((e): e is readonly ['level1' | 'level2' | 'name', number] => e[1] !== undefined);
    for (const wc of header.weightColumns) {
      const owner = levelCols.filter(([, c]) => c < wc).pop()?.[0] ?? 'name';
      if (owner === 'level1' && header.weightColumns.length > 1) level1WeightCol ??= wc;
      else if (owner === 'level2' && header.weightColumns.length > 1) level2WeightCol ??= wc;
      else weightCol ??= wc;
    }
  }
  const nameCol = cols.name ?? cols.level2 ?? cols.level1;
  return {
    cols,
    split: cols.direction !== undefined || cols.unit !== undefined,
    weightCol,
    level1WeightCol,
    level2WeightCol,
    nameCol,
    numericCols: [weightCol, cols.score].filter((c): c is number => c !== undefined),
    level1Label: lastByText(parseLabelWeight),
    level2Label: lastByText(parseLabelWeight),
  };
}

/**
 * A header row repeated inside the block (三级指标 | 分值 | 得分 after a page break): every label it starts
 * names a role and at least two do. Its roles move the columns for the rows below.
 */
function repeatedHeaderAt(
  grid: FilledGrid,
  row: number,
  header: HeaderRow<IndicatorColumn>,
): HeaderRow<IndicatorColumn> | null {
  // Cheap first: a repeated header names a role in the name (or 一级) column; an indicator row never does.
  const nameCol = header.columns.name ?? header.columns.level1;
  if (nameCol === undefined || !NAME_HEADER_WORD.test(grid.text(row, nameCol))) return null;
  if (!indicatorRole(grid.raw(row, nameCol))) return null;
  const roles = indicatorRolesOfRow(grid, row);
  if (roles.size < 2 || !(roles.has('name') || roles.has('level1') || roles.has('score'))) return null;
  // Labels left of the block (a corner such as 年度绩效目标2(40分)) are no columns.
  for (let c = header.left; c < grid.colCount; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c || !grid.filled(row, c)) continue;
    if (typeof grid.value(row, c) === 'number' || !indicatorRole(grid.raw(row, c))) return null;
  }
  const band = withTargetRole(buildBand(grid, row, indicatorRole));
  return {
    ...header,
    columns: { ...header.columns, ...band.columns },
    weightColumns: band.weightColumns.length > 0 ? band.weightColumns : header.weightColumns,
    cornerWeight: band.cornerWeight,
  };
}

/**
 * A row of text under numeric headers (a goal text merged across the block, LAYOUTS.md "traps"): no
 * indicator, and no "unreadable number" for each of its cells.
 */
function isTextRow(grid: FilledGrid, row: number, plan: ColumnPlan): boolean {
  const cols = plan.numericCols;
  if (cols.length === 0) return false;
  // An indexed loop, not every(): no closure made for each row of the block.
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    const value = grid.value(row, col);
    if (typeof value !== 'string' || readNumber(value).value !== null || isErrorValue(value)) return false;
    if (grid.spanWidth(row, col) < 2 && grid.text(row, col).length <= 12) return false;
  }
  return true;
}

/**
 * The direction of a row: the operator written, else (number) guessed from the name (see `directionInferred`),
 * else 定性 for text.
 */
function rowDirection(target: ValueReading, operatorCell: CellValue, name: string): Direction | null {
  if (target.kind === 'number') return target.operator ? target.operator : inferDirection(name).direction;
  if (target.kind === 'text') return '定性';
  return normalizeOperator(operatorCell) === '定性' ? '定性' : null;
}

/** Whether rowDirection guessed the direction from the name: a number target written without an operator. */
function directionInferred(target: ValueReading): boolean {
  return target.kind === 'number' && !target.operator;
}

/** The target cell of a row: 调整指标值 when filled, else 年初指标值 (flat lists carry both). */
function targetColumn(grid: FilledGrid, row: number, cols: ColumnPlan['cols']): number | undefined {
  if (cols.target !== undefined && (cols.initialTarget === undefined || grid.filled(row, cols.target)))
    return cols.target;
  return cols.initialTarget ?? cols.target;
}

/**
 * 得分 of a row, from its column; 得分 = 得分系数 × 权重 when only the coefficient is written. The row's 分值
 * comes from its column, else the label's "(5分)" (read by readIndicatorRow); 得分系数 by `rowCoefficient`.
 * Separate numbers, not one object per row: the caller puts each straight into the indicator.
 */
function rowReportedScore(
  ctx: BlockContext,
  row: number,
  plan: ColumnPlan,
  label: string,
  weight: number | null,
  coefficient: number | null,
  unreadable: NonNullable<Indicator['unreadable']>,
): number | null {
  const { cols } = plan;
  const reportedScore = numberAt(ctx, row, cols.score, label, '得分', unreadable, 'score');
  if (reportedScore === null && cols.score === undefined && coefficient !== null && weight !== null)
    return roundHalfUp(dec(coefficient).times(dec(weight)));
  return reportedScore;
}

/** 得分系数 of a row, when the block has the column. */
function rowCoefficient(grid: FilledGrid, row: number, cols: ColumnPlan['cols']): number | null {
  return cols.coefficient !== undefined
    ? readRate(grid.value(row, cols.coefficient), grid.format(row, cols.coefficient)).fraction
    : null;
}

/**
 * Where a row's cells are (their anchors), in the order Indicator.cells lists them. Each field is set by
 * name: a store through a computed key, on every row, is slow once the code is optimised.
 */
function rowCells(grid: FilledGrid, row: number, plan: ColumnPlan, targetCol: number | undefined): Indicator['cells'] {
  const { cols } = plan;
  const cells: Indicator['cells'] = {};
  const nameCol = cols.name ?? plan.nameCol;
  if (nameCol !== undefined) cells.name = grid.anchor(row, nameCol);
  if (targetCol !== undefined) cells.target = grid.anchor(row, targetCol);
  if (cols.direction !== undefined) cells.direction = grid.anchor(row, cols.direction);
  if (cols.unit !== undefined) cells.unit = grid.anchor(row, cols.unit);
  if (cols.actual !== undefined) cells.actual = grid.anchor(row, cols.actual);
  if (plan.weightCol !== undefined) cells.weight = grid.anchor(row, plan.weightCol);
  if (cols.score !== undefined) cells.score = grid.anchor(row, cols.score);
  if (cols.reason !== undefined) cells.reason = grid.anchor(row, cols.reason);
  return cells;
}

/** The number in a level's 分值 column, when there is one. */
function weightIn(grid: FilledGrid, row: number, col: number | undefined): number | null {
  return col !== undefined ? readNumber(grid.value(row, col)).value : null;
}

/** One indicator row, or null when the row holds nothing an indicator has. */
function readIndicatorRow(ctx: BlockContext, row: number, plan: ColumnPlan): Indicator | null {
  const { grid } = ctx;
  const { cols, weightCol } = plan;
  const targetCol = targetColumn(grid, row, cols);
  const nameText = plan.nameCol !== undefined ? grid.raw(row, plan.nameCol) : '';
  const nameHere = cols.name !== undefined ? hasText(grid, row, cols.name) : nameText !== '';
  if (
    !nameHere &&
    !hasText(grid, row, targetCol) &&
    !hasText(grid, row, cols.actual) &&
    !hasText(grid, row, weightCol) &&
    !hasText(grid, row, cols.score)
  )
    return null;

  const level1 = plan.level1Label(cols.level1 !== undefined ? grid.raw(row, cols.level1) : '');
  const level2 = plan.level2Label(cols.level2 !== undefined ? grid.raw(row, cols.level2) : '');
  // Without a 分值 column the weight is in the label ("相关性（5分）", score-only grids).
  const rawName = cols.name !== undefined ? grid.raw(row, cols.name) : '';
  const named = weightCol === undefined ? parseLabelWeight(rawName) : null;
  const name = named === null ? rawName : named.name;
  const operatorCell = cols.direction !== undefined ? grid.value(row, cols.direction) : null;
  const unitCell = cols.unit !== undefined ? grid.value(row, cols.unit) : null;
  const target = readCellValue(
    targetCol !== undefined ? grid.value(row, targetCol) : null,
    'target',
    targetCol !== undefined ? grid.format(row, targetCol) : null,
    operatorCell,
    unitCell,
  );
  const actual = readCellValue(
    cols.actual !== undefined ? grid.value(row, cols.actual) : null,
    'actual',
    cols.actual !== undefined ? grid.format(row, cols.actual) : null,
    undefined,
    undefined,
  );
  const direction = rowDirection(target, operatorCell, name || level2.name);

  const label = name || level2.name || level1.name;
  // An error value or an overflowing number in 指标值 / 实际完成值 reads as nothing: say so at the cell.
  const rowLabel = label || `第${row + 1}行`;
  const unreadable: NonNullable<Indicator['unreadable']> = [];
  if (target.kind === 'error' && targetCol !== undefined) {
    reportUnreadable(ctx, row, targetCol, rowLabel, '指标值', target.text);
    unreadable.push('target');
  }
  if (actual.kind === 'error' && cols.actual !== undefined) {
    reportUnreadable(ctx, row, cols.actual, rowLabel, '实际完成值', actual.text);
    unreadable.push('actual');
  }
  const weight =
    weightCol === undefined
      ? (named?.weight ?? null)
      : numberAt(ctx, row, weightCol, label, indicatorRoleSpec('weight').label, unreadable, 'weight');
  const coefficient = rowCoefficient(grid, row, cols);
  const reportedScore = rowReportedScore(ctx, row, plan, label, weight, coefficient, unreadable);
  const level1Weight = level1.weight ?? weightIn(grid, row, plan.level1WeightCol);
  const level2Weight = level2.weight ?? weightIn(grid, row, plan.level2WeightCol);
  const reasonValue = cols.reason !== undefined ? grid.value(row, cols.reason) : null;

  const cells = rowCells(grid, row, plan, targetCol);

  // In the split layout the 度量单位 column is the row's unit: it applies to a bare actual too.
  const actualUnit = actual.unit ?? (plan.split && actual.kind === 'number' ? target.unit : null);
  const indicator: Indicator = {
    row,
    level1: level1.name,
    level2: level2.name,
    name,
    level1Weight,
    level2Weight,
    direction,
    directionInferred: directionInferred(target),
    target: target.kind === 'number' ? target.number : target.kind === 'text' ? target.qualitative : null,
    targetText: displayTarget(
      target,
      typeof operatorCell === 'string' ? operatorCell.trim() : '',
      typeof unitCell === 'string' ? unitCell.trim() : '',
    ),
    unit: target.kind === 'number' ? target.unit : null,
    actual: actual.kind === 'number' ? actual.number : actual.kind === 'text' ? actual.qualitative : null,
    actualText: actual.text,
    actualUnit: actual.kind === 'number' ? actualUnit : null,
    weight,
    score: null,
    reportedScore,
    reason: isPlaceholder(reasonValue, 'reason') ? '' : String(reasonValue).trim(),
    overshoot: false,
    cells,
  };
  // The usual row has neither optional field: no spread copies for it; the rare one keeps the field order.
  if (coefficient === null && unreadable.length === 0) return indicator;
  const { cells: _, ...fields } = indicator;
  return {
    ...fields,
    ...(coefficient !== null ? { coefficient } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {}),
    cells,
  };
}

/** Read indicator rows under `header`, then its 总分 / 等级 rows. */
export function readIndicatorBlock(ctx: BlockContext, header: HeaderRow<IndicatorColumn>): IndicatorBlock {
  const { grid } = ctx;
  let plan = planColumns(header);
  const leftmost = Math.max(0, header.left - 1);
  let { nameCol } = plan;

  const indicators: Indicator[] = [];
  const blockWeights = header.cornerWeight ? [header.cornerWeight] : [];
  let lastRow = header.row;
  let blankRun = 0;
  let stopRow: number | null = null;
  for (let row = header.row + 1; row <= ctx.lastRow; row++) {
    if (ctx.stopRows.has(row)) break;
    if (grid.isEmptyRow(row, header.left, header.right)) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (isLabelRow(grid, row, leftmost, nameCol ?? header.left, TOTAL_OR_GRADE_LABEL)) {
      stopRow = row;
      break;
    }
    const repeated = repeatedHeaderAt(grid, row, header);
    if (repeated) {
      if (repeated.cornerWeight) blockWeights.push(repeated.cornerWeight);
      plan = planColumns(repeated);
      nameCol = plan.nameCol;
      lastRow = row;
      continue;
    }
    if (isSectionRow(grid, row, header.left, header.right)) break;
    const nameText = nameCol !== undefined ? grid.raw(row, nameCol) : '';
    if (BLOCK_STOP.test(headerKey(withoutWhiteSpace(nameText)))) break;
    if (isTextRow(grid, row, plan)) continue;
    const indicator = readIndicatorRow(ctx, row, plan);
    if (!indicator) continue;
    indicators.push(indicator);
    lastRow = row;
  }

  const block: IndicatorBlock = { indicators, lastRow, reportedTotal: null, reportedGrade: null, blockWeights };
  if (stopRow === null) return block;

  // 总分 / 等级 rows right below the indicators.
  for (let row = stopRow; row <= Math.min(ctx.lastRow, stopRow + 2); row++) {
    if (row !== stopRow && ctx.stopRows.has(row)) break;
    const isTotal = isLabelRow(grid, row, leftmost, nameCol ?? header.left, TOTAL_LABEL);
    const isGrade = isLabelRow(grid, row, leftmost, nameCol ?? header.left, GRADE_LABEL);
    if (!isTotal && !isGrade) break;
    block.lastRow = row;
    if (isTotal && plan.cols.score !== undefined && block.totalCell === undefined) {
      block.totalCell = grid.anchor(row, plan.cols.score);
      block.reportedTotal = numberAt(ctx, row, plan.cols.score, '总分', '得分');
    }
    // A grade: a cell reading 优/良/中/差 on the total row, or the cell right of a 自评等级 label, blank or not.
    for (let c = leftmost; c < grid.colCount && block.gradeCell === undefined; c++) {
      const text = grid.text(row, c);
      // A blank cell states no grade (gradeOf('') is null): most cells of the row are, or hold numbers.
      if (text !== '' && gradeOf(text) !== null) {
        block.gradeCell = grid.anchor(row, c);
        block.reportedGrade = grid.raw(row, c);
      }
    }
    for (let c = leftmost; c < grid.colCount && block.gradeCell === undefined; c++) {
      if (!GRADE_LABEL.test(grid.text(row, c))) continue;
      const value = cellRightOf(grid, grid.anchor(row, c), grid.colCount - 1);
      if (value) {
        block.gradeCell = value;
        const raw = grid.raw(value.row, value.col);
        block.reportedGrade = raw === '' ? null : raw;
      }
      break;
    }
  }
  // No grade written and no 等级 label: the form keeps the grade right of Σ得分 on the 总分 row
  // (SPEC §2.1 "总分 | … | 100 | Σ得分 | (自评等级)", §2.3 "合计 100 | 总分, 等级"), so a blank cell there is it.
  if (block.gradeCell === undefined && block.totalCell) {
    const right = cellRightOf(grid, block.totalCell, header.right);
    if (right && grid.text(right.row, right.col) === '') block.gradeCell = right;
  }
  return block;
}
