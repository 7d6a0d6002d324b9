/**
 * One sheet → its tables. Header rows are found by their labels; every indicator block (or score grid)
 * anchors one table, and the funds / key-task blocks, texts and staff counts around it are attached to it:
 * a table's region runs from just after the previous table (or from its own title row when there is one
 * in between) to just before the next table's region. Tables side by side on the same rows are not
 * separated (not seen in practice).
 */
import type { CellPos, FundLine, LevelSummary, ReadProblem, Table, TableKind } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { memoByText } from '../memo';
import { moneyUnitIn, readNumber } from '../values';
import { bandRoles, fundBandAt, indicatorBandAt, mayStartBand } from '../layout/band';
import { decideFamily } from '../layout/families';
import { describeLayout, layoutProblems } from '../layout/describe';
import { fundRoleSpec } from '../layout/roles';
import { groupByLevel } from '../vocabulary/levels';
import { type BlockContext, type FundBlock, type IndicatorBlock, readFundBlock, readIndicatorBlock } from './blocks';
import { FilledGrid } from './grid';
import { type FundColumn, type HeaderRow, type IndicatorColumn, headerKey } from './headers';

export const TABLE_TITLES: Record<TableKind, string> = {
  project: '项目支出绩效自评表',
  department: '部门整体支出绩效目标完成情况表',
  departmentScore: '部门整体支出绩效单位自评表',
};

type Found =
  | { type: 'indicators'; header: HeaderRow<IndicatorColumn> }
  | { type: 'funds' | 'tasks'; header: HeaderRow<FundColumn> };

const TITLE = /(自评表|情况表|评价表|评分表|得分表|绩效目标表)/;
const TABLE_START = /^(项目名称|部门名称|单位名称|部门\(单位\)名称|预算单位名称?)$/;
const YEAR = /((?:19|20)\d{2})\s*年/;

const UNIT_LABELS = /^(部门名称|单位名称|部门\(单位\)名称|预算单位|预算单位名称|填报单位)$/;
const IMPLEMENTER_LABELS = /^(实施单位|项目实施单位)$/;
const PROJECT_LABELS = /^(项目名称)$/;
const RIGHT_TEXT_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(部门职责|部门职能|主要职能|部门职责职能)$/, '部门职责'],
  [/^(总体绩效目标|部门总体绩效目标|整体绩效目标|预算年度绩效目标|年度绩效目标|部门整体绩效目标)$/, '总体绩效目标'],
];
const BELOW_TEXT_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^(预期目标|年度目标|目标|年度预期目标)$/, '年度目标'],
  [/^(实际完成情况|实际完成|完成情况)$/, '实际完成情况'],
];
/** A total written in the header block (flat lists: 自评总分(分) | 97.6); not 合计, a funds line. */
const HEADER_TOTAL_LABEL = /^(自评总分|总分|综合得分|自评得分)$/;
// Label patterns, made once (a regular expression literal in a function is a new object each time it runs).
const FISCAL_YEAR_LABEL = /^财年$/;
const PROJECT_TITLE_WORD = /项目支出/;
/** 部门整体 or 部门 (the first alternative is kept as the form writes it). */
const DEPARTMENT_WORD = /部门整体|部门/;
const YEAR_LABEL = /^[(（]?\d{4}年度?[)）]?$/;
const YEAR_WORD = /年度/;
/** "填报单位(盖章)：" before a unit's name written in the same cell. */
const FILLED_BY_UNIT = /^填报单位(\(盖章\))?[:：]/;
const STAFF_AUTHORIZED = /^(编制数|编制人数|核定编制数|在职人员编制|编制)$/;
const STAFF_ACTUAL = /^(在职实有人数|实有人数|在职人数|在职实有)$/;
/** A word every staff label holds: below the indicator header, other texts are not read as labels. */
const STAFF_WORD = /编制|在职|实有/;

/** What a label's key names (see labelKinds). */
interface LabelKinds {
  staff: 'authorized' | 'actual' | null;
  headerTotal: boolean;
  project: boolean;
  unit: boolean;
  implementer: boolean;
  fiscalYear: boolean;
  /** Names of the RIGHT_TEXT_LABELS / BELOW_TEXT_LABELS the key matches, in table order. */
  rightTexts: string[];
  belowTexts: string[];
}

