/**
 * A 二级指标 listed under a 一级 it does not belong to (SPEC §2.1, §2.3, §6.1): 数量指标 under 效益指标,
 * 社会效益指标 under 产出指标, 预算执行 under 投入. Only names the forms fix are judged; a province's own
 * 二级 (能力建设 …) stays quiet. 满意度 under 效益/效果 is accepted: older national forms and the 53号
 * score grid put it there.
 */
import type { CellPos, Indicator, Table } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { defineRule } from './define';
import { a1, cellOr } from './support';

type Family = 'output' | 'benefit' | 'satisfaction' | 'input' | 'process';

/** The 一级 a family belongs to, as the project form and the department score grid name it. */
const LEVEL1_NAMES: Record<Family, { project: string; grid: string; en: string }> = {
  output: { project: '产出指标', grid: '产出', en: 'output' },
  benefit: { project: '效益指标', grid: '效果', en: 'benefit' },
  satisfaction: { project: '满意度指标', grid: '满意度指标', en: 'satisfaction' },
  input: { project: '投入', grid: '投入', en: 'input' },
  process: { project: '过程', grid: '过程', en: 'process' },
};

const LEVEL1_FAMILIES: Array<[RegExp, Family]> = [
  [/^产出(指标)?$/, 'output'],
  [/^(效益|效果)(指标)?$/, 'benefit'],
  [/^(社会公众或服务对象|服务对象|社会公众)?满意度(指标)?$/, 'satisfaction'],
  [/^投入(指标)?$/, 'input'],
  [/^过程(指标)?$/, 'process'],
];

const LEVEL2_FAMILIES: Array<[RegExp, Family]> = [
  [/^(产出)?(数量|质量|时效|成本)(指标)?$/, 'output'],
  [/^(经济|社会|生态环境|生态|环境)成本(指标)?$/, 'output'],
  [/^(职责履行|部门履职)$/, 'output'],
  [/^(经济|社会|生态|环境)效益(指标)?$/, 'benefit'],
  [/^可持续(影响|发展)(指标)?$/, 'benefit'],
  [/^履职效益$/, 'benefit'],
  [/^(社会公众或服务对象|服务对象|社会公众)?满意度(指标)?$/, 'satisfaction'],
  [/^(目标设定|预算配置)$/, 'input'],
  [/^(预算执行|预算管理|预算\(绩效\)管理|绩效管理|资产管理)$/, 'process'],
];

/** NFKC, no spaces, no leading numbering (一、 1. (一)), no weight in the label (产出指标(50分)). */
function normalizeLevel(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.])/, '')
    .replace(/\(\d+(\.\d+)?分?\)$/, '');
}

function familyOf(name: string, families: Array<[RegExp, Family]>): Family | null {
  const text = normalizeLevel(name);
  return families.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

function belongs(level2: Family, level1: Family): boolean {
  return level2 === level1 || (level2 === 'satisfaction' && level1 === 'benefit');
}

/**
 * The cell that shows the 二级 name: on the row or, when merged down, the anchor above it, left of the
 * 三级 column. The model keeps no 二级 cell, so look on the sheet; else the 三级 cell.
 */
function level2Cell(table: Table, sheet: SheetSnapshot, ind: Indicator): CellPos {
  const nameCol = ind.cells.name?.col;
  if (nameCol !== undefined) {
    const wanted = normalizeLevel(ind.level2);
    for (let row = ind.row; row >= table.range.top; row--) {
      for (let col = nameCol - 1; col >= table.range.left; col--) {
        const value = sheet.values[row]?.[col];
        if (typeof value === 'string' && normalizeLevel(value) === wanted) return { row, col };
      }
    }
  }
  return cellOr(table, ind.cells.name, ind.cells.target);
}

export default defineRule({
  code: 'misplaced-level2',
  severity: 'warning',
  description: '二级指标应列在其所属的一级指标下（如数量指标属于产出指标，社会效益指标属于效益指标）',
  messages: {
    wrongLevel1: {
      zh: '二级指标「{{level2}}」属于一级指标「{{expected}}」，却列在「{{level1}}」下。请把该二级指标及其下各行移到「{{expected}}」下（或更正二级指标名称），并核对各一级指标的分值合计。',
      en: 'The second-level indicator "{{level2}}" belongs under the {{expectedEn}} indicators ("{{expected}}") but is listed under "{{level1}}". Move it and its rows under "{{expected}}" (or correct its name), then check the weights of each first-level indicator.',
    },
  },
  check({ table, sheet, report }) {
    const reported = new Set<string>();
    for (const ind of table.indicators) {
      if (!ind.level1 || !ind.level2) continue;
      const level1 = familyOf(ind.level1, LEVEL1_FAMILIES);
      const level2 = familyOf(ind.level2, LEVEL2_FAMILIES);
      if (level1 === null || level2 === null || belongs(level2, level1)) continue;
      const cell = level2Cell(table, sheet, ind);
      // A merged 二级 spans several 三级 rows: one finding at its cell.
      const key = `${ind.level1}\u0000${ind.level2}\u0000${a1(cell)}`;
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
          expectedEn: names.en,
        },
      });
    }
  },
});
