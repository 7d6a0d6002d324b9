/**
 * Labels that are not column roles: where a block ends (section rows, 总分, 等级, notes), as compared after
 * `headerKey`. The column roles themselves live in ../layout/roles (one table for every layout).
 */
import type { FilledGrid } from './grid';
import * as headerText from '../layout/header-text';

/** ../layout/header-text's headerKey, bound here (a re-export would compile to a getter run on every call). */
export const headerKey = headerText.headerKey;

export type { FundRole as FundColumn, IndicatorRole as IndicatorColumn } from '../layout/roles';
export type { HeaderBand as HeaderRow } from '../layout/band';

/** The numbering a section title starts with: 三、 (四) */
const SECTION_NUMBER = /^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])/;

/** Section rows end blocks: `三、年度部门整体支出预算执行情况`, `五、人员情况`, a title merged across. */
export function isSectionRow(grid: FilledGrid, row: number, left: number, right: number): boolean {
  // Exactly one anchor with content in [left, right], found without building a list.
  let anchorRow = -1;
  let anchorCol = -1;
  for (let c = left; c <= right; c++) {
    if (!grid.filled(row, c)) continue;
    const r = grid.anchorRow(row, c);
    const col = grid.anchorCol(row, c);
    if (anchorCol < 0) {
      anchorRow = r;
      anchorCol = col;
    } else if (r !== anchorRow || col !== anchorCol) return false;
  }
  if (anchorCol < 0) return false;
  const a = { row: anchorRow, col: anchorCol };
  const text = grid.text(a.row, a.col);
  if (SECTION_NUMBER.test(text)) return true;
  return grid.spanWidth(row, a.col) >= Math.min(4, right - left + 1) && grid.spanWidth(row, a.col) >= 3;
}

/** Labels (compared as headerKey) that start a new part of a table and so end a block above them. */
export const BLOCK_STOP =
  /^(年度总体目标|绩效指标|一级指标|总分|合计得分|总计得分|自评等级|评价等级|等级|部门年度目标|[一二三四五六七八九十]+、.*|编制数|在职实有人数|人员情况|填表人|填报人|联系电话|审核人|备注|说明)$/;

export const TOTAL_LABEL = /^(总分|合计|总计|综合得分|自评总分|合计得分)$/;
export const GRADE_LABEL = /^(自评等级|评价等级|等级|自评结果|评价结果|绩效等级|自评评价等级)$/;
