/**
 * Header bands: the 1–3 rows that name a block's columns. A band starts at a row whose labels name enough
 * roles (see `indicatorBandAt` / `fundBandAt`) and takes in the rows below it that only hold labels or the
 * merged-down cells of the rows above ("年度指标值" merged over 指标性质 | 指标值 | 度量单位). Each column gets the
 * role of its lowest label: a group header gives way to the sub-headers under it.
 */
import type { FilledGrid } from '../read/grid';
import { headerText } from './header-text';
import { type FundRole, type IndicatorRole, LEVEL_KEY_CHARS, fundRole, indicatorRole } from './roles';

export interface HeaderBand<R extends string> {
  /** Rows of the band, top first (0-based). */
  rows: number[];
  /** The band's last row: data starts below it. */
  row: number;
  /** Leftmost and rightmost columns holding a recognised label. */
  left: number;
  right: number;
  /** The first column of each role. */
  columns: Partial<Record<R, number>>;
  /** Every column with a role, left to right. */
  roleByColumn: Array<[number, R]>;
  /** All weight columns, left to right (score grids have one per level). */
  weightColumns: number[];
  /** Labels inside [left, right] that name no role: said once, in one finding. */
  unrecognised: Array<{ row: number; col: number; text: string }>;
  /** A weight in the corner label left of the band ("年度绩效目标1(40分)"): the block's weight. */
  cornerWeight: { row: number; col: number; label: string; weight: number } | null;
}

type RoleFor<R> = (text: string) => R | null;

const NO_ROLES: ReadonlySet<never> = new Set();

const MAX_BAND_ROWS = 3;

/** Roles named by one row (its own labels and the labels merged down into it). */
function rolesOfRow<R extends string>(grid: FilledGrid, row: number, roleFor: RoleFor<R>): ReadonlySet<R> {
  // Runs on every row that mentions 指标 or 预算: no label objects, one pass over the anchors.
  let roles: Set<R> | undefined; // made on the first role: most rows asked are data rows naming none
  const anchors = grid.anchors(row);
  for (let i = 0; i < anchors.length; i += 3) {
    // A number names no role (the role table is words): no text is made for it.
    if (typeof grid.value(anchors[i + 1], anchors[i + 2]) !== 'string') continue;
    const role = roleFor(grid.raw(row, anchors[i]));
    if (role) (roles ??= new Set<R>()).add(role);
  }
  return roles ?? NO_ROLES;
}

/**
 * A row below the band's top belongs to it when every label it starts names a role (sub-headers), or when it
 * only holds cells merged down from the band (a header drawn over two rows). A number ends the band.
 */
function continuesBand<R extends string>(grid: FilledGrid, row: number, top: number, roleFor: RoleFor<R>): boolean {
  let inBand = 0;
  // Each distinct anchor of the row with text (starting in it or merged down into it), walked in place.
  const anchors = grid.anchors(row);
  for (let i = 0; i < anchors.length; i += 3) {
    const anchorRow = anchors[i + 1];
    if (anchorRow < top) continue; // a corner label merged down from above the band
    inBand++;
    if (anchorRow < row) continue;
    if (typeof grid.value(row, anchors[i + 2]) === 'number') return false;
    // Raw text: the role table normalises it itself, after reading the ①… marks NFKC would turn into digits.
    if (!roleFor(grid.raw(row, anchors[i]))) return false;
  }
  return inBand > 0;
}

/** Builds the band from `top` down: rows, then each column's role from its lowest label. */
/**
 * A group row above the band's first row (预算安排 merged over 年初…|历年…|年中…|小计; 资金结构 merged down into
 * the band): at least two labels, every one a role, merged down into the band or merged across columns, at
 * least one merged across; no number.
 */
function groupRowAbove<R extends string>(grid: FilledGrid, top: number, roleFor: RoleFor<R>): boolean {
  const row = top - 1;
  if (row < 0) return false;
  let labels = 0;
  let groups = 0;
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.anchorRow(row, c) !== row || grid.anchorCol(row, c) !== c || !grid.filled(row, c)) continue;
    if (typeof grid.value(row, c) === 'number') return false;
    labels++;
    const width = grid.spanWidth(row, c);
    const down = grid.anchorRow(top, c) === row;
    if (width >= 2 && !down) {
      // A group header is a short label over sub-headers, not a goal text merged across the form.
      if (grid.text(row, c).length > 12 || subHeaders(grid, top, c, width, roleFor) < 2) return false;
      groups++;
      continue;
    }
    if (!down && !roleFor(grid.raw(row, c))) return false;
  }
  return labels >= 2 && groups >= 1;
}

