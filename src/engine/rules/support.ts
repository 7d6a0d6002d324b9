/** Helpers shared by rule modules (not a rule): cell addresses, placeholder tests, number formatting (../format). */
import { toA1 } from '../a1';
import * as format from '../format';
import type { CellPos, Indicator, ReadProblem, Table } from '../model';
import * as fundGroups from '../read/fund-groups';
import * as scoring from '../scoring';
import * as placeholders from '../vocabulary/placeholders';

// Shared with scoring and the write plan, and handed on so that rules take every helper from here. Bound as
// constants, not re-exported (`export { … } from`): the compiled CommonJS would read each re-export through a
// getter, a call on every use in the rules' per-row loops.
export const allFundLines = fundGroups.allFundLines;
export const countsInTotal = scoring.countsInTotal;
export const hasWeight = scoring.hasWeight;
export const weightUnreadable = scoring.weightUnreadable;
/** Whether a row carries an explanation (偏差原因 / 扣分原因 / 未完成原因). */
export const hasReason = placeholders.hasReason;
/** Indicator rows left as template placeholders (指标1, 指标2, ……, …). */
export const isPlaceholderName = placeholders.isPlaceholderName;
// Numbers in messages: a fraction at the decimals the sheet states (formatRate), a number as a person writes
// it (formatNumber: at most 4 decimals, no trailing zeros), a score (formatScore: 8.62, 9, 98.4).
export const formatNumber = format.formatNumber;
export const formatRate = format.formatRate;
export const formatScore = format.formatScore;

export function a1(pos: CellPos): string {
  return toA1(pos.row, pos.col);
}

/** The first cell that exists, else the table's top-left corner (a finding always has a cell). */
export function cellOr(table: Table, ...cells: Array<CellPos | undefined>): CellPos {
  for (const cell of cells) if (cell) return cell;
  return { row: table.range.top, col: table.range.left };
}

/**
 * The cells of `sheet` where the reader found something it cannot read (an unreadableNumber problem): such a
 * cell is not "empty". Built once per table so that asking for each row stays linear.
 */
export function unreadableCellsOn(
  problems: readonly ReadProblem[],
  sheet: string,
): (cell: CellPos | undefined) => boolean {
  const cells = new Set<string>();
  for (const problem of problems) {
    if (problem.kind === 'unreadableNumber' && problem.sheet === sheet) cells.add(a1(problem.cell));
  }
  return (cell) => cell !== undefined && cells.has(a1(cell));
}

/** The row's name as the sheet states it; a nameless row is called by its cell (C12), in any language. */
export function indicatorLabel(ind: Indicator): string {
  const cell = ind.cells.name ?? ind.cells.target ?? ind.cells.actual ?? { row: ind.row, col: 0 };
  return ind.name || ind.level2 || ind.level1 || toA1(cell.row, cell.col);
}