/** What a label's key names; called once per distinct label text (through labelText's memo). */
function labelKinds(key: string): LabelKinds {
  return {
    staff: STAFF_AUTHORIZED.test(key) ? 'authorized' : STAFF_ACTUAL.test(key) ? 'actual' : null,
    headerTotal: HEADER_TOTAL_LABEL.test(key),
    project: PROJECT_LABELS.test(key),
    unit: UNIT_LABELS.test(key),
    implementer: IMPLEMENTER_LABELS.test(key),
    fiscalYear: FISCAL_YEAR_LABEL.test(key),
    rightTexts: RIGHT_TEXT_LABELS.filter(([pattern]) => pattern.test(key)).map(([, name]) => name),
    belowTexts: BELOW_TEXT_LABELS.filter(([pattern]) => pattern.test(key)).map(([, name]) => name),
  };
}

/**
 * What one label text says by itself, the patterns readLabel tests each tried once per distinct text: the same
 * labels (项目名称, 主管部门, 项目资金（万元）, the column headers) recur on every sheet.
 */
interface LabelText {
  key: string;
  kinds: LabelKinds;
  /** A table title (…自评表), and whether it names a project (项目支出) or a department (部门). */
  title: boolean;
  projectTitle: boolean;
  departmentTitle: boolean;
  /** The year it states, when it reads as a year label or a title with a year. */
  year: number | null;
  moneyUnit: Table['moneyUnit'];
  /** "填报单位(盖章)：名称": the name after the label ('' for none); null for any other text. */
  filledByUnit: string | null;
  /** The key names a department (部门名称, 部门(单位)名称). */
  departmentKey: boolean;
}

const labelText = memoByText((text: string): LabelText => {
  const key = text.length <= 40 ? headerKey(text) : '';
  const yearMatch = YEAR.exec(text);
  const title = TITLE.test(text);
  return {
    key,
    kinds: labelKinds(key),
    title,
    projectTitle: PROJECT_TITLE_WORD.test(text),
    departmentTitle: DEPARTMENT_WORD.test(text),
    year: yearMatch && (title || YEAR_LABEL.test(text) || YEAR_WORD.test(text)) ? Number(yearMatch[1]) : null,
    moneyUnit: moneyUnitIn(text),
    filledByUnit: FILLED_BY_UNIT.test(text) ? text.replace(FILLED_BY_UNIT, '') : null,
    departmentKey: DEPARTMENT_WORD.test(key),
  };
});

/** The first non-empty value right of a label (skipping the label's own merge), with its anchor. */
function valueRightOf(grid: FilledGrid, row: number, col: number): { pos: CellPos; text: string } | null {
  for (let c = col + 1; c < grid.colCount; c++) {
    if (grid.sameCellAt(row, col, row, c)) continue;
    const text = grid.raw(row, c);
    if (text === '') continue;
    return { pos: grid.anchor(row, c), text };
  }
  return null;
}

/** The value below a column label (next row, same column, not the label's own merge). */
function valueBelow(grid: FilledGrid, row: number, col: number): { pos: CellPos; text: string } | null {
  for (let r = row + 1; r <= row + 2 && r < grid.rowCount; r++) {
    if (grid.sameCellAt(row, col, r, col)) continue;
    const text = grid.raw(r, col);
    return text === '' ? null : { pos: grid.anchor(r, col), text };
  }
  return null;
}

interface Region {
  top: number;
  bottom: number;
  primary: Extract<Found, { type: 'indicators' }>;
  blocks: Found[];
  indicatorBlock: IndicatorBlock;
  blockProblems: ReadProblem[];
  /** No indicator block: the table is its funds block (the band that anchors it is the funds band). */
  fundsOnly?: boolean;
}

/** An indicator band naming no column, over the rows of a funds band (a funds-only table). */
function emptyIndicatorBand(funds: HeaderRow<FundColumn>): HeaderRow<IndicatorColumn> {
  return { ...funds, columns: {}, roleByColumn: [], weightColumns: [], unrecognised: [], cornerWeight: null };
}

