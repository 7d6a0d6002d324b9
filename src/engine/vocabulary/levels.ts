/**
 * 一级 / 二级 indicator levels (SPEC §2.1, §2.3): which family a level name belongs to (产出 / 效益 / 满意度 /
 * 投入 / 过程, as the project form and the department score grid name them), and grouping indicator rows
 * by level in one pass, in the order the levels first appear.
 */
import type { Indicator } from '../model';

export type LevelFamily = 'output' | 'benefit' | 'satisfaction' | 'input' | 'process';

/** The 一级 name of a family, as the project form and the department score grid write it. */
export const LEVEL1_NAMES: Readonly<Record<LevelFamily, { project: string; grid: string }>> = {
  output: { project: '产出指标', grid: '产出' },
  benefit: { project: '效益指标', grid: '效果' },
  satisfaction: { project: '满意度指标', grid: '满意度指标' },
  input: { project: '投入', grid: '投入' },
  process: { project: '过程', grid: '过程' },
};

const LEVEL1_FAMILIES: ReadonlyArray<[RegExp, LevelFamily]> = [
  [/^产出(指标)?$/, 'output'],
  [/^(效益|效果)(指标)?$/, 'benefit'],
  [/^(社会公众或服务对象|服务对象|社会公众)?满意度(指标)?$/, 'satisfaction'],
  [/^投入(指标)?$/, 'input'],
  [/^过程(指标)?$/, 'process'],
];

/** A 一级 named loosely (项目产出, 投入和管理): the word it contains, for the report's section only. */
const LEVEL1_WORDS: ReadonlyArray<[RegExp, LevelFamily]> = [
  [/投入/, 'input'],
  [/过程/, 'process'],
  [/产出/, 'output'],
  [/效果|效益/, 'benefit'],
  [/满意度/, 'satisfaction'],
];

const LEVEL2_FAMILIES: ReadonlyArray<[RegExp, LevelFamily]> = [
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

// Made once: a regular expression literal in a function is a new object each time it runs.
const WHITE_SPACE = /\s+/g;
const LEADING_NUMBER = /^(\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.])/;
const TRAILING_WEIGHT = /\(\d+(\.\d+)?分?\)$/;

/** NFKC, no spaces, no leading numbering (一、 1. (一)), no weight in the label (产出指标(50分)). */
export function normalizeLevelName(name: string): string {
  return name.normalize('NFKC').replace(WHITE_SPACE, '').replace(LEADING_NUMBER, '').replace(TRAILING_WEIGHT, '');
}

function familyIn(name: string, families: ReadonlyArray<[RegExp, LevelFamily]>): LevelFamily | null {
  // An indexed loop: asked for every row's levels, often in V8's interpreter, where find() with a
  // destructuring callback costs an iterator per entry.
  for (let i = 0; i < families.length; i++) if (families[i][0].test(name)) return families[i][1];
  return null;
}

/**
 * The family of a 一级 name. `strict` (the default) knows only the names the forms use, for a check that
 * must not guess; `loose` also takes a name that contains the word (项目产出), for grouping the report.
 */
export function level1Family(name: string, match: 'strict' | 'loose' = 'strict'): LevelFamily | null {
  const normalized = normalizeLevelName(name);
  const family = familyIn(normalized, LEVEL1_FAMILIES);
  return family ?? (match === 'loose' ? familyIn(normalized, LEVEL1_WORDS) : null);
}

/** The family of a 二级 name the forms fix (数量指标 → output); null for a province's own 二级. */
export function level2Family(name: string): LevelFamily | null {
  return familyIn(normalizeLevelName(name), LEVEL2_FAMILIES);
}

/** Whether a 二级 of one family may stand under a 一级 of another (满意度 under 效益: older forms do it). */
export function level2BelongsUnder(level2: LevelFamily, level1: LevelFamily): boolean {
  return level2 === level1 || (level2 === 'satisfaction' && level1 === 'benefit');
}

export interface LevelGroup<T> {
  /** The 一级 name, or for level 2 the 二级 name. */
  name: string;
  /** The 一级 the group sits under (equal to `name` at level 1). */
  level1: string;
  rows: T[];
}

/**
 * Rows grouped by their 一级 (level 1) or by their 一级 + 二级 (level 2), in first-appearance order, in one
 * pass. At level 2 a row without a 二级 stands in a group named by its 一级; rows with no name at all are
 * left out.
 */
export function groupByLevel<T extends Pick<Indicator, 'level1' | 'level2'>>(
  rows: readonly T[],
  level: 1 | 2,
): Array<LevelGroup<T>> {
  const groups = new Map<string, LevelGroup<T>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const name = level === 1 ? row.level1 : row.level2 || row.level1;
    if (!name) continue;
    const key = level === 1 ? name : `${row.level1}\u0000${row.level2}`;
    let group = groups.get(key);
    if (!group) {
      group = { name, level1: row.level1, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}