/** Labels naming a role in `row` under columns [col, col + width). */
function subHeaders<R extends string>(
  grid: FilledGrid,
  row: number,
  col: number,
  width: number,
  roleFor: RoleFor<R>,
): number {
  let count = 0;
  for (let c = col; c < col + width; c++) if (grid.anchorCol(row, c) === c && roleFor(grid.raw(row, c))) count++;
  return count;
}

export function buildBand<R extends string>(grid: FilledGrid, first: number, roleFor: RoleFor<R>): HeaderBand<R> {
  // The row that named the roles is always in the band; a group row above it joins it.
  const top = groupRowAbove(grid, first, roleFor) ? first - 1 : first;
  const rows = top === first ? [first] : [top, first];
  while (rows.length < MAX_BAND_ROWS && top + rows.length < grid.rowCount) {
    const next = top + rows.length;
    if (!continuesBand(grid, next, top, roleFor)) break;
    rows.push(next);
  }
  const roleByColumn: Array<[number, R]> = [];
  const unrecognised: HeaderBand<R>['unrecognised'] = [];
  const columns: Partial<Record<R, number>> = {};
  const weightColumns: number[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const leaf = lowestLabel(grid, rows, c);
    if (!leaf) continue;
    const role = roleFor(grid.raw(leaf.row, leaf.col));
    if (!role) {
      unrecognised.push({ row: leaf.row, col: leaf.col, text: grid.raw(leaf.row, leaf.col) });
      continue;
    }
    roleByColumn.push([c, role]);
    if (role === ('weight' as R)) weightColumns.push(c);
    if (columns[role] === undefined) columns[role] = c;
  }
  const left = roleByColumn.length > 0 ? roleByColumn[0][0] : 0;
  const right = roleByColumn.length > 0 ? roleByColumn[roleByColumn.length - 1][0] : 0;
  return {
    rows,
    row: rows[rows.length - 1],
    left,
    right,
    columns,
    roleByColumn,
    weightColumns,
    unrecognised: unrecognised.filter((u, i) => u.col > left && u.col < right && firstOf(unrecognised, u, i)),
    cornerWeight: cornerWeightOf(grid, rows, left),
  };
}

/** The weight a label left of the band writes ("预算执行情况(万元)(20分)", "年度绩效目标1(40分)"). */
function cornerWeightOf(grid: FilledGrid, rows: number[], left: number): HeaderBand<string>['cornerWeight'] {
  for (const row of rows) {
    for (let c = 0; c < left; c++) {
      if (grid.anchorCol(row, c) !== c || !grid.filled(row, c)) continue;
      const label = grid.raw(row, c);
      const weight = headerText(label).weight;
      if (weight !== null) return { row: grid.anchorRow(row, c), col: c, label, weight };
    }
  }
  return null;
}

function firstOf<T extends { row: number; col: number }>(list: T[], item: T, index: number): boolean {
  return list.findIndex((other) => other.row === item.row && other.col === item.col) === index;
}

/**
 * The lowest label of column `col` in the band: its own cell, not a merge spilling in from the left (a label
 * merged across columns names its anchor column only).
 */
export function lowestLabel(grid: FilledGrid, rows: number[], col: number): { row: number; col: number } | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!grid.filled(row, col)) continue;
    const anchorCol = grid.anchorCol(row, col);
    if (anchorCol !== col) return null;
    return { row: grid.anchorRow(row, col), col };
  }
  return null;
}

const LEVELS: readonly IndicatorRole[] = ['level1', 'level2', 'name'];
const VALUES: readonly IndicatorRole[] = ['target', 'initialTarget', 'actual', 'weight', 'score', 'direction'];

/** Texts longer than this are content, never a header label (rowMentions looks at labels only). */
const MAX_MENTION_LENGTH = 60;

/**
 * Words one label of a header row holds. Patterns used on every row are made once, here: a regular
 * expression literal inside a function makes a new object each time it runs.
 */
const INDICATOR_WORDS = /指标|得分|分值|权重/;
const FUND_WORDS = /预算|执行|支出|批复|年初|拨付|结余|结转/;