export function readSheet(sheet: SheetSnapshot): { tables: Table[]; problems: ReadProblem[] } {
  const grid = new FilledGrid(sheet);
  const problems: ReadProblem[] = [];
  const found = findBands(grid);
  const repeated = dropRepeatedHeaders(grid, found);
  const primaries = found.filter((f): f is Region['primary'] => f.type === 'indicators');
  if (primaries.length === 0) {
    // A funds block with no indicator block (a fragment, a budget sheet): its money is still checked.
    const funds = found.find((f): f is Extract<Found, { type: 'funds' | 'tasks' }> => f.type === 'funds');
    if (!funds) return { tables: [], problems };
    const region = { ...fundsOnlyRegion(funds, 0, grid.rowCount - 1), blocks: found };
    const stopRows = new Set(found.map((f) => f.header.row));
    return { tables: [readTable(grid, sheet.name, region, stopRows, problems)], problems };
  }
  const stopRows = new Set([...found.map((f) => f.header.row), ...repeated.before]);
  const regions = indicatorRegions(grid, sheet.name, found, primaries, stopRows);
  const fundsOnly = attachBlocks(grid, found, regions);
  const tables = [...regions, ...fundsOnly].map((region) => readTable(grid, sheet.name, region, stopRows, problems));
  return { tables, problems };
}

/** Header bands, top to bottom; a band's own rows are not searched again. */
function findBands(grid: FilledGrid): Found[] {
  const found: Found[] = [];
  for (let row = grid.nextFilledRow(0); row < grid.rowCount; row = grid.nextFilledRow(row + 1)) {
    if (!mayStartBand(grid, row)) continue;
    const indicators = indicatorBandAt(grid, row);
    if (indicators) {
      found.push({ type: 'indicators', header: indicators });
      row = Math.max(row, indicators.row);
      continue;
    }
    const funds = fundBandAt(grid, row);
    if (funds) {
      const c = funds.columns;
      const isTasks =
        c.task !== undefined || c.content !== undefined || (c.project !== undefined && c.initial === undefined);
      found.push({ type: isTasks ? 'tasks' : 'funds', header: funds });
      row = Math.max(row, funds.row);
    }
  }
  return found;
}

/** One region per indicator band, from just after the previous table (or its own title row) down. */
function indicatorRegions(
  grid: FilledGrid,
  sheetName: string,
  found: Found[],
  primaries: Array<Region['primary']>,
  stopRows: ReadonlySet<number>,
): Region[] {
  const regions: Region[] = [];
  let previousEnd = -1;
  primaries.forEach((primary, index) => {
    let top = previousEnd + 1;
    const firstBlock = found.find((f) => f.header.row > previousEnd)?.header.row ?? primary.header.row;
    // When a title / 项目名称 row sits between the previous table and this one, the region starts there.
    if (index > 0) {
      for (let r = top; r <= firstBlock; r++) {
        if (rowHas(grid, r, (t) => TITLE.test(t) || TABLE_START.test(headerKey(t)))) {
          top = r;
          break;
        }
      }
      // Rows between the previous table's end and this title stay with the previous region.
      regions[index - 1].bottom = top - 1;
    }
    // The indicator block ends where its rows end (a stop row, 总分/等级, a section): read it once here;
    // the region reaches at least that far, so the reading stands.
    const blockProblems: ReadProblem[] = [];
    const indicatorBlock = readIndicatorBlock(
      { grid, sheet: sheetName, lastRow: grid.rowCount - 1, stopRows, problems: blockProblems },
      primary.header,
    );
    regions.push({ top, bottom: grid.rowCount - 1, primary, blocks: [], indicatorBlock, blockProblems });
    previousEnd = indicatorBlock.lastRow;
  });
  return regions;
}

/**
 * Funds and key-task blocks join the region they sit in; a funds block below the indicators after a new title
 * (大英: the next form's 预算执行情况 on the same sheet) is a table of its own, returned as a funds-only region.
 */
