/**
 * A 二级指标 listed under a 一级 it does not belong to (SPEC §2.1, §2.3, §6.1): 数量指标 under 效益指标,
 * 社会效益指标 under 产出指标, 预算执行 under 投入. Only names the forms fix are judged; a province's own
 * 二级 (能力建设 …) stays quiet. 满意度 under 效益/效果 is accepted: older national forms and the 53号
 * score grid put it there.
 */
import type { CellPos, Indicator, Table } from '../model';
import type { SheetSnapshot } from '../snapshot';
import {
  LEVEL1_NAMES,
  level1Family,
  level2BelongsUnder,
  level2Family,
  normalizeLevelName,
  type LevelFamily,
} from '../vocabulary/levels';
import { defineRule } from './define';
import { a1, cellOr } from './support';

/** Where the last row of a 二级 found its name: the next row of that 二级 looks only at the rows between. */
interface Found {
  row: number;
  cell: CellPos | null;
}

/**
 * The cell that shows the 二级 name: on the row or, when merged down, the anchor above it, left of the
 * 三级 column. The model keeps no 二级 cell, so look on the sheet; else the 三级 cell. `previous` (the last
 * row of the same 二级) bounds the upward search, so a long merged 二级 is scanned once, not once per row.
 */
function level2Cell(table: Table, sheet: SheetSnapshot, ind: Indicator, previous: Found | undefined): Found {
  const nameCol = ind.cells.name?.col;
  if (nameCol !== undefined) {
    const wanted = normalizeLevelName(ind.level2);
    const stop = previous && previous.row < ind.row ? previous.row + 1 : table.range.top;
    for (let row = ind.row; row >= stop; row--) {
      for (let col = nameCol - 1; col >= table.range.left; col--) {
        const value = sheet.values[row]?.[col];
        if (typeof value === 'string' && normalizeLevelName(value) === wanted) {
          return { row: ind.row, cell: { row, col } };
        }
      }
    }
    if (stop > table.range.top) return { row: ind.row, cell: previous?.cell ?? null };
  }
  return { row: ind.row, cell: null };
}

/** `family` remembered by name. */
function memoized(family: (name: string) => LevelFamily | null): (name: string) => LevelFamily | null {
  const known = new Map<string, LevelFamily | null>();
  return (name) => {
    let found = known.get(name);
    if (found === undefined) known.set(name, (found = family(name)));
    return found;
  };
}

interface Families {
  level1Of(name: string): LevelFamily | null;
  level2Of(name: string): LevelFamily | null;
}

/** A workbook repeats a few level names on every row of every table: each is looked up once per workbook. */
const familiesByWorkbook = new WeakMap<readonly Table[], Families>();

function familiesOf(tables: readonly Table[]): Families {
  let families = familiesByWorkbook.get(tables);
  if (!families) {
    families = { level1Of: memoized(level1Family), level2Of: memoized(level2Family) };
    familiesByWorkbook.set(tables, families);
  }
  return families;
}

export default defineRule({
  code: 'misplaced-level2',
  severity: 'warning',
  description: '二级指标应列在其所属的一级指标下（如数量指标属于产出指标，社会效益指标属于效益指标）',
  marker: {
    zh: '二级指标不属于所在的一级指标',
    en: 'the second-level indicator does not belong under this first level',
  },
  messages: {
    wrongLevel1: {
      zh: '二级指标「{{level2}}」属于一级指标「{{expected}}」，却列在「{{level1}}」下。请把该二级指标及其下各行移到「{{expected}}」下（或更正二级指标名称），并核对各一级指标的分值合计。',
      en: 'The second-level indicator "{{level2}}" belongs under the first-level indicator "{{expected}}" but is listed under "{{level1}}". Move it and its rows under "{{expected}}" (or correct its name), then check the weights of each first-level indicator.',
    },
  },
  check({ table, tables, sheet, report }) {
    const reported = new Set<string>();
    const lastFound = new Map<string, Found>();
    const { level1Of, level2Of } = familiesOf(tables);
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (!ind.level1 || !ind.level2) continue;
      const level1 = level1Of(ind.level1);
      const level2: LevelFamily | null = level2Of(ind.level2);
      if (level1 === null || level2 === null || level2BelongsUnder(level2, level1)) continue;
      const level = `${ind.level1}\u0000${ind.level2}`;
      const found = level2Cell(table, sheet, ind, lastFound.get(level));
      lastFound.set(level, found);
      const cell = found.cell ?? cellOr(table, ind.cells.name, ind.cells.target);
      // A merged 二级 spans several 三级 rows: one finding at its cell.
      const key = `${level}\u0000${a1(cell)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const names = LEVEL1_NAMES[level2];
      report({
        messageId: 'wrongLevel1',
        cell,
        data: {
          level2: ind.level2,
          level1: ind.level1,
          expected: table.kind === 'departmentScore' ? names.grid : names.project,
        },
      });
    }
  },
});
