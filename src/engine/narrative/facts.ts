/**
 * What the narrative needs to know about the evaluated tables, read off the model without wording:
 * which fund lines are budget parts and which are key tasks, whether an indicator met its target, which
 * cells the checks flagged, which free-text block answers which section.
 */
import { toA1 } from '../a1';
import { dec } from '../decimal';
import type { CellPos, Finding, FundLine, Indicator, LevelSummary, Table } from '../model';
import { isKeyTask } from '../read/fund-groups';
import type { ScoredIndicator } from '../scoring';
import { level1Family } from '../vocabulary/levels';
import { isPlaceholder } from '../vocabulary/placeholders';

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

/**
 * true / false when the scored model says the target was met / missed, null when it cannot tell (units
 * differ, no operator, wording that names no band, an unreadable value).
 */
export function targetMet(scored: Pick<ScoredIndicator, 'status'>): boolean | null {
  if (scored.status === 'unscorable') return null;
  return scored.status !== 'missed';
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
    if (!isPlaceholder(text, 'text')) return text;
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
  return isPlaceholder(text, 'reason') ? null : text;
}

export function displayedScore(summary: { score: number | null; reportedScore: number | null }): number | null {
  return summary.reportedScore ?? summary.score;
}

export type AnalysisGroup = 'input' | 'process' | 'output' | 'effect';

/** Which 四、绩效评价指标分析 subsection a 一级指标 belongs to. */
export function analysisGroupOf(level1: string): AnalysisGroup | null {
  const family = level1Family(level1, 'loose');
  if (family === 'benefit' || family === 'satisfaction') return 'effect';
  return family;
}

export function levelWeightSum(levels: readonly LevelSummary[]): number | null {
  if (levels.length === 0 || levels.some((level) => level.weight === null)) return null;
  return Number(levels.reduce((total, level) => total.plus(dec(level.weight as number)), dec(0)).toString());
}