function attachBlocks(grid: FilledGrid, found: Found[], regions: Region[]): Region[] {
  const fundsOnly: Region[] = [];
  for (const f of found) {
    if (f.type === 'indicators') continue;
    const region = regions.find((r) => f.header.row >= r.top && f.header.row <= r.bottom);
    if (!region) continue;
    const end = region.indicatorBlock.lastRow;
    if (f.type === 'funds' && f.header.rows[0] > end && startsTable(grid, end + 1, f.header.rows[0] - 1)) {
      const top = titleRowBetween(grid, end + 1, f.header.rows[0] - 1);
      fundsOnly.push(fundsOnlyRegion(f, top, region.bottom));
      region.bottom = top - 1;
    } else region.blocks.push(f);
  }
  return fundsOnly;
}

function titleRowBetween(grid: FilledGrid, from: number, to: number): number {
  for (let r = from; r <= to; r++)
    if (rowHas(grid, r, (t) => TITLE.test(t) || TABLE_START.test(headerKey(t)))) return r;
  return from;
}

/** A region holding one funds block and no indicator block. */
function fundsOnlyRegion(funds: Extract<Found, { type: 'funds' | 'tasks' }>, top: number, bottom: number): Region {
  return {
    top,
    bottom,
    primary: { type: 'indicators', header: emptyIndicatorBand(funds.header) },
    blocks: [funds],
    indicatorBlock: { indicators: [], lastRow: funds.header.row, reportedTotal: null, reportedGrade: null },
    blockProblems: [],
    fundsOnly: true,
  };
}

/** A title or 项目名称 / 部门名称 row between two header bands: the second starts a new table. */
function startsTable(grid: FilledGrid, from: number, to: number): boolean {
  for (let r = from; r <= to; r++)
    if (rowHas(grid, r, (t) => TITLE.test(t) || TABLE_START.test(headerKey(t)))) return true;
  return false;
}

function isSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/**
 * Header rows repeated around a block are headers, not tables (LAYOUTS.md): a short row (三级指标 | 分值 | 得分)
 * just before the full band, or the band repeated inside the block (after a page break). They leave `found`;
 * a short row before a band still ends the funds block above it (`before`), a repeat inside a block is read
 * by the indicator block as a header (it may move columns).
 */
function dropRepeatedHeaders(grid: FilledGrid, found: Found[]): { before: number[] } {
  const before: number[] = [];
  const rolesOf = (f: Found): ReadonlySet<string> => bandRoles<string>(f.header);
  for (let i = 0; i < found.length; i++) {
    const current = found[i];
    if (current.type !== 'indicators') continue;
    const nextIndex = found.findIndex((f, j) => j > i && f.type === 'indicators');
    if (nextIndex < 0) break;
    const next = found[nextIndex];
    const between = found.slice(i + 1, nextIndex);
    if (startsTable(grid, current.header.row + 1, next.header.rows[0] - 1)) continue;
    const a = rolesOf(current);
    const b = rolesOf(next);
    if (a.size < b.size && isSubset(a, b) && !a.has('target') && !a.has('actual')) {
      before.push(...current.header.rows);
      found.splice(i, 1);
      i--;
    } else if (between.length === 0 && isSubset(b, a)) {
      found.splice(nextIndex, 1);
      i--;
    }
  }
  return { before };
}

function rowHas(grid: FilledGrid, row: number, test: (text: string) => boolean): boolean {
  for (let c = 0, end = grid.rowEnd(row); c < end; c++) if (grid.filled(row, c) && test(grid.text(row, c))) return true;
  return false;
}

/** What the labels of a region say (title, year, money unit, names, texts, staff counts) and where they reach. */
interface RegionLabels {
  title: string;
  titleCell: CellPos | undefined;
  year: number | null;
  moneyUnit: Table['moneyUnit'];
  unitName: string | null;
  implementer: string | null;
  projectName: string | null;
  projectMarks: boolean;
  departmentMarks: boolean;
  /** 自评总分 in the header block (flat lists): the table's reported total when none sits below it. */
  headerTotal: { pos: CellPos; value: number } | null;
  texts: Record<string, string>;
  textCells: Record<string, CellPos>;
  staff: NonNullable<Table['staff']>;
  left: number;
  right: number;
  /** The first row holding a label, -1 when none. */
  top: number;
}

