/**
 * Header labels and their synonyms (SPEC §2), and the detection of header rows: a table is found by its
 * labels, never by position. Labels are compared after NFKC, without spaces and without a trailing
 * parenthesis (`批复金额（万元）`, `产出指标(50分)`).
 */
import type { FilledGrid } from './grid';
import { memoByText } from '../memo';

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'direction'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'standard';

export type FundColumn =
  'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score' | 'reason' | 'task' | 'project' | 'content';

/** Header text without spaces and a trailing (…) / （…）. */
export function headerKey(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]$/, '').replace(/[:：*＊]/g, '');
}

const INDICATOR_HEADERS: ReadonlyArray<[IndicatorColumn, RegExp]> = [
  ['level1', /^一级指标(名称)?$/],
  ['level2', /^二级指标(名称)?$/],
  ['name', /^(三级指标(名称)?|指标名称|绩效指标名称)$/],
  ['direction', /^(指标性质|指标方向|性质|符号|运算符号?)$/],
  ['target', /^(年度指标值|年度目标值|年度指标|预期指标值|预期目标值|全年指标值|指标值|目标值)$/],
  ['unit', /^(度量单位|计量单位|单位)$/],
  ['actual', /^(实际完成值|完成值|全年实际值|实际值|实际完成数|全年完成值|年度完成值)$/],
  ['weight', /^(分值|权重|指标分值|标准分值|权重分|分数)$/],
  ['score', /^(得分|评价得分|自评得分|实际得分)$/],
  ['reason', /(偏差原因|未完成原因|扣分原因|原因分析|改进措施)/],
  ['standard', /(评分标准|指标解释|评分办法|评分规则|评分细则)/],
];

const FUND_HEADERS: ReadonlyArray<[FundColumn, RegExp]> = [
  ['initial', /^(年初预算数|年初预算|年初数|年初预算金额)$/],
  ['adjusted', /^(全年预算数|调整后预算数|全年预算|调整后预算|批复金额|全年预算金额|预算数)$/],
  ['executed', /^(全年执行数|预算执行数|实际支出|执行数|全年执行|实际支出数|全年实际支出|实际支出金额)$/],
  ['weight', /^(分值|权重)$/],
  ['rate', /^(执行率|预算执行率|资金执行率)$/],
  ['score', /^(得分|评价得分)$/],
  ['reason', /(未完成原因|偏差原因|原因分析|改进措施)/],
  ['task', /^(任务名称|重点工作任务|工作任务|重点任务)$/],
  ['project', /^(项目|项目名称|对应项目)$/],
  ['content', /^(主要内容|主要工作内容|工作内容)$/],
];

function roleOf<T extends string>(table: ReadonlyArray<[T, RegExp]>, text: string): T | null {
  if (text === '' || text.length > 30) return null; // labels are short; long text is content
  const key = headerKey(text);
  for (const [role, pattern] of table) if (pattern.test(key)) return role;
  return null;
}

export const indicatorRole: (text: string) => IndicatorColumn | null = memoByText((text) =>
  roleOf(INDICATOR_HEADERS, text),
);

export const fundRole: (text: string) => FundColumn | null = memoByText((text) => roleOf(FUND_HEADERS, text));

/** A header row: its columns by role (the anchor column of each), and where it starts. */
export interface HeaderRow<R extends string> {
  row: number;
  /** Leftmost and rightmost columns holding a recognised label. */
  left: number;
  right: number;
  columns: Partial<Record<R, number>>;
  /** All weight-like columns, left to right (score grids have one per level). */
  weightColumns: number[];
}

