/**
 * What the narrative needs to know about the evaluated tables, read off the model without wording:
 * which fund lines are budget parts and which are key tasks, whether an indicator met its target, which
 * cells the checks flagged, which free-text block answers which section.
 */
import { toA1 } from '../a1';
import { dec } from '../decimal';
import type { CellPos, Finding, FundLine, Grade, Indicator, LevelSummary, Table } from '../model';
import type { RuleProfile } from '../profiles';
import { isKeyTask } from '../read/fund-groups';

export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .trim();
}

/** Parts of the total (其中 财政拨款 / 上年结转 …, 基本支出 / 项目支出): every line that is not a key task. */
export function budgetParts(table: Table): FundLine[] {
  return table.fundLines.filter((line) => line !== table.funds && !isKeyTask(line));
}

/** 部门年度重点工作任务 lines (批复金额 / 实际支出 / 预算执行率 per task), as the reader grouped them. */
export function keyTasks(table: Table): FundLine[] {
  return table.fundLines.filter((line) => line !== table.funds && isKeyTask(line) && cleanLabel(line.label) !== '');
}

const QUALITATIVE_MISSED = /未达成|未完成|未达到|未实现|较差|部分/;
const QUALITATIVE_MET = /达成|完成|达到|实现|达标/;

/**
 * true / false when the sheet's values say so, null when they cannot be compared (units differ, no
 * operator, text that is neither 达成 nor 未达成). Falls back to score vs weight when both are known.
 */
export function targetMet(indicator: Indicator): boolean | null {
  // An unreadable 指标值 / 实际完成值 says nothing, and a full 得分 next to it proves nothing either.
  if (indicator.unreadable?.some((field) => field === 'target' || field === 'actual')) return null;
  const byValues = compareValues(indicator);
  if (byValues !== null) return byValues;
  const score = indicator.reportedScore ?? indicator.score;
  if (score !== null && indicator.weight !== null) return dec(score).gte(dec(indicator.weight));
  return null;
}

function compareValues(indicator: Indicator): boolean | null {
  const { actual, target, direction } = indicator;
  if (typeof actual === 'number' && typeof target === 'number') {
    if (indicator.actualUnit && indicator.unit && indicator.actualUnit !== indicator.unit) return null;
    const b = dec(actual);
    const a = dec(target);
    switch (direction) {
      case '≥':
        return b.gte(a);
      case '≤':
        return b.lte(a);
      case '=':
        return a.eq(0) ? b.lte(0) : b.gte(a);
      default:
        return null;
    }
  }
  if (typeof actual === 'string' && actual.trim() !== '') {
    if (QUALITATIVE_MISSED.test(actual)) return false;
    if (QUALITATIVE_MET.test(actual)) return true;
  }
  return null;
}

/** Cells of error/warning findings, as 'Sheet!A1', to mark figures as pending verification. */
export class FlaggedCells {
  private readonly cells = new Set<string>();

  constructor(findings: readonly Finding[]) {
    for (const finding of findings) {
      if (finding.severity === 'info') continue;
      this.cells.add(`${finding.sheet}!${finding.cell.toUpperCase()}`);
    }
  }

  any(sheet: string, positions: ReadonlyArray<CellPos | undefined>): boolean {
    return positions.some((pos) => pos !== undefined && this.cells.has(`${sheet}!${toA1(pos.row, pos.col)}`));
  }

  indicator(table: Table, indicator: Indicator): boolean {
    return this.any(table.sheet, Object.values(indicator.cells));
  }

  fundLine(table: Table, line: FundLine): boolean {
    return this.any(table.sheet, Object.values(line.cells));
  }
}

/** The first free-text block whose label matches, with its text trimmed; null when none has text. */
export function findText(table: Table | undefined, label: RegExp, exclude?: RegExp): string | null {
  if (!table) return null;
  for (const [key, value] of Object.entries(table.texts)) {
    if (!label.test(key) || (exclude && exclude.test(key))) continue;
    const text = value.trim();
    if (text !== '' && !/^[—\-/／无…]+$/.test(text)) return text;
  }
  return null;
}

/** Cell text may hold several lines (部门职责 (1)…(11)); each becomes its own paragraph. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A reason typed in a cell, without its closing punctuation (the template adds its own). */
export function cleanReason(reason: string | undefined): string | null {
  const text = (reason ?? '').trim().replace(/[。；;，,.\s]+$/, '');
  return text === '' || /^[—\-/／无0…]+$/.test(text) ? null : text;
}

export function displayedScore(summary: { score: number | null; reportedScore: number | null }): number | null {
  return summary.reportedScore ?? summary.score;
}

/** The grade of a total by the profile's bands (the total the report prints, reported or computed). */
export function gradeOf(total: number, profile: RuleProfile): Grade | null {
  for (const band of profile.gradeBands) if (dec(total).gte(dec(band.min))) return band.grade;
  return null;
}

export type AnalysisGroup = 'input' | 'process' | 'output' | 'effect';

/** Which 四、绩效评价指标分析 subsection a 一级指标 belongs to. */
export function analysisGroupOf(level1: string): AnalysisGroup | null {
  if (/投入/.test(level1)) return 'input';
  if (/过程/.test(level1)) return 'process';
  if (/产出/.test(level1)) return 'output';
  if (/效果|效益|满意度/.test(level1)) return 'effect';
  return null;
}

export function levelWeightSum(levels: readonly LevelSummary[]): number | null {
  if (levels.length === 0 || levels.some((level) => level.weight === null)) return null;
  return Number(levels.reduce((total, level) => total.plus(dec(level.weight as number)), dec(0)).toString());
}