/** Every label of the region, once per merged area (at its anchor), read by `readLabel`. */
function readRegionLabels(grid: FilledGrid, region: Region, header: HeaderRow<IndicatorColumn>): RegionLabels {
  const labels: RegionLabels = {
    title: '',
    titleCell: undefined,
    year: null,
    moneyUnit: null,
    unitName: null,
    implementer: null,
    projectName: null,
    projectMarks: false,
    departmentMarks: false,
    headerTotal: null,
    texts: {},
    textCells: {},
    staff: { authorized: null, actual: null, cells: {} },
    left: header.left,
    right: header.right,
    top: -1,
  };
  for (let row = grid.nextFilledRow(region.top); row <= region.bottom; row = grid.nextFilledRow(row + 1)) {
    const anchors = grid.anchors(row);
    const texts = grid.texts(row);
    let first = -1;
    let last = -1;
    for (let i = 0; i < anchors.length; i += 3) {
      if (anchors[i + 1] !== row) continue; // a vertical merge from above: already seen
      if (first < 0) first = i;
      last = i;
      const col = anchors[i];
      // Below the indicator header only staff labels matter (a number's text never names one), and that
      // is every row of the table: its texts are tested as they stand, without a lookup per cell.
      const text = texts[col];
      if (row > header.row && (text === null || !STAFF_WORD.test(text))) continue;
      // A number is never a label (every label above is words, the year and money unit too: 年, 元).
      if (typeof grid.value(row, col) !== 'string') continue;
      readLabel(labels, grid, header.row, row, col, anchors[i + 2], grid.text(row, col));
    }
    if (first < 0) continue;
    // The row's anchors go left to right without overlapping: the first starts leftmost, the last ends rightmost.
    if (labels.top < 0) labels.top = row;
    labels.left = Math.min(labels.left, anchors[first]);
    labels.right = Math.max(labels.right, anchors[last] + grid.spanWidth(row, anchors[last]) - 1);
  }
  return labels;
}

/** Staff counts may sit anywhere in the region (the seed puts them after the indicators). */
function readStaffLabel(
  staff: RegionLabels['staff'],
  grid: FilledGrid,
  row: number,
  col: number,
  kinds: LabelKinds,
): void {
  const field = kinds.staff;
  if (!field || staff.cells[field]) return;
  for (const candidate of [valueBelow(grid, row, col), valueRightOf(grid, row, col)]) {
    const value = candidate ? readNumber(candidate.text).value : null;
    if (candidate === null || value === null) continue;
    staff[field] = value;
    staff.cells[field] = candidate.pos;
    break;
  }
}

/**
 * One label starting at (row, col), its anchor in column anchorCol, reading `text`: what it names, and the value
 * right of or below it.
 */
function readLabel(
  labels: RegionLabels,
  grid: FilledGrid,
  headerRow: number,
  row: number,
  col: number,
  anchorCol: number,
  text: string,
): void {
  const label = labelText(text);
  const kinds = label.kinds;
  readStaffLabel(labels.staff, grid, row, col, kinds);
  if (row > headerRow) return; // names and texts sit above the indicator block
  if (!labels.title && label.title && row < headerRow) {
    labels.title = grid.raw(row, col);
    labels.titleCell = { row, col: anchorCol };
    if (label.projectTitle) labels.projectMarks = true;
    if (label.departmentTitle) labels.departmentMarks = true;
  }
  if (labels.year === null) labels.year = label.year;
  labels.moneyUnit ??= label.moneyUnit;

  if (labels.headerTotal === null && kinds.headerTotal) {
    const value = valueRightOf(grid, row, col);
    if (value && readNumber(value.text).value !== null)
      labels.headerTotal = { pos: value.pos, value: readNumber(value.text).value as number };
  } else if (kinds.project) {
    labels.projectMarks = true;
    labels.projectName ??= valueRightOf(grid, row, col)?.text ?? null;
  } else if (kinds.unit) {
    labels.departmentMarks = labels.departmentMarks || label.departmentKey;
    labels.unitName ??= valueRightOf(grid, row, col)?.text ?? null;
  } else if (kinds.implementer) {
    labels.implementer ??= valueRightOf(grid, row, col)?.text ?? null;
  } else if (label.filledByUnit !== null) {
    labels.unitName ??= label.filledByUnit || null;
  } else if (labels.year === null && kinds.fiscalYear) {
    const below = valueBelow(grid, row, col);
    const value = below ? Number(readNumber(below.text).value) : NaN;
    if (value >= 1990 && value <= 2100) labels.year = value;
  }
  readTextLabels(labels, grid, row, col, kinds);
}