/** Cheap pre-check before matching every cell of a row against the role table. */
function rowMentions(grid: FilledGrid, row: number, words: RegExp): boolean {
  const texts = grid.texts(row);
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c]; // null: a number, which holds no word
    if (text !== null && text !== '' && text.length <= MAX_MENTION_LENGTH && words.test(text)) return true;
  }
  return false;
}

/** Whether some text of the row could name a level (see LEVEL_KEY_CHARS): without one, no indicator header. */
function rowMayNameLevel(grid: FilledGrid, row: number): boolean {
  const texts = grid.texts(row);
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c];
    // The columns of a merge share one text: it is tested once.
    if (text !== null && text !== '' && (c === 0 || text !== texts[c - 1]) && LEVEL_KEY_CHARS.test(text)) return true;
  }
  return false;
}

/**
 * What a row must hold to start any band: a character that may name a level (an indicator band, see
 * rowMayNameLevel) or a funds word (a funds band, see fundBandAt). One test per text turns away most data rows,
 * which start neither.
 */
const BAND_START = new RegExp(`${LEVEL_KEY_CHARS.source}|${FUND_WORDS.source}`);

/** Whether `row` may start an indicator or funds band; false only when both indicatorBandAt and fundBandAt are null. */
export function mayStartBand(grid: FilledGrid, row: number): boolean {
  const texts = grid.texts(row);
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c];
    if (text !== null && text !== '' && (c === 0 || text !== texts[c - 1]) && BAND_START.test(text)) return true;
  }
  return false;
}

/**
 * The roles a band's columns name, in column order. A plain loop, not map over destructured pairs: asked for
 * every band found and every table read, where `([, role]) =>` walks an array iterator per pair.
 */
export function bandRoles<R extends string>(band: Pick<HeaderBand<R>, 'roleByColumn'>): Set<R> {
  const roles = new Set<R>();
  const pairs = band.roleByColumn;
  for (let i = 0; i < pairs.length; i++) roles.add(pairs[i][1]);
  return roles;
}

/** Do these roles make an indicator header (一级/二级/三级 + target/actual/分值/得分 …)? */
export function isIndicatorHeader(roles: ReadonlySet<IndicatorRole>): boolean {
  // Asked for every row that mentions 指标: counted in plain loops.
  let levels = 0;
  for (let i = 0; i < LEVELS.length; i++) if (roles.has(LEVELS[i])) levels++;
  if (levels === 0) return false;
  let values = 0;
  for (let i = 0; i < VALUES.length; i++) if (roles.has(VALUES[i])) values++;
  return (levels >= 2 && levels + values >= 3) || (levels >= 1 && values >= 2);
}

/** The indicator header band starting at `row`, or null. */
export function indicatorBandAt(grid: FilledGrid, row: number): HeaderBand<IndicatorRole> | null {
  if (!rowMentions(grid, row, INDICATOR_WORDS) || !rowMayNameLevel(grid, row)) return null;
  if (!isIndicatorHeader(rolesOfRow(grid, row, indicatorRole))) return null;
  const band = withTargetRole(buildBand(grid, row, indicatorRole));
  return isIndicatorHeader(bandRoles(band)) ? band : null;
}

/** 年初目标值 is the target when no 调整指标值 / 年度指标值 stands beside it. */
export function withTargetRole(band: HeaderBand<IndicatorRole>): HeaderBand<IndicatorRole> {
  const initial = band.columns.initialTarget;
  if (initial === undefined || band.columns.target !== undefined) return band;
  const { initialTarget: _, ...columns } = band.columns;
  return {
    ...band,
    columns: { ...columns, target: initial },
    roleByColumn: band.roleByColumn.map(([col, role]) => [col, role === 'initialTarget' ? 'target' : role]),
  };
}

/** The funds (or key-task) header band starting at `row`, or null. */
export function fundBandAt(grid: FilledGrid, row: number): HeaderBand<FundRole> | null {
  if (!rowMentions(grid, row, FUND_WORDS)) return null;
  const roles = rolesOfRow(grid, row, fundRole);
  const money = (['initial', 'adjusted', 'executed', 'rate'] as const).filter((role) => roles.has(role)).length;
  if (money < 2) return null;
  return buildBand(grid, row, fundRole);
}

/** The indicator roles a row's labels name, when it reads as a (repeated) header row. */
export function indicatorRolesOfRow(grid: FilledGrid, row: number): ReadonlySet<IndicatorRole> {
  return rolesOfRow(grid, row, indicatorRole);
}