function scanRow<R extends string>(
  grid: FilledGrid,
  row: number,
  roleFor: (text: string) => R | null,
): HeaderRow<R> | null {
  const columns: Partial<Record<R, number>> = {};
  const weightColumns: number[] = [];
  let left = -1;
  let right = -1;
  let lastAnchorCol = -1;
  for (let c = 0; c < grid.colCount; c++) {
    const anchorRow = grid.anchorRow(row, c);
    const anchorCol = grid.anchorCol(row, c);
    // A label merged across columns counts once (at its anchor column) — but only when the merge is in this row.
    if (anchorRow === row && anchorCol !== c) continue;
    if (anchorRow !== row && anchorCol === lastAnchorCol) continue;
    lastAnchorCol = anchorCol;
    const role = roleFor(grid.text(row, c));
    if (!role) continue;
    if (left < 0) left = c;
    right = c;
    if (role === ('weight' as R)) weightColumns.push(c);
    if (columns[role] === undefined) columns[role] = c;
  }
  return left < 0 ? null : { row, left, right, columns, weightColumns };
}

/** Is this row an indicator header (一级/二级/三级 + target/actual…)? Needs three recognised labels. */
/** Cheap pre-check before matching every cell of a row against the label tables. */
function rowMentions(grid: FilledGrid, row: number, words: RegExp): boolean {
  if (grid.blankRow(row)) return false;
  for (let c = 0; c < grid.colCount; c++) {
    const text = grid.text(row, c);
    if (text !== '' && text.length <= 30 && words.test(text)) return true;
  }
  return false;
}

export function indicatorHeaderAt(grid: FilledGrid, row: number): HeaderRow<IndicatorColumn> | null {
  if (!rowMentions(grid, row, /指标|得分|分值|权重/)) return null;
  const header = scanRow(grid, row, indicatorRole);
  if (!header) return null;
  const { columns } = header;
  const levels = ['level1', 'level2', 'name'].filter((k) => columns[k as IndicatorColumn] !== undefined).length;
  const values = ['target', 'actual', 'weight', 'score', 'direction'].filter(
    (k) => columns[k as IndicatorColumn] !== undefined,
  ).length;
  if (levels >= 2 && levels + values >= 3) return header;
  if (levels >= 1 && values >= 2) return header;
  return null;
}

/** Is this row a funds header (年初预算数 | 全年预算数 | 全年执行数 …) or a key-task header? */
export function fundHeaderAt(grid: FilledGrid, row: number): HeaderRow<FundColumn> | null {
  if (!rowMentions(grid, row, /预算|执行|支出|批复|年初/)) return null;
  const header = scanRow(grid, row, fundRole);
  if (!header) return null;
  const { columns } = header;
  const money = ['initial', 'adjusted', 'executed', 'rate'].filter(
    (k) => columns[k as FundColumn] !== undefined,
  ).length;
  if (money >= 2) return header;
  return null;
}

/** Section rows end blocks: `三、年度部门整体支出预算执行情况`, `五、人员情况`, a title merged across. */
export function isSectionRow(grid: FilledGrid, row: number, left: number, right: number): boolean {
  // Exactly one anchor with content (grid.anchorsWithContent of length 1), found without building the list.
  let anchorRow = -1;
  let anchorCol = -1;
  for (let c = left; c <= right; c++) {
    if (grid.text(row, c) === '') continue;
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
  if (/^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）])/.test(text)) return true;
  return grid.spanWidth(row, a.col) >= Math.min(4, right - left + 1) && grid.spanWidth(row, a.col) >= 3;
}

/** Labels (compared as headerKey) that start a new part of a table and so end a block above them. */
export const BLOCK_STOP =
  /^(年度总体目标|绩效指标|一级指标|总分|合计得分|总计得分|自评等级|评价等级|等级|部门年度目标|[一二三四五六七八九十]+、.*|编制数|在职实有人数|人员情况|填表人|填报人|联系电话|审核人|备注|说明)$/;

export const TOTAL_LABEL = /^(总分|合计|总计|综合得分|自评总分|合计得分)$/;
export const GRADE_LABEL = /^(自评等级|评价等级|等级|自评结果|评价结果|绩效等级|自评评价等级)$/;
export const GRADE_VALUE = /^(优|良|中|差|优秀|良好|合格|不合格|中等|较差)(等级|等次|级)?$/;