/** Texts named by a label (部门职责, 年度总体目标 …): right of it, or below it when it is not a number. */
function readTextLabels(labels: RegionLabels, grid: FilledGrid, row: number, col: number, kinds: LabelKinds): void {
  const { texts, textCells } = labels;
  // Indexed loops: asked for every label of every region, and the lists are nearly always empty.
  for (let i = 0; i < kinds.rightTexts.length; i++) {
    const name = kinds.rightTexts[i];
    if (texts[name] === undefined) {
      const value = valueRightOf(grid, row, col);
      if (value) [texts[name], textCells[name]] = [value.text, value.pos];
    }
  }
  for (let i = 0; i < kinds.belowTexts.length; i++) {
    const name = kinds.belowTexts[i];
    if (texts[name] === undefined) {
      const value = valueBelow(grid, row, col);
      if (value && readNumber(value.text).value === null) [texts[name], textCells[name]] = [value.text, value.pos];
    }
  }
}

function readTable(
  grid: FilledGrid,
  sheetName: string,
  region: Region,
  stopRows: ReadonlySet<number>,
  problems: ReadProblem[],
): Table {
  const ctx = { grid, sheet: sheetName, lastRow: region.bottom, stopRows, problems };
  const header = region.primary.header;

  const labels = readRegionLabels(grid, region, header);
  const { title, titleCell, year, unitName, implementer, projectName, headerTotal, texts, textCells, staff } = labels;
  const { left, right, top } = labels;

  // Funds and key tasks.
  const money = readFunds(ctx, region, labels.projectMarks, problems);
  const fundsLine = money.funds;
  const fundLines = money.fundLines;
  let bottom = Math.max(header.row, money.bottom);
  const moneyUnit = labels.moneyUnit ?? money.moneyUnit;

  const family = decideFamily({
    roles: bandRoles(header),
    weightColumns: header.weightColumns.length,
    projectMarks: labels.projectMarks,
    departmentMarks: labels.departmentMarks || money.departmentMarks,
  });
  const kind: TableKind = family.kind;
  const fundBand = region.blocks.find((b) => b.type === 'funds')?.header as HeaderRow<FundColumn> | undefined;
  if (region.fundsOnly) {
    problems.push({
      kind: 'layoutUncertain',
      sheet: sheetName,
      cell: grid.anchor(header.rows[0], header.left),
      data: { table: '资金', headers: '', columns: '', missing: '', fundsOnly: 1 },
    });
  } else problems.push(...layoutProblems(grid, sheetName, family, header, region.indicatorBlock.blockWeights ?? []));

  const block = region.indicatorBlock;
  problems.push(...region.blockProblems);
  bottom = Math.max(bottom, block.lastRow, staff.cells.authorized?.row ?? 0, staff.cells.actual?.row ?? 0);

  // A 一级's weight is the first one its rows' labels state ("产出指标(50分)").
  const levels: LevelSummary[] = groupByLevel(block.indicators, 1).map((group) => ({
    name: group.name,
    weight: group.rows.find((indicator) => indicator.level1Weight !== null)?.level1Weight ?? null,
    score: null,
    reportedScore: null,
  }));

  const cells: Table['cells'] = { headerRow: { row: header.rows[0], col: header.left } };
  if (titleCell) cells.title = titleCell;
  if (block.totalCell) cells.total = block.totalCell;
  else if (headerTotal) cells.total = headerTotal.pos;
  if (block.gradeCell) cells.grade = block.gradeCell;

  return {
    kind,
    sheet: sheetName,
    range: { top: top < 0 ? region.top : top, left, bottom: Math.max(bottom, region.top), right },
    title: title || family.title,
    year,
    moneyUnit,
    unitName: kind === 'project' ? (implementer ?? unitName) : unitName,
    projectName,
    funds: fundsLine,
    fundLines,
    indicators: block.indicators,
    levels,
    total: null,
    reportedTotal: block.totalCell ? block.reportedTotal : (headerTotal?.value ?? block.reportedTotal),
    grade: null,
    reportedGrade: block.reportedGrade,
    texts,
    ...(Object.keys(textCells).length > 0 ? { textCells } : {}),
    staff: staff.cells.authorized || staff.cells.actual ? staff : null,
    derivedRates: [],
    cells,
    layout: {
      ...describeLayout(grid, family.family, header, fundBand ?? null),
      ...(block.blockWeights && block.blockWeights.length > 0
        ? { blockWeights: block.blockWeights.map(({ row, label, weight }) => ({ row, label, weight })) }
        : {}),
    },
  };
}

/** The funds and key-task blocks of a region: the total line, the other lines, and what they tell. */
function readFunds(
  ctx: BlockContext,
  region: Region,
  projectMarks: boolean,
  problems: ReadProblem[],
): {
  funds: FundLine | null;
  fundLines: FundLine[];
  bottom: number;
  departmentMarks: boolean;
  moneyUnit: Table['moneyUnit'];
} {
  const { grid } = ctx;
  let funds: FundLine | null = null;
  const fundLines: FundLine[] = [];
  let cornerWeight: number | null = null;
  let bottom = -1;
  let departmentMarks = false;
  let moneyUnit: Table['moneyUnit'] = null;
  for (const block of region.blocks) {
    if (block.type === 'indicators') continue;
    const isTasks = block.type === 'tasks';
    const fundHeader = requireFundColumns(grid, block.header, isTasks, ctx.sheet, problems);
    const read: FundBlock = readFundBlock(ctx, fundHeader, isTasks);
    cornerWeight ??= read.cornerWeight;
    bottom = Math.max(bottom, read.lastRow);
    for (const line of read.lines) {
      if (!isTasks && funds === null && line.group === 'total') funds = line;
      else fundLines.push(line);
    }
    departmentMarks ||= isTasks || read.lines.some((l) => l.group === 'category');
    for (let c = 0; moneyUnit === null && c <= block.header.right; c++)
      moneyUnit = moneyUnitIn(grid.raw(block.header.row, c));
  }
  // A project funds block without a 年度资金总额 label, or a funds line carrying 分值 under an unlabelled
  // corner (部门预算执行情况 | 年初预算数 … 执行率权重): its first line is the total.
  const firstLine = fundLines.find((l) => l.group !== 'task');
  if (funds === null && firstLine && (projectMarks || (firstLine.label === '' && firstLine.weight !== null))) {
    funds = { ...firstLine, group: 'total' };
    fundLines.splice(fundLines.indexOf(firstLine), 1);
  }
  if (funds && funds.weight === null && cornerWeight !== null) funds.weight = cornerWeight;
  return { funds, fundLines, bottom, departmentMarks, moneyUnit };
}

/**
 * The funds columns the checks need. A funds header with 年初预算数 but no 全年预算数 (Beijing 2016:
 * 年初预算数(A) | 全年执行数(B) | 执行率(B/A)) is read with 年初预算数 as the budget, and one layoutUncertain
 * problem says so; any other missing column is a missingColumn problem.
 */
function requireFundColumns(
  grid: FilledGrid,
  header: HeaderRow<FundColumn>,
  isTasks: boolean,
  sheet: string,
  problems: ReadProblem[],
): HeaderRow<FundColumn> {
  const table = isTasks ? '部门年度重点工作任务' : '项目资金';
  const initial = header.columns.initial;
  if (!isTasks && header.columns.adjusted === undefined && initial !== undefined) {
    problems.push({
      kind: 'layoutUncertain',
      sheet,
      cell: grid.anchor(header.row, initial),
      data: {
        table,
        column: fundRoleSpec('adjusted').label,
        assumed: grid.raw(header.row, initial),
        headers: '',
        columns: '',
        missing: '',
      },
    });
    header = { ...header, columns: { ...header.columns, adjusted: initial } };
  }
  const required: Array<[FundColumn, string]> = [
    ['adjusted', isTasks ? '批复金额' : fundRoleSpec('adjusted').label],
    ['executed', isTasks ? '实际支出' : fundRoleSpec('executed').label],
  ];
  for (const [column, label] of required) {
    if (header.columns[column] === undefined) {
      problems.push({
        kind: 'missingColumn',
        sheet,
        cell: { row: header.row, col: header.left },
        data: { column: label, table },
      });
    }
  }
  return header;
}
